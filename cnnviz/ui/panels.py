"""The pipeline's graphics items: a mosaic panel per stage, colour bars, cell numbers, grid lines (the result
column is ``result_panel``).

Widgets only draw what they are given: colours, levels and layouts come from ``cnnviz.viz``.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy

import pyqtgraph as pg

from cnnviz.engine.model import RGB
from cnnviz.viz.colormap import ColourTable, is_dark
from cnnviz.viz.focus import NumberStyle, cell_number_style
from cnnviz.viz.layout import Stage, format_value
from cnnviz.viz.mosaic import MosaicImage


TEXT = QColor("#1e1e1e")
MUTED = QColor("#555555")
BACKGROUND = QColor(236, 236, 236)
PREDICTED = QColor("#0b5394")
TITLE_POINTS = 13
FONT_SCALE = 1.0      # presentation mode enlarges every pipeline text: PipelineView.set_font_scale rebuilds
PANEL_MARGINS = (4, 2, 4, 2)    # a map panel's margins (left, top, right, bottom): its maps get the rest


def stage_title(stage: Stage) -> str:
    """A panel's title as shown: the layer name (data, as in the model file), but the network's input in the
    interface language; a stage reduced to one of its maps names it ("conv1 · channel 3 of 8")."""
    if stage.reduced and stage.count == 1:
        name = QCoreApplication.translate("MapPanel", "input") if stage.kind == "input" else stage.name
        return QCoreApplication.translate("MapPanel", "%1 \u00b7 channel %2 of %3").replace("%1", name).replace(
            "%2", str(stage.first_map)).replace("%3", str(stage.shape[0]))
    if stage.kind == "input":
        return stage.title.replace(stage.name, QCoreApplication.translate("MapPanel", "input"), 1)
    return stage.title


def fitted(base: QFont, text: str, width: float) -> QFont:
    """``base``, or a smaller copy of it if ``text`` would not fit ``width`` (long words in some languages)."""
    wide = QFontMetricsF(base).horizontalAdvance(text)
    if wide <= width or wide <= 0:
        return base
    smaller = QFont(base)
    smaller.setPointSizeF(max(6.0, base.pointSizeF() * width / wide * 0.98))
    return smaller


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

    def __init__(self, mosaic: MosaicImage, parent=None, *, rule=None):
        """``rule(cell_px) -> NumberStyle | None``: how values are written (default ``cell_number_style``)."""
        super().__init__(parent)
        self._mosaic = mosaic
        self._rule = rule or cell_number_style
        h, w = mosaic.shape
        self._bounds = QRectF(0, 0, w, h)
        centres = []
        for index in range(mosaic.count):
            y, x, mh, mw = mosaic.map_rect(index)
            centres += [(x + j + 0.5, y + i + 0.5) for i in range(mh) for j in range(mw)]
        self._centres = centres

    def boundingRect(self) -> QRectF:
        return self._bounds

    def style(self, cell: float) -> NumberStyle | None:
        """The font size and decimals for cells ``cell`` screen pixels wide (cnnviz.viz.focus), or None."""
        return self._rule(cell)

    def font_pixels(self, cell: float) -> int:
        """Pixel size of the written values at ``cell`` screen pixels per cell; 0 when none are written."""
        style = self.style(cell)
        return style.font_px if style is not None else 0

    def paint(self, painter, option, widget=None) -> None:
        transform = painter.worldTransform()
        cell = abs(transform.m11())                      # screen pixels per cell
        style = self.style(cell)
        if style is None:
            return                   # the numbers would run into each other: the colours say it alone
        values = self._mosaic.values.ravel()
        colours = self._mosaic.table.colours(values)
        centres = self._centres
        painter.save()
        painter.resetTransform()
        f = QFont()
        f.setPixelSize(style.font_px)
        f.setBold(True)
        painter.setFont(f)
        metrics = QFontMetricsF(f)
        half = cell / 2
        for (cx, cy), value, colour in zip(centres, values, colours):
            if value != value:
                continue                 # a gap (NaN): nothing to write
            centre = transform.map(QPointF(cx, cy))
            text = style.text(value)
            wide = metrics.horizontalAdvance(text)
            if wide > cell - 2:          # a large value (e.g. "−12.50"): smaller for this cell alone
                small = QFont(f)
                small.setPixelSize(max(7, int(style.font_px * (cell - 2) / wide)))
                painter.setFont(small)
            painter.setPen(Qt.GlobalColor.white if is_dark(colour) else TEXT)
            painter.drawText(QRectF(centre.x() - half, centre.y() - half, cell, cell),
                             Qt.AlignmentFlag.AlignCenter, text)
            if wide > cell - 2:
                painter.setFont(f)
        painter.restore()


def bar_labels(low: float, high: float) -> list[str]:
    """A colour bar's low, middle and high value as written under it ("−4", "0", "+4")."""
    middle = (low + high) / 2
    digits = 0 if all(float(v).is_integer() for v in (low, high, middle)) else \
        (1 if all(abs(v * 10 - round(v * 10)) < 1e-6 for v in (low, high, middle)) else 2)
    labels = [format_value(low, digits), format_value(middle, digits), format_value(high, digits)]
    if high > 0 > low:
        labels[2] = "+" + labels[2]
    return labels


