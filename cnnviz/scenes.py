"""Scene files: a prepared lecture moment, replayed exactly.

A scene holds the drawing as strokes (every recorded point), the model with any edits (the model
file format, embedded), which panels and docks are shown, the palette and presentation settings,
and the language code. It is JSON:

    {"format": "cnnviz-scene", "version": 1, "language": "ja",
     "canvas": {"size": 280, "pen_width": 14.0,
                "strokes": [{"width": 14.0, "erase": false, "points": [[x, y, pressure], ...]},
                            {"width": 14.0, "erase": false, "colour": [220, 20, 20], "points": ...}, ...],
                "picture": "iVBORw0KGgo..."},      # only with an opened picture or camera frame under the strokes
     "model": {... as in a model file ...}, "model_source": "ox-cnn",
     "view": {"palette": "blue-orange", "presentation": false, "predict_reveal": false,
              "hidden_stages": ["result"], "docks": {"dock-Inspector": true}, "timeline": 1.0}}

Numbers are written as the shortest decimals that read back to the same float32 values, so a scene
saved, opened and saved again is byte-identical and its drawing pixel-identical. Reading validates
everything first and raises ``SceneError`` naming the file and the field; nothing is applied from a
scene that fails. No Qt here.
"""
from __future__ import annotations

import base64
import json
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from cnnviz.data.image_header import image_size
from cnnviz.engine import ModelFileError, Sequential, model_from_dict, model_to_dict
from cnnviz.engine.model_files import MUST_BE, ONE_OF, PLACE
from cnnviz.files import error_reason, write_atomically
from cnnviz.messages import MessageError, as_message, message, template

BLACK = (0, 0, 0)        # a stroke's pen colour when the file names none
from cnnviz.viz.colormap import PALETTES

MAX_PEN_WIDTH = 200.0       # canvas pixels; a wider pen is no drawing (and Qt refuses it)
MAX_SCENE_POINTS = 50_000   # recorded points of all strokes together (a lecture drawing has a few thousand)
MAX_SCENE_FILE_BYTES = 96 * 1024 * 1024

TOO_MANY_POINTS = template("{file}: the drawing has {points:,} recorded points, over the limit of {limit:,} by "
                           "{over:,}")
SCENE_TOO_LARGE = template("{file}: the scene file is {size:,} bytes, over the limit of {limit:,}")
SCENE_NESTED = template("{file}: not a scene file (lists or objects nested too deeply)")
SCENE_DIGITS = template("{file}: not a scene file (a number has more than {limit} digits)")
SCENE_NOT_REGULAR = template("{file}: not a regular file (a pipe, device or socket)")

FORMAT = "cnnviz-scene"
VERSION = 1
SUFFIX = ".cnnscene"


# What is wrong with a scene file (ids of messages, see cnnviz.messages); PLACE ("{place}: {reason}") says where
NOT_AN_OBJECT = template("{file}: the scene must be a JSON object")
PART_NOT_AN_OBJECT = template("{file}: {part} must be a JSON object")
FIELD_MISSING = template("field '{field}' is missing")
MUST_BE_WHOLE = template("field '{field}' must be a whole number, got {value}")
MUST_BE_NUMBER = template("field '{field}' must be a number, got {value}")
NOT_A_SCENE = template("field '{field}' must be \"{expected}\", got \"{value}\" (is this a scene file?)")
LANGUAGE_CODE = template("field '{field}' must be a language code such as \"en\", \"ja\" or \"ru\", got \"{value}\"")
BETWEEN_CANVAS_PIXELS = template("field '{field}' must be between {low} and {high} canvas pixels, got {value}")
BETWEEN_PIXELS = template("field '{field}' must be between {low} and {high} pixels, got {value}")
BETWEEN = template("field '{field}' must be between {low} and {high}, got {value}")
TRIPLES = template("field '{field}' must be a list of [x, y, pressure] number triples")
NOT_FINITE = template("field '{field}' holds a number that is not finite")
NO_POINTS = template("field '{field}' is empty (a stroke has at least one point)")
PEN_COLOUR = template("field '{field}' must be a pen colour: three whole numbers from 0 to 255 (red, green, blue)")
STAGE_NAMES = template("field '{field}' must be a list of stage names")
WRONG_VERSION = template("scene format version {version} is not supported (this cnnviz reads version {supported})")
NO_SUCH_SCENE = template("no such scene file")
NOT_UTF8 = template("not a scene file (not UTF-8 text)")
CANNOT_BE_READ = template("cannot be read: {reason}")
NOT_JSON = template("not valid JSON (line {line}, column {column}: {error})")
PICTURE = template("field '{field}' must be a PNG picture of {size} x {size} pixels (grey or colour), in base64")
OTHER_CANVAS = template("the scene was drawn on a {scene}-pixel canvas; this canvas has {canvas} pixels")
MUST_BE_KIND = {str: MUST_BE["str"], bool: MUST_BE["bool"], dict: MUST_BE["dict"], list: MUST_BE["list"],
                int: MUST_BE_WHOLE, float: MUST_BE_NUMBER}


