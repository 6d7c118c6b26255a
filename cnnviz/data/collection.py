"""A collection of the user's own labelled drawings, and its folder format.

A drawing is what the canvas holds: its strokes (points (n, 2) of canvas x, y and a pen width each,
when known) and the rendered canvas image (uint8 (H, W), 0 ink and 255 paper). The image is the
truth for training; the strokes let augmentation re-draw the drawing exactly (another pen width,
a rotation) instead of resampling pixels.

The folder format, for export, import and the saved session:

    labels.csv          file,label               one row per drawing, label a class name (any valid name,
                                                 see cnnviz.data.classes; the file's order of first
                                                 appearance is the collection's class order)
    0001-circle.png     8-bit grayscale PNG      the canvas image, lossless
    strokes.json        {file: [{"width": w, "points": [[x, y], ...]}, ...]}   optional

Import reads every row it can and reports the others (a missing or unreadable file, an unknown
label, a wrong size) instead of failing on the first bad one.

NumPy + OpenCV only; never Qt.
"""
from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import cv2
import numpy as np

from ..files import errno_reason, python_error_text
from ..messages import MessageError, as_message, message, template
from .classes import ClassNameError, check_class_name, class_index
from .sketches import CLASS_NAMES

BAD_LABEL = template("{labels} line {line}: {reason}")

LABELS_FILE = "labels.csv"
STROKES_FILE = "strokes.json"


class CollectionError(MessageError):
    """A collection folder cannot be written or read at all (not: one bad file, see ImportReport)."""


# What a collection folder's reader and writer say (ids of messages, see cnnviz.messages)
CANNOT_ENCODE = template("could not encode {file} as PNG")
CANNOT_WRITE = template("could not write the collection to {folder}: {reason}")
NOT_FILE_NAMES = template("not an object of file names")
STROKES_IGNORED = template("ignored ({reason}); the images are used without strokes")
STROKES_UNREADABLE = template("its strokes are unreadable ({reason}); the image is used alone")
PLACE = template("{place}: {reason}")
NO_LABELS = template("{folder} has no {labels}: export a collection first, or choose its folder")
CANNOT_READ = template("could not read {file}: {reason}")
COLUMNS = template("{file} needs the columns 'file' and 'label', found {columns}")
FILE_MISSING = template("{labels} line {line}: file {file} is missing")
NOT_READABLE = template("not a readable image")
WRONG_SIZE = template("is {width} x {height} pixels, expected {size} x {size}")


@dataclass(frozen=True)
class PenStroke:
    """One stroke as drawn: points (n, 2) float of canvas x, y and the pen width in canvas pixels."""
    points: np.ndarray
    width: float


@dataclass(frozen=True)
class Drawing:
    """One collected example: the canvas image, its class and (when known) its strokes."""
    image: np.ndarray                           # uint8 (H, W), 0 ink, 255 paper
    label: str                                  # a class name, e.g. "circle" (any, see cnnviz.data.classes)
    strokes: tuple[PenStroke, ...] = ()         # empty when only the image is known (imported PNGs)

    @property
    def has_strokes(self) -> bool:
        return bool(self.strokes)

    @property
    def pen_width(self) -> float:
        """The mean pen width of the strokes (14 if unknown)."""
        if not self.strokes:
            return 14.0
        return float(np.mean([s.width for s in self.strokes]))

    def stroke_points(self) -> list[np.ndarray]:
        """The strokes as (n, 2) arrays, as ``render_strokes`` and the transforms take them."""
        return [np.asarray(s.points, dtype=np.float64).reshape(-1, 2) for s in self.strokes]


def make_drawing(image: np.ndarray, label: str, strokes: Iterable = ()) -> Drawing:
    """A Drawing from a canvas image and strokes given as PenStroke or (points, width) pairs.

    Points may carry a third column (pressure); it is dropped. Raises ValueError for an image
    that is not 2-D uint8, ClassNameError (a ValueError) for a label that cannot be a class name.
    """
    image = np.asarray(image)
    if image.ndim != 2 or image.dtype != np.uint8 or min(image.shape) < 8:
        raise ValueError(f"a drawing's image must be uint8 (H, W) of at least 8 x 8, got "
                         f"{image.dtype} {image.shape}")
    label = check_class_name(label)
    pen = []
    for stroke in strokes:
        if isinstance(stroke, PenStroke):
            points, width = stroke.points, stroke.width
        else:
            points, width = stroke
        points = np.asarray(points, dtype=np.float64)
        points = points.reshape(len(points), -1)[:, :2].copy() if points.size else np.zeros((0, 2))
        if len(points):
            pen.append(PenStroke(points, float(width)))
    return Drawing(image.copy(), label, tuple(pen))


@dataclass
class ImportReport:
    """What an import read: the drawings, and one message per row or file it skipped."""
    drawings: list[Drawing] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def class_names(self) -> tuple[str, ...]:
        """The labels of the drawings read, in order of first appearance."""
        return tuple(dict.fromkeys(d.label for d in self.drawings))


def _file_names(drawings: Sequence[Drawing]) -> list[str]:
    return [f"{i + 1:04d}-{d.label}.png" for i, d in enumerate(drawings)]


