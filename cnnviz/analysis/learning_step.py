"""One step of learning, made visible: w <- w - eta * dL/dw for every weight, on the current drawing.

    step = learning_step(model, x, target)          # the model is not changed
    step.model                                       # a copy with every parameter moved one step
    step.changes["conv1"]["weight"].before / .after / .change     # (F, C, KH, KW) each
    step.loss_before, step.loss_after                # the cross-entropy on this drawing, before and after
    step.probabilities_before, step.probabilities_after

Plain gradient descent, no momentum, so each weight moves by exactly -eta * g: ``change`` is that product
in the model's dtype and ``after = before + change``.

``default_learning_rate(model)`` is the η a Step starts with: 0.01 (``DEFAULT_LEARNING_RATE``), 1.0 for ox-cnn and
selfedu-rgb. On 20 independent sketches per shipped model (benchmarks/bench_learning_step.py, seed 14) one step at
that η lowers the loss toward the predicted class on 20 of 20 for lecture-ox and ox-cnn, and toward a wrong class
(teaching a correction) on 20 of 20 for all three. selfedu-rgb's loss falls on 13 of 20 (16 with seed 2026): on
the others it is already 0 in float32, or it stays as it was (η·g too small against float32 weights and logits).
Pure NumPy: no Qt.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..engine.gradients import Gradients, gradients
from ..engine.model import Sequential
from ..messages import Message, MessageError, message, template

DEFAULT_LEARNING_RATE = 0.01
# shipped model name -> its default η where 0.01 is not the best (benchmarks/bench_learning_step.py, 20
# independent sketches): the largest η at which no Step, toward any class, throws the weights (the warning below).
# ox-cnn at 0.03: 19 of 20 losses toward the predicted class fall (the 20th is ~1e-7, its float32 logits do not
# move below η = 1), 20 of 20 toward the wrong class, none too big; at 0.1, 15 of 20 wrong-class steps are too big,
# at 1 all 20 (logits of ~75,000 after one step). selfedu-rgb keeps 0.01: 13 of 20 fall at every η from 0.01 to 1
# (the other 7 are already 0 in float32), and from 0.03 on most wrong-class steps are too big.
MODEL_LEARNING_RATES: dict[str, float] = {"ox-cnn": 0.03}

BAD_LEARNING_RATE = template("the learning rate η must be a number above 0, not {value}")
UPDATE_RULE = template("w ← w - η · ∂L/∂w with η = {eta}, for all {count} parameters")
LOSS_CHANGE = template("loss on this drawing: {before} → {after} ({change})")
TOO_BIG = template("η = {eta} was a big step for a gradient this large: it moved some weights by {percent} % of "
                   "their layer's largest weight, so the network was changed rather than nudged. \"Undo step\" takes "
                   "it back exactly; η = {smaller} would move them by about {aim} %.")
BIG_CHANGE = 0.5        # a step moving a weight by over half of its layer's largest weight is called too big
AIM_CHANGE = 0.1        # the relative change the suggested smaller η aims at


class LearningStepError(MessageError):
    """The learning rate cannot be used."""


@dataclass(frozen=True, eq=False)
class ParameterChange:
    """One parameter array of one layer, before and after the step."""
    layer: str
    key: str                    # "weight" or "bias"
    gradient: np.ndarray        # dL/dparameter at the old weights
    before: np.ndarray
    change: np.ndarray          # -eta * gradient, in the parameter's dtype
    after: np.ndarray           # before + change


@dataclass(frozen=True, eq=False)
class LearningStep:
    """The result of one step: the moved copy of the model, every change, and the loss before and after."""
    model: Sequential
    learning_rate: float
    label: int
    gradients: Gradients                            # at the old weights
    changes: dict[str, dict[str, ParameterChange]]  # layer name -> "weight"/"bias" -> change
    loss_before: float
    loss_after: float
    probabilities_before: np.ndarray                # (K,)
    probabilities_after: np.ndarray                 # (K,)

    @property
    def loss_change(self) -> float:
        return self.loss_after - self.loss_before

    @property
    def parameter_count(self) -> int:
        return sum(c.before.size for layer in self.changes.values() for c in layer.values())

    @property
    def rule(self) -> Message:
        return message(UPDATE_RULE, eta=f"{self.learning_rate:g}", count=self.parameter_count)

    @property
    def largest_relative_change(self) -> float:
        """max over layers of max |change of a weight| / max |weight before| (how far the step threw the weights)."""
        return max((float(np.abs(c["weight"].change).max()) / max(float(np.abs(c["weight"].before).max()), 1e-12)
                    for c in self.changes.values() if "weight" in c and c["weight"].before.size), default=0.0)

    @property
    def warning(self) -> Message | None:
        """A step that moved weights by more than BIG_CHANGE of their layer's largest: say so, with a smaller η."""
        ratio = self.largest_relative_change
        if ratio <= BIG_CHANGE:
            return None
        smaller = smaller_rate(self.learning_rate, ratio)
        return message(TOO_BIG, eta=f"{self.learning_rate:g}", percent=f"{100 * ratio:.0f}", smaller=f"{smaller:g}",
                       aim=f"{100 * ratio * smaller / self.learning_rate:.0f}")

    @property
    def loss_text(self) -> Message:
        return message(LOSS_CHANGE, before=loss_shown(self.loss_before), after=loss_shown(self.loss_after),
                       change=f"{self.loss_change:+.4g}")


