"""Model files: one JSON format, readable and editable by hand. Nothing in a file is executed.

    {"format": "cnnviz-model", "version": 1, "name": ..., "description": ...,
     "class_names": [...], "input": {"channels": C, "height": H, "width": W},
     "preprocess": {"crop": false},
     "layers": [{"type": "conv2d", "name": ..., <settings>, "weight": [...], "bias": [...]}, ...]}

Any key named "notes" (at the top or in a layer) is free text for people and is kept as it is.
"description_message" (optional) is the description as a message id and its values (cnnviz.messages), so the
interface can show it in its language; it is used only when it says exactly the "description".
"""
from __future__ import annotations

import json
import math
import os
import stat
import sys
from pathlib import Path

import numpy as np

from . import ops
from ..files import python_error_text, resource_dir, write_atomically
from ..messages import (Message, all_templates, MessageError, as_message, message, message_from_data, message_to_data,
                        template)
from . import limits
from .layers import (IN_LAYER, LAYER_TYPES, in_layer, Activation, Conv2D, ConvTranspose2D, Dense, Flatten, Layer, Pool2D,
                     ShapeError, Softmax, Standardize, Upsample)
from .model import ModelError, Sequential

FORMAT = "cnnviz-model"
VERSION = 1
MODEL_SUFFIX = ".json"


class ModelFileError(MessageError):
    """A model file cannot be used; the message says which file, layer and field, and what was expected."""


# What is wrong with a model file (ids of messages, see cnnviz.messages): where, then what
PLACE = template("{place}: {reason}")                      # a file's name, or a section such as "input"
LAYER_NUMBER = template("layer {number}: {reason}")
LAYER_NUMBER_NAMED = template("layer {number} ('{layer}'): {reason}")
CANNOT_READ_MODEL = template("cannot read model '{file}': {reason}")
IS_A_DIRECTORY = template("it is a directory")
NOT_FOUND = template("no such file and no shipped model of that name (shipped: {shipped})")
NOT_JSON = template("not valid JSON ({error} at line {line}, column {column})")
TOO_DEEP = template("not a model file (lists or objects nested too deeply)")
EXPECTED_OBJECT = template("expected an object, got {kind}")
MISSING_FIELD = template("missing field '{field}'")
MUST_BE = {"int": template("field '{field}' must be an integer, got {value}"),
           "str": template("field '{field}' must be a string, got {value}"),
           "list": template("field '{field}' must be a list, got {value}"),
           "dict": template("field '{field}' must be an object, got {value}"),
           "bool": template("field '{field}' must be true or false, got {value}"),
           "int or list": template("field '{field}' must be an integer or a list, got {value}"),
           "int or float": template("field '{field}' must be int or float, got {value}")}
NOT_FINITE = template("field '{field}' must be a finite number, got {value}")
AT_LEAST = template("field '{field}' must be >= {minimum}, got {value}")
PAIR_AT_LEAST = template("field '{field}' must be an integer >= {minimum} or a pair of them, got {value}")
ONE_OF = template("field '{field}' must be one of {choices}, got {value}")
NESTED_LIST = template("field '{field}' must be a nested list of numbers of shape {shape}")
NESTED_LIST_GOT = template("field '{field}' must be a nested list of numbers of shape {shape}, got {value}")
ARRAY_SHAPE = template("'{field}' has shape {shape}, expected {expected}")
ARRAY_NOT_FINITE = template("'{field}' contains NaN or infinite values (weights must be finite numbers)")
UNKNOWN_TYPE = template("unknown layer type '{kind}' (known: {known})")
TOO_LARGE = template("its settings ask for weights too large to hold ({reason})")
CANNOT_ALLOCATE = template("Unable to allocate {size} for an array with shape {shape} and data type {dtype}")  # NumPy's
TOO_MANY_DIGITS = template("not a model file (a number has more than {limit} digits)")
WRONG_FORMAT = template("field '{field}' must be \"{expected}\", got \"{value}\"")
WRONG_VERSION = template("format version {version} is not supported (this cnnviz reads version {supported})")
CLASS_NAMES = template("field '{field}' must list at least two different names")
CANNOT_SAVE_NONFINITE = template("{key} contains NaN or infinite values; a model file can only hold finite weights")

NOT_A_REGULAR_FILE = template("cannot read model '{file}': it is not a regular file (a pipe, device or socket)")
BEYOND_FLOAT32 = template("'{field}' holds a value beyond float32's range (about \u00b13.4e38); weights must fit in float32")
PREPROCESS_FIELD = template("field '{field}' must be true or false, got {value}")


