"""A collection of the user's own labelled drawings, and its folder format.

A drawing is what the canvas holds: its strokes (points (n, 2) of canvas x, y and a pen width each,
when known) and the rendered canvas page: uint8 (H, W) grey (0 ink, 255 paper) while the page is grey,
(H, W, 3) R, G, B when something on it is coloured (a colour pen, a colour picture or photo). The page is
the truth for training, read through the one preprocessing path as the canvas is (``Drawing.input_image``
is what the canvas's ``input_image`` gives); the strokes let augmentation re-draw a grey drawing exactly
(another pen width, a rotation) instead of resampling pixels.

The folder format, for export, import and the saved session:

    labels.csv          file,label               one row per drawing, label a class name (any valid name,
                                                 see cnnviz.data.classes; the file's order of first
                                                 appearance is the collection's class order)
    0001-circle.png     8-bit PNG                the canvas page, lossless: grayscale for a grey page (as
                                                 collections always were), RGB for a colour one
    strokes.json        {file: [{"width": w, "points": [[x, y], ...]}, ...]}   optional; a stroke of a colour
                                                 pen also has "colour": [r, g, b] (black strokes have none)

Import reads every row it can and reports the others (a missing or unreadable file, an unknown
label, a wrong size, a page over the limits) instead of failing on the first bad one. A page's size is
read from its file's header and checked before it is decoded.

NumPy + OpenCV only; never Qt.
"""
from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import cv2
import numpy as np

from ..files import create_atomically, errno_reason, error_reason, python_error_text, write_atomically
from ..messages import MessageError, as_message, message, template
from .classes import ClassNameError, check_class_name, class_index
from .image_header import image_size
from .picture import as_page
from .preprocess import EMPTY_FILE, NOT_AN_IMAGE, ImageError, read_image
from .sketches import CLASS_NAMES

BAD_LABEL = template("{labels} line {line}: {reason}")

LABELS_FILE = "labels.csv"
STROKES_FILE = "strokes.json"


MAX_DRAWINGS = 5_000       # rows of labels.csv read (each drawing holds a 280 x 280 page: 400 MB grey, 1.2 GB colour)
MAX_PAGE_PIXELS = 2048 * 2048                    # one page (the canvas is 280 x 280), checked in the file's header
MAX_COLLECTION_BYTES = MAX_DRAWINGS * 280 * 280 * 3  # all pages read: as many colour canvas pages as rows allowed
TOO_MANY_ROWS = template("{file} lists {rows:,} drawings; only the first {limit:,} are read")
FOLDER_TAKEN = template("{folder} already holds '{name}': export into an empty or new folder (an export never "
                        "overwrites or deletes files)")


class CollectionError(MessageError):
    """A collection folder cannot be written or read at all (not: one bad file, see ImportReport)."""


# What a collection folder's reader and writer say (ids of messages, see cnnviz.messages)
CANNOT_ENCODE = template("could not encode {file} as PNG")
CANNOT_WRITE = template("could not write the collection to {folder}: {reason}")
NOT_FILE_NAMES = template("not an object of file names")
NESTED_TOO_DEEPLY = template("lists or objects nested too deeply")
STROKES_IGNORED = template("ignored ({reason}); the images are used without strokes")
STROKES_UNREADABLE = template("its strokes are unreadable ({reason}); the image is used alone")
PLACE = template("{place}: {reason}")
NO_LABELS = template("{folder} has no {labels}: export a collection first, or choose its folder")
CANNOT_READ = template("could not read {file}: {reason}")
COLUMNS = template("{file} needs the columns 'file' and 'label', found {columns}")
FILE_MISSING = template("{labels} line {line}: file {file} is missing")
NOT_READABLE = template("not a readable image")
WRONG_SIZE = template("is {width} x {height} pixels, expected {size} x {size}")
BLACK = (0, 0, 0)          # the pen of a stroke that names no colour
HEADER_BYTES = 65_536      # read to find an image's size before decoding it (a JPEG's frame header may follow EXIF)
OVER_BUDGET = template("not read: the collection's pages would take more than {limit:,} MB of memory")


