"""Why did the network say what it said? Saliency and an exact attribution of a logit to the pixels.

Saliency is d logit_k / d input: how much the class's score would change per unit of ink added at
each pixel (``saliency``, via ``Sequential.input_gradient``, in the model's dtype).

For a piecewise-linear network (convolution with the inner product, dense layers, ReLU, leaky ReLU
or identity, max/min/average pooling) there is more: once the forward pass has decided which ReLUs
are on and which cell wins each pooling window (the *active path*), the network is an affine map of
its input along that path,

    logit_k(x) = g . x + b_path,        g = d logit_k / d x,

so every logit splits exactly into one contribution per pixel, ``x * g`` ("input x gradient"), plus a
bias term ``b_path``: the logit the same network gives a blank input when the gates stay frozen as
they were (the biases of every layer carried along the active path). ``attribute`` computes g by
back-propagating through the frozen gates and ``b_path`` by an independent forward pass of zeros
through them, both in float64; the check ``sum(contributions) + bias_term == logit`` then holds to
float32 rounding of the logit the app shows (``residual``).

Sigmoid, tanh and the cosine/rbf similarities are curved: no such exact split exists, and
``attribute`` says so (``ValueError``, or ``supported=False`` with ``strict=False``).

Pure NumPy: no Qt, no OpenCV.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine import ops
from ..engine.layers import Activation, Conv2D, Dense, Flatten, Pool2D, Softmax
from ..engine.model import Sequential, Trace
from ..messages import Message, MessageError, message, template

PIECEWISE_LINEAR_ACTIVATIONS = ("relu", "leaky_relu", "identity")


# Why a model has no exact attribution, and what attribution refuses (ids of messages, see cnnviz.messages)
CURVED_ACTIVATION = template("exact attribution needs a piecewise-linear network; layer '{layer}' uses {function}")
CURVED_SIMILARITY = template("exact attribution needs a piecewise-linear network; layer '{layer}' uses {similarity} "
                             "similarity")
OTHER_LAYER = template("exact attribution needs a piecewise-linear network; layer '{layer}' is a {kind}")
EARLY_SOFTMAX = template("exact attribution needs a piecewise-linear network; layer '{layer}' is a softmax before the "
                         "logits")
ONE_DRAWING = template("attribution explains one drawing at a time, got a batch of {batch}")
CLASS_RANGE = template("class index {index} is out of range for classes {classes}")


class AttributionError(MessageError):
    """The model cannot be attributed exactly (a curved layer), or the input is not one sample."""


@dataclass(frozen=True)
class Attribution:
    """The logit of one class split over the input's pixels. Arrays are (C, H, W), like one input."""
    class_index: int
    class_name: str
    input: np.ndarray                   # (C, H, W) as the network saw it
    logit: float                        # the logit as the model computed it (its own dtype)
    saliency: np.ndarray                # d logit / d input, model dtype (model.input_gradient)
    supported: bool                     # False: a curved layer, no exact split (see `reason`)
    reason: str = ""
    contributions: np.ndarray | None = None   # float64 input x gradient along the active path
    bias_term: float | None = None      # float64: the logit of a blank input through the frozen gates

    @property
    def total(self) -> float:
        """sum(contributions) + bias_term: equals the logit (up to float32 rounding of the logit)."""
        if not self.supported:
            return float("nan")
        return float(np.sum(self.contributions) + self.bias_term)

    @property
    def residual(self) -> float:
        """total - logit: the size of the float rounding, nothing else."""
        return self.total - self.logit


