"""Several transforms of one drawing at once, and training sets built from collected drawings.

``transformed`` is the drawing with every probe slider applied together (shift, scale, rotation,
pen width, noise): what the probes' preview shows and what a sweep varies one parameter of.
``augmented_copies`` draws random variants of collected drawings for training, re-drawing strokes
exactly when they are known and warping the image otherwise. ``training_set`` mixes the collected
drawings with synthetic sketches and holds some back for validation.

NumPy + OpenCV only; never Qt. Randomness only through a ``np.random.Generator``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import cv2
import numpy as np

from ..messages import MessageError, message, template
from .classes import class_index
from .collection import Drawing, network_inputs
from .preprocess import to_network_input
from .sketches import CLASS_NAMES, SHAPE_NAMES, make_dataset, render_strokes

NO_SYNTHETIC_SHAPE = template("synthetic sketches exist only for {shapes}, not for the class '{name}': set the "
                              "number of synthetic sketches to 0, or rename the class")
from .transforms import DEFAULT_WIDTH, add_noise, thicken_image, transform_image, transform_strokes


@dataclass(frozen=True)
class Settings:
    """Every probe parameter at once; the defaults change nothing."""
    shift_x: float = 0.0         # canvas pixels, right
    shift_y: float = 0.0         # canvas pixels, down
    scale: float = 1.0           # about the drawing's bounding-box centre
    rotation: float = 0.0        # degrees, counter-clockwise on screen
    thickness: float | None = None   # pen width in canvas pixels (None: as drawn)
    noise: float = 0.0           # salt-and-pepper amount 0..1

    def with_value(self, parameter: str, value: float) -> "Settings":
        return Settings(**{**self.__dict__, parameter: float(value)})


def transformed(strokes: Sequence[np.ndarray], settings: Settings, *, width: float = DEFAULT_WIDTH,
                canvas: int = 280, noise_seed: int = 0) -> np.ndarray:
    """The strokes moved, scaled, turned, re-drawn with the pen width and made noisy: uint8 canvas.

    Scale and rotation are about the bounding box's centre, then the shift (as ``transform_strokes``);
    the noise field is the same for a given seed whatever the amount (as ``add_noise``).
    """
    moved = transform_strokes(strokes, shift=(settings.shift_x, settings.shift_y), scale=settings.scale,
                              rotation=settings.rotation)
    pen = width if settings.thickness is None else settings.thickness
    if not pen > 0:
        raise ValueError(f"the pen width must be > 0 canvas pixels, got {pen!r}")
    image = render_strokes(moved, canvas=canvas, width=pen)
    if settings.noise > 0:
        image = add_noise(image, min(float(settings.noise), 1.0), rng=np.random.default_rng(noise_seed))
    return image


def sweep_variant(settings: Settings, *, width: float = DEFAULT_WIDTH, canvas: int = 280, noise_seed: int = 0):
    """A ``variant(strokes, parameter, value)`` for ``cnnviz.analysis.probes.sweep``: one parameter set
    to `value`, every other one held at `settings` (so a curve passes through the current preview)."""
    def variant(strokes, parameter, value):
        return transformed(strokes, settings.with_value(parameter, value), width=width, canvas=canvas,
                           noise_seed=noise_seed)
    return variant


NOTHING_TO_TRAIN_ON = template("there is nothing to train on: add drawings with \"Add as ○/×\" or ask for synthetic "
                               "sketches")


@dataclass(frozen=True)
class Augmentation:
    """Ranges of random changes for training copies; zero ranges leave that property alone."""
    shift: float = 0.15          # fraction of the canvas, each way
    scale: float = 0.25          # factor in [1 - scale, 1 + scale]
    rotation: float = 20.0       # degrees each way
    width: float = 0.4           # pen width factor in [1 - width, 1 + width]


def augmented_copy(drawing: Drawing, augmentation: Augmentation, rng: np.random.Generator) -> np.ndarray:
    """One random variant of a drawing as a page of the same size, as ``Drawing.input_image`` gives it (grey, or
    B, G, R for a colour page). Strokes are re-drawn, each in its pen's colour; a page without strokes is warped."""
    size = drawing.image.shape[0]
    shift = rng.uniform(-1, 1, size=2) * augmentation.shift * size
    scale = 1.0 + rng.uniform(-1, 1) * augmentation.scale
    rotation = rng.uniform(-1, 1) * augmentation.rotation
    factor = 1.0 + rng.uniform(-1, 1) * augmentation.width
    if drawing.has_strokes:
        moved = transform_strokes(drawing.stroke_points(), shift=tuple(shift), scale=scale, rotation=rotation)
        width = max(1.0, drawing.pen_width * factor)
        if drawing.is_colour:
            return render_colour_strokes(moved, [s.colour for s in drawing.strokes], canvas=size, width=width)
        return render_strokes(moved, canvas=size, width=width)
    page = drawing.input_image()
    image = transform_image(page, shift=tuple(shift), scale=scale, rotation=rotation,
                            paper=255 if page.ndim == 2 else None)       # colour: its own border's colour
    grow = int(round((factor - 1.0) * drawing.pen_width / 2))
    return thicken_image(image, grow) if grow else image


