"""What a panel or dock may ask of the window it lives in, and nothing more.

Panels and docks get the session (the state they render) and a ``Host``: menus and actions, docks, status
messages and errors, the parent for dialogs, and the two shared views every panel draws beside, the canvas
and the pipeline. They never hold the window, so none of them can reach into it or into a sibling.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget


def window_action(window, text: str, slot, shortcuts=(), tip: str = "", *, checkable: bool = False) -> QAction:
    """A window-wide action of ``window`` (its shortcuts work wherever the focus is) that calls ``slot``."""
    action = QAction(text, window)
    action.setCheckable(checkable)
    action.triggered.connect(slot)
    if shortcuts:
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(tip or text.replace("&", ""))
    window.addAction(action)
    return action


class Host:
    """The window's services for its panels (``MainWindow.host``)."""

    def __init__(self, window):
        self._window = window
        self.canvas = window.canvas
        self.pipeline = window.pipeline
        self.live = window.live
        self.settings = window.settings

    @property
    def parent(self) -> QWidget:
        """The widget dialogs and actions belong to."""
        return self._window

    def menu(self, title: str) -> QMenu:
        """The top-level menu with this English title (shown translated; created in the usual order)."""
        return self._window.menu(title)

    def action(self, text: str, slot, shortcuts=(), tip: str = "", *, checkable: bool = False) -> QAction:
        """A window-wide action (its shortcuts work wherever the focus is) that calls ``slot``."""
        return window_action(self._window, text, slot, shortcuts, tip, checkable=checkable)

    def add_action(self, action: QAction) -> None:
        """Make an action's shortcuts work window-wide."""
        self._window.addAction(action)

    def add_dock(self, widget: QWidget, title: str, area=Qt.DockWidgetArea.RightDockWidgetArea, *,
                 name: str | None = None, shown: bool = True) -> QDockWidget:
        return self._window.add_side_panel(widget, title, area, name=name, shown=shown)

    def show_dock(self, dock: QDockWidget, *, height_share: float | None = None, width: int | None = None) -> None:
        self._window.show_dock(dock, height_share=height_share, width=width)

    def size_docks(self) -> None:
        self._window.size_docks()

    def status(self, text: str, timeout_ms: int = 8000) -> None:
        """Say something in the status bar for a while."""
        self._window.statusBar().showMessage(text, timeout_ms)

    def show_error(self, text: str, *, dialog: bool = False) -> None:
        """Say what went wrong (and, for the user's own actions, in a non-blocking message box)."""
        self._window.show_error(text, dialog=dialog)

    def open_model(self, model, source: str | None = None) -> None:
        """Show a model from outside (a new network, an import): a new edit history starts with it."""
        self._window.set_model(model, source)

    def grab_central(self):
        """A picture (QPixmap) of the canvas and the pipeline as shown now, for figures and animations."""
        return self._window.splitter.grab()

    def adopt_model_file(self, path) -> None:
        """The model shown now lives in this file (just saved there): the chooser and the next start follow."""
        self._window.adopt_model_file(path)