@dataclass(frozen=True)
class PenStroke:
    """One stroke as drawn: points (n, 2) float of canvas x, y, the pen width in canvas pixels and the pen's
    colour (R, G, B, 0-255)."""
    points: np.ndarray
    width: float
    colour: tuple[int, int, int] = BLACK

    @property
    def is_black(self) -> bool:
        return tuple(self.colour) == BLACK


@dataclass(frozen=True)
class Drawing:
    """One collected example: the canvas page, its class and (when known) its strokes."""
    image: np.ndarray                           # uint8 (H, W) grey, 0 ink, 255 paper; or (H, W, 3) R, G, B
    label: str                                  # a class name, e.g. "circle" (any, see cnnviz.data.classes)
    strokes: tuple[PenStroke, ...] = ()         # empty when only the image is known (imported PNGs)

    @property
    def has_strokes(self) -> bool:
        return bool(self.strokes)

    @property
    def is_colour(self) -> bool:
        return self.image.ndim == 3

    def input_image(self) -> np.ndarray:
        """The page as the one preprocessing path (``preprocess.to_network_input``) reads it, as the canvas's
        ``input_image`` gives it: the grey page, or (H, W, 3) B, G, R for a colour page."""
        return self.image if self.image.ndim == 2 else np.ascontiguousarray(self.image[:, :, ::-1])

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
    """A Drawing from a canvas page (uint8 (H, W) grey or (H, W, 3) R, G, B, as the canvas's ``image_array``
    and ``rgb_array`` give it) and strokes given as PenStroke or (points, width[, colour R, G, B]) tuples.

    Points may carry a third column (pressure); it is dropped. Raises ValueError for an image that is not
    such a page of at least 8 x 8, ClassNameError (a ValueError) for a label that cannot be a class name.
    """
    image = np.asarray(image)
    if image.ndim not in (2, 3) or (image.ndim == 3 and image.shape[2] != 3) or image.dtype != np.uint8 \
            or min(image.shape[:2]) < 8:
        raise ValueError(f"a drawing's image must be uint8 (H, W) or (H, W, 3) of at least 8 x 8, got "
                         f"{image.dtype} {image.shape}")
    label = check_class_name(label)
    pen = []
    for stroke in strokes:
        if isinstance(stroke, PenStroke):
            points, width, colour = stroke.points, stroke.width, stroke.colour
        else:
            points, width, *rest = stroke
            colour = rest[0] if rest else BLACK
        points = np.asarray(points, dtype=np.float64)
        points = points.reshape(len(points), -1)[:, :2].copy() if points.size else np.zeros((0, 2))
        if len(points):
            pen.append(PenStroke(points, float(width), _colour(colour)))
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


def _png(drawing: Drawing, name: str) -> bytes:
    ok, data = cv2.imencode(".png", drawing.input_image())       # grey, or B, G, R as OpenCV writes colour
    if not ok:
        raise CollectionError(message(CANNOT_ENCODE, file=name))
    return data.tobytes()


def _colour(value) -> tuple[int, int, int]:
    """A pen colour as (R, G, B) whole numbers 0-255; ValueError otherwise."""
    colour = tuple(int(c) for c in value)
    if len(colour) != 3 or not all(0 <= c <= 255 for c in colour) or list(colour) != list(value):
        raise ValueError(f"a pen colour is three whole numbers 0-255 (R, G, B), got {value!r}")
    return colour


def _strokes_entry(drawing: Drawing) -> list:
    """The strokes as strokes.json holds them (a black stroke exactly as before colour was kept)."""
    return [{"width": s.width, "points": np.round(s.points, 2).tolist(),
             **({} if s.is_black else {"colour": list(s.colour)})} for s in drawing.strokes]


def _labels_csv(names: Sequence[str], drawings: Sequence[Drawing]) -> bytes:
    text = io.StringIO(newline="")
    writer = csv.writer(text)
    writer.writerow(["file", "label"])
    writer.writerows(zip(names, (d.label for d in drawings)))
    return text.getvalue().encode("utf-8")


