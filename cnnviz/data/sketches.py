"""Hand-drawn-looking circles (○), crosses (×) and triangles (△), drawn like the app's canvas pen.

Strokes are float arrays (n, 2) of x, y canvas points in the order a pen draws them,
so the GUI can replay them.  `render_strokes` is the one place that rasterises strokes:
dark ink (0) on white paper (255), anti-aliased, round caps and joins.  `make_dataset`
sends every sketch through `to_network_input`, so what is trained is what is drawn.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from .preprocess import to_network_input

__all__ = [
    "CLASS_NAMES",
    "SHAPE_NAMES",
    "PLACEMENTS",
    "circle_strokes",
    "cross_strokes",
    "triangle_strokes",
    "render_strokes",
    "make_sketch",
    "make_dataset",
]

CLASS_NAMES = ("circle", "cross")             # the classes of the shipped models, and the default
SHAPE_NAMES = ("circle", "cross", "triangle")  # every shape this generator draws
PLACEMENTS = ("any", "corner", "centre")

_CANVAS = 280                 # the app's canvas side; pen widths below are for this size
_PEN_RANGE = (8.0, 22.0)      # pen width range in canvas pixels at 280 px
_SHIFT = 4                    # sub-pixel bits for OpenCV drawing (1/16 px)
_AA_FRINGE = 2.0              # anti-aliasing greys up to a pixel beyond half the pen width


# --------------------------------------------------------------------------- shapes


def _circle_shape(rng: np.random.Generator, scale: float) -> list[np.ndarray]:
    """One closed-ish loop of diameter about `scale`, centred on (0, 0)."""
    radius = scale / 2.0
    aspect = rng.uniform(0.78, 1.22)                       # ellipse x:y
    rx, ry = radius * math.sqrt(aspect), radius / math.sqrt(aspect)
    tilt = rng.uniform(0.0, math.pi)
    start = rng.uniform(0.0, 2 * math.pi)
    direction = -1.0 if rng.random() < 0.7 else 1.0       # counter-clockwise on screen is common
    # negative: a gap before the start point; positive: the pen overshoots it
    closing = rng.uniform(-0.45, 0.6)
    sweep = 2 * math.pi + closing
    n = max(24, int(sweep * 12))
    t = np.linspace(0.0, sweep, n)
    # low-frequency wobble of the radius plus a slow drift, so the ends do not meet exactly
    wobble = np.ones(n)
    for k in (2, 3):
        wobble += rng.uniform(0.0, 0.05) * np.sin(k * (t + start) + rng.uniform(0, 2 * math.pi))
    wobble += rng.uniform(-0.09, 0.09) * (t / sweep)
    angle = start + direction * t
    x, y = rx * wobble * np.cos(angle), ry * wobble * np.sin(angle)
    c, s = math.cos(tilt), math.sin(tilt)
    points = np.stack((c * x - s * y, s * x + c * y), axis=1)
    return [points]


def _bent_line(rng: np.random.Generator, start: np.ndarray, end: np.ndarray,
               bend: float) -> np.ndarray:
    """A pen stroke from start to end, bowed sideways by `bend` (fraction of its length)."""
    n = 16
    s = np.linspace(0.0, 1.0, n)[:, None]
    along = end - start
    length = float(np.hypot(*along))
    normal = np.array([-along[1], along[0]]) / max(length, 1e-9)
    bow = bend * length * np.sin(math.pi * s)
    # a faint S-shaped wiggle: a hand never moves quite straight
    wiggle = rng.uniform(-0.01, 0.01) * length * np.sin(2 * math.pi * s + rng.uniform(0, 6.3))
    return start + s * along + (bow + wiggle) * normal


def _cross_shape(rng: np.random.Generator, scale: float) -> list[np.ndarray]:
    """Two diagonal strokes whose extent is about `scale`, crossing near (0, 0)."""
    strokes = []
    tilt = float(np.clip(rng.normal(0.0, 0.08), -0.12, 0.12))  # the whole × leans a little
    for base in (math.pi / 4, 3 * math.pi / 4):            # "\" then "/" (y points down)
        angle = base + tilt + rng.uniform(-0.28, 0.28)
        half = scale / 2.0 * math.sqrt(2) * rng.uniform(0.75, 1.05)
        cut = rng.uniform(0.35, 0.65)                       # where along the stroke it crosses
        direction = np.array([math.cos(angle), math.sin(angle)])
        offset = rng.normal(0.0, 0.06 * scale, size=2)     # crossing point not always the middle
        start = offset - direction * 2 * half * cut
        end = offset + direction * 2 * half * (1.0 - cut)
        if start[1] > end[1] and rng.random() < 0.85:      # most people draw downwards
            start, end = end, start
        strokes.append(_bent_line(rng, start, end, rng.uniform(-0.08, 0.08)))
    if rng.random() < 0.3:                                 # some draw "/" first
        strokes.reverse()
    return strokes


def _triangle_shape(rng: np.random.Generator, scale: float) -> list[np.ndarray]:
    """A triangle about `scale` wide, corners jittered, drawn in one stroke (often) or one stroke per side.

    The apex is usually on top; the pen starts at a corner, goes round either way and closes with a small
    gap or overshoot; sides bow slightly, as a hand draws them.
    """
    turn = rng.normal(0.0, 0.15) + (math.pi if rng.random() < 0.15 else 0.0)   # a few stand on their tip
    corners = []
    for k in range(3):
        angle = -math.pi / 2 + turn + k * 2 * math.pi / 3 + rng.uniform(-0.25, 0.25)
        radius = scale / math.sqrt(3) * rng.uniform(0.85, 1.1)
        corners.append(np.array([radius * math.cos(angle), radius * math.sin(angle)]))
    squash = rng.uniform(0.75, 1.25)                        # taller or flatter than equilateral
    corners = [c * (1.0, squash) for c in corners]
    first, way = int(rng.integers(3)), (1 if rng.random() < 0.5 else -1)
    order = [corners[(first + step * way) % 3] for step in range(3)]
    closing = rng.uniform(-0.12, 0.12)                      # the last side stops short of, or passes, the start
    ends = [order[1], order[2], order[0] + (order[0] - order[2]) * closing]
    sides = [_bent_line(rng, start, end, rng.uniform(-0.05, 0.05)) for start, end in zip(order, ends)]
    if rng.random() < 0.6:
        return [np.vstack([sides[0], sides[1][1:], sides[2][1:]])]
    return sides


def _bounds(strokes: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    points = np.concatenate(strokes)
    return points.min(axis=0), points.max(axis=0)


def _centred(strokes: list[np.ndarray]) -> list[np.ndarray]:
    """Shift strokes so their bounding box is centred on (0, 0)."""
    low, high = _bounds(strokes)
    middle = (low + high) / 2.0
    return [s - middle for s in strokes]


def _fit_into(strokes: list[np.ndarray], rng: np.random.Generator, region: tuple[float, float, float, float],
              pad: float) -> list[np.ndarray]:
    """Shrink (if needed) and move centred strokes to a random spot where they and the pen fit.

    region: (x0, y0, x1, y1); pad: half the pen width.
    """
    x0, y0, x1, y1 = region
    low, high = _bounds(strokes)
    extent = high - low
    room = np.array([x1 - x0, y1 - y0]) - 2 * pad
    shrink = min(1.0, float(np.min(room / np.maximum(extent, 1e-9))))
    strokes = [s * shrink for s in strokes]
    half = extent * shrink / 2.0
    cx = rng.uniform(x0 + pad + half[0], x1 - pad - half[0])
    cy = rng.uniform(y0 + pad + half[1], y1 - pad - half[1])
    return [s + (cx, cy) for s in strokes]


def _default_scale(rng: np.random.Generator, canvas: int) -> float:
    return rng.uniform(0.2, 0.85) * canvas


def _strokes(shape, rng, canvas, scale, center) -> list[np.ndarray]:
    if scale is None:
        scale = _default_scale(rng, canvas)
    strokes = _centred(shape(rng, float(scale)))
    if center is not None:
        return [s + np.asarray(center, float) for s in strokes]
    pad = _PEN_RANGE[1] / 2 * canvas / _CANVAS + _AA_FRINGE
    return _fit_into(strokes, rng, (-0.5, -0.5, canvas - 0.5, canvas - 0.5), pad)


def circle_strokes(rng: np.random.Generator, *, canvas: int = _CANVAS, scale: float | None = None,
                   center: tuple[float, float] | None = None) -> list[np.ndarray]:
    """A hand-drawn ○ as one stroke: [float array (n, 2) of x, y canvas points], pen order.

    Varies size, position, aspect, tilt, start angle, direction, gap or overlap at the
    closing point and a low-frequency wobble.  scale: diameter in canvas pixels (random
    if None); center: the bounding box's centre (random, fitting the canvas, if None).
    """
    return _strokes(_circle_shape, rng, canvas, scale, center)


def cross_strokes(rng: np.random.Generator, *, canvas: int = _CANVAS, scale: float | None = None,
                  center: tuple[float, float] | None = None) -> list[np.ndarray]:
    """A hand-drawn × as two strokes, each a float array (n, 2) of x, y points in pen order.

    Varies the strokes' angles, lengths, the crossing point (not always the middle),
    direction and order, with a slight curvature.  scale: extent in canvas pixels
    (random if None); center: the bounding box's centre (random, fitting, if None).
    """
    return _strokes(_cross_shape, rng, canvas, scale, center)


def triangle_strokes(rng: np.random.Generator, *, canvas: int = _CANVAS, scale: float | None = None,
                     center: tuple[float, float] | None = None) -> list[np.ndarray]:
    """A hand-drawn △ as one stroke or three (one per side), float arrays (n, 2) in pen order.

    Varies the corners, the proportions, the turn (a few stand on their tip), the direction round, where
    the pen starts and the closing gap or overshoot. scale and center as for circle_strokes.
    """
    return _strokes(_triangle_shape, rng, canvas, scale, center)


SHAPES = {"circle": _circle_shape, "cross": _cross_shape, "triangle": _triangle_shape}


# --------------------------------------------------------------------------- drawing


def render_strokes(strokes: list[np.ndarray], *, canvas: int = _CANVAS, width: float = 14) -> np.ndarray:
    """Rasterise strokes as dark ink (0) on white paper (255): uint8 (canvas, canvas).

    strokes: float arrays (n, 2) of x, y canvas points; width: pen width in canvas
    pixels (rounded to a whole pixel, at least 1).  Anti-aliased, round caps and joins.
    """
    image = np.full((canvas, canvas), 255, np.uint8)
    thickness = max(1, int(round(width)))
    unit = 1 << _SHIFT
    for stroke in strokes:
        points = np.asarray(stroke, float).reshape(-1, 2)
        if len(points) == 0:
            continue
        fixed = np.round(points * unit).astype(np.int32)
        if len(points) > 1:
            cv2.polylines(image, [fixed], False, 0, thickness, cv2.LINE_AA, _SHIFT)
        radius = int(round(thickness / 2 * unit))
        for end in (fixed[0], fixed[-1]):                 # round caps (and a single dot)
            cv2.circle(image, (int(end[0]), int(end[1])), radius, 0, -1, cv2.LINE_AA, _SHIFT)
    return image


# --------------------------------------------------------------------------- samples


def _placed_strokes(label: int, rng: np.random.Generator, canvas: int, placement: str,
                    width: float) -> list[np.ndarray]:
    shape = SHAPES[SHAPE_NAMES[label]]
    pad = max(1, round(width)) / 2.0 + _AA_FRINGE
    whole = (-0.5, -0.5, canvas - 0.5, canvas - 0.5)      # pixel centres are whole numbers
    if placement == "any":
        placement = ("centre", "medium", "small")[int(rng.integers(3))]
    if placement == "centre":
        scale = rng.uniform(0.5, 0.85) * canvas
        strokes = _centred(shape(rng, scale))
        middle = canvas / 2.0 + rng.normal(0.0, 0.03 * canvas, size=2)
        strokes = [s + middle for s in strokes]
        low, high = _bounds(strokes)
        if low.min() < pad - 0.5 or high.max() > canvas - 0.5 - pad:  # rare: fit it back in
            strokes = _fit_into(_centred(strokes), rng, whole, pad)
        return strokes
    if placement == "medium":
        return _fit_into(_centred(shape(rng, rng.uniform(0.35, 0.6) * canvas)), rng, whole, pad)
    if placement == "small":
        return _fit_into(_centred(shape(rng, rng.uniform(0.15, 0.35) * canvas)), rng, whole, pad)
    # corner: a small sketch entirely inside one random quadrant
    half = canvas / 2.0
    qx, qy = rng.integers(2), rng.integers(2)
    region = (qx * half - 0.5, qy * half - 0.5, (qx + 1) * half - 0.5, (qy + 1) * half - 0.5)
    return _fit_into(_centred(shape(rng, rng.uniform(0.15, 0.4) * canvas)), rng, region, pad)


def _pen_width(rng: np.random.Generator, canvas: int, strokes: list[np.ndarray]) -> float:
    """A random pen width for the canvas, kept below a third of the sketch so ○ keeps a hole."""
    width = rng.uniform(*_PEN_RANGE) * canvas / _CANVAS
    low, high = _bounds(strokes)
    return min(width, max(1.0, float(np.max(high - low)) / 3.5))


def make_sketch(label: int | str, rng: np.random.Generator, *, canvas: int = _CANVAS,
                placement: str = "any", width: float | None = None) -> tuple[np.ndarray, list[np.ndarray]]:
    """One sketch: (uint8 image (canvas, canvas), dark ink on white; strokes as in render_strokes).

    label: 0 / "circle", 1 / "cross" or 2 / "triangle".  placement: "any" (a mix of large centred,
    medium anywhere and small anywhere), "centre" (large, centred) or "corner" (small,
    diameter 15-40% of the canvas, entirely inside one random quadrant).  width: pen
    width in canvas pixels (random, 8..22 at 280 px, if None).
    """
    index = _label_index(label)
    if placement not in PLACEMENTS:
        raise ValueError(f"placement must be one of {PLACEMENTS}, got {placement!r}")
    if canvas < 8:
        raise ValueError(f"canvas must be at least 8 pixels, got {canvas!r}")
    # place with the widest pen so any width drawn later stays on the canvas / in the quadrant
    max_pen = _PEN_RANGE[1] * canvas / _CANVAS if width is None else float(width)
    strokes = _placed_strokes(index, rng, canvas, placement, max_pen)
    if width is None:
        width = _pen_width(rng, canvas, strokes)
    return render_strokes(strokes, canvas=canvas, width=width), strokes


def _label_index(label: int | str) -> int:
    if isinstance(label, str):
        if label not in SHAPE_NAMES:
            raise ValueError(f"label must be one of {SHAPE_NAMES}, got {label!r}")
        return SHAPE_NAMES.index(label)
    if label in range(len(SHAPE_NAMES)) and not isinstance(label, bool):
        return int(label)
    raise ValueError(f"label must be 0 ('circle'), 1 ('cross'), 2 ('triangle') or a shape name, got {label!r}")


def make_dataset(n: int, *, seed: int, size: tuple[int, int] = (28, 28), canvas: int = _CANVAS,
                 placement: str = "any", crop: bool = False, classes: tuple[str, ...] = CLASS_NAMES,
                 channels: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """n sketches as network input: x float32 (n, channels, H, W) in [0, 1], y int64 (n,).

    classes: shape names (of SHAPE_NAMES) in the order of the model's classes; y indexes them.
    Classes are balanced (counts differ by at most one) and shuffled.  The same seed gives the
    same data.  Each sketch is drawn on a canvas x canvas image and sent through
    `to_network_input(..., size, channels=channels, crop=crop)` (ink for 1 channel, black on
    white R, G, B planes for 3).
    """
    if int(n) != n or n < 0:
        raise ValueError(f"n must be a whole number >= 0, got {n!r}")
    known = all(isinstance(c, str) and c in SHAPE_NAMES for c in classes)
    shapes = [SHAPE_NAMES.index(name) for name in classes] if known else None
    if shapes is None or len(set(shapes)) != len(shapes) or len(shapes) < 2:
        raise ValueError(f"classes must be two or more different shapes of {SHAPE_NAMES}, got {classes!r}")
    n = int(n)
    height, width = size
    rng = np.random.default_rng(seed)
    y = (np.arange(n) % len(shapes)).astype(np.int64)
    rng.shuffle(y)
    x = np.empty((n, channels, height, width), np.float32)
    for i in range(n):
        image, _ = make_sketch(shapes[y[i]], rng, canvas=canvas, placement=placement)
        x[i] = to_network_input(image, (height, width), channels=channels, crop=crop)
    return x, y
