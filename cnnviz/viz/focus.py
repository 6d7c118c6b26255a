"""One stage enlarged over the pipeline area ("focus a stage"), and when a cell's value can be written in it.

``focus_layout(stage, width, height)`` picks the mosaic column count that makes the stage's maps largest in a
``width`` x ``height`` pixel area; ``cell_number_style(cell_px)`` says at what size (and with how many decimals)
a value fits in a cell of that many screen pixels; ``neighbour(names, name, step)`` walks the stages in order.
"""
from __future__ import annotations

from dataclasses import dataclass

from .layout import Stage

NUMBERED_SIDE = 26          # a focused stage writes its values in the cells when its maps are this size or smaller
# width of a value's text ("0.00", "0.0") in ems of a bold sans-serif font (DejaVu Sans Bold: 2.47, 1.77); a
# wider text in one cell (a minus sign, tens) is drawn smaller in that cell alone
VALUE_EMS = {2: 2.55, 1: 1.85}
NUMBER_FILL = 0.9           # of a cell's width the text may take
NUMBER_HEIGHT = 0.45        # ... and at most this share of its height, as font pixels
MIN_NUMBER_PX = 9           # below this a value is not written (the colour says it alone)
MAX_NUMBER_PX = 40
TWO_DECIMALS_PX = 12        # two decimals when they fit at this size at least, else one


@dataclass(frozen=True)
class NumberStyle:
    """How values are written in cells: font size in pixels and decimals."""
    font_px: int
    digits: int


def cell_number_style(cell_px: float) -> NumberStyle | None:
    """The largest font (pixels, at most MAX_NUMBER_PX) that writes "0.00" inside a cell ``cell_px`` wide;
    one decimal if two would be smaller than TWO_DECIMALS_PX; None below MIN_NUMBER_PX."""
    for digits in (2, 1):
        size = int(min(MAX_NUMBER_PX, cell_px * NUMBER_FILL / VALUE_EMS[digits], cell_px * NUMBER_HEIGHT))
        if size >= (TWO_DECIMALS_PX if digits == 2 else MIN_NUMBER_PX):
            return NumberStyle(size, digits)
    return None


def numbered_when_focused(stage: Stage) -> bool:
    """Whether a focused stage writes its values in its cells (maps of NUMBERED_SIDE or fewer cells a side)."""
    return stage.kind != "dense" and max(stage.map_shape) <= NUMBERED_SIDE


@dataclass(frozen=True)
class FocusLayout:
    """The focused stage's mosaic column count, screen pixels per cell and per map side."""
    columns: int
    cell_px: float
    map_px: float


def focus_layout(stage: Stage, width: float, height: float, *, gap: int = 1) -> FocusLayout:
    """The column count (1..count) that makes the maps largest inside ``width`` x ``height`` screen pixels
    (square cells; the filters' tiles beside conv maps included). Ties go to fewer columns."""
    best = None
    for columns in range(1, stage.count + 1):
        rows_high, wide = stage.mosaic_shape(columns, gap)
        cell = min(max(width, 1.0) / wide, max(height, 1.0) / rows_high)
        if best is None or cell > best.cell_px * 1.0001:
            best = FocusLayout(columns, cell, cell * max(stage.map_shape))
    return best


def neighbour(names: list[str], name: str, step: int) -> str:
    """The stage ``step`` places after ``name`` in ``names`` (before, if negative), stopping at either end."""
    if not names:
        raise ValueError("there are no stages to move between")
    index = names.index(name) if name in names else 0
    return names[max(0, min(len(names) - 1, index + step))]
