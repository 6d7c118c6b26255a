"""How presentation mode shares out the window: the pipeline's sizing (maps of at least 150 px, the input no
larger than the maps, small filter blocks, a narrow result column) and a narrow canvas column.

``enter(window)`` switches a MainWindow's pipeline and canvas to the presenting layout and returns what it
changed; ``leave(window, saved)`` puts it back exactly. The numbers are measured by
``benchmarks/measure_layout.py`` (at 1280 x 720: 150 px maps, pooled numbers of 14 px and more).
"""
from __future__ import annotations

from cnnviz.viz.readable import PRESENTING_SIZING

PRESENTATION_CANVAS_SHARE = 0.12       # of the width, for the canvas (the docks are put away)
PRESENTATION_CANVAS_MIN = 140          # pixels: still a square to draw in with a mouse or a tablet


def enter(window) -> dict:
    """Presenting sizes for the pipeline and the canvas column; returns what to give back to ``leave``."""
    hint = getattr(window, "canvas_hint", None)
    saved = {"sizing": window.pipeline.sizing, "canvas_share": window.canvas_share,
             "canvas_min": window.__dict__.get("CANVAS_MIN"), "hint_wraps": hint is not None and hint.wordWrap()}
    if hint is not None:
        hint.setWordWrap(True)           # "Draw a ○ or a ×" on two lines rather than widening the canvas column
    window.canvas_share = PRESENTATION_CANVAS_SHARE
    window.CANVAS_MIN = PRESENTATION_CANVAS_MIN
    window.pipeline.set_sizing(PRESENTING_SIZING)
    return saved


def leave(window, saved: dict) -> None:
    """The sizes from before ``enter``."""
    if not saved:
        return
    window.pipeline.set_sizing(saved["sizing"])
    window.canvas_share = saved["canvas_share"]
    hint = getattr(window, "canvas_hint", None)
    if hint is not None:
        hint.setWordWrap(saved["hint_wraps"])
    if saved["canvas_min"] is None:
        window.__dict__.pop("CANVAS_MIN", None)
    else:
        window.CANVAS_MIN = saved["canvas_min"]
