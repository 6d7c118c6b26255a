"""One guard every slot goes through: an exception that reaches Qt's event loop becomes one readable message.

PySide6 hands an exception raised in a slot, a timer or an event handler to ``sys.excepthook`` and goes on
with the event loop. ``install_guard`` makes that hook say what failed, in the interface language, in the
status bar and a non-blocking message box of the window shown now, log the traceback, and leave the window
usable (the action that failed did not happen; nothing else changes). The model layers raise errors with
messages meant for people (``ValueError`` and its kin); anything else is a bug, said as such.
"""
from __future__ import annotations

import logging
import sys
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from .explain_text import engine_text

log = logging.getLogger(__name__)


def failure_text(exc: BaseException) -> str:
    """What to tell the user about an exception that ended an action."""
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("Guard", "There was not enough memory for that; the window is "
                                                   "unchanged.")
    if isinstance(exc, RecursionError):
        return QCoreApplication.translate("Guard", "That input is nested too deeply to be read; the window is "
                                                   "unchanged.")
    if isinstance(exc, (ValueError, OSError)) and str(exc):
        return QCoreApplication.translate("Guard", "That did not work: {0}").format(engine_text(str(exc)))
    return QCoreApplication.translate("Guard", "Something went wrong ({0}: {1}); the window is still usable. "
                                               "Please report this (the details are in the log).").format(
        type(exc).__name__, str(exc)[:200])


class SlotGuard:
    """The ``sys.excepthook`` of the running app; ``window()`` gives the window shown now."""

    def __init__(self, window: Callable[[], object]):
        self.window = window
        self.box: QMessageBox | None = None      # the message box shown last (over the window shown then)
        self.previous = sys.excepthook
        self.caught = 0
        self._reporting = False

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            self.previous(exc_type, exc, tb)
            return
        self.caught += 1
        log.error("an action failed", exc_info=(exc_type, exc, tb))
        if self._reporting:              # the report itself failed: the log has it
            return
        self._reporting = True
        try:
            window = self.window()
            if window is not None:
                self.report(window, failure_text(exc))
        except Exception:                # never let the guard raise into Qt
            log.exception("could not show the failure")
        finally:
            self._reporting = False

    def report(self, window, text: str) -> None:
        """The status bar always; a message box unless one of ours is still open (a failing repaint would
        otherwise open one box per frame)."""
        box = self.box
        window.statusBar().showMessage(text, 20000)
        try:
            if box is not None and box.isVisible():
                box.setText(text)
                return
        except RuntimeError:             # its C++ object was deleted on close
            pass
        box = QMessageBox(QMessageBox.Icon.Warning, "cnnviz", text, QMessageBox.StandardButton.Ok, window)
        box.open()
        self.box = box


def install_guard(window: Callable[[], object]) -> SlotGuard:
    """Route every exception that reaches the event loop through a SlotGuard; ``uninstall_guard`` undoes it."""
    guard = SlotGuard(window)
    sys.excepthook = guard
    return guard


def uninstall_guard(guard: SlotGuard) -> None:
    if sys.excepthook is guard:
        sys.excepthook = guard.previous