def save_collection(drawings: Sequence[Drawing], folder: str | os.PathLike) -> Path:
    """Export the drawings as PNG files, labels.csv and strokes.json into ``folder`` (created if needed).

    An export only creates files: it refuses a folder that already holds a collection or a file of one of
    the names it would write (``labels.csv``, ``0001-circle.png``...), never overwrites, deletes or writes
    through a symbolic link, and each file appears whole or not at all. If it fails part-way, the files
    this export created are removed again. Returns the folder.
    """
    folder = Path(folder)
    names = _file_names(drawings)
    created: list[Path] = []
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:       # a file where the folder should be
        raise CollectionError(message(CANNOT_WRITE, folder=folder, reason=errno_reason(errno.ENOTDIR))) from None
    except OSError as exc:
        raise CollectionError(message(CANNOT_WRITE, folder=folder, reason=error_reason(exc))) from exc
    try:
        taken = next((n for n in (LABELS_FILE, STROKES_FILE, *names) if os.path.lexists(folder / n)), None)
        if taken is not None:
            raise CollectionError(message(FOLDER_TAKEN, folder=folder, name=taken))
        strokes = {}
        for name, drawing in zip(names, drawings):
            created.append(create_atomically(folder / name, _png(drawing, name)))
            if drawing.strokes:
                strokes[name] = _strokes_entry(drawing)
        created.append(create_atomically(folder / STROKES_FILE, json.dumps(strokes).encode("utf-8")))
        created.append(create_atomically(folder / LABELS_FILE, _labels_csv(names, drawings)))
    except BaseException as exc:
        for path in created:                  # only what this export wrote
            try:
                path.unlink()
            except OSError:
                pass
        if isinstance(exc, FileExistsError):
            raise CollectionError(message(FOLDER_TAKEN, folder=folder, name=Path(exc.filename or "").name)) from None
        if isinstance(exc, OSError):
            raise CollectionError(message(CANNOT_WRITE, folder=folder, reason=error_reason(exc))) from exc
        raise
    return folder


# the session folder's own file names: the label and a digest of the drawing, so an unchanged drawing
# keeps its file and an auto-save writes only what is new
SESSION_NAME = re.compile(r"^[^/\\:*?\"<>|]{1,40}-[0-9a-f]{16}\.png$")     # any class name (data.classes)


def _session_name(drawing: Drawing) -> str:
    digest = hashlib.blake2b(digest_size=8)
    digest.update(drawing.label.encode("utf-8"))
    digest.update(np.ascontiguousarray(drawing.image).tobytes())
    digest.update(json.dumps(_strokes_entry(drawing)).encode("utf-8"))
    return f"{drawing.label}-{digest.hexdigest()}.png"


def save_session(drawings: Sequence[Drawing], folder: str | os.PathLike) -> Path:
    """The app's auto-save: make ``folder`` (the app's own session folder) hold exactly these drawings.

    Crash-safe at every moment: new drawings are written first (each atomically, named by their content,
    so unchanged ones are not rewritten), then strokes.json and labels.csv (atomically; labels.csv last),
    and only then are files of the session's own naming that labels.csv no longer lists removed. Killed
    at any point, the folder holds the old or the new collection, whole, and no half-written file.
    """
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        names = [_session_name(d) for d in drawings]
        strokes = {}
        for name, drawing in zip(names, drawings):
            path = folder / name
            if not (path.is_file() and not path.is_symlink()):
                write_atomically(path, _png(drawing, name))
            if drawing.strokes:
                strokes[name] = _strokes_entry(drawing)
        write_atomically(folder / STROKES_FILE, json.dumps(strokes).encode("utf-8"))
        write_atomically(folder / LABELS_FILE, _labels_csv(names, drawings))
        listed = set(names)
        for old in folder.iterdir():
            if SESSION_NAME.match(old.name) and old.name not in listed:
                old.unlink(missing_ok=True)
    except OSError as exc:
        raise CollectionError(message(CANNOT_WRITE, folder=folder, reason=error_reason(exc))) from exc
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
    except RecursionError:
        problems.append(message(PLACE, place=STROKES_FILE, reason=message(STROKES_IGNORED,
                                                                           reason=message(NESTED_TOO_DEEPLY))))
        return {}
    except (OSError, ValueError) as exc:
        problems.append(message(PLACE, place=STROKES_FILE, reason=message(STROKES_IGNORED,
                                                                          reason=python_error_text(exc))))
        return {}


