"""Edits of a model that a learner makes by hand: filter weights, presets, and a layer's settings.

Every edit returns an ``EditResult``: a NEW model (the original is never touched, so undo is simply
keeping the old one) and human-readable notes saying what happened. When an edit makes a later
layer inconsistent it is repaired and said so: a dense layer whose input size changed is
re-initialised (He init, from the ``rng`` passed in). An edit that cannot work (a kernel that
would no longer fit, an empty output, invalid numbers) raises ``EditError`` (a ``ValueError``)
with a message a user can act on, and changes nothing.

Pure NumPy: no Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..engine import ops
from ..engine.layers import Activation, Conv2D, Dense, Layer, Pool2D, ShapeError, in_layer
from ..engine.model import ModelError, Sequential
from ..messages import Message, MessageError, as_message, message, template

PRESETS = ("\\", "/", "horizontal", "vertical", "sobel_x", "sobel_y", "laplacian", "box_blur", "identity",
           "random", "zero")
PRESET_TITLES = {"\\": template("\\ diagonal"), "/": template("/ diagonal"), "horizontal": template("horizontal line"),
                 "vertical": template("vertical line"), "sobel_x": template("Sobel x"), "sobel_y": template("Sobel y"),
                 "laplacian": template("Laplacian"), "box_blur": template("box blur"), "identity": template("identity"),
                 "random": template("random (He)"), "zero": template("zero")}
POOL_MODE_NAMES = {"max": template("max"), "avg": template("avg"), "min": template("min")}

# What an edit says it did (the notes; ids of messages, see cnnviz.messages)
SIMILARITY_CHANGED = {
    "dot": template("{layer}: similarity {old} -> dot (each cell is the inner product filter · patch, plus the bias)"),
    "cosine": template("{layer}: similarity {old} -> cosine (each cell is the cosine of the angle between filter and "
                       "patch, in [-1, 1], plus the bias: how alike, whatever the brightness)"),
    "rbf": template("{layer}: similarity {old} -> rbf (each cell is exp(-gamma |patch - filter|²), plus the bias: 1 "
                    "where the patch equals the filter, towards 0 as they differ)")}
WEIGHTS_SET = template("{layer}: filter {filter} weights set")
WEIGHTS_AND_BIAS_SET = template("{layer}: filter {filter} weights set, bias {bias}")
PRESET_SET = template("{layer}: filter {filter} set to the {preset} preset")
PRESET_SET_EVERY_CHANNEL = template("{layer}: filter {filter} set to the {preset} preset on every input channel")
PRESET_SET_ONE_CHANNEL = template("{layer}: filter {filter} set to the {preset} preset on input channel {channel}")
PRESET_ROTATED = template("{layer} computes a true convolution, so this kernel is multiplied rotated by 180°")
SOBEL_ROTATED = template("{layer} computes a true convolution, so this kernel is multiplied rotated by 180° (Sobel "
                         "flips sign)")
DENSE_REINITIALISED = template("{layer}: its input changed from {old} to {new} features, so its weights were "
                               "re-initialised (undo to restore)")
CONV_REINITIALISED = template("{layer}: its input changed from {old} to {new} channels, so its filters were "
                              "re-initialised (undo to restore)")
KERNELS_RESIZED = template("{layer}: kernels resized from {old} to {new} ({how})")
CROPPED = template("centre-cropped")
ZERO_PADDED = template("zero-padded around the centre")
CROPPED_AND_PADDED = template("centre-cropped and zero-padded around the centre")
PADDING_CHANGED = template("{layer}: padding {old} -> {new}")
PADDING_BORDER = template("{layer}: padding {old} -> {new} (a border of {new} zero cell around the input)")
PADDING_BORDERS = template("{layer}: padding {old} -> {new} (a border of {new} zero cells around the input)")
STRIDE_CHANGED = template("{layer}: stride {old} -> {new}")
NOW_TRUE_CONVOLUTION = template("{layer}: now computes a true convolution (each kernel rotated by 180°)")
NOW_CROSS_CORRELATION = template("{layer}: now computes a cross-correlation (kernels used as stored)")
GAMMA_CHANGED = template("{layer}: gamma {old} -> {new}")
OUTPUT_CHANGED = template("{layer}: output {old} -> {new}")
NOTHING_CHANGED = template("{layer}: nothing changed")
ACTIVATION_ADDED = template("{layer}: added an activation layer '{name}' ({function}) after it")
ACTIVATION_CHANGED = template("{layer}: activation {old} -> {new}")
POOL_MODE_CHANGED = template("{layer}: {old} -> {new} pooling")
NOW_ADAPTIVE = template("{layer}: now pools onto a fixed {grid} grid (adaptive)")
GRID_CHANGED = template("{layer}: output grid {old} -> {new}")
NOW_WINDOWS = template("{layer}: now pools {window} windows with stride {stride} (was adaptive onto {grid})")
WINDOW_CHANGED = template("{layer}: window {old} -> {new}")

# What an edit that cannot be made says (EditError)
DIAGONAL_SIZES = {"\\": template("the '\\' preset needs a square kernel of at least 2x2, not {size}"),
                  "/": template("the '/' preset needs a square kernel of at least 2x2, not {size}")}
LINE_SIZES = {"horizontal": template("the 'horizontal' preset needs an odd kernel height of at least 3 (a middle "
                                     "row), not {size}"),
              "vertical": template("the 'vertical' preset needs an odd kernel width of at least 3 (a middle column), "
                                   "not {size}")}
SOBEL_SIZES = {"sobel_x": template("the 'sobel_x' preset needs a kernel of at least 2x2, not {size}"),
               "sobel_y": template("the 'sobel_y' preset needs a kernel of at least 2x2, not {size}")}
LAPLACIAN_SIZES = template("the 'laplacian' preset needs odd kernel sizes (a centre cell), not {size}")
IDENTITY_SIZES = template("the 'identity' preset needs odd kernel sizes (a centre cell), not {size}")
RANDOM_NEEDS_RNG = template("the 'random' preset needs a random generator (rng)")
UNKNOWN_PRESET = template("unknown preset {preset}; choose one of {choices}")
NO_LAYER_NAMED = template("no layer named {layer} (layers: {layers})")
NOT_KIND = {Conv2D: template("layer '{layer}' is a {kind} layer, not a convolution layer"),
            Pool2D: template("layer '{layer}' is a {kind} layer, not a pooling layer"),
            Dense: template("layer '{layer}' is a {kind} layer, not a dense layer")}
NEEDS_RNG = template("{problem}; re-initialising it needs a random generator (rng)")
CANNOT_BE_MADE = template("this change cannot be made, nothing was changed: {problem}")
NOTHING_WAS_CHANGED = template("{problem}; nothing was changed")
FILTER_RANGE = template("layer '{layer}' has filters 0 to {last}, not {filter}")
CHANNEL_RANGE = template("layer '{layer}' has input channels 0 to {last}, not {channel}")
WEIGHTS_NOT_NUMBERS = template("filter weights must be numbers")
WEIGHTS_SHAPE = template("filter {filter} weights have shape {shape}, expected {expected}")
WEIGHTS_NOT_FINITE = template("filter weights must be finite numbers")
BIAS_NOT_FINITE = template("the bias must be a finite number")
SIMILARITY_ONE_OF = template("similarity must be one of {choices}, not {similarity}")
GAMMA_POSITIVE = template("gamma must be a number > 0, not {gamma}")
PADDING_AT_LEAST_0 = template("padding must be 0 or more, not {padding}")
STRIDE_AT_LEAST_1 = template("stride must be 1 or more, not {stride}")
KERNEL_AT_LEAST_1 = template("kernel size must be 1 or more, not {kernel}")
KERNEL_DOES_NOT_FIT = template("a {kernel_height}x{kernel_width} kernel with padding {padding} does not fit its "
                               "{height}x{width} input (out = floor((n + 2p - k) / s) + 1 would be {out})")
UNKNOWN_ACTIVATION = template("unknown activation {function}; choose one of {choices}")
ACTIVATION_NOT_AFTER = template("layer '{layer}' is a {kind} layer: activations follow convolution or dense layers")
POOL_MODE_ONE_OF = template("pooling mode must be one of {choices}, not {mode}")
GRID_OR_WINDOW = template("give either an output grid or a window size and stride, not both")
UNKNOWN_CONV_SETTINGS = template("unknown conv setting(s) {settings}")
UNKNOWN_POOL_SETTINGS = template("unknown pooling setting(s) {settings}")
NO_CHANGE_GIVEN = template("no change given")
NO_SETTINGS = template("layer '{layer}' is a {kind} layer: it has no settings to change")


class EditError(MessageError):
    """An edit that cannot be made; the model is left as it was."""


@dataclass(frozen=True)
class EditResult:
    model: Sequential                   # the new model; the one passed in is unchanged
    notes: tuple[str, ...]              # what happened, for people
    changed: tuple[str, ...] = ()       # names of the layers edited
    reinitialised: tuple[str, ...] = () # names of later layers re-initialised to stay consistent


# ---------------------------------------------------------------------------------------------
# presets

def _binomial(n: int) -> np.ndarray:
    row = np.array([1.0])
    for _ in range(n - 1):
        row = np.convolve(row, [1.0, 1.0])
    return row


def filter_preset(name: str, kernel_size=3, *, rng: np.random.Generator | None = None,
                  fan_in: int | None = None) -> np.ndarray:
    """A (KH, KW) float32 kernel for a preset.

    Defined for 3x3 as in the lecture and generalised: "\\", "/" (1 on the diagonal, -1/(k-1)
    elsewhere, sum 0; square kernels >= 2), "horizontal"/"vertical" (1 on the middle row/column,
    -1/(k-1) elsewhere; odd size across the line), "sobel_x"/"sobel_y" (binomial smoothing times
    a binomial derivative, as OpenCV; sizes >= 2), "laplacian" (3x3: 4-neighbour; larger odd sizes:
    1 everywhere, minus the count at the centre), "box_blur" (mean), "identity" (1 at the centre;
    odd sizes), "random" (He normal with ``fan_in``, needs ``rng``), "zero".
    """
    kh, kw = ops.pair(kernel_size)
    size = f"{kh}x{kw}"
    if name in ("\\", "/"):
        if kh != kw or kh < 2:
            raise EditError(message(DIAGONAL_SIZES[name], size=size))
        k = np.full((kh, kw), -1.0 / (kh - 1))
        np.fill_diagonal(k, 1.0)
        return (k if name == "\\" else k[:, ::-1]).astype(np.float32)
    if name in ("horizontal", "vertical"):
        across = kh if name == "horizontal" else kw
        if across % 2 == 0 or across < 3:
            raise EditError(message(LINE_SIZES[name], size=size))
        k = np.full((kh, kw), -1.0 / (across - 1))
        if name == "horizontal":
            k[kh // 2, :] = 1.0
        else:
            k[:, kw // 2] = 1.0
        return k.astype(np.float32)
    if name in ("sobel_x", "sobel_y"):
        if min(kh, kw) < 2:
            raise EditError(message(SOBEL_SIZES[name], size=size))
        if name == "sobel_x":
            derivative = np.convolve(_binomial(kw - 1), [1.0, -1.0])[::-1]     # [-1, 0, 1] for 3
            return np.outer(_binomial(kh), derivative).astype(np.float32)
        derivative = np.convolve(_binomial(kh - 1), [1.0, -1.0])[::-1]
        return np.outer(derivative, _binomial(kw)).astype(np.float32)
    if name == "laplacian":
        if kh % 2 == 0 or kw % 2 == 0:
            raise EditError(message(LAPLACIAN_SIZES, size=size))
        if (kh, kw) == (3, 3):
            return np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], dtype=np.float32)
        k = np.ones((kh, kw))
        k[kh // 2, kw // 2] = -(kh * kw - 1)
        return k.astype(np.float32)
    if name == "box_blur":
        return np.full((kh, kw), 1.0 / (kh * kw), dtype=np.float32)
    if name == "identity":
        if kh % 2 == 0 or kw % 2 == 0:
            raise EditError(message(IDENTITY_SIZES, size=size))
        k = np.zeros((kh, kw), dtype=np.float32)
        k[kh // 2, kw // 2] = 1
        return k
    if name == "random":
        if rng is None:
            raise EditError(message(RANDOM_NEEDS_RNG))
        fan_in = fan_in or kh * kw
        return rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(kh, kw)).astype(np.float32)
    if name == "zero":
        return np.zeros((kh, kw), dtype=np.float32)
    raise EditError(message(UNKNOWN_PRESET, preset=repr(name), choices=", ".join(PRESETS)))


# ---------------------------------------------------------------------------------------------
# helpers

def _index(model: Sequential, layer_name: str, kind=None) -> int:
    names = [layer.name for layer in model.layers]
    if layer_name not in names:
        raise EditError(message(NO_LAYER_NAMED, layer=repr(layer_name), layers=", ".join(names)))
    k = names.index(layer_name)
    if kind is not None and not isinstance(model.layers[k], kind):
        raise EditError(message(NOT_KIND[kind], layer=layer_name, kind=model.layers[k].kind))
    return k


def _he(layer: Layer, rng: np.random.Generator) -> None:
    w = layer.params["weight"]
    fan_in = int(np.prod(w.shape[1:]))
    w[...] = rng.normal(0.0, np.sqrt(2.0 / fan_in), size=w.shape)
    layer.params["bias"][...] = 0


def _similarity_kwargs(layer: Conv2D) -> dict:
    """Keep a conv layer's similarity ("cosine", "rbf") when it is rebuilt; nothing for the standard "dot"."""
    similarity = getattr(layer, "similarity", "dot")
    if similarity == "dot":
        return {}
    return {"similarity": similarity, "gamma": getattr(layer, "gamma", 1.0)}


