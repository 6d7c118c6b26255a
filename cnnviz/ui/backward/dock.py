"""The Backward pass dock: one learning step (Step, Undo step and what it did: ``step_view.py``) and where the
backward pass starts at the top, then in the backward pass's order (``rows.py``) every stage's gradient beside its
activation, dL/dw and dL/db beside every filter and dense layer; the arithmetic of a clicked gradient.

State lives in ``session.backward`` (target class, learning rate, last step); this view renders it, and its
controls write to it (``_on_q_*``). Gradients are recomputed for each new drawing while the dock is shown,
throttled like the pipeline (one refresh per ~16 ms however fast the pen moves).
"""
from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QPushButton,
                               QVBoxLayout, QWidget)

from cnnviz.analysis.explain_backward import explain_gradient, shown
from cnnviz.engine import Conv2D, Dense
from cnnviz.messages import MessageError
from cnnviz.viz.mosaic import MosaicImage
from cnnviz.viz.colormap import diverging_table as _diverging_table
from cnnviz.viz.experiments import stage_table as _stage_table
from cnnviz.viz.gradient_maps import (LOGITS, GradientLevels, backward_frame, dense_blocks, kernel_blocks,
                                      weight_key)
from cnnviz.viz.layout import plan_stages

from ..explain_text import class_text, engine_text
from ..i18n import class_name
from ..experiments.widgets import ArrayImage, FollowsTrace, caption
from .hits import bias_key, explain_target, gradient_target, logits_key
from .rows import backward_rows
from .step_view import StepView
from .views import ClickableImage, ColouredWhenPainted, SteadyLabel

THROTTLE_MS = 16

# colour tables are rebuilt in Python from their stops: keep the few in use (levels are "nice" numbers)
diverging_table = lru_cache(maxsize=256)(_diverging_table)
stage_table = lru_cache(maxsize=256)(_stage_table)


