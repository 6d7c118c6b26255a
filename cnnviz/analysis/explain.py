"""The arithmetic behind every number of a forward pass, as plain data for the inspector.

Point at a cell of any layer's output and get back a frozen dataclass holding every number that
went into it: for a convolution the patch, the filter weights as actually multiplied, their
element-wise products, the partial sum per input channel, the bias and the inner-product view
(dot product, norms, cosine similarity); for pooling the window and its winner; for a dense layer
each feature's contribution to a logit; for softmax the exponentials and their sum.

Everything is recomputed here in float64 from the trace's arrays, independently of the engine's
im2col/GEMM path, and compared with the value the engine produced (float32 in the app). Each
explanation says how far the two may differ (``tolerance``: float rounding of the engine's sum)
and whether they agree (``matches_engine``). Numbers are displayed rounded to ``DECIMALS`` places;
the sums are of the unrounded values, so rounded terms can differ from a rounded sum in the last
digit (see ``ROUNDING_NOTE``).

Indices are batched, like the trace's arrays: (n, f, i, j) for a feature map cell, (n, k) for a
feature or a class. An index one shorter than that means sample 0.

Pure NumPy: no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine import ops
from ..engine.layers import (Activation, Conv2D, ConvTranspose2D, Dense, Flatten, Layer, Pool2D, Softmax,
                             Standardize, Upsample)
from ..engine.model import Sequential, Trace
from ..messages import MessageError, message, template
from .receptive_field import input_mask as layer_input_mask

DECIMALS = 3
ROUNDING_NOTE = message(template("Numbers are shown rounded to {decimals} decimals. Sums are computed from the "
                                 "unrounded values (in float64), so the shown terms may add up to the shown sum "
                                 "only to within the last digit."), decimals=DECIMALS)

# What the explanations say (the ids of their messages; see cnnviz.messages)
PICKED_SAME = template("the engine ({dtype}) gives {engine}, exactly this value (picking a value involves no "
                       "rounding); shown as {shown}")
PICKED_DIFFERENT = template("the engine ({dtype}) gives {engine}, a DIFFERENT value (picking a value involves no "
                            "rounding); shown as {shown}")
SUMMED_WITHIN = template("computed exactly (float64): {computed}; the engine ({dtype}) gives {engine}; difference "
                         "{difference} within {dtype} rounding (±{tolerance}); shown as {shown}")
SUMMED_OUTSIDE = template("computed exactly (float64): {computed}; the engine ({dtype}) gives {engine}; difference "
                          "{difference} OUTSIDE {dtype} rounding (±{tolerance}); shown as {shown}")
CROSS_CORRELATION = template("cross-correlation: the filter is laid on the patch as stored (what every framework "
                             "calls convolution)")
TRUE_CONVOLUTION = template("true convolution: the stored kernel is rotated by 180° before multiplying; the weights "
                            "shown are rotated")
AVERAGE_OF = template("average of {count} cells (rows {top}-{bottom}, cols {left}-{right}) = {total} / {count} = "
                      "{value}")
WINNER_OF = {"max": template("max of {count} cells (rows {top}-{bottom}, cols {left}-{right}) = {value}, at row "
                             "{row}, col {col}"),
             "min": template("min of {count} cells (rows {top}-{bottom}, cols {left}-{right}) = {value}, at row "
                             "{row}, col {col}")}
SOFTMAX_SHIFT = template("Every logit is first shifted by the largest one ({shift}): exp(z - m) / sum exp(z - m) "
                         "equals exp(z) / sum exp(z), and no exp overflows.")
CONV_PARAMETERS = template("{filters} filters x ({channels} x {height} x {width}) weights + {filters} biases = "
                          "{weights} + {biases} = {total}")
DENSE_PARAMETERS = template("{outputs} x {inputs} weights + {biases} biases = {weights} + {biases} = {total}")
NO_PARAMETERS = template("no parameters")
DENSE_EQUIVALENT = template("a dense layer from the same {inputs} inputs to the same {outputs} outputs would need "
                           "{inputs} x {outputs} + {outputs} = {parameters} parameters, {times} times as many: a "
                           "convolution shares one small filter across every position")
SIZE_FORMULA = template("out = floor((n + 2p - k) / s) + 1 = floor(({n} + {padded} - {kernel}) / {stride}) + 1 = "
                        "{out}")
SIZE_FORMULA_EMPTY = template("out = floor((n + 2p - k) / s) + 1 = floor(({n} + {padded} - {kernel}) / {stride}) + "
                              "1 = {out}: nothing (a {kernel}-wide window does not fit {cells} cells)")
ADAPTIVE_FORMULA = template("adaptive pooling: out = {bins} whatever n (n = {n}; bins {edges})")
MAP_CELL = template("{source} map {map}, row {row}, col {col}")
VALUE_OF = template("{source} value {index}")
FEATURE_OF = template("{source} feature {index}")
INPUT = template("input")                         # the name of the network's input, as a layer name
NO_SUCH_LAYER = template("no layer named {layer} in this forward pass (layers: {layers})")
NO_LAYER_NAMED = template("no layer named {layer} (layers: {layers})")
INDEX_LENGTH = template("layer '{layer}': a cell index needs {count} numbers (sample, ...) for output shape "
                        "{shape}, got {index}")
INDEX_OUTSIDE = template("layer '{layer}': cell {index} is outside its output of shape {shape}")
NOT_A_CONVOLUTION = template("layer '{layer}' is a {kind} layer, not a convolution")
NOT_POOLING = template("layer '{layer}' is a {kind} layer, not pooling")
NOT_DENSE = template("layer '{layer}' is a {kind} layer, not dense")
SAMPLE_OUTSIDE = template("sample {sample} is outside this batch of {batch}")
NO_SUCH_CLASS = template("class {index} does not exist (classes: {classes})")
CANNOT_EXPLAIN = template("layer '{layer}': cannot explain a {kind} layer")
NO_CONTROLS = template("layer '{layer}' is a {kind} layer: only convolution and pooling layers have controls")


def fmt(value: float, decimals: int = DECIMALS) -> str:
    """A number as displayed: fixed decimals, and never "-0.000"."""
    text = f"{float(value):.{decimals}f}"
    if text.lstrip("-").strip("0.") == "":
        text = text.lstrip("-")
    return text


def signed_sum(values) -> str:
    """Terms of a sum as displayed: "0.254 + 0.000 - 0.141 - 0.026"."""
    text = ""
    for k, value in enumerate(values):
        shown = fmt(value)
        if k == 0:
            text = shown
        elif shown.startswith("-"):
            text += f" - {shown[1:]}"
        else:
            text += f" + {shown}"
    return text


class ExplainError(MessageError):
    """The requested layer or cell does not exist in this trace."""


# ---------------------------------------------------------------------------------------------
# dataclasses (those holding arrays compare by identity: eq=False)

@dataclass(frozen=True)
class Agreement:
    """How the float64 recomputation compares with the engine's value."""
    computed: float          # the float64 result of the shown arithmetic
    engine: float            # the value in the trace
    tolerance: float         # largest difference float rounding of the engine's sum can explain
    dtype: str               # the engine's dtype, e.g. "float32"

    @property
    def difference(self) -> float:
        return abs(self.computed - self.engine)

    @property
    def matches_engine(self) -> bool:
        return self.difference <= self.tolerance

    @property
    def text(self) -> str:
        if self.tolerance == 0:
            return message(PICKED_SAME if self.matches_engine else PICKED_DIFFERENT, dtype=self.dtype,
                           engine=f"{self.engine:.9g}", shown=fmt(self.engine))
        return message(SUMMED_WITHIN if self.matches_engine else SUMMED_OUTSIDE, computed=f"{self.computed:.9g}",
                       dtype=self.dtype, engine=f"{self.engine:.9g}", difference=f"{self.difference:.2g}",
                       tolerance=f"{self.tolerance:.2g}", shown=fmt(self.engine))