# The descriptions of the shipped models, and the one ``python -m cnnviz train`` writes
LECTURE_DESCRIPTION = template("The hand-set circle/cross detector of the lecture: two 3x3 diagonal filters, ReLU, "
                               "max-pooling into the four quadrants, 8 hand-set weights per class, softmax. 38 "
                               "parameters.")
NUMBER_PER_CHANNEL = template("field '{field}' must be a list of numbers, one per channel, got {value}")
TRAINED_BY_CLI = template("Trained by cnnviz: {arch}, {samples} synthetic sketches, {epochs} epochs, {optimizer} lr "
                          "{lr}, seed {seed}.")
TRAINED_ON_FOLDER = template("Trained by cnnviz on the image folder '{folder}' ({counts} images; {training} for "
                             "training, {held_back} held back): {arch}, {epochs} epochs, seed {seed}.")


def _at(where: tuple, reason) -> Message:
    """The reason inside the frames ``where`` names (outermost first): ((template, values), ...)."""
    for frame, values in reversed(where):
        reason = message(frame, **values, reason=reason)
    return reason



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
        raise ModelFileError(message(CANNOT_READ_MODEL, file=text, reason=message(IS_A_DIRECTORY)))
    if path.exists():            # a pipe would block forever, a device never end
        raise ModelFileError(message(NOT_A_REGULAR_FILE, file=text))
    names = ", ".join(shipped_models()) or "none"
    raise ModelFileError(message(CANNOT_READ_MODEL, file=text, reason=message(NOT_FOUND, shipped=names)))


def load_model(name_or_path) -> Sequential:
    """Load a shipped model by name or a model file by path, validating everything. A path ending in
    .onnx is imported from ONNX (see onnx_import; needs the optional onnx package)."""
    path = resolve_model(name_or_path)
    if path.suffix.lower() == ".onnx":
        from .onnx_import import import_onnx
        return import_onnx(path)
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            raise ModelFileError(message(NOT_A_REGULAR_FILE, file=path))
        try:
            limits.check_limit("file", status.st_size, limits.MAX_MODEL_FILE_BYTES)
        except limits.LimitError as exc:
            raise ModelFileError(message(PLACE, place=path, reason=exc.message)) from None
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelFileError(message(CANNOT_READ_MODEL, file=path, reason=python_error_text(exc))) from None
    return model_from_json(text, source=str(path))


def model_from_json(text: str, *, source: str = "<text>") -> Sequential:
    # NaN and Infinity literals are read as floats, so that the check of the weights that hold them
    # can name the layer and field (a NaN or 1e999 anywhere else fails that field's type check).
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ModelFileError(message(PLACE, place=source, reason=message(
            NOT_JSON, error=exc.msg, line=exc.lineno, column=exc.colno))) from None
    except RecursionError:
        raise ModelFileError(message(PLACE, place=source, reason=message(TOO_DEEP))) from None
    except ValueError:          # Python's limit on the digits of an integer (json.loads raises nothing else here)
        raise ModelFileError(message(PLACE, place=source, reason=message(
            TOO_MANY_DIGITS, limit=sys.get_int_max_str_digits()))) from None
    return model_from_dict(data, source=source)


class _Reader:
    """Reads fields of one JSON object with errors that say where they are."""

    def __init__(self, data, where: tuple):
        """``where``: the frames that say where the object is, outermost first (see ``_at``)."""
        if not isinstance(data, dict):
            raise ModelFileError(_at(where, message(EXPECTED_OBJECT, kind=type(data).__name__)))
        self.data, self.where = data, where

    def error(self, reason: str, **values) -> ModelFileError:
        return ModelFileError(_at(self.where, message(reason, **values)))

    def get(self, key, kind, default=...):
        if key not in self.data:
            if default is ...:
                raise self.error(MISSING_FIELD, field=key)
            return default
        value = self.data[key]
        if kind is int and isinstance(value, bool) or not isinstance(value, kind):
            names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise self.error(MUST_BE[names], field=key, value=json.dumps(value)[:40])
        return value

    def positive(self, key, default=..., *, minimum=1):
        value = self.get(key, int, default)
        if value < minimum:
            raise self.error(AT_LEAST, field=key, minimum=minimum, value=value)
        return value

    def pair(self, key, default=..., *, minimum=1):
        value = self.get(key, (int, list), default)
        items = [value, value] if isinstance(value, int) else value
        if len(items) != 2 or not all(isinstance(v, int) and not isinstance(v, bool) and v >= minimum for v in items):
            raise self.error(PAIR_AT_LEAST, field=key, minimum=minimum, value=json.dumps(value))
        return tuple(items)

    def choice(self, key, options, default=...):
        value = self.get(key, str, default)
        if value not in options:
            raise self.error(ONE_OF, field=key, choices=", ".join(options), value=json.dumps(value)[:40])
        return value

    def array(self, key, shape):
        value = self.get(key, list)
        try:
            arr = np.array(value, dtype=np.float64)
        except (ValueError, TypeError, OverflowError):
            raise self.error(NESTED_LIST, field=key, shape=_shape(shape)) from None
        if arr.shape != tuple(shape):
            raise self.error(ARRAY_SHAPE, field=key, shape=_shape(arr.shape), expected=_shape(shape))
        # NumPy would quietly turn "0.5" and true into numbers and null into NaN
        not_numbers = [v for v in np.array(value, dtype=object).ravel() if type(v) not in (int, float)]
        if not_numbers:
            raise self.error(NESTED_LIST_GOT, field=key, shape=_shape(shape), value=json.dumps(not_numbers[0])[:40])
        if not np.all(np.isfinite(arr)):
            raise self.error(ARRAY_NOT_FINITE, field=key)
        with np.errstate(over="ignore"):
            arr = arr.astype(np.float32)
        if not np.all(np.isfinite(arr)):      # finite as a float64, infinite as the float32 the engine runs
            raise self.error(BEYOND_FLOAT32, field=key)
        return arr