BAR_GAP = 10            # pixels at least between a colour bar's labels
BAR_MAX_STRIP = 240


def bar_widths(labels, note: str, bar_font: QFont) -> tuple[float, float]:
    """(pixels a colour bar needs to write all its labels and its note apart, without the note)."""
    metrics = QFontMetricsF(bar_font)
    end = max(metrics.horizontalAdvance(labels[0]), metrics.horizontalAdvance(labels[2]))
    middle = metrics.horizontalAdvance(labels[1] + (f"  {note}" if note else ""))
    bare = metrics.horizontalAdvance(labels[1])
    # the end labels are centred on the strip's ends, the middle one on its middle
    return middle + 2 * end + 2 * BAR_GAP + 4, bare + 2 * end + 2 * BAR_GAP + 4


def bar_notes(stage: Stage) -> tuple[str, str]:
    """The notes on a stage's colour bar and on its weights' bar (as MapPanel writes them): the input of a
    colour model shows how bright each plane is, a grey input how much ink."""
    if stage.kind == "input" and stage.map_names == RGB:
        note = QCoreApplication.translate("MapPanel", "brightness")
    else:
        note = QCoreApplication.translate("MapPanel", "ink") if stage.kind == "input" else \
            (QCoreApplication.translate("MapPanel", "maps") if stage.lead is not None else "")
    return note, (QCoreApplication.translate("MapPanel", "weights") if stage.lead is not None else "")


def bar_min_width(low: float, high: float, note: str = "") -> float:
    """Pixels a colour bar of this range needs to show every label and its note apart."""
    return bar_widths(bar_labels(low, high), note, font(12, bold=True))[0]


class ColourBar(pg.GraphicsWidget):
    """What the colours mean: the table as a strip with its low, middle and high values underneath.
    Where it is too narrow for everything the note goes first, then the middle value: labels never overlap."""

    def __init__(self, table: ColourTable, *, note: str = "", parent=None):
        super().__init__(parent)
        colours = np.ascontiguousarray(table.rgba[:-1][None, :, :])
        self._image = QImage(colours.data, colours.shape[1], 1, colours.shape[1] * 4,
                             QImage.Format.Format_RGBA8888).copy()
        self._labels = bar_labels(table.low, table.high)
        self._note = note
        self._font = font(12, bold=True)
        self.full_width, self.bare_width = bar_widths(self._labels, note, self._font)
        metrics = QFontMetricsF(self._font)       # measured once: paint runs on every frame
        self._line = metrics.height()
        self._ends = [metrics.horizontalAdvance(self._labels[0]), metrics.horizontalAdvance(self._labels[2])]
        self._middles = [(text, metrics.horizontalAdvance(text)) for text in
                         (self._labels[1] + (f"  {note}" if note else ""), self._labels[1])]
        height = 12 + self._line + 6
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setPreferredHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(20)         # narrower than its labels, it draws fewer of them (never overlapping)

    def paint(self, painter, option, widget=None) -> None:
        rect = self.boundingRect()
        ends = self._ends
        margin = max(ends) / 2 + 2
        width = max(10.0, min(rect.width() - 2 * margin, BAR_MAX_STRIP))
        left = rect.x() + (rect.width() - width) / 2
        strip = QRectF(left, rect.y() + 2, width, 10)
        painter.drawImage(strip, self._image)
        painter.setPen(QPen(QColor(120, 120, 120), 0))
        painter.drawRect(strip)
        painter.setFont(self._font)
        painter.setPen(TEXT)
        top = strip.bottom() + 2
        line = self._line
        room = width - max(ends) - 2 * BAR_GAP         # between the end labels
        for middle, needed in self._middles:            # with the note if it fits, else the value alone
            if needed <= room:
                painter.drawText(QRectF(left, top, width, line), Qt.AlignmentFlag.AlignHCenter, middle)
                break
        if width < sum(ends) / 2 + BAR_GAP:
            return                   # far too narrow for the end values: the strip alone (never overlapping text)
        for x, text, w in ((left, self._labels[0], ends[0]), (left + width, self._labels[2], ends[1])):
            painter.drawText(QRectF(x - w / 2 - 1, top, w + 2, line), Qt.AlignmentFlag.AlignCenter, text)


