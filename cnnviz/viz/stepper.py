"""Stepping a filter (or a pooling window) across a layer's input, one output cell at a time.

``SlidingWindow(trace, layer_name, channel)`` lists the output positions of one output channel in
reading order and, for each, the rectangle of input cells it reads (rows and columns may lie in the
padding: negative or past the edge) and the value the arithmetic gives, recomputed by
``cnnviz.analysis.explain``. ``partial_map(k)`` is the output map as it looks after the first ``k``
positions have been computed: their values, NaN elsewhere (drawn as "not computed yet").

Works for Conv2D (any kernel, stride, padding, flip, similarity) and Pool2D (fixed or adaptive
windows). No Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.engine import Conv2D, Pool2D, Trace
from cnnviz.engine.layers import ConvTranspose2D
from cnnviz.analysis import explain



def cells_in_reading_order(values: np.ndarray, shape, done: int, value) -> np.ndarray:
    """``shape`` float64: the first ``done`` cells in reading order, each computed once by ``value(k)`` and kept
    in ``values`` (NaN until then); NaN for the rest. The map a stepper has filled in so far."""
    done = max(0, min(int(done), values.size))
    flat = values.ravel()
    for k in range(done):
        if np.isnan(flat[k]):
            flat[k] = value(k)
    out = np.full(shape, np.nan)
    out.ravel()[:done] = flat[:done]
    return out

class StepperError(ValueError):
    """The layer cannot be stepped through (not a convolution or pooling layer, or no such channel)."""


def steppable_layers(trace_or_model) -> list[str]:
    """Names of the layers a window can be stepped across: convolutions and pooling, in order, and transposed
    convolutions (stamped, ``cnnviz.viz.stamping``)."""
    layers = [s.layer for s in trace_or_model.steps] if isinstance(trace_or_model, Trace) else trace_or_model.layers
    return [layer.name for layer in layers if isinstance(layer, (Conv2D, Pool2D, ConvTranspose2D))]


@dataclass(frozen=True)
class WindowPosition:
    """One step: output cell (row, col) and the input rows/columns under the window."""
    row: int
    col: int
    rows: tuple[int, ...]
    cols: tuple[int, ...]

    @property
    def rect(self) -> tuple[int, int, int, int]:
        """(top, left, height, width) on the unpadded input's coordinates (top/left may be negative)."""
        return self.rows[0], self.cols[0], len(self.rows), len(self.cols)


class SlidingWindow:
    """The positions, windows and values of one output channel of a conv or pooling layer (sample 0)."""

    def __init__(self, trace: Trace, layer_name: str, channel: int = 0):
        try:
            step = trace.step(layer_name)
        except KeyError:
            raise StepperError(f"no layer named '{layer_name}' in this model") from None
        layer = step.layer
        if not isinstance(layer, (Conv2D, Pool2D)):
            raise StepperError(f"layer '{layer_name}' is a {layer.kind} layer; only convolution and pooling "
                               f"layers slide a window")
        channels = step.output.shape[1]
        if not 0 <= channel < channels:
            raise StepperError(f"layer '{layer_name}' has output channels 0-{channels - 1}, not {channel}")
        self.trace, self.layer_name, self.layer, self.channel = trace, layer_name, layer, int(channel)
        self.kind = "conv" if isinstance(layer, Conv2D) else "pool"
        self.input_shape = tuple(step.input.shape[1:])            # (C, H, W)
        self.output_shape = tuple(step.output.shape[2:])          # (OH, OW)
        self.feature_map = step.output[0, self.channel]            # what the engine computed
        self.padding = tuple(layer.padding) if self.kind == "conv" else (0, 0)
        self.input_name = explain._input_name(trace, trace.steps.index(step))
        self._cells: dict[int, object] = {}
        oh, ow = self.output_shape
        self.positions = tuple(self._position(i, j) for i in range(oh) for j in range(ow))
        self.values = np.full((oh, ow), np.nan)

    def __len__(self) -> int:
        return len(self.positions)

    def _position(self, i: int, j: int) -> WindowPosition:
        layer = self.layer
        if self.kind == "conv":
            (kh, kw), (sh, sw), (ph, pw) = layer.kernel_size, layer.stride, layer.padding
            return WindowPosition(i, j, tuple(range(i * sh - ph, i * sh - ph + kh)),
                                  tuple(range(j * sw - pw, j * sw - pw + kw)))
        cell = self.cell(i * self.output_shape[1] + j)
        return WindowPosition(i, j, tuple(cell.rows), tuple(cell.cols))

    def cell(self, k: int):
        """The explanation (``ConvCell`` or ``PoolCell``) of step ``k``: its products, sums or window."""
        if k not in self._cells:
            i, j = divmod(int(k), self.output_shape[1])
            index = (0, self.channel, i, j)
            self._cells[k] = (explain.explain_conv if self.kind == "conv" else explain.explain_pool)(
                self.trace, self.layer_name, index)
        return self._cells[k]

    def value(self, k: int) -> float:
        """The output value at step ``k`` from the shown arithmetic (float64)."""
        return float(self.cell(k).value)

    def partial_map(self, done: int) -> np.ndarray:
        """(OH, OW) float64: the first ``done`` cells in reading order computed, NaN for the rest."""
        return cells_in_reading_order(self.values, self.output_shape, done, self.value)

    def padded_input(self, input_channel: int = 0) -> np.ndarray:
        """(H + 2 ph, W + 2 pw) of one input channel with its zero padding (the whole input for pooling)."""
        channel = self.channel if self.kind == "pool" else int(input_channel)
        x = self.trace.step(self.layer_name).input[0, channel]
        ph, pw = self.padding
        out = np.zeros((x.shape[0] + 2 * ph, x.shape[1] + 2 * pw), dtype=np.float64)
        out[ph:ph + x.shape[0], pw:pw + x.shape[1]] = x
        return out
