"""What is under a pixel of the Backward dock's images: a gradient cell or a weight's gradient.

    gradient_target(layouts, stages, model, key, y, x)
        -> ("gradient", stage, index)          dL/d(stage's output)[index], index without the sample
        -> ("weight-gradient", layer, index)   dL/dw[index] of a conv (f, c, u, v) or dense (k, j) layer
        -> ("bias-gradient", layer, (f,))       dL/db[f] of a conv filter f or dense output f
        -> None                                 over a gap between blocks

``key`` names the image: a stage's name for its gradient map, ``weight_key(layer)`` for dL/dw tiles,
``bias_key(layer)`` for the dL/db cells (one 1 x 1 block per filter or output, in the tiles' grid),
``logits_key(step)`` for the logits' gradient (one 1 x 1 block per class);
``layouts[key]`` is the ``MosaicLayout`` the image was tiled with. The targets are what the inspector
shows (``InspectorPanel.show_gradient``) and what ``BackwardPanel.point`` reports. No drawing here, so
any way of rendering the dock (one image per stage or one mosaic) can use it.
"""
from __future__ import annotations

from cnnviz.analysis.explain_backward import explain_bias_gradient, explain_gradient, explain_weight_gradient
from cnnviz.engine import Conv2D
from cnnviz.viz.block_mosaic import block_at, kernel_cell
from cnnviz.viz.gradient_maps import dense_block_cell

WEIGHT_SUFFIX = ".weight.grad"          # gradient_maps.weight_key(layer) = layer + WEIGHT_SUFFIX
BIAS_SUFFIX = ".bias.grad"
LOGITS_SUFFIX = ".logits.grad"          # the logits' gradient, softmax - one-hot: one 1 x 1 block per class
GRADIENT_KINDS = ("gradient", "weight-gradient", "bias-gradient")


def bias_key(layer_name: str) -> str:
    """The image (and level) key of a layer's bias gradient."""
    return layer_name + BIAS_SUFFIX


def logits_key(step_name: str) -> str:
    """The image key of the logits (the output of step ``step_name``) and their gradient."""
    return step_name + LOGITS_SUFFIX


def gradient_target(layouts: dict, stages, model, key: str, y: float, x: float) -> tuple | None:
    """The inspector target under pixel (y, x) of image ``key``, or None."""
    if model is None or key not in layouts:
        return None
    cell = block_at(layouts[key], y, x)
    if cell is None:
        return None
    block, dy, dx = cell
    if key.endswith(BIAS_SUFFIX):
        return ("bias-gradient", key[:-len(BIAS_SUFFIX)], (block,))
    if key.endswith(LOGITS_SUFFIX):
        return ("gradient", key[:-len(LOGITS_SUFFIX)], (block,))
    if key.endswith(WEIGHT_SUFFIX):
        name = key[:-len(WEIGHT_SUFFIX)]
        layer = model.layer(name)
        if isinstance(layer, Conv2D):
            where = kernel_cell(layer.weight.shape[1:], dy, dx)
            return None if where is None else ("weight-gradient", name, (block,) + where)
        j = dense_block_cell(model, name, dy, dx)
        return None if j is None else ("weight-gradient", name, (block, j))
    stage = next((s for s in stages if s.name == key), None)
    if stage is None:
        return None
    return ("gradient", key, (dy,) if len(stage.shape) == 1 else (block, dy, dx))


def explain_target(grads, target):
    """The ``cnnviz.analysis.explain_backward`` explanation of a target (its errors are MessageErrors)."""
    kind, name, index = target
    if kind == "weight-gradient":
        return explain_weight_gradient(grads, name, index)
    if kind == "bias-gradient":
        return explain_bias_gradient(grads, name, index)
    return explain_gradient(grads, name, index)
