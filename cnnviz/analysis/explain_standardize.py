"""A cell of a Standardize stage explained: (x - mean[c]) / std[c] with the numbers, or why it passed through.

Beside ``explain.py`` (which dispatches here from ``explain_cell``). The stage's step in the trace holds the
input x and the output; when the session's "Standardise like the training data" is off the engine passes the
input through (``Sequential.forward(standardize=False)``: the step's output is its input), and the cell says
so, with the value the training data's standardisation would have given beside it.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine.layers import Standardize
from ..engine.model import RGB, Trace


@dataclass(frozen=True)
class StandardizeCell:
    """Cell ``index`` (n, c, i, j) of a Standardize stage: value = (x - mean) / std when ``applied``, else x.

    ``channel`` names the input channel ("R", "G", "B" for a colour model); ``standardised`` is what
    (x - mean) / std gives (the value when applied, what it would be when not)."""
    layer_name: str
    index: tuple[int, int, int, int]
    channel: str
    x: float
    mean: float
    std: float
    standardised: float
    value: float
    applied: bool

    @property
    def matches_engine(self) -> bool:
        """The formula in float64 agrees with the engine's value (float32 rounding allowed)."""
        expected = self.standardised if self.applied else self.x
        return bool(abs(expected - self.value) <= 1e-5 * max(1.0, abs(expected)))


def explain_standardize(trace: Trace, layer_name: str, index) -> StandardizeCell:
    """Explain one cell (c, i, j) or (n, c, i, j) of the Standardize stage ``layer_name`` in ``trace``."""
    from .explain import _normalise_index, _step_index    # explain imports this module for its dispatch
    step = trace.steps[_step_index(trace, layer_name)]
    layer = step.layer
    assert isinstance(layer, Standardize)
    n, c, i, j = _normalise_index(index, step.output.shape, layer_name)
    x = float(step.input[n, c, i, j])
    mean, std = float(layer.mean[c]), float(layer.std[c])
    channel = RGB[c] if step.input.shape[1] == len(RGB) else str(c)
    return StandardizeCell(layer_name, (n, c, i, j), channel, x, mean, std, (x - mean) / std,
                           float(step.output[n, c, i, j]), step.output is not step.input)
