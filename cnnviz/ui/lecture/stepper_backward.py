"""The convolution stepper's backward mode: the two sliding windows of a convolution's backward pass.

"∂L/∂w": the forward pass's window slides over the layer's input once more. At each output cell (i, j) it
picks up the gradient arriving there, ∂L/∂y[f, i, j], and adds ∂L/∂y × (the input patch under the window) to
∂L/∂w[f, c], which fills in on the right; after the last position it is the engine's ∂L/∂w.
"∂L/∂x": the filters, rotated 180°, slide over the upstream gradient (spread out by the stride, padded by
kernel - 1 - padding): a full convolution, one input cell at a time; the inspector shows each cell's sum.

``BackwardMode(panel)`` is the part of ``StepperPanel`` (``stepper.py``) that draws this; the panel's
controls (play, step, first, all, speed, layer and channels) drive it as they drive the forward pass. The
numbers come from ``cnnviz.viz.backward_stepper`` (the inspector's arithmetic, plain NumPy). "Skip steps that add
0" makes Forward, Back and Play jump over positions that add nothing (``next_position``): on lecture-ox, 4 of
conv1's 676 output cells carry a gradient past ReLU and max-pooling.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFrame, QGraphicsRectItem, QHBoxLayout, QLabel, QScrollArea, QSplitter,
                               QVBoxLayout, QWidget)

import pyqtgraph as pg

from cnnviz.analysis.explain_backward import CONV_WEIGHT_MEANING, shown
from cnnviz.engine import Conv2D, Sequential, gradients
from cnnviz.messages import MessageError, message
from cnnviz.viz.backward_stepper import InputGradientWindow, WeightGradientWindow, next_step
from cnnviz.viz.colormap import diverging_table, ink_table, is_dark
from cnnviz.viz.layout import format_value

from ..cell_tables import PADDING, fit_table, ink_color, make_table, prepare_table, sign_color, table_item
from ..explain_text import engine_text, term
from ..inspector import InspectorPanel
from ..panels import TEXT

WINDOW_COLOUR = QColor("#f0a30a")      # as the forward stepper's window
CURRENT_COLOUR = QColor("#111111")
DIRECTIONS = ("forward", "backward")
TABLE_POINTS = 10
NUMBER_POINTS = 8         # the numbers written on the ∂L/∂w (or rotated filter) picture: at first, then ...
NUMBER_MAX_PX = 22        # ... as large as their cells allow, up to this
MAX_NUMBERED = 4
WHATS = ("weights", "input")


def gradients_of_trace(trace):
    """The gradients of the loss -log p[predicted class] for the drawing of ``trace`` (its own layers)."""
    model = Sequential([s.layer for s in trace.steps], trace.class_names, tuple(trace.input.shape[1:]))
    return gradients(model, trace.input[0], int(trace.predicted[0]))


def _pen(colour: QColor, width: int, style=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)
    return pen


class BackwardMode(QWidget):
    """The backward pages of the stepper: the ∂L/∂w window or the ∂L/∂x full convolution, step by step."""

    def __init__(self, panel, parent=None):
        super().__init__(parent)
        self.panel = panel
        self.gradient_source = None        # () -> Gradients of the drawing shown now; None: the predicted class
        self.what = "weights"
        self.grads = None
        self.window = None                 # WeightGradientWindow or InputGradientWindow
        self._grads_of = None              # the trace self.grads belong to
        self._key = None

        self.what_combo = QComboBox()
        self.what_combo.addItem(self.tr("∂L/∂w: the window slides over the input again"), "weights")
        self.what_combo.addItem(self.tr("∂L/∂x: full convolution with the filter rotated 180°"), "input")
        self.what_combo.setToolTip(self.tr("Which gradient of the convolution to build up step by step"))
        self.what_combo.activated.connect(self._on_q_what)
        self.skip_box = QCheckBox(self.tr("Skip steps that add 0"))
        self.skip_box.setToolTip(self.tr("Forward, Back and Play jump over the positions whose gradient is 0 (ReLU "
                                         "blocked it, or it lost its pooling window): they add nothing"))
        self._adds = None                  # (window, adds_something()) of the window shown

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.scene().contextMenu = []
        self.view.setMinimumSize(360, 200)
        self.titles = [self.view.addLabel("", row=0, col=k, color=TEXT, size="11pt", bold=True) for k in range(3)]
        self.boxes, self.images = [], []
        for k in range(3):
            box = self.view.addViewBox(row=1, col=k, lockAspect=True, invertY=True, enableMouse=False,
                                       enableMenu=False, defaultPadding=0.02)
            box.setMouseEnabled(False, False)
            image = pg.ImageItem(axisOrder="row-major")
            box.addItem(image)
            self.boxes.append(box)
            self.images.append(image)
        self.edges = [QGraphicsRectItem() for _ in range(3)]
        for box, edge in zip(self.boxes, self.edges):
            edge.setPen(_pen(QColor(90, 90, 90), 1))
            box.addItem(edge)
        self.padding_ring = QGraphicsRectItem()
        self.padding_ring.setPen(_pen(QColor(90, 90, 90), 2, Qt.PenStyle.DashLine))
        self.boxes[0].addItem(self.padding_ring)
        self.window_rect = QGraphicsRectItem()
        self.window_rect.setPen(_pen(WINDOW_COLOUR, 4))
        self.boxes[0].addItem(self.window_rect)
        self.current_rects = [QGraphicsRectItem(), QGraphicsRectItem()]
        for box, rect in zip(self.boxes[1:], self.current_rects):
            rect.setPen(_pen(CURRENT_COLOUR, 3))
            box.addItem(rect)
        self.numbers: list[pg.TextItem] = []      # the ∂L/∂w so far, cell by cell, on the right-hand picture
        self.boxes[2].sigResized.connect(self._fit_numbers)

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = make_table()
        self.table.setStyleSheet(f"QTableWidget {{ font-size: {TABLE_POINTS}pt; }}")    # 3 x 3 blocks side by side
        self.inspector = InspectorPanel()
        self.inspector.setStyleSheet(f"QTableWidget {{ font-size: {TABLE_POINTS}pt; }}")
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.explanation)
        column.addWidget(self.table)
        column.addWidget(self.inspector)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.what_combo)
        row.addWidget(self.skip_box)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(split, 1)

    # -- state -------------------------------------------------------------------------------------
    @property
    def count(self) -> int:
        self._update()
        return 0 if self.window is None else len(self.window)

    def set_what(self, what: str) -> None:
        """"weights" (∂L/∂w, the window over the input) or "input" (∂L/∂x, the full convolution)."""
        if what not in WHATS:
            raise ValueError(f"unknown backward view {what!r}")
        self.what = what
        self.what_combo.setCurrentIndex(WHATS.index(what))

    def partial(self) -> np.ndarray:
        """What is built up after the current step: ∂L/∂w[f, c] (KH, KW), or ∂L/∂x[c] (H, W) with NaN to come."""
        self._update()
        if self.window is None:
            return np.zeros((0, 0))
        done = self.panel.position + 1
        return self.window.partial(done) if self.what == "weights" else self.window.partial_map(done)

    def next_position(self, position: int, sign: int) -> int | None:
        """The step Forward (sign +1) or Back (-1) goes to from ``position``; None at the end. With "Skip steps that
        add 0", the next that adds something (or the last step, where the sum is complete)."""
        count = self.count
        if not self.skip_box.isChecked() or self.window is None:
            k = position + sign
            return k if 0 <= k < count else None
        if self._adds is None or self._adds[0] is not self.window:
            self._adds = (self.window, self.window.adds_something())
        return next_step(self._adds[1], position, sign)

    def invalidate(self) -> None:
        """The gradients changed without a new trace (another target class): compute them again."""
        self._grads_of = self._key = None
        if self.panel.direction == "backward":
            self.panel._show()

    def _on_q_what(self, index: int) -> None:
        self.what = self.what_combo.itemData(index)
        self.panel.position = 0
        self.panel._show()

    def _update(self) -> None:
        """(Re)build the gradients and the window for the panel's trace, layer and channels, if they changed."""
        panel = self.panel
        trace = panel.trace
        if trace is not self._grads_of:
            self._grads_of, self.grads = trace, None
            if trace is not None:
                try:
                    self.grads = (self.gradient_source() if self.gradient_source is not None
                                  else gradients_of_trace(trace))
                except MessageError:
                    self.grads = None
        key = (id(self.grads), panel.layer_name, panel._channel, panel._input_channel, self.what)
        if key == self._key:
            return
        self._key, self.window = key, None
        if self.grads is None or panel.layer_name is None:
            return
        layer = self.grads.trace.step(panel.layer_name).layer if panel.layer_name in [
            s.name for s in self.grads.trace.steps] else None
        if not isinstance(layer, Conv2D):
            return
        self.window = (WeightGradientWindow(self.grads, panel.layer_name, panel._channel, panel._input_channel)
                       if self.what == "weights" else InputGradientWindow(self.grads, panel.layer_name,
                                                                           panel._input_channel))

    # -- drawing -----------------------------------------------------------------------------------
    def show_step(self, position: int) -> None:
        self._update()
        panel = self.panel
        if self.window is None:
            for image in self.images:
                image.clear()
            for item in [self.window_rect, self.padding_ring, *self.current_rects, *self.edges]:
                item.setVisible(False)
            self._set_numbers(None)
            self.table.hide()
            self.inspector.hide()
            self.explanation.setText("")
            panel.status.setText(self.tr("The backward mode steps through convolutions: choose a convolution "
                                         "layer.") if self.grads is not None else
                                 self.tr("Draw something: the stepper follows the drawing."))
            return
        for item in [self.window_rect, *self.current_rects, *self.edges]:
            item.setVisible(True)
        if self.what == "weights":
            self._show_weights(position)
        else:
            self._show_input(position)

    def _picture(self, k: int, values: np.ndarray, table, title: str) -> None:
        self.images[k].setImage(table.colours(values.astype(np.float32)), autoLevels=False)
        h, w = values.shape
        self.images[k].setRect(QRectF(0, 0, w, h))
        self.edges[k].setRect(QRectF(0, 0, w, h))
        self.boxes[k].setRange(QRectF(0, 0, w, h), padding=0.02)
        self.titles[k].setText(title)

    def _level(self, values: np.ndarray) -> float:
        finite = np.abs(values[np.isfinite(values)])
        level = float(finite.max()) if finite.size else 0.0
        return level if level > 0 else 1.0

    def _show_weights(self, position: int) -> None:
        window, panel = self.window, self.panel
        layer, f, c = window.layer, window.filter, window.channel
        step = window.positions[position]
        (ph, pw), (kh, kw) = layer.padding, layer.kernel_size
        x = self.grads.trace.step(window.layer_name).input[0, c].astype(np.float64)
        padded = np.zeros((x.shape[0] + 2 * ph, x.shape[1] + 2 * pw))
        padded[ph:ph + x.shape[0], pw:pw + x.shape[1]] = x
        input_name = panel.window.input_name if panel.window is not None else "input"
        input_table = ink_table(panel.levels.get("input", 1.0)) if input_name == "input" else diverging_table(
            self._level(padded), panel.palette)
        self._picture(0, padded, input_table, self.tr("%1 channel %2").replace("%1", term(input_name)).replace("%2", str(c)))
        self.padding_ring.setRect(QRectF(0, 0, padded.shape[1], padded.shape[0]))
        self.padding_ring.setVisible(ph > 0 or pw > 0)
        top, left, height, width = step.rect
        self.window_rect.setRect(QRectF(left + pw, top + ph, width, height))
        self._picture(1, window.upstream, diverging_table(self._level(window.upstream), panel.palette),
                      self.tr("∂L/∂y of %1[%2]").replace("%1", window.layer_name).replace("%2", str(f)))
        self.current_rects[0].setRect(QRectF(step.col, step.row, 1, 1))
        done = position + 1
        partial = window.partial(done)
        level = self._level(np.asarray(window.engine, dtype=np.float64))
        self._picture(2, partial, diverging_table(level, panel.palette),
                      self.tr("∂L/∂w[%1, %2] so far").replace("%1", str(f)).replace("%2", str(c)))
        self.current_rects[1].setVisible(False)
        self._set_numbers(partial, diverging_table(level, panel.palette))
        # the arithmetic of this step: patch x upstream = added, and the sum so far
        prepare_table(self.table, kh + 1, [""] * (3 * kw + 3))
        self.table.horizontalHeader().setVisible(False)
        # a flipped layer multiplies its stored weight (u, v) with patch cell (KH-1-u, KW-1-v): the patch is shown
        # turned by 180°, so that each patch cell sits beside the weight it is added to
        flip = bool(layer.flip)
        heads = ((0, kw, self.tr("input patch, turned 180°") if flip else self.tr("input patch")), (kw, 1, "×"), (kw + 1, kw, self.tr("added")),
                 (2 * kw + 1, 1, "→"), (2 * kw + 2, kw, self.tr("∂L/∂w so far")))
        for col, span, text in heads:
            if span > 1:
                self.table.setSpan(0, col, 1, span)
            self.table.setItem(0, col, table_item(text, bold=True))
        ink = input_name == "input"
        patch_scale = panel.levels.get("input", 1.0) if ink else max(float(np.abs(padded).max()), 1e-30)
        added_scale = max(float(np.abs(step.contribution).max()), 1e-30)
        for u in range(kh):
            for v in range(kw):
                r, t = (top + ph + (kh - 1 - u), left + pw + (kw - 1 - v)) if flip else (top + ph + u, left + pw + v)
                value = padded[r, t]
                outside = not (ph <= r < ph + x.shape[0] and pw <= t < pw + x.shape[1])
                colour = PADDING if outside else (ink_color(value, patch_scale) if ink else
                                                  sign_color(value, patch_scale, panel.palette))
                self.table.setItem(1 + u, v, table_item(shown(value), colour, italic=outside))
                self.table.setItem(1 + u, kw + 1 + v, table_item(
                    shown(step.contribution[u, v]), sign_color(step.contribution[u, v], added_scale, panel.palette)))
                self.table.setItem(1 + u, 2 * kw + 2 + v, table_item(
                    shown(partial[u, v]), sign_color(partial[u, v], level, panel.palette), bold=done == len(window)))
            self.table.setItem(1 + u, kw, table_item(shown(step.upstream) if u == kh // 2 else ""))
            self.table.setItem(1 + u, 2 * kw + 1, table_item("+=" if u == kh // 2 else ""))
        fit_table(self.table)
        self.table.show()
        self.inspector.hide()
        lines = [self.tr("Output cell (%1, %2) receives ∂L/∂y = %3. The window lies on the same input patch as in "
                         "the forward pass; ∂L/∂w[%4, %5] += %3 × patch.")
                 .replace("%1", str(step.row)).replace("%2", str(step.col)).replace("%3", shown(step.upstream))
                 .replace("%4", str(f)).replace("%5", str(c))]
        if step.upstream == 0:
            lines.append(self.tr("Its gradient is 0 (ReLU blocked it, or it did not win its pooling window): this "
                                 "position adds nothing."))
        if done == len(window):
            lines.append(self.tr("All %1 positions added: this is the engine's ∂L/∂w[%2, %3].")
                         .replace("%1", str(len(window))).replace("%2", str(f)).replace("%3", str(c)))
        lines.append(engine_text(message(CONV_WEIGHT_MEANING)))
        self.explanation.setText("\n".join(lines))
        panel.status.setText(self.tr("backward: ∂L/∂w  ·  step %1 of %2  ·  output cell (%3, %4)")
                             .replace("%1", str(done)).replace("%2", str(len(window)))
                             .replace("%3", str(step.row)).replace("%4", str(step.col)))

    def _show_input(self, position: int) -> None:
        window, panel = self.window, self.panel
        f = min(panel._channel, window.layer.out_channels - 1)
        padded = window.padded_upstream()[f]
        self._picture(0, padded, diverging_table(self._level(padded), panel.palette),
                      self.tr("∂L/∂y of %1[%2], padded").replace("%1", window.layer_name)
                      .replace("%2", str(f)))
        self.padding_ring.setVisible(False)
        top, left, height, width = window.rect(position)
        self.window_rect.setRect(QRectF(left, top, width, height))
        partial = window.partial_map(position + 1)
        y, x = window.positions[position]
        self._picture(1, partial, diverging_table(self._level(np.asarray(window.engine, dtype=np.float64)),
                                                  panel.palette),
                      self.tr("∂L/∂x of %1[%2]").replace("%1", term(window.input_name))
                      .replace("%2", str(window.channel)))
        self.current_rects[0].setRect(QRectF(x, y, 1, 1))
        self.current_rects[1].setVisible(False)
        kernel = self.grads.trace.step(window.layer_name).layer.weight[f, window.channel].astype(np.float64)
        rotated = kernel if window.layer.flip else kernel[::-1, ::-1]      # as multiplied, turned by 180°
        self._picture(2, rotated, diverging_table(self._level(rotated), panel.palette),
                      self.tr("filter %1, 180°").replace("%1", str(f)))
        self._set_numbers(rotated, diverging_table(self._level(rotated), panel.palette))
        self.table.hide()
        self.inspector.set_palette(panel.palette)
        self.inspector.show_gradient(self.grads, ("gradient", window.input_name, (window.channel, y, x)))
        self.inspector.show()
        self.explanation.setText(self.tr("The window shows filter %1's part: the filter rotated 180° over its "
                                         "upstream gradient. Every filter adds its part; the sum is ∂L/∂x at "
                                         "(%2, %3).").replace("%1", str(f)).replace("%2", str(y))
                                 .replace("%3", str(x)))
        panel.status.setText(self.tr("backward: ∂L/∂x  ·  step %1 of %2  ·  input cell (%3, %4) = %5")
                             .replace("%1", str(position + 1)).replace("%2", str(len(window)))
                             .replace("%3", str(y)).replace("%4", str(x)).replace("%5", shown(window.value(position))))

    def _set_numbers(self, values: np.ndarray | None, table=None) -> None:
        """Write each value in its cell of the right-hand picture (white on dark cells); kernels up to
        MAX_NUMBERED wide only, larger ones are read in the table."""
        if values is not None and max(values.shape) > MAX_NUMBERED:
            values = None
        count = 0 if values is None else values.size
        while len(self.numbers) < count:
            item = pg.TextItem(anchor=(0.5, 0.5))
            font = item.textItem.font()
            font.setPointSize(NUMBER_POINTS)
            item.setFont(font)
            self.boxes[2].addItem(item)
            self.numbers.append(item)
        for k, item in enumerate(self.numbers):
            item.setVisible(k < count)
        if values is None:
            return
        colours = table.colours(values.astype(np.float32))
        w = values.shape[1]
        for k, item in enumerate(self.numbers[:count]):
            u, v = divmod(k, w)
            item.setColor("#fff" if is_dark(colours[u, v]) else "#000")
            item.setText(format_value(float(values[u, v]), 3))     # as the inspector's tables: 3 decimals
            item.setPos(v + 0.5, u + 0.5)
        self._fit_numbers()

    def _fit_numbers(self, *_) -> None:
        """The numbers as large as their cells allow (up to NUMBER_MAX_PX), never wider than a cell."""
        box = self.boxes[2]
        rect = box.viewRect()
        shown_items = [item for item in self.numbers if item.isVisible()]
        if rect.width() <= 0 or rect.height() <= 0 or not shown_items:
            return
        cell = min(box.width() / rect.width(), box.height() / rect.height())
        font = QFont(shown_items[0].textItem.font())
        font.setBold(True)
        widest = max(shown_items, key=lambda item: len(item.textItem.toPlainText())).textItem.toPlainText()
        pixels = int(min(NUMBER_MAX_PX, cell * 0.4))
        while pixels > 7:
            font.setPixelSize(pixels)
            if QFontMetricsF(font).horizontalAdvance(widest) <= cell - 6:
                break
            pixels -= 1
        for item in shown_items:
            item.setFont(font)
