"""What a panel or dock may ask of the window it lives in, and nothing more.

Panels, docks and installers get the session (the state they render) and a ``Host``: menus and actions, docks,
status messages and errors, the parent for dialogs, the two shared views every panel draws beside (the canvas
and the pipeline), and for lecture mode the window's layout, full screen, pen width and language. They never
hold the window, so none of them can reach into it or into a sibling (tests/test_ui_boundaries.py).
"""
from __future__ import annotations

from contextlib import nullcontext

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QStatusBar, QToolBar, QWidget

from . import i18n


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
        self.eraser_action = window.eraser_action       # the pen palette puts the eraser away
        self.open_model_action = window.open_action     # File → Open model file… (file entries go beside it)

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

    def resize_dock(self, dock: QDockWidget, height: int) -> None:
        """Make a bottom dock (and the tabs it shares its place with) ``height`` pixels high."""
        self._window.resizeDocks([dock], [int(height)], Qt.Orientation.Vertical)

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

    def add_under_canvas(self, widget: QWidget) -> None:
        """Put a widget (a hint) in the canvas's column, under the canvas."""
        self.canvas.parentWidget().add_under_canvas(widget)

    # -- docks as a whole (scenes, demos, presentation mode) ------------------------------------
    def docks(self) -> list[QDockWidget]:
        """Every dock of the window (named ones are saved in layouts and scenes)."""
        window = self._window
        return [d for d in window.findChildren(QDockWidget) if d.parent() is window]

    def side_width(self) -> int:
        """The width a right-hand dock asks for when it is shown."""
        return self._window.side_width()

    # -- the window's size and layout (presentation mode, screenshots) --------------------------
    def own_font_widgets(self) -> list[QWidget]:
        """The window's widgets with fonts of their own (the toolbar, the status bar)."""
        return self._window.findChildren(QToolBar) + self._window.findChildren(QStatusBar)

    def window_state(self) -> Qt.WindowState:
        return self._window.windowState()

    def show_full_screen(self) -> None:
        """Full screen, the canvas fitted again once the window has its new size."""
        self._window.showFullScreen()
        QTimer.singleShot(250, self._window.fit_canvas)

    def restore_window_state(self, state: Qt.WindowState) -> None:
        """Back to ``state`` (from ``window_state()``): normal, maximised or full screen; the canvas fitted again."""
        window = self._window
        QTimer.singleShot(250, window.fit_canvas)
        window.setWindowState(state)
        if not state & Qt.WindowState.WindowFullScreen:
            window.showNormal() if not state & Qt.WindowState.WindowMaximized else window.showMaximized()

    @property
    def canvas_share(self) -> float:
        """At most this fraction of the width goes to the canvas."""
        return self._window.canvas_share

    @canvas_share.setter
    def canvas_share(self, share: float) -> None:
        self._window.canvas_share = share

    @property
    def canvas_minimum(self) -> int | None:
        """The canvas column's smallest width when the window sets it apart from its class default (None)."""
        return self._window.__dict__.get("CANVAS_MIN")

    @canvas_minimum.setter
    def canvas_minimum(self, pixels: int | None) -> None:
        if pixels is None:
            self._window.__dict__.pop("CANVAS_MIN", None)
        else:
            self._window.CANVAS_MIN = pixels

    @property
    def canvas_hint(self):
        """The hint label under the canvas ("Draw a ○ or a ×"), if the window has one."""
        return getattr(self._window, "canvas_hint", None)

    def save_layout(self) -> dict:
        """The docks' arrangement, the canvas split and the window's size and place, for ``restore_layout``."""
        window = self._window
        return {"state": window.windowState(), "dock_state": window.saveState(window.LAYOUT_VERSION),
                "splitter": window.splitter.saveState(), "size": window.size(), "pos": window.pos()}

    def docks_put_away(self):
        """A context in which docks hidden and shown again (presentation mode) are not remembered as a dock
        shown for a while, and a dock shown before keeps its sizes to give back when it is closed."""
        memory = getattr(self._window, "layout_memory", None)
        return memory.kept() if memory is not None else nullcontext()

    def restore_layout(self, saved: dict) -> None:
        """Exactly the layout ``save_layout`` returned: window size (unless full screen or maximised), docks, split;
        a dock shown before it (the stepper) still gives back its sizes when it is closed."""
        window = self._window
        if not saved["state"] & (Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
            window.resize(saved["size"])
            window.move(saved["pos"])
        # the toolbar and status bar have just got their own fonts back: their heights first, then the docks' sizes
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        window.layout().activate()
        with self.docks_put_away():
            window.restoreState(saved["dock_state"], window.LAYOUT_VERSION)
        window.splitter.restoreState(saved["splitter"])

    def fit_canvas(self) -> None:
        """Give the canvas its square again (after the window changed size)."""
        self._window.fit_canvas()

    def fill_screen(self, *, full: bool = False) -> None:
        """Size the window to its screen (``full``: all of it, else less its panels) and fit the canvas: what a
        window manager would do, for scripted screenshots."""
        window = self._window
        screen = window.screen()
        if screen is not None:
            window.setGeometry(screen.geometry() if full else screen.availableGeometry())
            QTimer.singleShot(150, window.fit_canvas)

    def watch_window(self, watcher: QObject) -> None:
        """``watcher.eventFilter`` sees the window's events (its close, for one)."""
        self._window.installEventFilter(watcher)

    # -- drawing, pen and language -------------------------------------------------------------
    def draw_example(self, label: str) -> None:
        """Replace the drawing by a generated sketch of ``label`` ("circle" or "cross")."""
        self._window.draw_example(label)

    def set_pen_width(self, width: float) -> None:
        """The pen's width in canvas pixels (the toolbar's spin box shows it)."""
        window = self._window
        window.width_spin.blockSignals(True)
        window.width_spin.setValue(int(round(width)))
        window.width_spin.blockSignals(False)
        self.canvas.pen_width = float(width)

    def language(self) -> str:
        return self._window.language()

    def set_language(self, code: str) -> None:
        """Show the interface in another language and remember it (the window may be rebuilt in it)."""
        self.settings.setValue(i18n.SETTINGS_KEY, code)
        self._window.set_language(code)

    def note_set_aside(self, note: str) -> None:
        """Something the start could not restore: named once, with the rest, when the window is ready."""
        self._window.set_aside.append(note)

    # -- menus as a whole (the shortcut list) -------------------------------------------------
    def menu_bar_actions(self) -> list[QAction]:
        """The menu bar's top-level entries (each one's ``menu()``)."""
        return self._window.menuBar().actions()

    def actions(self) -> list[QAction]:
        """Every action of the window (menus, toolbar, shortcuts without a menu)."""
        return self._window.findChildren(QAction)
