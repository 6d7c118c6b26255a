"""Transforms of a drawing for the probes: shift, scale, rotation, stroke thickness and noise.

A drawing is either its strokes (float arrays (n, 2) of x, y canvas points, as the canvas records
them and `render_strokes` draws them) or a rendered image. Strokes are transformed exactly and then
rendered, so a thicker or thinner pen is a real re-drawing; images are warped with OpenCV.

Geometry shared by both: pixel centres sit at whole coordinates (x right, y down); scale and
rotation are about the centre of the drawing's bounding box (of the stroke points, or of the ink
pixels of an image); positive degrees turn counter-clockwise as seen on screen, as in OpenCV's
``getRotationMatrix2D``. Strokes and images go through the same 2 x 3 matrix (``affine_matrix``).

Pure functions: NumPy + OpenCV, never Qt. Randomness only through a seed or a ``np.random.Generator``.
"""
from __future__ import annotations

import math
from typing import Sequence

import cv2
import numpy as np

from ..analysis.probes import SWEEP_PARAMETERS, ink_bounds, paper_level, shift_image
from .sketches import _CANVAS, render_strokes

__all__ = [
    "NOISE_KINDS",
    "SWEEP_PARAMETERS",
    "add_noise",
    "affine_matrix",
    "drawing_centre",
    "place_at",
    "rotate_strokes",
    "scale_strokes",
    "shift_strokes",
    "strokes_bounds",
    "thicken_image",
    "transform_image",
    "transform_strokes",
    "variant",
]

NOISE_KINDS = ("salt_pepper", "gaussian")
GAUSSIAN_FULL_SIGMA = 128.0     # noise amount 1 is a standard deviation of half the grey range
DEFAULT_WIDTH = 14.0            # the canvas pen's width in canvas pixels at 280 px


Strokes = Sequence[np.ndarray]


def _as_strokes(strokes: Strokes) -> list[np.ndarray]:
    out = [np.asarray(s, dtype=np.float64).reshape(-1, 2) for s in strokes]
    if not out or sum(len(s) for s in out) == 0:
        raise ValueError("the drawing has no stroke points")
    return out


def _is_image(drawing) -> bool:
    return isinstance(drawing, np.ndarray) and drawing.ndim in (2, 3) and drawing.dtype != object \
        and not (drawing.ndim == 2 and drawing.shape[1] == 2 and drawing.dtype.kind == "f")


def strokes_bounds(strokes: Strokes) -> tuple[np.ndarray, np.ndarray]:
    """((x_min, y_min), (x_max, y_max)) of all stroke points."""
    points = np.concatenate(_as_strokes(strokes))
    return points.min(axis=0), points.max(axis=0)


def drawing_centre(drawing) -> tuple[float, float]:
    """(x, y) centre of the bounding box: of the stroke points, or of an image's ink pixels."""
    if _is_image(drawing):
        box = ink_bounds(drawing)
        if box is None:
            raise ValueError("the image is blank: it has no drawing to move")
        x0, y0, x1, y1 = box
        return (x0 + x1) / 2, (y0 + y1) / 2
    low, high = strokes_bounds(drawing)
    return float(low[0] + high[0]) / 2, float(low[1] + high[1]) / 2


def affine_matrix(centre, *, shift=(0.0, 0.0), scale: float = 1.0, rotation: float = 0.0) -> np.ndarray:
    """The 2 x 3 matrix that scales by `scale` and turns by `rotation` degrees (counter-clockwise on
    screen) about `centre` (x, y), then moves by `shift` (dx, dy): the same as
    cv2.getRotationMatrix2D(centre, rotation, scale) plus the shift."""
    if not (np.isfinite(scale) and scale > 0):
        raise ValueError(f"scale must be a number > 0, got {scale!r}")
    cx, cy = float(centre[0]), float(centre[1])
    theta = math.radians(float(rotation))
    a, b = scale * math.cos(theta), scale * math.sin(theta)
    return np.array([[a, b, (1 - a) * cx - b * cy + float(shift[0])],
                     [-b, a, b * cx + (1 - a) * cy + float(shift[1])]])


def _apply(strokes: Strokes, matrix: np.ndarray) -> list[np.ndarray]:
    return [s @ matrix[:, :2].T + matrix[:, 2] for s in _as_strokes(strokes)]


def shift_strokes(strokes: Strokes, dx: float, dy: float) -> list[np.ndarray]:
    """Strokes moved by (dx, dy) canvas pixels (right, down); they may leave the canvas."""
    return [s + (float(dx), float(dy)) for s in _as_strokes(strokes)]


def scale_strokes(strokes: Strokes, factor: float, *, centre=None) -> list[np.ndarray]:
    """Strokes scaled by `factor` about `centre` (default: their bounding box's centre)."""
    return transform_strokes(strokes, scale=factor, centre=centre)


def rotate_strokes(strokes: Strokes, degrees: float, *, centre=None) -> list[np.ndarray]:
    """Strokes turned by `degrees`, counter-clockwise on screen, about `centre` (default: the bbox centre)."""
    return transform_strokes(strokes, rotation=degrees, centre=centre)


def transform_strokes(strokes: Strokes, *, shift=(0.0, 0.0), scale: float = 1.0, rotation: float = 0.0,
                      centre=None) -> list[np.ndarray]:
    """Scale and turn about `centre` (default: the bounding box's centre), then shift. Exact."""
    strokes = _as_strokes(strokes)
    if centre is None:
        centre = drawing_centre(strokes)
    return _apply(strokes, affine_matrix(centre, shift=shift, scale=scale, rotation=rotation))