@dataclass(frozen=True, eq=False)
class ChannelTerms:
    """One input channel's part of a convolution cell: patch ⊙ filter slice, summed."""
    channel: int
    patch: np.ndarray          # (KH, KW) input values under the filter, padding cells are 0
    is_padding: np.ndarray     # (KH, KW) bool: True where the cell is a padding zero, outside the input
    weights: np.ndarray        # (KH, KW) the weights as multiplied (rotated 180° when the layer flips)
    products: np.ndarray       # (KH, KW) patch * weights
    partial_sum: float


@dataclass(frozen=True, eq=False)
class InnerProduct:
    """The same numbers as two vectors: how much does this patch look like this filter?"""
    patch: np.ndarray          # (C*KH*KW,) in the order channel, row, column
    filter: np.ndarray         # (C*KH*KW,) same order, weights as multiplied
    dot: float
    patch_norm: float
    filter_norm: float
    cosine: float | None       # None when a vector is all zeros (the angle is undefined)

    @property
    def text(self) -> str:
        cosine = "undefined (a zero vector)" if self.cosine is None else fmt(self.cosine)
        return (f"patch · filter = {fmt(self.dot)};  |patch| = {fmt(self.patch_norm)};  "
                f"|filter| = {fmt(self.filter_norm)};  cosine = dot / (|patch| |filter|) = {cosine}")


@dataclass(frozen=True)
class ActivationStep:
    """The activation layer right after a cell, applied to the cell's value."""
    layer_name: str
    function: str
    input_value: float
    output_value: float        # float64 function of input_value
    agreement: Agreement       # against the activation layer's output in the trace

    @property
    def text(self) -> str:
        return f"{self.function}({fmt(self.input_value)}) = {fmt(self.output_value)}"


