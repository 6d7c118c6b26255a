"""The Backward dock's live views, made cheap to update on every pen movement.

    ColouredWhenPainted     an image view coloured when Qt paints it (views scrolled out of sight cost nothing);
                            a new drawing repaints its image alone, through one QImage over the mosaic's buffer
    ClickableImage          the same, reporting the array pixel under the pointer (gradient maps, dL/dw tiles)
    SteadyLabel             a caption whose text changes with every drawing without re-laying the dock out

Each view used to cost a relayout of the whole dock whenever a text or a colour bar changed: a loss that wraps
onto one more line, a gradient level that moved. Those relayouts (and the repaint of everything below them,
scroll bar included) were the largest part of the dock's added pen-to-paint time, so here they happen only when
a size really changes.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..experiments.widgets import BACKGROUND, ArrayImage, caption, rgba_image


def image_over(pixels, opaque: bool = True) -> QImage:
    """A QImage reading a C-contiguous array in place (no copy; keep ``pixels`` alive with it): (H, W, 4) uint8
    RGBA bytes, or (H, W) uint32 ARGB32 words (0xAARRGGBB), which Qt scales fastest (as RGB32 when opaque)."""
    h, w = pixels.shape[:2]
    if pixels.ndim == 2:
        form = QImage.Format.Format_RGB32 if opaque else QImage.Format.Format_ARGB32
    else:
        form = QImage.Format.Format_RGBA8888
    return QImage(pixels.data, w, h, w * 4, form)


class ColouredWhenPainted(ArrayImage):
    """An ArrayImage whose pixels are coloured when Qt paints it, not when they change: a view scrolled out of
    the dock costs nothing per pen movement. ``set_pending(shape, colour)``: ``colour()`` gives the pixels
    of that (H, W) shape: (H, W, 4) uint8 RGBA, or ``(words, opaque)`` with (H, W) uint32 ARGB32 words (the same
    buffer, recoloured in place, frame after frame: the view's QImage reads it without a copy);
    ``colour_now()`` colours at once (for a grab or a test)."""

    _pending = None
    _pixels = None              # the array self._image reads
    _opaque = True

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)    # it fills its whole rectangle itself

    def set_pending(self, shape: tuple[int, int], colour) -> None:
        self._pending = colour
        if tuple(shape) != tuple(self._shape):
            self._shape = tuple(shape)
            self.updateGeometry()
            self.update()
        else:                                   # only the pixels changed: title and colour bar stay as painted
            self.update(self.image_rect().toAlignedRect().adjusted(-1, -1, 1, 1))

    def image_rect(self) -> QRectF:
        """ArrayImage.image_rect, computed again only when the size or what surrounds the image changed."""
        key = (self.width(), self.height(), self._shape, self._bar is None, self._title, bool(self._row_labels))
        if key != self._rect_key:
            self._rect_key, self._rect = key, super().image_rect()
        return QRectF(self._rect)

    _rect_key = None

    def colour_now(self) -> None:
        if self._pending is None:
            return
        colour, self._pending = self._pending, None
        pixels, opaque = colour(), True
        if isinstance(pixels, tuple):
            pixels, opaque = pixels
        if pixels is not self._pixels or opaque != self._opaque:
            if not pixels.flags.c_contiguous or pixels.dtype.itemsize * (4 if pixels.ndim == 2 else 1) != 4:
                pixels = np.ascontiguousarray(pixels, dtype=np.uint8 if pixels.ndim == 3 else np.uint32)
            self._pixels, self._opaque, self._image = pixels, opaque, image_over(pixels, opaque)

    def set_colour_bar(self, table, labels=("", "", "")) -> None:
        """As ArrayImage's; a new level of a bar already shown repaints the image and the bar, not the title."""
        if table is None or self._bar is None:
            super().set_colour_bar(table, labels)
            return
        colours = table.rgba[:-1]
        if not np.array_equal(colours, self._bar_colours):
            self._bar, self._bar_colours = rgba_image(colours[None, :, :]), colours.copy()
        self._bar_labels = tuple(labels)
        top = int(self.image_rect().top()) - 2
        self.update(0, top, self.width(), self.height() - top)

    def paintEvent(self, event) -> None:
        self.colour_now()
        rect = self.image_rect()
        area = QRectF(event.rect())
        if self._image is None or self._marker is not None or self._row_labels \
                or area.top() < rect.top() - 2:
            super().paintEvent(event)           # the title too (or marks): ArrayImage paints everything
            return
        painter = QPainter(self)                # the image (set_pending), and the bar under it (set_colour_bar)
        painter.fillRect(event.rect(), BACKGROUND)
        painter.drawImage(rect, self._image)
        painter.setPen(QPen(QColor(140, 140, 140), 1))
        painter.drawRect(rect)
        if self._bar is not None and area.bottom() > rect.bottom() + 2:
            if self._title:                     # ArrayImage writes the bar's labels in the title's bold font
                font = painter.font()
                font.setBold(True)
                painter.setFont(font)
            self._paint_bar(painter, rect)
        painter.end()


class ClickableImage(ColouredWhenPainted):
    """An image view that reports the array pixel (row, column) under the pointer: ``on_click`` when
    clicked, ``on_hover`` while the pointer moves over it."""

    def __init__(self, on_click=None, on_hover=None, **kwargs):
        super().__init__(**kwargs)
        self.on_click, self.on_hover = on_click, on_hover
        self.setMouseTracking(True)

    def _pixel(self, event):
        rect, (h, w) = self.image_rect(), self._shape
        pos = event.position()
        if not rect.contains(pos):
            return None
        return (pos.y() - rect.top()) * h / rect.height(), (pos.x() - rect.left()) * w / rect.width()

    def mousePressEvent(self, event) -> None:
        pixel = self._pixel(event)
        if self.on_click is not None and pixel is not None:
            self.on_click(*pixel)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        pixel = self._pixel(event)
        if self.on_hover is not None and pixel is not None:
            self.on_hover(*pixel)
        super().mouseMoveEvent(event)


class SteadyLabel(QWidget):
    """A word-wrapped caption (``label``, a QLabel) whose text changes with every drawing without re-laying the
    dock out: it keeps the height of the tallest text it has shown at this width, so a number that wraps onto
    one more line and back does not move everything below it. ``text()``, ``setText(text)`` as a QLabel;
    ``reset()`` forgets the height (a new model, whose text has another number of lines)."""

    def __init__(self, *, bold: bool = False, points: float = 11, parent=None):
        super().__init__(parent)
        self.label = caption(bold=bold, points=points)
        self.label.setParent(self)             # no layout here: the label's own size changes stop at this widget
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._height = 0
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self.label.text()

    def setText(self, text: str) -> None:
        if text != self.label.text():
            self.label.setText(text)
            self._fit(self.width())

    def reset(self) -> None:
        self._height = 0
        self._fit(self.width())

    def _needed(self, width: int) -> int:
        if not self.label.text():
            return 0
        return self.label.heightForWidth(width) if width > 0 else self.label.sizeHint().height()

    def _fit(self, width: int) -> None:
        needed = self._needed(width)
        if needed > self._height:
            self._height = needed
            self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._height, self._needed(width))

    def sizeHint(self) -> QSize:
        hint = self.label.sizeHint()
        return QSize(hint.width(), max(self._height, hint.height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():     # another width: fit that width's wrapping anew
            self._height = self._needed(event.size().width())
            self.updateGeometry()
        self.label.setGeometry(0, 0, self.width(), max(self.height(), self._height))
