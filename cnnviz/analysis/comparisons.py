"""The same input through variants of a network: max, min and average pooling side by side.

``pooling_comparison(model, x, layer_name)`` builds one copy of the model per pooling mode with the
chosen pooling layer (or every pooling layer, ``layer_name=None``) switched to that mode
(``edit.set_pool_options``; the weights are shared copies, nothing is re-initialised when the
shapes stay the same), runs each on `x` and returns the pooled maps and probabilities of each.

Pure NumPy: no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine import ops
from .edit import set_pool_options
from ..engine.layers import Pool2D
from ..engine.model import Sequential
from ..messages import MessageError, message, template

NO_POOLING = template("model '{model}' has no pooling layer to compare")


@dataclass(frozen=True)
class PoolingComparison:
    layer_name: str                        # the pooling layer whose maps are shown
    feature_maps: np.ndarray               # (C, H, W): that layer's input, the same for every mode
    pooled: dict[str, np.ndarray]          # mode -> (C, h, w) its output
    probabilities: dict[str, np.ndarray]   # mode -> (K,)
    logits: dict[str, np.ndarray]          # mode -> (K,)
    class_names: tuple[str, ...]


def pooling_layers(model: Sequential) -> list[str]:
    return [layer.name for layer in model.layers if isinstance(layer, Pool2D)]


def pooling_variants(model: Sequential, layer_name: str | None = None) -> dict[str, Sequential]:
    """mode -> a copy of `model` with that pooling layer (None: every pooling layer) in that mode."""
    names = pooling_layers(model) if layer_name is None else [layer_name]
    if not names:
        raise MessageError(message(NO_POOLING, model=model.name))
    variants = {}
    for mode in ops.POOL_MODES:
        variant = model
        for name in names:
            variant = set_pool_options(variant, name, mode=mode).model
        variants[mode] = variant if variant is not model else model.copy()
    return variants


def pooling_comparison(model: Sequential, x, layer_name: str | None = None) -> PoolingComparison:
    """Run one input (C, H, W) through the max, min and avg variants; see the module docstring."""
    variants = pooling_variants(model, layer_name)
    shown = layer_name or pooling_layers(model)[0]
    pooled, probabilities, logits, feature_maps = {}, {}, {}, None
    for mode, variant in variants.items():
        trace = variant.forward(x)
        step = trace.step(shown)
        feature_maps = step.input[0] if feature_maps is None else feature_maps
        pooled[mode] = step.output[0]
        probabilities[mode] = trace.probabilities[0]
        logits[mode] = trace.logits[0]
    return PoolingComparison(shown, feature_maps, pooled, probabilities, logits, tuple(model.class_names))
