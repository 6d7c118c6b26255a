"""The arithmetic behind a cell of a transposed convolution or an upsampling layer, for the inspector.

A transposed convolution makes a map larger by stamping: input cell (c, i, j) lays a copy of the filter
w[c, f] (KH, KW), scaled by its value, onto the output with its top-left corner at (i*s - p, j*s - p);
where stamps overlap they add, and the bias is added once. So an output cell is the sum, over the input
cells whose stamp reaches it, of value x weight, where the weight is the filter entry that lands on it.
That is exactly how the input gradient of an ordinary convolution is spread back over its patches
(``GRADIENT_NOTE``). An upsampling cell is a weighted sum of the input cells it reads, with no learnt
weights: one cell with weight 1 (nearest), or up to four with the bilinear weights.

Everything is recomputed here in float64 from the trace's arrays and compared with the engine's value.
Texts are ``cnnviz.messages`` messages. Pure NumPy: no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine import ops
from ..engine.layers import ConvTranspose2D, Upsample
from ..engine.model import Trace
from ..messages import Message, MessageError, message, template
from .explain import (ActivationStep, Agreement, ExplainError, _activation_after, _input_name,
                      _normalise_index, _step_index, _tolerance, fmt, signed_sum)

STAMPS_FORMULA = template("{count} stamps overlap on this cell: {terms} = {total}; + bias {bias} = {value}")
NO_STAMP_FORMULA = template("no input cell's stamp reaches this cell: only the bias {bias} = {value}")
STAMP_TERM = template("input cell ({channel}, {row}, {col}) = {value} stamps weight [{u}, {v}] = {weight}: "
                      "{product}")
STAMP_NOTE = template("each input cell stamps the filter, scaled by its value, onto the output {stride} cells "
                      "after the previous one (top-left corner at (i·{stride} − {padding}, j·{stride} − "
                      "{padding})); where stamps overlap they add")
GRADIENT_NOTE = template("the same arithmetic is the input gradient of an ordinary convolution: a conv2d with "
                         "these weights, stride {stride} and padding {padding} maps this {output} map back to "
                         "{input}, and its backward pass spreads each output cell's gradient over its patch "
                         "exactly as these stamps spread the input")
UPSAMPLE_FORMULA = template("{mode} upsampling by {scale}: {terms} = {value}")
UPSAMPLE_TERM = template("{weight} × input ({row}, {col}) = {value}")
WRONG_KIND = template("layer '{layer}' ({kind}) is not a {expected} layer")


class WrongLayerError(ExplainError, MessageError):
    """The layer asked about is not of the kind this explanation is for."""


@dataclass(frozen=True)
class Term:
    """One input cell's part of the output cell: value x weight."""
    channel: int
    row: int
    col: int
    value: float                       # the input cell
    weight: float                      # the filter entry (or interpolation weight) that lands on the output cell
    offset: tuple[int, int] | None     # (u, v) of that filter entry; None for upsampling
    product: float

    def describe(self) -> Message:
        if self.offset is None:
            return message(UPSAMPLE_TERM, weight=fmt(self.weight), row=self.row, col=self.col, value=fmt(self.value))
        u, v = self.offset
        return message(STAMP_TERM, channel=self.channel, row=self.row, col=self.col, value=fmt(self.value), u=u,
                       v=v, weight=fmt(self.weight), product=fmt(self.product))


