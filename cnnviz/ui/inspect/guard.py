"""One guard for the inspector's handlers: an exception is reported to the user, never reaches Qt."""
from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)


def guarded(method):
    """Run a handler of an object with a ``host``; report any exception in the status bar instead."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception as exc:      # noqa: BLE001 - the app must never die from pointing or editing
            log.exception("%s failed", method.__name__)
            self.host.show_error(QCoreApplication.translate("InspectController", "Could not %s: %s: %s") % (
                method.__name__.strip("_").replace("_", " "), type(exc).__name__, exc))
            return None
    return wrapper
