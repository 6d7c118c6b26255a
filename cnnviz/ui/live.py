"""Running the network on the canvas while the pen moves, at most once per frame.

A throttle, not a debounce: the first change starts a single-shot timer (if it is not already
running) and the timer's handler reads the latest canvas, so the pipeline runs about once per
frame while the pen moves, never queues behind it, and the last change always gets its own run.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from cnnviz.engine import Sequential, Trace
from cnnviz.session import Session

FRAME_MS = 16


class LiveRunner(QObject):
    """Runs the session's model on the canvas: ``request()`` on every change (at most once per frame).

    The canvas is the session's input source; the session runs the model and tells every view. A model
    that cannot run is said through ``failed`` (one readable line) and the window stays usable."""

    failed = Signal(str)

    def __init__(self, canvas, session: Session, *, interval_ms: int = FRAME_MS, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.run_now)
        canvas.changed.connect(self.request)
        session.set_input_source(canvas.input_image)      # grey while the page is grey, else B, G, R
        session.run_failed.connect(self._on_model_failed)

    @property
    def model(self) -> Sequential | None:
        return self.session.model

    @property
    def last_trace(self) -> Trace | None:
        return self.session.trace

    @property
    def runs(self) -> int:
        """Forward passes so far (of this session)."""
        return self.session.runs

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def request(self) -> None:
        """Ask for a run on the latest drawing within a frame (coalesces bursts of pen events)."""
        if not self._timer.isActive():
            self._timer.start()

    def network_input(self, image: np.ndarray | None = None) -> np.ndarray:
        """The canvas (or ``image``) as the model's input (C, H, W), through the one preprocessing path."""
        return self.session.network_input(self.canvas.input_image() if image is None else image)

    def run_now(self) -> Trace | None:
        """Run the model on the canvas as it is now (the session tells the views)."""
        self._timer.stop()
        return self.session.run()

    def _on_model_failed(self, exc: Exception) -> None:
        self.failed.emit(self.tr("the model could not run: {0}: {1}").format(type(exc).__name__, exc))

    def stop(self) -> None:
        self._timer.stop()
