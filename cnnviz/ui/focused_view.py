"""The focused stage's view: a bar (previous, the stage's name and place, next, back) over one MapPanel as large
as the pipeline area allows; all the stage's maps, or one alone (read at a larger size when its values would be
too small: ``focus_reading``). ``stage_focus.StageFocus`` lays it over the pipeline and feeds it.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

import pyqtgraph as pg

from cnnviz.viz.focus import focus_layout, numbered_when_focused
from cnnviz.viz.layout import Stage

from . import focus_reading as reading
from . import panels as _panels
from .panels import BACKGROUND, TITLE_POINTS, MapPanel, font

RELAYOUT_MS = 120
KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down,
        Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def single_map(stage: Stage, index: int) -> Stage:
    """The stage reduced to its map ``index`` (with its filter, for a convolution)."""
    lead = None if stage.lead is None else stage.lead[index:index + 1]
    return replace(stage, count=1, lead=lead)


class FocusedStageView(QWidget):
    """A bar (previous, the stage's name and place, next, back) over one MapPanel as large as the area allows."""

    back = Signal()
    moved = Signal(int)             # -1 / +1: the previous / next stage

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stage: Stage | None = None
        self.table = self.lead_table = None
        self.map_index: int | None = None      # one map alone, or None for all of them
        self.anchor: tuple[int, int] | None = None     # the (row, column) to keep in view when reading one map
        self.reading: reading.ReadingFrame | None = None   # one map at the size where its values can be read
        self.panel: MapPanel | None = None
        self.hidden = False                    # concealed (predict, then reveal)
        self._array: np.ndarray | None = None
        self.position = (1, 1)                 # (this stage's place, number of stages)
        self.label = ""                        # what is shown when not the stage's own output ("B − A")

        self.previous_button = QPushButton("\u25c0")
        self.next_button = QPushButton("\u25b6")
        self.back_button = QPushButton(self.tr("Back to all stages"))
        self.title = QLabel()
        self.hint_text = (self.tr("\u2190 \u2192 stages \u00b7 \u2191 \u2193 maps \u00b7 click a map to show it "
                                   "alone \u00b7 Esc back"))
        self.read_hint = self.tr("\u2190 \u2192 stages \u00b7 \u2191 \u2193 maps \u00b7 click a cell to read the "
                                 "values \u00b7 Esc back")
        self.drag_hint = self.tr("drag to see the rest \u00b7 the wheel zooms")
        for button in (self.previous_button, self.next_button, self.back_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.previous_button.setToolTip(self.tr("Previous stage (Left arrow)"))
        self.next_button.setToolTip(self.tr("Next stage (Right arrow)"))
        self.back_button.setToolTip(self.tr("Back to the whole pipeline (Esc)"))
        self.previous_button.clicked.connect(lambda: self.moved.emit(-1))
        self.next_button.clicked.connect(lambda: self.moved.emit(1))
        self.back_button.clicked.connect(self.back.emit)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.title, 1)
        bar.addWidget(self.next_button)
        bar.addWidget(self.back_button)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setBackground(BACKGROUND)
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.graphics.scene().contextMenu = []
        self.graphics.scene().sigMouseClicked.connect(self._on_q_clicked)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(bar)
        column.addWidget(self.graphics, 1)
        self._relayout = QTimer(self, singleShot=True, interval=RELAYOUT_MS)
        self._relayout.timeout.connect(self._build)

    @property
    def panels(self) -> dict[str, MapPanel]:
        """The one panel shown, by layer name (as PipelineView.panels)."""
        return {} if self.panel is None or self.stage is None else {self.stage.name: self.panel}

    def set_stage(self, stage: Stage, table, lead_table, position: tuple[int, int], *, background=BACKGROUND,
                  label: str = "") -> None:
        """Show this stage (all its maps); ``position`` is (its place from 1, the number of stages); ``label``
        names what the maps show when it is not the stage's output (the compare view's "B − A")."""
        self.stage, self.table, self.lead_table, self.position = stage, table, lead_table, position
        self.label = label
        self.map_index = None
        self.anchor = None
        self._array = None
        self.graphics.setBackground(background)
        self._build()

    def show_map(self, index: int | None, cell: tuple[int, int] | None = None) -> None:
        """One map alone (``index``), or all of them (None); ``cell`` (row, column) is kept in view and framed
        when the map is drawn at its reading size."""
        if self.stage is None:
            return
        self.map_index = None if index is None or self.stage.count == 1 else int(index) % self.stage.count
        self.anchor = None if cell is None else (int(cell[0]), int(cell[1]))
        self._build()

    def step_map(self, step: int) -> None:
        if self.stage is not None and self.stage.count > 1:
            start = (-1 if step > 0 else 0) if self.map_index is None else self.map_index
            self.show_map(start + step)

    def shown_stage(self) -> Stage:
        """The stage as drawn now: numbered cells where the maps allow, one map when one is chosen."""
        stage = replace(self.stage, numbers=numbered_when_focused(self.stage), grid=True)
        return stage if self.map_index is None else single_map(stage, self.map_index)

    def _build(self) -> None:
        if self.stage is None:
            return
        stage = self.shown_stage()
        self._update_title()
        title_h = QFontMetricsF(font(TITLE_POINTS, bold=True)).height() + 8     # the hint or "map 2 of 8"
        bar_h = 12 + QFontMetricsF(font(12, bold=True)).height() + 8
        width = max(50, self.graphics.viewport().width() - 40)
        height = max(50, self.graphics.viewport().height() - title_h - bar_h * (2 if stage.lead is not None else 1) - 30)
        layout = focus_layout(stage, width, height)
        is_reading = reading.needs_reading(stage, layout.cell_px)
        block = stage.lead
        if is_reading:
            stage = reading.reading_stage(stage)
        self.graphics.ci.clear()
        self.panel = MapPanel(stage, self.table, columns=1 if is_reading else layout.columns,
                              lead_table=self.lead_table)
        if stage.numbers:
            reading.write_values(self.panel)
        self.panel.view.setMouseEnabled(True, True)           # the wheel zooms in on the values
        self.panel.title.setText(self._hint(is_reading, layout.cell_px))
        self.graphics.ci.addItem(self.panel.layout, row=0, col=0)
        self.reading = reading.ReadingFrame(self.panel, self.anchor) if is_reading else None
        if self.reading is not None:
            if block is not None:
                self.reading.filter = reading.StickyFilter(self.panel, block[0], self.lead_table)
            QTimer.singleShot(0, self.reading.frame)
        if self.label:                  # the colour bar says what the colours are (as the pipeline's panels)
            self.panel.set_table(self.table, self.label)
        self._show()

    def _hint(self, is_reading: bool, cell_px: float) -> str:
        """The line over the maps: what keys and clicks do, or which map is shown and how to see the rest."""
        if self.map_index is not None:
            shown = self.tr("map {0} of {1}").format(self.map_index + 1, self.stage.count)
            return f"{shown}  \u00b7  {self.drag_hint}" if is_reading else shown
        if is_reading:
            return f"{self.drag_hint}  \u00b7  " + self.tr("Esc back")
        if self.stage.count > 1 and numbered_when_focused(self.stage) and self.stage.kind != "input" and \
                not reading.reads_at(cell_px, reading.least_px()):
            return self.read_hint
        return self.hint_text

    def _update_title(self) -> None:
        stage = self.stage
        place, total = self.position
        name = _panels.stage_title(stage)
        title = self.tr("{0}  \u2014  stage {1} of {2}").format(name, place, total)
        self.title.setText(f"{title}  \u00b7  {self.label}" if self.label else title)
        self.title.setFont(font(TITLE_POINTS + 3, bold=True))
        self.previous_button.setEnabled(place > 1)
        self.next_button.setEnabled(place < total)

    def show_array(self, array) -> None:
        """One sample's output of the stage's layer (as PipelineView gives its panels)."""
        self._array = None if array is None else np.asarray(array)
        self._show()

    def set_hidden(self, hidden: bool) -> None:
        self.hidden = bool(hidden)
        self._show()

    def _show(self) -> None:
        if self.panel is None:
            return
        self.panel.image.setVisible(not self.hidden)
        if self.panel.numbers is not None:
            self.panel.numbers.setVisible(not self.hidden)
        if self._array is None:
            return
        maps = self.stage.maps(self._array)
        self.panel.show(maps if self.map_index is None else maps[self.map_index:self.map_index + 1])

    def _on_q_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.panel is None or self.stage is None:
            return
        if self.map_index is not None:
            self.show_map(None)
            return
        point = self.panel.view.mapSceneToView(event.scenePos())
        mosaic = self.panel.mosaic
        tile = mosaic.layout.tile_at(point.y(), point.x())
        if tile is not None:
            y, x, h, w = mosaic.map_rect(tile)
            row, column = int(point.y() - y), int(point.x() - x)
            inside = 0 <= point.y() - y < h and 0 <= point.x() - x < w
            self.show_map(tile, (row, column) if inside else None)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in KEYS:
            event.accept()         # these keys belong to the focused view (not Esc's "unpin inspector")
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.back.emit() if self.map_index is None else self.show_map(None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.moved.emit(-1 if key == Qt.Key.Key_Left else 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_map(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) and self.reading is not None:
            self.reading.page(-1 if key == Qt.Key.Key_PageUp else 1)     # a presenter's clicker sends these
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.stage is not None:
            self._relayout.start()