def _clone_layer_notes(new: Layer, old: Layer) -> Layer:
    if getattr(old, "notes", None) is not None:
        new.notes = old.notes
    return new


def _rebuild(model: Sequential, layers: list[Layer], notes: list[str], changed: list[str],
             rng: np.random.Generator | None) -> EditResult:
    """Check the edited layers against each other; re-initialise a dense layer whose input size
    changed; raise EditError if some layer can no longer work."""
    shape = tuple(model.input_shape)
    reinitialised = []
    for k, layer in enumerate(layers):
        try:
            shape = layer.output_shape(shape)
            continue
        except ShapeError as exc:
            problem = as_message(exc)
        if isinstance(layer, Dense) and len(shape) == 1:
            if rng is None:
                raise EditError(message(NEEDS_RNG, problem=problem))
            new = Dense(shape[0], layer.out_features, name=layer.name, dtype=layer.weight.dtype)
            _he(new, rng)
            layers[k] = new
            reinitialised.append(layer.name)
            notes.append(message(DENSE_REINITIALISED, layer=layer.name, old=layer.in_features, new=shape[0]))
            shape = new.output_shape(shape)
            continue
        if isinstance(layer, Conv2D) and len(shape) == 3 and shape[0] != layer.in_channels:
            if rng is None:
                raise EditError(message(NEEDS_RNG, problem=problem))
            new = Conv2D(shape[0], layer.out_channels, layer.kernel_size, stride=layer.stride,
                         padding=layer.padding, flip=layer.flip, name=layer.name, dtype=layer.weight.dtype,
                         **_similarity_kwargs(layer))
            _he(new, rng)
            layers[k] = new
            reinitialised.append(layer.name)
            notes.append(message(CONV_REINITIALISED, layer=layer.name, old=layer.in_channels, new=shape[0]))
            try:
                shape = new.output_shape(shape)
                continue
            except ShapeError as exc:
                problem = as_message(exc)
        raise EditError(message(CANNOT_BE_MADE, problem=problem))
    try:
        new_model = Sequential(layers, class_names=model.class_names, input_shape=model.input_shape,
                               name=model.name, description=model.description, preprocess=dict(model.preprocess))
    except ModelError as exc:
        raise EditError(message(CANNOT_BE_MADE, problem=as_message(exc))) from None
    if getattr(model, "notes", None) is not None:
        new_model.notes = model.notes
    return EditResult(new_model, tuple(notes), tuple(changed), tuple(reinitialised))