def _number(reader: _Reader, key: str, default: float) -> float:
    """An optional number field: an integer or a decimal (not true or false)."""
    value = reader.get(key, (int, float), default)
    if isinstance(value, bool) or not math.isfinite(value):
        raise reader.error(NOT_FINITE, field=key, value=json.dumps(value))
    return float(value)


def _numbers(reader: _Reader, key: str) -> list[float]:
    """A list of numbers (not true or false, not strings), one per channel."""
    value = reader.get(key, list)
    if not value or not all(type(v) in (int, float) for v in value):
        raise reader.error(NUMBER_PER_CHANNEL, field=key, value=json.dumps(value)[:40])
    return [float(v) for v in value]


def _shape(shape) -> str:
    return "(" + ", ".join(map(str, shape)) + ")"


class _ParameterBudget:
    """The running parameter count of the layers read so far, checked before a layer's arrays are made."""

    def __init__(self):
        self.total = 0

    def add(self, where: tuple, count: int) -> None:
        self.total += count
        _within(where, "parameters", self.total, limits.MAX_PARAMETERS)


def _layer_from_dict(data, index: int, source: str = "<model>", parameters: _ParameterBudget | None = None) -> Layer:
    parameters = parameters or _ParameterBudget()
    reader = _Reader(data, ((PLACE, {"place": source}), (LAYER_NUMBER, {"number": index + 1})))
    kind = reader.get("type", str)
    name = reader.get("name", str, None) or f"{kind}{index + 1}"
    reader.where = ((PLACE, {"place": source}), (LAYER_NUMBER_NAMED, {"number": index + 1, "layer": name}))
    if kind not in LAYER_TYPES:
        raise reader.error(UNKNOWN_TYPE, kind=kind, known=", ".join(LAYER_TYPES))
    try:
        if kind == "conv2d":
            kh, kw = reader.pair("kernel_size")
            in_channels, out_channels = reader.positive("in_channels"), reader.positive("out_channels")
            parameters.add(reader.where, out_channels * (in_channels * kh * kw + 1))
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
        elif kind == "standardize":
            layer = Standardize(_numbers(reader, "mean"), _numbers(reader, "std"), name=name)
        elif kind == "dense":
            in_features, out_features = reader.positive("in_features"), reader.positive("out_features")
            parameters.add(reader.where, out_features * (in_features + 1))
            layer = Dense(in_features, out_features, name=name)
        elif kind == "conv_transpose2d":
            in_channels, out_channels = reader.positive("in_channels"), reader.positive("out_channels")
            kernel = reader.pair("kernel_size")
            parameters.add(reader.where, out_channels * (in_channels * kernel[0] * kernel[1] + 1))
            layer = ConvTranspose2D(in_channels, out_channels, kernel, stride=reader.pair("stride", 1),
                                    padding=reader.pair("padding", 0, minimum=0),
                                    output_padding=reader.pair("output_padding", 0, minimum=0), name=name)
        elif kind == "upsample":
            layer = Upsample(reader.pair("scale"), mode=reader.choice("mode", ops.UPSAMPLE_MODES, "nearest"),
                             name=name)
        else:
            layer = {"flatten": Flatten, "softmax": Softmax}[kind](name=name)
    except (ShapeError, ValueError, MemoryError) as exc:
        if isinstance(exc, ModelFileError):
            raise
        said = as_message(exc)
        if said.template == IN_LAYER and said.values["layer"] == name:
            said = said.values["reason"]                  # the layer is named in the frame already
        if isinstance(exc, MemoryError):
            said = message(TOO_LARGE, reason=_allocation_failure(exc))
        raise ModelFileError(_at(reader.where, said)) from None
    for key, param in layer.params.items():
        param[...] = reader.array(key, param.shape)
    layer.notes = data.get("notes")
    return layer


