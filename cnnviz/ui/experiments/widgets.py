"""Small widgets shared by the experiment docks: an RGBA array painted crisply, a colour bar, a caption."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from cnnviz.viz.colormap import ColourTable

BACKGROUND = QColor(236, 236, 236)
TEXT = QColor("#1e1e1e")
BAR_SPACE = 32            # pixels under an image for its colour bar and labels
LABEL_SPACE = 52          # pixels left of an image for row labels


def rgba_image(rgba: np.ndarray) -> QImage:
    """A QImage owning a copy of an (H, W, 4) uint8 RGBA array."""
    rgba = np.ascontiguousarray(rgba, dtype=np.uint8)
    h, w = rgba.shape[:2]
    return QImage(rgba.data, w, h, w * 4, QImage.Format.Format_RGBA8888).copy()


def caption(text: str = "", *, bold: bool = False, points: float = 11) -> QLabel:
    label = QLabel(text)
    f = QFont()
    f.setPointSizeF(points)
    f.setBold(bold)
    label.setFont(f)
    label.setWordWrap(True)
    return label


class FollowsTrace:
    """Mixed into a dock panel with a ``refresh()``: it refreshes on every new trace while it is visible
    (``_on_trace``, connected to ``session.trace_changed``) and whenever it is shown."""

    def _on_trace(self, trace) -> None:
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()


class ArrayImage(QWidget):
    """Paints an RGBA array scaled to fit (nearest neighbour, aspect kept), with optional marks.

    ``set_rgba(array)``; ``set_marker((column, row))`` draws a ring centred on that (fractional)
    cell; ``set_colour_bar(table, labels)`` adds a strip below the image.
    """

    def __init__(self, *, minimum: int = 120, parent=None):
        super().__init__(parent)
        self._image: QImage | None = None
        self._shape = (1, 1)
        self._marker = None
        self._bar: QImage | None = None
        self._bar_colours: np.ndarray | None = None
        self._bar_labels: tuple[str, str, str] = ("", "", "")
        self._title = ""
        self._row_labels: list[tuple[float, str]] = []
        self.setMinimumSize(minimum, minimum)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(240, 260)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        h, w = self._shape
        return int(width * h / max(w, 1)) + (BAR_SPACE if self._bar is not None else 0) + (18 if self._title else 0)

    def set_rgba(self, rgba: np.ndarray) -> None:
        self._image = rgba_image(rgba)
        self._shape = rgba.shape[:2]
        self.update()

    def set_row_labels(self, labels) -> None:
        """[(row in array pixels, text), ...] written left of the image, vertically centred on that row."""
        self._row_labels = list(labels)
        self.update()

    def set_title(self, text: str) -> None:
        self._title = text
        self.update()

    def set_marker(self, cell) -> None:
        self._marker = None if cell is None else (float(cell[0]), float(cell[1]))
        self.update()

    def set_colour_bar(self, table: ColourTable | None, labels=("", "", "")) -> None:
        """A colour bar under the image (None: none). Only adding or removing the bar changes this view's size:
        a new level (new labels, often the same colours) repaints it without re-laying its parent out."""
        had_bar = self._bar is not None
        if table is None:
            self._bar, self._bar_colours = None, None
        else:
            colours = table.rgba[:-1]
            if self._bar is None or not np.array_equal(colours, self._bar_colours):
                self._bar, self._bar_colours = rgba_image(colours[None, :, :]), colours.copy()
            self._bar_labels = tuple(labels)
        if had_bar != (self._bar is not None):
            self.updateGeometry()
        self.update()

    def image_rect(self) -> QRectF:
        """Where the array is painted, in widget pixels."""
        top = 18 if self._title else 0
        bottom = BAR_SPACE if self._bar is not None else 0
        left = LABEL_SPACE if self._row_labels else 0
        h, w = self._shape
        avail_w, avail_h = self.width() - 4 - 2 * left, max(1, self.height() - top - bottom - 4)
        scale = min(avail_w / w, avail_h / h)
        pw, ph = w * scale, h * scale
        return QRectF((self.width() - pw) / 2, top + 2 + (avail_h - ph) / 2, pw, ph)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        if self._title:
            painter.setPen(TEXT)
            f = painter.font()
            f.setBold(True)
            painter.setFont(f)
            painter.drawText(QRectF(0, 0, self.width(), 18), Qt.AlignmentFlag.AlignCenter, self._title)
        if self._image is None:
            painter.end()
            return
        rect = self.image_rect()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(rect, self._image)
        painter.setPen(QPen(QColor(140, 140, 140), 1))
        painter.drawRect(rect)
        h, w = self._shape
        painter.setPen(TEXT)
        for row, text in self._row_labels:
            y = rect.top() + row * rect.height() / h
            painter.drawText(QRectF(rect.left() - LABEL_SPACE, y - 9, LABEL_SPACE - 6, 18),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        if self._marker is not None:
            cx = rect.left() + (self._marker[0] + 0.5) * rect.width() / w
            cy = rect.top() + (self._marker[1] + 0.5) * rect.height() / h
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            radius = max(6.0, rect.width() / w * 1.2)
            for colour, width in ((QColor(255, 255, 255), 4), (QColor(20, 20, 20), 2)):
                painter.setPen(QPen(colour, width))
                painter.drawEllipse(QPointF(cx, cy), radius, radius)
        if self._bar is not None:
            self._paint_bar(painter, rect)
        painter.end()

    def _paint_bar(self, painter: QPainter, rect: QRectF) -> None:
        """The colour bar and its labels under the image at ``rect``."""
        strip = QRectF(rect.left(), rect.bottom() + 4, rect.width(), 8)
        painter.drawImage(strip, self._bar)
        painter.setPen(QPen(QColor(140, 140, 140), 1))
        painter.drawRect(strip)
        painter.setPen(TEXT)
        row = QRectF(rect.left(), strip.bottom() + 1, rect.width(), 18)
        painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self._bar_labels[0])
        painter.drawText(row, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self._bar_labels[1])
        painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, self._bar_labels[2])
