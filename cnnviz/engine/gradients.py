"""The backward pass of one drawing, as plain data: every gradient of the cross-entropy loss.

    g = gradients(model, x, label)      # x (C, H, W) or (1, C, H, W), label a class index
    g.loss                              # -log p[label], a float
    g.outputs["conv1"]                  # dL/d(conv1's output), shaped like trace["conv1"]: (1, F, OH, OW)
    g.outputs["dense"]                  # at the logits: softmax - one_hot, (1, K)
    g.outputs["softmax"]                # dL/d(probabilities): -1 / p[label] at the label, 0 elsewhere, (1, K)
    g.weights["conv1"], g.biases["conv1"]   # dL/dw (F, C, KH, KW) and dL/db (F,), shaped like the parameters
    g.input                             # dL/d(input), (1, C, H, W)

The gradients come from the layers' own backward functions (cnnviz.engine.ops), run once from the
logits down, as training runs them. The forward pass is the model's, so ``g.trace`` is exactly what the
panels show. Arrays follow the model's dtype (float32 in the app, float64 for gradient checks), except
``outputs`` of a softmax step, which is float64: -1 / p can exceed float32 when p is tiny.

Running this leaves the layers holding this input and these gradients (as any forward and backward do).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..messages import MessageError, message, template
from . import ops
from .layers import Softmax, Standardize
from .model import Sequential, Trace

NOT_ONE_INPUT = template("the backward pass explains one drawing at a time: expected an input of shape "
                         "{expected} or 1 x {expected}, got {got}")
NO_SUCH_CLASS = template("the target class must be one of 0-{last} ({names}), not {label}")


class GradientError(MessageError):
    """The input or the target class cannot be back-propagated; the message says what was expected."""


@dataclass(frozen=True, eq=False)
class Gradients:
    """Every gradient of loss = -log p[label] for one input (batch of 1)."""
    trace: Trace                        # the forward pass the gradients belong to
    label: int                          # the target class index
    loss: float                         # cross-entropy, -log p[label]
    outputs: dict[str, np.ndarray]      # step name -> dL/d(step output), shaped like trace[name]
    weights: dict[str, np.ndarray]      # conv2d / dense layer name -> dL/dweight
    biases: dict[str, np.ndarray]       # conv2d / dense layer name -> dL/dbias
    input: np.ndarray                   # dL/d(input), (1, C, H, W)

    @property
    def logits(self) -> np.ndarray:
        """dL/dlogits = softmax - one_hot, (1, K): where the backward pass starts."""
        return self.outputs[self.trace.steps[_logits_index(self.trace)].name]

    def into(self, layer_name: str) -> np.ndarray:
        """dL/d(what layer_name reads): the gradient its backward returns, shaped like its input."""
        for k, step in enumerate(self.trace.steps):
            if step.name == layer_name:
                return self.input if k == 0 else self.outputs[self.trace.steps[k - 1].name]
        raise KeyError(f"no layer named {layer_name!r} in this model")


def _logits_index(trace: Trace) -> int:
    last = len(trace.steps) - 1
    return last - 1 if isinstance(trace.steps[last].layer, Softmax) else last


def _check_input(model: Sequential, x) -> np.ndarray:
    x = np.asarray(x)
    if x.ndim == 4 and x.shape[0] != 1 or x.ndim not in (2, 3, 4):
        expected = " x ".join(map(str, model.input_shape))
        raise GradientError(message(NOT_ONE_INPUT, expected=expected, got=" x ".join(map(str, x.shape))))
    return model.as_batch(x)


def _check_label(model: Sequential, label) -> int:
    last = len(model.class_names) - 1
    if isinstance(label, bool) or not isinstance(label, (int, np.integer)) or not 0 <= label <= last:
        raise GradientError(message(NO_SUCH_CLASS, last=last, names=", ".join(model.class_names), label=label))
    return int(label)


def holds(model: Sequential, trace: Trace, standardize: bool = True) -> bool:
    """Whether the model's layers still hold what the forward pass of ``trace`` left for backward: ``trace``
    is the model's latest forward pass (standardised as asked), every layer up to the logits having kept that
    very step's input (another forward pass since, of any input, replaces them)."""
    steps = trace.steps
    if len(steps) != len(model.layers) or bool(getattr(model, "_standardized", True)) != bool(standardize):
        return False
    return all(step.layer is layer and (step.layer._x is step.input
                                        or (not standardize and isinstance(layer, Standardize)))  # passed through
               for step, layer in zip(steps[:_logits_index(trace) + 1], model.layers))


def gradients(model: Sequential, x, label: int, *, standardize: bool = True, trace: Trace | None = None) -> Gradients:
    """Forward x through the model and back-propagate the cross-entropy against class ``label``.

    ``standardize=False``: as ``Sequential.forward``, Standardize steps pass the input through (their gradient
    too). ``trace``: the model's forward pass of x, if there is one (the live view's): when the layers still hold
    it (``holds``), the backward pass starts from it instead of running the forward pass again (the numbers are
    the same: the forward pass is deterministic); otherwise it is ignored. x must be that trace's input."""
    batch = _check_input(model, x)
    label = _check_label(model, label)
    if trace is None or not holds(model, trace, standardize) or not np.array_equal(trace.input, batch):
        trace = model.forward(batch, standardize=standardize)
    logits_index = _logits_index(trace)
    # The loss and softmax - one_hot in float64: in float32 a confident p rounds to exactly 1 and the
    # gradient to 0, while 1 - p (1e-12, say) is well within float32's range once computed.
    logits = trace.logits.astype(np.float64)
    loss = ops.cross_entropy(logits, [label])
    dy = ops.cross_entropy_backward(logits, [label]).astype(trace.logits.dtype)     # (1, K)
    outputs: dict[str, np.ndarray] = {}
    if logits_index < len(trace.steps) - 1:                           # a softmax step: dL/dp = -1/p at the label
        log_p = ops.log_softmax(logits, axis=1)
        dp = np.zeros(trace.probabilities.shape, dtype=np.float64)
        with np.errstate(over="ignore"):                              # p below 1e-308: -inf, as -1/0
            dp[0, label] = -np.exp(-log_p[0, label])
        outputs[trace.steps[-1].name] = dp
    weights, biases = {}, {}
    for k in range(logits_index, -1, -1):
        step = trace.steps[k]
        outputs[step.name] = dy
        if standardize or step.layer.kind != "standardize":
            dy = step.layer.backward(dy)            # (a Standardize step that passed its input through: dy as is)
        if "weight" in step.layer.grads:
            weights[step.name] = step.layer.grads["weight"].copy()
            biases[step.name] = step.layer.grads["bias"].copy()
    ordered = {step.name: outputs[step.name] for step in trace.steps}
    return Gradients(trace, label, loss, ordered, weights, biases, dy)
