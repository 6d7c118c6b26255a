"""Point at the pipeline to see its arithmetic; edit filters and layers; undo model edits.

``InspectController(session, host)`` puts the inspector, the filter editor and the layer controls in the
bottom dock strip (three tabs, the inspector first) and connects the parts, each in a file of its own:

* ``pointing``: hovering a map cell (feature map, activation, pooled map, hidden dense unit) shows its
  arithmetic; a click pins it (click again, or Esc, unpins); a pinned cell follows the pen. Hovering or
  clicking a softmax or logit bar explains that class.
* ``field_overlay``: the cell's receptive field outlined on the layer's input panel (solid) and further down
  (dotted); dashed where the filter reaches past the input's edge, zero padding as a hatched border.
* ``model_edits``: clicking a filter opens it in the filter editor, a stage's title its layer's settings;
  edits, undo, redo, reset, save and the training hand-off go through the session.
* ``model_menu``: the Model menu and the edit history shown in the dock; ``tooltips``: each stage's tooltip;
  ``demo``: the ``CNNVIZ_DEMO`` screenshot hooks.
"""
from __future__ import annotations

import os

import numpy as np
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QScrollArea

from ..filter_editor import FilterEditor
from ..inspector import InspectorPanel
from ..model_dock import ModelDock
from .demo import DEMO_VARIABLE, run_demo
from .field_overlay import FieldOverlays
from .guard import guarded
from ..architecture_editor import ArchitectureEditor
from .hits import PipelineHits
from .model_edits import ModelEdits
from .model_menu import ModelMenu
from .pointing import Pointing
from .tooltips import set_stage_tooltips

TABLE_POINTS = 12


class InspectController(QObject):
    """The inspector, filter editor and layer controls of a window, rendering its session."""

    def __init__(self, session, host, *, rng: np.random.Generator | None = None, parent=None):
        super().__init__(parent if parent is not None else host.parent)
        self.session, self.host = session, host
        self.pipeline = host.pipeline
        rng = rng if rng is not None else np.random.default_rng()
        self.inspector = InspectorPanel(columns=2, pipeline_hint=True)
        # compact tables, so a 3x3 conv cell's patch x filter = products fits the dock without scrolling
        self.inspector.setStyleSheet(f"QTableWidget {{ font-size: {TABLE_POINTS}pt; }}")
        self.filter_editor = FilterEditor(rng=rng)
        self.model_dock = ModelDock()
        self.architecture_editor = ArchitectureEditor(session, host, rng=rng)
        self.model_dock.add_section(self.architecture_editor)
        # Tabs in one strip below the canvas and the pipeline (the window sizes it): the pipeline keeps its
        # width (a deep model needs ~900 px for three rows of stages) and the canvas most of the height.
        # Dock names stay English whatever the language (saved layouts and scenes refer to them).
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.inspector_dock = host.add_dock(_scrolled(self.inspector), self.tr("Inspector"), bottom,
                                            name="dock-Inspector")
        self.filter_dock = host.add_dock(_scrolled(self.filter_editor), self.tr("Filter editor"), bottom,
                                         name="dock-Filter editor")
        self.layers_dock = host.add_dock(self.model_dock, self.tr("Layers and model"), bottom,
                                         name="dock-Layers and model")
        self.inspector_dock.raise_()          # the inspector's tab in front

        self.hits = PipelineHits(self.pipeline)
        self.field = FieldOverlays(self.pipeline, self.hits)
        self.edits = ModelEdits(session, host, self.filter_editor, self.filter_dock, self.model_dock,
                                self.layers_dock, rng=rng, parent=self)
        self.pointing = Pointing(session, host, self.hits, self.inspector, self.inspector_dock,
                                 edit_filter=self.edits.edit_filter, select_layer=self.edits.select_layer, parent=self)
        self.menu = ModelMenu(session, host, self.edits, self.inspector, self.model_dock,
                              (self.inspector_dock, self.filter_dock, self.layers_dock), parent=self)
        self.pipeline.rebuilt.connect(self._on_rebuilt)
        self.inspector.field_changed.connect(self.field.set_field)
        session.palette_changed.connect(self._on_model_palette)
        session.model_changed.connect(self._on_model_changed)
        self._on_model_palette(session.palette)
        if session.model is not None:
            self._on_model_changed(session.model)
            self._on_rebuilt()
        demo = os.environ.get(DEMO_VARIABLE, "").strip()
        if demo:
            QTimer.singleShot(0, self, lambda: self.run_demo(demo))

    # -- the parts, as one object for scripts and tests --------------------------------------------
    history = property(lambda self: self.session.history)
    overlays = property(lambda self: self.field.overlays)
    undo_action = property(lambda self: self.menu.undo_action)
    redo_action = property(lambda self: self.menu.redo_action)
    unpin_action = property(lambda self: self.menu.unpin_action)
    help_action = property(lambda self: self.menu.help_action)

    def __getattr__(self, name: str):
        """hit_test, cell_rect, cell_scene_pos (hits); hover, click, click_at, pin, flush (pointing);
        select_layer, edit_filter, apply_edit, undo, redo, reset_model, save_model_as, save_to,
        training_started, training_finished (edits)."""
        for part in ("hits", "pointing", "edits"):
            owner = self.__dict__.get(part)
            if owner is not None and name in _PUBLIC[part]:
                return getattr(owner, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @guarded
    def run_demo(self, spec: str) -> None:
        run_demo(self, spec)

    # -- the session -------------------------------------------------------------------------------
    def _on_model_palette(self, name: str) -> None:
        """One colour convention everywhere: the inspector and the filter editor take the session's palette."""
        self.filter_editor.set_palette(name)
        self.inspector.set_palette(name, self.session.trace)

    @guarded
    def _on_model_changed(self, model) -> None:
        self.pointing.model_changed()
        self.model_dock.set_model(model)
        self.edits.sync_filter_editor(model)

    @guarded
    def _on_rebuilt(self) -> None:
        """New panels: overlays, padding borders and tooltips; the field drawn again."""
        self.pointing.forget_hover()
        self.field.rebuild()
        if self.pipeline.model is not None:
            set_stage_tooltips(self.pipeline, self.pipeline.model, self.model_dock.controls.formula_text)


_PUBLIC = {"hits": {"hit_test", "hit_mosaic", "cell_rect", "cell_scene_pos"},
           "pointing": {"hover", "click", "click_at", "pin", "flush"},
           "edits": {"select_layer", "edit_filter", "apply_edit", "undo", "redo", "reset_model", "save_model_as",
                     "save_to", "training_started", "training_finished"}}


def _scrolled(widget) -> QScrollArea:
    """A widget in a frameless scroll area, so a low dock strip never forces the window taller."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll
