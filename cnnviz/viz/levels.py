"""Fixed colour levels per layer, derived once per model, so colours never flicker between frames.

Each layer's level is the smaller of
  * a hard bound on its output for any input in [0, 1] (interval arithmetic through the weights), and
  * a margin above the largest value seen on a few example sketches,
rounded up to a "nice" number so the colour bar reads cleanly. Values beyond a level saturate.
"""
from __future__ import annotations

import math

import numpy as np

from cnnviz.engine import Activation, Conv2D, Dense, Pool2D, Sequential, Softmax, Standardize

NICE_STEPS = (1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
EXAMPLE_MARGIN = 1.1
EXAMPLE_PERCENTILE = 99.5     # of |values| on the examples: a few outliers may saturate, the rest stay vivid


def nice_level(value: float) -> float:
    """The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is >= value."""
    value = float(value)
    if not math.isfinite(value) or value <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in NICE_STEPS:
        if step * power >= value * (1 - 1e-9):
            return float(f"{step * power:.6g}")
    return 10.0 * power


def _affine_bounds(weight: np.ndarray, bias: np.ndarray, low: float, high: float) -> tuple[float, float]:
    """Range of w . x + b over every x with entries in [low, high], worst output unit."""
    rows = weight.reshape(weight.shape[0], -1).astype(np.float64)
    upper = np.maximum(rows * low, rows * high).sum(axis=1) + bias
    lower = np.minimum(rows * low, rows * high).sum(axis=1) + bias
    return float(lower.min()), float(upper.max())


_ACTIVATION_RANGE = {
    "relu": lambda lo, hi: (max(lo, 0.0), max(hi, 0.0)),
    "leaky_relu": lambda lo, hi: (min(lo, 0.0) * 0.01 + max(lo, 0.0), max(hi, 0.0) + min(hi, 0.0) * 0.01),
    "identity": lambda lo, hi: (lo, hi),
    "sigmoid": lambda lo, hi: (1 / (1 + math.exp(-max(min(lo, 50), -50))), 1 / (1 + math.exp(-max(min(hi, 50), -50)))),
    "tanh": lambda lo, hi: (math.tanh(lo), math.tanh(hi)),
}


def interval_bounds(model: Sequential, input_range: tuple[float, float] = (0.0, 1.0)) -> dict[str, tuple[float, float]]:
    """(low, high) that each layer's output can reach for inputs in ``input_range``; exact per unit for
    one affine layer, an over-estimate after several."""
    low, high = map(float, input_range)
    bounds = {}
    for layer in model.layers:
        if isinstance(layer, (Conv2D, Dense)):
            low, high = _affine_bounds(layer.params["weight"], layer.params["bias"], low, high)
        elif isinstance(layer, Activation):
            low, high = _ACTIVATION_RANGE[layer.function](low, high)
        elif isinstance(layer, Softmax):
            low, high = 0.0, 1.0
        elif isinstance(layer, Standardize):     # (x - mean) / std per channel: the paper lands far from 1
            low, high = (float(((low - layer.mean) / layer.std).min()),
                         float(((high - layer.mean) / layer.std).max()))
        elif isinstance(layer, Pool2D) and layer.mode == "avg":
            pass
        bounds[layer.name] = (low, high)
    return bounds


def calibrate_levels(model: Sequential, examples: np.ndarray | None = None) -> dict[str, float]:
    """A fixed symmetric level per layer name (plus "input" and per-conv "<name>.weight").

    ``examples`` is a batch (N, C, H, W) of typical inputs; without it only the hard bound is used.
    An activation or pooling layer shares the level of the layer it follows, so a value keeps its
    colour from one panel to the next.
    """
    bounds = interval_bounds(model)
    observed = {}
    if examples is not None and len(examples):
        trace = model.forward(examples)
        observed = {step.name: float(np.percentile(np.abs(step.output), EXAMPLE_PERCENTILE)) for step in trace.steps}
        for layer in model.layers:          # drop the batch cached for backward
            layer.forget()
    levels = {"input": 1.0}
    previous = None
    for layer in model.layers:
        if isinstance(layer, (Activation, Pool2D)) and previous is not None and \
                not (isinstance(layer, Activation) and layer.function in ("sigmoid", "tanh")):
            levels[layer.name] = levels[previous]
        elif isinstance(layer, Softmax):
            levels[layer.name] = 1.0
        else:
            bound = max(abs(b) for b in bounds[layer.name])
            seen = observed.get(layer.name)
            level = bound if seen is None else min(bound, max(seen, 1e-6) * EXAMPLE_MARGIN)
            levels[layer.name] = nice_level(level)
        if isinstance(layer, Conv2D):
            levels[layer.name + ".weight"] = nice_level(float(np.max(np.abs(layer.params["weight"]))))
        previous = layer.name
    return levels


def example_inputs(model: Sequential, *, per_class: int = 6, seed: int = 0) -> np.ndarray:
    """A fixed batch of synthetic ○ and × sketches as this model's input (N, C, H, W), for calibration."""
    from cnnviz.data import make_sketch, to_network_input
    channels, height, width = model.input_shape
    rng = np.random.default_rng(seed)
    crop = bool(model.preprocess.get("crop", False))
    inputs = []
    for index in range(per_class * 2):
        placement = ("centre", "any", "corner")[index // 2 % 3]
        image, _ = make_sketch(index % 2, rng, placement=placement)
        inputs.append(to_network_input(image, (height, width), channels=channels, crop=crop))
    return np.stack(inputs)
