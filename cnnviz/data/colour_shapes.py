"""Colour pictures of hand-drawn shapes, made here (no downloaded data): a coloured pen on coloured paper
under uneven light, like a photo of a drawing.

Two tasks come from it:
- ``label_by="shape"`` (classes of SHAPE_NAMES): the shape matters, the colours are random. The shipped
  ``selfedu-rgb`` model learns this.
- ``label_by="colour"`` (classes of INK_HUES, e.g. red and blue): the same circles in different inks, with
  the same range of brightness for every ink, so only the colour tells them apart: a grey model cannot.

Strokes come from the sketch generator (``make_sketch``); every picture goes through the one preprocessing
function with the requested channels. NumPy + OpenCV only; never Qt.
"""
from __future__ import annotations

import cv2
import numpy as np

from ..messages import MessageError, message, template
from .preprocess import to_network_input
from .sketches import SHAPE_NAMES, make_sketch

# Hue ranges (degrees) of the inks that the colour task can name.
INK_HUES = {"red": (-12.0, 12.0), "orange": (25.0, 40.0), "yellow": (50.0, 62.0), "green": (100.0, 140.0),
            "blue": (210.0, 240.0), "purple": (270.0, 300.0)}
LABELS_BY = ("shape", "colour")
CANVAS = 96                  # pictures are drawn this size, then resized by the preprocessing

UNKNOWN_COLOUR_TASK = template("colour-shape classes must all be shapes ({shapes}) or all ink colours ({colours}), "
                               "got {names}")

# ITU-R BT.601 luma weights, as cv2.cvtColor(..., COLOR_BGR2GRAY) uses them (R, G, B)
_LUMA = np.array([0.299, 0.587, 0.114])


def _hsv_to_rgb(hue: float, saturation: float, value: float) -> np.ndarray:
    """One colour, hue in degrees, saturation and value in [0, 1]: (3,) R, G, B in [0, 1]."""
    pixel = np.array([[[hue % 360.0, saturation, value]]], np.float32)
    return cv2.cvtColor(pixel, cv2.COLOR_HSV2RGB)[0, 0].astype(np.float64)


def _with_luma(rgb: np.ndarray, luma: float) -> np.ndarray:
    """The colour scaled so that its grey value is `luma` (as far as it fits in [0, 1])."""
    return np.clip(rgb * (luma / max(float(_LUMA @ rgb), 1e-6)), 0.0, 1.0)


def _paper(rng: np.random.Generator) -> np.ndarray:
    """Light paper, white to tinted (a fifth of the time clearly coloured)."""
    saturation = rng.uniform(0.2, 0.45) if rng.random() < 0.2 else rng.uniform(0.0, 0.12)
    return _hsv_to_rgb(rng.uniform(0, 360), saturation, rng.uniform(0.78, 1.0))


def _ink(rng: np.random.Generator, hue_range: tuple[float, float] | None, paper_luma: float) -> np.ndarray:
    """A pen colour: of the hue range (any hue if None), with a grey value from the same range whatever the
    hue, always clearly darker than the paper."""
    hue = rng.uniform(0, 360) if hue_range is None else rng.uniform(*hue_range)
    saturation = rng.uniform(0.0, 1.0) if hue_range is None else rng.uniform(0.65, 1.0)
    luma = rng.uniform(0.12, min(0.5, paper_luma - 0.3))
    return _with_luma(_hsv_to_rgb(hue, saturation, 1.0), luma)


def colour_picture(shape: str, rng: np.random.Generator, *, ink: np.ndarray, paper: np.ndarray,
                   canvas: int = CANVAS) -> np.ndarray:
    """A shape drawn with `ink` on `paper` (R, G, B in [0, 1]) under uneven light with sensor noise:
    uint8 BGR (canvas, canvas, 3), as cv2 reads a photo."""
    sketch, _ = make_sketch(shape, rng, canvas=canvas)
    coverage = (1.0 - sketch.astype(np.float32) / 255.0)[:, :, None]
    rgb = paper[None, None, :] * (1.0 - coverage) + ink[None, None, :] * coverage
    # light falling off across the page, and a little grain
    ys, xs = np.mgrid[0:canvas, 0:canvas] / (canvas - 1.0) - 0.5
    angle = rng.uniform(0, 2 * np.pi)
    light = 1.0 + rng.uniform(0.0, 0.35) * (np.cos(angle) * xs + np.sin(angle) * ys)
    light *= rng.uniform(0.8, 1.1)
    rgb = rgb * light[:, :, None] + rng.normal(0.0, rng.uniform(0.0, 0.03), size=rgb.shape)
    bgr = np.clip(rgb[:, :, ::-1] * 255.0 + 0.5, 0, 255).astype(np.uint8)
    return bgr


def colour_task(classes) -> str:
    """"shape" when every class is a sketch shape, "colour" when every class is an ink colour."""
    classes = tuple(classes)
    if classes and all(c in SHAPE_NAMES for c in classes):
        return "shape"
    if classes and all(c in INK_HUES for c in classes):
        return "colour"
    raise MessageError(message(UNKNOWN_COLOUR_TASK, shapes=", ".join(SHAPE_NAMES), colours=", ".join(INK_HUES),
                               names=", ".join(map(str, classes))))


def make_colour_pictures(n: int, *, seed: int, classes=("circle", "cross", "triangle"), canvas: int = CANVAS
                         ) -> tuple[list[np.ndarray], np.ndarray]:
    """n pictures (uint8 BGR) and labels y int64 (n,) indexing `classes`, balanced and shuffled.

    Shape classes: a random ink of any colour. Colour classes: circles in that ink."""
    task = colour_task(classes)
    rng = np.random.default_rng(seed)
    y = (np.arange(int(n)) % len(classes)).astype(np.int64)
    rng.shuffle(y)
    pictures = []
    for label in y:
        paper = _paper(rng)
        paper_luma = float(_LUMA @ paper)
        if task == "shape":
            shape, ink = classes[label], _ink(rng, None, paper_luma)
        else:
            shape, ink = "circle", _ink(rng, INK_HUES[classes[label]], paper_luma)
        pictures.append(colour_picture(shape, rng, ink=ink, paper=paper, canvas=canvas))
    return pictures, y


def make_colour_dataset(n: int, *, seed: int, classes=("circle", "cross", "triangle"), size=(32, 32),
                        channels: int = 3, crop: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """n colour pictures as network input: x float32 (n, channels, H, W) through ``to_network_input`` (colours
    as they are for 3 channels; ink for 1, as a grey model reads them), y int64 (n,)."""
    pictures, y = make_colour_pictures(n, seed=seed, classes=classes)
    x = np.empty((len(pictures), channels) + tuple(size), np.float32)
    for i, picture in enumerate(pictures):
        x[i] = to_network_input(picture, tuple(size), channels=channels, crop=crop)
    return x, y
