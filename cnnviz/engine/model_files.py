"""Model files: one JSON format, readable and editable by hand. Nothing in a file is executed.

    {"format": "cnnviz-model", "version": 1, "name": ..., "description": ...,
     "class_names": [...], "input": {"channels": C, "height": H, "width": W},
     "preprocess": {"crop": false},
     "layers": [{"type": "conv2d", "name": ..., <settings>, "weight": [...], "bias": [...]}, ...]}

Any key named "notes" (at the top or in a layer) is free text for people and is kept as it is.
"""
from __future__ import annotations

import json
import math
import os
import stat
from pathlib import Path

import numpy as np

from . import ops
from ..files import resource_dir, write_atomically
from ..messages import message, template
from . import limits
from .layers import LAYER_TYPES, Activation, Conv2D, Dense, Flatten, Layer, Pool2D, ShapeError, Softmax
from .model import ModelError, Sequential

FORMAT = "cnnviz-model"
VERSION = 1
MODEL_SUFFIX = ".json"


class ModelFileError(ValueError):
    """A model file cannot be used; the message says which file, layer and field, and what was expected."""


NOT_A_REGULAR_FILE = template("cannot read model '{file}': it is not a regular file (a pipe, device or socket)")
BEYOND_FLOAT32 = template("{where}: '{key}' holds a value beyond float32's range (about \u00b13.4e38); "
                          "weights must fit in float32")
PREPROCESS_FIELD = template("{where}: field '{key}' must be true or false, got {value}")


def models_dir() -> Path:
    """Where the shipped models live."""
    return resource_dir("models")


def shipped_models() -> list[str]:
    return sorted(p.stem for p in models_dir().glob("*" + MODEL_SUFFIX))


def resolve_model(name_or_path: str | os.PathLike) -> Path:
    """A shipped model's name (``ox-cnn``) or a path to a model file."""
    text = str(name_or_path)
    shipped = models_dir() / (text + MODEL_SUFFIX)
    if os.sep not in text and "/" not in text and not text.endswith(MODEL_SUFFIX) and shipped.is_file():
        return shipped
    path = Path(text).expanduser()
    if path.is_file():
        return path
    if path.is_dir():
        raise ModelFileError(f"cannot read model '{text}': it is a directory")
    if path.exists():            # a pipe would block forever, a device never end
        raise ModelFileError(message(NOT_A_REGULAR_FILE, file=text))
    names = ", ".join(shipped_models()) or "none"
    raise ModelFileError(f"cannot read model '{text}': no such file and no shipped model of that name "
                         f"(shipped: {names})")


