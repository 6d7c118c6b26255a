"""The convolution stepper's backward mode: the two sliding windows of a convolution's backward pass.

``WeightGradientWindow(grads, "conv1", f, c)`` slides the forward pass's window over the input once more,
in reading order of the output cells; at output cell (i, j) it picks up the upstream gradient dL/dy[f, i, j]
and adds upstream x (the patch under the window) to dL/dw[f, c]. ``partial(k)`` is the (KH, KW) weight
gradient after the first k positions; after all of them it is the engine's dL/dw[f, c].

``InputGradientWindow(grads, "conv1", c)`` slides the filters, rotated by 180°, over the upstream gradient
(spread out by the stride and padded by kernel - 1 - padding: ``padded_upstream``), one input cell at a
time: a full convolution. ``partial_map(k)`` is dL/dx[c] after the first k cells, NaN for the rest.

Both have ``adds_something()``: per step, does it add anything (a ReLU-blocked or losing output cell adds 0 to
dL/dw; an input cell under an all-zero upstream window gets 0)? ``next_step(adds, position, +1 or -1)`` is the
next step that does, for a stepper that skips the zero additions.

The numbers of each step are the inspector's (``cnnviz.analysis.explain_backward``). Sample 0. No Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.analysis import explain_backward
from cnnviz.engine import Conv2D, Gradients
from cnnviz.messages import MessageError, message, template

from .stepper import StepperError, cells_in_reading_order

NO_SUCH_LAYER = template("no layer named '{layer}' in this model")
NOT_A_CONVOLUTION = template("layer '{layer}' is a {kind} layer; only a convolution has a backward window to "
                             "step through")
NO_SUCH_FILTER = template("layer '{layer}' has filters 0-{last}, not {value}")
NO_SUCH_CHANNEL = template("layer '{layer}' has input channels 0-{last}, not {value}")


class BackwardStepperError(MessageError, StepperError):
    """The backward window cannot be stepped through this layer, filter or channel."""


def _conv_step(grads: Gradients, layer_name: str):
    try:
        step = grads.trace.step(layer_name)
    except KeyError:
        raise BackwardStepperError(message(NO_SUCH_LAYER, layer=layer_name)) from None
    if not isinstance(step.layer, Conv2D):
        raise BackwardStepperError(message(NOT_A_CONVOLUTION, layer=layer_name, kind=step.layer.kind))
    return step


def _check(value: int, count: int, sentence: str, layer_name: str) -> int:
    if not 0 <= int(value) < count:
        raise BackwardStepperError(message(sentence, layer=layer_name, last=count - 1, value=value))
    return int(value)


@dataclass(frozen=True)
class GradientPosition:
    """One step of the weight-gradient window: output cell (row, col), the input rectangle under the
    window, the upstream gradient picked up there and the (KH, KW) amount it adds to dL/dw[f, c]."""
    row: int
    col: int
    rect: tuple[int, int, int, int]     # (top, left, height, width) on the unpadded input (may start in padding)
    upstream: float
    contribution: np.ndarray            # (KH, KW) upstream x the input under each weight (stored weight
                                        # orientation); for cosine / rbf layers upstream x d score / d w


class WeightGradientWindow:
    """dL/dw[f, c] of a conv layer built up one window position at a time."""

    def __init__(self, grads: Gradients, layer_name: str, filter_index: int = 0, input_channel: int = 0):
        step = _conv_step(grads, layer_name)
        layer = step.layer
        self.grads, self.layer_name, self.layer = grads, layer_name, layer
        self.filter = _check(filter_index, layer.out_channels, NO_SUCH_FILTER, layer_name)
        self.channel = _check(input_channel, layer.in_channels, NO_SUCH_CHANNEL, layer_name)
        kh, kw = layer.kernel_size
        cells = [[explain_backward.explain_weight_gradient(grads, layer_name, (self.filter, self.channel, u, v))
                  for v in range(kw)] for u in range(kh)]
        self.weights = cells                                    # (KH, KW) explanations, one per weight
        products = np.array([[c.products for c in row] for row in cells])        # (KH, KW, OH, OW)
        self.output_shape = products.shape[2:]
        self.upstream = cells[0][0].upstream                    # (OH, OW) dL/dy[f]
        self.engine = grads.weights[layer_name][self.filter, self.channel]
        (sh, sw), (ph, pw) = layer.stride, layer.padding
        oh, ow = self.output_shape
        self.positions = tuple(
            GradientPosition(i, j, (i * sh - ph, j * sw - pw, kh, kw), float(self.upstream[i, j]),
                             products[:, :, i, j]) for i in range(oh) for j in range(ow))
        self._sums = np.concatenate([np.zeros((1, kh, kw)),
                                     np.cumsum(products.reshape(kh, kw, -1).transpose(2, 0, 1), axis=0)])

    def __len__(self) -> int:
        return len(self.positions)

    def partial(self, done: int) -> np.ndarray:
        """(KH, KW) float64: dL/dw[f, c] summed over the first ``done`` positions in reading order."""
        return self._sums[max(0, min(int(done), len(self)))].copy()

    @property
    def value(self) -> np.ndarray:
        """(KH, KW) the whole sum, equal to the engine's dL/dw[f, c] to float rounding."""
        return self.partial(len(self))

    def adds_something(self) -> np.ndarray:
        """(steps,) bool: the position adds a non-zero amount to dL/dw[f, c] (its upstream gradient and the patch
        under the window are not 0)."""
        return np.array([bool(np.any(p.contribution != 0)) for p in self.positions], dtype=bool)


