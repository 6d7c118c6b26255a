"""Step through a convolution: the filter (or pooling window) moves across the layer's input and the
output map fills in, one cell per step, with that cell's products and sum in an inspector.

Left: one channel of the layer's input, its zero padding drawn as a dashed ring, the window as a
thick frame. Right: the output channel, cells not computed yet in grey. Below: the arithmetic of
the current cell (``InspectorPanel``). A ``QTimer`` plays the steps; no threads. The positions, the
windows and the values come from ``cnnviz.viz.stepper.SlidingWindow`` (plain NumPy).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (QComboBox, QFrame, QGraphicsRectItem, QHBoxLayout, QLabel, QPushButton, QScrollArea,
                               QSizePolicy, QSlider, QSpinBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget)

import pyqtgraph as pg

from cnnviz.analysis.channels import plane_names
from cnnviz.engine import Trace
from cnnviz.viz.colormap import DEFAULT_PALETTE, diverging_table, ink_table
from cnnviz.viz.layout import format_value
from cnnviz.viz.stepper import SlidingWindow, StepperError, steppable_layers

from ..channel_spin import ChannelSpin
from ..inspector import InspectorPanel
from ..panels import TEXT
from .stepper_backward import DIRECTIONS, BackwardMode
from .stepper_transpose import show_stamping, window_for

WINDOW_COLOUR = QColor("#f0a30a")      # amber: visible on blue, orange, red and white alike
CURRENT_COLOUR = QColor("#111111")
MIN_SPEED, MAX_SPEED, DEFAULT_SPEED = 1, 60, 4      # steps per second


class StepperPanel(QWidget):
    """Play, pause, step and set the speed of a sliding window over one conv or pooling layer.

    ``set_trace(trace, levels)`` follows the drawing (the position is kept); ``set_layer(name, channel)``
    chooses what to step through; ``position`` is the current output cell in reading order; the output
    map shows cells ``0 .. position`` computed. ``stepped(int)`` is emitted for every position shown.
    """

    stepped = Signal(int)
    playingChanged = Signal(bool)
    selectionChanged = Signal()       # another layer, output channel or shown input channel (``selection()``)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.trace: Trace | None = None
        self.levels: dict[str, float] = {}
        self.palette = DEFAULT_PALETTE
        self.window: SlidingWindow | None = None
        self.position = 0
        self._layer, self._channel, self._input_channel = None, 0, 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_q_tick)

        self.layer_combo = QComboBox()
        self.layer_combo.setToolTip(self.tr("The convolution or pooling layer to step through"))
        self.layer_combo.activated.connect(self._on_q_layer)
        self.channel_spin = QSpinBox()
        self.channel_spin.setToolTip(self.tr("Which output channel (filter) to compute"))
        self.channel_spin.valueChanged.connect(self._on_q_channel)
        self.input_spin = ChannelSpin()             # R, G, B on the colour planes of the input
        self.input_spin.setToolTip(self.tr("Which input channel to show under the window (all channels are summed)"))
        self.input_spin.valueChanged.connect(self._on_q_input_channel)
        self.direction_combo = QComboBox()      # forward pass, or the backward pass (stepper_backward.py)
        self.direction_combo.addItem(self.tr("forward pass"), "forward")
        self.direction_combo.addItem(self.tr("backward pass"), "backward")
        self.direction_combo.setToolTip(self.tr("Step through the forward pass, or through the gradients of "
                                                "the backward pass"))
        self.direction_combo.activated.connect(lambda i: self.set_direction(self.direction_combo.itemData(i)))
        choose = QHBoxLayout()
        choose.addWidget(self.direction_combo)
        for text, widget in ((self.tr("Layer"), self.layer_combo), (self.tr("output channel"), self.channel_spin),
                             (self.tr("shown input channel"), self.input_spin)):
            choose.addWidget(QLabel(text))
            choose.addWidget(widget)
        choose.addStretch(1)

        def button(text, tip, slot):
            b = QPushButton(text)
            b.setToolTip(tip)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)       # Space stays a window shortcut
            b.clicked.connect(slot)
            return b
        self.start_button = button("\u21e4 " + self.tr("First"), self.tr("Back to the first cell (Home)"), self.restart)
        self.back_button = button("\u25c0 " + self.tr("Back"), self.tr("Step back (,)"), self.step_back)
        self.play_button = button(self.tr("\u25b6 Play"), self.tr("Play or pause (K)"), self.toggle_play)
        self.forward_button = button(self.tr("Forward") + " \u25b6", self.tr("Step forward (.)"), self.step_forward)
        self.end_button = button(self.tr("All") + " \u21e5", self.tr("Compute every cell (End)"), self.finish)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(MIN_SPEED, MAX_SPEED)
        self.speed.setValue(DEFAULT_SPEED)
        self.speed.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.speed.setToolTip(self.tr("Steps per second ([ slower, ] faster)"))
        self.speed.valueChanged.connect(self._on_q_speed)
        self.speed_label = QLabel()
        self.status = QLabel()
        controls = QHBoxLayout()
        for b in (self.start_button, self.back_button, self.play_button, self.forward_button, self.end_button):
            controls.addWidget(b)
        controls.addSpacing(12)
        controls.addWidget(QLabel(self.tr("Speed")))
        controls.addWidget(self.speed, 1)
        controls.addWidget(self.speed_label)

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")          # cells not computed yet are grey on it
        self.view.scene().contextMenu = []     # pictures, not plots: no pyqtgraph Export... (its boxes have no menu)
        self.view.setMinimumSize(360, 200)
        self.input_title = self.view.addLabel("", row=0, col=0, color=TEXT, size="12pt", bold=True)
        self.output_title = self.view.addLabel("", row=0, col=1, color=TEXT, size="12pt", bold=True)
        self.input_box = self._box(1, 0)
        self.output_box = self._box(1, 1)
        self.input_image = pg.ImageItem(axisOrder="row-major")
        self.output_image = pg.ImageItem(axisOrder="row-major")
        self.input_box.addItem(self.input_image)
        self.output_box.addItem(self.output_image)
        dashed = QPen(QColor(90, 90, 90), 2, Qt.PenStyle.DashLine)
        dashed.setCosmetic(True)
        self.padding_ring = QGraphicsRectItem()
        self.padding_ring.setPen(dashed)
        solid = QPen(QColor(90, 90, 90), 1)
        solid.setCosmetic(True)
        self.input_edge = QGraphicsRectItem()
        self.input_edge.setPen(solid)
        thick = QPen(WINDOW_COLOUR, 4)
        thick.setCosmetic(True)
        self.window_rect = QGraphicsRectItem()
        self.window_rect.setPen(thick)
        current = QPen(CURRENT_COLOUR, 3)
        current.setCosmetic(True)
        self.current_rect = QGraphicsRectItem()
        self.current_rect.setPen(current)
        for item in (self.padding_ring, self.input_edge, self.window_rect):
            self.input_box.addItem(item)
        self.output_edge = QGraphicsRectItem()
        self.output_edge.setPen(solid)
        self.output_box.addItem(self.output_edge)
        self.output_box.addItem(self.current_rect)

        self.inspector = InspectorPanel()
        scroll = QScrollArea()             # a low dock scrolls the arithmetic rather than squeezing it together
        scroll.setWidget(self.inspector)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        split = QSplitter(Qt.Orientation.Horizontal)     # a wide dock below the pipeline
        split.addWidget(self.view)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)          # the arithmetic's table (patch x filter = products) fits beside
        split.setStretchFactor(1, 2)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addLayout(choose)
        column.addLayout(controls)
        column.addWidget(self.status)
        self.backward = BackwardMode(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(split)
        self.pages.addWidget(self.backward)
        column.addWidget(self.pages, 1)
        self.pages.currentChanged.connect(self._on_q_page)
        self._on_q_page(0)
        self._on_q_speed(self.speed.value())
        self._show()

    def _on_q_page(self, index: int) -> None:
        for i in range(self.pages.count()):      # the stack asks for the room of the page shown, not the largest
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.pages.widget(i).setSizePolicy(policy, policy)

    def _box(self, row, col) -> pg.ViewBox:
        box = self.view.addViewBox(row=row, col=col, lockAspect=True, invertY=True, enableMouse=False,
                                   enableMenu=False, defaultPadding=0.02)
        box.setMouseEnabled(False, False)
        return box

    # -- state -------------------------------------------------------------------------------------
    @property
    def layer_name(self) -> str | None:
        return self._layer

    def selection(self) -> tuple[str | None, int, int, str]:
        """(layer, output channel, shown input channel, kind: "conv", "pool" or "transpose"; "" with no layer)."""
        return self._layer, self._channel, self._input_channel, self.window.kind if self.window is not None else ""

    @property
    def playing(self) -> bool:
        return self._timer.isActive()

    @property
    def count(self) -> int:
        if self.direction == "backward":
            return self.backward.count
        return len(self.window) if self.window is not None else 0

    @property
    def direction(self) -> str:
        """"forward" (the window computes the output map) or "backward" (it builds up the gradients)."""
        return DIRECTIONS[self.pages.currentIndex()] if hasattr(self, "pages") else "forward"

    def set_direction(self, direction: str) -> None:
        """Step through the forward pass or the backward pass, from the first step."""
        if direction not in DIRECTIONS:
            raise StepperError(f"unknown direction {direction!r}: forward or backward")
        self.direction_combo.setCurrentIndex(DIRECTIONS.index(direction))
        self.pages.setCurrentIndex(DIRECTIONS.index(direction))
        self.position = 0
        self._show()

    @property
    def steps_per_second(self) -> int:
        return self.speed.value()

    def partial_map(self) -> np.ndarray:
        """The output map as shown now: computed cells, NaN for those still to come."""
        if self.window is None:
            return np.zeros((0, 0))
        return self.window.partial_map(self.position + 1)

    def set_trace(self, trace: Trace | None, levels: dict[str, float] | None = None) -> None:
        """Follow a new forward pass (the drawing or the model changed), keeping layer, channel and position."""
        self.trace = trace
        if levels is not None:
            self.levels = dict(levels)
        names = steppable_layers(trace) if trace is not None else []
        if [self.layer_combo.itemText(i) for i in range(self.layer_combo.count())] != names:
            self.layer_combo.blockSignals(True)
            self.layer_combo.clear()
            self.layer_combo.addItems(names)
            self.layer_combo.blockSignals(False)
        if self._layer not in names:
            self._layer = names[0] if names else None
            self.position = 0
        self._rebuild()

    def set_palette(self, palette: str) -> None:
        self.palette = palette
        self.inspector.set_palette(palette, self.trace)     # its cells in the same colours as the maps
        self._show()

    def set_layer(self, name: str, channel: int = 0, input_channel: int = 0) -> None:
        """Step through output ``channel`` of layer ``name`` from its first cell."""
        if self.trace is None or name not in steppable_layers(self.trace):
            raise StepperError(f"'{name}' is not a convolution or pooling layer of this model")
        self._layer, self._channel, self._input_channel = name, int(channel), int(input_channel)
        self.position = 0
        self._rebuild()

    def _rebuild(self) -> None:
        self.window = None
        if self.trace is not None and self._layer is not None:
            step = self.trace.step(self._layer)
            channels, in_channels = step.output.shape[1], step.input.shape[1]
            self._channel = min(self._channel, channels - 1)
            self._input_channel = min(self._input_channel, in_channels - 1)
            self.window = window_for(self.trace, self._layer, self._channel)     # a transposed conv is stamped
            self.position = max(0, min(self.position, self.count - 1))
            self._sync_controls(channels, in_channels)
        self._show()
        self.selectionChanged.emit()

    def _sync_controls(self, channels: int, in_channels: int) -> None:
        for widget, top, value in ((self.channel_spin, channels - 1, self._channel),
                                   (self.input_spin, in_channels - 1, self._input_channel)):
            widget.blockSignals(True)
            widget.setRange(0, top)
            widget.setValue(value)
            widget.blockSignals(False)
        self.input_spin.set_names(plane_names([step.layer for step in self.trace.steps], self.trace.input.shape[1],
                                              self._layer))
        self.input_spin.setEnabled(self.window.kind in ("conv", "transpose") and in_channels > 1)
        self.layer_combo.blockSignals(True)
        self.layer_combo.setCurrentText(self._layer)
        self.layer_combo.blockSignals(False)

    # -- playing -----------------------------------------------------------------------------------
    def go_to(self, position: int) -> None:
        if self.window is None:
            return
        self.position = max(0, min(int(position), self.count - 1))
        self._show()
        self.stepped.emit(self.position)

    def step_forward(self) -> None:
        after = self._next(+1)
        if self.window is not None and after is not None:
            self.go_to(after)
        else:
            self.pause()

    def step_back(self) -> None:
        before = self._next(-1)
        self.go_to(self.position - 1 if before is None else before)

    def _next(self, sign: int) -> int | None:
        if self.direction == "backward":            # may skip the steps that add 0
            return self.backward.next_position(self.position, sign)
        k = self.position + sign
        return k if 0 <= k < self.count else None

    def restart(self) -> None:
        self.go_to(0)

    def finish(self) -> None:
        self.pause()
        self.go_to(self.count - 1)

    def play(self) -> None:
        if self.window is None:
            return
        if self.position >= self.count - 1:
            self.go_to(0)
        if not self._timer.isActive():
            self._timer.start()
            self.play_button.setText(self.tr("\u275a\u275a Pause"))
            self.playingChanged.emit(True)

    def pause(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.play_button.setText(self.tr("\u25b6 Play"))
            self.playingChanged.emit(False)

    def toggle_play(self) -> None:
        self.pause() if self.playing else self.play()

    def set_speed(self, steps_per_second: int) -> None:
        self.speed.setValue(int(steps_per_second))

    def faster(self) -> None:
        self.set_speed(self.speed.value() + max(1, self.speed.value() // 4))

    def slower(self) -> None:
        self.set_speed(self.speed.value() - max(1, self.speed.value() // 5))

    def _on_q_tick(self) -> None:
        self.step_forward()

    def _on_q_speed(self, value: int) -> None:
        self._timer.setInterval(max(1, int(round(1000 / value))))
        self.speed_label.setText(self.tr("%n step(s)/s", "", value))

    def _on_q_layer(self, index: int) -> None:
        self.set_layer(self.layer_combo.itemText(index), 0, 0)

    def _on_q_channel(self, value: int) -> None:
        if self._layer is not None:
            self._channel = int(value)
            self.position = 0
            self._rebuild()

    def _on_q_input_channel(self, value: int) -> None:
        self._input_channel = int(value)
        self._show()
        self.selectionChanged.emit()

    # -- drawing -----------------------------------------------------------------------------------
    def _table(self, name: str, values: np.ndarray):
        if name == "input":
            return ink_table(self.levels.get("input", 1.0))
        level = self.levels.get(name) or float(np.nanmax(np.abs(values))) if values.size else 1.0
        return diverging_table(level if level and level > 0 else 1.0, self.palette)

    def _show(self) -> None:
        if self.direction == "backward":
            self.backward.show_step(self.position)
            return
        window = self.window
        for item in (self.padding_ring, self.input_edge, self.window_rect, self.current_rect):
            item.setVisible(window is not None)
        if window is None:
            self.input_image.clear()
            self.output_image.clear()
            self.status.setText(self.tr("Draw something: the stepper follows the drawing."))
            return
        if window.kind == "transpose":
            return show_stamping(self)
        padded = window.padded_input(self._input_channel)
        ph, pw = window.padding
        channel_in = window.channel if window.kind == "pool" else self._input_channel
        self.input_image.setImage(self._table(window.input_name, padded).colours(padded.astype(np.float32)),
                                  autoLevels=False)
        self.input_image.setRect(QRectF(0, 0, padded.shape[1], padded.shape[0]))
        self.padding_ring.setRect(QRectF(0, 0, padded.shape[1], padded.shape[0]))
        self.padding_ring.setVisible(ph > 0 or pw > 0)
        self.input_edge.setRect(QRectF(pw, ph, padded.shape[1] - 2 * pw, padded.shape[0] - 2 * ph))
        position = window.positions[self.position]
        top, left, height, width = position.rect
        self.window_rect.setRect(QRectF(left + pw, top + ph, width, height))
        self.input_box.setRange(QRectF(0, 0, padded.shape[1], padded.shape[0]), padding=0.02)

        partial = self.partial_map()
        table = self._table(self._layer, window.feature_map)
        self.output_image.setImage(table.colours(partial.astype(np.float32)), autoLevels=False)
        oh, ow = window.output_shape
        self.output_image.setRect(QRectF(0, 0, ow, oh))
        self.current_rect.setRect(QRectF(position.col, position.row, 1, 1))
        self.output_edge.setRect(QRectF(0, 0, ow, oh))
        self.output_box.setRange(QRectF(0, 0, ow, oh), padding=0.02)

        padding_text = self.tr(", padding %1 (dashed)").replace("%1", str(ph)) if (ph or pw) else ""
        self.input_title.setText(self.tr("%1 channel %2%3").replace("%1", window.input_name)
                                 .replace("%2", str(channel_in)).replace("%3", padding_text))
        self.output_title.setText(self.tr("%1 channel %2").replace("%1", self._layer).replace("%2", str(window.channel)))
        cell = window.cell(self.position)
        stride = window.layer.stride if window.layer.stride is not None else ("adaptive",)
        self.status.setText(self.tr("cell (%1, %2) = %3  \u00b7  step %4 of %5  \u00b7  stride %6")
                            .replace("%1", str(position.row)).replace("%2", str(position.col))
                            .replace("%3", format_value(cell.value, 3)).replace("%4", str(self.position + 1))
                            .replace("%5", str(len(window))).replace("%6", " \u00d7 ".join(map(str, stride))))
        self.inspector.show_cell(self.trace, self._layer, (0, window.channel, position.row, position.col))
