"""The Backward pass dock: where the backward pass starts, every stage's gradient beside its activation,
dL/dw beside every filter and dense layer, the arithmetic of a clicked gradient, and one learning step.

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
from cnnviz.viz.block_mosaic import tile_blocks
from cnnviz.viz.mosaic import MosaicImage
from cnnviz.viz.colormap import diverging_table as _diverging_table
from cnnviz.viz.experiments import colour_image, filter_grid, stage_table as _stage_table
from cnnviz.viz.gradient_maps import GradientLevels, backward_frame, dense_blocks, kernel_blocks, weight_key
from cnnviz.viz.layout import plan_stages

from ..explain_text import engine_text
from ..i18n import class_name
from ..experiments.widgets import ArrayImage, FollowsTrace, caption
from .hits import explain_target, gradient_target
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
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.formula_label = caption(bold=True, points=10)
        self.meaning_label = caption(points=10)
        self.formula_label.setText(self.tr("Click a gradient cell or a ∂L/∂w tile to see how the backward pass "
                                           "computed it."))
        layout.addWidget(self.formula_label)
        layout.addWidget(self.meaning_label)
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
        step_row.addWidget(self.step_button, 1)
        layout.addLayout(step_row)
        self.step_label = caption(points=10)
        layout.addWidget(self.step_label)
        self.filters_view = ArrayImage(minimum=120)
        self.change_view = ArrayImage(minimum=120)
        step_images = QHBoxLayout()
        step_images.addWidget(self.filters_view)
        step_images.addWidget(self.change_view)
        layout.addLayout(step_images)
        self.filters_view.setVisible(False)
        self.change_view.setVisible(False)
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
        self._on_model(session.model)

    # -- the session -> this view ----------------------------------------------------------------
    def _on_trace(self, trace) -> None:
        if self.isVisible() and not self._timer.isActive():
            self._timer.start()

    def _on_model(self, model) -> None:
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
        for key, title, left, right in ([(s.name, s.title, self.tr("activation"), self.tr("gradient ∂L/∂(output)"))
                                         if s.kind != "input" else (s.name, s.title, self.tr("input"),
                                                                    self.tr("gradient ∂L/∂x"))
                                         for s in self.stages]
                                        + [(weight_key(n), n, self.tr("weights"), self.tr("∂L/∂w"))
                                           for n in self.parameter_layers]):
            label = caption(title, bold=True)
            self.grid.addWidget(label, row, 0, 1, 2)
            forward = ColouredWhenPainted(minimum=90)
            forward.set_title(left)
            backward = ClickableImage(lambda y, x, key=key: self.point(key, y, x, clicked=True),
                                      lambda y, x, key=key: self.point(key, y, x, clicked=False), minimum=90)
            backward.set_title(right)
            self.grid.addWidget(forward, row + 1, 0)
            self.grid.addWidget(backward, row + 1, 1)
            self.views[key] = (forward, backward)
            row += 2

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
        self.loss_label.setText(self.tr("loss = −log p({0}) = {1}").format(target, shown(grads.loss)))
        logits_name = trace.steps[model.logits_index].name
        lines = [engine_text(explain_gradient(grads, logits_name, (k,)).formula) for k in range(len(grads.logits[0]))]
        self.logits_label.setText(self.tr("The backward pass starts at the logits: softmax − one-hot") + "\n"
                                  + "\n".join(lines))
        for stage in self.stages:
            activation = trace.input[0] if stage.name == "input" else trace[stage.name][0]
            table = stage_table(stage.kind, self.session.levels.get(stage.level_key, 1.0))
            self._paint(stage.name, 0, stage.maps(activation), table)
            self._paint_gradient(stage.name, frame.maps[stage.name], frame.levels[stage.name], palette)
        for name in self.parameter_layers:
            self._paint_weights(model, name, palette)
            self._paint_gradient(weight_key(name), frame.weights[name], frame.levels[weight_key(name)], palette)

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
        self.formula_label.setText(engine_text(result.formula))
        meaning = getattr(result, "meaning", None)
        self.meaning_label.setText("" if meaning is None else engine_text(meaning))
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
        names = step.model.class_names
        probabilities = ", ".join(f"p({class_name(n)}) {shown(a)} → {shown(b)}"
                                  for n, a, b in zip(names, step.probabilities_before, step.probabilities_after))
        self.step_label.setText("\n".join((engine_text(step.rule), engine_text(step.loss_text), probabilities)))
        first = next((layer.name for layer in step.model.layers if isinstance(layer, Conv2D)), None)
        if first is None:
            return
        change = step.changes[first]["weight"]
        grid, labels = filter_grid(change.before, change.after)
        level = max(float(np.nanmax(np.abs(grid))), 1e-6)
        self.filters_view.set_rgba(colour_image(grid, diverging_table(level, self.session.palette)))
        self.filters_view.set_row_labels([(r, self.tr("before") if t == "before" else self.tr("after"))
                                          for r, t in labels])
        self.filters_view.set_title(self.tr("{0}: filters before → after").format(first))
        image, _ = tile_blocks(kernel_blocks(change.change), columns=len(change.change))
        level = max(float(np.nanmax(np.abs(image))), 1e-12)
        self.change_view.set_rgba(colour_image(image, diverging_table(level, self.session.palette)))
        self.change_view.set_colour_bar(diverging_table(level, self.session.palette),
                                        (f"−{level:.2g}", "0", f"+{level:.2g}"))
        self.change_view.set_title(self.tr("the change −η·∂L/∂w"))
        for view in (self.filters_view, self.change_view):
            view.setVisible(True)

