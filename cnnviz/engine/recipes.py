"""Networks to train in the app: an architecture from scratch, with a similarity and a starting point.

``starting_model`` builds a named architecture (He-initialised from ``rng``), sets every convolution
to the chosen similarity (dot, cosine or rbf) and, when asked, copies hand-set filters into it: each
conv layer of the new network takes the filters of the same-named layer of the hand-set model for as
many filters as both have, when their kernels have the same shape. The rest stays random.

Pure NumPy: no Qt.
"""
from __future__ import annotations

import numpy as np

from . import ops
from .architectures import build
from .layers import Conv2D
from .model import Sequential


def set_similarity(model: Sequential, similarity: str, gamma: float = ops.RBF_GAMMA) -> Sequential:
    """Make every conv layer of `model` compare patches and filters by `similarity` (in place)."""
    if similarity not in ops.SIMILARITIES:
        raise ValueError(f"similarity must be one of {', '.join(ops.SIMILARITIES)}, got {similarity!r}")
    if not (np.isfinite(gamma) and gamma > 0):
        raise ValueError(f"gamma must be a number > 0, got {gamma!r}")
    for layer in model.layers:
        if isinstance(layer, Conv2D):
            layer.similarity, layer.gamma = similarity, float(gamma)
            layer.forget()
    return model


def copy_filters(model: Sequential, source: Sequential) -> list[str]:
    """Copy the conv filters (and biases) of `source` into the same-named conv layers of `model`,
    filter by filter where the kernel shapes agree (in place). Returns notes of what was copied."""
    notes = []
    for layer in model.layers:
        if not isinstance(layer, Conv2D):
            continue
        try:
            other = source.layer(layer.name)
        except KeyError:
            continue
        if not isinstance(other, Conv2D) or other.weight.shape[1:] != layer.weight.shape[1:]:
            continue
        count = min(layer.out_channels, other.out_channels)
        layer.weight[:count] = other.weight[:count]
        layer.bias[:count] = other.bias[:count]
        notes.append(f"{layer.name}: {count} of {layer.out_channels} filters start from {source.name or 'the model'}'s")
    return notes


def starting_model(arch: str, rng: np.random.Generator, *, similarity: str = "dot", gamma: float = ops.RBF_GAMMA,
                   hand_set: Sequential | None = None, **shape) -> tuple[Sequential, list[str]]:
    """(a fresh network to train, notes). hand_set: a model whose conv filters to start from; shape: the
    architecture's classes, channels and input_size when not its defaults."""
    model = build(arch, rng, **shape)
    notes = [f"{arch}: random (He) initial weights"]
    if hand_set is not None:
        copied = copy_filters(model, hand_set)
        notes += copied or [f"no conv layer of {hand_set.name or 'that model'} fits {arch}; all filters are random"]
    set_similarity(model, similarity, gamma)
    if similarity != "dot":
        notes.append(f"convolutions use {similarity} similarity")
    return model, notes
