"""Weights laid out the way a lecture talks about them: a dense layer's rows as the maps they read (for
``lecture-ox``: one 2 x 2 grid of quadrant weights per filter), and a convolution's filters as 2-D kernels.

``dense_weight_maps(model)`` -> (classes, C, H, W): the first dense layer's weight row of each output unit,
reshaped to the (C, H, W) maps the Flatten before it flattened. ``conv_kernels(model)`` -> (F, KH, KW):
the first convolution's filters (their first input channel; the sketches are grey).
"""
from __future__ import annotations

import numpy as np

from cnnviz.engine import Conv2D, Dense, Flatten, Sequential


def dense_weight_maps(model: Sequential) -> np.ndarray:
    """(units, C, H, W) weights of the first Dense layer after a Flatten of (C, H, W) maps."""
    shapes = [tuple(model.input_shape)] + [tuple(s) for s in model.shapes()]
    for index, layer in enumerate(model.layers):
        if isinstance(layer, Dense):
            before = shapes[index]              # what the dense layer reads (the Flatten's output)
            if index > 0 and isinstance(model.layers[index - 1], Flatten):
                before = shapes[index - 1]      # the maps before flattening
            weight = np.asarray(layer.params["weight"])
            if len(before) != 3 or weight.shape[1] != int(np.prod(before)):
                raise ValueError(f"{model.name}: the dense layer '{layer.name}' does not read flattened maps")
            return weight.reshape((weight.shape[0],) + before)
    raise ValueError(f"{model.name} has no dense layer")


def conv_kernels(model: Sequential) -> np.ndarray:
    """(F, KH, KW): the first convolution's filters on its first input channel."""
    for layer in model.layers:
        if isinstance(layer, Conv2D):
            return np.asarray(layer.params["weight"])[:, 0]
    raise ValueError(f"{model.name} has no convolution")