def unsupported_reason(model: Sequential) -> Message | str:
    """Why the model has no exact attribution ('' if it has one): names the first curved layer."""
    for layer in model.layers[:model.logits_index + 1]:
        if isinstance(layer, Activation) and layer.function not in PIECEWISE_LINEAR_ACTIVATIONS:
            return message(CURVED_ACTIVATION, layer=layer.name, function=layer.function)
        if isinstance(layer, Conv2D) and getattr(layer, "similarity", "dot") != "dot":
            return message(CURVED_SIMILARITY, layer=layer.name, similarity=layer.similarity)
        if not isinstance(layer, (Activation, Conv2D, Dense, Flatten, Pool2D, Softmax)):
            return message(OTHER_LAYER, layer=layer.name, kind=layer.kind)
        if isinstance(layer, Softmax):
            return message(EARLY_SOFTMAX, layer=layer.name)
    return ""


def is_piecewise_linear(model: Sequential) -> bool:
    return not unsupported_reason(model)


def _one_sample(model: Sequential, x) -> np.ndarray:
    batch = model.as_batch(x)
    if batch.shape[0] != 1:
        raise AttributionError(message(ONE_DRAWING, batch=batch.shape[0]))
    return batch


def _check_class(model: Sequential, class_index: int) -> int:
    k = int(class_index)
    if not 0 <= k < len(model.class_names):
        raise AttributionError(message(CLASS_RANGE, index=class_index, classes=", ".join(model.class_names)))
    return k


def saliency(model: Sequential, x, class_index: int) -> np.ndarray:
    """d logit[class_index] / d input for one input (H, W), (C, H, W) or (1, C, H, W): returns (C, H, W)."""
    k = _check_class(model, class_index)
    _, grad = model.input_gradient(_one_sample(model, x), k)
    return grad[0]


# ---------------------------------------------------------------------------------------------
# the active path, frozen

def _steps_to_logits(model: Sequential, trace: Trace):
    return trace.steps[:model.logits_index + 1]


def frozen_forward(model: Sequential, trace: Trace, inputs, *, biases: bool = True) -> np.ndarray:
    """Logits (N, K), float64, of `inputs` (N, C, H, W) sent through the network with its gates frozen
    as they were in `trace` (sample 0): every ReLU passes or blocks (leaky: scales) the same cells and
    every max/min pooling window takes the cell that won there. With the same input this is the
    network's own logit; with any other input it is the affine map whose gradient the backward
    computes. ``biases=False`` drops every bias, leaving only the linear part g . x.
    """
    reason = unsupported_reason(model)
    if reason:
        raise AttributionError(reason)
    out = np.asarray(inputs, dtype=np.float64)
    for step in _steps_to_logits(model, trace):
        layer, seen = step.layer, step.input[:1]
        if isinstance(layer, Conv2D):
            bias = layer.bias.astype(np.float64) if biases else None
            out = ops.conv2d(out, layer.weight.astype(np.float64), bias, layer.stride, layer.padding, flip=layer.flip)
        elif isinstance(layer, Dense):
            out = out @ layer.weight.astype(np.float64).T
            if biases:
                out = out + layer.bias.astype(np.float64)
        elif isinstance(layer, Activation):
            out = out * _activation_gate(layer, seen)
        elif isinstance(layer, Pool2D):
            out = _frozen_pool(layer, seen, out)
        elif isinstance(layer, Flatten):
            out = out.reshape(out.shape[0], -1)
    return out


def _activation_gate(layer: Activation, seen: np.ndarray) -> np.ndarray:
    """The factor each cell's value is multiplied by on the active path: 1 or 0 (ReLU), 1 or slope."""
    if layer.function == "relu":
        return (seen > 0).astype(np.float64)
    if layer.function == "leaky_relu":
        return np.where(seen > 0, 1.0, ops.LEAKY_SLOPE)
    return np.ones(seen.shape)