class SceneError(MessageError):
    """A scene file cannot be read: the message names the file and the field."""


@dataclass(frozen=True, eq=False)
class SceneStroke:
    """One recorded stroke: points (n, 3) float32 of x, y, pressure in canvas pixels, in pen ``colour`` (R, G, B;
    written to the file only when it is not black, so files of black drawings stay as they were)."""
    points: np.ndarray
    width: float
    erase: bool = False
    colour: tuple[int, int, int] = BLACK

    def __eq__(self, other) -> bool:
        return isinstance(other, SceneStroke) and self.width == other.width and self.erase == other.erase \
            and self.colour == other.colour and self.points.shape == other.points.shape \
            and bool(np.array_equal(self.points, other.points))


@dataclass(frozen=True)
class ViewSettings:
    palette: str = "red-blue"
    presentation: bool = False
    predict_reveal: bool = False
    hidden_stages: tuple[str, ...] = ("result",)
    docks: tuple[tuple[str, bool], ...] = ()      # (dock object name, shown)
    timeline: float = 1.0                           # how much of the drawing is shown, 0 to 1


@dataclass(frozen=True, eq=False)
class Scene:
    strokes: tuple[SceneStroke, ...]
    model: Sequential
    model_source: str = ""
    canvas_size: int = 280
    pen_width: float = 14.0
    view: ViewSettings = field(default_factory=ViewSettings)
    language: str = "en"
    picture: np.ndarray | None = None      # the picture under the strokes: uint8 (size, size) or (size, size, 3)


def picture_text(pixels: np.ndarray) -> str:
    """A canvas picture (uint8 grey, or R, G, B) as base64 PNG text (lossless)."""
    pixels = np.asarray(pixels)
    if pixels.ndim == 3:
        pixels = cv2.cvtColor(pixels, cv2.COLOR_RGB2BGR)     # OpenCV writes B, G, R
    ok, data = cv2.imencode(".png", np.ascontiguousarray(pixels))
    if not ok:
        raise ValueError("the canvas picture could not be encoded as PNG")
    return base64.b64encode(data.tobytes()).decode("ascii")


def picture_from_text(text: str, size: int) -> np.ndarray | None:
    """The picture in base64 PNG text: uint8 (size, size) grey or (size, size, 3) R, G, B; None if it is not exactly that.
    The PNG header's size is checked before decoding, so a small text cannot expand into a huge image."""
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None
    if image_size(data) != (size, size):
        return None
    pixels = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_UNCHANGED)
    if pixels is None or pixels.dtype != np.uint8 or pixels.shape[:2] != (size, size) or \
            not (pixels.ndim == 2 or (pixels.ndim == 3 and pixels.shape[2] == 3)):
        return None
    return pixels if pixels.ndim == 2 else cv2.cvtColor(pixels, cv2.COLOR_BGR2RGB)     # as the canvas keeps it


def _float32_list(array: np.ndarray) -> list:
    """Nested lists of the shortest decimals that read back to exactly these float32 values."""
    flat = [float(np.format_float_positional(v, unique=True, trim="-")) for v in np.asarray(array, np.float32).ravel()]
    return np.array(flat, dtype=np.float64).reshape(np.shape(array)).tolist()


