"""The note that stands in for stages with no room at a readable size: their names, and how to see them.

It sits under the result column, so the stages shown keep the whole width.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QSizePolicy

import pyqtgraph as pg

from .panels import MUTED, PREDICTED, font

SPACING = 4


class CollapsedNote(pg.GraphicsWidget):
    """"No room at a readable size:", one clickable line per stage left out, then how to see them."""

    def __init__(self, names: list[str], width: float, parent=None):
        super().__init__(parent)
        self.names = list(names)                      # layer names of the stages left out, in order
        self._head, self._name = font(11), font(12, bold=True)
        self.rows: list[tuple[QRectF, str]] = []      # (rect in item coordinates, stage name) as last painted
        height = self.needed_height(width)
        self.setMinimumWidth(100)
        self.setPreferredWidth(width)
        self.setMinimumHeight(height)
        self.setPreferredHeight(height)
        self.setMaximumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def texts(self) -> tuple[str, str]:
        return self.tr("No room at a readable size:"), self.tr("Click a name to enlarge it.")

    def _wrapped(self, text: str, text_font, width: float) -> float:
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        return QFontMetricsF(text_font).boundingRect(QRectF(0, 0, max(10.0, width), 1e4), flags, text).height()

    def needed_height(self, width: float) -> float:
        """Pixels of height the note takes at ``width`` pixels (its texts wrap)."""
        head, tail = self.texts()
        width -= 10
        line = QFontMetricsF(self._name).height()
        return self._wrapped(head, self._head, width) + len(self.names) * (line + SPACING) + \
            self._wrapped(tail, self._head, width) + 3 * SPACING + 12

    def stage_at(self, point: QPointF) -> str:
        """The stage named under a point in item coordinates, or ""."""
        for rect, name in self.rows:
            if rect.contains(point):
                return name
        return ""

    def paint(self, painter, option, widget=None) -> None:
        rect = self.boundingRect().adjusted(6, 6, -4, -4)
        head, tail = self.texts()
        flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        painter.setFont(self._head)
        painter.setPen(MUTED)
        height = self._wrapped(head, self._head, rect.width())
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), height), flags, head)
        y = rect.top() + height + SPACING
        painter.setFont(self._name)
        painter.setPen(PREDICTED)
        line = QFontMetricsF(self._name).height()
        self.rows = []
        for name in self.names:
            box = QRectF(rect.left() + 8, y, rect.width() - 8, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft, name)
            self.rows.append((box, name))
            y += line + SPACING
        painter.setFont(self._head)
        painter.setPen(MUTED)
        painter.drawText(QRectF(rect.left(), y + SPACING, rect.width(), max(0.0, rect.bottom() - y - SPACING)), flags, tail)
