"""The canvas's column: what to draw (the model's classes, as a title), the canvas, and what sits under it.

The column gives way to the pipeline and to a side dock (down to 180 px, 140 when presenting): its title wraps
and, in a column narrower than ``NARROW`` pixels, takes a smaller font, so that it never widens the column nor
pushes the canvas out of it; the full text is the canvas's tooltip too.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


TITLE_POINTS = 16           # the title's font in a column of normal width
NARROW_TITLE_POINTS = 13    # ... in a narrow one (a side dock open at 1280 x 720, presenting)
NARROW = 300                # pixels: a column narrower than this is narrow


def title_font(points: float) -> QFont:
    """The title's font (not scaled with the pipeline's texts when presenting)."""
    f = QFont()
    f.setPointSizeF(points)
    f.setBold(True)
    return f


class CanvasColumn(QWidget):
    """The title over the canvas and the canvas; widgets added with ``add_under_canvas`` go below it."""

    def __init__(self, canvas, title: str, parent=None):
        super().__init__(parent)
        self.canvas = canvas
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(8, 8, 8, 8)
        self.title = QLabel(title)
        self.title.setFont(title_font(TITLE_POINTS))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)     # ten classes of long names wrap instead of widening the canvas column
        self.column.addWidget(self.title)
        self.column.addWidget(canvas, 1)
        self._points = TITLE_POINTS

    def add_under_canvas(self, widget: QWidget) -> None:
        self.column.addWidget(widget)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        points = NARROW_TITLE_POINTS if self.width() < NARROW else TITLE_POINTS
        if points != self._points:       # (only on a change: a font set on every resize would lay out again)
            self._points = points
            self.title.setFont(title_font(points))