def scene_to_dict(scene: Scene) -> dict:
    view = scene.view
    return {
        "format": FORMAT, "version": VERSION, "language": scene.language,
        "canvas": {"size": int(scene.canvas_size), "pen_width": _float32_list(np.float32(scene.pen_width)),
                   "strokes": [{"width": _float32_list(np.float32(s.width)), "erase": bool(s.erase),
                                **({} if tuple(s.colour) == BLACK else {"colour": [int(c) for c in s.colour]}),
                                "points": _float32_list(s.points)} for s in scene.strokes],
                   **({"picture": picture_text(scene.picture)} if scene.picture is not None else {})},
        "model": model_to_dict(scene.model), "model_source": scene.model_source,
        "view": {"palette": view.palette, "presentation": bool(view.presentation),
                 "predict_reveal": bool(view.predict_reveal), "hidden_stages": list(view.hidden_stages),
                 "docks": {name: bool(shown) for name, shown in view.docks}, "timeline": float(view.timeline)},
    }


def scene_to_json(scene: Scene) -> str:
    text = json.dumps(scene_to_dict(scene), indent=1, ensure_ascii=False)
    # one line per point and per weight row, not one line per number
    import re
    pattern = re.compile(r"\[\n\s*(-?[\d.e+-]+(?:,\n\s*-?[\d.e+-]+)*)\n\s*\]")
    return pattern.sub(lambda m: "[" + ", ".join(v.strip() for v in m.group(1).split(",")) + "]", text) + "\n"


class _Fields:
    """Typed access to one JSON object, with errors naming the file and the field's path."""

    def __init__(self, data, source: str, where: str):
        if not isinstance(data, dict):
            raise SceneError(message(PART_NOT_AN_OBJECT, file=source, part=where) if where else
                             message(NOT_AN_OBJECT, file=source))
        self.data, self.source, self.where = data, source, where

    def path(self, key) -> str:
        return f"{self.where}.{key}" if self.where else str(key)

    def fail(self, key, said: str, **values):
        """Raise a SceneError: the file, then ``said`` (a template with a ``{field}``) about field ``key``."""
        raise SceneError(message(PLACE, place=self.source, reason=message(said, field=self.path(key), **values)))

    def get(self, key, kind, default=...):
        if key not in self.data:
            if default is ...:
                self.fail(key, FIELD_MISSING)
            return default
        value = self.data[key]
        ok = isinstance(value, kind) and not (kind in (int, float) and isinstance(value, bool))
        if kind is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool) and np.isfinite(value)
        if not ok:
            self.fail(key, MUST_BE_KIND[kind], value=json.dumps(value)[:40])
        return value

    def child(self, key, default=...):
        value = self.get(key, dict, default)
        return _Fields(value, self.source, self.path(key))


