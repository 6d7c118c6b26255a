"""Reading a focused map's values: one map drawn at a cell size where its values can be read from the back of a
room, scrolled so the cell of interest (clicked, pinned, or pointed at in the pipeline) is in view and framed.

A 26 x 26 map fitted into a 720p screen has cells of about 16 px: its values would be too small to read. The
focused view then draws the map with cells of ``reading_cell_px`` (36 px in presentation mode: values of 14 px,
at most two digits) and shows the part around the cell of interest; the map can be dragged to see the rest and
the wheel zooms (in far enough, the values get two decimals). The filter beside a convolution's map is drawn at
the same cell size, its weights written in it too. The maths is in ``cnnviz.viz.focus``.
"""
from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from cnnviz.viz.focus import (PRESENTING_READING_PX, READING_PX, focused_number_style, reading_cell_px, reads_at)
from cnnviz.viz.layout import Stage

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
    """The stage as the reading view draws it: the filter one mosaic pixel a weight (the map's cell size)."""
    return replace(stage, lead_share=0.0) if stage.lead is not None else stage


def write_values(panel: MapPanel, *, reading: bool) -> None:
    """Replace the panel's cell numbers with the focused view's (signed values at ``least_px``, compact where
    cells are small; in the reading view the filter's weights too)."""
    if panel.numbers is not None:
        panel.view.removeItem(panel.numbers)
    panel.numbers = CellNumbers(panel.mosaic, rule=partial(focused_number_style, least_px=least_px()),
                                lead=reading)
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
    """Keeps a reading panel's view at the reading cell size, around ``anchor`` (row, column of the map; the
    map's centre when None), with a frame on the anchor cell; panning stays within the map."""

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
        row, column = self.anchor if self.anchor is not None else ((map_h - 1) / 2, (map_w - 1) / 2)
        centre_x, centre_y = x + column + 0.5, y + row + 0.5

        def start(centre: float, span: float, total: float) -> float:
            if span >= total:
                return (total - span) / 2
            return min(max(centre - span / 2, 0.0), total - span)
        left = start(centre_x, across, mosaic_w)
        if 0 < left and centre_x + 1.5 <= across:       # the filter (left of the map) too, when the cell stays in view
            left = 0.0
        return QRectF(left, start(centre_y, down, mosaic_h), across, down)

    def frame(self, *args) -> None:
        rect = self.window()
        if rect is None:
            return
        view = self.panel.view
        mosaic_h, mosaic_w = self.panel.mosaic.shape
        view.setLimits(xMin=min(0.0, rect.left()), xMax=max(float(mosaic_w), rect.right()),
                       yMin=min(0.0, rect.top()), yMax=max(float(mosaic_h), rect.bottom()))
        view.setRange(rect, padding=0)