def model_from_dict(data, *, source: str = "<model>") -> Sequential:
    top = _Reader(data, ((PLACE, {"place": source}),))
    fmt = top.get("format", str)
    if fmt != FORMAT:
        raise top.error(WRONG_FORMAT, field="format", expected=FORMAT, value=fmt)
    version = top.get("version", int)
    if version != VERSION:
        raise top.error(WRONG_VERSION, version=version, supported=VERSION)
    classes = top.get("class_names", list)
    _within(top.where, "classes", len(classes), limits.MAX_CLASSES)
    if len(classes) < 2 or not all(isinstance(c, str) and c for c in classes) or len(set(classes)) != len(classes):
        raise top.error(CLASS_NAMES, field="class_names")
    shape_reader = _Reader(top.get("input", dict), top.where + ((PLACE, {"place": "input"}),))
    input_shape = (shape_reader.positive("channels"), shape_reader.positive("height"), shape_reader.positive("width"))
    _within(shape_reader.where, "input", math.prod(input_shape), limits.MAX_INPUT_CELLS)
    layers_data = top.get("layers", list)
    _within(top.where, "layers", len(layers_data), limits.MAX_LAYERS)
    budget = _ParameterBudget()
    layers = [_layer_from_dict(layer, i, source, budget) for i, layer in enumerate(layers_data)]
    preprocess = _preprocess(_Reader(top.get("preprocess", dict, {}), top.where + ((PLACE, {"place": "preprocess"}),)))
    _check_running_costs(layers, input_shape, source)
    try:
        model = Sequential(layers, class_names=tuple(classes), input_shape=input_shape,
                           name=top.get("name", str, Path(source).stem), description=_description(top),
                           preprocess=preprocess)
    except ModelError as exc:
        raise ModelFileError(message(PLACE, place=source, reason=as_message(exc))) from None
    model.notes = data.get("notes")
    return model


def _allocation_failure(exc: MemoryError) -> Message:
    """NumPy's "Unable to allocate 2.00 PiB for an array with shape ... and data type float32", as a message."""
    try:
        said = message(CANNOT_ALLOCATE, size=exc._size_to_string(exc._total_size), shape=exc.shape, dtype=exc.dtype)
    except AttributeError:       # a MemoryError not raised by NumPy
        return as_message(exc)
    return said if said == str(exc) else as_message(exc)


def _description(top: _Reader) -> str:
    """The description, as the message it was made from when the file says so (see the module's docstring)."""
    description = top.get("description", str, "")
    said = message_from_data(top.data.get("description_message"), description)
    return said if said is not None else description
def _within(where: tuple, kind: str, value: int, limit: int) -> None:
    """Refuse ``value`` over the named limit, saying where (frames, see ``_at``) and by how much."""
    try:
        limits.check_limit(kind, value, limit)
    except limits.LimitError as exc:
        raise ModelFileError(_at(where, exc.message)) from None


def _preprocess(reader: _Reader) -> dict:
    """The preprocessing settings, each of its exact type ("crop": "no" is an error, not true)."""
    for key in ("crop",):
        if key in reader.data and not isinstance(reader.data[key], bool):
            raise reader.error(PREPROCESS_FIELD, field=key, value=json.dumps(reader.data[key])[:40])
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
        where = ((PLACE, {"place": source}), (LAYER_NUMBER_NAMED, {"number": index + 1, "layer": layer.name}))
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
                raise ModelError(in_layer(layer.name, CANNOT_SAVE_NONFINITE, key=key))
            entry[key] = _shortest(value)
        if getattr(layer, "notes", None) is not None:
            entry["notes"] = layer.notes
        layers.append(entry)
    data = {"format": FORMAT, "version": VERSION, "name": model.name, "description": model.description,
            "class_names": list(model.class_names),
            "input": dict(zip(("channels", "height", "width"), model.input_shape)),
            "preprocess": dict(model.preprocess), "layers": layers}
    if isinstance(model.description, Message) and model.description.template in all_templates():
        data["description_message"] = message_to_data(model.description)
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
