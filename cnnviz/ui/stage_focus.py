"""Focus a stage: one stage of the pipeline enlarged over the pipeline area, readable from the back of a room.

Click a stage title (or press F, or Enter, over a stage) to focus it; the maps then fill the pipeline area,
with their values written in the cells when the maps are 26 x 26 or smaller and the cells large enough.
Click a map to show it alone (larger), click again for all; the mouse wheel zooms. One map whose values would be
too small to read is drawn larger, around the cell clicked (or pinned), and can be dragged (``focus_reading``). Left/Right go to the
previous/next stage, Up/Down to the previous/next map, Esc (or the Back button) returns to the pipeline.
The layout maths (columns, cell sizes, number sizes) is in ``cnnviz.viz.focus``. Screenshots:
``CNNVIZ_FOCUS=conv1`` (or ``conv1:0`` for its first map alone) opens the window with that stage focused.
"""
from __future__ import annotations

import os
from dataclasses import replace

import numpy as np
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

import pyqtgraph as pg

from cnnviz.viz.colormap import diverging_table
from cnnviz.viz.focus import focus_layout, neighbour, numbered_when_focused
from cnnviz.viz.layout import Stage

from . import focus_reading as reading
from . import panels as _panels
from .panels import BACKGROUND, TITLE_POINTS, MapPanel, font
from .pipeline import input_table

RELAYOUT_MS = 120
KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


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
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.stage is not None:
            self._relayout.start()


