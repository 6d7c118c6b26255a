"""Running the network on the canvas while the pen moves, at most once per frame.

A throttle, not a debounce: the first change starts a single-shot timer (if it is not already
running) and the timer's handler reads the latest canvas, so the pipeline runs about once per
frame while the pen moves, never queues behind it, and the last change always gets its own run.
"""
from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from cnnviz.data.preprocess import to_network_input
from cnnviz.engine import Sequential, Trace

log = logging.getLogger(__name__)

FRAME_MS = 16


class LiveRunner(QObject):
    """Turns the canvas into a Trace of ``model``: ``request()`` on every change, ``traceReady`` per run."""

    traceReady = Signal(object)
    failed = Signal(str)

    def __init__(self, canvas, model: Sequential | None = None, *, interval_ms: int = FRAME_MS, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.model = model
        self.runs = 0
        self.last_trace: Trace | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.run_now)
        canvas.changed.connect(self.request)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def request(self) -> None:
        """Ask for a run on the latest drawing within a frame (coalesces bursts of pen events)."""
        if not self._timer.isActive():
            self._timer.start()

    def set_model(self, model: Sequential) -> None:
        self.model = model
        self.run_now()

    def network_input(self, image: np.ndarray | None = None) -> np.ndarray:
        """The canvas as the model's input (C, H, W), through the one preprocessing path."""
        channels, height, width = self.model.input_shape
        image = self.canvas.image_array() if image is None else image
        return to_network_input(image, (height, width), channels=channels,
                                crop=bool(self.model.preprocess.get("crop", False)))

    def run_now(self) -> Trace | None:
        """Run the model on the canvas as it is now and emit the trace."""
        self._timer.stop()
        if self.model is None:
            return None
        try:
            trace = self.model.forward(self.network_input())
        except Exception as exc:      # a model that cannot run must not take the window down
            log.exception("the model could not run on the canvas")
            self.failed.emit(self.tr("the model could not run: {0}: {1}").format(type(exc).__name__, exc))
            return None
        self.runs += 1
        self.last_trace = trace
        self.traceReady.emit(trace)
        return trace

    def stop(self) -> None:
        self._timer.stop()