def transform_image(image: np.ndarray, *, shift=(0.0, 0.0), scale: float = 1.0, rotation: float = 0.0,
                    centre=None, paper=None) -> np.ndarray:
    """The image scaled and turned about `centre` (default: its ink's bounding-box centre), then moved
    by `shift`; uncovered pixels become paper (default: the border's median). A pure whole-pixel shift
    is copied exactly; anything else is resampled bilinearly (cv2.warpAffine)."""
    _check_image(image)
    fill = paper_level(image) if paper is None else np.asarray(paper, image.dtype)
    dx, dy = float(shift[0]), float(shift[1])
    if scale == 1 and rotation % 360 == 0 and dx.is_integer() and dy.is_integer():
        return shift_image(image, int(dx), int(dy), paper=fill)
    if centre is None:
        centre = drawing_centre(image)
    matrix = affine_matrix(centre, shift=shift, scale=scale, rotation=rotation)
    border = tuple(float(v) for v in np.atleast_1d(fill))
    h, w = image.shape[:2]
    return cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=border)


def _check_image(image) -> None:
    if not isinstance(image, np.ndarray) or image.ndim not in (2, 3) or min(image.shape[:2]) < 3:
        raise ValueError(f"expected an (H, W) or (H, W, C) image, got {getattr(image, 'shape', type(image))}")


def place_at(drawing, centre, *, paper=None):
    """The drawing moved so that its bounding box's centre is at `centre` (x, y) on the canvas.

    Strokes are moved exactly; an image is moved by whole pixels (so it is not resampled), which puts
    its centre within half a pixel of `centre`. Parts moved off the canvas are lost.
    """
    cx, cy = drawing_centre(drawing)
    dx, dy = float(centre[0]) - cx, float(centre[1]) - cy
    if _is_image(drawing):
        return shift_image(drawing, math.floor(dx + 0.5), math.floor(dy + 0.5), paper=paper)
    return shift_strokes(drawing, dx, dy)


def thicken_image(image: np.ndarray, pixels: int) -> np.ndarray:
    """Ink grown (pixels > 0) or thinned (pixels < 0) by about that many pixels on each side, with an
    elliptical structuring element. For strokes, re-rendering with another width is the better way."""
    _check_image(image)
    pixels = int(pixels)
    if pixels == 0:
        return image.copy()
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * abs(pixels) + 1, 2 * abs(pixels) + 1))
    paper = np.asarray(paper_level(image), np.float64)
    dark_ink = float(paper.mean()) >= (255 if image.dtype == np.uint8 else 1.0) / 2
    grow = cv2.erode if dark_ink else cv2.dilate                 # dark ink grows where the minimum spreads
    shrink = cv2.dilate if dark_ink else cv2.erode
    return (grow if pixels > 0 else shrink)(image, kernel)


def add_noise(image: np.ndarray, amount: float, *, rng: np.random.Generator, kind: str = "salt_pepper") -> np.ndarray:
    """uint8 image with noise; amount in [0, 1].

    "salt_pepper": that fraction of the pixels set to black or white (half each);
    "gaussian": normal noise of standard deviation amount x 128 grey levels, rounded and clipped.
    The random field is drawn the same way whatever the amount, so with equally seeded generators a
    larger amount keeps the noise of a smaller one and adds to it (a sweep over amounts is smooth).
    """
    _check_image(image)
    if image.dtype != np.uint8:
        raise ValueError(f"noise is added to uint8 canvas images, got dtype {image.dtype}")
    if not 0 <= amount <= 1:
        raise ValueError(f"noise amount must be between 0 and 1, got {amount!r}")
    if kind not in NOISE_KINDS:
        raise ValueError(f"noise kind must be one of {', '.join(NOISE_KINDS)}, got {kind!r}")
    if kind == "salt_pepper":
        where, colour = rng.random(image.shape[:2]), rng.random(image.shape[:2]) < 0.5
        out = image.copy()
        hit = where < amount
        out[hit & colour] = 0
        out[hit & ~colour] = 255
        return out
    noise = rng.standard_normal(image.shape) * (amount * GAUSSIAN_FULL_SIGMA)
    return np.clip(np.rint(image + noise), 0, 255).astype(np.uint8)


def variant(strokes: Strokes, parameter: str, value: float, *, width: float = DEFAULT_WIDTH, canvas: int = _CANVAS,
            noise_seed: int = 0, noise_kind: str = "salt_pepper") -> np.ndarray:
    """The drawing with one parameter set to `value`, rendered as a uint8 canvas (dark ink on white):
    what ``cnnviz.analysis.probes.sweep`` takes as its ``variant``.

    "shift_x", "shift_y": canvas pixels; "scale": factor about the bounding box's centre; "rotation":
    degrees about it, counter-clockwise on screen; "thickness": the pen width in canvas pixels (else
    `width`); "noise": amount 0..1 of `noise_kind`, always the same random field for a given seed.
    """
    if parameter not in SWEEP_PARAMETERS:
        raise ValueError(f"parameter must be one of {', '.join(SWEEP_PARAMETERS)}, got {parameter!r}")
    value = float(value)
    if parameter == "shift_x":
        strokes = shift_strokes(strokes, value, 0.0)
    elif parameter == "shift_y":
        strokes = shift_strokes(strokes, 0.0, value)
    elif parameter == "scale":
        strokes = scale_strokes(strokes, value)
    elif parameter == "rotation":
        strokes = rotate_strokes(strokes, value)
    elif parameter == "thickness":
        if not value > 0:
            raise ValueError(f"thickness must be > 0 canvas pixels, got {value!r}")
        width = value
    image = render_strokes(_as_strokes(strokes), canvas=canvas, width=width)
    if parameter == "noise":
        image = add_noise(image, value, rng=np.random.default_rng(noise_seed), kind=noise_kind)
    return image
