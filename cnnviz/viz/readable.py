"""A minimum readable map size: rather than shrink every stage to a strip, show the first stages at a size that
can be read and say which later stages have no room (they can still be focused one at a time).

``readable_prefix(place, count, min_map_px)`` tries the first ``count``, ``count - 1``, ... stages with a
placement function and keeps the most stages whose maps are at least ``min_map_px`` on screen.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, TypeVar

P = TypeVar("P")

MIN_MAP_PX = 24              # screen pixels a map side keeps at least in the normal window (a strip: 8-12)
MIN_NUMBERED_CELL_PX = 20    # ... and a cell of a map that carries its values (pooled 2 x 2 maps: values of 9 px)
MIN_PRESENTING_MAP_PX = 150  # ... and in presentation mode (read from the back of a room)


@dataclass(frozen=True)
class PipelineSizing:
    """How the pipeline trades its room: the smallest map side shown (later stages give way below it), how
    much larger the input is drawn, and the maps small enough to carry their values in their cells (pooled
    2 x 2 maps: their numbers need less than a 150 px map), the filter block's share of a map's height, and
    the result column's width (pixels before the font scale; None: the normal width)."""
    min_map_px: float = MIN_MAP_PX
    input_emphasis: float = 2.0
    numbered_emphasis: float = 1.0
    lead_share: float = 1.0
    result_width: float | None = None


NORMAL_SIZING = PipelineSizing()
# presentation: maps of 150 px; the input no larger than the maps (the canvas beside it shows the drawing),
# numbered maps at 90 px (values of 14 px and more), filters at a third of a map's height, a narrow result
# column (two classes' bars need little width; its texts are fitted to it)
PRESENTING_SIZING = PipelineSizing(MIN_PRESENTING_MAP_PX, input_emphasis=1.0, numbered_emphasis=0.6,
                                   lead_share=0.34, result_width=170)


def readable_size(placement, stages) -> float:
    """How readable a placement of the first stages of ``stages`` is, as a map side to compare with
    ``min_map_px``: its map size, or 0 when a map that carries its values (``Stage.numbers``) gets cells too
    small to write them (a pooled 2 x 2 map of 30 px says nothing: better named in the note, focused on a click).
    Sizes as the panels draw them (``StagePlacement.smallest``, ``drawn_scale``)."""
    shown = stages[:len(placement.rows)]
    if any(stage.numbers and placement.drawn_scale(i, stage) < MIN_NUMBERED_CELL_PX for i, stage in enumerate(shown)):
        return 0.0
    return placement.smallest


def readable_prefix(place: Callable[[int, bool], P | None], count: int, min_map_px: float,
                    map_pixels: Callable[[P], float] = lambda p: p.map_pixels, *, at_least: int = 2) -> tuple[int, P]:
    """(how many of the first stages to show, their placement). ``place(k, collapsed)`` places the first ``k``
    stages (``collapsed``: room must be kept for a note naming the others) and returns None if they do not fit.
    All ``count`` stages when their maps reach ``min_map_px``; else the most stages (at least ``at_least``: the
    input alone shows nothing of the network) that reach
    it, found by bisection (fewer stages never make maps smaller); if not even ``at_least`` do, those
    ``at_least`` as large as the screen allows."""
    if count < 1:
        raise ValueError("there must be at least one stage to place")
    everything = place(count, False)
    if everything is not None and map_pixels(everything) >= min_map_px:
        return count, everything
    # fewer stages leave more room for each: find the most that are readable by bisection (few placements)
    floor = max(1, min(at_least, count))
    low, high, best = floor - 1, count - 1, None    # low: known readable (floor - 1 = none), high: candidates up to
    while low < high:
        k = (low + high + 1) // 2
        placement = place(k, True)
        if placement is not None and map_pixels(placement) >= min_map_px:
            low, best = k, placement
        else:
            high = k - 1
    if best is not None:
        return low, best
    if floor < count:              # not even the fewest reach it: the fewest, as large as the screen allows
        fewest = place(floor, True)
        if fewest is not None:
            return floor, fewest
    return count, everything if everything is not None else place(count, False)
