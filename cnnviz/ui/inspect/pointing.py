"""Pointing at the pipeline: hover shows a cell's arithmetic, a click pins it, and the inspector follows the pen.

Hover is throttled to one hit test per frame (HOVER_MS). The inspector follows new forward passes at most
every REFRESH_MS, only while it is visible, and only when the input under the shown cell's receptive field
changed (a pinned conv cell costs nothing while the pen draws elsewhere; see benchmarks/bench_inspector.py).
What the inspector shows and whether it is pinned is written to the session, which re-maps it (or drops it)
when the model changes.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QPointF, Qt, QTimer

from cnnviz.analysis import explain

from ..inspector_gradients import GRADIENT_KINDS
from .guard import guarded
from .hits import Hit

HOVER_MS = 16          # one hit test per frame while the pointer moves
REFRESH_MS = 50        # the inspector follows the pen at most every third frame (20 Hz)


class Pointing(QObject):
    """Hover, click and pin on the pipeline; keep the inspector in step with the pen and the session."""

    def __init__(self, session, host, hits, inspector, inspector_dock, *, edit_filter, select_layer, parent=None):
        super().__init__(parent)
        self.session, self.host, self.hits = session, host, hits
        self.pipeline = hits.pipeline
        self.inspector, self.inspector_dock = inspector, inspector_dock
        self._edit_filter, self._select_layer = edit_filter, select_layer
        self._hover_pos: QPointF | None = None
        self._last_hover: Hit | None = None
        self._stale = False
        self._field_cache = None          # (model id, target, input mask) of the shown cell
        self._last_inputs = None          # what the inspector's numbers were computed from
        self._hover_timer = QTimer(self, singleShot=True, interval=HOVER_MS)
        self._hover_timer.timeout.connect(self._apply_hover)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh_inspector)
        scene = self.pipeline.scene()
        scene.sigMouseMoved.connect(self._on_scene_moved)
        scene.sigMouseClicked.connect(self._on_scene_clicked)
        inspector.pinned_changed.connect(self._on_q_pinned)
        inspector.field_changed.connect(self._on_q_shown)
        inspector_dock.visibilityChanged.connect(self._on_inspector_visible)
        session.trace_changed.connect(self._on_model_trace)
        session.pinned_changed.connect(self._on_model_pinned)

    # -- hover -------------------------------------------------------------------------------------
    def _on_scene_moved(self, pos) -> None:
        self._hover_pos = QPointF(pos)
        if not self._hover_timer.isActive():
            self._hover_timer.start()

    @guarded
    def _apply_hover(self) -> None:
        if self._hover_pos is None:
            return
        hit = self.hits.hit_test(self._hover_pos)
        if hit == self._last_hover:
            return
        self._last_hover = hit
        cursor = Qt.CursorShape.ArrowCursor
        if hit is not None:
            cursor = Qt.CursorShape.CrossCursor if hit.kind == "cell" else (
                Qt.CursorShape.PointingHandCursor if hit.kind in ("filter", "title", "class") else cursor)
        self.pipeline.viewport().setCursor(cursor)
        self.hover(hit)

    def hover(self, hit: Hit | None) -> None:
        trace = self.session.trace
        if hit is None or trace is None or self.inspector.pinned:
            return
        if hit.kind == "cell":
            self.inspector.hover_cell(trace, hit.layer, hit.index)
        elif hit.kind == "class":
            self.inspector.hover_class(trace, hit.index[0])

    def forget_hover(self) -> None:
        """New panels: the next pointer move shows what is under it."""
        self._last_hover = None

    # -- clicks and pins ---------------------------------------------------------------------------
    def _on_scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        self.click_at(event.scenePos())

    @guarded
    def click_at(self, scene_pos: QPointF) -> None:
        self.click(self.hits.hit_test(QPointF(scene_pos)))

    def click(self, hit: Hit | None) -> None:
        trace = self.session.trace
        if hit is None or trace is None:
            return
        if hit.kind == "cell":
            if self.inspector.pinned and self.inspector.target == ("cell", hit.layer, hit.index):
                self.inspector.set_pinned(False)
            else:
                self.inspector.pin_cell(trace, hit.layer, hit.index)
                self.inspector_dock.raise_()
            self._select_layer(hit.layer, show=False)
        elif hit.kind == "class":
            if self.inspector.pinned and self.inspector.target == ("class", hit.index[0]):
                self.inspector.set_pinned(False)
            else:
                self.inspector.show_class(trace, hit.index[0])
                self.inspector.set_pinned(True)
                self.inspector_dock.raise_()
        elif hit.kind == "filter":
            self._edit_filter(hit.layer, hit.index[0])
        elif hit.kind == "title":
            self._select_layer(hit.layer, show=False)     # a title click focuses the stage (stage_focus)
        self._write_pin()

    def pin(self, layer: str, index) -> None:
        """Pin a cell (layer "softmax"/"class"/"logits": a class index) on the current trace."""
        trace = self.session.trace
        if layer in ("softmax", "class", "logits"):
            self.inspector.show_class(trace, int(index[0] if np.ndim(index) else index))
            self.inspector.set_pinned(True)
        else:
            self.inspector.pin_cell(trace, layer, tuple(int(v) for v in index))
        self.inspector_dock.raise_()
        self._write_pin()

    def _forward_target(self):
        """The inspector's target if it is a forward cell or class (the session's kind), else None: a gradient
        of the backward pass (``ui/backward/link.py``) is the inspector's alone."""
        target = self.inspector.target
        return None if target is None or target[0] in GRADIENT_KINDS else target

    def _write_pin(self) -> None:
        self.session.set_pinned(self._forward_target() if self.inspector.pinned else None)

    def _on_q_pinned(self, pinned: bool) -> None:
        if not pinned:
            self._last_hover = None       # the next pointer move shows what is under it
        self._write_pin()

    def _on_q_shown(self, field) -> None:
        self.session.set_inspected(self._forward_target())

    def _on_model_pinned(self, target) -> None:
        """The session moved or dropped the pinned cell (the model changed): the inspector follows."""
        if target is None and self.inspector.pinned and self._forward_target() is not None:
            self.inspector.set_pinned(False)

    def model_changed(self) -> None:
        """A new model is shown: the inspector's cell is the session's re-mapped one (shown with the next
        forward pass), or, if it does not exist any more, the inspector says so."""
        self._field_cache = self._last_inputs = None
        self._last_hover = None
        if self.inspector.target is not None and self.inspector.target[0] in GRADIENT_KINDS:
            return            # a gradient follows the next forward pass (inspector.refresh_gradient)
        target = self.session.pinned or self.session.inspected
        if target is None:
            if self.inspector.target is not None:
                self.inspector.forget_cell()
        else:
            self.inspector.set_target(target)
            if self.session.pinned is not None and not self.inspector.pinned:
                self.inspector.set_pinned(True)      # a window built anew shows the session's pin

    # -- following the pen -------------------------------------------------------------------------
    def _inspector_visible(self) -> bool:
        # a tab behind another stays "visible" to Qt (moved off screen): what counts is whether any of it shows
        return self.inspector.isVisible() and not self.inspector.visibleRegion().isEmpty()

    def _on_model_trace(self, trace) -> None:
        if self.inspector.target is None:
            return
        if not self._inspector_visible():
            self._stale = True
            return
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    @guarded
    def _refresh_inspector(self) -> None:
        self._stale = False
        trace = self.session.trace
        target = self.inspector.target
        if trace is None or target is None:
            return
        key = self._inputs_seen(trace, target)
        if key is not None and key == self._last_inputs:
            return                    # the pen drew outside this cell's receptive field: same numbers
        self.inspector.refresh(trace)
        self._last_inputs = key

    def _inputs_seen(self, trace, target) -> tuple | None:
        """What a shown cell depends on: the model and the input values in its receptive field."""
        model = self.session.model
        if target[0] != "cell":
            return (id(model), trace.input[0].tobytes())
        if self._field_cache is None or self._field_cache[:2] != (id(model), target):
            try:
                mask = explain.receptive_field(trace, target[1], target[2]).input_mask
            except explain.ExplainError:
                return None
            self._field_cache = (id(model), target, mask)
        mask = self._field_cache[2]
        return (id(model), target, trace.input[0][:, mask].tobytes())

    def flush(self) -> None:
        """Do a pending inspector refresh now (tests, screenshots)."""
        if self._refresh_timer.isActive() or self._stale:
            self._refresh_timer.stop()
            self._refresh_inspector()

    def _on_inspector_visible(self, visible: bool) -> None:
        if visible and self._stale:
            self._refresh_timer.start()