def _copied_layers(model: Sequential) -> list[Layer]:
    return model.copy().layers


def _shape_text(shape) -> str:
    return " x ".join(map(str, shape))


def _grid_text(size) -> str:
    return f"{size[0]}x{size[1]}"


# ---------------------------------------------------------------------------------------------
# filter edits

def set_filter(model: Sequential, layer_name: str, filter_index: int, weights, bias: float | None = None) -> EditResult:
    """Set filter `filter_index` of a conv layer: weights (C, KH, KW) (or (KH, KW) when C == 1)
    as stored (not rotated, even when the layer flips), and optionally its bias."""
    k = _index(model, layer_name, Conv2D)
    layer = model.layers[k]
    if not 0 <= filter_index < layer.out_channels:
        raise EditError(message(FILTER_RANGE, layer=layer_name, last=layer.out_channels - 1, filter=filter_index))
    expected = layer.weight.shape[1:]
    try:
        w = np.array(weights, dtype=np.float64)
    except (TypeError, ValueError):
        raise EditError(in_layer(layer_name, WEIGHTS_NOT_NUMBERS)) from None
    if w.shape == expected[1:] and expected[0] == 1:
        w = w[None]
    if w.shape != expected:
        raise EditError(in_layer(layer_name, WEIGHTS_SHAPE, filter=filter_index, shape=w.shape, expected=expected))
    if not np.all(np.isfinite(w)):
        raise EditError(in_layer(layer_name, WEIGHTS_NOT_FINITE))
    if bias is not None and not np.isfinite(float(bias)):
        raise EditError(in_layer(layer_name, BIAS_NOT_FINITE))
    layers = _copied_layers(model)
    new = layers[k]
    new.params["weight"][filter_index] = w
    notes = [message(WEIGHTS_SET, layer=layer_name, filter=filter_index)]
    if bias is not None:
        new.params["bias"][filter_index] = bias
        notes = [message(WEIGHTS_AND_BIAS_SET, layer=layer_name, filter=filter_index,
                         bias=f"{float(new.params['bias'][filter_index]):g}")]
    return _rebuild(model, layers, notes, [layer_name], None)


