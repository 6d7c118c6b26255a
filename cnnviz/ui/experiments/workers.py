"""Long work off the GUI thread: a plain generator run by a thin QObject worker in a QThread.

``Job(make_generator)`` starts a thread whose worker calls ``make_generator()`` *in that thread*
and iterates it. Items are handed to the GUI in lists (``batch``), at most every ``interval``
seconds, and at once for an item ``urgent(item)`` calls urgent (e.g. one carrying weights), so a
generator yielding every few milliseconds does not flood the event loop. ``cancel()`` is seen
between any two items: the generator is closed there, so cancelling stops within one step.

Threading rules kept here (see the project's FACTS): the worker's signals go to bound methods of
the ``Job``, which lives in the GUI thread, never to lambdas; the worker's "done" calls
``QThread.quit`` directly (quit is thread-safe), so ``stop()`` can wait for the thread without a
deadlock; the generator owns its own data (callers hand it copies), so nothing mutable is shared.
"""
from __future__ import annotations

import logging
import sys
import threading
import time
from typing import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from cnnviz.messages import Message

log = logging.getLogger(__name__)

GUI_SWITCH_INTERVAL = 0.0005     # seconds


_RUNNING = [0, None]          # jobs running, the interpreter's switch interval before the first


def _switch_interval(change: int) -> None:
    """While a worker runs, let threads swap the GIL every 0.5 ms instead of 5 ms: each time the GUI
    thread returns from a Qt call it waits for the GIL up to this long, and a repaint makes hundreds
    of such calls. Restored when the last job ends."""
    if change > 0:
        if _RUNNING[0] == 0:
            _RUNNING[1] = sys.getswitchinterval()
            sys.setswitchinterval(min(_RUNNING[1], GUI_SWITCH_INTERVAL))
        _RUNNING[0] += 1
    else:
        _RUNNING[0] = max(0, _RUNNING[0] - 1)
        if _RUNNING[0] == 0 and _RUNNING[1] is not None:
            sys.setswitchinterval(_RUNNING[1])


def failure_text(exc: Exception):
    """What a failed job says: the Message an error carries (a MessageError's, a JobError's: the interface
    translates it), else "Kind: text"."""
    said = getattr(exc, "message", None)
    return said if isinstance(said, Message) else f"{type(exc).__name__}: {exc}"


class _Worker(QObject):
    batch = Signal(object)          # list of items
    failed = Signal(object)         # str, or the Message an error carried (translated by the receiver)
    done = Signal(bool)             # True if cancelled

    def __init__(self, make_generator: Callable, interval: float, urgent: Callable | None):
        super().__init__()
        self._make, self._interval, self._urgent = make_generator, interval, urgent
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        generator, pending, last_emit = None, [], 0.0
        try:
            generator = self._make()
            for item in generator:
                if self._cancel.is_set():
                    break
                pending.append(item)
                now = time.perf_counter()
                if now - last_emit >= self._interval or (self._urgent is not None and self._urgent(item)):
                    self.batch.emit(pending)
                    pending, last_emit = [], now
                if self._cancel.is_set():
                    break
            if pending and not self._cancel.is_set():
                self.batch.emit(pending)
        except Exception as exc:            # reported to the user, never raised in a thread
            log.exception("background job failed")
            self.failed.emit(failure_text(exc))
        finally:
            if generator is not None:
                generator.close()
            self.done.emit(self._cancel.is_set())


class Job(QObject):
    """One run of a generator in its own thread. Signals (GUI thread): ``batch(list)``,
    ``failed(str)``, ``finished(bool cancelled)``; nothing is emitted after ``stop()``."""

    batch = Signal(object)
    failed = Signal(object)         # str or Message: what went wrong, for engine_text
    finished = Signal(bool)

    def __init__(self, make_generator: Callable, *, interval: float = 0.05, urgent: Callable | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.active = True
        self.cancelled = False
        _switch_interval(+1)
        self._thread = QThread()
        self._worker = _Worker(make_generator, interval, urgent)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._worker.batch.connect(self._on_batch)
        self._worker.failed.connect(self._on_failed)
        self._worker.done.connect(self._on_done)
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def cancel(self) -> None:
        """Ask the worker to stop after the current step; ``finished(True)`` follows."""
        self.cancelled = True
        self._worker.cancel()

    def stop(self, timeout_ms: int = 5000) -> None:
        """Cancel, wait for the thread to end (at most timeout_ms) and emit nothing more."""
        self.active = False
        self._worker.cancel()
        self._thread.quit()
        if not self._thread.wait(timeout_ms):
            log.warning("a background job did not stop within %d ms", timeout_ms)
        self._release()

    def _release(self) -> None:
        if not getattr(self, "_released", False):
            self._released = True
            _switch_interval(-1)

    def _on_batch(self, items) -> None:
        if self.active:
            self.batch.emit(items)

    def _on_failed(self, message) -> None:
        if self.active:
            self.failed.emit(message)

    def _on_done(self, cancelled: bool) -> None:
        self._thread.wait(2000)          # quit was already called from the worker: no deadlock
        self._release()
        if self.active:
            self.active = False
            self.finished.emit(bool(cancelled))
