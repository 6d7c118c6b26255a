"""The drawing canvas: ink on white paper in a square colour image, with undo and redo.

Every stroke is recorded as points (x, y, pressure in image pixels) with its pen colour, so a drawing can be
replayed, saved or undone; the image is only a rendering of the recorded strokes.

The page is kept in colour (a ``Format_RGB32`` QImage). What leaves the canvas:
``image_array()`` the page in grey, uint8 (size, size), 0 ink and 255 paper (exactly the old grey page for a
drawing in black: a grey pixel's luma is its value); ``rgb_array()`` the page in colour, uint8 (size, size, 3)
R, G, B; ``input_image()`` what the network's preprocessing reads (the session's input source): the grey page
while everything on it is grey, else (size, size, 3) B, G, R as ``read_image`` gives a colour file.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field

import cv2
import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PAPER = 255
INK = 0
BLACK = (INK, INK, INK)        # the default pen, R, G, B
MIN_PRESSURE_WIDTH = 0.3       # at zero pressure a tablet pen draws this fraction of the width


@dataclass
class Stroke:
    """One pen-down to pen-up: points (x, y, pressure) in image pixels, packed flat to stay small, drawn in
    ``colour`` (R, G, B, 0-255; the eraser paints paper whatever its colour)."""
    width: float
    erase: bool = False
    data: array = field(default_factory=lambda: array("f"))
    colour: tuple[int, int, int] = BLACK

    @property
    def is_grey(self) -> bool:
        """Whether it leaves grey on the page (the eraser, or a pen with R = G = B)."""
        return self.erase or self.colour[0] == self.colour[1] == self.colour[2]

    def add(self, x: float, y: float, pressure: float = 1.0) -> None:
        self.data.extend((x, y, pressure))

    @property
    def points(self) -> np.ndarray:
        """(n, 3) float32 array of x, y, pressure."""
        return np.frombuffer(self.data, dtype=np.float32).reshape(-1, 3) if self.data else np.zeros((0, 3), np.float32)

    def __len__(self) -> int:
        return len(self.data) // 3


CLEAR = "clear"       # an action in the history that wipes the page


@dataclass(eq=False)
class Picture:
    """An action in the history that replaces the page by a picture (an opened, dropped or pasted image):
    ``pixels`` uint8 (size, size) grey (0 black, 255 white) or (size, size, 3) R, G, B, fitted to the page."""
    pixels: np.ndarray

    @property
    def is_grey(self) -> bool:
        return self.pixels.ndim == 2


class DrawingCanvas(QWidget):
    """A square page of ``size`` x ``size`` colour pixels, shown scaled to the widget.

    Signals: ``changed`` after every change of the pixels (each pen movement), ``strokeFinished`` on
    pen up, ``dropped`` (QMimeData) when something is dropped on it (drops are off until setAcceptDrops).
    ``pen_colour`` (R, G, B) colours the next stroke. ``image_array()`` gives the page in grey, uint8
    (size, size), 0 ink and 255 paper; ``rgb_array()`` in colour, uint8 (size, size, 3) R, G, B;
    ``input_image()`` what the network reads (grey while the page is grey, else B, G, R).
    """

    changed = Signal()
    strokeFinished = Signal()
    dropped = Signal(object)        # files or a picture dropped on the page (QMimeData), when drops are accepted

    def __init__(self, size: int = 280, parent: QWidget | None = None):
        super().__init__(parent)
        self._image = QImage(size, size, QImage.Format.Format_RGB32)     # bytes B, G, R, 255 per pixel
        self._image.fill(QColor.fromRgb(PAPER, PAPER, PAPER))
        self._grey = True           # nothing coloured on the page: input_image() is the grey page
        self._history: list[Stroke | str] = []
        self._redo: list[Stroke | str] = []
        self._current: Stroke | None = None
        self._last = None
        self._preview: list[Stroke] | None = None      # the stroke timeline shows part of the drawing
        self.pen_width = 14.0
        self.pen_colour: tuple[int, int, int] = BLACK
        self.eraser = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(64, 64)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolTip(self.tr("Draw a \u25cb or a \u00d7 here"))

    # -- state -----------------------------------------------------------------------------
    @property
    def size_pixels(self) -> int:
        return self._image.width()

    @property
    def history(self) -> list:
        """Undo steps, oldest first: a Stroke, CLEAR, a Picture, or a tuple of them (a replayed drawing)."""
        return list(self._history)

    def _actions_backwards(self):
        """Every recorded action, newest first (an entry may be a tuple of actions made as one step)."""
        for entry in reversed(self._history):
            yield from reversed(entry) if isinstance(entry, tuple) else (entry,)

    def _visible(self) -> tuple[Picture | None, list[Stroke]]:
        """The picture under the drawing (None: white paper) and the strokes drawn on it since."""
        strokes = []
        for action in self._actions_backwards():
            if not isinstance(action, Stroke):
                return (action if isinstance(action, Picture) else None), strokes[::-1]
            strokes.append(action)
        return None, strokes[::-1]

    def strokes(self) -> list[Stroke]:
        """The strokes visible now (those after the last clear or picture)."""
        return self._visible()[1]

    def picture(self) -> Picture | None:
        """The picture the page shows under the strokes, if one was put there and not cleared since."""
        return self._visible()[0]

    def _bgra(self, writable: bool = False) -> np.ndarray:
        """A view of the page's pixels, uint8 (size, size, 4) B, G, R, 255 (valid while the image lives)."""
        n = self._image.width()
        bits = self._image.bits() if writable else self._image.constBits()
        view = np.frombuffer(bits, dtype=np.uint8, count=self._image.sizeInBytes())
        return view.reshape(n, self._image.bytesPerLine() // 4, 4)[:, :n]

    def image_array(self) -> np.ndarray:
        """The page in grey as a new uint8 array (size, size): 0 is ink, 255 paper (a colour's luma, as
        ``cv2.cvtColor`` takes it; a grey pixel keeps its value exactly)."""
        return cv2.cvtColor(self._bgra(), cv2.COLOR_BGRA2GRAY)

    def rgb_array(self) -> np.ndarray:
        """The page in colour as a new uint8 array (size, size, 3): R, G, B, white paper 255."""
        return self._bgra()[:, :, 2::-1].copy()

    def input_image(self) -> np.ndarray:
        """The page as the network's preprocessing reads it (``preprocess.to_network_input``): uint8
        (size, size) grey while nothing coloured is on it (so a grey model's ink is as it always was), else
        (size, size, 3) B, G, R."""
        return self.image_array() if self._grey else self._bgra()[:, :, :3].copy()

    def has_colour(self) -> bool:
        """Whether something coloured (a colour pen's stroke or a colour picture) is on the page."""
        return not self._grey

    def is_blank(self) -> bool:
        """Nothing on the page: no stroke or picture since the last clear. Asked on every pen movement, so it
        looks only at the newest action."""
        newest = next(self._actions_backwards(), None)
        return not isinstance(newest, (Stroke, Picture))

    def can_undo(self) -> bool:
        return bool(self._history)

    def can_redo(self) -> bool:
        return bool(self._redo)

    # -- editing ---------------------------------------------------------------------------
    def clear(self) -> None:
        """Wipe the page (undoable). Ends a stroke in progress."""
        self._end_stroke(emit=False)
        self._preview = None
        if self.is_blank():
            return
        self._history.append(CLEAR)
        self._redo.clear()
        self._render()

    def undo(self) -> None:
        self._end_stroke(emit=False)
        self._preview = None
        if self._history:
            self._redo.append(self._history.pop())
            self._render()

    def redo(self) -> None:
        self._end_stroke(emit=False)
        self._preview = None
        if self._redo:
            self._history.append(self._redo.pop())
            self._render()

    def set_strokes(self, strokes, width: float) -> None:
        """Replace the drawing by strokes (arrays (n, 2) or (n, 3) of image x, y[, pressure]); one undo step."""
        self._end_stroke(emit=False)
        self._preview = None
        group = [CLEAR]
        for points in strokes:
            stroke = Stroke(float(width))
            for point in np.asarray(points, dtype=np.float32).reshape(len(points), -1):
                stroke.add(float(point[0]), float(point[1]), float(point[2]) if len(point) > 2 else 1.0)
            if len(stroke):
                group.append(stroke)
        self._history.append(tuple(group))
        self._redo.clear()
        self._render()

    def set_picture(self, pixels: np.ndarray) -> None:
        """Replace the page by a picture, uint8 (size, size) grey or (size, size, 3) R, G, B (see
        data.picture.fit_to_page); one undo step. The pen draws on it afterwards; Clear or Undo takes it away."""
        pixels = np.asarray(pixels)
        n = self.size_pixels
        if pixels.shape not in ((n, n), (n, n, 3)) or pixels.dtype != np.uint8:
            raise ValueError(f"a picture for the canvas is uint8 ({n}, {n}) or ({n}, {n}, 3), "
                             f"got {pixels.dtype} {pixels.shape}")
        self._end_stroke(emit=False)
        self._preview = None
        self._history.append(Picture(pixels.copy()))
        self._redo.clear()
        self._render()

    def set_stroke_list(self, strokes, picture: np.ndarray | None = None) -> None:
        """Replace the drawing by recorded strokes, each keeping its width and eraser flag, drawn on
        ``picture`` (as set_picture takes it) or on white paper; one undo step."""
        self._end_stroke(emit=False)
        self._preview = None
        n = self.size_pixels
        if picture is not None and (picture.shape not in ((n, n), (n, n, 3)) or picture.dtype != np.uint8):
            raise ValueError(f"a picture for the canvas is uint8 ({n}, {n}) or ({n}, {n}, 3), "
                             f"got {picture.dtype} {picture.shape}")
        first = CLEAR if picture is None else Picture(np.array(picture, copy=True))
        group = [first] + [Stroke(float(s.width), bool(s.erase), array("f", s.data), tuple(getattr(s, "colour", BLACK)))
                           for s in strokes if len(s)]
        self._history.append(tuple(group))
        self._redo.clear()
        self._render()

    def undo_state(self) -> tuple[list, list]:
        """The drawing's whole history: (undo steps, redo steps), to hand to another canvas."""
        self._end_stroke(emit=False)
        return list(self._history), list(self._redo)

    def restore_undo_state(self, state: tuple[list, list]) -> None:
        """Take over a history from ``undo_state()`` (the drawing, and what undo and redo will do)."""
        self._end_stroke(emit=False)
        self._preview = None
        self._history, self._redo = list(state[0]), list(state[1])
        self._render()

    @property
    def preview(self) -> list[Stroke] | None:
        return self._preview

    def show_preview(self, strokes) -> None:
        """Show these strokes instead of the drawing, which stays as it is (the stroke timeline); None shows the
        drawing again. Drawing a new stroke during a preview makes the previewed strokes the drawing."""
        self._preview = None if strokes is None else list(strokes)
        self._render()

    # -- drawing ---------------------------------------------------------------------------
    def _page_rect(self) -> QRectF:
        """Where the page is drawn: the largest square, centred across and at the top (right under the title
        saying what to draw, however tall a narrow column leaves the canvas)."""
        side = max(1, min(self.width(), self.height()))
        return QRectF((self.width() - side) / 2, 0, side, side)

    def to_image(self, pos: QPointF) -> tuple[float, float]:
        """Widget coordinates to image pixels (may lie outside the page)."""
        rect = self._page_rect()
        scale = self.size_pixels / rect.width()
        return (pos.x() - rect.x()) * scale, (pos.y() - rect.y()) * scale

    def begin_stroke(self, x: float, y: float, pressure: float = 1.0) -> None:
        self._end_stroke(emit=False)
        if self._preview is not None:
            self.set_stroke_list(self._preview)
        self._current = Stroke(self.pen_width, self.eraser, colour=tuple(int(c) for c in self.pen_colour))
        self._current.add(x, y, pressure)
        self._grey = self._grey and self._current.is_grey
        self._history.append(self._current)
        self._redo.clear()
        self._paint_segment(self._current, None, (x, y, pressure))
        self._last = (x, y, pressure)
        self.update()
        self.changed.emit()

    def extend_stroke(self, x: float, y: float, pressure: float = 1.0) -> None:
        if self._current is None:
            return
        self._current.add(x, y, pressure)
        self._paint_segment(self._current, self._last, (x, y, pressure))
        self._last = (x, y, pressure)
        self.update()
        self.changed.emit()

    def end_stroke(self) -> None:
        self._end_stroke(emit=True)

    def _end_stroke(self, emit: bool) -> None:
        if self._current is None:
            return
        self._current, self._last = None, None
        if emit:
            self.strokeFinished.emit()

    def _pen(self, stroke: Stroke, pressure: float) -> QPen:
        width = stroke.width * (MIN_PRESSURE_WIDTH + (1 - MIN_PRESSURE_WIDTH) * min(max(pressure, 0.0), 1.0))
        pen = QPen(QColor.fromRgb(PAPER, PAPER, PAPER) if stroke.erase else QColor.fromRgb(*stroke.colour))
        pen.setWidthF(max(1.0, width))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        return pen

    def _paint_segment(self, stroke: Stroke, start, end, painter: QPainter | None = None) -> None:
        """Ink from start to end at end's pressure; start None is the pen touching down: a round dot."""
        own = painter is None
        if own:
            painter = QPainter(self._image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen(stroke, end[2]))
        if start is None:       # Qt draws nothing for a zero-length line wider than 1 px, so a tap left no mark
            painter.drawPoint(QPointF(end[0], end[1]))
        else:
            painter.drawLine(QPointF(start[0], start[1]), QPointF(end[0], end[1]))
        if own:
            painter.end()

    def _render(self) -> None:
        """Redraw the page from the history."""
        picture, strokes = self._visible()
        if picture is not None and self._preview is None:
            page = self._bgra(writable=True)
            if picture.is_grey:
                page[:, :, :3] = picture.pixels[:, :, None]
            else:
                page[:, :, :3] = picture.pixels[:, :, ::-1]
            page[:, :, 3] = 255
        else:
            picture = None
            self._image.fill(QColor.fromRgb(PAPER, PAPER, PAPER))
        shown = self._preview if self._preview is not None else strokes
        self._grey = (picture is None or picture.is_grey) and all(stroke.is_grey for stroke in shown)
        painter = QPainter(self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stroke in shown:
            points = stroke.points
            for i in range(len(points)):
                self._paint_segment(stroke, points[i - 1] if i else None, points[i], painter)
        painter.end()
        self.update()
        self.changed.emit()

    # -- Qt events -------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = self._page_rect()
        painter.drawImage(rect, self._image)
        painter.setPen(QPen(QColor(160, 160, 160), 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(*self.to_image(event.position()))
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._current is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self.extend_stroke(*self.to_image(event.position()))
            event.accept()
        else:
            super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._current is not None:
            self.extend_stroke(*self.to_image(event.position()))
            self.end_stroke()
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        event.acceptProposedAction()
        self.dropped.emit(event.mimeData())

    def tabletEvent(self, event) -> None:
        x, y = self.to_image(event.position())
        pressure = float(event.pressure())
        kind = event.type()
        if kind == event.Type.TabletPress:
            self.begin_stroke(x, y, pressure)
        elif kind == event.Type.TabletMove and self._current is not None:
            self.extend_stroke(x, y, pressure)
        elif kind == event.Type.TabletRelease and self._current is not None:
            self.end_stroke()
        event.accept()
