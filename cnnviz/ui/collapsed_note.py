"""The note that stands in for stages with no room at a readable size: their names, and how to see them.

It sits under the result column when there is height to spare there, else beside the stages shown (the
placement then keeps ``NOTE_WIDTH`` for it). The names flow like words and each one is clickable. Given less
room than it asked for (a narrow column), its texts get smaller (down to ``SMALLEST`` of their size) rather
than run out of its box.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QSizePolicy

import pyqtgraph as pg

from .panels import MUTED, PREDICTED, font

NOTE_WIDTH = 150         # pixels (times the font scale) when the note stands beside the stages
SPACING = 4
WORD_GAP = 12
SMALLEST = 0.7          # of the texts' size, at least, when the note has less room than it asked for


class CollapsedNote(pg.GraphicsWidget):
    """"No room at a readable size:", the stages left out (each clickable), then how to see them."""

    def __init__(self, names: list[str], width: float, parent=None):
        super().__init__(parent)
        self.names = list(names)                      # layer names of the stages left out, in order
        self._head, self._name = font(11), font(12, bold=True)
        self._sizes = (self._head.pointSizeF(), self._name.pointSizeF())
        self.rows: list[tuple[QRectF, str]] = []      # (rect in item coordinates, stage name) as last painted
        height = self.needed_height(width)
        self.setMinimumWidth(min(width, 100))
        self.setPreferredWidth(width)
        self.setMinimumHeight(height)
        self.setPreferredHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def texts(self) -> tuple[str, str]:
        return self.tr("No room at a readable size:"), self.tr("Click a name to enlarge it.")

    def _wrapped(self, text: str, text_font, width: float) -> float:
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        return QFontMetricsF(text_font).boundingRect(QRectF(0, 0, max(10.0, width), 1e4), flags, text).height()

    def _flow(self, left: float, top: float, width: float) -> list[tuple[QRectF, str]]:
        """Where each name goes: left to right, wrapping like words."""
        metrics = QFontMetricsF(self._name)
        line = metrics.height()
        x, y, placed = left, top, []
        for name in self.names:
            wide = metrics.horizontalAdvance(name)
            if x > left and x + wide > left + width:
                x, y = left, y + line + SPACING
            placed.append((QRectF(x, y, wide, line), name))
            x += wide + WORD_GAP
        return placed

    def needed_height(self, width: float) -> float:
        """Pixels of height the note takes at ``width`` pixels (its texts wrap)."""
        head, tail = self.texts()
        width -= 10
        head_h = self._wrapped(head, self._head, width)
        names = self._flow(0, 0, width)
        names_h = names[-1][0].bottom() if names else 0.0
        return head_h + names_h + self._wrapped(tail, self._head, width) + 3 * SPACING + 12

    def stage_at(self, point: QPointF) -> str:
        """The stage named under a point in item coordinates, or ""."""
        for rect, name in self.rows:
            if rect.adjusted(-WORD_GAP / 2, -SPACING / 2, WORD_GAP / 2, SPACING / 2).contains(point):
                return name
        return ""

    def _scale_to(self, scale: float) -> None:
        self._head.setPointSizeF(self._sizes[0] * scale)
        self._name.setPointSizeF(self._sizes[1] * scale)

    def fits(self) -> bool:
        """Whether every text is inside the note's box (at its smallest allowed size if need be)."""
        box = self.boundingRect()
        scale = self._fitting_scale(box.width(), box.height())
        return scale is not None

    def _fitting_scale(self, width: float, height: float) -> float | None:
        """The largest text scale (1 down to SMALLEST) at which the note fits ``width`` x ``height``, or None."""
        scale = 1.0
        try:
            while scale >= SMALLEST - 1e-6:
                self._scale_to(scale)
                if self.needed_height(width) <= height:
                    return scale
                scale -= 0.05
            return None
        finally:
            self._scale_to(1.0)

    def paint(self, painter, option, widget=None) -> None:
        box = self.boundingRect()
        self._scale_to(self._fitting_scale(box.width(), box.height()) or SMALLEST)
        try:
            self._paint(painter)
        finally:
            self._scale_to(1.0)

    def _paint(self, painter) -> None:
        rect = self.boundingRect().adjusted(6, 6, -4, -4)
        head, tail = self.texts()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.setFont(self._head)
        painter.setPen(MUTED)
        height = self._wrapped(head, self._head, rect.width())
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), height), flags, head)
        painter.setFont(self._name)
        painter.setPen(PREDICTED)
        self.rows = self._flow(rect.left(), rect.top() + height + SPACING, rect.width())
        for box, name in self.rows:
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft, name)
        y = (self.rows[-1][0].bottom() if self.rows else rect.top() + height) + SPACING
        painter.setFont(self._head)
        painter.setPen(MUTED)
        painter.drawText(QRectF(rect.left(), y, rect.width(), max(0.0, rect.bottom() - y)), flags, tail)
