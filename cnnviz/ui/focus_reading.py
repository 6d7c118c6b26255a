"""Reading a focused map's values: one map drawn at a cell size where its values can be read from the back of a
room, scrolled so the cell of interest (clicked, pinned, or pointed at in the pipeline) is in view and framed.

A 26 x 26 map fitted into a 720p screen has cells of about 16 px: its values would be too small to read. The
focused view then draws the map with cells of ``reading_cell_px`` (36 px in presentation mode: values of 14 px,
at most two digits) and shows the part around the cell of interest; the map can be dragged to see the rest and
the wheel zooms (in far enough, the values get two decimals). The filter beside a convolution's map is drawn at
the same cell size, its weights written in it too, and slides along the map's side so it stays in view while
the map is dragged up or down (or paged: Page Up / Page Down, as a presenter's clicker sends). The maths is in
``cnnviz.viz.focus``.
"""
from __future__ import annotations

from dataclasses import replace
from functools import partial

import numpy as np

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from cnnviz.viz.focus import (PRESENTING_READING_PX, READING_PX, focused_number_style, reading_cell_px, reads_at)
from cnnviz.viz.layout import Stage

import pyqtgraph as pg

from cnnviz.viz.mosaic import MosaicImage

from . import panels as _panels
from .panels import CellNumbers, MapPanel

FRAME = QColor("#111111")


def least_px() -> int:
    """The least size (font pixels) a focused map writes its values at: larger in presentation mode."""
    return PRESENTING_READING_PX if _panels.FONT_SCALE > 1.0 else READING_PX


def needs_reading(stage: Stage, fitted_cell_px: float) -> bool:
    """Whether a focused stage showing one map (``stage.count == 1``) whose values are to be written has cells
    (``fitted_cell_px`` when fitted to the area) too small for them: it is then drawn at the reading size."""
    return bool(stage.numbers) and stage.count == 1 and not reads_at(fitted_cell_px, least_px())


def reading_stage(stage: Stage) -> Stage:
    """The stage as the reading view draws it: room for the filter one mosaic pixel a weight (the map's cell
    size) left blank beside the map (StickyFilter draws the filter in it, where the view is)."""
    if stage.lead is None:
        return stage
    return replace(stage, lead_share=0.0, lead=np.full_like(stage.lead, np.nan))


class StickyFilter:
    """The filter (its weights written in it) in the blank column left of a reading panel's map, kept level
    with the part of the map in view."""

    def __init__(self, panel: MapPanel, block: np.ndarray, table):
        self.panel = panel
        self.mosaic = MosaicImage(1, block.shape, table, gap=0)
        self.mosaic.update(np.asarray(block, np.float32)[None])
        self.image = pg.ImageItem(self.mosaic.rgba, axisOrder="row-major")
        self.numbers = CellNumbers(self.mosaic, rule=partial(focused_number_style, least_px=least_px()))
        self.numbers.setParentItem(self.image)
        panel.view.addItem(self.image)
        self.column = panel.mosaic.lead_rect(0)
        panel.view.sigRangeChanged.connect(self.follow)
        self.follow()

    def follow(self, *args) -> None:
        top, left, height, _ = self.column
        map_top, _, map_h, _ = self.panel.mosaic.map_rect(0)
        shown = self.panel.view.viewRect()
        y = min(max(shown.top() + 0.5, map_top), map_top + map_h - height)
        self.image.setPos(left, y)


def write_values(panel: MapPanel) -> None:
    """Replace the panel's cell numbers with the focused view's (signed values at ``least_px``, compact where
    cells are small)."""
    if panel.numbers is not None:
        panel.view.removeItem(panel.numbers)
    panel.numbers = CellNumbers(panel.mosaic, rule=partial(focused_number_style, least_px=least_px()))
    panel.view.addItem(panel.numbers)


def anchor_of(stage: Stage, map_index: int | None, target) -> tuple[int, int] | None:
    """The (row, column) of an inspector target ``("cell", layer, (map, row, column))`` when it is a cell of the
    map shown alone (``map_index``, or the map of a one-map stage), else None."""
    if not target or target[0] != "cell" or target[1] != stage.name or len(target[2]) != 3:
        return None
    index, row, column = (int(v) for v in target[2])
    if index != (0 if stage.count == 1 else map_index):
        return None
    return row, column


class ReadingFrame:
    """Keeps a reading panel's view at the reading cell size, around ``anchor`` (row, column of the map; when
    None, the cell with the strongest response as the view is laid out), with a frame on the anchor cell;
    panning stays within the map."""

    def __init__(self, panel: MapPanel, anchor: tuple[int, int] | None):
        self.panel, self.anchor = panel, anchor
        self.cell_px = reading_cell_px(least_px())
        self.outline = None
        if anchor is not None:
            y, x = panel.mosaic.map_rect(0)[:2]
            self.outline = QGraphicsRectItem(QRectF(x + anchor[1], y + anchor[0], 1, 1))
            pen = QPen(FRAME, 3)
            pen.setCosmetic(True)
            self.outline.setPen(pen)
            panel.view.addItem(self.outline)
        panel.view.sigResized.connect(self.frame)

    def window(self) -> QRectF | None:
        """The part of the mosaic (data coordinates) shown at the reading size, or None before it is laid out."""
        view, mosaic = self.panel.view, self.panel.mosaic
        width, height = view.width(), view.height()
        if width < 20 or height < 20:
            return None
        across, down = width / self.cell_px, height / self.cell_px
        mosaic_h, mosaic_w = mosaic.shape
        y, x, map_h, map_w = mosaic.map_rect(0)
        row, column = self.anchor if self.anchor is not None else self.strongest()
        centre_x, centre_y = x + column + 0.5, y + row + 0.5

        def start(centre: float, span: float, total: float) -> float:
            if span >= total:
                return (total - span) / 2
            return min(max(centre - span / 2, 0.0), total - span)
        left = start(centre_x, across, mosaic_w)
        if 0 < left and centre_x + 1.5 <= across:       # the filter (left of the map) too, when the cell stays in view
            left = 0.0
        return QRectF(left, start(centre_y, down, mosaic_h), across, down)

    def strongest(self) -> tuple[float, float]:
        """(row, column) of the map's largest value by size (the map's centre when it is blank)."""
        values = np.asarray(self.panel.values[0], dtype=np.float32)
        size = np.abs(np.nan_to_num(values))
        if not size.any():
            return (values.shape[0] - 1) / 2, (values.shape[1] - 1) / 2
        row, column = np.unravel_index(int(np.argmax(size)), size.shape)
        return float(row), float(column)

    def page(self, step: int) -> None:
        """Scroll down (``step`` 1) or up (-1) by most of the view's height, within the map."""
        shown = self.panel.view.viewRect()
        mosaic_h = self.panel.mosaic.shape[0]
        top = min(max(shown.top() + step * 0.8 * shown.height(), 0.0), max(0.0, mosaic_h - shown.height()))
        self.panel.view.setRange(QRectF(shown.left(), top, shown.width(), shown.height()), padding=0)

    def frame(self, *args) -> None:
        rect = self.window()
        if rect is None:
            return
        view = self.panel.view
        mosaic_h, mosaic_w = self.panel.mosaic.shape
        view.setLimits(xMin=min(0.0, rect.left()), xMax=max(float(mosaic_w), rect.right()),
                       yMin=min(0.0, rect.top()), yMax=max(float(mosaic_h), rect.bottom()))
        view.setRange(rect, padding=0)
