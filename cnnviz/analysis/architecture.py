"""The architecture editor's model: insert, remove and move layers, set the number of filters, a dense
layer's size and the input, and the shape flow (every layer's output shape with its formula filled in).

Every edit returns an ``ArchitectureEdit``: a NEW model (the one passed in is never touched, so undo is
keeping the old one) and a note saying what happened. Weights are kept where their shapes allow: filters
that stay keep their numbers, a layer whose input channels change keeps the slices of the channels that
stay; whatever is new is He-initialised from the ``rng`` passed in, and a dense layer whose inputs change
is re-initialised whole (its inputs mean other cells now). An edit that cannot work raises
``ArchitectureError`` with one sentence saying why and what would fit, and changes nothing.

Pure NumPy: no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine import ops
from ..engine.layers import (LAYER_TYPES, Activation, Conv2D, ConvTranspose2D, Dense, Flatten, Layer, Pool2D,
                             ShapeError, Softmax, Upsample)
from ..engine.model import ModelError, Sequential, fan_in
from ..messages import Message, MessageError, as_message, message, template
from .edit import EditError

EDITABLE_KINDS = ("conv2d", "conv_transpose2d", "upsample", "activation", "pool2d", "flatten", "dense", "softmax")
NAME_PREFIXES = {"conv2d": "conv", "conv_transpose2d": "tconv", "upsample": "up", "pool2d": "pool",
                 "flatten": "flatten", "dense": "dense", "softmax": "softmax"}
# The sizes below bound the largest model a user can build, which must still run pen-to-paint at p95 <= 16 ms
# (benchmarks/bench_live.py, "largest editable": every stack at MAX_CELLS, 3 x MAX_INPUT_SIDE^2 in). Painting
# grows with the cells shown. Side by side with ox-cnn on a busy 2-core machine (December 2026), per pen
# movement: every stack at 2^20 cells (3x512x512 in, 4x512x512, 16x256x256) 5.9x ox-cnn's median time, about
# 100 ms p95; at 2^18 cells (3x256x256 in) 2.9-4.8x, 44-86 ms p95; at 2^17 cells and a 128-pixel side
# (3x128x128 in, 8x128x128, 32x64x64) 1.3x. 2^17 cells is the issue's own range of settings (up to 32 channels
# of up to 64x64), and 128 the lectures' largest input (128 -> 126).
MAX_INPUT_SIDE = 128
MAX_INPUT_CHANNELS = 3      # a drawing, a picture or a camera frame gives 1 (grey) or 3 (R, G, B)
MAX_FILTERS = 512
MAX_FEATURES = 1 << 16

# notes
INSERTED = template("inserted {kind} layer '{layer}' at position {position}: output {shape}")
REMOVED = template("removed layer '{layer}'")
MOVED = template("moved layer '{layer}' from position {old} to {new}")
FILTERS_SET = template("layer '{layer}': {old} -> {new} filters ({kept} kept, {added} new)")
DENSE_SET = template("layer '{layer}': {old} -> {new} outputs ({kept} kept, {added} new)")
INPUT_SET = template("input {old} -> {new}")
INPUT_TOO_LARGE = template("an input of {shape} = {cells} cells is over the limit of {limit}; choose fewer "
                           "channels or a smaller size (at most {side}x{side} with {channels} channels)")
FITTED = template("{change}; fitted to their new inputs (weights kept where the shapes allow, "
                         "the rest He-initialised): {layers}")
# refusals
UNKNOWN_LAYER = template("there is no layer named '{layer}' (layers: {names})")
UNKNOWN_KIND = template("cannot insert a '{kind}' layer; choose one of {kinds}")
BAD_POSITION = template("position {position} is outside the model; choose 0 to {last}")
NOT_A_FILTER_LAYER = template("layer '{layer}' ({kind}) has no filters; only convolution layers (conv2d, "
                              "conv_transpose2d) have them")
NOT_A_DENSE_LAYER = template("layer '{layer}' ({kind}) is not a dense layer; only dense layers have a number "
                             "of outputs to set")
INPUT_CHANNELS = template("an input of {channels} channels cannot be drawn or photographed; choose 1 (grey) or "
                          "3 (colour: R, G, B)")
OUT_OF_RANGE = template("{what} must be a whole number from {low} to {high}, not {value}")
BAD_SETTING = template("cannot insert this {kind} layer: {reason}")
LAST_DENSE = template("layer '{layer}' gives the network's scores, one per class ({classes}), so it keeps "
                      "{count} outputs; insert another dense layer before it to change a hidden size")
KERNEL_TOO_LARGE = template("layer '{layer}': a {kernel} kernel does not fit its {size} input with padding "
                            "{padding} (out = floor((n + 2p - k) / s) + 1 would be {out}); a kernel of at most "
                            "{largest} fits, or padding of at least {padding_needed}")
WINDOW_TOO_LARGE = template("layer '{layer}': a {window} pooling window does not fit its {size} input; "
                            "a window of at most {largest} fits")
GRID_TOO_LARGE = template("layer '{layer}': cannot pool a {size} input onto a {grid} grid; a grid of at most "
                          "{size} fits")
NEEDS_MAPS = template("layer '{layer}' ({kind}) works on feature maps, but gets {features} flat features; "
                      "put it before the flatten layer")
NEEDS_FLAT = template("layer '{layer}' ({kind}) needs a flat vector, but gets feature maps {shape}; "
                      "insert a flatten layer before it")
WRONG_ENDING = template("the network would end with shape {shape}, but there are {count} classes ({classes}); "
                        "it must end with a dense layer of {count} outputs (and a softmax)")
SOFTMAX_NOT_LAST = template("layer '{layer}': a softmax turns the final scores into probabilities, so it "
                            "can only be the last layer")
TOO_LARGE = template("layer '{layer}' would output {shape} = {cells} cells, over the limit of {limit}; "
                     "pool or use a stride to make it smaller first")
# shape flow
CONV_FORMULA = template("out = floor(({n} + 2·{p} − {k}) / {s}) + 1 = {out}")
TRANSPOSE_FORMULA = template("out = ({n} − 1)·{s} − 2·{p} + {k} + {op} = {out}")
POOL_FORMULA = template("out = floor(({n} − {k}) / {s}) + 1 = {out}")
ADAPTIVE_FORMULA = template("{n} cells into {out} bins")
UPSAMPLE_FORMULA = template("out = {n}·{s} = {out}")
FLATTEN_FORMULA = template("{c}·{h}·{w} = {out} features")
DENSE_FORMULA = template("{n} inputs → {out} outputs")

MAX_CELLS = 1 << 17          # an input or feature-map stack larger than this (per sample) is refused: speed


class ArchitectureError(EditError, MessageError):
    """An architecture edit that cannot be made; the model is left as it was."""


@dataclass(frozen=True)
class ArchitectureEdit:
    model: Sequential                     # the new model; the one passed in is unchanged
    note: Message                         # what happened, for people
    reinitialised: tuple[str, ...] = ()   # layers given new weights (in whole or in part) to fit


@dataclass(frozen=True)
class ShapeStep:
    """One layer in the shape flow: its output shape, how it follows from the input, and its weights'
    size beside a dense layer joining the same input and output cells."""
    name: str
    kind: str
    input_shape: tuple[int, ...]
    output_shape: tuple[int, ...]
    formulas: tuple[Message, ...]         # one per spatial axis when the axes differ, else one (or none)
    parameters: int
    dense_parameters: int                 # in*out + out for a dense layer of the same sizes (0: no weights)


# ---------------------------------------------------------------------------------------------
# shape flow

def _axis_formulas(layer: Layer, input_shape) -> tuple[Message, ...]:
    if isinstance(layer, Flatten):
        c, h, w = input_shape if len(input_shape) == 3 else (input_shape[0], 1, 1)
        return (message(FLATTEN_FORMULA, c=c, h=h, w=w, out=c * h * w),)
    if isinstance(layer, Dense):
        return (message(DENSE_FORMULA, n=layer.in_features, out=layer.out_features),)
    if len(input_shape) != 3 or not isinstance(layer, (Conv2D, ConvTranspose2D, Pool2D, Upsample)):
        return ()
    formulas = []
    for axis, n in enumerate(input_shape[1:]):
        if isinstance(layer, Conv2D):
            k, s, p = layer.kernel_size[axis], layer.stride[axis], layer.padding[axis]
            formulas.append(message(CONV_FORMULA, n=n, p=p, k=k, s=s, out=ops.output_size(n, k, s, p)))
        elif isinstance(layer, ConvTranspose2D):
            k, s, p, op = (layer.kernel_size[axis], layer.stride[axis], layer.padding[axis],
                           layer.output_padding[axis])
            formulas.append(message(TRANSPOSE_FORMULA, n=n, s=s, p=p, k=k, op=op,
                                    out=ops.conv_transpose_output_size(n, k, s, p, op)))
        elif isinstance(layer, Upsample):
            formulas.append(message(UPSAMPLE_FORMULA, n=n, s=layer.scale[axis], out=n * layer.scale[axis]))
        elif layer.adaptive:
            formulas.append(message(ADAPTIVE_FORMULA, n=n, out=layer.output_size[axis]))
        else:
            k, s = layer.size[axis], layer.stride[axis]
            formulas.append(message(POOL_FORMULA, n=n, k=k, s=s, out=ops.output_size(n, k, s)))
    return tuple(formulas[:1]) if formulas[0] == formulas[1] else tuple(formulas)


def shape_flow(model: Sequential) -> list[ShapeStep]:
    """Every layer's input and output shape (one sample), formula and parameter counts, in order."""
    steps, shape = [], tuple(model.input_shape)
    for layer, out in zip(model.layers, model.shapes()):
        dense = int(np.prod(shape)) * int(np.prod(out)) + int(np.prod(out)) if layer.params else 0
        steps.append(ShapeStep(layer.name, layer.kind, shape, out, _axis_formulas(layer, shape),
                               layer.parameter_count, dense))
        shape = out
    return steps


