"""The pipeline's graphics items: a mosaic panel per stage, colour bars, cell numbers, grid lines, the result.

Widgets only draw what they are given: colours, levels and layouts come from ``cnnviz.viz``.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy

import pyqtgraph as pg

from cnnviz.viz.colormap import ColourTable, is_dark
from cnnviz.viz.layout import Stage, format_value
from cnnviz.viz.mosaic import MosaicImage

TEXT = QColor("#1e1e1e")
MUTED = QColor("#555555")
BACKGROUND = QColor(236, 236, 236)
PREDICTED = QColor("#0b5394")
TITLE_POINTS = 13
FONT_SCALE = 1.0      # presentation mode enlarges every pipeline text: PipelineView.set_font_scale rebuilds


def font(point_size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(point_size * FONT_SCALE)
    f.setBold(bold)
    return f


class GridLines(QGraphicsItem):
    """Faint lines between the cells of some rectangles (data coordinates), one pixel wide on screen."""

    def __init__(self, rects, parent=None):
        super().__init__(parent)
        path = QPainterPath()
        bounds = QRectF()
        for y, x, h, w in rects:
            for i in range(1, h):
                path.moveTo(x, y + i)
                path.lineTo(x + w, y + i)
            for j in range(1, w):
                path.moveTo(x + j, y)
                path.lineTo(x + j, y + h)
            bounds = bounds.united(QRectF(x, y, w, h))
        self._path, self._bounds = path, bounds
        self._pen = QPen(QColor(0, 0, 0, 38), 0)
        self._pen.setCosmetic(True)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        painter.setPen(self._pen)
        painter.drawPath(self._path)


class CellNumbers(QGraphicsItem):
    """The value of each cell written in it, sized to the cell on screen, white on dark colours."""

    def __init__(self, mosaic: MosaicImage, parent=None):
        super().__init__(parent)
        self._mosaic = mosaic
        h, w = mosaic.shape
        self._bounds = QRectF(0, 0, w, h)
        centres = []
        for index in range(mosaic.count):
            y, x, mh, mw = mosaic.map_rect(index)
            centres += [(x + j + 0.5, y + i + 0.5) for i in range(mh) for j in range(mw)]
        self._centres = centres

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter, option, widget=None) -> None:
        transform = painter.worldTransform()
        cell = abs(transform.m11())                      # screen pixels per cell
        if cell < 18:
            return
        values = self._mosaic.values.ravel()
        colours = self._mosaic.table.colours(values)
        painter.save()
        painter.resetTransform()
        f = QFont()
        f.setPixelSize(int(min(max(cell * 0.26, 10), 40)))
        f.setBold(True)
        painter.setFont(f)
        half = cell / 2
        for (cx, cy), value, colour in zip(self._centres, values, colours):
            centre = transform.map(QPointF(cx, cy))
            painter.setPen(Qt.GlobalColor.white if is_dark(colour) else TEXT)
            painter.drawText(QRectF(centre.x() - half, centre.y() - half, cell, cell),
                             Qt.AlignmentFlag.AlignCenter, format_value(float(value)))
        painter.restore()


class ColourBar(pg.GraphicsWidget):
    """What the colours mean: the table as a strip with its low, middle and high values underneath."""

    def __init__(self, table: ColourTable, *, note: str = "", parent=None):
        super().__init__(parent)
        colours = np.ascontiguousarray(table.rgba[:-1][None, :, :])
        self._image = QImage(colours.data, colours.shape[1], 1, colours.shape[1] * 4,
                             QImage.Format.Format_RGBA8888).copy()
        middle = (table.low + table.high) / 2
        digits = 0 if all(float(v).is_integer() for v in (table.low, table.high, middle)) else \
            (1 if all(abs(v * 10 - round(v * 10)) < 1e-6 for v in (table.low, table.high, middle)) else 2)
        self._labels = [format_value(table.low, digits), format_value(middle, digits), format_value(table.high, digits)]
        if table.high > 0 > table.low:
            self._labels[2] = "+" + self._labels[2]
        self._note = note
        self._font = font(12, bold=True)
        height = 12 + QFontMetricsF(self._font).height() + 6
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setPreferredHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(60)

    def paint(self, painter, option, widget=None) -> None:
        rect = self.boundingRect()
        width = min(rect.width() - 40, 240)
        left = rect.x() + (rect.width() - width) / 2
        strip = QRectF(left, rect.y() + 2, width, 10)
        painter.drawImage(strip, self._image)
        painter.setPen(QPen(QColor(120, 120, 120), 0))
        painter.drawRect(strip)
        painter.setFont(self._font)
        painter.setPen(TEXT)
        metrics = QFontMetricsF(self._font)
        top = strip.bottom() + 2
        row = QRectF(left - 30, top, width + 60, metrics.height())
        painter.drawText(QRectF(left - 30, top, 60, metrics.height()), Qt.AlignmentFlag.AlignCenter, self._labels[0])
        painter.drawText(row, Qt.AlignmentFlag.AlignHCenter, self._labels[1] + (f"  {self._note}" if self._note else ""))
        painter.drawText(QRectF(left + width - 30, top, 60, metrics.height()), Qt.AlignmentFlag.AlignCenter,
                         self._labels[2])


class MapPanel:
    """One stage: a title, its maps as one mosaic image in a fixed-aspect view, and a colour bar.

    ``show(array)`` takes one sample's output of the stage's layer, e.g. (8, 26, 26).
    """

    def __init__(self, stage: Stage, table: ColourTable, *, columns: int, lead_table: ColourTable | None = None):
        self.stage = stage
        self.mosaic = MosaicImage(stage.count, stage.map_shape, table, columns=columns,
                                  lead=stage.lead, lead_table=lead_table)
        self.layout = pg.GraphicsLayout()
        self.layout.setContentsMargins(4, 2, 4, 2)
        self.layout.setSpacing(2)
        self.title = pg.LabelItem(stage.title, size=f"{TITLE_POINTS * FONT_SCALE:g}pt", color=TEXT, bold=True)
        self.layout.addItem(self.title, row=0, col=0)
        self.view = pg.ViewBox(lockAspect=True, invertY=True, enableMouse=False, enableMenu=False, defaultPadding=0)
        self.view.setMouseEnabled(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setImage(self.mosaic.rgba, autoLevels=False)
        self.view.addItem(self.image)
        h, w = self.mosaic.shape
        if stage.grid:
            rects = [self.mosaic.map_rect(i) for i in range(stage.count)]
            self.view.addItem(GridLines(rects))
        self.numbers = None
        if stage.numbers:
            self.numbers = CellNumbers(self.mosaic)
            self.view.addItem(self.numbers)
        self.view.setRange(QRectF(0, 0, w, h), padding=0)
        self.view.disableAutoRange()
        self.layout.addItem(self.view, row=1, col=0)
        note = {"input": "ink"}.get(stage.kind, "maps" if stage.lead is not None else "")
        self.colour_bar = ColourBar(table, note=note)
        self.layout.addItem(self.colour_bar, row=2, col=0)
        if lead_table is not None:
            self.weight_bar = ColourBar(lead_table, note="weights")
            self.layout.addItem(self.weight_bar, row=3, col=0)
        self.layout.layout.setRowStretchFactor(1, 1)

    @property
    def values(self) -> np.ndarray:
        """The (count, h, w) maps shown now."""
        return self.mosaic.values

    def show(self, array: np.ndarray) -> None:
        self.mosaic.update(self.stage.maps(array))
        self.image.setImage(self.mosaic.rgba, autoLevels=False)
        if self.numbers is not None:
            self.numbers.update()

    def set_table(self, table: ColourTable, note: str | None = None) -> None:
        """Colour the maps with another table (the compare view's B - A) and show it on the colour bar."""
        if table is self.mosaic.table:
            return
        self.mosaic.set_table(table)
        self.layout.removeItem(self.colour_bar)
        self.colour_bar.setParentItem(None)
        if self.colour_bar.scene() is not None:
            self.colour_bar.scene().removeItem(self.colour_bar)
        self.colour_bar = ColourBar(table, note=self.colour_bar._note if note is None else note)
        self.layout.addItem(self.colour_bar, row=2, col=0)
        self.image.setImage(self.mosaic.rgba, autoLevels=False)

    def set_lead(self, lead: np.ndarray) -> None:
        """Repaint the filter tiles beside the maps (weights that changed, e.g. while training)."""
        self.mosaic.set_lead(lead)
        self.image.setImage(self.mosaic.rgba, autoLevels=False)


class ResultPanel(pg.GraphicsWidget):
    """The logits and the softmax as bars with class names, and the predicted class, large."""

    def __init__(self, class_names, *, logits_name: str, softmax_name: str, logits_level: float, parent=None):
        super().__init__(parent)
        self.class_names = tuple(class_names)
        self.logits_name, self.softmax_name, self.logits_level = logits_name, softmax_name, float(logits_level)
        count = len(self.class_names)
        self.logits = np.zeros(count, np.float32)
        self.probabilities = np.full(count, 1.0 / count, np.float32)
        self._big, self._title, self._body = font(38, bold=True), font(14, bold=True), font(13)
        self._percent = font(20, bold=True)
        self.concealed = ""          # "predict, then reveal": while set, this text replaces the result
        self.signed_colours = (QColor("#b2182b"), QColor("#2166ac"))     # logit bars: positive, negative
        self.bar_rows: list[tuple[QRectF, str, int]] = []    # (row rect, "softmax"/"logits", class) as last painted
        self.setMinimumWidth(240 * FONT_SCALE)
        self.setPreferredWidth(300 * FONT_SCALE)
        self.setMaximumWidth(360 * FONT_SCALE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def show(self, logits: np.ndarray, probabilities: np.ndarray) -> None:
        self.logits, self.probabilities = logits, probabilities
        self.update()

    @property
    def predicted(self) -> str:
        return self.class_names[int(np.argmax(self.probabilities))]

    def bar_at(self, point: QPointF) -> tuple[str, int] | None:
        """("softmax" or "logits", class index) of the bar row under a point in item coordinates."""
        for rect, group, index in self.bar_rows:
            if rect.contains(point):
                return group, index
        return None

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.bar_rows = []
        rect = self.boundingRect().adjusted(10, 6, -10, -6)
        y = rect.top()
        if self.concealed:
            painter.setFont(self._big)
            painter.setPen(PREDICTED)
            big = QFontMetricsF(self._big).height()
            painter.drawText(QRectF(rect.left(), y, rect.width(), big * 1.5), Qt.AlignmentFlag.AlignCenter, "?")
            painter.setFont(self._percent)
            painter.setPen(TEXT)
            painter.drawText(QRectF(rect.left(), y + big * 1.6, rect.width(), rect.height() - big * 1.6),
                             Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, self.concealed)
            return
        winner = int(np.argmax(self.probabilities))
        # the prediction, large
        painter.setFont(self._title)
        painter.setPen(MUTED)
        line = QFontMetricsF(self._title).height()
        painter.drawText(QRectF(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignLeft, "prediction")
        y += line
        painter.setFont(self._big)
        painter.setPen(PREDICTED)
        big = QFontMetricsF(self._big).height()
        painter.drawText(QRectF(rect.left(), y, rect.width(), big), Qt.AlignmentFlag.AlignLeft,
                         self.class_names[winner])
        y += big
        painter.setFont(self._percent)
        percent = QFontMetricsF(self._percent).height()
        painter.drawText(QRectF(rect.left(), y, rect.width(), percent), Qt.AlignmentFlag.AlignLeft,
                         f"{self.probabilities[winner] * 100:.1f} % sure")
        y += percent + 16
        y = self._bars(painter, rect, y, f"{self.softmax_name} \u00b7 {len(self.class_names)}",
                       [(p, f"{p * 100:.1f} %") for p in self.probabilities], 0.0, 1.0, winner)
        y += 14
        self._bars(painter, rect, y, f"{self.logits_name} \u00b7 {len(self.class_names)}  (logits)",
                   [(v, format_value(float(v))) for v in self.logits], -self.logits_level, self.logits_level, winner)

    def _bars(self, painter, rect, y, title, entries, low, high, winner) -> float:
        painter.setFont(self._title)
        painter.setPen(TEXT)
        line = QFontMetricsF(self._title).height()
        painter.drawText(QRectF(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignLeft, title)
        y += line + 4
        painter.setFont(self._body)
        metrics = QFontMetricsF(self._body)
        name_width = max(metrics.horizontalAdvance(n) for n in self.class_names) + 10
        value_width = metrics.horizontalAdvance("\u2212000.00") + 6
        bar_left = rect.left() + name_width
        bar_width = max(10.0, rect.width() - name_width - value_width)
        row = max(metrics.height() + 8, 26)
        zero = bar_left + bar_width * (0 - low) / (high - low)
        for index, (value, text) in enumerate(entries):
            painter.setPen(PREDICTED if index == winner else TEXT)
            painter.drawText(QRectF(rect.left(), y, name_width, row), Qt.AlignmentFlag.AlignVCenter,
                             self.class_names[index])
            painter.fillRect(QRectF(bar_left, y + 3, bar_width, row - 6), QColor(250, 250, 250))
            end = bar_left + bar_width * (min(max(float(value), low), high) - low) / (high - low)
            colour = PREDICTED if index == winner else QColor(150, 150, 150)
            if low < 0:
                colour = self.signed_colours[0] if value >= 0 else self.signed_colours[1]
            painter.fillRect(QRectF(min(zero, end), y + 3, abs(end - zero), row - 6), colour)
            if low < 0:
                painter.setPen(QPen(TEXT, 0))
                painter.drawLine(QPointF(zero, y + 1), QPointF(zero, y + row - 1))
            painter.setPen(TEXT)
            painter.drawText(QRectF(bar_left + bar_width + 4, y, value_width, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
            group = "softmax" if low >= 0 else "logits"
            self.bar_rows.append((QRectF(rect.left(), y, rect.width(), row), group, index))
            y += row
        return y

    def sizeHint(self, which, constraint=QSizeF()) -> QSizeF:
        if which == Qt.SizeHint.PreferredSize:
            return QSizeF(300, 200 + 60 * len(self.class_names))
        return super().sizeHint(which, constraint)
