"""The order of the Backward dock's rows: the order of the backward pass itself.

    backward_rows(model, stages) -> [("logits", step), ("weight", layer), ("bias", layer), ("stage", name), ...,
                                     ("stage", "input")]

Read from the top down, the dock follows the gradient from where it starts (the logits, softmax - one-hot)
back to the input: the last layer first, each convolution's or dense layer's ∂L/∂w and ∂L/∂b right under the
gradient of its output (from which they are computed), the input's gradient last. Stages are those of
``plan_stages`` (a dense layer behind a flatten has no map stage: its ∂L/∂W and ∂L/∂b rows stand alone).
No Qt.
"""
from __future__ import annotations

from cnnviz.engine import Conv2D, Dense


def backward_rows(model, stages) -> list[tuple[str, str]]:
    """(kind, name) of every row, kind "logits" (name: the logits' step), "stage" (name: a stage), "weight" or
    "bias" (name: a layer)."""
    if model is None:
        return []
    staged = {stage.name for stage in stages}
    rows = [("logits", model.layers[model.logits_index].name)]
    for layer in reversed(model.layers):
        if layer.name in staged:
            rows.append(("stage", layer.name))
        if isinstance(layer, (Conv2D, Dense)):
            rows += [("weight", layer.name), ("bias", layer.name)]
    if "input" in staged:
        rows.append(("stage", "input"))
    return rows
