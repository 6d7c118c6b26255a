"""A plain callback list: the session's way of telling its views that something changed.

``event.connect(callback)``; ``event.emit(*values)`` calls every callback in the order they were
connected; ``event.disconnect(callback)``. No Qt: views connect their bound ``_on_model_*`` methods.
A callback that raises does not stop the others; the first error is raised again after all have run,
so a broken view is reported and the rest still follow the session.
"""
from __future__ import annotations

from typing import Any, Callable


class Event:
    """An ordered list of callbacks, each called with the values of every ``emit``."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., Any]] = []

    def connect(self, callback: Callable[..., Any]) -> Callable[..., Any]:
        """Call ``callback`` on every emit (once, however often it is connected); returns it."""
        if not callable(callback):
            raise TypeError(f"an event callback must be callable, not {type(callback).__name__}")
        if callback not in self._callbacks:
            self._callbacks.append(callback)
        return callback

    def disconnect(self, callback: Callable[..., Any] | None = None) -> None:
        """Stop calling ``callback`` (every callback when None); unknown callbacks are ignored."""
        if callback is None:
            self._callbacks.clear()
        elif callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *values: Any) -> None:
        first_error: BaseException | None = None
        for callback in list(self._callbacks):
            try:
                callback(*values)
            except Exception as exc:       # noqa: BLE001 - one view failing must not starve the others
                if first_error is None:
                    first_error = exc
        if first_error is not None:
            raise first_error

    def __len__(self) -> int:
        return len(self._callbacks)