def scene_from_dict(data, *, source: str = "<scene>") -> Scene:
    """Validate everything, then build the scene; raises SceneError naming the field."""
    top = _Fields(data, source, "")
    fmt = top.get("format", str)
    if fmt != FORMAT:
        top.fail("format", NOT_A_SCENE, expected=FORMAT, value=fmt)
    version = top.get("version", int)
    if version != VERSION:
        raise SceneError(message(PLACE, place=source, reason=message(WRONG_VERSION, version=version,
                                                                     supported=VERSION)))
    language = top.get("language", str, "en")
    if not (1 < len(language) <= 16 and all(c.isalnum() or c in "_-" for c in language)):
        top.fail("language", LANGUAGE_CODE, value=language)

    canvas = top.child("canvas")
    size = canvas.get("size", int)
    if not 8 <= size <= 4096:
        canvas.fail("size", BETWEEN_PIXELS, low=8, high=4096, value=size)
    pen_width = canvas.get("pen_width", float, 14.0)
    if not 0 < pen_width <= MAX_PEN_WIDTH:
        canvas.fail("pen_width", BETWEEN_CANVAS_PIXELS, low=0, high=f"{MAX_PEN_WIDTH:g}", value=pen_width)
    strokes = []
    entries = canvas.get("strokes", list)
    points_total = sum(len(e["points"]) for e in entries if isinstance(e, dict) and isinstance(e.get("points"), list))
    if points_total > MAX_SCENE_POINTS:
        raise SceneError(message(TOO_MANY_POINTS, file=source, points=points_total, limit=MAX_SCENE_POINTS,
                                 over=points_total - MAX_SCENE_POINTS))
    for k, entry in enumerate(entries):
        stroke = _Fields(entry, source, f"canvas.strokes[{k}]")
        width = stroke.get("width", float)
        if not 0 < width <= MAX_PEN_WIDTH:
            stroke.fail("width", BETWEEN_CANVAS_PIXELS, low=0, high=f"{MAX_PEN_WIDTH:g}", value=width)
        erase = stroke.get("erase", bool, False)
        colour = stroke.get("colour", list, list(BLACK))
        if len(colour) != 3 or not all(type(c) is int and 0 <= c <= 255 for c in colour):
            stroke.fail("colour", PEN_COLOUR)
        raw = stroke.get("points", list)
        try:
            points = np.array(raw, dtype=np.float64)
        except (TypeError, ValueError):
            points = None
        if points is None or (points.size and (points.ndim != 2 or points.shape[1] != 3)) or \
                (points.size == 0 and len(raw)):
            stroke.fail("points", TRIPLES)
        if not np.all(np.isfinite(points)):
            stroke.fail("points", NOT_FINITE)
        if len(raw) == 0:
            stroke.fail("points", NO_POINTS)
        strokes.append(SceneStroke(points.astype(np.float32).reshape(-1, 3), float(np.float32(width)), erase,
                                   tuple(colour)))

    picture = canvas.get("picture", str, None)
    if picture is not None:
        picture = picture_from_text(picture, size)
        if picture is None:
            canvas.fail("picture", PICTURE, size=size)

    model_data = top.get("model", dict)
    try:
        model = model_from_dict(model_data, source=f"{source}: model")
    except ModelFileError as exc:
        raise SceneError(as_message(exc)) from None
    except (ValueError, TypeError, KeyError) as exc:
        raise SceneError(message(PLACE, place=source, reason=message(PLACE, place="model",
                                                                     reason=as_message(exc)))) from None
    model_source = top.get("model_source", str, "")

    view_fields = top.child("view", {})
    palette = view_fields.get("palette", str, "red-blue")
    if palette not in PALETTES:
        view_fields.fail("palette", ONE_OF, choices=", ".join(PALETTES), value=f'"{palette}"')
    hidden = view_fields.get("hidden_stages", list, ["result"])
    if not all(isinstance(h, str) for h in hidden):
        view_fields.fail("hidden_stages", STAGE_NAMES)
    docks = view_fields.child("docks", {})
    dock_list = tuple((name, docks.get(name, bool)) for name in docks.data)
    timeline = view_fields.get("timeline", float, 1.0)
    if not 0.0 <= timeline <= 1.0:
        view_fields.fail("timeline", BETWEEN, low=0, high=1, value=timeline)
    view = ViewSettings(palette, view_fields.get("presentation", bool, False),
                        view_fields.get("predict_reveal", bool, False), tuple(hidden), dock_list, float(timeline))
    return Scene(tuple(strokes), model, model_source, size, float(np.float32(pen_width)), view, language, picture)


def check_canvas(scene: Scene, canvas_size: int, source=None) -> None:
    """Raise SceneError (naming ``source``, if given) when the scene was drawn on a canvas of another size."""
    if scene.canvas_size != canvas_size:
        said = message(OTHER_CANVAS, scene=scene.canvas_size, canvas=canvas_size)
        raise SceneError(said if source is None else message(PLACE, place=source, reason=said))


def load_scene(path) -> Scene:
    path = Path(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode) and not stat.S_ISDIR(status.st_mode):
            raise SceneError(message(SCENE_NOT_REGULAR, file=path))
        if status.st_size > MAX_SCENE_FILE_BYTES:
            raise SceneError(message(SCENE_TOO_LARGE, file=path, size=status.st_size, limit=MAX_SCENE_FILE_BYTES))
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SceneError(message(PLACE, place=path, reason=message(NO_SUCH_SCENE))) from None
    except UnicodeDecodeError:
        raise SceneError(message(PLACE, place=path, reason=message(NOT_UTF8))) from None
    except OSError as exc:
        raise SceneError(message(PLACE, place=path, reason=message(CANNOT_BE_READ, reason=error_reason(exc)))) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SceneError(message(PLACE, place=path, reason=message(
            NOT_JSON, line=exc.lineno, column=exc.colno, error=exc.msg))) from None
    except RecursionError:
        raise SceneError(message(SCENE_NESTED, file=path)) from None
    except ValueError:          # Python's limit on the digits of an integer (json.loads raises nothing else here)
        raise SceneError(message(SCENE_DIGITS, file=path, limit=sys.get_int_max_str_digits())) from None
    return scene_from_dict(data, source=str(path))


def save_scene(scene: Scene, path) -> Path:
    """Write atomically (a temporary file beside the target, then a rename)."""
    return write_atomically(path, scene_to_json(scene).encode("utf-8"), default_suffix=SUFFIX)