class InputGradientWindow:
    """dL/dx[c] of a conv layer's input as a full convolution of the upstream gradient with the rotated
    filters, one input cell at a time."""

    def __init__(self, grads: Gradients, layer_name: str, input_channel: int = 0):
        step = _conv_step(grads, layer_name)
        layer = step.layer
        self.grads, self.layer_name, self.layer = grads, layer_name, layer
        self.channel = _check(input_channel, layer.in_channels, NO_SUCH_CHANNEL, layer_name)
        index = [s.name for s in grads.trace.steps].index(layer_name)
        self.input_name = grads.trace.steps[index - 1].name if index else "input"
        self.input_shape = tuple(step.input.shape[2:])          # (H, W)
        self.kernel_size = layer.kernel_size
        h, w = self.input_shape
        self.positions = tuple((y, x) for y in range(h) for x in range(w))
        self.engine = grads.into(layer_name)[0, self.channel]   # (H, W) what the engine computed
        self.values = np.full(self.input_shape, np.nan)
        self._cells: dict[int, object] = {}

    def __len__(self) -> int:
        return len(self.positions)

    def padded_upstream(self) -> np.ndarray:
        """(F, H + KH - 1, W + KW - 1): each filter's upstream gradient spread out by the stride (zeros between
        cells) and padded by kernel - 1 - padding, so that the rotated filter's window for input cell (y, x)
        covers rows y..y+KH-1 and columns x..x+KW-1 of it."""
        g = self.grads.outputs[self.layer_name][0].astype(np.float64)        # (F, OH, OW)
        (kh, kw), (sh, sw), (ph, pw) = self.kernel_size, self.layer.stride, self.layer.padding
        h, w = self.input_shape
        out = np.zeros((g.shape[0], h + kh - 1, w + kw - 1))
        top, left = kh - 1 - ph, kw - 1 - pw                      # where output cell (0, 0) lands
        for i in range(g.shape[1]):
            for j in range(g.shape[2]):
                y, x = top + i * sh, left + j * sw
                if 0 <= y < out.shape[1] and 0 <= x < out.shape[2]:
                    out[:, y, x] = g[:, i, j]
        return out

    def adds_something(self) -> np.ndarray:
        """(steps,) bool: some upstream gradient under the rotated filters' window of the input cell is not 0."""
        upstream = self.padded_upstream() != 0
        kh, kw = self.kernel_size
        windows = np.lib.stride_tricks.sliding_window_view(upstream.any(axis=0), (kh, kw))    # (H, W, KH, KW)
        return windows.any(axis=(2, 3)).ravel()[:len(self)]

    def rect(self, k: int) -> tuple[int, int, int, int]:
        """(top, left, height, width) of step k's window on ``padded_upstream``."""
        y, x = self.positions[k]
        return y, x, self.kernel_size[0], self.kernel_size[1]

    def cell(self, k: int):
        """The explanation (ConvInputGradient) of step k: upstream window, rotated filters, products, sums."""
        if k not in self._cells:
            y, x = self.positions[int(k)]
            self._cells[k] = explain_backward.explain_gradient(self.grads, self.input_name, (0, self.channel, y, x))
        return self._cells[k]

    def value(self, k: int) -> float:
        return float(self.cell(k).value)

    def partial_map(self, done: int) -> np.ndarray:
        """(H, W) float64: the first ``done`` cells of dL/dx[c] in reading order, NaN for the rest."""
        return cells_in_reading_order(self.values, self.input_shape, done, self.value)


def next_step(adds: np.ndarray, position: int, sign: int) -> int | None:
    """The next step after ``position`` (``sign`` +1) or before it (-1) that adds something; when none is left that
    way, the last step (where the sum is complete) or the first; None when ``position`` is already there."""
    count = len(adds)
    k = position + sign
    while 0 <= k < count and not adds[k]:
        k += sign
    if 0 <= k < count:
        return k
    end = count - 1 if sign > 0 else 0
    return end if end != position and count else None
