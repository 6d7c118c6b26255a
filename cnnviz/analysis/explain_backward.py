"""The arithmetic behind every number of a backward pass, as plain data for the inspector.

``explain.py`` explains how the forward pass computed a cell; this file explains how the backward pass
computed a gradient, from a ``cnnviz.engine.Gradients`` (the loss -log p[target] of one drawing):

    explain_weight_gradient(g, "conv1", (f, c, u, v))   dL/dw as the sum over every position of the filter
                                                          of upstream gradient x input value under that weight:
                                                          the forward pass's sliding window, now over dL/dy
    explain_weight_gradient(g, "dense", (k, j))         dL/dW[k, j] = dL/dz[k] x x[j]
    explain_bias_gradient(g, "conv1", f)                the sum of the upstream gradient over map f (dense:
                                                          dL/db[k] = dL/dz[k]; for the logits p[k] - y[k])
    explain_gradient(g, stage, index)                   dL/d(stage's output)[index], from the layer after it:
        softmax (the last step)   -1 / p[target] at the target class, 0 elsewhere
        the logits                softmax - one-hot, p[k] - y[k]
        -> activation             ReLU's gate (passes or blocks), or f'(x) for the others
        -> max / min pooling      routed to the winning cell of each window only; average: shared evenly
        -> convolution            a full convolution of the upstream gradient with the filter rotated 180°
        -> dense                  sum over outputs k of dL/dz[k] x W[k, j]
        -> flatten -> dense       the same, for feature j = (channel, row, column) in flatten order (the
                                  flatten step is not a map of its own)
        -> flatten                the same number, in (channel, row, column) order
        -> standardize            upstream / std[c]
        (a transposed convolution or upsampling after the stage: a BackwardExplainError saying so)

Each explanation holds its terms (arrays), their float64 sum ``value``, the engine's own number and an
``Agreement`` (does the sum equal the engine's value to float rounding?), and says itself as
``cnnviz.messages`` Messages: ``formula`` with the numbers filled in, ``meaning`` in words. Numbers in
messages are shown to ``SIGNIFICANT`` significant digits by ``shown`` (the interface should format map
values with it too); the result a formula shows is the engine's number, so the gradient in the inspector
equals the one on the map to the last displayed digit, and the terms add up to it within float rounding. Indices may include the sample
(always 0) or not. Pure NumPy: no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine import ops
from ..engine.gradients import Gradients
from ..engine.layers import Activation, Conv2D, Dense, Flatten, Pool2D, Softmax, Standardize
from ..messages import Message, MessageError, message, template
from .explain import Agreement

SIGNIFICANT = 4
BIAS_TERMS = 6           # a conv bias's formula lists its non-zero terms up to this many

NO_SUCH_LAYER = template("no layer named '{layer}' in this backward pass (layers: {names})")
NOT_A_PARAMETER_LAYER = template("layer '{layer}' is a {kind} layer; only convolution and dense layers have "
                                 "weights and biases")
BAD_CELL = template("layer '{layer}': cell {index} is outside its shape {shape}")
BAD_WEIGHT = template("layer '{layer}': weight {index} is outside its shape {shape}")
BAD_BIAS = template("layer '{layer}': bias {index} is outside its shape {shape}")

SOFTMAX_TARGET = template("∂L/∂p({name}) = -1 / p({name}) = -1 / {p} = {value}")
SOFTMAX_OTHER = template("∂L/∂p({name}) = 0: the loss -log p({target}) looks only at the target class's "
                         "probability")
LOGIT = template("∂L/∂z({name}) = p({name}) - y({name}) = {p} - {y} = {value}")
LOGIT_MEANING = template("The backward pass starts here: softmax minus one-hot. A positive gradient says "
                         "\"lower this logit\", a negative one \"raise it\"; only the target class ({target}) "
                         "is negative.")
RELU_PASSES = template("ReLU passed its input {x} > 0 forward, so it passes the gradient back unchanged: "
                       "{upstream} × 1 = {value}")
RELU_BLOCKS = template("ReLU blocked its input {x} ≤ 0 (output 0), so it blocks the gradient too: "
                       "{upstream} × 0 = 0")
ACTIVATION_SLOPE = template("{function}'({x}) = {slope}; upstream {upstream} × {slope} = {value}")
POOL_WINNER = template("{mode}-pooling routes each window's gradient to its winning cell only: this cell won "
                       "{won} of the {windows} windows it is in; sum {terms} = {value}")
POOL_LOSER = template("{mode}-pooling routes each window's gradient to its winning cell only: this cell did "
                      "not win any of the {windows} windows it is in, so its gradient is 0")
POOL_AVERAGE = template("average pooling spreads each window's gradient evenly over its {size} cells: "
                        "sum over {windows} windows of upstream × 1/{size} = {terms} = {value}")
CONV_INPUT = template("∂L/∂x = sum over {filters} filters of (upstream gradient window × filter rotated 180°): "
                      "{terms} = {value}")
CONV_INPUT_MEANING = template("The gradient flows back through the same weights: a full convolution of the "
                              "upstream gradient (padded by kernel - 1 - padding) with each filter rotated by "
                              "180°.")
CONV_INPUT_STRIDED = template("The gradient flows back through the same weights: with stride {stride} the "
                              "upstream gradient is first spread out, {gaps} zeros between its cells, then fully "
                              "convolved with each filter rotated by 180°.")
SIMILARITY_INPUT = template("∂L/∂x = sum over every filter position covering this cell of (upstream gradient × "
                            "∂{similarity}/∂x there): {terms} = {value}")
DENSE_INPUT = template("∂L/∂x[{feature}] = sum over {outputs} outputs of ∂L/∂z[k] × W[k, {feature}] = "
                       "{terms} = {value}")
FLATTEN = template("Flatten only reorders: this is feature {feature} of the gradient below, {value}")
STANDARDIZE = template("{layer} computed y = (x - {mean}) / {std} on this channel, so ∂L/∂x = ∂L/∂y / {std} = "
                       "{upstream} / {std} = {value}")
NO_EXPLANATION = template("the inspector does not explain gradients through a {kind} layer ('{layer}') yet; the "
                          "engine's value is {value}")
FLATTEN_DENSE = template("{flatten} only reorders: this cell is input feature {feature} of the dense layer {dense}, "
                         "so its gradient comes straight back from {dense}.")
CONV_WEIGHT = template("∂L/∂w = sum over the {positions} positions of the filter of (upstream gradient × input "
                       "value under this weight) = {value}")
SIMILARITY_WEIGHT = template("∂L/∂w = sum over the {positions} positions of the filter of (upstream gradient × "
                             "∂{similarity}/∂w there) = {value}")
CONV_WEIGHT_MEANING = template("Does the filter slide over the input again when it learns? Yes: to find how "
                               "to change this weight, the same window slides over the same input, and each "
                               "input value under the weight is multiplied by the gradient arriving at that "
                               "output cell instead of by the weight.")
DENSE_WEIGHT = template("∂L/∂W[{k}, {j}] = ∂L/∂z[{k}] × x[{j}] = {upstream} × {x} = {value}")
BIAS = template("∂L/∂b[{f}] = sum of the upstream gradient ∂L/∂y over the {cells} cells of map {f}: {terms} = "
                "{value}")
BIAS_MANY = template("∂L/∂b[{f}] = sum of the upstream gradient ∂L/∂y over the {cells} cells of map {f} ({nonzero} "
                     "of them not 0, the largest in the table) = {value}")
BIAS_MEANING = template("The bias b[{f}] is added to every one of the {cells} cells of map {f}, so raising it "
                        "raises them all: its gradient is the sum of the gradients arriving at them. The weights "
                        "slide over the input; the bias has no input to multiply by.")
DENSE_BIAS = template("∂L/∂b[{k}] = ∂L/∂z[{k}] = {value}")
DENSE_BIAS_LOGIT = template("∂L/∂b[{k}] = ∂L/∂z({name}) = p({name}) - y({name}) = {p} - {y} = {value}")
DENSE_BIAS_MEANING = template("The bias b[{k}] is added to output {k} alone, with nothing to multiply by: its "
                              "gradient is the gradient arriving at that output, ∂L/∂z[{k}].")
ROUNDING = template("Gradients are shown to {digits} significant digits; sums are computed from the unrounded "
                    "values (float64), so the shown terms add up to the shown result only to within its last digit.")
CHECK = template("computed exactly (float64): {computed}; the engine's backward pass ({dtype}) gives {engine}; "
                 "shown as {shown}")
CHECK_OUTSIDE = template("computed exactly (float64): {computed}; the engine's backward pass ({dtype}) gives "
                         "{engine}, a DIFFERENCE of {difference}, beyond {dtype} rounding (±{tolerance}); shown as "
                         "{shown}")


class BackwardExplainError(MessageError):
    """The layer, parameter or cell to explain does not exist."""


def shown(value: float) -> str:
    """A gradient as displayed: SIGNIFICANT significant digits, never "-0"."""
    text = f"{float(value):.{SIGNIFICANT}g}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def signed_terms(values) -> str:
    """Terms of a sum as displayed: "0.25 - 0.0141 + 3e-05"."""
    text = ""
    for k, value in enumerate(values):
        part = shown(value)
        text = part if k == 0 else text + (f" - {part[1:]}" if part.startswith("-") else f" + {part}")
    return text or "0"


def rounding_note() -> Message:
    """How gradients are displayed (the inspector's footer)."""
    return message(ROUNDING, digits=SIGNIFICANT)


def check_text(agreement: Agreement) -> Message:
    """The shown arithmetic against the engine's number, for the inspector's footer."""
    if agreement.matches_engine:
        return message(CHECK, computed=f"{agreement.computed:.9g}", dtype=agreement.dtype,
                       engine=f"{agreement.engine:.9g}", shown=shown(agreement.engine))
    return message(CHECK_OUTSIDE, computed=f"{agreement.computed:.9g}", dtype=agreement.dtype,
                   engine=f"{agreement.engine:.9g}", difference=f"{agreement.difference:.2g}",
                   tolerance=f"{agreement.tolerance:.2g}", shown=shown(agreement.engine))


# ---------------------------------------------------------------------------------------------
# dataclasses (those holding arrays compare by identity: eq=False)

@dataclass(frozen=True, eq=False)
class ConvWeightGradient:
    """dL/dw[f, c, u, v] of a conv layer: one term per output cell (i, j) of map f."""
    layer_name: str
    index: tuple[int, int, int, int]        # (f, c, u, v) of the stored weight
    similarity: str
    input_rows: tuple[int, ...]             # (OH,) input row under the weight at output row i (<0 or >=H: padding)
    input_cols: tuple[int, ...]             # (OW,)
    upstream: np.ndarray                    # (OH, OW) dL/dy[f], the gradient arriving at each output cell
    under: np.ndarray                       # (OH, OW) input value under this weight at each position (0 in padding)
    local: np.ndarray                       # (OH, OW) dy/dw at each position: `under` for a convolution
    products: np.ndarray                    # upstream * local
    value: float
    agreement: Agreement

    @property
    def formula(self) -> Message:
        if self.similarity == "dot":
            return message(CONV_WEIGHT, positions=self.products.size, value=shown(self.agreement.engine))
        return message(SIMILARITY_WEIGHT, positions=self.products.size, similarity=self.similarity,
                       value=shown(self.agreement.engine))

    @property
    def meaning(self) -> Message:
        return message(CONV_WEIGHT_MEANING)


@dataclass(frozen=True, eq=False)
class DenseWeightGradient:
    """dL/dW[k, j] of a dense layer: the upstream gradient of output k times input feature j."""
    layer_name: str
    index: tuple[int, int]
    upstream: float
    x: float
    value: float
    agreement: Agreement

    @property
    def formula(self) -> Message:
        k, j = self.index
        return message(DENSE_WEIGHT, k=k, j=j, upstream=shown(self.upstream), x=shown(self.x), value=shown(self.agreement.engine))


@dataclass(frozen=True, eq=False)
class BiasGradient:
    """dL/db[f]: the sum of the upstream gradient over map f (conv), or output f's own gradient (dense); for the
    logits layer that is p[f] - y[f], given as ``logit``."""
    layer_name: str
    index: int
    upstream: np.ndarray                    # (OH, OW) for a conv, (1,) for a dense layer
    value: float
    agreement: Agreement
    logit: LogitGradient | None = None    # a dense layer whose outputs are the logits: softmax - one-hot there

    @property
    def dense(self) -> bool:
        return self.upstream.ndim == 1

    @property
    def formula(self) -> Message:
        value = shown(self.agreement.engine)
        if self.dense and self.logit is not None:
            return message(DENSE_BIAS_LOGIT, k=self.index, name=self.logit.class_name,
                           p=shown(self.logit.probability), y=shown(self.logit.one_hot), value=value)
        if self.dense:
            return message(DENSE_BIAS, k=self.index, value=value)
        terms = self.upstream[self.upstream != 0]
        if terms.size > BIAS_TERMS:
            return message(BIAS_MANY, f=self.index, cells=self.upstream.size, nonzero=terms.size, value=value)
        return message(BIAS, f=self.index, cells=self.upstream.size, terms=signed_terms(terms), value=value)

    @property
    def meaning(self) -> Message:
        if self.dense:
            return message(DENSE_BIAS_MEANING, k=self.index)
        return message(BIAS_MEANING, f=self.index, cells=self.upstream.size)


@dataclass(frozen=True, eq=False)
class SoftmaxGradient:
    """dL/dp[k] at the softmax output."""
    stage: str
    index: tuple[int, int]
    class_name: str
    target: str
    probability: float
    value: float
    agreement: Agreement

    @property
    def formula(self) -> Message:
        if self.class_name != self.target:
            return message(SOFTMAX_OTHER, name=self.class_name, target=self.target)
        return message(SOFTMAX_TARGET, name=self.class_name, p=shown(self.probability), value=shown(self.agreement.engine))


@dataclass(frozen=True, eq=False)
class LogitGradient:
    """dL/dz[k] = p[k] - y[k]: where the backward pass starts."""
    stage: str
    index: tuple[int, int]
    class_name: str
    target: str
    probability: float
    one_hot: float
    value: float
    agreement: Agreement

    @property
    def formula(self) -> Message:
        return message(LOGIT, name=self.class_name, p=shown(self.probability), y=shown(self.one_hot),
                       value=shown(self.agreement.engine))

    @property
    def meaning(self) -> Message:
        return message(LOGIT_MEANING, target=self.target)


@dataclass(frozen=True, eq=False)
class ActivationGradient:
    """Through an activation: upstream x f'(x). For ReLU, f' is a gate: 1 (passes) or 0 (blocks)."""
    stage: str
    index: tuple[int, ...]
    activation: str                         # the activation layer's name
    function: str
    x: float                                # the activation's input (this stage's output)
    upstream: float
    slope: float                            # f'(x)
    value: float
    agreement: Agreement

    @property
    def passes(self) -> bool:
        """For ReLU: the gate is open (x > 0)."""
        return self.x > 0

    @property
    def formula(self) -> Message:
        if self.function == "relu":
            template_ = RELU_PASSES if self.passes else RELU_BLOCKS
            return message(template_, x=shown(self.x), upstream=shown(self.upstream), value=shown(self.agreement.engine))
        return message(ACTIVATION_SLOPE, function=self.function, x=shown(self.x), slope=shown(self.slope),
                       upstream=shown(self.upstream), value=shown(self.agreement.engine))


@dataclass(frozen=True)
class PoolShare:
    """One pooling window containing the cell: its upstream gradient and the cell's share of it."""
    window: tuple[int, int]                 # (i, j) on the pooled map
    rows: tuple[int, ...]                   # the window's rows and columns on this stage
    cols: tuple[int, ...]
    winner: tuple[int, int] | None          # (row, col) of the window's winner (max/min), None for avg
    upstream: float
    share: float                            # 1 or 0 (winner or not), 1/size (avg)

    @property
    def product(self) -> float:
        return self.upstream * self.share


@dataclass(frozen=True, eq=False)
class PoolGradient:
    """Through pooling: the sum over the windows containing the cell of upstream x share."""
    stage: str
    index: tuple[int, int, int, int]
    pool: str                               # the pooling layer's name
    mode: str
    windows: tuple[PoolShare, ...]
    value: float
    agreement: Agreement

    @property
    def formula(self) -> Message:
        terms = signed_terms(w.product for w in self.windows)
        if self.mode == "avg":
            size = len(self.windows[0].rows) * len(self.windows[0].cols) if self.windows else 1
            return message(POOL_AVERAGE, size=size, windows=len(self.windows), terms=terms, value=shown(self.agreement.engine))
        won = sum(1 for w in self.windows if w.share)
        if not won:
            return message(POOL_LOSER, mode=self.mode, windows=len(self.windows))
        return message(POOL_WINNER, mode=self.mode, won=won, windows=len(self.windows),
                       terms=signed_terms(w.product for w in self.windows if w.share), value=shown(self.agreement.engine))


@dataclass(frozen=True, eq=False)
class ConvInputGradient:
    """Through a convolution, in the orientation of a full convolution with the rotated filter:
    entry [f, r, t] pairs the upstream gradient of the output cell whose window put filter f's weight
    (KH-1-r, KW-1-t) (as multiplied) on this cell, with that weight."""
    stage: str
    index: tuple[int, int, int, int]        # (0, c, h, w) on this stage
    conv: str                               # the convolution's name
    similarity: str
    stride: tuple[int, int]
    upstream: np.ndarray                    # (F, KH, KW) upstream gradient in the window, 0 where no output cell
    has_cell: np.ndarray                    # (F, KH, KW) bool: an output cell's window covers this cell there
    cells: np.ndarray                       # (F, KH, KW, 2) that output cell (i, j), -1 where none
    weights: np.ndarray                     # (F, KH, KW) the filter rotated 180° (dot), or dy/dx there (cosine, rbf)
    products: np.ndarray                    # upstream * weights
    partial_sums: np.ndarray                # (F,) one per filter
    value: float
    agreement: Agreement

    @property
    def formula(self) -> Message:
        terms = signed_terms(self.partial_sums)
        if self.similarity != "dot":
            return message(SIMILARITY_INPUT, similarity=self.similarity, terms=terms, value=shown(self.agreement.engine))
        return message(CONV_INPUT, filters=len(self.partial_sums), terms=terms, value=shown(self.agreement.engine))

    @property
    def meaning(self) -> Message:
        if self.stride == (1, 1):
            return message(CONV_INPUT_MEANING)
        stride = f"{self.stride[0]}" if self.stride[0] == self.stride[1] else f"{self.stride[0]}×{self.stride[1]}"
        return message(CONV_INPUT_STRIDED, stride=stride, gaps=max(self.stride) - 1)


@dataclass(frozen=True, eq=False)
class DenseInputGradient:
    """Through a dense layer: dL/dx[j] = sum over outputs k of dL/dz[k] x W[k, j]."""
    stage: str
    index: tuple[int, int]
    dense: str
    upstream: np.ndarray                    # (K,)
    weights: np.ndarray                     # (K,) column j of W
    products: np.ndarray
    value: float
    agreement: Agreement
    flatten: str | None = None              # a flatten between this stage and the dense layer (the cell's name
    feature: int | None = None              # there: feature j of the dense layer's input)

    @property
    def formula(self) -> Message:
        return message(DENSE_INPUT, feature=self.index[1] if self.feature is None else self.feature,
                       outputs=self.upstream.size, terms=signed_terms(self.products),
                       value=shown(self.agreement.engine))

    @property
    def meaning(self) -> Message | None:
        if self.flatten is None:
            return None
        return message(FLATTEN_DENSE, flatten=self.flatten, feature=self.feature, dense=self.dense)


@dataclass(frozen=True, eq=False)
class FlattenGradient:
    """Through a flatten: the same number as feature ``feature`` of the gradient below it."""
    stage: str
    index: tuple[int, ...]
    feature: int
    value: float
    agreement: Agreement

    @property
    def formula(self) -> Message:
        return message(FLATTEN, feature=self.feature, value=shown(self.agreement.engine))


@dataclass(frozen=True, eq=False)
class StandardizeGradient:
    """Through a Standardize layer: dL/dx = dL/dy / std[c] (the mean only shifts)."""
    stage: str
    index: tuple[int, ...]
    layer: str
    mean: float
    std: float
    upstream: float
    value: float
    agreement: Agreement

    @property
    def formula(self) -> Message:
        return message(STANDARDIZE, layer=self.layer, mean=shown(self.mean), std=shown(self.std),
                       upstream=shown(self.upstream), value=shown(self.agreement.engine))


# ---------------------------------------------------------------------------------------------
# helpers

def _eps(dtype) -> float:
    return float(np.finfo(np.dtype(dtype)).eps) if np.dtype(dtype).kind == "f" else 0.0


def _agreement(value: float, engine, terms_abs_sum: float, count: int) -> Agreement:
    """The float64 sum against the engine's number, within the rounding of a ``count``-term sum."""
    dtype = np.asarray(engine).dtype
    eps = _eps(dtype)
    tolerance = (count + 2) * eps * terms_abs_sum + eps * abs(value) + 1e-30
    return Agreement(float(value), float(engine), tolerance, str(dtype))


def _step_index(grads: Gradients, name: str) -> int:
    for k, step in enumerate(grads.trace.steps):
        if step.name == name:
            return k
    raise BackwardExplainError(message(NO_SUCH_LAYER, layer=name, names=", ".join(
        ["input"] + [s.name for s in grads.trace.steps])))


def _index(index, shape: tuple[int, ...], layer: str, sentence: str = BAD_CELL, batched: bool = True
           ) -> tuple[int, ...]:
    index = tuple(int(v) for v in (index if np.ndim(index) else (index,)))
    if batched and len(index) == len(shape) - 1:
        index = (0,) + index
    if len(index) != len(shape) or not all(0 <= v < n for v, n in zip(index, shape)):
        raise BackwardExplainError(message(sentence, layer=layer, index=index, shape=tuple(shape)))
    return index


def _parameter_layer(grads: Gradients, name: str):
    step = grads.trace.steps[_step_index(grads, name)]
    if not isinstance(step.layer, (Conv2D, Dense)):
        raise BackwardExplainError(message(NOT_A_PARAMETER_LAYER, layer=name, kind=step.layer.kind))
    return step


def _columns(step) -> tuple[np.ndarray, np.ndarray, int, int]:
    """The conv layer's im2col matrix of sample 0 in float64, (C*KH*KW, OH*OW), the filters as multiplied
    (F, C*KH*KW), and (OH, OW)."""
    layer = step.layer
    x = step.input[:1].astype(np.float64)
    cols, (oh, ow) = ops.im2col(x, layer.kernel_size, layer.stride, layer.padding)
    kernel = layer.weight.astype(np.float64)
    if layer.flip:
        kernel = kernel[:, :, ::-1, ::-1]
    return cols, kernel.reshape(kernel.shape[0], -1), oh, ow


def _similarity_slopes(layer: Conv2D, cols: np.ndarray, wf: np.ndarray):
    """For cosine and rbf: functions giving d score / d w and d score / d p, (F, D, M) each, in float64."""
    dot = wf @ cols
    if layer.similarity == "cosine":
        w_norm = np.linalg.norm(wf, axis=1)[:, None, None]
        p_norm = np.linalg.norm(cols, axis=0)[None, None, :]
        q = 1 / (w_norm * p_norm + ops.COSINE_EPS)
        d = dot[:, None, :]
        with np.errstate(invalid="ignore", divide="ignore"):
            unit_w = np.where(w_norm > 0, wf[:, :, None] / w_norm, 0.0)
            unit_p = np.where(p_norm > 0, cols[None] / p_norm, 0.0)
        d_w = q * cols[None] - d * q * q * p_norm * unit_w
        d_p = q * wf[:, :, None] - d * q * q * w_norm * unit_p
        return d_w, d_p
    k = np.exp(-layer.gamma * ((cols[None] - wf[:, :, None]) ** 2).sum(axis=1))[:, None, :]
    difference = cols[None] - wf[:, :, None]
    return 2 * layer.gamma * k * difference, -2 * layer.gamma * k * difference


# ---------------------------------------------------------------------------------------------
# parameters

def explain_weight_gradient(grads: Gradients, layer_name: str, index):
    """dL/dw of one weight: ConvWeightGradient (index (f, c, u, v)) or DenseWeightGradient ((k, j))."""
    step = _parameter_layer(grads, layer_name)
    layer = step.layer
    engine = grads.weights[layer_name]
    index = _index(index, engine.shape, layer_name, BAD_WEIGHT, batched=False)
    upstream = grads.outputs[layer_name][0].astype(np.float64)
    if isinstance(layer, Dense):
        k, j = index
        x = float(step.input[0, j])
        value = float(upstream[k]) * x
        return DenseWeightGradient(layer_name, index, float(upstream[k]), x, value,
                                   _agreement(value, engine[index], abs(value), 1))
    f, c, u, v = index
    kh, kw = layer.kernel_size
    a, b = (kh - 1 - u, kw - 1 - v) if layer.flip else (u, v)          # where the weight sits in the patch
    cols, wf, oh, ow = _columns(step)
    d = (c * kh + a) * kw + b
    under = cols[d].reshape(oh, ow)
    if layer.similarity == "dot":
        local = under
    else:
        local = _similarity_slopes(layer, cols, wf)[0][f, d].reshape(oh, ow)
    products = upstream[f] * local
    value = float(products.sum())
    (sh, sw), (ph, pw) = layer.stride, layer.padding
    return ConvWeightGradient(layer_name, index, layer.similarity, tuple(i * sh - ph + a for i in range(oh)),
                              tuple(j * sw - pw + b for j in range(ow)), upstream[f], under, local, products,
                              value, _agreement(value, engine[index], float(np.abs(products).sum()), products.size))


def explain_bias_gradient(grads: Gradients, layer_name: str, index) -> BiasGradient:
    """dL/db[index] of a conv or dense layer."""
    _parameter_layer(grads, layer_name)
    engine = grads.biases[layer_name]
    (f,) = _index(index, engine.shape, layer_name, BAD_BIAS, batched=False)
    upstream = grads.outputs[layer_name][0, f].astype(np.float64)
    upstream = upstream.reshape(1) if upstream.ndim == 0 else upstream
    value = float(upstream.sum())
    logit = None
    if upstream.size == 1 and grads.outputs[layer_name] is grads.logits:
        logit = _logit(grads, layer_name, (0, f), grads.logits[0, f])
    return BiasGradient(layer_name, f, upstream, value,
                        _agreement(value, engine[f], float(np.abs(upstream).sum()), upstream.size), logit)


# ---------------------------------------------------------------------------------------------
# stages: how dL/d(a stage's output) came from the layer after it

def explain_gradient(grads: Gradients, stage: str, index):
    """Explain dL/d(output of ``stage``)[index] ("input" for the network input) through the layer after it."""
    trace = grads.trace
    k = -1 if stage == "input" else _step_index(grads, stage)
    gradient = grads.input if k < 0 else grads.outputs[stage]
    index = _index(index, gradient.shape, stage)
    engine = gradient[index]
    if k == len(trace.steps) - 1 and isinstance(trace.steps[k].layer, Softmax):
        return _softmax(grads, stage, index, engine)
    if k == len(trace.steps) - 1 or isinstance(trace.steps[k + 1].layer, Softmax):
        return _logit(grads, stage, index, engine)
    after = trace.steps[k + 1]
    upstream = grads.outputs[after.name]
    layer = after.layer
    if isinstance(layer, Activation):
        return _activation(stage, index, after, upstream, engine)
    if isinstance(layer, Pool2D):
        return _pool(stage, index, after, upstream, engine)
    if isinstance(layer, Conv2D):
        return _conv_input(stage, index, after, upstream, engine)
    if isinstance(layer, Dense):
        return _dense_input(stage, index, after, upstream, engine, index[1])
    if isinstance(layer, Flatten) and k + 2 < len(trace.steps) and isinstance(trace.steps[k + 2].layer, Dense):
        dense = trace.steps[k + 2]              # the flatten step is not shown: explain through the dense layer
        feature = int(np.ravel_multi_index(index[1:], gradient.shape[1:]))
        return _dense_input(stage, index, dense, grads.outputs[dense.name], engine, feature, after.name)
    if isinstance(layer, Flatten):
        feature = int(np.ravel_multi_index(index[1:], gradient.shape[1:]))
        value = float(upstream[0, feature])
        return FlattenGradient(stage, index, feature, value, _agreement(value, engine, 0.0, 0))
    if isinstance(layer, Standardize):
        c = index[1]
        g = float(upstream[index])
        passed = after.output is after.input                # the switch was off: passed through unchanged
        mean, std = (0.0, 1.0) if passed else (float(layer.mean[c]), float(layer.std[c]))
        value = g / std
        return StandardizeGradient(stage, index, after.name, mean, std, g, value,
                                   _agreement(value, engine, 2 * abs(value), 2))
    raise BackwardExplainError(message(NO_EXPLANATION, kind=layer.kind, layer=after.name, value=shown(engine)))


def _dense_input(stage, index, dense, upstream, engine, feature, flatten=None) -> DenseInputGradient:
    products = upstream[0].astype(np.float64) * dense.layer.weight[:, feature].astype(np.float64)
    value = float(products.sum())
    return DenseInputGradient(stage, index, dense.name, upstream[0].astype(np.float64),
                              dense.layer.weight[:, feature].astype(np.float64), products, value,
                              _agreement(value, engine, float(np.abs(products).sum()), products.size),
                              flatten, None if flatten is None else feature)


def _softmax(grads, stage, index, engine) -> SoftmaxGradient:
    names, target = grads.trace.class_names, grads.trace.class_names[grads.label]
    log_p = ops.log_softmax(grads.trace.logits[:1].astype(np.float64), axis=1)[0]
    p = float(np.exp(log_p[index[1]]))
    with np.errstate(over="ignore"):
        value = -float(np.exp(-log_p[index[1]])) if index[1] == grads.label else 0.0
    return SoftmaxGradient(stage, index, names[index[1]], target, p, value,
                           _agreement(value, engine, abs(value), 1))


def _logit(grads, stage, index, engine) -> LogitGradient:
    names = grads.trace.class_names
    p = float(ops.softmax(grads.trace.logits[:1].astype(np.float64), axis=1)[0, index[1]])
    y = 1.0 if index[1] == grads.label else 0.0
    value = p - y
    return LogitGradient(stage, index, names[index[1]], names[grads.label], p, y, value,
                         _agreement(value, engine, 1.0 + abs(value), 4))


def _activation(stage, index, after, upstream, engine) -> ActivationGradient:
    function = after.layer.function
    x = float(after.input[index])
    slope = float(ops.ACTIVATION_FUNCTIONS[function][1](np.ones(1), np.array([x], dtype=np.float64))[0])
    g = float(upstream[index])
    value = g * slope
    return ActivationGradient(stage, index, after.name, function, x, g, slope, value,
                              _agreement(value, engine, 4 * abs(value), 4))


def _pool(stage, index, after, upstream, engine) -> PoolGradient:
    layer = after.layer
    _, c, h, w = index
    height, width = after.input.shape[2:]
    oh, ow = after.output.shape[2:]
    if layer.adaptive:
        row_bins, col_bins = ops.adaptive_bins(height, oh), ops.adaptive_bins(width, ow)
    else:
        (kh, kw), (sh, sw) = layer.size, layer.stride
        row_bins = [(i * sh, i * sh + kh) for i in range(oh)]
        col_bins = [(j * sw, j * sw + kw) for j in range(ow)]
    windows = []
    for i, (r0, r1) in enumerate(row_bins):
        for j, (c0, c1) in enumerate(col_bins):
            if not (r0 <= h < r1 and c0 <= w < c1):
                continue
            values = after.input[0, c, r0:r1, c0:c1]
            g = float(upstream[0, c, i, j])
            if layer.mode == "avg":
                windows.append(PoolShare((i, j), tuple(range(r0, r1)), tuple(range(c0, c1)), None, g,
                                         1.0 / values.size))
                continue
            flat = int(np.argmax(values) if layer.mode == "max" else np.argmin(values))     # first at ties
            winner = (r0 + flat // values.shape[1], c0 + flat % values.shape[1])
            windows.append(PoolShare((i, j), tuple(range(r0, r1)), tuple(range(c0, c1)), winner, g,
                                     1.0 if winner == (h, w) else 0.0))
    value = float(sum(s.product for s in windows))
    return PoolGradient(stage, index, after.name, layer.mode, tuple(windows), value,
                        _agreement(value, engine, float(sum(abs(s.product) for s in windows)) + abs(value),
                                   len(windows) + 1))


def _conv_input(stage, index, after, upstream, engine) -> ConvInputGradient:
    layer = after.layer
    _, c, h, w = index
    kh, kw = layer.kernel_size
    (sh, sw), (ph, pw) = layer.stride, layer.padding
    oh, ow = after.output.shape[2:]
    f_count = layer.out_channels
    g = upstream[0].astype(np.float64)
    cols, wf, _, _ = _columns(after)
    slopes = None if layer.similarity == "dot" else _similarity_slopes(layer, cols, wf)[1]
    shape = (f_count, kh, kw)
    up, has, weights = np.zeros(shape), np.zeros(shape, bool), np.zeros(shape)
    cells = np.full(shape + (2,), -1, dtype=int)
    for a in range(kh):                         # patch offset (a, b) of this cell in the window of (i, j)
        for b in range(kw):
            r, t = kh - 1 - a, kw - 1 - b       # its place in the rotated filter
            d = (c * kh + a) * kw + b
            i, ri = divmod(h + ph - a, sh)
            j, rj = divmod(w + pw - b, sw)
            if layer.similarity == "dot":
                weights[:, r, t] = wf[:, d]
            if ri or rj or not (0 <= i < oh and 0 <= j < ow):
                continue
            has[:, r, t] = True
            cells[:, r, t] = (i, j)
            up[:, r, t] = g[:, i, j]
            if slopes is not None:
                weights[:, r, t] = slopes[:, d, i * ow + j]
    products = up * weights
    partial = products.reshape(f_count, -1).sum(axis=1)
    value = float(partial.sum())
    return ConvInputGradient(stage, index, after.name, layer.similarity, (sh, sw), up, has, cells, weights,
                             products, partial, value,
                             _agreement(value, engine, float(np.abs(products).sum()), products.size))
