"""How presentation mode shares out the window: the pipeline's sizing (maps of at least 150 px, the input no
larger than the maps, small filter blocks, a narrow result column) and a narrow canvas column.

``enter(host)`` switches the window's pipeline and canvas (through its Host) to the presenting layout and returns
what it changed; ``leave(host, saved)`` puts it back exactly. The numbers are measured by
``benchmarks/measure_layout.py`` (at 1280 x 720: 150 px maps, pooled numbers of 14 px and more).
"""
from __future__ import annotations

from cnnviz.viz.readable import PRESENTING_SIZING

PRESENTATION_CANVAS_SHARE = 0.12       # of the width, for the canvas (the docks are put away)
PRESENTATION_CANVAS_MIN = 140          # pixels: still a square to draw in with a mouse or a tablet


def enter(host) -> dict:
    """Presenting sizes for the pipeline and the canvas column; returns what to give back to ``leave``."""
    hint = host.canvas_hint
    saved = {"sizing": host.pipeline.sizing, "canvas_share": host.canvas_share,
             "canvas_min": host.canvas_minimum, "hint_wraps": hint is not None and hint.wordWrap()}
    if hint is not None:
        hint.setWordWrap(True)           # "Draw a ○ or a ×" on two lines rather than widening the canvas column
    host.canvas_share = PRESENTATION_CANVAS_SHARE
    host.canvas_minimum = PRESENTATION_CANVAS_MIN
    host.pipeline.set_sizing(PRESENTING_SIZING)
    return saved


def leave(host, saved: dict) -> None:
    """The sizes from before ``enter``."""
    if not saved:
        return
    host.pipeline.set_sizing(saved["sizing"])
    host.canvas_share = saved["canvas_share"]
    hint = host.canvas_hint
    if hint is not None:
        hint.setWordWrap(saved["hint_wraps"])
    host.canvas_minimum = saved["canvas_min"]