def apply_preset(model: Sequential, layer_name: str, filter_index: int, preset: str, *, channel: int | None = None,
                 rng: np.random.Generator | None = None) -> EditResult:
    """Set a filter to a preset: every input channel's slice (``channel=None``) or only one."""
    k = _index(model, layer_name, Conv2D)
    layer = model.layers[k]
    if not 0 <= filter_index < layer.out_channels:
        raise EditError(message(FILTER_RANGE, layer=layer_name, last=layer.out_channels - 1, filter=filter_index))
    if channel is not None and not 0 <= channel < layer.in_channels:
        raise EditError(message(CHANNEL_RANGE, layer=layer_name, last=layer.in_channels - 1, channel=channel))
    fan_in = int(np.prod(layer.weight.shape[1:]))
    w = layer.weight[filter_index].astype(np.float64)
    channels = range(layer.in_channels) if channel is None else [channel]
    for c in channels:
        w[c] = filter_preset(preset, layer.kernel_size, rng=rng, fan_in=fan_in)
    result = set_filter(model, layer_name, filter_index, w)
    if layer.in_channels == 1:
        said = PRESET_SET
    else:
        said = PRESET_SET_EVERY_CHANNEL if channel is None else PRESET_SET_ONE_CHANNEL
    notes = [message(said, layer=layer_name, filter=filter_index, preset=message(PRESET_TITLES[preset]),
                     channel=channel)]
    kernel = filter_preset(preset, layer.kernel_size, rng=np.random.default_rng(0), fan_in=fan_in)
    if layer.flip and preset != "random" and not np.array_equal(kernel, kernel[::-1, ::-1]):
        notes.append(message(SOBEL_ROTATED if preset.startswith("sobel") else PRESET_ROTATED, layer=layer_name))
    return EditResult(result.model, tuple(notes), result.changed, result.reinitialised)


