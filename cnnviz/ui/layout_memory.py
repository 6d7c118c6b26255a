"""Leaving a mode puts the window back exactly as it was: a dock shown for a while (the stepper, the stroke
timeline, an experiment) grows its area; when it is hidden again, the docks' sizes before it came back.

``LayoutMemory(window)`` watches the docks the window added with ``add_side_panel``. When one is shown it
keeps the window's dock state; when that same dock is hidden and no other dock was shown or hidden meanwhile,
it restores that state. ``paused()`` is for modes that arrange docks themselves (presentation mode keeps its
own copy of the state and restores it on leaving).
"""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDockWidget


class LayoutMemory(QObject):
    """The dock state before the latest dock was shown, restored when it is hidden again."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._pause = 0
        self._generation = 0          # forget() voids a restore already scheduled
        self._saved: tuple[QDockWidget, object, frozenset] | None = None     # (dock, state, docks shown then)
        self._watched: set[QDockWidget] = set()
        self.watch_all()

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
        """Dock changes inside this block are not remembered (and forget what was)."""
        self._pause += 1
        self._saved = None
        try:
            yield
        finally:
            self._pause -= 1

    def forget(self) -> None:
        """Remember nothing (the layout was arranged anew, e.g. View → Reset layout)."""
        self._saved = None
        self._generation += 1

    def _on_q_toggled(self, dock: QDockWidget, shown: bool) -> None:
        if self._pause or dock.isFloating():
            return
        if shown:
            if self._saved is None:
                others = self.shown_docks() - {dock}
                self._saved = (dock, self.window.saveState(self._version()), others)
            return
        if self._saved is None or self._saved[0] is not dock:
            self._saved = None if self._saved is not None and dock in self._saved[2] else self._saved
            return
        _, state, others = self._saved
        self._saved = None
        if self.shown_docks() - {dock} == others:     # nothing else changed meanwhile: the sizes from before
            generation = self._generation
            QTimer.singleShot(0, lambda: self._restore(state, others, generation))

    def _restore(self, state, others, generation: int) -> None:
        if generation != self._generation or self.shown_docks() != others:
            return
        with self.paused():
            self.window.restoreState(state, self._version())
        self.window.fit_canvas()