@dataclass(frozen=True, eq=False)
class ConvCell:
    """Output cell (n, f, i, j) of a Conv2D layer, with all its arithmetic."""
    layer_name: str
    index: tuple[int, int, int, int]
    input_name: str                 # the layer (or "input") whose output this layer reads
    input_shape: tuple[int, int, int]   # (C, H, W) of one sample of that input
    rows: tuple[int, ...]           # KH row indices on the input (negative or >= H: padding)
    cols: tuple[int, ...]           # KW column indices on the input
    stride: tuple[int, int]
    padding: tuple[int, int]
    flip: bool
    channels: tuple[ChannelTerms, ...]
    total: float                    # sum of the partial sums
    bias: float
    value: float                    # total + bias, float64
    agreement: Agreement
    inner_product: InnerProduct
    activation: ActivationStep | None
    similarity: str = "dot"         # "dot" (a convolution), or "cosine" / "rbf" (a similarity layer)
    score: float = 0.0              # the similarity before the bias: total for "dot"
    score_formula: str = ""         # how score comes from the numbers, for cosine and rbf
    gamma: float = 1.0              # rbf: score = exp(-gamma * |patch - filter|²)

    @property
    def squared_distance(self) -> float:
        """|patch - filter|² over every input channel (the filter as applied): what rbf similarity scores."""
        return float(sum(((c.patch.astype(np.float64) - c.weights) ** 2).sum() for c in self.channels))

    @property
    def kernel_size(self) -> tuple[int, int]:
        return len(self.rows), len(self.cols)

    @property
    def matches_engine(self) -> bool:
        return self.agreement.matches_engine and (self.activation is None or self.activation.agreement.matches_engine)

    @property
    def touches_padding(self) -> bool:
        return any(bool(c.is_padding.any()) for c in self.channels)

    @property
    def flip_note(self) -> str:
        if not self.flip:
            return message(CROSS_CORRELATION)
        return message(TRUE_CONVOLUTION)

    @property
    def formula(self) -> str:
        sums = signed_sum(c.partial_sum for c in self.channels)
        head = f"{sums} = {fmt(self.total)}" if len(self.channels) > 1 else fmt(self.total)
        if self.similarity != "dot":
            return f"sum {head};  {self.score_formula};  + bias {fmt(self.bias)}  = {fmt(self.value)}"
        return f"sum {head};  + bias {fmt(self.bias)}  = {fmt(self.value)}"


