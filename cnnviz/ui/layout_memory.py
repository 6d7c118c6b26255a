"""Leaving a mode puts the window back exactly as it was: a dock shown for a while (the stepper, the stroke
timeline, an experiment) grows its area; when it is hidden again, the docks' sizes before it came back.

``LayoutMemory(window)`` watches the docks the window added with ``add_side_panel``. When one is shown it
keeps the window's dock state (a stack: a dock shown over another one); when that dock is hidden again and no
other dock was shown or hidden meanwhile, it restores that state. ``paused()`` is for modes that arrange docks themselves (presentation mode keeps its
own copy of the state and restores it on leaving); ``kept()`` is for modes that put docks away and give them back
exactly (presentation mode: what was remembered before it still holds after it).
"""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDockWidget


class LayoutMemory(QObject):
    """A stack of dock states: pushed when a dock is shown, restored when that dock is hidden again."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._pause = 0
        self._generation = 0          # forget() voids a restore already scheduled
        self._armed = window.isVisible()      # the docks shown with the window itself are not "shown for a while"
        self._stack: list[tuple[QDockWidget, object, frozenset]] = []     # (dock, state before it, docks shown then)
        self._watched: set[QDockWidget] = set()
        self.watch_all()
        window.installEventFilter(self)

    def watch_all(self) -> None:
        """Watch every dock the window has now (call again after adding docks)."""
        for dock, _, _ in getattr(self.window, "_dock_homes", []):
            if dock not in self._watched:
                self._watched.add(dock)
                dock.toggleViewAction().toggled.connect(lambda on, d=dock: self._on_q_toggled(d, on))

    def _version(self) -> int:
        return getattr(self.window, "LAYOUT_VERSION", 0)

    def shown_docks(self) -> frozenset:
        return frozenset(d for d in self._watched if not d.isHidden())

    @contextmanager
    def paused(self):
        """Dock changes inside this block are not remembered (and what was remembered is forgotten)."""
        self._pause += 1
        self.forget()
        try:
            yield
        finally:
            self._pause -= 1

    @contextmanager
    def kept(self):
        """Dock changes inside this block are not remembered, and what was remembered is kept (presentation
        mode puts the docks away and gives them back with the layout from before it: the stepper, opened
        before, still gives back its sizes when it is closed afterwards). Docks hidden at the end are let go."""
        self._pause += 1
        try:
            yield
        finally:
            self._pause -= 1
            self._stack = [entry for entry in self._stack if not entry[0].isHidden()]

    def forget(self) -> None:
        """Remember nothing (the layout was arranged anew, e.g. View \u2192 Reset layout)."""
        self._stack = []
        self._generation += 1

    def _on_q_toggled(self, dock: QDockWidget, shown: bool) -> None:
        # the action toggles before the dock is shown or hidden: the state saved is the one before
        if self._pause or not self._armed or dock.isFloating():
            return
        if shown:
            self._stack.append((dock, self.window.saveState(self._version()), self.shown_docks() - {dock}))
            return
        if not self._stack or self._stack[-1][0] is not dock:
            self._stack = [entry for entry in self._stack if entry[0] is not dock and dock not in entry[2]]
            return
        _, state, others = self._stack.pop()
        if self.shown_docks() - {dock} == others:     # nothing else changed meanwhile: the sizes from before
            generation = self._generation
            QTimer.singleShot(0, lambda: self._restore(state, others, generation))

    def _restore(self, state, others, generation: int) -> None:
        if generation != self._generation or self.shown_docks() != others:
            return
        self._pause += 1
        try:
            self.window.restoreState(state, self._version())
            for dock in self.shown_docks() - others:     # shown before its action toggled (dock.show()): the
                dock.hide()                               # state was saved with it; hide it again
        finally:
            self._pause -= 1
        self.window.fit_canvas()

    def _arm(self) -> None:
        self._armed = True

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show and not self._armed:
            QTimer.singleShot(0, self._arm)
        return super().eventFilter(watched, event)