def loss_shown(loss: float) -> str:
    """A loss as the Backward view writes it: 4 significant digits (a sure model's 2.7e-12 is not 0.0000)."""
    text = f"{float(loss):.4g}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text      # -log 1 is -0.0: say 0


def smaller_rate(rate: float, ratio: float, aim: float = AIM_CHANGE, lowest: float = 1e-4) -> float:
    """An η of the 1-2-5 series (not below ``lowest``) that would have moved the weights by about ``aim`` of
    their largest instead of ``ratio``."""
    wanted = rate * aim / ratio
    exponent = math.floor(math.log10(wanted))
    nice = max(m * 10.0 ** exponent for m in (1, 2, 5) if m * 10.0 ** exponent <= wanted * (1 + 1e-9))
    return max(float(f"{nice:.1g}"), lowest)


def default_learning_rate(model: Sequential | None) -> float:
    """The η a Step starts with for ``model`` (its entry in MODEL_LEARNING_RATES, else DEFAULT_LEARNING_RATE)."""
    return MODEL_LEARNING_RATES.get(getattr(model, "name", None), DEFAULT_LEARNING_RATE)


def check_learning_rate(value) -> float:
    """eta as a float, or LearningStepError for anything not a finite number above 0."""
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)) \
            or not math.isfinite(value) or value <= 0:
        raise LearningStepError(message(BAD_LEARNING_RATE, value=value))
    return float(value)


def learning_step(model: Sequential, x, label: int, *, learning_rate: float = DEFAULT_LEARNING_RATE,
                  standardize: bool = True) -> LearningStep:
    """Apply w <- w - eta * dL/dw to every parameter of a copy of ``model``, for input x and target ``label``
    (``standardize``: as ``Sequential.forward``)."""
    eta = check_learning_rate(learning_rate)
    grads = gradients(model, x, label, standardize=standardize)
    moved = model.copy()
    changes: dict[str, dict[str, ParameterChange]] = {}
    for layer in moved.layers:
        for key, value in layer.params.items():
            g = (grads.weights if key == "weight" else grads.biases)[layer.name]
            before = value.copy()
            change = -(np.asarray(eta, dtype=value.dtype) * g.astype(value.dtype))
            value += change
            changes.setdefault(layer.name, {})[key] = ParameterChange(layer.name, key, g, before, change, value.copy())
    after = gradients(moved, x, label, standardize=standardize)        # the new loss and probabilities (gradients are there for the next step)
    for layer in moved.layers:
        layer.forget()
    return LearningStep(moved, eta, grads.label, grads, changes, grads.loss, after.loss,
                        grads.trace.probabilities[0].copy(), after.trace.probabilities[0].copy())