# ---------------------------------------------------------------------------------------------
# layer settings

def _resize_kernels(w: np.ndarray, kh: int, kw: int) -> tuple[np.ndarray, Message]:
    """Centre-crop or zero-pad (F, C, KH, KW) kernels to (kh, kw)."""
    f, c, oh, ow = w.shape
    out = np.zeros((f, c, kh, kw), dtype=w.dtype)
    # offsets of the overlap in the old and new kernels, centred
    def span(old, new):
        if new <= old:
            start = (old - new) // 2
            return slice(start, start + new), slice(0, new)
        start = (new - old) // 2
        return slice(0, old), slice(start, start + old)
    (src_r, dst_r), (src_c, dst_c) = span(oh, kh), span(ow, kw)
    out[:, :, dst_r, dst_c] = w[:, :, src_r, src_c]
    cropped, padded = kh < oh or kw < ow, kh > oh or kw > ow
    return out, message(CROPPED_AND_PADDED if cropped and padded else CROPPED if cropped else ZERO_PADDED)


def set_conv_options(model: Sequential, layer_name: str, *, padding=None, stride=None, kernel_size=None,
                     flip: bool | None = None, similarity: str | None = None, gamma: float | None = None,
                     rng: np.random.Generator | None = None) -> EditResult:
    """Change a conv layer's padding, stride, kernel size (filters centre-cropped or zero-padded),
    flip (False: cross-correlation, True: true convolution) or similarity ("dot", the standard inner
    product; "cosine"; "rbf" with ``gamma``)."""
    k = _index(model, layer_name, Conv2D)
    old = model.layers[k]
    pad = ops.pair(padding) if padding is not None else old.padding
    step = ops.pair(stride) if stride is not None else old.stride
    kernel = ops.pair(kernel_size) if kernel_size is not None else old.kernel_size
    new_flip = old.flip if flip is None else bool(flip)
    old_similarity, old_gamma = getattr(old, "similarity", "dot"), float(getattr(old, "gamma", ops.RBF_GAMMA))
    new_similarity = old_similarity if similarity is None else similarity
    if new_similarity not in ops.SIMILARITIES:
        raise EditError(in_layer(layer_name, SIMILARITY_ONE_OF, choices=", ".join(ops.SIMILARITIES),
                                 similarity=repr(new_similarity)))
    try:
        new_gamma = old_gamma if gamma is None else float(gamma)
    except (TypeError, ValueError):
        raise EditError(in_layer(layer_name, GAMMA_POSITIVE, gamma=repr(gamma))) from None
    if not (np.isfinite(new_gamma) and new_gamma > 0):
        raise EditError(in_layer(layer_name, GAMMA_POSITIVE, gamma=repr(gamma)))
    if min(pad) < 0:
        raise EditError(in_layer(layer_name, PADDING_AT_LEAST_0, padding=pad))
    if min(step) < 1:
        raise EditError(in_layer(layer_name, STRIDE_AT_LEAST_1, stride=step))
    if min(kernel) < 1:
        raise EditError(in_layer(layer_name, KERNEL_AT_LEAST_1, kernel=kernel))
    _, h, w = model.input_shape if k == 0 else model.shapes()[k - 1]
    oh, ow = ops.output_size(h, kernel[0], step[0], pad[0]), ops.output_size(w, kernel[1], step[1], pad[1])
    if oh < 1 or ow < 1:
        raise EditError(message(NOTHING_WAS_CHANGED, problem=in_layer(
            layer_name, KERNEL_DOES_NOT_FIT, kernel_height=kernel[0], kernel_width=kernel[1], padding=pad[0], height=h,
            width=w, out=min(oh, ow))))
    notes = []
    weights = old.weight.copy()
    if kernel != old.kernel_size:
        weights, how = _resize_kernels(weights, *kernel)
        notes.append(message(KERNELS_RESIZED, layer=layer_name, old=_grid_text(old.kernel_size),
                             new=_grid_text(kernel), how=how))
    new = Conv2D(old.in_channels, old.out_channels, kernel, stride=step, padding=pad, flip=new_flip,
                 name=old.name, dtype=old.weight.dtype, similarity=new_similarity, gamma=new_gamma)
    new.params["weight"][...] = weights
    new.params["bias"][...] = old.bias
    _clone_layer_notes(new, old)
    if pad != old.padding:
        said = PADDING_CHANGED if not pad[0] else PADDING_BORDER if pad[0] == 1 else PADDING_BORDERS
        notes.append(message(said, layer=layer_name, old=old.padding[0], new=pad[0]))
    if step != old.stride:
        notes.append(message(STRIDE_CHANGED, layer=layer_name, old=old.stride[0], new=step[0]))
    if new_flip != old.flip:
        notes.append(message(NOW_TRUE_CONVOLUTION if new_flip else NOW_CROSS_CORRELATION, layer=layer_name))
    if new_similarity != old_similarity:
        notes.append(message(SIMILARITY_CHANGED[new_similarity], layer=layer_name, old=old_similarity))
    elif new_similarity == "rbf" and new_gamma != old_gamma:
        notes.append(message(GAMMA_CHANGED, layer=layer_name, old=f"{old_gamma:g}", new=f"{new_gamma:g}"))
    old_shape = model.shapes()[k]
    new_shape = (old.out_channels, oh, ow)
    if new_shape != old_shape:
        notes.append(message(OUTPUT_CHANGED, layer=layer_name, old=_shape_text(old_shape), new=_shape_text(new_shape)))
    if not notes:
        notes.append(message(NOTHING_CHANGED, layer=layer_name))
    layers = _copied_layers(model)
    layers[k] = new
    return _rebuild(model, layers, notes, [layer_name], rng)