def _frozen_pool(layer: Pool2D, seen: np.ndarray, out: np.ndarray) -> np.ndarray:
    """Pool `out` taking, in each window, the cell that won in `seen` (max/min); avg is linear already."""
    if layer.mode == "avg":
        if layer.adaptive:
            return ops.adaptive_pool2d(out, layer.output_size, "avg")
        return ops.pool2d(out, layer.size, layer.stride, "avg")
    n, c = out.shape[:2]
    if layer.adaptive:
        winners = ops.adaptive_pool2d_winners(seen, layer.output_size, layer.mode)[0]
        oh, ow = layer.output_size
        pooled = np.empty((n, c, oh, ow))
        h, w = seen.shape[2:]
        for i, (h0, h1) in enumerate(ops.adaptive_bins(h, oh)):
            for j, (w0, w1) in enumerate(ops.adaptive_bins(w, ow)):
                region = out[:, :, h0:h1, w0:w1].reshape(n, c, -1)
                pooled[:, :, i, j] = np.take_along_axis(region, np.broadcast_to(winners[:, i, j][None, :, None],
                                                                                (n, c, 1)), axis=2)[:, :, 0]
        return pooled
    (kh, kw), (sh, sw) = layer.size, layer.stride
    winners = ops.pool2d_winners(seen, layer.size, layer.stride, layer.mode)[0]      # (C, OH, OW)
    oh, ow = winners.shape[1:]
    pooled = np.zeros((n, c, oh, ow))
    for u in range(kh):
        for v in range(kw):
            view = out[:, :, u:u + sh * (oh - 1) + 1:sh, v:v + sw * (ow - 1) + 1:sw]
            pooled += view * (winners == u * kw + v)
    return pooled


def _frozen_gradient(model: Sequential, trace: Trace, class_index: int) -> np.ndarray:
    """g = d logit_k / d x along the frozen path, float64 (N=1, C, H, W): the backward of frozen_forward."""
    steps = _steps_to_logits(model, trace)
    dy = np.zeros((1, len(model.class_names)))
    dy[0, class_index] = 1.0
    for step in reversed(steps):
        layer, seen = step.layer, step.input[:1]
        if isinstance(layer, Conv2D):
            w = layer.weight.astype(np.float64)
            wk = w[:, :, ::-1, ::-1] if layer.flip else w
            f = w.shape[0]
            dcols = wk.reshape(f, -1).T @ dy.reshape(f, -1)
            dy = ops.col2im(dcols, seen.shape, w.shape[2:], layer.stride, layer.padding)
        elif isinstance(layer, Dense):
            dy = dy @ layer.weight.astype(np.float64)
        elif isinstance(layer, Activation):
            dy = dy * _activation_gate(layer, seen)
        elif isinstance(layer, Pool2D):
            if layer.adaptive:
                dy = ops.adaptive_pool2d_backward(dy, seen, layer.output_size, layer.mode)
            else:
                dy = ops.pool2d_backward(dy, seen, layer.size, layer.stride, layer.mode)
        elif isinstance(layer, Flatten):
            dy = dy.reshape(seen.shape)
    return dy


def attribute(model: Sequential, x, class_index: int, *, strict: bool = True) -> Attribution:
    """Split logit[class_index] of one input into per-pixel contributions plus a bias term.

    x: (H, W), (C, H, W) or (1, C, H, W). For a piecewise-linear network returns contributions
    (C, H, W) = x * g along the active path and bias_term = the frozen path's logit of a blank input;
    their sum is the logit. For any other network raises AttributionError (a ValueError) naming the
    first curved layer, or with ``strict=False`` returns the saliency alone with ``supported=False``.
    """
    k = _check_class(model, class_index)
    batch = _one_sample(model, x)
    trace, grad = model.input_gradient(batch, k)
    logit = float(trace.logits[0, k])
    common = dict(class_index=k, class_name=model.class_names[k], input=trace.input[0].copy(), logit=logit,
                  saliency=grad[0])
    reason = unsupported_reason(model)
    if reason:
        if strict:
            raise AttributionError(reason)
        return Attribution(**common, supported=False, reason=reason)
    g = _frozen_gradient(model, trace, k)[0]
    contributions = trace.input[0].astype(np.float64) * g
    bias_term = float(frozen_forward(model, trace, np.zeros((1,) + batch.shape[1:]))[0, k])
    return Attribution(**common, supported=True, contributions=contributions, bias_term=bias_term)
