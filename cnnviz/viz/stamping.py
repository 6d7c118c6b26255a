"""Stepping through a transposed convolution: each input cell stamps a scaled copy of the filter onto the output.

``Stamping(trace, layer_name, channel)`` lists the input positions (i, j) of a ``ConvTranspose2D`` layer in
reading order (sample 0, output channel f = ``channel``). Step k is input cell (i, j): it lays
``stamp(k) = Σ_c x[c, i, j] · w[c, f]`` (KH, KW), the filter scaled by the input cells of every channel, onto
the output with its top-left corner at (i·s − p, j·s − p), clipped to the output; where stamps overlap they
add. ``partial_map(k)`` is the output after the first k stamps, bias included: cells no stamp has reached yet
are NaN (drawn "not reached yet"), except once every stamp is laid, when every cell shows its value (cells no
stamp ever reaches, such as an output_padding row, hold the bias alone). After the last stamp it equals the
engine's output channel (float64 here, float32 there).

The same object answers the stepper's questions about a sliding window (``kind``, ``len``, ``output_shape``,
``input_name``, ``feature_map``, ``padded_input``), so the stepper panel plays it the same way. No Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.analysis import explain
from cnnviz.analysis.explain_transpose import stamp_region
from cnnviz.engine import Trace
from cnnviz.engine.layers import ConvTranspose2D

from .stepper import StepperError


@dataclass(frozen=True)
class StampPosition:
    """One step: input cell (row, col), and the output rows and columns its stamp covers (clipped to the
    output), with (u0, v0) the filter entry that lands on the first of them."""
    row: int
    col: int
    rows: range
    cols: range
    offset: tuple[int, int]


class Stamping:
    """The input positions, stamps and running sums of one output channel of a ConvTranspose2D layer."""

    kind = "transpose"

    def __init__(self, trace: Trace, layer_name: str, channel: int = 0):
        try:
            step = trace.step(layer_name)
        except KeyError:
            raise StepperError(f"no layer named '{layer_name}' in this model") from None
        layer = step.layer
        if not isinstance(layer, ConvTranspose2D):
            raise StepperError(f"layer '{layer_name}' is a {layer.kind} layer, not a transposed convolution")
        channels = step.output.shape[1]
        if not 0 <= channel < channels:
            raise StepperError(f"layer '{layer_name}' has output channels 0-{channels - 1}, not {channel}")
        self.trace, self.layer_name, self.layer, self.channel = trace, layer_name, layer, int(channel)
        self.input = np.asarray(step.input[0], dtype=np.float64)              # (C, H, W)
        self.input_shape = self.input.shape
        self.output_shape = tuple(step.output.shape[2:])                     # (OH, OW)
        self.feature_map = step.output[0, self.channel]                       # what the engine computed
        self.padding = (0, 0)                                                 # the input is not padded
        self.bias = float(layer.bias[self.channel])
        self.input_name = explain._input_name(trace, trace.steps.index(step))
        self._filters = np.asarray(layer.weight[:, self.channel], dtype=np.float64)      # (C, KH, KW)
        _, h, w = self.input_shape
        self.positions = tuple(self._position(i, j) for i in range(h) for j in range(w))
        self._done, self._sum, self._reached = 0, np.zeros(self.output_shape), np.zeros(self.output_shape, bool)

    def __len__(self) -> int:
        return len(self.positions)

    def _position(self, i: int, j: int) -> StampPosition:
        rows, cols, offset = stamp_region(self.layer, i, j, self.output_shape)
        return StampPosition(i, j, rows, cols, offset)

    def stamp(self, k: int) -> np.ndarray:
        """(KH, KW) float64: what input position k lays on the output, Σ_c x[c, i, j] · w[c, f]."""
        p = self.positions[k]
        return np.tensordot(self.input[:, p.row, p.col], self._filters, axes=1)

    def input_values(self, k: int) -> np.ndarray:
        """(C,) the input cells at position k, one per channel (the stamp's scales)."""
        p = self.positions[k]
        return self.input[:, p.row, p.col].copy()

    def _lay(self, k: int, sign: float) -> None:
        p = self.positions[k]
        if len(p.rows) and len(p.cols):
            u0, v0 = p.offset
            piece = self.stamp(k)[u0:u0 + len(p.rows), v0:v0 + len(p.cols)]
            self._sum[p.rows.start:p.rows.stop, p.cols.start:p.cols.stop] += sign * piece

    def _advance(self, done: int) -> None:
        """Bring the running sum to the first ``done`` stamps (forward from where it is; afresh to go back)."""
        if done < self._done:
            self._done, self._sum[...], self._reached[...] = 0, 0.0, False
        for k in range(self._done, done):
            self._lay(k, 1.0)
            p = self.positions[k]
            self._reached[p.rows.start:p.rows.stop, p.cols.start:p.cols.stop] = True
        self._done = done

    def partial_map(self, done: int) -> np.ndarray:
        """(OH, OW) float64: bias + the first ``done`` stamps; NaN where none has reached yet (see the module)."""
        done = max(0, min(int(done), len(self)))
        self._advance(done)
        out = self._sum + self.bias
        if done < len(self):
            out[~self._reached] = np.nan
        return out

    def completed_cell(self, k: int) -> tuple[int, int]:
        """The output cell whose last stamp is step k: the stamp's top-left corner when it lies on the output
        (no later input cell reaches it), else the first cell the stamp covers (or (0, 0) if none)."""
        p = self.positions[k]
        if not len(p.rows) or not len(p.cols):
            return 0, 0
        return p.rows.start, p.cols.start

    def padded_input(self, input_channel: int = 0) -> np.ndarray:
        """(H, W) one input channel (a transposed convolution pads nothing: its padding crops the output)."""
        return self.input[int(input_channel)].copy()