def set_activation(model: Sequential, layer_name: str, function: str) -> EditResult:
    """Set the activation right after a conv or dense layer (or of an activation layer itself).
    If a conv/dense layer has none, an activation layer named '<layer>_act' is inserted after it."""
    if function not in ops.ACTIVATION_FUNCTIONS:
        raise EditError(message(UNKNOWN_ACTIVATION, function=repr(function), choices=", ".join(ops.ACTIVATIONS)))
    k = _index(model, layer_name)
    layers = _copied_layers(model)
    layer = layers[k]
    if isinstance(layer, Activation):
        target = k
    elif isinstance(layer, (Conv2D, Dense)):
        target = k + 1 if k + 1 < len(layers) and isinstance(layers[k + 1], Activation) else None
    else:
        raise EditError(message(ACTIVATION_NOT_AFTER, layer=layer_name, kind=layer.kind))
    if target is None:
        names = {lay.name for lay in layers}
        name = f"{layer_name}_act"
        while name in names:
            name += "_"
        layers.insert(k + 1, Activation(function, name=name))
        notes = [message(ACTIVATION_ADDED, layer=layer_name, name=name, function=function)]
        return _rebuild(model, layers, notes, [name], None)
    old = layers[target]
    new = Activation(function, name=old.name)
    _clone_layer_notes(new, old)
    layers[target] = new
    notes = [message(ACTIVATION_CHANGED, layer=old.name, old=old.function, new=function)]
    return _rebuild(model, layers, notes, [old.name], None)