class BackwardPanel(FollowsTrace, QWidget):
    """Target class, loss, the logits gradient, gradient maps and dL/dw, explanations, learning rate and Step."""

    def __init__(self, session, host, parent=None):
        super().__init__(parent)
        self.session, self.host = session, host
        self.state = session.backward
        self.grads = None
        self.frame = None
        self.levels = GradientLevels()
        self.explanation = None
        self.pointed: list = []        # callables (target, clicked): a gradient cell pointed at (hits.py targets)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(THROTTLE_MS)
        self._timer.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Target class")))
        self.class_combo = QComboBox()
        self.class_combo.currentIndexChanged.connect(self._on_q_class)
        row.addWidget(self.class_combo, 1)
        layout.addLayout(row)
        self.loss_label = SteadyLabel(bold=True, points=12)        # new text per drawing, no relayout
        self.logits_label = SteadyLabel(points=10)
        layout.addWidget(self.loss_label)
        layout.addWidget(self.logits_label)
        step_row = QHBoxLayout()
        step_row.addWidget(QLabel(self.tr("Learning rate η")))
        self.rate_box = QDoubleSpinBox()
        self.rate_box.setDecimals(4)
        self.rate_box.setRange(0.0001, 10.0)
        self.rate_box.setSingleStep(0.01)
        self.rate_box.setValue(self.state.learning_rate)
        self.rate_box.valueChanged.connect(self._on_q_rate)
        step_row.addWidget(self.rate_box)
        self.step_button = QPushButton(self.tr("Step: w ← w − η·∂L/∂w"))
        self.step_button.clicked.connect(self._on_q_step)
        step_row.addStretch(1)
        button_row = QHBoxLayout()          # a row of its own: the dock stays narrow in every language
        button_row.addWidget(self.step_button, 1)
        self.undo_button = QPushButton(self.tr("Undo step"))
        self.undo_button.setToolTip(self.tr("Takes the last learning step back exactly (the model's edit history). "
                                            "The toolbar's Undo and Ctrl+Z undo strokes of the drawing."))
        self.undo_button.clicked.connect(lambda *_: self.state.undo_step())
        button_row.addWidget(self.undo_button)
        layout.addLayout(step_row)
        layout.addLayout(button_row)
        self.step_view = StepView()         # what the last Step did, right under the button
        layout.addWidget(self.step_view)
        self.step_label, self.filters_view, self.change_view = (self.step_view.label, self.step_view.filters_view,
                                                                self.step_view.change_view)
        self.formula_label = caption(bold=True, points=10)
        self.meaning_label = caption(points=10)
        self.formula_label.setText(self.tr("Click a gradient cell, a ∂L/∂w tile or a ∂L/∂b cell to see how the "
                                           "backward pass computed it."))
        layout.addWidget(self.formula_label)
        layout.addWidget(self.meaning_label)
        self.grid = QGridLayout()           # the rows in the backward pass's order (rows.py), under the step
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.views: dict[str, tuple[ArrayImage, ClickableImage]] = {}
        self.layouts: dict = {}
        self._bars: dict = {}
        self._mosaics: dict[tuple[str, int], MosaicImage] = {}     # (key, 0 forward / 1 gradient) -> its pixels
        self._weights_shown: dict[str, tuple] = {}                   # layer -> (weights painted, palette)
        session.trace_changed.connect(self._on_trace)
        session.model_changed.connect(self._on_model)
        session.palette_changed.connect(lambda *_: self.refresh())
        self.state.target_changed.connect(self._on_target)
        self.state.rate_changed.connect(self._on_rate)
        self.state.stepped.connect(self._on_stepped)
        session.history_changed.connect(lambda: self.undo_button.setEnabled(self.state.can_undo_step()))
        self.undo_button.setEnabled(self.state.can_undo_step())
        self._on_model(session.model)

    # -- the session -> this view ----------------------------------------------------------------
    def _on_trace(self, trace) -> None:
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def _on_model(self, model) -> None:
        if self.state.last_step is None or model is not self.state.last_step.model:
            self.step_view.forget()         # an undo (or another model): the step shown is no longer the model's
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("the predicted class"), -1)
        for index, name in enumerate([] if model is None else model.class_names):
            self.class_combo.addItem(class_name(name), index)
        self.class_combo.setCurrentIndex(0 if self.state.target is None else self.state.target + 1)
        self.class_combo.blockSignals(False)
        self._build_views(model)

    def _on_target(self, target) -> None:
        self.class_combo.blockSignals(True)
        self.class_combo.setCurrentIndex(0 if target is None else target + 1)
        self.class_combo.blockSignals(False)
        self.levels.reset()
        self.refresh()

    def _on_rate(self, value: float) -> None:
        self.rate_box.blockSignals(True)
        self.rate_box.setValue(value)
        self.rate_box.blockSignals(False)

    def _build_views(self, model) -> None:
        """One activation / gradient pair per stage and per conv or dense layer; kept when only weights changed
        (a Step, an undo), so the levels and the clicked cell stay comparable."""
        stages = [] if model is None else plan_stages(model)
        layers = [] if model is None else [l.name for l in model.layers if isinstance(l, (Conv2D, Dense))]
        plan = [(s.name, s.shape) for s in stages], layers
        if self.views and plan == getattr(self, "_plan", None):
            self.stages = stages
            return
        self._plan = plan
        self.loss_label.reset()
        self.logits_label.reset()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.views.clear()
        self._bars = {}
        self._mosaics.clear()
        self._weights_shown.clear()
        self.levels.reset()
        self.stages, self.parameter_layers = stages, layers
        row = 0
        titles = {s.name: s.title for s in self.stages}
        for kind, name in backward_rows(model, stages):          # top down: the backward pass's order
            key, title, left, right = self._row_texts(kind, name, titles.get(name))
            if title is not None:           # a bias row stands under its layer's weights, without a title
                self.grid.addWidget(caption(title, bold=True), row, 0, 1, 2)
            else:
                row -= 1
            smallest = 40 if kind in ("bias", "logits") else 90
            forward = ColouredWhenPainted(minimum=smallest)
            forward.set_title(left)
            backward = ClickableImage(lambda y, x, key=key: self.point(key, y, x, clicked=True),
                                      lambda y, x, key=key: self.point(key, y, x, clicked=False), minimum=smallest)
            backward.set_title(right)
            self.grid.addWidget(forward, row + 1, 0)
            self.grid.addWidget(backward, row + 1, 1)
            self.views[key] = (forward, backward)
            row += 2

    def _row_texts(self, kind: str, name: str, title: str | None) -> tuple[str, str | None, str, str]:
        """(view key, row title or None, left title, right title) of a ``rows.backward_rows`` row."""
        if kind == "weight":
            return weight_key(name), self.tr("{0}: weights and biases").format(name), self.tr("weights"), \
                self.tr("∂L/∂w")
        if kind == "bias":
            return bias_key(name), None, self.tr("biases b"), self.tr("∂L/∂b")
        if kind == "logits":
            return (logits_key(name), self.tr("{0} (logits): where the backward pass starts").format(name),
                    self.tr("logits z"), self.tr("∂L/∂z = p − one-hot"))
        if name == "input":
            return name, title, self.tr("input"), self.tr("gradient ∂L/∂x")
        return name, title, self.tr("activation"), self.tr("gradient ∂L/∂(output)")

    def refresh(self) -> None:
        """Recompute every gradient of the drawing shown now and repaint."""
        self._timer.stop()
        model, trace = self.session.model, self.session.trace
        if model is None or trace is None or not self.views:
            return
        self.grads = grads = self.state.gradients()
        self.frame = frame = backward_frame(self.stages, grads, self.levels, model)
        palette = self.session.palette
        target = class_name(model.class_names[grads.label])
        predicted = self.tr("the predicted class ({0})").format(class_name(model.class_names[int(trace.predicted[0])]))
        if self.class_combo.itemText(0) != predicted:       # the default target says which class it is now
            self.class_combo.setItemText(0, predicted)
        self.loss_label.setText(self.tr("loss = −log p({0}) = {1}").format(target, shown(grads.loss)))
        logits_name = trace.steps[model.logits_index].name
        lines = [class_text(explain_gradient(grads, logits_name, (k,)).formula) for k in range(len(grads.logits[0]))]
        self.logits_label.setText(self.tr("The backward pass starts at the logits: softmax − one-hot") + "\n"
                                  + "\n".join(lines))
        key, z = logits_key(logits_name), trace.logits[0].reshape(-1, 1, 1)
        self._paint(key, 0, z, diverging_table(self.levels.update(key, z), palette))
        self._paint_gradient(key, frame.logits.reshape(-1, 1, 1), frame.levels[LOGITS], palette)
        for stage in self.stages:
            activation = trace.input[0] if stage.name == "input" else trace[stage.name][0]
            table = stage_table(stage.kind, self.session.levels.get(stage.level_key, 1.0))
            self._paint(stage.name, 0, stage.maps(activation), table)
            self._paint_gradient(stage.name, frame.maps[stage.name], frame.levels[stage.name], palette)
        for name in self.parameter_layers:
            self._paint_weights(model, name, palette)
            self._paint_gradient(weight_key(name), frame.weights[name], frame.levels[weight_key(name)], palette)
            self._paint_biases(model, name, palette)
            self._paint_gradient(bias_key(name), grads.biases[name].reshape(-1, 1, 1),
                                 self.levels.update(bias_key(name), grads.biases[name]), palette)

    def _paint(self, key: str, side: int, blocks: np.ndarray, table) -> None:
        """Show ``blocks`` (n, h, w) in view ``key`` (side 0: forward, 1: gradient) through its mosaic, allocated
        once per shape and recoloured in place (one uint8 index pass and one table lookup) when the view is
        painted: views scrolled out of sight are not coloured at all."""
        mosaic = self._mosaics.get((key, side))
        if mosaic is None or mosaic.values.shape != blocks.shape:
            mosaic = MosaicImage(len(blocks), blocks.shape[1:], table, columns=math.ceil(math.sqrt(len(blocks))),
                                 argb=True)     # Qt's own pixel format: scaled onto the screen fastest
            self._mosaics[(key, side)] = mosaic
        if side:
            self.layouts[key] = mosaic.layout

        def colour(mosaic=mosaic, blocks=blocks):
            mosaic.update(np.asarray(blocks, dtype=np.float32), table)
            return mosaic.words, mosaic.opaque
        self.views[key][side].set_pending(mosaic.shape, colour)

    def _paint_weights(self, model, name: str, palette: str) -> None:
        """A layer's weights beside their gradient: they do not change while drawing, so painted only when
        they (a Step, an undo, an edit) or the palette changed."""
        layer = model.layer(name)
        shown_before = self._weights_shown.get(name)
        if shown_before is not None and shown_before[1] == palette and np.array_equal(shown_before[0], layer.weight):
            return
        self._weights_shown[name] = (layer.weight.copy(), palette)
        weights = kernel_blocks(layer.weight) if isinstance(layer, Conv2D) else dense_blocks(model, name, layer.weight)
        level = max(float(np.nanmax(np.abs(weights))), 1e-6)
        self._paint(weight_key(name), 0, weights, diverging_table(level, palette))

    def _paint_biases(self, model, name: str, palette: str) -> None:
        """A layer's biases, one 1 x 1 block per filter or output (in its tiles' grid), painted when they change."""
        bias, key = model.layer(name).bias, bias_key(name)
        shown_before = self._weights_shown.get(key)
        if shown_before is not None and shown_before[1] == palette and np.array_equal(shown_before[0], bias):
            return
        self._weights_shown[key] = (bias.copy(), palette)
        level = max(float(np.nanmax(np.abs(bias))), 1e-6)
        self._paint(key, 0, bias.reshape(-1, 1, 1), diverging_table(level, palette))

    def _paint_gradient(self, key: str, blocks: np.ndarray, level: float, palette: str) -> None:
        table = diverging_table(level, palette)
        self._paint(key, 1, blocks, table)
        if self._bars.get(key) != (level, palette):     # a new bar re-lays the dock out: only when it changed
            self._bars[key] = (level, palette)
            self.views[key][1].set_colour_bar(table, (f"−{level:g}", "0", f"+{level:g}"))

    # -- clicks: the arithmetic of one gradient ----------------------------------------------------
    def target_at(self, key: str, y: float, x: float) -> tuple | None:
        """The gradient under pixel (y, x) of image ``key`` (a stage, or weight_key(layer)) as an inspector
        target (``hits.gradient_target``), or None."""
        return gradient_target(self.layouts, getattr(self, "stages", ()), self.session.model, key, y, x)

    def point(self, key: str, y: float, x: float, *, clicked: bool) -> None:
        """The pointer is over (or clicked) pixel (y, x) of image ``key``: tell ``pointed`` listeners
        (the inspector, ``link.GradientPointing``) which gradient is there; a click also explains it here."""
        target = self.target_at(key, y, x)
        if target is None or self.grads is None:
            return
        if clicked:
            self.explain_pixel(key, y, x)
        for listener in list(self.pointed):
            listener(target, clicked)

    def explain_pixel(self, key: str, y: float, x: float):
        """Explain the gradient under pixel (y, x) of the image ``key`` (a stage, or weight_key(layer))."""
        target = self.target_at(key, y, x)
        if self.grads is None or target is None:
            return None
        try:
            result = explain_target(self.grads, target)
        except MessageError as exc:
            self.formula_label.setText(engine_text(exc))
            self.meaning_label.setText("")
            return None
        self.explanation = result
        self.formula_label.setText(class_text(result.formula))
        meaning = getattr(result, "meaning", None)
        self.meaning_label.setText("" if meaning is None else class_text(meaning))
        return result

    # -- this view -> the session ------------------------------------------------------------------
    def _on_q_class(self, index: int) -> None:
        data = self.class_combo.itemData(index)
        self.state.set_target(None if data is None or data < 0 else int(data))

    def _on_q_rate(self, value: float) -> None:
        try:
            self.state.set_learning_rate(value)
        except MessageError as exc:
            self.host.show_error(engine_text(exc))

    def _on_q_step(self, checked: bool = False) -> None:
        try:
            self.state.step()
        except MessageError as exc:
            self.host.show_error(engine_text(exc))

    def _on_stepped(self, step) -> None:
        self.step_view.show_step(step, self.state.loss_history(), self.session.palette)
