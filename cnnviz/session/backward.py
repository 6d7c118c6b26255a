"""The Backward view's state: the target class, the learning rate, and one learning step as a model edit.

    backward = session.backward
    backward.set_target(1)              # None: the class the model predicts for the drawing
    grads = backward.gradients()        # cnnviz.engine.Gradients of -log p[target] on the current drawing
    step = backward.step()              # w <- w - eta * dL/dw, applied through session.apply_edit (undoable)
    backward.losses                     # the loss on this drawing before the first and after each Step in a row
    backward.undo_step()                # takes the last Step back exactly (session.undo, if that edit is a Step)

Plain Python, no Qt: the dock (``cnnviz/ui/backward``) renders what this holds and writes the user's
choices back through the setters, which validate and then notify (``target_changed``, ``rate_changed``,
``stepped``).
"""
from __future__ import annotations

import numpy as np

from cnnviz.analysis.learning_step import (LearningStep, check_learning_rate, default_learning_rate,
                                           learning_step, loss_shown)
from cnnviz.engine.gradients import Gradients, gradients
from cnnviz.messages import Message, MessageError, message, template

from .events import Event

NO_SUCH_CLASS = template("there is no class {target}; this model has {count} classes")
NO_DRAWING = template("there is no drawing to learn from yet: draw something first")
STEP_LABEL = template("learning step η = {eta} toward {target}")
LOSS_HISTORY = template("loss after each Step on this drawing: {losses}")
HISTORY_SHOWN = 8                   # losses written out; earlier ones are "…"


class BackwardError(MessageError):
    """A target or step the Backward view cannot take."""


class BackwardState:
    """What the Backward view shows and does, for one session."""

    def __init__(self, session):
        self.session = session
        self.target: int | None = None             # None: the predicted class
        self.learning_rate = default_learning_rate(session.model)
        self._rate_model = getattr(session.model, "name", None)   # the model whose default η that is
        self.last_step: LearningStep | None = None
        self.losses: list[float] = []               # before the first Step, after each Step in a row
        self._step_input = None                     # the drawing the last Step learned from
        self.target_changed = Event()               # (target or None)
        self.rate_changed = Event()                 # (learning rate)
        self.stepped = Event()                      # (LearningStep)
        session.model_changed.connect(self._on_model)

    def set_target(self, target: int | None) -> None:
        """The class the loss -log p[target] aims at; None follows the prediction."""
        model = self.session.model
        if target is not None:
            count = 0 if model is None else len(model.class_names)
            if isinstance(target, bool) or not 0 <= int(target) < count:
                raise BackwardError(message(NO_SUCH_CLASS, target=target, count=count))
            target = int(target)
        if target != self.target:
            self.target = target
            self.target_changed.emit(target)

    def set_learning_rate(self, value) -> None:
        """eta of the Step (a LearningStepError for anything but a finite number above 0)."""
        value = check_learning_rate(value)
        if value != self.learning_rate:
            self.learning_rate = value
            self.rate_changed.emit(value)

    def label(self) -> int | None:
        """The target class index for the current drawing (the prediction when no class is chosen)."""
        trace = self.session.trace
        if self.target is not None:
            return self.target
        return None if trace is None else int(trace.predicted[0])

    def gradients(self) -> Gradients | None:
        """Every gradient of the loss on the drawing the session shows now (None without a forward pass)."""
        trace, model = self.session.trace, self.session.model
        if trace is None or model is None:
            return None
        return gradients(model, trace.input[0], self.label(), standardize=self.session.standardize,
                         trace=trace)     # no second forward pass when the layers still hold this one

    def step(self) -> LearningStep:
        """One step of gradient descent on the current drawing, shown as one undoable model edit."""
        trace, model = self.session.trace, self.session.model
        if trace is None or model is None:
            raise BackwardError(message(NO_DRAWING))
        label = self.label()
        x = trace.input[0]
        last = self.last_step
        in_a_row = (last is not None and model is last.model and label == last.label
                    and self._step_input is not None and np.array_equal(x, self._step_input))
        step = learning_step(model, x, label, learning_rate=self.learning_rate, standardize=self.session.standardize)
        text = message(STEP_LABEL, eta=f"{step.learning_rate:g}", target=model.class_names[label])
        self.session.apply_edit(step.model, text, (text, step.loss_text), keep_levels=True)
        self.last_step, self._step_input = step, x.copy()
        self.losses = (self.losses if in_a_row else [step.loss_before]) + [step.loss_after]
        self.stepped.emit(step)
        return step

    def can_undo_step(self) -> bool:
        """The model edit an undo would take back is a learning step."""
        label = self.session.history.undo_label
        return self.session.history.can_undo and isinstance(label, Message) and label.template == STEP_LABEL

    def undo_step(self) -> bool:
        """Take the last learning step back (the session's model undo); False if the last edit is not a Step."""
        if not self.can_undo_step():
            return False
        self.session.undo()
        return True

    def loss_history(self):
        """The losses of Steps in a row on this drawing as a Message ("0.3284 → 0.3010 → 0.2738"), or None
        before a second Step in a row."""
        if len(self.losses) < 3:
            return None
        shown = [loss_shown(loss) for loss in self.losses[-HISTORY_SHOWN:]]
        return message(LOSS_HISTORY, losses=" → ".join((["…"] if len(self.losses) > HISTORY_SHOWN else []) + shown))

    def carry_over(self, other: BackwardState) -> None:
        """Take the target, rate and last step of another session's state (a window built anew)."""
        self.target, self.learning_rate, self.last_step = other.target, other.learning_rate, other.last_step
        self.losses, self._step_input = list(other.losses), other._step_input
        self._rate_model = other._rate_model

    def _on_model(self, model) -> None:
        name = getattr(model, "name", None)
        if name != self._rate_model:           # another model (not a Step or an edit of this one): its default η
            self._rate_model = name
            rate = default_learning_rate(model)
            if rate != self.learning_rate:
                self.learning_rate = rate
                self.rate_changed.emit(rate)
        if self.target is not None and (model is None or self.target >= len(model.class_names)):
            self.target = None
            self.target_changed.emit(None)