def set_pool_options(model: Sequential, layer_name: str, *, mode: str | None = None, size=None, stride=None,
                     output_size=None, rng: np.random.Generator | None = None) -> EditResult:
    """Change a pooling layer's mode (max/min/avg), window size and stride, or its adaptive output
    grid. Giving ``size`` to an adaptive layer turns it into window pooling (stride defaults to
    size); giving ``output_size`` turns a window layer adaptive."""
    k = _index(model, layer_name, Pool2D)
    old = model.layers[k]
    new_mode = old.mode if mode is None else mode
    if new_mode not in ops.POOL_MODES:
        raise EditError(message(POOL_MODE_ONE_OF, choices=", ".join(ops.POOL_MODES), mode=repr(new_mode)))
    if output_size is not None and (size is not None or stride is not None):
        raise EditError(in_layer(layer_name, GRID_OR_WINDOW))
    notes = []
    if new_mode != old.mode:
        notes.append(message(POOL_MODE_CHANGED, layer=layer_name, old=message(POOL_MODE_NAMES[old.mode]),
                             new=message(POOL_MODE_NAMES[new_mode])))
    try:
        if output_size is not None or (old.adaptive and size is None and stride is None):
            grid = ops.pair(output_size) if output_size is not None else old.output_size
            new = Pool2D(mode=new_mode, output_size=grid, name=old.name)
            if not old.adaptive:
                notes.append(message(NOW_ADAPTIVE, layer=layer_name, grid=_grid_text(grid)))
            elif grid != old.output_size:
                notes.append(message(GRID_CHANGED, layer=layer_name, old=_grid_text(old.output_size),
                                     new=_grid_text(grid)))
        else:
            win = ops.pair(size) if size is not None else (old.size or ops.pair(2))
            if stride is not None:
                st = ops.pair(stride)
            elif size is not None or old.adaptive:
                st = win
            else:
                st = old.stride
            new = Pool2D(win, st, mode=new_mode, name=old.name)
            if old.adaptive:
                notes.append(message(NOW_WINDOWS, layer=layer_name, window=_grid_text(win), stride=st[0],
                                     grid=_grid_text(old.output_size)))
            else:
                if win != old.size:
                    notes.append(message(WINDOW_CHANGED, layer=layer_name, old=_grid_text(old.size), new=_grid_text(win)))
                if st != old.stride:
                    notes.append(message(STRIDE_CHANGED, layer=layer_name, old=old.stride[0], new=st[0]))
    except (ShapeError, ValueError) as exc:
        raise EditError(as_message(exc)) from None
    in_shape = model.input_shape if k == 0 else model.shapes()[k - 1]
    try:
        new_shape = new.output_shape(in_shape)
    except ShapeError as exc:
        raise EditError(message(NOTHING_WAS_CHANGED, problem=as_message(exc))) from None
    old_shape = model.shapes()[k]
    if new_shape != old_shape:
        notes.append(message(OUTPUT_CHANGED, layer=layer_name, old=_shape_text(old_shape), new=_shape_text(new_shape)))
    if not notes:
        notes.append(message(NOTHING_CHANGED, layer=layer_name))
    _clone_layer_notes(new, old)
    layers = _copied_layers(model)
    layers[k] = new
    return _rebuild(model, layers, notes, [layer_name], rng)