class StageTitle(pg.GraphicsWidget):
    """A stage's title, "conv1 · 8 × 26 × 26": on one line, or in ``two_lines`` mode (all titles of a
    view alike) with the shape under the name in a smaller font; whatever is still too long is elided.
    ``setText``/``text()`` as a LabelItem."""

    def __init__(self, text: str, *, points: float = 13, two_lines: bool = False, parent=None):
        super().__init__(parent)
        self._text = text
        self._font = font(points, bold=True)
        self._small = font(points * 0.85)
        self.two_lines = two_lines
        metrics, small = QFontMetricsF(self._font), QFontMetricsF(self._small)
        height = metrics.height() + (small.height() if two_lines else 0) + 4
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setPreferredHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(20)

    @staticmethod
    def split(text: str) -> tuple[str, str]:
        name, sep, rest = text.partition(" · ")
        return (name, rest) if sep else (text, "")

    @staticmethod
    def widths(text: str, points: float = 13) -> tuple[float, float]:
        """(pixels for the title on one line, on two lines)."""
        metrics, small = QFontMetricsF(font(points, bold=True)), QFontMetricsF(font(points * 0.85))
        name, rest = StageTitle.split(text)
        return metrics.horizontalAdvance(text), max(metrics.horizontalAdvance(name), small.horizontalAdvance(rest))

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self.update()

    def paint(self, painter, option, widget=None) -> None:
        rect = self.boundingRect().adjusted(2, 2, -2, -2)
        metrics, small = QFontMetricsF(self._font), QFontMetricsF(self._small)
        painter.setPen(TEXT)
        painter.setFont(self._font)
        centre = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        if not self.two_lines and metrics.horizontalAdvance(self._text) <= rect.width():
            painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), metrics.height()), centre, self._text)
            return
        name, rest = self.split(self._text) if self.two_lines else (self._text, "")
        elide = Qt.TextElideMode.ElideRight
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), metrics.height()), centre,
                         metrics.elidedText(name, elide, rect.width()))
        if rest:
            painter.setFont(self._small)
            painter.drawText(QRectF(rect.left(), rect.top() + metrics.height(), rect.width(), small.height()), centre,
                             small.elidedText(rest, elide, rect.width()))


