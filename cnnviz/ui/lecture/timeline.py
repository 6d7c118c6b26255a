"""The stroke timeline: scrub back and forth through the drawing and watch the maps and the
probabilities follow; replay it; export it as an animation (GIF or MP4).

The drawing stays as it is while scrubbing: the canvas shows a prefix of its points as a preview
(``DrawingCanvas.show_preview``), and the live runner classifies what the canvas shows. Drawing a new
stroke while scrubbed back keeps the shown part and goes on from there.
"""
from __future__ import annotations

from array import array
from pathlib import Path

import numpy as np
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from cnnviz.viz.animation import write_animation
from cnnviz.viz.timeline import frame_points, points_at, prefix_counts, total_points

from ..canvas import Stroke

STEPS = 1000            # slider resolution
PLAY_MS = 30            # replay: one slider step every this many ms
PLAY_SECONDS = 4.0      # a replay of the whole drawing takes about this long


def stroke_prefix(strokes, points: int) -> list[Stroke]:
    """The strokes cut to their first ``points`` points in drawing order (strokes not begun dropped)."""
    kept = prefix_counts([len(s) for s in strokes], points)
    return [Stroke(s.width, s.erase, array("f", s.data[:3 * k]), s.colour) for s, k in zip(strokes, kept) if k > 0]


def qimage_to_rgb(image: QImage) -> np.ndarray:
    """(H, W, 3) uint8 copy of a QImage."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    h, w = image.height(), image.width()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
    return data.reshape(h, image.bytesPerLine())[:, :w * 3].reshape(h, w, 3).copy()


class TimelinePanel(QWidget):
    """A slider over the drawing's points, a replay button and the animation export."""

    scrubbed = Signal(float)

    def __init__(self, host, parent=None):
        super().__init__(parent)
        self.host = host
        self.canvas = host.canvas
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, STEPS)
        self.slider.setValue(STEPS)
        self.slider.setToolTip(self.tr("Scrub through the drawing (Alt+Left / Alt+Right)"))
        self.slider.valueChanged.connect(self._on_q_slider)
        self.play_button = QPushButton("\u25b6 " + self.tr("Replay"))
        self.play_button.setToolTip(self.tr("Replay the drawing from its first point (F8)"))
        self.play_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.play_button.clicked.connect(self.replay)
        self.label = QLabel()
        self.label.setMinimumWidth(190)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.play_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        self._timer = QTimer(self, interval=PLAY_MS)
        self._timer.timeout.connect(self._on_q_tick)
        self.canvas.changed.connect(self._on_q_canvas_changed)
        self._update_label()

    # -- state -------------------------------------------------------------------------------------
    @property
    def strokes(self) -> list[Stroke]:
        """The whole recorded drawing (not just the part shown while scrubbed back)."""
        return self.canvas.strokes()

    @property
    def total(self) -> int:
        return total_points(len(s) for s in self.strokes)

    @property
    def fraction(self) -> float:
        return self.slider.value() / STEPS

    @property
    def shown_points(self) -> int:
        return points_at(self.fraction, self.total)

    def scrub(self, fraction: float) -> None:
        """Show the drawing as it was at ``fraction`` (0 to 1) of its points."""
        self.slider.setValue(int(round(min(max(float(fraction), 0.0), 1.0) * STEPS)))
        self._apply()

    def show_points(self, points: int) -> None:
        """Show exactly the first ``points`` points (the animation uses this for exact frames)."""
        total = self.total
        self.canvas.show_preview(None if points >= total else stroke_prefix(self.strokes, points))
        self._update_label(points)

    def _apply(self) -> None:
        self.show_points(self.shown_points)
        self.scrubbed.emit(self.fraction)

    def step(self, direction: int) -> None:
        """Move by about one point (Alt+Left / Alt+Right)."""
        total = max(1, self.total)
        self.scrub((self.shown_points + direction) / total)

    def replay(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            return
        self.scrub(0.0)
        self._timer.start()

    def _on_q_tick(self) -> None:
        advance = max(1, int(STEPS * PLAY_MS / (PLAY_SECONDS * 1000)))
        value = min(STEPS, self.slider.value() + advance)
        self.slider.setValue(value)
        if value >= STEPS:
            self._timer.stop()

    def _on_q_slider(self, value: int) -> None:
        self._apply()

    def _on_q_canvas_changed(self) -> None:
        if self.canvas.preview is None and self.slider.value() != STEPS:
            self.slider.blockSignals(True)       # a new stroke or an undo: the timeline shows all of it
            self.slider.setValue(STEPS)
            self.slider.blockSignals(False)
        if self.canvas.preview is None:
            self._update_label()

    def _update_label(self, points: int | None = None) -> None:
        total = self.total
        points = total if points is None else points
        percent = 100.0 * points / total if total else 100.0
        self.label.setText(self.tr("%1 of %2 points (%3 %)").replace("%1", str(points)).replace("%2", str(total))
                           .replace("%3", f"{percent:.0f}"))

    # -- animation ---------------------------------------------------------------------------------
    def render_frames(self, frames: int = 40, width: int = 960):
        """Yield (H, W, 3) uint8 frames of the canvas and the pipeline, the drawing growing from its first
        point to its last; a progress bar along the bottom. The timeline position is restored after."""
        old = self.slider.value()
        try:
            for k, points in enumerate(frame_points(self.total, frames)):
                self.show_points(points)
                self.host.live.run_now()
                image = self.host.grab_central().toImage()
                height = max(2, int(round(image.height() * width / max(1, image.width()))))
                image = image.scaled(width, height, Qt.AspectRatioMode.IgnoreAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation)
                image = image.convertToFormat(QImage.Format.Format_RGB32)
                painter = QPainter(image)
                bar = max(4, height // 90)
                painter.fillRect(QRectF(0, height - bar, width, bar), QColor(210, 210, 210))
                painter.fillRect(QRectF(0, height - bar, width * (k + 1) / frames, bar), QColor("#0b5394"))
                painter.end()
                yield qimage_to_rgb(image)
        finally:
            self.slider.blockSignals(True)
            self.slider.setValue(old)
            self.slider.blockSignals(False)
            self._apply()
            self.host.live.run_now()

    def export_animation(self, path, *, frames: int = 40, fps: float = 10.0, width: int = 960) -> Path:
        """Write the growing drawing as a GIF or MP4 (by the suffix) of ``frames`` frames."""
        return write_animation(list(self.render_frames(frames, width)), path, fps=fps)
