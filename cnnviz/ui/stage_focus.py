"""Focus a stage: one stage of the pipeline enlarged over the pipeline area, readable from the back of a room.

Click a stage title (or press F, or Enter, over a stage) to focus it; the maps then fill the pipeline area,
with their values written in the cells when the maps are 26 x 26 or smaller and the cells large enough.
Click a map to show it alone (larger), click again for all; the mouse wheel zooms. One map whose values would be
too small to read is drawn larger, around the cell clicked (or pinned), and can be dragged (``focus_reading``).
Left/Right go to the previous/next stage, Up/Down to the previous/next map, Esc (or the Back button) returns to
the pipeline. The view is ``focused_view``; the layout maths (columns, cell sizes, number sizes) is in
``cnnviz.viz.focus``. Screenshots: ``CNNVIZ_FOCUS=conv1`` (or ``conv1:0`` for its first map alone, ``conv1:0:18:7``
with its cell (18, 7) in view and framed) opens the window with that stage focused.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal

from cnnviz.viz.colormap import diverging_table
from cnnviz.viz.focus import neighbour

from . import focus_reading as reading
from .focused_view import FocusedStageView
from .pipeline import input_table


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