class StageFocus(QObject):
    """Lays a FocusedStageView over a window's pipeline when a stage is focused; follows the model and trace."""

    focusChanged = Signal(str)      # the focused stage's name, "" when back to the pipeline

    def __init__(self, session, host):
        super().__init__(host.parent)
        self.host, self.session = host, session
        self.pipeline = host.pipeline
        self.name = ""
        self.hovered = ""
        # what the pipeline shows instead of a stage's output (the compare view: A or B - A), or None:
        # ``shown_instead(name) -> (array, colour level or None, label) | None``
        self.shown_instead = lambda name: None
        self.view = FocusedStageView(self.pipeline)
        self.view.hide()
        self.view.back.connect(self.leave)
        self.view.moved.connect(self.step)
        scene = self.pipeline.scene()
        scene.sigMouseClicked.connect(self._on_q_scene_clicked)
        scene.sigMouseMoved.connect(self._on_q_scene_moved)
        self.pipeline.installEventFilter(self)
        self.pipeline.rebuilt.connect(self._on_q_rebuilt)
        session.trace_changed.connect(self._on_q_trace)
        session.pinned_changed.connect(self._on_q_pinned)
        self.action = host.action(self.tr("&Focus the stage under the pointer"), self._on_q_focus_action, ["F"],
                                  self.tr("Enlarge one stage over the pipeline (F, or click its title); Esc returns"))
        host.menu("&View").addAction(self.action)

    @property
    def active(self) -> bool:
        return bool(self.name)

    def names(self) -> list[str]:
        """Every stage of the model in order, those the pipeline has no room for included."""
        return [stage.name for stage in self.pipeline.stages]

    def values(self, name: str):
        """One sample's output of the stage ``name`` as shown now (its panel's, or the last trace's), or None."""
        panel = self.pipeline.panels.get(name)
        if panel is not None:
            return panel.values
        trace = self.session.trace
        if trace is None:
            return None
        return trace.input[0] if name == "input" else trace[name][0]

    def focus(self, name: str, *, map_index: int | None = None, cell: tuple[int, int] | None = None) -> None:
        """Enlarge the stage ``name`` ("input", "conv1", ...; also one the pipeline has no room for) over the
        pipeline area; all its maps, or ``map_index`` alone. ``cell`` (row, column) is the cell kept in view when
        one map is read at a larger size; by default the inspector's cell, when it is on that map."""
        stages = {stage.name: stage for stage in self.pipeline.stages}
        if name not in stages:
            raise KeyError(f"there is no stage '{name}' to focus; the stages are {', '.join(stages)}")
        stage = stages[name]
        level = self.pipeline.levels.get(stage.level_key, 1.0)
        palette = self.pipeline.palette
        table = input_table(stage, level) if stage.kind == "input" else diverging_table(level, palette)
        instead = self.shown_instead(name)
        label = "" if instead is None else instead[2]
        if instead is not None and instead[1] is not None:      # a difference: signed, at its own level
            table = diverging_table(instead[1], palette)
        lead_table = diverging_table(self.pipeline.levels.get(stage.name + ".weight", 1.0), palette) \
            if stage.lead is not None else None
        names = self.names()
        self.name = name
        self.view.setGeometry(self.pipeline.rect())
        self.view.show()
        self.view.raise_()
        self.view.set_stage(stage, table, lead_table, (names.index(name) + 1, len(names)),
                            background=self.pipeline.backgroundBrush().color(), label=label)
        if cell is None:
            cell = reading.anchor_of(stage, map_index, self.session.inspected)
        if map_index is not None or cell is not None:
            self.view.show_map(map_index, cell)
        self.view.set_hidden(name in self.pipeline.hidden)
        self.view.show_array(self.values(name) if instead is None else instead[0])
        self.view.setFocus()
        self.focusChanged.emit(name)

    def leave(self) -> None:
        """Back to the whole pipeline."""
        if not self.name:
            return
        self.name = ""
        self.view.hide()
        self.pipeline.setFocus()
        self.focusChanged.emit("")

    def step(self, step: int) -> None:
        """Focus the stage ``step`` places after (before, if negative) the focused one."""
        if self.name:
            target = neighbour(self.names(), self.name, step)
            if target != self.name:
                self.focus(target)

    def stage_at(self, scene_pos) -> str:
        """The pipeline stage whose panel is under a scene point, or ""."""
        for name, panel in self.pipeline.panels.items():
            if panel.layout.sceneBoundingRect().contains(QPointF(scene_pos)):
                return name
        return ""

    # -- Qt to the focus --------------------------------------------------------------------
    def _on_q_scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        for name, panel in self.pipeline.panels.items():
            if panel.title.sceneBoundingRect().contains(event.scenePos()):
                self.focus(name)
                return
        note = self.pipeline.collapsed_note          # a stage with no room in the pipeline, named in its note
        if note is not None and note.sceneBoundingRect().contains(event.scenePos()):
            name = note.stage_at(note.mapFromScene(event.scenePos()))
            if name:
                self.focus(name)

    def _on_q_scene_moved(self, pos) -> None:
        self.hovered = self.stage_at(pos)

    def _on_q_focus_action(self, checked: bool = False) -> None:
        if self.active:
            self.leave()
            return
        names = self.names()
        if names:
            conv = [stage.name for stage in self.pipeline.stages if stage.kind == "conv"]
            self.focus(self.hovered if self.hovered in names else (conv or names)[0])

    def _on_q_rebuilt(self) -> None:
        # new panels (another model, a resize, presentation mode): the focused stage follows, or the view closes
        if not self.name:
            return
        if self.name in self.names():
            self.focus(self.name, map_index=self.view.map_index, cell=self.view.anchor)
            QTimer.singleShot(0, self, self._refresh)    # after the pipeline shows its trace again (not once gone)
        else:
            self.leave()

    def _refresh(self) -> None:
        stage = next((s for s in self.pipeline.stages if s.name == self.name), None)
        if stage is not None and self.view.stage is not None and stage.shape == self.view.stage.shape:
            instead = self.shown_instead(self.name)
            if (instead[2] if instead is not None else "") != self.view.label:     # the compare mode changed
                self.focus(self.name, map_index=self.view.map_index, cell=self.view.anchor)
                return
            self.view.show_array(self.values(self.name) if instead is None else instead[0])
            self.view.set_hidden(self.name in self.pipeline.hidden)

    def refresh(self) -> None:
        """Show the focused stage again (what the pipeline shows of it changed: a compare mode, a new A)."""
        if self.name:
            self.focus(self.name, map_index=self.view.map_index, cell=self.view.anchor)

    def _on_q_trace(self, trace) -> None:
        self._refresh()

    def _on_q_pinned(self, target) -> None:
        # a cell of the focused stage pinned (the inspector, a question): its map is shown with it in view
        if self.name and target and target[0] == "cell" and target[1] == self.name and len(target[2]) == 3:
            self.view.show_map(int(target[2][0]), (int(target[2][1]), int(target[2][2])))

    def eventFilter(self, watched, event) -> bool:
        if watched is self.pipeline:
            if event.type() == QEvent.Type.Resize and self.view.isVisible():
                self.view.setGeometry(self.pipeline.rect())
            elif event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and self.hovered and not self.active:
                self.focus(self.hovered)
                return True
        return super().eventFilter(watched, event)


DEMO_VARIABLE = "CNNVIZ_FOCUS"      # scripted screenshots: "conv1" focuses that stage, "conv1:0" its map 0 alone,
#                                     "conv1:0:18:7" with its cell (18, 7) in view and framed


def install(session, host, compare=None) -> StageFocus:
    """Add focusing a stage to the window behind ``host`` (View menu, F key, title clicks); with the
    experiments' ``compare`` controller, the focused stage shows what the pipeline shows: A, B or B - A."""
    focus = StageFocus(session, host)
    if compare is not None:
        focus.shown_instead = compare.stage_view
        compare.modeChanged.connect(focus.refresh)
        compare.frozenChanged.connect(focus.refresh)
    demo = os.environ.get(DEMO_VARIABLE, "")
    if demo:
        name, *place = demo.split(":")
        index = int(place[0]) if place and place[0] else None
        cell = (int(place[1]), int(place[2])) if len(place) >= 3 else None
        QTimer.singleShot(1500, lambda: focus.focus(name, map_index=index, cell=cell))
    return focus
