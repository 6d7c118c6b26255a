"""Display maths for the experiments (training, probes, compare, attribution): no Qt, no network maths.

Everything here turns arrays the engine computed into arrays a widget paints: colour tables for
probabilities, grid coordinates of the drawing on a translation map, the B - A differences of two
traces with symmetric levels, "before -> after" filter grids, saliency overlays.
"""
from __future__ import annotations

import numpy as np

from ..messages import Message, message, template
from .colormap import TABLE_SIZE, ColourTable, _interpolate, _with_gap, diverging_table, ink_table
from .levels import nice_level

# 0 white ... 1 dark green (ColorBrewer Greens): a probability is an amount, not a sign, so it gets a hue of its
# own; red and blue mean positive and negative everywhere else, and grey means ink.
PROBABILITY_STOPS = ("#f7fcf5", "#c7e9c0", "#74c476", "#238b45", "#00441b")


def probability_table() -> ColourTable:
    """0 (white, "not this class") to 1 (dark green, "this class"); a single-hue ramp that reads for every
    colour vision and does not collide with the signed maps' red/blue."""
    return ColourTable(_with_gap(_interpolate(PROBABILITY_STOPS, TABLE_SIZE)), 0.0, 1.0)


def colour_image(values: np.ndarray, table: ColourTable) -> np.ndarray:
    """(H, W, 4) uint8 RGBA of a 2-D array; NaN (not computed yet) is the gap colour."""
    return np.ascontiguousarray(table.colours(np.asarray(values, dtype=np.float32)))


def grid_position(point, canvas_shape, grid_shape) -> tuple[float, float]:
    """(column, row), fractional, of a canvas point (x, y) on a translation map's grid: the inverse
    of ``cnnviz.analysis.probes.grid_centres`` (grid point (i, j) sits at cell centre j, i)."""
    height, width = canvas_shape[:2]
    rows, cols = grid_shape[:2]
    x, y = float(point[0]), float(point[1])
    return (x + 0.5) * cols / width - 0.5, (y + 0.5) * rows / height - 0.5


def symmetric_level(values, *, floor: float = 1e-6) -> float:
    """A "nice" level L >= max |values|, so [-L, L] shows every value on a diverging scale."""
    values = np.asarray(values, dtype=np.float64)
    finite = values[np.isfinite(values)]
    return nice_level(max(float(np.max(np.abs(finite))) if finite.size else 0.0, floor))


# ---------------------------------------------------------------------------------------------
# compare: A, B and B - A

def trace_arrays(trace, names) -> dict[str, np.ndarray]:
    """The first sample's array of each named stage of a trace ("input" is the network input)."""
    return {name: (trace.input[0] if name == "input" else trace[name][0]) for name in names}


def trace_difference(trace_b, trace_a, names) -> dict[str, np.ndarray]:
    """B - A for each named stage (float32), the arrays a compare view shows."""
    a, b = trace_arrays(trace_a, names), trace_arrays(trace_b, names)
    return {name: np.subtract(b[name], a[name], dtype=np.float32) for name in names}


def difference_level(name: str, levels: dict[str, float]) -> float:
    """Symmetric level for B - A of a stage: the stage's own level (the input's is 1), so a colour
    means the same amount as on the ordinary panels; larger differences saturate."""
    return float(levels.get(name, 1.0)) if name != "input" else 1.0


def difference_table(name: str, levels: dict[str, float]) -> ColourTable:
    return diverging_table(difference_level(name, levels))


def stage_table(stage_kind: str, level: float) -> ColourTable:
    """The ordinary table of a pipeline stage (ink for the input, diverging otherwise)."""
    return ink_table(level) if stage_kind == "input" else diverging_table(level)


# ---------------------------------------------------------------------------------------------
# filters before -> after

def filter_grid(before: np.ndarray, after: np.ndarray, *, per_row: int = 8, gap: int = 1,
                separation: int = 2) -> tuple[np.ndarray, list[tuple[float, str]]]:
    """Conv filters before and after training as one float image: a row of the starting kernels
    above a row of the same kernels now, `per_row` filters across (more filters wrap into further
    before/after row pairs). before, after: (F, C, KH, KW); a filter's channels stack downwards.
    Returns (image with NaN gaps, [(row centre in image pixels, "before" or "after"), ...])."""
    before, after = np.asarray(before, np.float32), np.asarray(after, np.float32)
    if before.shape != after.shape or before.ndim != 4:
        raise ValueError(f"before and after must be (F, C, KH, KW) of one shape, got {before.shape} and {after.shape}")
    f, c, kh, kw = before.shape
    per_row = max(1, min(int(per_row), f))
    groups = -(-f // per_row)
    block_h = c * kh + (c - 1) * gap
    pair_h = 2 * block_h + gap + separation
    width = per_row * (kw + 2 * gap) - 2 * gap
    out = np.full((groups * pair_h + (groups - 1) * 2 * separation, width), np.nan, np.float32)
    labels = []
    for g in range(groups):
        top = g * (pair_h + 2 * separation)
        labels += [(top + block_h / 2, "before"), (top + block_h + gap + separation + block_h / 2, "after")]
        for slot in range(per_row):
            i = g * per_row + slot
            if i >= f:
                break
            x = slot * (kw + 2 * gap)
            for ch in range(c):
                y = top + ch * (kh + gap)
                out[y:y + kh, x:x + kw] = before[i, ch]
                y2 = top + block_h + gap + separation + ch * (kh + gap)
                out[y2:y2 + kh, x:x + kw] = after[i, ch]
    return out, labels


# ---------------------------------------------------------------------------------------------
# attribution

def overlay(ink: np.ndarray, signed: np.ndarray, level: float, *, strength: float = 0.85) -> np.ndarray:
    """(H, W, 4) uint8: the input as grey ink on paper, with a signed map on top in the diverging
    colours, opaque where |signed| reaches `level` and transparent where it is 0."""
    ink = np.clip(np.asarray(ink, np.float32), 0, 1)
    signed = np.asarray(signed, np.float32)
    grey = (255 - 150 * ink)[..., None]
    colours = diverging_table(level).colours(signed)[..., :3].astype(np.float32)
    alpha = (np.clip(np.abs(signed) / level, 0, 1) * strength)[..., None]
    out = np.empty(ink.shape + (4,), np.uint8)
    out[..., :3] = np.rint(grey * (1 - alpha) + colours * alpha)
    out[..., 3] = 255
    return out


CONTRIBUTIONS_SUM = template("sum of contributions {contributions}  +  bias term {bias}  =  {total}")
LOGIT_IS = template("logit  =  {logit}")


def attribution_sentence(total: float, bias_term: float, logit: float) -> tuple[Message, Message]:
    """("sum of contributions + bias term = X", "logit = X") with the same number of digits."""
    contributions = total - bias_term
    return (message(CONTRIBUTIONS_SUM, contributions=f"{contributions:+.5f}", bias=f"{bias_term:+.5f}",
                    total=f"{total:+.5f}"), message(LOGIT_IS, logit=f"{logit:+.5f}"))