class MapPanel:
    """One stage: a title, its maps as one mosaic image in a fixed-aspect view, and a colour bar.

    ``show(array)`` takes one sample's output of the stage's layer, e.g. (8, 26, 26).
    """

    def __init__(self, stage: Stage, table: ColourTable, *, columns: int, lead_table: ColourTable | None = None,
                 two_lines: bool = False):
        self.stage = stage
        self.mosaic = MosaicImage(stage.count, stage.map_shape, table, columns=columns,
                                  lead=stage.lead, lead_table=lead_table, lead_share=stage.lead_share)
        self.layout = pg.GraphicsLayout()
        self.layout.setContentsMargins(*PANEL_MARGINS)
        self.layout.setSpacing(2)
        self.title_text = stage_title(stage)
        self.title = StageTitle(self.title_text, points=TITLE_POINTS, two_lines=two_lines)
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
        self.colour = None              # the colour view of an R, G, B input (an ImageItem), beside its planes
        self._planes_table = table
        self.labels = []                # the names written on the maps ("R", "G", "B") and filter kernels
        left = self._add_colour_view() if stage.colour_view else 0
        self._add_labels()
        self.view.setRange(QRectF(-left, 0, w + left, h), padding=0)
        self.view.disableAutoRange()
        self.layout.addItem(self.view, row=1, col=0)
        note = bar_notes(stage)[0]
        self.colour_bar = ColourBar(table, note=note)
        self.layout.addItem(self.colour_bar, row=2, col=0)
        if lead_table is not None:
            self.weight_bar = ColourBar(lead_table, note=QCoreApplication.translate("MapPanel", "weights"))
            self.layout.addItem(self.weight_bar, row=3, col=0)
        self.layout.layout.setRowStretchFactor(1, 1)

    @property
    def values(self) -> np.ndarray:
        """The (count, h, w) maps shown now."""
        return self.mosaic.values

    def _add_colour_view(self) -> int:
        """The R, G, B planes together as one colour picture, in the mosaic's free slot if it has one (2 x 2),
        else left of the planes; returns how many pixels the view grows to the left for it."""
        layout = self.mosaic.layout
        self._colour_rgba = np.zeros(self.stage.map_shape + (4,), np.uint8)
        self._colour_rgba[..., 3] = 255
        self.colour = pg.ImageItem(self._colour_rgba, axisOrder="row-major")
        self.view.addItem(self.colour)
        if layout.rows * layout.columns > self.mosaic.count:
            y, x = self.mosaic.map_rect(0)[:2]
            y0, x0 = layout.origin(0)
            y1, x1 = layout.origin(self.mosaic.count)
            self.colour.setPos(x1 + (x - x0), y1 + (y - y0))
            grow = 0
        else:
            y = self.mosaic.map_rect(0)[0]
            grow = self.stage.map_shape[1] + 2
            self.colour.setPos(-grow, y)
        self._add_label(QCoreApplication.translate("MapPanel", "colour"), self.colour.pos().x(), self.colour.pos().y())
        return grow

    def _add_label(self, text: str, x: float, y: float, points: float = 8) -> None:
        label = pg.TextItem(text, color=TEXT, fill=pg.mkBrush(255, 255, 255, 170), anchor=(0, 0))
        label.setFont(font(points, bold=True))
        label.setPos(x, y)
        self.view.addItem(label)
        self.labels.append(label)

    def _add_labels(self) -> None:
        """Each map's name ("R", "G", "B") on its top-left corner; on a filter block of colour input, the
        channel of each kernel on the first filter's block (the same order in every block)."""
        names = self.stage.map_names
        if len(names) == self.mosaic.count:
            for i, name in enumerate(names):
                y, x = self.mosaic.map_rect(i)[:2]
                self._add_label(name, x, y)
        lead_rect = self.mosaic.lead_rect(0)
        if self.stage.lead_names and lead_rect is not None:
            kh, kw = self.stage.lead.shape[1:]       # the block of one filter; kernels in kernel_block's grid
            channels = len(self.stage.lead_names)
            columns = int(np.ceil(np.sqrt(channels)))
            k = self.mosaic.lead_scale
            kernel_h = (kh + 1) // int(np.ceil(channels / columns))
            kernel_w = (kw + 1) // columns
            for c, name in enumerate(self.stage.lead_names):
                r, q = divmod(c, columns)
                self._add_label(name, lead_rect[1] + q * kernel_w * k, lead_rect[0] + r * kernel_h * k, points=6.5)

    def show(self, array: np.ndarray) -> None:
        self.mosaic.update(self.stage.maps(array))
        self.image.setImage(self.mosaic.rgba, autoLevels=False)
        if self.colour is not None:
            planes = np.clip(np.asarray(array, np.float32), 0.0, 1.0)
            self._colour_rgba[..., :3] = np.rint(np.moveaxis(planes, 0, -1) * 255.0)
            self.colour.setImage(self._colour_rgba, autoLevels=False, levels=(0, 255))
        if self.numbers is not None:
            self.numbers.update()

    def set_table(self, table: ColourTable, note: str | None = None) -> None:
        """Colour the maps with another table (the compare view's B - A) and show it on the colour bar."""
        if table is self.mosaic.table and note in (None, self.colour_bar._note):
            return
        if self.colour is not None:       # a difference is no colour: the colour view waits for the planes' table
            self.colour.setVisible(table is self._planes_table)
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