def load_model(name_or_path) -> Sequential:
    """Load a shipped model by name or a model file by path, validating everything."""
    path = resolve_model(name_or_path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise ModelFileError(message(NOT_A_REGULAR_FILE, file=path))
        try:
            limits.check_limit(str(path), "file", status.st_size, limits.MAX_MODEL_FILE_BYTES)
        except limits.LimitError as exc:
            raise ModelFileError(str(exc)) from None
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelFileError(f"cannot read model '{path}': {exc}") from None
    return model_from_json(text, source=str(path))


def model_from_json(text: str, *, source: str = "<text>") -> Sequential:
    # NaN and Infinity literals are read as floats, so that the check of the weights that hold them
    # can name the layer and field (a NaN or 1e999 anywhere else fails that field's type check).
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelFileError(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise ModelFileError(f"{source}: not a model file (lists or objects nested too deeply)") from None
    except ValueError as exc:
        raise ModelFileError(f"{source}: {exc}") from None
    return model_from_dict(data, source=source)


class _Reader:
    """Reads fields of one JSON object with errors that say where they are."""

    def __init__(self, data, where: str):
        if not isinstance(data, dict):
            raise ModelFileError(f"{where}: expected an object, got {type(data).__name__}")
        self.data, self.where = data, where

    def get(self, key, kind, default=...):
        if key not in self.data:
            if default is ...:
                raise ModelFileError(f"{self.where}: missing field '{key}'")
            return default
        value = self.data[key]
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise ModelFileError(f"{self.where}: field '{key}' must be {_article(names)}, got {json.dumps(value)[:40]}")
        return value

    def positive(self, key, default=..., *, minimum=1):
        value = self.get(key, int, default)
        if value < minimum:
            raise ModelFileError(f"{self.where}: field '{key}' must be >= {minimum}, got {value}")
        return value

    def pair(self, key, default=..., *, minimum=1):
        value = self.get(key, (int, list), default)
        items = [value, value] if isinstance(value, int) else value
        if len(items) != 2 or not all(isinstance(v, int) and not isinstance(v, bool) and v >= minimum for v in items):
            raise ModelFileError(f"{self.where}: field '{key}' must be an integer >= {minimum} "
                                 f"or a pair of them, got {json.dumps(value)}")
        return tuple(items)

    def choice(self, key, options, default=...):
        value = self.get(key, str, default)
        if value not in options:
            raise ModelFileError(f"{self.where}: field '{key}' must be one of {', '.join(options)}, "
                                 f"got {json.dumps(value)[:40]}")
        return value

    def array(self, key, shape):
        value = self.get(key, list)
        expected = f"a nested list of numbers of shape {_shape(shape)}"
        try:
            arr = np.array(value, dtype=np.float64)
        except (ValueError, TypeError, OverflowError):
            raise ModelFileError(f"{self.where}: field '{key}' must be {expected}") from None
        if arr.shape != tuple(shape):
            raise ModelFileError(f"{self.where}: '{key}' has shape {_shape(arr.shape)}, expected {_shape(shape)}")
        # NumPy would quietly turn "0.5" and true into numbers and null into NaN
        not_numbers = [v for v in np.array(value, dtype=object).ravel() if type(v) not in (int, float)]
        if not_numbers:
            raise ModelFileError(f"{self.where}: field '{key}' must be {expected}, got {json.dumps(not_numbers[0])[:40]}")
        if not np.all(np.isfinite(arr)):
            raise ModelFileError(f"{self.where}: '{key}' contains NaN or infinite values (weights must be finite numbers)")
        with np.errstate(over="ignore"):
            arr = arr.astype(np.float32)
        if not np.all(np.isfinite(arr)):      # finite as a float64, infinite as the float32 the engine runs
            raise ModelFileError(message(BEYOND_FLOAT32, where=self.where, key=key))
        return arr


def _number(reader: _Reader, key: str, default: float) -> float:
    """An optional number field: an integer or a decimal (not true or false)."""
    value = reader.get(key, (int, float), default)
    if isinstance(value, bool) or not math.isfinite(value):
        raise ModelFileError(f"{reader.where}: field '{key}' must be a finite number, got {json.dumps(value)}")
    return float(value)


def _article(noun: str) -> str:
    noun = {"int": "an integer", "str": "a string", "list": "a list", "dict": "an object", "bool": "true or false",
            "int or list": "an integer or a list"}.get(noun, noun)
    return noun


def _shape(shape) -> str:
    return "(" + ", ".join(map(str, shape)) + ")"


class _ParameterBudget:
    """The running parameter count of the layers read so far, checked before a layer's arrays are made."""

    def __init__(self):
        self.total = 0

    def add(self, where: str, count: int) -> None:
        self.total += count
        try:
            limits.check_limit(where, "parameters", self.total, limits.MAX_PARAMETERS)
        except limits.LimitError as exc:
            raise ModelFileError(str(exc)) from None


def _layer_from_dict(data, index: int, source: str = "<model>", parameters: _ParameterBudget | None = None) -> Layer:
    parameters = parameters or _ParameterBudget()
    where = f"{source}: layer {index + 1}"
    reader = _Reader(data, where)
    kind = reader.get("type", str)
    name = reader.get("name", str, None) or f"{kind}{index + 1}"
    reader.where = where = f"{source}: layer {index + 1} ('{name}')"
    if kind not in LAYER_TYPES:
        raise ModelFileError(f"{where}: unknown layer type '{kind}' (known: {', '.join(LAYER_TYPES)})")
    try:
        if kind == "conv2d":
            kh, kw = reader.pair("kernel_size")
            in_channels, out_channels = reader.positive("in_channels"), reader.positive("out_channels")
            parameters.add(where, out_channels * (in_channels * kh * kw + 1))
            layer = Conv2D(in_channels, out_channels, (kh, kw),
                           stride=reader.pair("stride", 1), padding=reader.pair("padding", 0, minimum=0),
                           flip=reader.get("flip", bool, False), name=name,
                           similarity=reader.choice("similarity", ops.SIMILARITIES, "dot"),
                           gamma=_number(reader, "gamma", ops.RBF_GAMMA))
        elif kind == "activation":
            function = reader.choice("function", ops.ACTIVATIONS)
            layer = Activation(function, name=name)
        elif kind == "pool2d":
            mode = reader.choice("mode", ops.POOL_MODES, "max")
            if "output_size" in data:
                layer = Pool2D(mode=mode, output_size=reader.pair("output_size"), name=name)
            else:
                size = reader.pair("size")
                layer = Pool2D(size, reader.pair("stride", list(size)), mode=mode, name=name)
        elif kind == "dense":
            in_features, out_features = reader.positive("in_features"), reader.positive("out_features")
            parameters.add(where, out_features * (in_features + 1))
            layer = Dense(in_features, out_features, name=name)
        else:
            layer = {"flatten": Flatten, "softmax": Softmax}[kind](name=name)
    except (ShapeError, ValueError, MemoryError) as exc:
        if isinstance(exc, ModelFileError):
            raise
        message = str(exc).replace(f"layer '{name}': ", "")
        if isinstance(exc, MemoryError):
            message = f"its settings ask for weights too large to hold ({message})"
        raise ModelFileError(f"{where}: {message}") from None
    for key, param in layer.params.items():
        param[...] = reader.array(key, param.shape)
    layer.notes = data.get("notes")
    return layer


def model_from_dict(data, *, source: str = "<model>") -> Sequential:
    top = _Reader(data, source)
    fmt = top.get("format", str)
    if fmt != FORMAT:
        raise ModelFileError(f"{source}: field 'format' must be \"{FORMAT}\", got \"{fmt}\"")
    version = top.get("version", int)
    if version != VERSION:
        raise ModelFileError(f"{source}: format version {version} is not supported (this cnnviz reads version {VERSION})")
    classes = top.get("class_names", list)
    _within(source, "classes", len(classes), limits.MAX_CLASSES)
    if len(classes) < 2 or not all(isinstance(c, str) and c for c in classes) or len(set(classes)) != len(classes):
        raise ModelFileError(f"{source}: field 'class_names' must list at least two different names")
    shape_reader = _Reader(top.get("input", dict), f"{source}: input")
    input_shape = (shape_reader.positive("channels"), shape_reader.positive("height"), shape_reader.positive("width"))
    _within(f"{source}: input", "input", math.prod(input_shape), limits.MAX_INPUT_CELLS)
    layers_data = top.get("layers", list)
    _within(source, "layers", len(layers_data), limits.MAX_LAYERS)
    budget = _ParameterBudget()
    layers = [_layer_from_dict(layer, i, source, budget) for i, layer in enumerate(layers_data)]
    preprocess = _preprocess(_Reader(top.get("preprocess", dict, {}), f"{source}: preprocess"))
    _check_running_costs(layers, input_shape, source)
    try:
        model = Sequential(layers, class_names=tuple(classes), input_shape=input_shape,
                           name=top.get("name", str, Path(source).stem), description=top.get("description", str, ""),
                           preprocess=preprocess)
    except ModelError as exc:
        raise ModelFileError(f"{source}: {exc}") from None
    model.notes = data.get("notes")
    return model


def _within(where: str, kind: str, value: int, limit: int) -> None:
    try:
        limits.check_limit(where, kind, value, limit)
    except limits.LimitError as exc:
        raise ModelFileError(str(exc)) from None


def _preprocess(reader: _Reader) -> dict:
    """The preprocessing settings, each of its exact type ("crop": "no" is an error, not true)."""
    for key in ("crop",):
        if key in reader.data and not isinstance(reader.data[key], bool):
            raise ModelFileError(message(PREPROCESS_FIELD, where=reader.where, key=key,
                                         value=json.dumps(reader.data[key])[:40]))
    return dict(reader.data)


def _check_running_costs(layers: list[Layer], input_shape: tuple[int, int, int], source: str) -> None:
    """What one forward pass holds: every layer's output, and each convolution's unrolled patches. Stops
    at the first layer that does not fit the one before (Sequential then names that mismatch)."""
    shape = input_shape
    for index, layer in enumerate(layers):
        try:
            out = tuple(layer.output_shape(shape))
        except ShapeError:
            return
        where = f"{source}: layer {index + 1} ('{layer.name}')"
        _within(where, "output", math.prod(out), limits.MAX_ACTIVATION_CELLS)
        if isinstance(layer, Conv2D):
            _within(where, "patches", limits.conv_patch_cells(shape[0], layer.kernel_size, out[1:]),
                    limits.MAX_PATCH_CELLS)
        shape = out


def model_to_dict(model: Sequential) -> dict:
    layers = []
    for layer in model.layers:
        entry = {"type": layer.kind, "name": layer.name, **layer.config()}
        for key, value in layer.params.items():
            if not np.all(np.isfinite(value)):
                raise ModelError(f"layer '{layer.name}': {key} contains NaN or infinite values; "
                                 f"a model file can only hold finite weights")
            entry[key] = _shortest(value)
        if getattr(layer, "notes", None) is not None:
            entry["notes"] = layer.notes
        layers.append(entry)
    data = {"format": FORMAT, "version": VERSION, "name": model.name, "description": model.description,
            "class_names": list(model.class_names),
            "input": dict(zip(("channels", "height", "width"), model.input_shape)),
            "preprocess": dict(model.preprocess), "layers": layers}
    if getattr(model, "notes", None) is not None:
        data["notes"] = model.notes
    return data


def _shortest(array: np.ndarray):
    """Nested lists of the shortest decimals that read back to exactly the same float32 values."""
    values = [float(np.format_float_positional(v, unique=True, trim="-")) for v in np.asarray(array, np.float32).ravel()]
    return np.array(values, dtype=np.float64).reshape(array.shape).tolist()


def model_to_json(model: Sequential) -> str:
    """Readable JSON: one line per kernel row or weight row, not one line per number."""
    text = json.dumps(model_to_dict(model), indent=1, ensure_ascii=False)
    return _compact_number_lists(text)


def _compact_number_lists(text: str) -> str:
    import re
    # Only lists json.dumps broke over lines: a JSON string never holds a raw newline, so text stays as it is.
    pattern = re.compile(r"\[\n\s*(-?[\d.e+-]+(?:,\n\s*-?[\d.e+-]+)*)\n\s*\]")
    return pattern.sub(lambda m: "[" + ", ".join(v.strip() for v in m.group(1).split(",")) + "]", text)




def save_model(model: Sequential, path) -> Path:
    """Write atomically (see write_atomically)."""
    return write_atomically(path, model_to_json(model).encode("utf-8"), default_suffix=MODEL_SUFFIX)