def _strokes_of(entry, name: str, problems: list[str]) -> list[PenStroke]:
    try:
        return [PenStroke(np.asarray(s["points"], dtype=np.float64).reshape(-1, 2), float(s["width"]),
                          _colour(s["colour"] if "colour" in s else BLACK)) for s in entry]
    except (TypeError, KeyError, ValueError, RecursionError) as exc:
        problems.append(message(PLACE, place=name, reason=message(STROKES_UNREADABLE, reason=as_message(exc))))
        return []


def load_collection(folder: str | os.PathLike, *, size: int | None = None) -> ImportReport:
    """Read a collection folder; bad rows and files are reported in ``problems``, the rest returned.

    size: if given, images of another size are reported and skipped (the canvas is size x size).
    A grey page loads as uint8 (H, W), exactly as stored; a colour page as (H, W, 3) R, G, B. Pages over
    MAX_PAGE_PIXELS (read from the header, before decoding) or beyond MAX_COLLECTION_BYTES in all are set aside.
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
    if len(rows) > MAX_DRAWINGS:
        report.problems.append(message(TOO_MANY_ROWS, file=LABELS_FILE, rows=len(rows), limit=MAX_DRAWINGS))
        rows = rows[:MAX_DRAWINGS]
    strokes = _read_strokes(folder, report.problems)
    held = 0                                  # bytes of the pages read so far
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
        header = _header_size(path)             # (width, height) before decoding, when the header says it
        if size is not None and header is not None and header != (size, size) \
                and header[0] * header[1] <= MAX_PAGE_PIXELS:        # (over it: read_image names the limit)
            report.problems.append(message(PLACE, place=name, reason=message(
                WRONG_SIZE, width=header[0], height=header[1], size=size)))
            continue
        try:
            image = as_page(read_image(path, max_pixels=MAX_PAGE_PIXELS))     # grey stays grey, colour is R, G, B
        except ImageError as exc:          # a 0-byte file of an interrupted save, a picture bomb: set aside
            reason = as_message(exc.reason)
            plain = reason.template in (EMPTY_FILE, NOT_AN_IMAGE)
            report.problems.append(message(PLACE, place=name, reason=message(NOT_READABLE) if plain else reason))
            continue
        except ValueError:                 # decoded, but not an image a page can be (NaN pixels of a float file)
            report.problems.append(message(PLACE, place=name, reason=message(NOT_READABLE)))
            continue
        if (size is not None and image.shape[:2] != (size, size)) or min(image.shape[:2]) < 8:
            report.problems.append(message(PLACE, place=name, reason=message(
                WRONG_SIZE, width=image.shape[1], height=image.shape[0], size=size or 8)))
            continue
        held += image.nbytes
        if held > MAX_COLLECTION_BYTES:
            report.problems.append(message(PLACE, place=name, reason=message(
                OVER_BUDGET, limit=MAX_COLLECTION_BYTES // 2 ** 20)))
            held -= image.nbytes
            continue
        pen = _strokes_of(strokes[name], name, report.problems) if name in strokes else []
        report.drawings.append(make_drawing(image, label, pen))
    return report


def _header_size(path: Path) -> tuple[int, int] | None:
    """(width, height) as the image file's header states it, or None (unknown format, unreadable: the
    decoder's own checks then say why)."""
    try:
        with open(path, "rb") as handle:
            return image_size(handle.read(HEADER_BYTES))
    except OSError:
        return None


def network_inputs(drawings: Sequence[Drawing], size=(28, 28), *, crop: bool = False,
                   class_names: Sequence[str] = CLASS_NAMES, channels: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The drawings as a training set: x float32 (N, channels, H, W) through ``to_network_input``, y int64 (N,)
    indexing `class_names` (the model's classes). ClassNameError when a drawing's label is not one of them.

    Each page is read as the canvas hands it to the network (``Drawing.input_image``): a colour page gives a
    3-channel model its colours and a grey model the grey conversion it sees while drawing."""
    from .preprocess import to_network_input
    class_names = tuple(class_names)
    y = np.array([class_index(d.label, class_names) for d in drawings], dtype=np.int64)
    x = np.empty((len(drawings), channels) + tuple(size), np.float32)
    for i, drawing in enumerate(drawings):
        x[i] = to_network_input(drawing.input_image(), tuple(size), channels=channels, crop=crop)
    return x, y
