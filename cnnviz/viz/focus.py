"""One stage enlarged over the pipeline area ("focus a stage"), and when a cell's value can be written in it.

``focus_layout(stage, width, height)`` picks the mosaic column count that makes the stage's maps largest in a
``width`` x ``height`` pixel area; ``cell_number_style(cell_px)`` says at what size (and with how many decimals)
a value fits in a cell of that many screen pixels; ``neighbour(names, name, step)`` walks the stages in order.

Reading a focused map's values: a 26 x 26 map fitted into a 720p screen has cells of about 16 px, too small for
numbers a room can read. ``focused_number_style(cell_px, least_px)`` writes "0.00" where a signed value of that
form reaches ``least_px``, else at most two digits (``compact_value``: ".35", "1.2", "12", a narrow "–" for
minus); ``reading_cell_px(least_px)`` is the cell size at which those reach ``least_px`` (the focused view then
shows one map at that size, scrolled to the cell of interest).
"""
from __future__ import annotations

from dataclasses import dataclass

from .layout import Stage, format_value

NUMBERED_SIDE = 26          # a focused stage writes its values in the cells when its maps are this size or smaller
# width of a value's text ("0.00", "0.0") in ems of a bold sans-serif font (DejaVu Sans Bold: 2.47, 1.77); a
# wider text in one cell (a minus sign, tens) is drawn smaller in that cell alone
VALUE_EMS = {2: 2.55, 1: 1.85}
NUMBER_FILL = 0.9           # of a cell's width the text may take
NUMBER_HEIGHT = 0.45        # ... and at most this share of its height, as font pixels
MIN_NUMBER_PX = 9           # below this a value is not written (the colour says it alone)
MAX_NUMBER_PX = 40
TWO_DECIMALS_PX = 12        # two decimals when they fit at this size at least, else one


READING_PX = 12             # the focused view writes a map's values at least this large (font pixels) ...
PRESENTING_READING_PX = 14  # ... and in presentation mode (read from the back of a room)
# width in ems of the widest usual signed value, "−0.00" and "–.35" (DejaVu Sans Bold: 3.31, 2.27)
SIGNED_EMS = {"fixed": 3.35, "compact": 2.3}
NARROW_MINUS = "\u2013"    # an en dash: the minus of compact values (a cell has no room for U+2212's width)


def compact_value(value: float) -> str:
    """A value in at most two digits: ".35" (below 1, no leading zero), "1.2", "12", "–.35" (negative);
    values that round to zero are "0"."""
    value = float(value)
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    size = abs(value)
    if size < 0.005:
        return "0"
    text = f"{size:.2f}"[1:] if size < 0.995 else (f"{size:.1f}" if size < 9.95 else f"{size:.0f}")
    return (NARROW_MINUS if value < 0 else "") + text


@dataclass(frozen=True)
class NumberStyle:
    """How values are written in cells: font size in pixels and decimals (``compact``: at most two digits)."""
    font_px: int
    digits: int
    compact: bool = False

    def text(self, value: float) -> str:
        return compact_value(value) if self.compact else format_value(float(value), self.digits)


def cell_number_style(cell_px: float) -> NumberStyle | None:
    """The largest font (pixels, at most MAX_NUMBER_PX) that writes "0.00" inside a cell ``cell_px`` wide;
    one decimal if two would be smaller than TWO_DECIMALS_PX; None below MIN_NUMBER_PX."""
    for digits in (2, 1):
        size = int(min(MAX_NUMBER_PX, cell_px * NUMBER_FILL / VALUE_EMS[digits], cell_px * NUMBER_HEIGHT))
        if size >= (TWO_DECIMALS_PX if digits == 2 else MIN_NUMBER_PX):
            return NumberStyle(size, digits)
    return None


def _signed_px(cell_px: float, ems: float) -> int:
    return int(min(MAX_NUMBER_PX, cell_px * NUMBER_FILL / ems, cell_px * NUMBER_HEIGHT))


def focused_number_style(cell_px: float, least_px: int = READING_PX) -> NumberStyle | None:
    """How a focused map writes its values in cells ``cell_px`` wide: "0.00" when even a negative value of that
    form is ``least_px`` or larger, else at most two digits (compact) as large as the cell allows; None when
    those would be under ``least_px`` (values too small to read are not written: one map alone shows them)."""
    fixed = _signed_px(cell_px, SIGNED_EMS["fixed"])
    if fixed >= least_px:
        return NumberStyle(fixed, 2)
    compact = _signed_px(cell_px, SIGNED_EMS["compact"])
    return NumberStyle(compact, 2, compact=True) if compact >= least_px else None


def reading_cell_px(least_px: int = READING_PX) -> int:
    """The smallest cell (screen pixels) whose compact values, signed ones included, are ``least_px`` large."""
    cell = 1
    while _signed_px(cell, SIGNED_EMS["compact"]) < least_px:
        cell += 1
    return cell


def reads_at(cell_px: float, least_px: int = READING_PX) -> bool:
    """Whether values written in cells ``cell_px`` wide reach ``least_px``."""
    style = focused_number_style(cell_px, least_px)
    return style is not None and style.font_px >= least_px


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