def parameter_comparison(model: Sequential) -> tuple[int, int]:
    """(the model's parameters, those of an all-dense network through the same layer sizes)."""
    flow = shape_flow(model)
    return model.parameter_count, sum(step.dense_parameters for step in flow)


# ---------------------------------------------------------------------------------------------
# what a layer needs, and what would fit

def _shape_text(shape) -> str:
    return " x ".join(map(str, shape))


def _refusal(layer: Layer, shape: tuple[int, ...]) -> Message:
    """Why `layer` cannot take `shape` (one sample), and what would fit."""
    map_kinds = (Conv2D, ConvTranspose2D, Pool2D, Upsample)
    if isinstance(layer, map_kinds) and len(shape) != 3:
        return message(NEEDS_MAPS, layer=layer.name, kind=layer.kind, features=shape[0])
    if isinstance(layer, (Dense, Softmax)) and len(shape) != 1:
        return message(NEEDS_FLAT, layer=layer.name, kind=layer.kind, shape=_shape_text(shape))
    if isinstance(layer, Conv2D):
        (kh, kw), (ph, pw), (sh, sw) = layer.kernel_size, layer.padding, layer.stride
        _, h, w = shape
        out = min(ops.output_size(h, kh, sh, ph), ops.output_size(w, kw, sw, pw))
        return message(KERNEL_TOO_LARGE, layer=layer.name, kernel=f"{kh}x{kw}", size=f"{h}x{w}",
                       padding=ph if ph == pw else f"{ph}x{pw}", out=out,
                       largest=min(h + 2 * ph, w + 2 * pw),
                       padding_needed=max(-(-(kh - h) // 2), -(-(kw - w) // 2)))    # n + 2p >= k
    if isinstance(layer, Pool2D):
        _, h, w = shape
        if layer.adaptive:
            return message(GRID_TOO_LARGE, layer=layer.name, size=f"{h}x{w}",
                           grid="{}x{}".format(*layer.output_size))
        return message(WINDOW_TOO_LARGE, layer=layer.name, window="{}x{}".format(*layer.size), size=f"{h}x{w}",
                       largest=min(h, w))
    try:
        layer.output_shape(shape)
    except MessageError as exc:                  # the layer's own sentence already says what fits
        return exc.message
    except ShapeError as exc:
        return as_message(exc)
    raise AssertionError("no refusal for a layer that fits")  # pragma: no cover


def _fit(layer: Layer, shape, rng) -> tuple[Layer, bool]:
    """`layer` rebuilt to take `shape` when only its input size is off (channels of a convolution, features
    of a dense layer), keeping the weights whose shapes allow; (layer, True) when it had to change."""
    if isinstance(layer, (Conv2D, ConvTranspose2D)) and len(shape) == 3 and shape[0] != layer.in_channels:
        return _resized(layer, in_channels=shape[0], rng=rng), True
    if isinstance(layer, Dense) and len(shape) == 1 and shape[0] != layer.in_features:
        new = Dense(shape[0], layer.out_features, name=layer.name, dtype=layer.weight.dtype)
        _he(new, rng, np.ones(new.weight.shape, bool))
        return new, True
    return layer, False


def _he(layer: Layer, rng, fresh: np.ndarray) -> None:
    """He-initialise the weights where `fresh` is True (a new layer's biases are already 0)."""
    w = layer.params["weight"]
    w[fresh] = rng.normal(0.0, np.sqrt(2.0 / fan_in(layer)), size=int(fresh.sum()))


def _resized(layer, *, rng, in_channels=None, out_channels=None):
    """A copy of a conv / transposed conv / dense layer with other channel (feature) counts: the
    overlapping weights kept, the rest He-initialised, new biases 0."""
    if isinstance(layer, Dense):
        new = Dense(layer.in_features, out_channels, name=layer.name, dtype=layer.weight.dtype)
        out_axis, in_axis = 0, 1
    else:
        c_in = in_channels or layer.in_channels
        c_out = out_channels or layer.out_channels
        common = dict(stride=layer.stride, padding=layer.padding, name=layer.name, dtype=layer.weight.dtype)
        if isinstance(layer, Conv2D):
            new = Conv2D(c_in, c_out, layer.kernel_size, flip=layer.flip, **common,
                         **({} if layer.similarity == "dot" else {"similarity": layer.similarity,
                                                                   "gamma": layer.gamma}))
            out_axis, in_axis = 0, 1
        else:
            new = ConvTranspose2D(c_in, c_out, layer.kernel_size, output_padding=layer.output_padding, **common)
            out_axis, in_axis = 1, 0
    old_w, w = layer.weight, new.params["weight"]
    keep = [slice(None)] * w.ndim
    keep[out_axis] = slice(0, min(old_w.shape[out_axis], w.shape[out_axis]))
    keep[in_axis] = slice(0, min(old_w.shape[in_axis], w.shape[in_axis]))
    fresh = np.ones(w.shape, bool)
    fresh[tuple(keep)] = False
    _he(new, rng, fresh)
    w[tuple(keep)] = old_w[tuple(keep)]
    kept_bias = min(layer.bias.size, new.bias.size)
    new.params["bias"][:kept_bias] = layer.bias[:kept_bias]
    if getattr(layer, "notes", None) is not None:
        new.notes = layer.notes
    return new


def _rebuilt(model: Sequential, layers: list[Layer], input_shape, rng, note: Message) -> ArchitectureEdit:
    """Walk the new layer list from the input: fit each layer whose input size changed, refuse what cannot
    work, and return the new model with `note` (`note` may be a function of the new model)."""
    shape, fitted, changed = tuple(input_shape), [], []
    for k, layer in enumerate(layers):
        if isinstance(layer, Softmax) and k != len(layers) - 1:
            raise ArchitectureError(message(SOFTMAX_NOT_LAST, layer=layer.name))
        layer, refitted = _fit(layer, shape, rng)
        if refitted:
            changed.append(layer.name)
        try:
            shape = tuple(layer.output_shape(shape))
        except ShapeError:
            raise ArchitectureError(_refusal(layer, shape)) from None
        if int(np.prod(shape)) > MAX_CELLS:
            raise ArchitectureError(message(TOO_LARGE, layer=layer.name, shape=_shape_text(shape),
                                            cells=int(np.prod(shape)), limit=MAX_CELLS))
        fitted.append(layer)
    classes = len(model.class_names)
    if shape != (classes,):
        raise ArchitectureError(message(WRONG_ENDING, shape=_shape_text(shape), count=classes,
                                        classes=", ".join(model.class_names)))
    try:
        new_model = Sequential(fitted, class_names=model.class_names, input_shape=input_shape, name=model.name,
                               description=model.description, preprocess=dict(model.preprocess))
    except ModelError as exc:                                      # pragma: no cover - checked above
        raise ArchitectureError(as_message(exc)) from None
    if getattr(model, "notes", None) is not None:
        new_model.notes = model.notes
    if callable(note):
        note = note(new_model)
    if changed:
        note = message(FITTED, change=note, layers=", ".join(changed))
    return ArchitectureEdit(new_model, note, tuple(changed))


def _layers(model: Sequential) -> list[Layer]:
    return model.copy().layers


def _index(model: Sequential, name: str) -> int:
    names = [layer.name for layer in model.layers]
    if name not in names:
        raise ArchitectureError(message(UNKNOWN_LAYER, layer=name, names=", ".join(names)))
    return names.index(name)


def _whole(value, what: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not low <= value <= high:
        raise ArchitectureError(message(OUT_OF_RANGE, what=what, low=low, high=high, value=repr(value)))
    return int(value)


def _fresh_name(model: Sequential, kind: str, function: str = "relu") -> str:
    prefix = function if kind == "activation" else NAME_PREFIXES[kind]
    names = {layer.name for layer in model.layers}
    return next(f"{prefix}{i}" for i in range(1, len(names) + 2) if f"{prefix}{i}" not in names)


# ---------------------------------------------------------------------------------------------
# edits

def new_layer(kind: str, input_shape, *, name: str, rng: np.random.Generator, **settings) -> Layer:
    """A layer of `kind` that takes `input_shape` (one sample), He-initialised. Settings, with defaults:
    conv2d: out_channels=8, kernel_size=3, stride=1, padding=0; conv_transpose2d: out_channels=8,
    kernel_size=2, stride=2, padding=0, output_padding=0; upsample: scale=2, mode="nearest";
    activation: function="relu"; pool2d: size=2, stride=size, mode="max" (or output_size=(h, w));
    dense: out_features=16."""
    if kind not in EDITABLE_KINDS:
        raise ArchitectureError(message(UNKNOWN_KIND, kind=kind, kinds=", ".join(EDITABLE_KINDS)))
    channels = input_shape[0] if len(input_shape) == 3 else 1
    features = int(np.prod(input_shape))
    try:
        if kind == "conv2d":
            layer = Conv2D(channels, settings.pop("out_channels", 8), settings.pop("kernel_size", 3), name=name,
                           stride=settings.pop("stride", 1), padding=settings.pop("padding", 0))
        elif kind == "conv_transpose2d":
            layer = ConvTranspose2D(channels, settings.pop("out_channels", 8), settings.pop("kernel_size", 2),
                                    stride=settings.pop("stride", 2), padding=settings.pop("padding", 0),
                                    output_padding=settings.pop("output_padding", 0), name=name)
        elif kind == "upsample":
            layer = Upsample(settings.pop("scale", 2), mode=settings.pop("mode", "nearest"), name=name)
        elif kind == "activation":
            layer = Activation(settings.pop("function", "relu"), name=name)
        elif kind == "pool2d":
            if "output_size" in settings:
                layer = Pool2D(mode=settings.pop("mode", "max"), output_size=settings.pop("output_size"), name=name)
            else:
                size = settings.pop("size", 2)
                layer = Pool2D(size, settings.pop("stride", size), mode=settings.pop("mode", "max"), name=name)
        elif kind == "dense":
            layer = Dense(features, settings.pop("out_features", 16), name=name)
        else:
            layer = LAYER_TYPES[kind](name=name)
    except MessageError as exc:
        raise ArchitectureError(message(BAD_SETTING, kind=kind, reason=exc.message)) from None
    except (ShapeError, ValueError, TypeError) as exc:
        raise ArchitectureError(message(BAD_SETTING, kind=kind, reason=str(exc))) from None
    if settings:
        raise ArchitectureError(message(BAD_SETTING, kind=kind,
                                        reason=f"unknown setting(s) {', '.join(sorted(settings))}"))
    if layer.params:
        _he(layer, rng, np.ones(layer.params["weight"].shape, bool))
    return layer


def insert_layer(model: Sequential, position: int, kind: str, *, rng: np.random.Generator, name: str | None = None,
                 **settings) -> ArchitectureEdit:
    """Insert a new `kind` layer so that it becomes layer `position` (0 = first); see new_layer for settings."""
    position = _whole(position, "the position", 0, len(model.layers))
    if kind not in EDITABLE_KINDS:
        raise ArchitectureError(message(UNKNOWN_KIND, kind=kind, kinds=", ".join(EDITABLE_KINDS)))
    name = name or _fresh_name(model, kind, settings.get("function", "relu"))
    if name in {layer.name for layer in model.layers}:
        raise ArchitectureError(message(BAD_SETTING, kind=kind, reason=f"the name '{name}' is taken"))
    shape = model.input_shape if position == 0 else model.shapes()[position - 1]
    layer = new_layer(kind, shape, name=name, rng=rng, **settings)
    layers = _layers(model)
    layers.insert(position, layer)
    return _rebuilt(model, layers, model.input_shape, rng,
                    lambda new: message(INSERTED, kind=kind, layer=name, position=position,
                                        shape=_shape_text(new.shapes()[position])))


def remove_layer(model: Sequential, name: str, *, rng: np.random.Generator) -> ArchitectureEdit:
    """Remove a layer; the layers after it are fitted to what now reaches them."""
    k = _index(model, name)
    layers = _layers(model)
    del layers[k]
    if not layers:
        raise ArchitectureError(message(WRONG_ENDING, shape=_shape_text(model.input_shape),
                                        count=len(model.class_names), classes=", ".join(model.class_names)))
    return _rebuilt(model, layers, model.input_shape, rng, message(REMOVED, layer=name))


def move_layer(model: Sequential, name: str, position: int, *, rng: np.random.Generator) -> ArchitectureEdit:
    """Move a layer so that it becomes layer `position`; the layers are fitted to their new inputs."""
    k = _index(model, name)
    position = _whole(position, "the position", 0, len(model.layers) - 1)
    layers = _layers(model)
    layers.insert(position, layers.pop(k))
    return _rebuilt(model, layers, model.input_shape, rng, message(MOVED, layer=name, old=k, new=position))


def set_filters(model: Sequential, name: str, count: int, *, rng: np.random.Generator) -> ArchitectureEdit:
    """Set the number of filters (output channels) of a conv or transposed conv layer: the first filters
    are kept, new ones He-initialised; the next layer keeps the input channels that stay."""
    k = _index(model, name)
    layer = model.layers[k]
    if not isinstance(layer, (Conv2D, ConvTranspose2D)):
        raise ArchitectureError(message(NOT_A_FILTER_LAYER, layer=name, kind=layer.kind))
    count = _whole(count, "the number of filters", 1, MAX_FILTERS)
    layers = _layers(model)
    layers[k] = _resized(layers[k], out_channels=count, rng=rng)
    old = layer.out_channels
    note = message(FILTERS_SET, layer=name, old=old, new=count, kept=min(old, count), added=max(0, count - old))
    return _rebuilt(model, layers, model.input_shape, rng, note)


def set_dense_size(model: Sequential, name: str, out_features: int, *, rng: np.random.Generator) -> ArchitectureEdit:
    """Set a hidden dense layer's number of outputs (the last one gives one score per class)."""
    k = _index(model, name)
    layer = model.layers[k]
    if not isinstance(layer, Dense):
        raise ArchitectureError(message(NOT_A_DENSE_LAYER, layer=name, kind=layer.kind))
    out_features = _whole(out_features, "the number of outputs", 1, MAX_FEATURES)
    if k == model.logits_index and out_features != len(model.class_names):
        raise ArchitectureError(message(LAST_DENSE, layer=name, classes=", ".join(model.class_names),
                                        count=len(model.class_names)))
    layers = _layers(model)
    layers[k] = _resized(layers[k], out_channels=out_features, rng=rng)
    old = layer.out_features
    note = message(DENSE_SET, layer=name, old=old, new=out_features, kept=min(old, out_features),
                   added=max(0, out_features - old))
    return _rebuilt(model, layers, model.input_shape, rng, note)


def set_input(model: Sequential, *, channels: int | None = None, height: int | None = None,
              width: int | None = None, rng: np.random.Generator) -> ArchitectureEdit:
    """Set the input's channels (1 grey, 3 colour) and size; the layers are fitted to it."""
    c, h, w = model.input_shape
    c = c if channels is None else _whole(channels, "the input channels", 1, MAX_INPUT_CHANNELS)
    if c not in (1, 3):
        raise ArchitectureError(message(INPUT_CHANNELS, channels=c))
    h = h if height is None else _whole(height, "the input height", 1, MAX_INPUT_SIDE)
    w = w if width is None else _whole(width, "the input width", 1, MAX_INPUT_SIDE)
    if c * h * w > MAX_CELLS:
        raise ArchitectureError(message(INPUT_TOO_LARGE, shape=_shape_text((c, h, w)), cells=c * h * w,
                                        limit=MAX_CELLS, side=int((MAX_CELLS // c) ** 0.5), channels=c))
    note = message(INPUT_SET, old=_shape_text(model.input_shape), new=_shape_text((c, h, w)))
    return _rebuilt(model, _layers(model), (c, h, w), rng, note)