@dataclass(frozen=True)
class TransposedConvCell:
    """Output cell (n, f, r, s) of a ConvTranspose2D layer: the stamps that overlap on it."""
    layer_name: str
    index: tuple[int, int, int, int]
    input_name: str
    input_shape: tuple[int, int, int]  # (C_in, H, W) of one sample of the input
    output_size: tuple[int, int]       # (H_out, W_out)
    kernel_size: tuple[int, int]
    stride: tuple[int, int]
    padding: tuple[int, int]
    terms: tuple[Term, ...]            # every (input cell, filter entry) pair reaching the cell, by channel, row, col
    total: float
    bias: float
    value: float                       # total + bias, float64
    agreement: Agreement
    activation: ActivationStep | None

    @property
    def matches_engine(self) -> bool:
        return self.agreement.matches_engine and (self.activation is None or self.activation.agreement.matches_engine)

    @property
    def formula(self) -> Message:
        if not self.terms:
            return message(NO_STAMP_FORMULA, bias=fmt(self.bias), value=fmt(self.value))
        return message(STAMPS_FORMULA, count=len(self.terms), terms=signed_sum(t.product for t in self.terms),
                       total=fmt(self.total), bias=fmt(self.bias), value=fmt(self.value))

    @property
    def stamp_note(self) -> Message:
        return message(STAMP_NOTE, stride=_pair_text(self.stride), padding=_pair_text(self.padding))

    @property
    def gradient_note(self) -> Message:
        _, h, w = self.input_shape
        return message(GRADIENT_NOTE, stride=_pair_text(self.stride), padding=_pair_text(self.padding),
                       output="{}x{}".format(*self.output_size), input=f"{h}x{w}")


@dataclass(frozen=True)
class UpsampleCell:
    """Output cell (n, c, r, s) of an Upsample layer: the input cells it reads, and their weights."""
    layer_name: str
    index: tuple[int, int, int, int]
    input_name: str
    mode: str
    scale: tuple[int, int]
    terms: tuple[Term, ...]
    value: float
    agreement: Agreement

    @property
    def matches_engine(self) -> bool:
        return self.agreement.matches_engine

    @property
    def formula(self) -> Message:
        return message(UPSAMPLE_FORMULA, mode=self.mode, scale=_pair_text(self.scale),
                       terms=_joined([t.describe() for t in self.terms]), value=fmt(self.value))


def _joined(parts: list[Message]) -> Message:
    """Messages joined with " + ", still translatable part by part."""
    fields = {f"part{k}": part for k, part in enumerate(parts)}
    return Message(" + ".join("{" + key + "}" for key in fields), fields)


def _pair_text(pair) -> str:
    return str(pair[0]) if pair[0] == pair[1] else f"{pair[0]}x{pair[1]}"


def stamp_sources(n_in: int, out: int, kernel: int, stride: int, padding: int) -> list[tuple[int, int]]:
    """Along one axis: (input cell i, filter offset u) for every stamp that reaches output cell `out`
    (out = i*stride + u - padding, 0 <= u < kernel, 0 <= i < n_in)."""
    pairs = []
    for i in range(n_in):
        u = out + padding - i * stride
        if 0 <= u < kernel:
            pairs.append((i, u))
    return pairs


def stamp_region(layer: ConvTranspose2D, row: int, col: int, output_shape: tuple[int, int]):
    """Where input cell (row, col)'s stamp lands on the output (H_out, W_out): (rows, cols) as ranges
    clipped to the output, and (u0, v0), the filter offset of their first cell (for the stepper)."""
    (kh, kw), (sh, sw), (ph, pw) = layer.kernel_size, layer.stride, layer.padding
    r0, c0 = row * sh - ph, col * sw - pw
    rows = range(max(r0, 0), min(r0 + kh, output_shape[0]))
    cols = range(max(c0, 0), min(c0 + kw, output_shape[1]))
    return rows, cols, (rows.start - r0, cols.start - c0)


def _cell(trace: Trace, layer_name: str, index, kind):
    """(step number, step, (n, c, r, s)) of a cell of a `kind` layer; refuses another kind or a cell outside."""
    k = _step_index(trace, layer_name)
    step = trace.steps[k]
    if not isinstance(step.layer, kind):
        raise WrongLayerError(message(WRONG_KIND, layer=layer_name, kind=step.layer.kind, expected=kind.kind))
    return k, step, _normalise_index(index, step.output.shape, layer_name)


