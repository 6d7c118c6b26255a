"""Outlines drawn over a map panel: the pointed cell, its receptive field, and padding zeros.

One ``RegionOverlay`` per panel, created when the panels are built and then only updated
(``set_field``, ``set_padding``): no item is created or destroyed while the pointer or the pen moves.
Rectangles are (y, x, h, w) in mosaic pixels, the panel image's own coordinates; outlines are cosmetic
(one or two screen pixels whatever the zoom).
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

FIELD = QColor(255, 140, 0)            # the receptive field on the layer's own input: orange
FIELD_FILL = QColor(255, 140, 0, 45)
DEEPER = QColor(255, 140, 0, 200)      # the same field further down the network: dotted
CELL = QColor(20, 20, 20)              # the pointed cell: a black frame with a white inner frame
PADDING_LINE = QColor(90, 90, 90)
PADDING_FILL = QColor(120, 120, 120, 70)


def _path(rects, inset: float = 0.0) -> QPainterPath:
    path = QPainterPath()
    for y, x, h, w in rects:
        path.addRect(QRectF(x + inset, y + inset, w - 2 * inset, h - 2 * inset))
    return path


def _pen(colour: QColor, width: float, style=Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(colour, width, style)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen


class RegionOverlay(QGraphicsItem):
    """What a panel shows on top of its maps; empty (and invisible) until told otherwise."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setZValue(10)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.field_rects: list[tuple[int, int, int, int]] = []     # on this layer's input: solid
        self.deeper_rects: list[tuple[int, int, int, int]] = []    # further down: dotted
        self.outside_rects: list[tuple[int, int, int, int]] = []   # windows reaching into padding: dashed
        self.cell_rects: list[tuple[int, int, int, int]] = []      # the pointed cell
        self.padding_bands: list[tuple[tuple[int, int, int, int], int]] = []   # (map rect, p) zero borders
        self._paths = {}
        self._bounds = QRectF()
        self._rebuild()

    # -- state ---------------------------------------------------------------------------------
    def set_field(self, field=(), deeper=(), outside=(), cell=()) -> None:
        field, deeper, outside, cell = list(field), list(deeper), list(outside), list(cell)
        if (field, deeper, outside, cell) == (self.field_rects, self.deeper_rects, self.outside_rects,
                                              self.cell_rects):
            return
        self.field_rects, self.deeper_rects, self.outside_rects, self.cell_rects = field, deeper, outside, cell
        self._rebuild()

    def clear_field(self) -> None:
        self.set_field()

    def set_padding(self, bands) -> None:
        """Zero borders of ``p`` cells around map rects: [((y, x, h, w), p), ...]."""
        bands = [(tuple(rect), int(p)) for rect, p in bands if p > 0]
        if bands != self.padding_bands:
            self.padding_bands = bands
            self._rebuild()

    @property
    def empty(self) -> bool:
        return not (self.field_rects or self.deeper_rects or self.outside_rects or self.cell_rects
                    or self.padding_bands)

    def _rebuild(self) -> None:
        self.prepareGeometryChange()
        band = QPainterPath()
        band_outline = []
        for (y, x, h, w), p in self.padding_bands:
            outer = QRectF(x - p, y - p, w + 2 * p, h + 2 * p)
            ring = QPainterPath()
            ring.addRect(outer)
            inner = QPainterPath()
            inner.addRect(QRectF(x, y, w, h))
            band = band.united(ring.subtracted(inner))
            band_outline.append((y - p, x - p, h + 2 * p, w + 2 * p))
        self._paths = {"band": band, "band_outline": _path(band_outline), "field": _path(self.field_rects),
                       "deeper": _path(self.deeper_rects), "outside": _path(self.outside_rects),
                       "cell": _path(self.cell_rects)}
        bounds = QRectF()
        for path in self._paths.values():
            if not path.isEmpty():
                bounds = bounds.united(path.boundingRect())
        self._bounds = bounds.adjusted(-1, -1, 1, 1) if not bounds.isNull() else QRectF()
        self.setVisible(not self.empty)
        self.update()

    # -- painting ------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        paths = self._paths
        if not paths["band"].isEmpty():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(PADDING_FILL))
            painter.drawPath(paths["band"])
            painter.setBrush(QBrush(PADDING_LINE, Qt.BrushStyle.BDiagPattern))
            painter.drawPath(paths["band"])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_pen(PADDING_LINE, 1, Qt.PenStyle.DashLine))
            painter.drawPath(paths["band_outline"])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if not paths["deeper"].isEmpty():
            painter.setPen(_pen(DEEPER, 1.5, Qt.PenStyle.DotLine))
            painter.drawPath(paths["deeper"])
        if not paths["field"].isEmpty():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(FIELD_FILL))
            painter.drawPath(paths["field"])
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(_pen(FIELD, 2.5))
            painter.drawPath(paths["field"])
        if not paths["outside"].isEmpty():
            painter.setPen(_pen(FIELD, 2, Qt.PenStyle.DashLine))
            painter.drawPath(paths["outside"])
        if not paths["cell"].isEmpty():
            painter.setPen(_pen(CELL, 3))
            painter.drawPath(paths["cell"])
            painter.setPen(_pen(QColor(255, 255, 255), 1))
            painter.drawPath(paths["cell"])
