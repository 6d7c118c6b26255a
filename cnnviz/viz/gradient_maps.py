"""Display maths of the Backward view: gradient maps, their colour levels, dL/dw tiles and dense dL/dW.

    levels = GradientLevels()
    frame = backward_frame(stages, grads, levels)     # per pen movement, stages = plan_stages(model)
    frame.maps["conv1"]                                 # (count, h, w) dL/d(conv1's output), like the forward maps
    frame.levels["conv1"]                               # its own symmetric level: colour from -L (blue) to +L (red)
    frame.logits                                        # (K,) softmax - one-hot: where the backward pass starts
    weight_gradient_blocks(model, grads, "conv1")       # filters and their dL/dw as (F, bh, bw) blocks, side by side
    dense_blocks(model, "dense", grads.weights["dense"])   # dL/dW laid out like the weights (lecture-ox: by quadrant)

Gradients shrink by orders of magnitude from the logits down to the input and change with every stroke, so
each stage gets its own symmetric level (a "nice" number, as the forward levels), which grows at once when
a gradient outgrows it and shrinks only when the largest value falls below a quarter of it, so colours do not
flicker while drawing. No Qt.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from cnnviz.engine import Conv2D, Dense, Flatten, Gradients, Sequential

from .layout import Stage
from .levels import nice_level

SHRINK_BELOW = 0.25      # a level shrinks only when the largest |gradient| falls below this fraction of it
LOGITS = "logits"


def weight_key(layer_name: str) -> str:
    """The level key of a layer's weight gradient."""
    return layer_name + ".weight.grad"


class GradientLevels:
    """Symmetric colour levels per key (stage name, "logits", weight_key(layer)), kept between frames."""

    def __init__(self):
        self.levels: dict[str, float] = {}

    def update(self, key: str, values: np.ndarray) -> float:
        """The level for ``values`` (any shape), given the level this key had before."""
        biggest = float(np.max(np.abs(values))) if np.size(values) else 0.0
        previous = self.levels.get(key)
        if not math.isfinite(biggest) or biggest == 0:
            level = previous or 1.0
        else:
            level = nice_level(biggest)
            if previous is not None and level < previous and biggest >= SHRINK_BELOW * previous:
                level = previous
        self.levels[key] = level
        return level

    def reset(self) -> None:
        """Forget every level (a new model, or a new target class)."""
        self.levels.clear()


@dataclass(frozen=True, eq=False)
class BackwardFrame:
    """What the Backward view paints for one drawing."""
    maps: dict[str, np.ndarray]                 # stage name -> (count, h, w) gradient maps
    levels: dict[str, float]                    # stage name, LOGITS, weight_key(layer) -> symmetric level
    logits: np.ndarray                          # (K,) softmax - one-hot
    weights: dict[str, np.ndarray] = field(default_factory=dict)   # conv / dense name -> dL/dw blocks (n, bh, bw)


def kernel_blocks(stack: np.ndarray) -> np.ndarray:
    """kernel_block of every item of a (N, C, KH, KW) stack at once: (N, bh, bw) float32, NaN gaps. One copy
    per channel instead of one per item and channel (ox-cnn's conv2 gradient: 16 x 8 kernels every frame)."""
    stack = np.asarray(stack, dtype=np.float32)
    count, channels, kh, kw = stack.shape
    columns = math.ceil(math.sqrt(channels))
    rows = math.ceil(channels / columns)
    out = np.full((count, rows * (kh + 1) - 1, columns * (kw + 1) - 1), np.nan, dtype=np.float32)
    for c in range(channels):
        r, q = divmod(c, columns)
        out[:, r * (kh + 1):r * (kh + 1) + kh, q * (kw + 1):q * (kw + 1) + kw] = stack[:, c]
    return out


def stage_gradient(grads: Gradients, stage: Stage) -> np.ndarray:
    """One stage's gradient maps (count, h, w), shaped like the forward maps it stands beside."""
    array = grads.input if stage.name == "input" else grads.outputs[stage.name]
    return stage.maps(array[0])