def save_collection(drawings: Sequence[Drawing], folder: str | os.PathLike) -> Path:
    """Write the drawings as PNG files, labels.csv and strokes.json into `folder` (created if needed).

    Old PNG files of a previous save in that folder that are not rewritten are removed, so the
    folder always holds exactly this collection. Returns the folder.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        names = _file_names(drawings)
        listed = set()
        old_labels = folder / LABELS_FILE
        if old_labels.exists():
            with open(old_labels, newline="", encoding="utf-8") as f:
                listed = {row.get("file", "") for row in csv.DictReader(f)}
        for stale in listed - set(names):
            if stale and "/" not in stale and "\\" not in stale and stale.endswith(".png"):
                (folder / stale).unlink(missing_ok=True)
        strokes = {}
        for name, drawing in zip(names, drawings):
            ok, data = cv2.imencode(".png", drawing.image)
            if not ok:
                raise CollectionError(message(CANNOT_ENCODE, file=name))
            (folder / name).write_bytes(data.tobytes())
            if drawing.strokes:
                strokes[name] = [{"width": s.width, "points": np.round(s.points, 2).tolist()} for s in drawing.strokes]
        with open(folder / LABELS_FILE, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["file", "label"])
            writer.writerows(zip(names, (d.label for d in drawings)))
        (folder / STROKES_FILE).write_text(json.dumps(strokes), encoding="utf-8")
    except OSError as exc:
        reason = errno_reason(exc.errno) if exc.errno and exc.strerror else as_message(exc)
        raise CollectionError(message(CANNOT_WRITE, folder=folder, reason=reason)) from exc
    return folder


def _read_strokes(folder: Path, problems: list[str]) -> dict:
    path = folder / STROKES_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise MessageError(message(NOT_FILE_NAMES))
        return data
    except (OSError, ValueError) as exc:
        problems.append(message(PLACE, place=STROKES_FILE, reason=message(STROKES_IGNORED,
                                                                          reason=python_error_text(exc))))
        return {}


def _strokes_of(entry, name: str, problems: list[str]) -> list[PenStroke]:
    try:
        return [PenStroke(np.asarray(s["points"], dtype=np.float64).reshape(-1, 2), float(s["width"]))
                for s in entry]
    except (TypeError, KeyError, ValueError) as exc:
        problems.append(message(PLACE, place=name, reason=message(STROKES_UNREADABLE, reason=as_message(exc))))
        return []


def load_collection(folder: str | os.PathLike, *, size: int | None = None) -> ImportReport:
    """Read a collection folder; bad rows and files are reported in ``problems``, the rest returned.

    size: if given, images of another size are reported and skipped (the canvas is size x size).
    Raises CollectionError only when the folder or its labels.csv cannot be read at all.
    """
    folder = Path(folder)
    report = ImportReport()
    labels = folder / LABELS_FILE
    if not labels.is_file():
        raise CollectionError(message(NO_LABELS, folder=folder, labels=LABELS_FILE))
    try:
        with open(labels, newline="", encoding="utf-8-sig") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CollectionError(message(CANNOT_READ, file=labels, reason=python_error_text(exc))) from None
    if rows and not {"file", "label"} <= set(rows[0]):
        raise CollectionError(message(COLUMNS, file=labels, columns=", ".join(rows[0])))
    strokes = _read_strokes(folder, report.problems)
    for line, row in enumerate(rows, start=2):
        name, label = (row.get("file") or "").strip(), (row.get("label") or "").strip()
        try:
            label = check_class_name(label)
        except ClassNameError as exc:
            report.problems.append(message(BAD_LABEL, labels=LABELS_FILE, line=line, reason=exc.message))
            continue
        path = folder / name
        if not name or Path(name).name != name or not path.is_file():
            report.problems.append(message(FILE_MISSING, labels=LABELS_FILE, line=line, file=repr(name)))
            continue
        image = cv2.imdecode(np.fromfile(str(path), dtype=np.uint8), cv2.IMREAD_GRAYSCALE)
        if image is None:
            report.problems.append(message(PLACE, place=name, reason=message(NOT_READABLE)))
            continue
        if size is not None and image.shape != (size, size):
            report.problems.append(message(PLACE, place=name, reason=message(
                WRONG_SIZE, width=image.shape[1], height=image.shape[0], size=size)))
            continue
        pen = _strokes_of(strokes[name], name, report.problems) if name in strokes else []
        report.drawings.append(make_drawing(image, label, pen))
    return report


def network_inputs(drawings: Sequence[Drawing], size=(28, 28), *, crop: bool = False,
                   class_names: Sequence[str] = CLASS_NAMES, channels: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The drawings as a training set: x float32 (N, channels, H, W) through ``to_network_input``, y int64 (N,)
    indexing `class_names` (the model's classes). ClassNameError when a drawing's label is not one of them."""
    from .preprocess import to_network_input
    class_names = tuple(class_names)
    y = np.array([class_index(d.label, class_names) for d in drawings], dtype=np.int64)
    x = np.empty((len(drawings), channels) + tuple(size), np.float32)
    for i, drawing in enumerate(drawings):
        x[i] = to_network_input(drawing.image, tuple(size), channels=channels, crop=crop)
    return x, y