def explain_transposed_conv(trace: Trace, layer_name: str, index) -> TransposedConvCell:
    """Explain output cell (n, f, r, s) (or (f, r, s) for sample 0) of a ConvTranspose2D layer."""
    k, step, (n, f, r, s) = _cell(trace, layer_name, index, ConvTranspose2D)
    layer = step.layer
    x = np.asarray(step.input[n], dtype=np.float64)
    w = np.asarray(layer.weight, dtype=np.float64)
    c_in, h, wd = x.shape
    (kh, kw), (sh, sw), (ph, pw) = layer.kernel_size, layer.stride, layer.padding
    terms = []
    for c in range(c_in):
        for i, u in stamp_sources(h, r, kh, sh, ph):
            for j, v in stamp_sources(wd, s, kw, sw, pw):
                value, weight = float(x[c, i, j]), float(w[c, f, u, v])
                terms.append(Term(c, i, j, value, weight, (u, v), value * weight))
    total = float(sum(t.product for t in terms))
    bias = float(layer.bias[f])
    value = total + bias
    engine = float(step.output[n, f, r, s])
    tolerance = _tolerance(sum(abs(t.product) for t in terms) + abs(bias), len(terms) + 1, step.output.dtype, value)
    agreement = Agreement(value, engine, tolerance, str(step.output.dtype))
    return TransposedConvCell(layer_name, (n, f, r, s), _input_name(trace, k), (c_in, h, wd),
                              tuple(step.output.shape[2:]), (kh, kw), (sh, sw),
                              (ph, pw), tuple(terms), total, bias, value, agreement,
                              _activation_after(trace, k, (n, f, r, s), engine))


def explain_upsample(trace: Trace, layer_name: str, index) -> UpsampleCell:
    """Explain output cell (n, c, r, s) (or (c, r, s) for sample 0) of an Upsample layer."""
    k, step, (n, c, r, s) = _cell(trace, layer_name, index, Upsample)
    layer = step.layer
    x = np.asarray(step.input[n, c], dtype=np.float64)
    h, w = x.shape
    (sh, sw) = layer.scale
    if layer.mode == "nearest":
        rows, cols = [(r // sh, 1.0)], [(s // sw, 1.0)]
    else:
        row_weights, col_weights = ops.bilinear_weights(h, sh)[r], ops.bilinear_weights(w, sw)[s]
        rows = [(int(i), float(row_weights[i])) for i in np.nonzero(row_weights)[0]]
        cols = [(int(j), float(col_weights[j])) for j in np.nonzero(col_weights)[0]]
    terms = tuple(Term(c, i, j, float(x[i, j]), a * b, None, float(x[i, j]) * a * b) for i, a in rows for j, b in cols)
    value = float(sum(t.product for t in terms))
    engine = float(step.output[n, c, r, s])
    tolerance = _tolerance(sum(abs(t.product) for t in terms), len(terms) + 2, step.output.dtype, value)
    return UpsampleCell(layer_name, (n, c, r, s), _input_name(trace, k), layer.mode, layer.scale, terms, value,
                        Agreement(value, engine, tolerance, str(step.output.dtype)))


def input_cells_mask(layer, out_mask: np.ndarray, in_shape: tuple[int, ...]) -> np.ndarray:
    """Cells of one sample's input (C, H, W) that the True cells of out_mask (C_out, H_out, W_out) depend on:
    the cells whose stamps reach them (transposed convolution, every input channel) or that they read
    (upsampling, the same channel)."""
    mask = np.zeros(in_shape, dtype=bool)
    _, h, w = in_shape
    if isinstance(layer, ConvTranspose2D):
        (kh, kw), (sh, sw), (ph, pw) = layer.kernel_size, layer.stride, layer.padding
        hits = out_mask.any(axis=0)
        for r, s in zip(*np.nonzero(hits)):
            for i, _ in stamp_sources(h, r, kh, sh, ph):
                for j, _ in stamp_sources(w, s, kw, sw, pw):
                    mask[:, i, j] = True
        return mask
    (sh, sw) = layer.scale
    if layer.mode == "nearest":
        rows, cols = np.eye(h, dtype=bool).repeat(sh, axis=0), np.eye(w, dtype=bool).repeat(sw, axis=0)
    else:
        rows, cols = ops.bilinear_weights(h, sh) > 0, ops.bilinear_weights(w, sw) > 0      # (H_out, H), (W_out, W)
    for c, r, s in zip(*np.nonzero(out_mask)):
        mask[c] |= rows[r][:, None] & cols[s][None, :]
    return mask
