"""Pointing at the Backward dock shows the gradient's arithmetic in the inspector, as pointing at the pipeline
does for the forward pass: hovering a gradient cell, a dL/dw tile, a dL/db cell or a logit's gradient shows it
(unless the inspector is pinned), a click pins it (clicking the same cell again unpins), and a pinned gradient
follows the pen, the target class and each learning step.

``GradientPointing(session, panel, inspector, inspector_dock)`` listens to ``BackwardPanel.pointed`` (targets
from ``hits.gradient_target``) and gives the inspector its ``gradient_source`` (the session's gradients of the
drawing shown now). The forward side (``ui/inspect/pointing.py``) keeps gradient targets out of the session's
pinned cell, which names forward cells only.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ..inspect.guard import guarded
from ..inspector_gradients import GRADIENT_KINDS

HOVER_MS = 16          # one explanation per frame while the pointer moves


class GradientPointing(QObject):
    """Connects the Backward dock's pointing to the inspector."""

    def __init__(self, session, panel, inspector, inspector_dock=None, parent=None):
        super().__init__(parent if parent is not None else panel)
        self.session, self.panel, self.inspector, self.inspector_dock = session, panel, inspector, inspector_dock
        self._hovered = None
        self._hover_timer = QTimer(self, singleShot=True, interval=HOVER_MS)
        self._hover_timer.timeout.connect(self._apply_hover)
        inspector.gradient_source = session.backward.gradients
        panel.pointed.append(self.point)
        session.backward.target_changed.connect(lambda *_: self._follow())
        session.backward.stepped.connect(lambda *_: self._follow())

    def point(self, target, clicked: bool) -> None:
        if clicked:
            self.click(target)
        elif target != self._hovered:
            self._hovered = target
            if not self._hover_timer.isActive():
                self._hover_timer.start()

    @guarded
    def _apply_hover(self) -> None:
        if self._hovered is not None and self.panel.grads is not None:
            self.inspector.hover_gradient(self.panel.grads, self._hovered)

    @guarded
    def click(self, target) -> None:
        """Pin the gradient at ``target`` in the inspector; the pinned one again unpins it."""
        grads = self.panel.grads
        if grads is None:
            return
        if self.inspector.pinned and self.inspector.target == target:
            self.inspector.set_pinned(False)
            return
        self.inspector.show_gradient(grads, target)
        self.inspector.set_pinned(True)
        if self.inspector_dock is not None:
            self.inspector_dock.raise_()

    @guarded
    def _follow(self) -> None:
        """A new target class or a learning step: a shown gradient is explained again at once."""
        target = self.inspector.target
        if target is not None and target[0] in GRADIENT_KINDS:
            self.inspector.refresh(self.session.trace)
