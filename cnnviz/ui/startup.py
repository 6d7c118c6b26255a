"""Starting whatever is on disk: remembered settings read defensively, and what could not be restored
named once.

A settings file edited by hand, written by another version or damaged can hold any value under any key
(``geometry=hello``, a list where bytes belong, a ``@Variant`` Qt cannot read). ``setting_bytes`` returns
such a value as missing, so the default is used, and notes it. The window collects every such note (a
damaged setting, a remembered model that no longer loads, collection entries that are set aside) in
``window.set_aside`` while it is built, and ``report_set_aside`` names them once in the status bar.
Nothing is deleted: a damaged setting is overwritten at the next save, damaged files stay where they are.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QCoreApplication

log = logging.getLogger(__name__)

REPORT_MS = 30000          # how long the status bar names what was set aside



def setting_bytes(settings, key: str, set_aside: list[str] | None = None) -> QByteArray:
    """The QByteArray stored under ``key`` (a saved geometry or dock state), or an empty one if the stored
    value is missing or of another type; a value of another type is noted in ``set_aside``."""
    try:
        value = settings.value(key, QByteArray(), type=QByteArray)
    except Exception as exc:       # a value Qt cannot convert at all
        log.warning("setting %r unreadable: %s", key, exc)
        value = None
    if isinstance(value, QByteArray):
        return value
    if isinstance(value, (bytes, bytearray)):
        return QByteArray(bytes(value))
    if set_aside is not None and settings.contains(key):
        set_aside.append(QCoreApplication.translate("Startup", "the saved setting '{0}' (not understood)")
                         .format(key))
    return QByteArray()


def setting_text(settings, key: str, set_aside: list[str] | None = None, default: str = "") -> str:
    """The string stored under ``key``, or ``default`` if it is missing or unreadable (a ``@ByteArray`` that is
    not UTF-8 makes Qt's own conversion raise); an unreadable value is noted in ``set_aside``."""
    try:
        value = settings.value(key, default, type=str)
    except Exception as exc:
        log.warning("setting %r unreadable: %s", key, exc)
        if set_aside is not None:
            set_aside.append(QCoreApplication.translate("Startup", "the saved setting '{0}' (not understood)")
                             .format(key))
        return default
    return value if isinstance(value, str) else default


def model_not_restored(name: str, reason: str) -> str:
    return QCoreApplication.translate("Startup", "the model '{0}': {1}").format(name, reason)


def collection_not_restored(problems: list[str], folder) -> str:
    """One line for the damaged entries of the session's collection (they stay on disk)."""
    shown = "; ".join(problems[:3]) + ("; \u2026" if len(problems) > 3 else "")
    return QCoreApplication.translate("Startup", "{0} damaged entries of the collection in {1} (left on disk, "
                                                 "not loaded): {2}").format(len(problems), folder, shown)


def report_set_aside(window) -> None:
    """Name once, in the status bar, everything the start could not restore (and log it)."""
    notes = list(dict.fromkeys(getattr(window, "set_aside", [])))
    if not notes:
        return
    text = QCoreApplication.translate("Startup", "Not restored at start: {0}").format(" | ".join(notes))
    log.warning("%s", text)
    window.statusBar().showMessage(text, REPORT_MS)