def backward_frame(stages: list[Stage], grads: Gradients, levels: GradientLevels, model: Sequential | None = None
                   ) -> BackwardFrame:
    """Gradient maps and levels for ``stages`` (plan_stages(model)); with ``model``, also the dL/dw blocks of
    every conv layer (beside its filters) and dense layer (laid out like its weights)."""
    maps = {stage.name: stage_gradient(grads, stage) for stage in stages}
    out_levels = {name: levels.update(name, values) for name, values in maps.items()}
    logits = grads.logits[0]
    out_levels[LOGITS] = levels.update(LOGITS, logits)
    weights = {}
    if model is not None:
        for layer in model.layers:
            if isinstance(layer, Conv2D):
                weights[layer.name] = kernel_blocks(grads.weights[layer.name])
            elif isinstance(layer, Dense):
                weights[layer.name] = dense_blocks(model, layer.name, grads.weights[layer.name])
            else:
                continue
            out_levels[weight_key(layer.name)] = levels.update(weight_key(layer.name), grads.weights[layer.name])
    return BackwardFrame(maps, out_levels, logits, weights)


def weight_gradient_blocks(model: Sequential, grads: Gradients, layer_name: str) -> tuple[np.ndarray, np.ndarray]:
    """A conv layer's filters and their gradients as two stacks of (F, bh, bw) blocks, the same layout
    (kernel_block: a filter's C kernels in a near-square grid, NaN gaps), so tile f of one sits beside tile f
    of the other and weight (c, u, v) is at the same pixel in both."""
    layer = model.layer(layer_name)
    if not isinstance(layer, Conv2D):
        raise ValueError(f"layer '{layer_name}' is a {layer.kind} layer, not a convolution")
    return kernel_blocks(layer.weight), kernel_blocks(grads.weights[layer_name])


def dense_input_shape(model: Sequential, layer_name: str) -> tuple[int, ...]:
    """The shape the dense layer's input had before a flatten: (C, H, W) behind a flatten of maps, else (in,)."""
    index = [layer.name for layer in model.layers].index(layer_name)
    if index > 0 and isinstance(model.layers[index - 1], Flatten):
        shapes = [tuple(model.input_shape)] + model.shapes()
        return shapes[index - 1]
    return (model.layer(layer_name).in_features,)


def dense_blocks(model: Sequential, layer_name: str, matrix: np.ndarray) -> np.ndarray:
    """A dense layer's (out, in) weights, or their gradients, as one block per output (out, bh, bw), laid out
    like the maps it reads: behind a flatten of (C, H, W), each row is C maps of H x W (for lecture-ox: the
    "\\" and "/" maps, each 2 x 2, one cell per quadrant), gaps NaN; otherwise each row is a 1 x in strip."""
    layer = model.layer(layer_name)
    if not isinstance(layer, Dense):
        raise ValueError(f"layer '{layer_name}' is a {layer.kind} layer, not dense")
    matrix = np.asarray(matrix)
    if matrix.shape != layer.weight.shape:
        raise ValueError(f"layer '{layer_name}': expected a {layer.weight.shape} matrix, got {matrix.shape}")
    shape = dense_input_shape(model, layer_name)
    if len(shape) == 3:
        return kernel_blocks(matrix.reshape((len(matrix),) + shape))
    return matrix.astype(np.float32)[:, None, :]


def dense_block_cell(model: Sequential, layer_name: str, y: int, x: int) -> int | None:
    """The input feature j under pixel (y, x) of a dense_blocks block, or None over a gap."""
    shape = dense_input_shape(model, layer_name)
    if len(shape) != 3:
        return x if y == 0 and 0 <= x < shape[0] else None
    channels, h, w = shape
    columns = math.ceil(math.sqrt(channels))
    (r, dy), (q, dx) = divmod(y, h + 1), divmod(x, w + 1)
    c = r * columns + q
    if dy >= h or dx >= w or c >= channels or q >= columns or y < 0 or x < 0:
        return None
    return (c * h + dy) * w + dx