@dataclass(frozen=True, eq=False)
class PoolCell:
    """Output cell (n, c, i, j) of a Pool2D layer: the window it pooled and the result."""
    layer_name: str
    index: tuple[int, int, int, int]
    input_name: str
    mode: str                       # "max", "min" or "avg"
    adaptive: bool
    rows: tuple[int, ...]           # rows of the window on the input
    cols: tuple[int, ...]
    values: np.ndarray              # (len(rows), len(cols)) the pooled values
    winner: int | None              # row-major index in the window of the winner (max/min; first at ties)
    value: float                    # the pooled result, float64
    agreement: Agreement

    @property
    def winner_cell(self) -> tuple[int, int] | None:
        """(row, col) on the input of the winning cell."""
        if self.winner is None:
            return None
        u, v = divmod(self.winner, len(self.cols))
        return self.rows[u], self.cols[v]

    def display_window(self, max_side: int) -> tuple[int, int, int, int]:
        """[u0, u1) x [v0, v1) of at most max_side x max_side window cells to show, around the winner."""
        def span(size, centre):
            if size <= max_side:
                return 0, size
            start = min(max(centre - max_side // 2, 0), size - max_side)
            return start, start + max_side
        cu, cv = divmod(self.winner, len(self.cols)) if self.winner is not None else (0, 0)
        return (*span(len(self.rows), cu), *span(len(self.cols), cv))

    @property
    def matches_engine(self) -> bool:
        return self.agreement.matches_engine

    @property
    def formula(self) -> str:
        where = dict(count=self.values.size, top=self.rows[0], bottom=self.rows[-1], left=self.cols[0],
                     right=self.cols[-1], value=fmt(self.value))
        if self.mode == "avg":
            return message(AVERAGE_OF, total=fmt(self.values.sum()), **where)
        r, c = self.winner_cell
        return message(WINNER_OF[self.mode], row=r, col=c, **where)


@dataclass(frozen=True, eq=False)
class DenseOutput:
    """Output k of a Dense layer: the sum of every input feature's contribution, plus the bias."""
    layer_name: str
    index: tuple[int, int]
    class_name: str | None          # set when this output is a logit
    labels: tuple[str, ...]         # one per input feature, e.g. "pool1 map 0, row 1, col 0"
    values: np.ndarray              # (in,) input feature values
    weights: np.ndarray             # (in,) weight row k
    contributions: np.ndarray       # (in,) weights * values
    total: float                    # sum of the contributions
    bias: float
    value: float                    # total + bias
    agreement: Agreement
    activation: ActivationStep | None

    @property
    def order(self) -> np.ndarray:
        """Feature indices sorted by |contribution|, largest first (stable at ties)."""
        return np.argsort(-np.abs(self.contributions), kind="stable")

    def top(self, count: int) -> tuple[np.ndarray, int, float]:
        """The `count` largest contributions (feature indices), how many others there are and their sum."""
        order = self.order
        shown, rest = order[:count], order[count:]
        return shown, int(rest.size), float(self.contributions[rest].sum())

    @property
    def matches_engine(self) -> bool:
        return self.agreement.matches_engine

    @property
    def formula(self) -> str:
        what = f"logit of '{self.class_name}'" if self.class_name else f"output {self.index[1]}"
        return (f"{what} = sum of {self.contributions.size} contributions {fmt(self.total)} "
                f"+ bias {fmt(self.bias)} = {fmt(self.value)}")


@dataclass(frozen=True, eq=False)
class SoftmaxExplanation:
    """The softmax of one sample's logits, with the actual numbers."""
    index: int                      # sample n
    class_names: tuple[str, ...]
    logits: np.ndarray              # (K,)
    shift: float                    # max logit, subtracted first (it does not change the result)
    shifted: np.ndarray             # logits - shift
    exps: np.ndarray                # exp(shifted)
    total: float                    # sum of exps
    probabilities: np.ndarray       # exps / total, float64
    engine_probabilities: np.ndarray
    tolerance: float

    @property
    def percentages(self) -> np.ndarray:
        return 100.0 * self.probabilities

    def percent_text(self, k: int, decimals: int = 1) -> str:
        return f"{self.percentages[k]:.{decimals}f} %"

    @property
    def matches_engine(self) -> bool:
        return bool(np.all(np.abs(self.probabilities - self.engine_probabilities) <= self.tolerance))

    @property
    def shift_note(self) -> str:
        return message(SOFTMAX_SHIFT, shift=fmt(self.shift))

    def formula(self, k: int) -> str:
        shift = f"- {fmt(self.shift)}" if not fmt(self.shift).startswith("-") else f"+ {fmt(-self.shift)}"
        return (f"p({self.class_names[k]}) = exp({fmt(self.logits[k])} {shift}) / {fmt(self.total, 4)} "
                f"= {fmt(self.exps[k], 4)} / {fmt(self.total, 4)} = {fmt(self.probabilities[k], 4)} "
                f"= {self.percent_text(k)}")


@dataclass(frozen=True)
class ActivationCell:
    """A cell of an activation layer that does not follow a convolution or dense layer."""
    layer_name: str
    index: tuple[int, ...]
    step: ActivationStep

    @property
    def matches_engine(self) -> bool:
        return self.step.agreement.matches_engine


@dataclass(frozen=True)
class FlattenCell:
    """Feature k of a flatten layer: which cell of its input it is."""
    layer_name: str
    index: tuple[int, int]
    source_name: str
    source_index: tuple[int, ...]   # batched index into the flatten's input
    label: str
    value: float

    @property
    def matches_engine(self) -> bool:
        return True


@dataclass(frozen=True, eq=False)
class RegionMask:
    """Which cells of one layer's input a cell depends on."""
    layer_name: str                 # the layer reading this input
    input_name: str                 # the layer (or "input") that produced it
    mask: np.ndarray                # bool, one sample's input shape: (C, H, W) or (features,)


@dataclass(frozen=True, eq=False)
class ReceptiveField:
    """Every input cell a cell depends on, layer by layer down to the network's input."""
    layer_name: str
    index: tuple[int, ...]
    regions: tuple[RegionMask, ...]   # from the cell's own layer's input down to the network input
    input_mask: np.ndarray          # (H, W) bool on the network input, any channel

    @property
    def rows(self) -> tuple[int, int] | None:
        """[first, last + 1) rows of the bounding box on the input, or None if empty."""
        r = np.flatnonzero(self.input_mask.any(axis=1))
        return (int(r[0]), int(r[-1]) + 1) if r.size else None

    @property
    def cols(self) -> tuple[int, int] | None:
        c = np.flatnonzero(self.input_mask.any(axis=0))
        return (int(c[0]), int(c[-1]) + 1) if c.size else None


@dataclass(frozen=True)
class SizeFormula:
    """out = floor((n + 2p - k) / s) + 1 along one axis, filled in."""
    axis: str                       # "height" or "width"
    n: int
    kernel: int | None              # None for adaptive pooling
    stride: int | None
    padding: int
    out: int
    text: str


@dataclass(frozen=True)
class LayerParameters:
    layer_name: str
    kind: str
    weights: int
    biases: int
    input_size: int                 # values in one sample's input
    output_size: int
    formula: str                    # how the count comes about
    dense_equivalent: int | None    # in*out + out: a dense layer of the same input and output sizes
    comparison: str | None

    @property
    def total(self) -> int:
        return self.weights + self.biases


@dataclass(frozen=True)
class ParameterSummary:
    layers: tuple[LayerParameters, ...]
    total: int
    input_size: int
    classes: int
    dense_equivalent: int           # one dense layer from the input straight to the classes
    text: str


@dataclass(frozen=True)
class LayerSettings:
    """What the layer controls show for one layer: its settings and its output size, filled in."""
    layer_name: str
    kind: str                       # "conv2d" or "pool2d" (other kinds have no controls)
    input_shape: tuple[int, ...]
    output_shape: tuple[int, ...]
    kernel_size: tuple[int, int] | None = None
    stride: tuple[int, int] | None = None
    padding: tuple[int, int] = (0, 0)
    flip: bool = False
    activation: str | None = None   # conv: the function of the activation layer right after it
    activation_layer: str | None = None
    mode: str | None = None         # pool
    output_size: tuple[int, int] | None = None   # adaptive pool
    formulas: tuple[SizeFormula, ...] = ()
    parameters: LayerParameters | None = None
    similarity: str = "dot"         # conv: "dot", "cosine" or "rbf"
    gamma: float = 1.0              # conv with similarity "rbf"


# ---------------------------------------------------------------------------------------------
# helpers

def _eps(dtype) -> float:
    dtype = np.dtype(dtype)
    return float(np.finfo(dtype).eps) if np.issubdtype(dtype, np.floating) else 0.0


def _tolerance(terms_abs_sum: float, count: int, dtype, value: float) -> float:
    """Bound on the rounding of a float sum of `count` terms in `dtype`, plus storing the result."""
    eps = _eps(dtype)
    return (count + 2) * eps * terms_abs_sum + eps * abs(value) + 1e-30


def _step_index(trace: Trace, layer_name: str) -> int:
    for k, step in enumerate(trace.steps):
        if step.name == layer_name:
            return k
    names = ", ".join(s.name for s in trace.steps)
    raise ExplainError(message(NO_SUCH_LAYER, layer=repr(layer_name), layers=names))


def _input_name(trace: Trace, k: int) -> str:
    return trace.steps[k - 1].name if k > 0 else message(INPUT)


def _normalise_index(index, shape: tuple[int, ...], layer_name: str) -> tuple[int, ...]:
    index = tuple(int(v) for v in (index if np.ndim(index) else (index,)))
    if len(index) == len(shape) - 1:
        index = (0,) + index
    if len(index) != len(shape):
        raise ExplainError(message(INDEX_LENGTH, layer=layer_name, count=len(shape), shape=shape, index=index))
    for v, n in zip(index, shape):
        if not 0 <= v < n:
            raise ExplainError(message(INDEX_OUTSIDE, layer=layer_name, index=index, shape=shape))
    return index


def _cell(trace: Trace, layer_name: str, index, kind: type, other_kind) -> tuple[int, object, tuple[int, ...]]:
    """(the step's position, the step, the whole cell index (n, ...)) of a cell of a ``kind`` layer; a layer of
    another kind is an ExplainError with the message ``other_kind``."""
    k = _step_index(trace, layer_name)
    step = trace.steps[k]
    if not isinstance(step.layer, kind):
        raise ExplainError(message(other_kind, layer=layer_name, kind=step.layer.kind))
    return k, step, _normalise_index(index, step.output.shape, layer_name)


def _activation_after(trace: Trace, k: int, index, value: float) -> ActivationStep | None:
    if k + 1 >= len(trace.steps) or not isinstance(trace.steps[k + 1].layer, Activation):
        return None
    step = trace.steps[k + 1]
    return _activation_step(step, index, value)


def _activation_step(step, index, value: float) -> ActivationStep:
    function = step.layer.function
    out = float(ops.ACTIVATION_FUNCTIONS[function][0](np.array([value], dtype=np.float64))[0])
    engine_in = float(step.input[index])
    engine = float(step.output[index])
    # the engine applied the function to its own (rounded) input; functions here have slope <= 1
    tol = abs(engine_in - value) + 4 * _eps(step.output.dtype) * max(abs(out), 1e-30) + 1e-30
    if function in ("sigmoid", "tanh"):
        tol += 4 * _eps(step.output.dtype)
    return ActivationStep(step.name, function, value, out, Agreement(out, engine, tol, str(step.output.dtype)))


def feature_labels(trace: Trace, layer_name: str) -> tuple[str, ...]:
    """A readable name for each input feature of a (dense) layer.

    Behind a flatten of a (C, H, W) stack: "pool1 map c, row r, col q"; otherwise "relu2 feature k".
    """
    k = _step_index(trace, layer_name)
    features = trace.steps[k].input.shape[1]
    if k > 0 and isinstance(trace.steps[k - 1].layer, Flatten):
        flat = trace.steps[k - 1]
        source = _input_name(trace, k - 1)
        shape = flat.input.shape[1:]
        if len(shape) == 3:
            return tuple(message(MAP_CELL, source=source, map=c, row=r, col=q) for c, r, q in np.ndindex(*shape))
        return tuple(message(VALUE_OF, source=source, index=i) for i in range(features))
    return tuple(message(FEATURE_OF, source=_input_name(trace, k), index=i) for i in range(features))


# ---------------------------------------------------------------------------------------------
# explanations of single cells

def explain_conv(trace: Trace, layer_name: str, index) -> ConvCell:
    """Every number behind output cell (n, f, i, j) of a Conv2D layer."""
    k, step, (n, f, i, j) = _cell(trace, layer_name, index, Conv2D, NOT_A_CONVOLUTION)
    layer = step.layer
    x = step.input[n].astype(np.float64)                      # (C, H, W)
    c_in, h, w = x.shape
    kh, kw = layer.kernel_size
    (sh, sw), (ph, pw) = layer.stride, layer.padding
    rows = tuple(i * sh - ph + u for u in range(kh))
    cols = tuple(j * sw - pw + v for v in range(kw))
    row_ok = np.array([0 <= r < h for r in rows])
    col_ok = np.array([0 <= q < w for q in cols])
    inside = row_ok[:, None] & col_ok[None, :]
    kernel = layer.weight[f].astype(np.float64)
    if layer.flip:
        kernel = kernel[:, ::-1, ::-1]
    channels = []
    for c in range(c_in):
        patch = np.zeros((kh, kw))
        for u, r in enumerate(rows):
            for v, q in enumerate(cols):
                if inside[u, v]:
                    patch[u, v] = x[c, r, q]
        weights = np.array(kernel[c])
        products = patch * weights
        channels.append(ChannelTerms(c, patch, ~inside, weights, products, float(products.sum())))
    total = float(sum(ch.partial_sum for ch in channels))
    bias = float(layer.bias[f])
    pv = np.concatenate([ch.patch.ravel() for ch in channels])
    fv = np.concatenate([ch.weights.ravel() for ch in channels])
    pn, fn = float(np.linalg.norm(pv)), float(np.linalg.norm(fv))
    cosine = float(np.dot(pv, fv) / (pn * fn)) if pn > 0 and fn > 0 else None
    inner = InnerProduct(pv, fv, float(np.dot(pv, fv)), pn, fn, cosine)
    count, eps = c_in * kh * kw, _eps(step.output.dtype)
    abs_sum = sum(float(np.abs(ch.products).sum()) for ch in channels)
    similarity = getattr(layer, "similarity", "dot")
    if similarity == "cosine":
        cos_eps = float(getattr(ops, "COSINE_EPS", 1e-6))
        denominator = fn * pn + cos_eps
        score = total / denominator
        score_formula = (f"cosine = {fmt(total)} / (|filter| {fmt(fn)} x |patch| {fmt(pn)} + {cos_eps:g}) "
                         f"= {fmt(score)}")
        score_tol = (count + 2) * eps * (abs_sum + fn * pn) / denominator + 4 * eps * abs(score)
    elif similarity == "rbf":
        gamma = float(getattr(layer, "gamma", 1.0))
        distance_sq = float(((pv - fv) ** 2).sum())
        score = float(np.exp(-gamma * distance_sq))
        score_formula = (f"|patch - filter|² = {fmt(distance_sq)}; exp(-{gamma:g} x {fmt(distance_sq)}) "
                         f"= {fmt(score)}")
        # the engine forms |p|² - 2 p.w + |w|² in its dtype, then exp
        score_tol = gamma * score * (count + 2) * eps * (pn * pn + 2 * abs_sum + fn * fn) + 4 * eps * score
    else:
        score, score_formula, score_tol = total, "", 0.0
    value = score + bias
    if similarity == "dot":
        tol = _tolerance(abs_sum + abs(bias), count + 1, step.output.dtype, value)
    else:
        tol = score_tol + 2 * eps * (abs(score) + abs(bias) + abs(value)) + 1e-30
    agreement = Agreement(value, float(step.output[n, f, i, j]), tol, str(step.output.dtype))
    return ConvCell(layer_name, (n, f, i, j), _input_name(trace, k), (c_in, h, w), rows, cols, layer.stride,
                    layer.padding, layer.flip, tuple(channels), total, bias, value, agreement, inner,
                    _activation_after(trace, k, (n, f, i, j), value), similarity, score, score_formula,
                    float(getattr(layer, "gamma", 1.0)))


def explain_pool(trace: Trace, layer_name: str, index) -> PoolCell:
    """The window behind output cell (n, c, i, j) of a Pool2D layer, and its winner or average."""
    k, step, (n, c, i, j) = _cell(trace, layer_name, index, Pool2D, NOT_POOLING)
    layer = step.layer
    h, w = step.input.shape[2:]
    if layer.adaptive:
        oh, ow = layer.output_size
        r0, r1 = ops.adaptive_bins(h, oh)[i]
        c0, c1 = ops.adaptive_bins(w, ow)[j]
    else:
        (kh, kw), (sh, sw) = layer.size, layer.stride
        r0, r1, c0, c1 = i * sh, i * sh + kh, j * sw, j * sw + kw
    values = step.input[n, c, r0:r1, c0:c1].astype(np.float64)
    winner = None
    if layer.mode == "avg":
        value = float(values.mean())
        tol = _tolerance(float(np.abs(values).sum()) / values.size, values.size, step.output.dtype, value)
    else:
        winner = int(np.argmax(values) if layer.mode == "max" else np.argmin(values))   # first at ties
        value = float(values.ravel()[winner])
        tol = 0.0
    agreement = Agreement(value, float(step.output[n, c, i, j]), tol, str(step.output.dtype))
    return PoolCell(layer_name, (n, c, i, j), _input_name(trace, k), layer.mode, layer.adaptive,
                    tuple(range(r0, r1)), tuple(range(c0, c1)), values, winner, value, agreement)


def explain_dense(trace: Trace, layer_name: str, index) -> DenseOutput:
    """Output (n, k) of a Dense layer as the sum of weight * value over its input features, plus bias."""
    s, step, (n, k) = _cell(trace, layer_name, index, Dense, NOT_DENSE)
    layer = step.layer
    values = step.input[n].astype(np.float64)
    weights = layer.weight[k].astype(np.float64)
    contributions = weights * values
    total = float(contributions.sum())
    bias = float(layer.bias[k])
    value = total + bias
    tol = _tolerance(float(np.abs(contributions).sum()) + abs(bias), values.size + 1, step.output.dtype, value)
    agreement = Agreement(value, float(step.output[n, k]), tol, str(step.output.dtype))
    is_logits = s == logits_step_index(trace)
    class_name = trace.class_names[k] if is_logits and k < len(trace.class_names) else None
    return DenseOutput(layer_name, (n, k), class_name, feature_labels(trace, layer_name), values, weights,
                       contributions, total, bias, value, agreement, _activation_after(trace, s, (n, k), value))


def explain_softmax(trace: Trace, n: int = 0) -> SoftmaxExplanation:
    """exp of each logit (shifted by the largest), their sum, and each probability = exp / sum."""
    if not 0 <= n < trace.logits.shape[0]:
        raise ExplainError(message(SAMPLE_OUTSIDE, sample=n, batch=trace.logits.shape[0]))
    logits = trace.logits[n].astype(np.float64)
    shift = float(logits.max())
    shifted = logits - shift
    exps = np.exp(shifted)
    total = float(exps.sum())
    probabilities = exps / total
    engine = trace.probabilities[n].astype(np.float64)
    tol = 8 * logits.size * _eps(trace.probabilities.dtype) * max(1.0, float(np.abs(logits).max()))
    return SoftmaxExplanation(n, tuple(trace.class_names), logits, shift, shifted, exps, total, probabilities,
                              engine, tol)


def explain_class(trace: Trace, class_index: int, n: int = 0) -> tuple[DenseOutput | None, SoftmaxExplanation]:
    """For one class: its logit's contributions (when the logits come from a dense layer) and the softmax."""
    if not 0 <= class_index < len(trace.class_names):
        raise ExplainError(message(NO_SUCH_CLASS, index=class_index, classes=", ".join(trace.class_names)))
    step = trace.steps[logits_step_index(trace)]
    dense = explain_dense(trace, step.name, (n, class_index)) if isinstance(step.layer, Dense) else None
    return dense, explain_softmax(trace, n)


def logits_step_index(trace: Trace) -> int:
    last = len(trace.steps) - 1
    return last - 1 if isinstance(trace.steps[last].layer, Softmax) else last


def source_conv_cell(trace: Trace, layer_name: str, index) -> tuple[str, tuple[int, ...]] | None:
    """Map a cell of an activation layer back through element-wise layers to the conv (or dense)
    cell that produced it: (layer name, index), or None if there is none."""
    k = _step_index(trace, layer_name)
    index = _normalise_index(index, trace.steps[k].output.shape, layer_name)
    while k > 0 and isinstance(trace.steps[k].layer, Activation):
        k -= 1
    if isinstance(trace.steps[k].layer, (Conv2D, Dense)):
        return trace.steps[k].name, index
    return None


def explain_cell(trace: Trace, layer_name: str, index):
    """Explain any cell: ConvCell, PoolCell, DenseOutput, ActivationCell, FlattenCell or
    SoftmaxExplanation. A cell of an activation layer right after a conv or dense layer is
    explained as that layer's cell (its ``activation`` holds the activation step)."""
    k = _step_index(trace, layer_name)
    step = trace.steps[k]
    layer = step.layer
    if isinstance(layer, Conv2D):
        return explain_conv(trace, layer_name, index)
    if isinstance(layer, Pool2D):
        return explain_pool(trace, layer_name, index)
    if isinstance(layer, Dense):
        return explain_dense(trace, layer_name, index)
    if isinstance(layer, Softmax):
        n = _normalise_index(index, step.output.shape, layer_name)[0]
        return explain_softmax(trace, n)
    if isinstance(layer, Activation):
        idx = _normalise_index(index, step.output.shape, layer_name)
        if k > 0 and isinstance(trace.steps[k - 1].layer, (Conv2D, Dense)):
            return explain_cell(trace, trace.steps[k - 1].name, idx)
        return ActivationCell(layer_name, idx, _activation_step(step, idx, float(step.input[idx])))
    if isinstance(layer, Flatten):
        n, q = _normalise_index(index, step.output.shape, layer_name)
        source = tuple(int(v) for v in np.unravel_index(q, step.input.shape[1:]))
        name = _input_name(trace, k)
        if len(source) == 3:
            label = message(MAP_CELL, source=name, map=source[0], row=source[1], col=source[2])
        else:
            label = message(VALUE_OF, source=name, index=q)
        return FlattenCell(layer_name, (n, q), name, (n,) + source, label, float(step.output[n, q]))
    if isinstance(layer, Standardize):                       # beside, in explain_standardize
        from .explain_standardize import explain_standardize
        return explain_standardize(trace, layer_name, index)
    if isinstance(layer, (ConvTranspose2D, Upsample)):     # beside, in explain_transpose
        from .explain_transpose import explain_transposed_conv, explain_upsample
        explain_new = explain_transposed_conv if isinstance(layer, ConvTranspose2D) else explain_upsample
        return explain_new(trace, layer_name, index)
    raise ExplainError(message(CANNOT_EXPLAIN, layer=layer_name, kind=layer.kind))


# ---------------------------------------------------------------------------------------------
# receptive fields

def receptive_field(trace: Trace, layer_name: str, index) -> ReceptiveField:
    """Every input cell that can change the cell (n, ...) of a layer, through the whole network.

    ``regions`` holds one mask per layer input, starting at the layer's own input; ``input_mask``
    is the (H, W) region on the network's input, for highlighting on the input grid.
    """
    k = _step_index(trace, layer_name)
    idx = _normalise_index(index, trace.steps[k].output.shape, layer_name)
    mask = np.zeros(trace.steps[k].output.shape[1:], dtype=bool)
    mask[idx[1:]] = True
    regions = []
    for s in range(k, -1, -1):
        step = trace.steps[s]
        mask = layer_input_mask(step.layer, mask, step.input.shape[1:])
        regions.append(RegionMask(step.name, _input_name(trace, s), mask))
    input_mask = mask.any(axis=0) if mask.ndim == 3 else mask
    return ReceptiveField(layer_name, idx, tuple(regions), input_mask)


# ---------------------------------------------------------------------------------------------
# sizes and parameter counts (from the model, no forward pass needed)

def output_size_formula(n: int, kernel: int, stride: int = 1, padding: int = 0, axis: str = "height") -> SizeFormula:
    """out = floor((n + 2p - k) / s) + 1 with the numbers filled in."""
    out = ops.output_size(n, kernel, stride, padding)
    text = message(SIZE_FORMULA if out >= 1 else SIZE_FORMULA_EMPTY, n=n, padded=2 * padding, kernel=kernel,
                   stride=stride, out=out, cells=n + 2 * padding)
    return SizeFormula(axis, n, kernel, stride, padding, out, text)


def _adaptive_formula(n: int, bins: int, axis: str) -> SizeFormula:
    edges = ", ".join(f"[{a}, {b})" for a, b in ops.adaptive_bins(n, bins)) if n >= bins else "none"
    text = message(ADAPTIVE_FORMULA, bins=bins, n=n, edges=edges)
    return SizeFormula(axis, n, None, None, 0, bins if n >= bins else 0, text)


def layer_input_shape(model: Sequential, layer_name: str) -> tuple[int, ...]:
    names = [layer.name for layer in model.layers]
    if layer_name not in names:
        raise ExplainError(message(NO_LAYER_NAMED, layer=repr(layer_name), layers=", ".join(names)))
    k = names.index(layer_name)
    return tuple(model.input_shape) if k == 0 else tuple(model.shapes()[k - 1])


def size_formulas(model: Sequential, layer_name: str) -> tuple[SizeFormula, ...]:
    """One filled-in output-size formula per spatial axis of a conv or pool layer (empty otherwise)."""
    layer = model.layer(layer_name)
    shape = layer_input_shape(model, layer_name)
    if len(shape) != 3:
        return ()
    _, h, w = shape
    if isinstance(layer, Conv2D):
        return tuple(output_size_formula(n, k, s, p, axis) for axis, n, k, s, p in
                     zip(("height", "width"), (h, w), layer.kernel_size, layer.stride, layer.padding))
    if isinstance(layer, Pool2D):
        if layer.adaptive:
            return tuple(_adaptive_formula(n, b, axis)
                         for axis, n, b in zip(("height", "width"), (h, w), layer.output_size))
        return tuple(output_size_formula(n, k, s, 0, axis) for axis, n, k, s in
                     zip(("height", "width"), (h, w), layer.size, layer.stride))
    return ()


def _layer_parameters(layer: Layer, in_shape, out_shape) -> LayerParameters:
    in_size, out_size = int(np.prod(in_shape)), int(np.prod(out_shape))
    if isinstance(layer, Conv2D):
        f, c, kh, kw = layer.weight.shape
        weights, biases = f * c * kh * kw, f
        formula = message(CONV_PARAMETERS, filters=f, channels=c, height=kh, width=kw, weights=weights, biases=biases,
                          total=weights + biases)
    elif isinstance(layer, Dense):
        weights, biases = layer.weight.size, layer.bias.size
        formula = message(DENSE_PARAMETERS, outputs=layer.out_features, inputs=layer.in_features, weights=weights,
                          biases=biases, total=weights + biases)
    else:
        weights = biases = 0
        formula = message(NO_PARAMETERS)
    dense_equivalent = comparison = None
    if isinstance(layer, Conv2D):
        dense_equivalent = in_size * out_size + out_size
        comparison = message(DENSE_EQUIVALENT, inputs=f"{in_size:,}", outputs=f"{out_size:,}",
                             parameters=f"{dense_equivalent:,}",
                             times=f"{dense_equivalent / max(weights + biases, 1):,.0f}")
    return LayerParameters(layer.name, layer.kind, int(weights), int(biases), in_size, out_size, formula,
                           dense_equivalent, comparison)


def layer_parameters(trace: Trace, layer_name: str) -> LayerParameters:
    """Parameter count of one layer of a forward pass, with the fully-connected comparison."""
    step = trace.steps[_step_index(trace, layer_name)]
    return _layer_parameters(step.layer, step.input.shape[1:], step.output.shape[1:])


def parameter_counts(model: Sequential | Trace) -> ParameterSummary:
    """Parameters per layer and in total (of a model, or of the model behind a trace), with the
    fully-connected comparison."""
    if isinstance(model, Trace):
        layers = tuple(_layer_parameters(s.layer, s.input.shape[1:], s.output.shape[1:]) for s in model.steps)
        input_size = int(np.prod(model.input.shape[1:]))
    else:
        shapes = model.shapes()
        ins = [tuple(model.input_shape)] + shapes[:-1]
        layers = tuple(_layer_parameters(layer, i, o) for layer, i, o in zip(model.layers, ins, shapes))
        input_size = int(np.prod(model.input_shape))
    total = sum(p.total for p in layers)
    classes = len(model.class_names)
    dense_equivalent = input_size * classes + classes
    lines = [f"{p.layer_name}: {p.formula}" for p in layers if p.total]
    lines.append(f"total: {' + '.join(str(p.total) for p in layers if p.total) or '0'} = {total:,} parameters")
    lines.append(f"one dense layer from the {input_size:,} input values straight to the {classes} classes would "
                 f"have {input_size:,} x {classes} + {classes} = {dense_equivalent:,}")
    return ParameterSummary(layers, int(total), input_size, classes, dense_equivalent, "\n".join(lines))


def layer_settings(model: Sequential, layer_name: str) -> LayerSettings:
    """The settings and filled-in output sizes of a conv or pool layer, for the layer controls."""
    layer = model.layer(layer_name)
    k = model.layers.index(layer)
    shapes = model.shapes()
    in_shape = layer_input_shape(model, layer_name)
    params = _layer_parameters(layer, in_shape, shapes[k])
    formulas = size_formulas(model, layer_name)
    if isinstance(layer, Conv2D):
        nxt = model.layers[k + 1] if k + 1 < len(model.layers) else None
        act = nxt if isinstance(nxt, Activation) else None
        return LayerSettings(layer_name, "conv2d", in_shape, shapes[k], layer.kernel_size, layer.stride,
                             layer.padding, layer.flip, act.function if act else "identity",
                             act.name if act else None, formulas=formulas, parameters=params,
                             similarity=getattr(layer, "similarity", "dot"), gamma=float(getattr(layer, "gamma", 1.0)))
    if isinstance(layer, Pool2D):
        return LayerSettings(layer_name, "pool2d", in_shape, shapes[k], layer.size, layer.stride,
                             mode=layer.mode, output_size=layer.output_size, formulas=formulas, parameters=params)
    raise ExplainError(message(NO_CONTROLS, layer=layer_name, kind=layer.kind))