def render_colour_strokes(strokes: Sequence[np.ndarray], colours: Sequence[tuple[int, int, int]], *, canvas: int,
                          width: float) -> np.ndarray:
    """Strokes drawn one after the other, each in its colour (R, G, B) and covering what is under it, on white
    paper: uint8 (canvas, canvas, 3) B, G, R (as ``Drawing.input_image``). Each stroke's coverage is
    ``render_strokes``'s anti-aliased ink, so a black stroke gives the grey rendering's pixels."""
    page = np.full((canvas, canvas, 3), 255.0, np.float32)
    for points, colour in zip(strokes, colours):
        cover = (255.0 - render_strokes([points], canvas=canvas, width=width).astype(np.float32)) / 255.0
        page += cover[:, :, None] * (np.asarray(colour[::-1], np.float32) - page)
    return np.rint(page).astype(np.uint8)


def jitter_inputs(batch: np.ndarray, rng: np.random.Generator, *, shift: float = 0.08, scale: float = 0.12,
                  rotation: float = 10.0, colour: bool = False) -> np.ndarray:
    """Random small moves of network inputs (N, C, H, W) for training (``train(augment=...)``): each sample
    shifted by up to `shift` of its side, scaled by 1 +- `scale` and turned by up to `rotation` degrees
    about its centre. Margins are paper: 0 (no ink) for ink inputs, the edge colour repeated for colour."""
    n, channels, height, width = batch.shape
    out = np.empty((n, height, width, channels), np.float32)
    border = cv2.BORDER_REPLICATE if colour else cv2.BORDER_CONSTANT
    centre = ((width - 1) / 2.0, (height - 1) / 2.0)
    for i in range(n):
        matrix = cv2.getRotationMatrix2D(centre, rng.uniform(-rotation, rotation), 1.0 + rng.uniform(-scale, scale))
        matrix[:, 2] += rng.uniform(-shift, shift, size=2) * (width, height)
        sample = np.ascontiguousarray(batch[i].transpose(1, 2, 0), dtype=np.float32)
        moved = cv2.warpAffine(sample, matrix, (width, height), flags=cv2.INTER_LINEAR, borderMode=border,
                               borderValue=0)
        out[i] = moved.reshape(height, width, channels)
    return out.transpose(0, 3, 1, 2)


@dataclass(frozen=True)
class TrainingSet:
    x: np.ndarray                # (N, C, H, W) float32
    y: np.ndarray                # (N,) int64
    x_validation: np.ndarray
    y_validation: np.ndarray
    collected: int               # how many of the training samples are collected drawings (with copies)
    synthetic: int


def synthetic_refusal(class_names: Sequence[str], synthetic: int):
    """Why `synthetic` generated sketches cannot join a training set of `class_names` (a class that is not a
    sketch shape), as a Message; None when they can (or none are asked for)."""
    if synthetic <= 0:
        return None
    unknown = next((name for name in class_names if name not in SHAPE_NAMES), None)
    return None if unknown is None else message(NO_SYNTHETIC_SHAPE, shapes=", ".join(SHAPE_NAMES), name=unknown)


def training_set(drawings: Sequence[Drawing], *, synthetic: int = 0, copies: int = 0,
                 augmentation: Augmentation | None = None, validation_fraction: float = 0.2,
                 size=(28, 28), crop: bool = False, seed: int = 0, class_names=CLASS_NAMES,
                 channels: int = 1) -> TrainingSet:
    """Collected drawings (plus `copies` augmented variants of each training drawing) mixed with
    `synthetic` generated sketches; `validation_fraction` of both is held back, un-augmented.
    Labels index `class_names` (the model's classes); inputs have `channels` planes (the model's).

    Raises ValueError when there is nothing to train on, when a drawing's label is not one of
    `class_names`, and when synthetic sketches are asked for a class that is not a sketch shape.
    """
    if not drawings and synthetic <= 0:
        raise MessageError(message(NOTHING_TO_TRAIN_ON))
    class_names = tuple(class_names)
    refusal = synthetic_refusal(class_names, synthetic)
    if refusal is not None:
        raise MessageError(refusal)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(drawings))
    held = int(round(len(drawings) * validation_fraction)) if len(drawings) >= 5 else 0
    val_drawings = [drawings[i] for i in order[:held]]
    train_drawings = [drawings[i] for i in order[held:]]
    xs, ys, xv, yv = [], [], [], []
    inputs = {"crop": crop, "class_names": class_names, "channels": channels}
    if train_drawings:
        x, y = network_inputs(train_drawings, size, **inputs)
        xs.append(x)
        ys.append(y)
        if copies > 0 and augmentation is not None:
            extra = [augmented_copy(d, augmentation, rng) for d in train_drawings for _ in range(copies)]
            labels = [class_index(d.label, class_names) for d in train_drawings for _ in range(copies)]
            xs.append(np.stack([to_network_input(im, tuple(size), channels=channels, crop=crop) for im in extra]))
            ys.append(np.array(labels, dtype=np.int64))
    if val_drawings:
        x, y = network_inputs(val_drawings, size, **inputs)
        xv.append(x)
        yv.append(y)
    collected = sum(len(y) for y in ys)
    if synthetic > 0:
        val_synthetic = int(round(synthetic * validation_fraction))
        sketches = {"size": tuple(size), "crop": crop, "classes": class_names, "channels": channels}
        x, y = make_dataset(synthetic - val_synthetic, seed=seed + 1, **sketches)
        xs.append(x)
        ys.append(y)
        if val_synthetic:
            x, y = make_dataset(val_synthetic, seed=seed + 2, **sketches)
            xv.append(x)
            yv.append(y)
    empty = np.zeros((0, channels) + tuple(size), np.float32)
    x = np.concatenate(xs) if xs else empty
    y = np.concatenate(ys) if ys else np.zeros(0, np.int64)
    return TrainingSet(x, y, np.concatenate(xv) if xv else empty, np.concatenate(yv) if yv else np.zeros(0, np.int64),
                       collected, len(y) - collected)