def apply_change(model: Sequential, layer_name: str, change: dict, *,
                 rng: np.random.Generator | None = None) -> EditResult:
    """Apply a change as emitted by the layer controls, e.g. {"padding": 1}, {"activation": "tanh"},
    {"mode": "avg"}, {"flip": True}, {"similarity": "rbf", "gamma": 0.5}. Conv keys: padding, stride,
    kernel_size, flip, similarity, gamma, activation; pool keys: mode, size, stride, output_size."""
    k = _index(model, layer_name)
    layer = model.layers[k]
    change = dict(change)
    if isinstance(layer, Conv2D):
        function = change.pop("activation", None)
        unknown = set(change) - {"padding", "stride", "kernel_size", "flip", "similarity", "gamma"}
        if unknown:
            raise EditError(in_layer(layer_name, UNKNOWN_CONV_SETTINGS, settings=", ".join(sorted(unknown))))
        result = set_conv_options(model, layer_name, rng=rng, **change) if change else None
        if function is not None:
            second = set_activation(result.model if result else model, layer_name, function)
            if result is None:
                return second
            return EditResult(second.model, result.notes + second.notes, result.changed + second.changed,
                              result.reinitialised)
        if result is None:
            raise EditError(in_layer(layer_name, NO_CHANGE_GIVEN))
        return result
    if isinstance(layer, Pool2D):
        unknown = set(change) - {"mode", "size", "stride", "output_size"}
        if unknown:
            raise EditError(in_layer(layer_name, UNKNOWN_POOL_SETTINGS, settings=", ".join(sorted(unknown))))
        return set_pool_options(model, layer_name, rng=rng, **change)
    if isinstance(layer, Activation) and set(change) == {"activation"}:
        return set_activation(model, layer_name, change["activation"])
    raise EditError(message(NO_SETTINGS, layer=layer_name, kind=layer.kind))
