"""Start the Qt application and the main window; exit cleanly.

PySide6 is imported before pyqtgraph (so pyqtgraph binds to it), and the window is created and
closed inside ``run`` so no pyqtgraph item outlives the application (a crash at shutdown otherwise).

Environment variables for scripted runs (tests, benchmarks):
  CNNVIZ_QUIT_AFTER_MS=<ms>   close the window that long after it was first painted;
  CNNVIZ_REPORT_STARTUP=1     print "first-paint <unix time>" when the window is first painted.
"""
from __future__ import annotations

import gc
import logging
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

import pyqtgraph as pg

log = logging.getLogger(__name__)

ORGANIZATION = "cnnviz"
APPLICATION = "cnnviz"


def configure_pyqtgraph() -> None:
    """Row-major images (as NumPy stores them), no OpenGL, antialiasing off for crisp map pixels."""
    pg.setConfigOptions(imageAxisOrder="row-major", useOpenGL=False, antialias=False)


class _FirstPaint(QObject):
    """Notices the first paint of a widget, then runs the scripted-run hooks."""

    def __init__(self, window, quit_after_ms: int | None, report: bool):
        super().__init__(window)
        self.window, self.quit_after_ms, self.report, self.done = window, quit_after_ms, report, False

    def eventFilter(self, watched, event) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        if self.report:
            print(f"first-paint {time.time():.6f}", flush=True)
        if self.quit_after_ms is not None:
            QTimer.singleShot(self.quit_after_ms, self._close)

    def _close(self) -> None:
        self.window.close()


class _Current(QObject):
    """The window shown now: switching the language replaces the main window by a new one."""

    def __init__(self, window, hooks: _FirstPaint):
        super().__init__()
        self.hooks = hooks
        self.window = None
        self.follow(window)

    def follow(self, window) -> None:
        self.window = window
        self.hooks.window = window
        self.hooks.setParent(window)          # the old window is deleted: the hooks move with the current one
        window.replaced.connect(self._on_replaced)

    def _on_replaced(self, window) -> None:
        old = self.window
        self.follow(window)
        old.deleteLater()


def _fallback_settings() -> QSettings:
    """Settings in a fresh private folder (its collection too), so a start that failed on the saved state can
    still show a window without touching that state."""
    import tempfile
    from cnnviz.files import scratch_prefix
    folder = tempfile.mkdtemp(prefix=scratch_prefix())
    settings = QSettings(os.path.join(folder, "cnnviz.ini"), QSettings.Format.IniFormat)
    settings.setValue("experiments/collection_dir", os.path.join(folder, "collection"))
    return settings


def run(model: str | None = None, reset_settings: bool = False, language: str | None = None) -> int:
    """Open the window on ``model`` (default: the last one used, else ox-cnn) and run until it closes.

    ``language`` ("en", "ja", "ru") overrides the remembered interface language (else the system's)."""
    from .guard import install_guard, uninstall_guard
    from .i18n import install_language, startup_language
    from .window import MainWindow

    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    configure_pyqtgraph()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    settings = QSettings(ORGANIZATION, APPLICATION)
    if reset_settings:
        settings.clear()
    install_language(startup_language(settings, language))
    from cnnviz.files import clean_after_killed_runs
    removed = clean_after_killed_runs()          # temporaries of saves a kill interrupted, in folders cnnviz wrote
    if removed:
        log.info("removed %d temporary files left by interrupted saves", len(removed))
    try:
        window = MainWindow(model, settings=settings)
    except Exception:           # a kind of damage nothing above foresaw: still a window, on defaults
        log.exception("the window could not be built from the saved state; starting with default settings")
        window = MainWindow(None, settings=_fallback_settings())
        window.statusBar().showMessage(QCoreApplication.translate(
            "Startup", "The saved settings or collection could not be used (see the log); this window starts "
                       "with defaults and leaves them as they are"), 30000)
    quit_after = os.environ.get("CNNVIZ_QUIT_AFTER_MS")
    hooks = _FirstPaint(window, int(quit_after) if quit_after else None, os.environ.get("CNNVIZ_REPORT_STARTUP") == "1")
    window.pipeline.viewport().installEventFilter(hooks)
    current = _Current(window, hooks)
    del window
    current.window.show()
    guard = install_guard(lambda: current.window)       # an exception in any slot: one message, window usable
    try:
        code = app.exec()
    finally:
        uninstall_guard(guard)
        window = current.window
        window.pipeline.viewport().removeEventFilter(hooks)
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del window, hooks, current
        gc.collect()
    return int(code)
