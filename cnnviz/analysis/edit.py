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
from ..engine.layers import Activation, Conv2D, Dense, Layer, Pool2D, ShapeError
from ..engine.model import ModelError, Sequential

PRESETS = ("\\", "/", "horizontal", "vertical", "sobel_x", "sobel_y", "laplacian", "box_blur", "identity",
           "random", "zero")
PRESET_TITLES = {"\\": "\\ diagonal", "/": "/ diagonal", "horizontal": "horizontal line", "vertical": "vertical line",
                 "sobel_x": "Sobel x", "sobel_y": "Sobel y", "laplacian": "Laplacian", "box_blur": "box blur",
                 "identity": "identity", "random": "random (He)", "zero": "zero"}


SIMILARITY_NOTES = {"dot": "each cell is the inner product filter · patch, plus the bias",
                    "cosine": "each cell is the cosine of the angle between filter and patch, in [-1, 1], "
                              "plus the bias: how alike, whatever the brightness",
                    "rbf": "each cell is exp(-gamma |patch - filter|²), plus the bias: 1 where the patch equals "
                           "the filter, towards 0 as they differ"}


class EditError(ValueError):
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
            raise EditError(f"the '{name}' preset needs a square kernel of at least 2x2, not {size}")
        k = np.full((kh, kw), -1.0 / (kh - 1))
        np.fill_diagonal(k, 1.0)
        return (k if name == "\\" else k[:, ::-1]).astype(np.float32)
    if name in ("horizontal", "vertical"):
        across = kh if name == "horizontal" else kw
        if across % 2 == 0 or across < 3:
            which = "height" if name == "horizontal" else "width"
            raise EditError(f"the '{name}' preset needs an odd kernel {which} of at least 3 "
                            f"(a middle {'row' if name == 'horizontal' else 'column'}), not {size}")
        k = np.full((kh, kw), -1.0 / (across - 1))
        if name == "horizontal":
            k[kh // 2, :] = 1.0
        else:
            k[:, kw // 2] = 1.0
        return k.astype(np.float32)
    if name in ("sobel_x", "sobel_y"):
        if min(kh, kw) < 2:
            raise EditError(f"the '{name}' preset needs a kernel of at least 2x2, not {size}")
        if name == "sobel_x":
            derivative = np.convolve(_binomial(kw - 1), [1.0, -1.0])[::-1]     # [-1, 0, 1] for 3
            return np.outer(_binomial(kh), derivative).astype(np.float32)
        derivative = np.convolve(_binomial(kh - 1), [1.0, -1.0])[::-1]
        return np.outer(derivative, _binomial(kw)).astype(np.float32)
    if name == "laplacian":
        if kh % 2 == 0 or kw % 2 == 0:
            raise EditError(f"the 'laplacian' preset needs odd kernel sizes (a centre cell), not {size}")
        if (kh, kw) == (3, 3):
            return np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], dtype=np.float32)
        k = np.ones((kh, kw))
        k[kh // 2, kw // 2] = -(kh * kw - 1)
        return k.astype(np.float32)
    if name == "box_blur":
        return np.full((kh, kw), 1.0 / (kh * kw), dtype=np.float32)
    if name == "identity":
        if kh % 2 == 0 or kw % 2 == 0:
            raise EditError(f"the 'identity' preset needs odd kernel sizes (a centre cell), not {size}")
        k = np.zeros((kh, kw), dtype=np.float32)
        k[kh // 2, kw // 2] = 1
        return k
    if name == "random":
        if rng is None:
            raise EditError("the 'random' preset needs a random generator (rng)")
        fan_in = fan_in or kh * kw
        return rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(kh, kw)).astype(np.float32)
    if name == "zero":
        return np.zeros((kh, kw), dtype=np.float32)
    raise EditError(f"unknown preset {name!r}; choose one of {', '.join(PRESETS)}")


# ---------------------------------------------------------------------------------------------
# helpers

def _index(model: Sequential, layer_name: str, kind=None) -> int:
    names = [layer.name for layer in model.layers]
    if layer_name not in names:
        raise EditError(f"no layer named {layer_name!r} (layers: {', '.join(names)})")
    k = names.index(layer_name)
    if kind is not None and not isinstance(model.layers[k], kind):
        what = {Conv2D: "a convolution", Pool2D: "a pooling", Dense: "a dense"}.get(kind, kind.__name__)
        raise EditError(f"layer '{layer_name}' is a {model.layers[k].kind} layer, not {what} layer")
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
            problem = str(exc)
        if isinstance(layer, Dense) and len(shape) == 1:
            if rng is None:
                raise EditError(f"{problem}; re-initialising it needs a random generator (rng)")
            new = Dense(shape[0], layer.out_features, name=layer.name, dtype=layer.weight.dtype)
            _he(new, rng)
            layers[k] = new
            reinitialised.append(layer.name)
            notes.append(f"{layer.name}: its input changed from {layer.in_features} to {shape[0]} features, "
                         f"so its weights were re-initialised (undo to restore)")
            shape = new.output_shape(shape)
            continue
        if isinstance(layer, Conv2D) and len(shape) == 3 and shape[0] != layer.in_channels:
            if rng is None:
                raise EditError(f"{problem}; re-initialising it needs a random generator (rng)")
            new = Conv2D(shape[0], layer.out_channels, layer.kernel_size, stride=layer.stride,
                         padding=layer.padding, flip=layer.flip, name=layer.name, dtype=layer.weight.dtype,
                         **_similarity_kwargs(layer))
            _he(new, rng)
            layers[k] = new
            reinitialised.append(layer.name)
            notes.append(f"{layer.name}: its input changed from {layer.in_channels} to {shape[0]} channels, "
                         f"so its filters were re-initialised (undo to restore)")
            try:
                shape = new.output_shape(shape)
                continue
            except ShapeError as exc:
                problem = str(exc)
        raise EditError(f"this change cannot be made, nothing was changed: {problem}")
    try:
        new_model = Sequential(layers, class_names=model.class_names, input_shape=model.input_shape,
                               name=model.name, description=model.description, preprocess=dict(model.preprocess))
    except ModelError as exc:
        raise EditError(f"this change cannot be made, nothing was changed: {exc}") from None
    if getattr(model, "notes", None) is not None:
        new_model.notes = model.notes
    return EditResult(new_model, tuple(notes), tuple(changed), tuple(reinitialised))


def _copied_layers(model: Sequential) -> list[Layer]:
    return model.copy().layers


def _shape_text(shape) -> str:
    return " x ".join(map(str, shape))


# ---------------------------------------------------------------------------------------------
# filter edits

def set_filter(model: Sequential, layer_name: str, filter_index: int, weights, bias: float | None = None) -> EditResult:
    """Set filter `filter_index` of a conv layer: weights (C, KH, KW) (or (KH, KW) when C == 1)
    as stored (not rotated, even when the layer flips), and optionally its bias."""
    k = _index(model, layer_name, Conv2D)
    layer = model.layers[k]
    if not 0 <= filter_index < layer.out_channels:
        raise EditError(f"layer '{layer_name}' has filters 0 to {layer.out_channels - 1}, not {filter_index}")
    expected = layer.weight.shape[1:]
    try:
        w = np.array(weights, dtype=np.float64)
    except (TypeError, ValueError):
        raise EditError(f"layer '{layer_name}': filter weights must be numbers") from None
    if w.shape == expected[1:] and expected[0] == 1:
        w = w[None]
    if w.shape != expected:
        raise EditError(f"layer '{layer_name}': filter {filter_index} weights have shape {w.shape}, "
                        f"expected {expected}")
    if not np.all(np.isfinite(w)):
        raise EditError(f"layer '{layer_name}': filter weights must be finite numbers")
    if bias is not None and not np.isfinite(float(bias)):
        raise EditError(f"layer '{layer_name}': the bias must be a finite number")
    layers = _copied_layers(model)
    new = layers[k]
    new.params["weight"][filter_index] = w
    notes = [f"{layer_name}: filter {filter_index} weights set"]
    if bias is not None:
        new.params["bias"][filter_index] = bias
        notes[0] += f", bias {float(new.params['bias'][filter_index]):g}"
    return _rebuild(model, layers, notes, [layer_name], None)


def apply_preset(model: Sequential, layer_name: str, filter_index: int, preset: str, *, channel: int | None = None,
                 rng: np.random.Generator | None = None) -> EditResult:
    """Set a filter to a preset: every input channel's slice (``channel=None``) or only one."""
    k = _index(model, layer_name, Conv2D)
    layer = model.layers[k]
    if not 0 <= filter_index < layer.out_channels:
        raise EditError(f"layer '{layer_name}' has filters 0 to {layer.out_channels - 1}, not {filter_index}")
    if channel is not None and not 0 <= channel < layer.in_channels:
        raise EditError(f"layer '{layer_name}' has input channels 0 to {layer.in_channels - 1}, not {channel}")
    fan_in = int(np.prod(layer.weight.shape[1:]))
    w = layer.weight[filter_index].astype(np.float64)
    channels = range(layer.in_channels) if channel is None else [channel]
    for c in channels:
        w[c] = filter_preset(preset, layer.kernel_size, rng=rng, fan_in=fan_in)
    result = set_filter(model, layer_name, filter_index, w)
    if layer.in_channels == 1:
        where = ""
    else:
        where = " on every input channel" if channel is None else f" on input channel {channel}"
    notes = [f"{layer_name}: filter {filter_index} set to the {PRESET_TITLES.get(preset, preset)} preset{where}"]
    kernel = filter_preset(preset, layer.kernel_size, rng=np.random.default_rng(0), fan_in=fan_in)
    if layer.flip and preset != "random" and not np.array_equal(kernel, kernel[::-1, ::-1]):
        notes.append(f"{layer_name} computes a true convolution, so this kernel is multiplied rotated by 180°"
                     + (" (Sobel flips sign)" if preset.startswith("sobel") else ""))
    return EditResult(result.model, tuple(notes), result.changed, result.reinitialised)


# ---------------------------------------------------------------------------------------------
# layer settings

def _resize_kernels(w: np.ndarray, kh: int, kw: int) -> tuple[np.ndarray, str]:
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
    how = []
    if kh < oh or kw < ow:
        how.append("centre-cropped")
    if kh > oh or kw > ow:
        how.append("zero-padded around the centre")
    return out, " and ".join(how)


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
        raise EditError(f"layer '{layer_name}': similarity must be one of {', '.join(ops.SIMILARITIES)}, "
                        f"not {new_similarity!r}")
    try:
        new_gamma = old_gamma if gamma is None else float(gamma)
    except (TypeError, ValueError):
        raise EditError(f"layer '{layer_name}': gamma must be a number > 0, not {gamma!r}") from None
    if not (np.isfinite(new_gamma) and new_gamma > 0):
        raise EditError(f"layer '{layer_name}': gamma must be a number > 0, not {gamma!r}")
    if min(pad) < 0:
        raise EditError(f"layer '{layer_name}': padding must be 0 or more, not {pad}")
    if min(step) < 1:
        raise EditError(f"layer '{layer_name}': stride must be 1 or more, not {step}")
    if min(kernel) < 1:
        raise EditError(f"layer '{layer_name}': kernel size must be 1 or more, not {kernel}")
    _, h, w = model.input_shape if k == 0 else model.shapes()[k - 1]
    oh, ow = ops.output_size(h, kernel[0], step[0], pad[0]), ops.output_size(w, kernel[1], step[1], pad[1])
    if oh < 1 or ow < 1:
        raise EditError(f"layer '{layer_name}': a {kernel[0]}x{kernel[1]} kernel with padding {pad[0]} does not fit "
                        f"its {h}x{w} input (out = floor((n + 2p - k) / s) + 1 would be {min(oh, ow)}); "
                        f"nothing was changed")
    notes = []
    weights = old.weight.copy()
    if kernel != old.kernel_size:
        weights, how = _resize_kernels(weights, *kernel)
        notes.append(f"{layer_name}: kernels resized from {old.kernel_size[0]}x{old.kernel_size[1]} to "
                     f"{kernel[0]}x{kernel[1]} ({how})")
    new = Conv2D(old.in_channels, old.out_channels, kernel, stride=step, padding=pad, flip=new_flip,
                 name=old.name, dtype=old.weight.dtype, similarity=new_similarity, gamma=new_gamma)
    new.params["weight"][...] = weights
    new.params["bias"][...] = old.bias
    _clone_layer_notes(new, old)
    if pad != old.padding:
        border = f" (a border of {pad[0]} zero cell{'s' if pad[0] > 1 else ''} around the input)" if pad[0] else ""
        notes.append(f"{layer_name}: padding {old.padding[0]} -> {pad[0]}{border}")
    if step != old.stride:
        notes.append(f"{layer_name}: stride {old.stride[0]} -> {step[0]}")
    if new_flip != old.flip:
        notes.append(f"{layer_name}: now computes " + ("a true convolution (each kernel rotated by 180°)"
                                                      if new_flip else "a cross-correlation (kernels used as stored)"))
    if new_similarity != old_similarity:
        notes.append(f"{layer_name}: similarity {old_similarity} -> {new_similarity} ("
                     + SIMILARITY_NOTES[new_similarity] + ")")
    elif new_similarity == "rbf" and new_gamma != old_gamma:
        notes.append(f"{layer_name}: gamma {old_gamma:g} -> {new_gamma:g}")
    old_shape = model.shapes()[k]
    new_shape = (old.out_channels, oh, ow)
    if new_shape != old_shape:
        notes.append(f"{layer_name}: output {_shape_text(old_shape)} -> {_shape_text(new_shape)}")
    if not notes:
        notes.append(f"{layer_name}: nothing changed")
    layers = _copied_layers(model)
    layers[k] = new
    return _rebuild(model, layers, notes, [layer_name], rng)


def set_activation(model: Sequential, layer_name: str, function: str) -> EditResult:
    """Set the activation right after a conv or dense layer (or of an activation layer itself).
    If a conv/dense layer has none, an activation layer named '<layer>_act' is inserted after it."""
    if function not in ops.ACTIVATION_FUNCTIONS:
        raise EditError(f"unknown activation {function!r}; choose one of {', '.join(ops.ACTIVATIONS)}")
    k = _index(model, layer_name)
    layers = _copied_layers(model)
    layer = layers[k]
    if isinstance(layer, Activation):
        target = k
    elif isinstance(layer, (Conv2D, Dense)):
        target = k + 1 if k + 1 < len(layers) and isinstance(layers[k + 1], Activation) else None
    else:
        raise EditError(f"layer '{layer_name}' is a {layer.kind} layer: activations follow convolution or dense layers")
    if target is None:
        names = {lay.name for lay in layers}
        name = f"{layer_name}_act"
        while name in names:
            name += "_"
        layers.insert(k + 1, Activation(function, name=name))
        notes = [f"{layer_name}: added an activation layer '{name}' ({function}) after it"]
        return _rebuild(model, layers, notes, [name], None)
    old = layers[target]
    new = Activation(function, name=old.name)
    _clone_layer_notes(new, old)
    layers[target] = new
    notes = [f"{old.name}: activation {old.function} -> {function}"]
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
        raise EditError(f"pooling mode must be one of {', '.join(ops.POOL_MODES)}, not {new_mode!r}")
    if output_size is not None and (size is not None or stride is not None):
        raise EditError(f"layer '{layer_name}': give either an output grid or a window size and stride, not both")
    notes = []
    if new_mode != old.mode:
        notes.append(f"{layer_name}: {old.mode} -> {new_mode} pooling")
    try:
        if output_size is not None or (old.adaptive and size is None and stride is None):
            grid = ops.pair(output_size) if output_size is not None else old.output_size
            new = Pool2D(mode=new_mode, output_size=grid, name=old.name)
            if not old.adaptive:
                notes.append(f"{layer_name}: now pools onto a fixed {grid[0]}x{grid[1]} grid (adaptive)")
            elif grid != old.output_size:
                notes.append(f"{layer_name}: output grid {old.output_size[0]}x{old.output_size[1]} "
                             f"-> {grid[0]}x{grid[1]}")
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
                notes.append(f"{layer_name}: now pools {win[0]}x{win[1]} windows with stride {st[0]} "
                             f"(was adaptive onto {old.output_size[0]}x{old.output_size[1]})")
            else:
                if win != old.size:
                    notes.append(f"{layer_name}: window {old.size[0]}x{old.size[1]} -> {win[0]}x{win[1]}")
                if st != old.stride:
                    notes.append(f"{layer_name}: stride {old.stride[0]} -> {st[0]}")
    except (ShapeError, ValueError) as exc:
        raise EditError(str(exc)) from None
    in_shape = model.input_shape if k == 0 else model.shapes()[k - 1]
    try:
        new_shape = new.output_shape(in_shape)
    except ShapeError as exc:
        raise EditError(f"{exc}; nothing was changed") from None
    old_shape = model.shapes()[k]
    if new_shape != old_shape:
        notes.append(f"{layer_name}: output {_shape_text(old_shape)} -> {_shape_text(new_shape)}")
    if not notes:
        notes.append(f"{layer_name}: nothing changed")
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
            raise EditError(f"layer '{layer_name}': unknown conv setting(s) {', '.join(sorted(unknown))}")
        result = set_conv_options(model, layer_name, rng=rng, **change) if change else None
        if function is not None:
            second = set_activation(result.model if result else model, layer_name, function)
            if result is None:
                return second
            return EditResult(second.model, result.notes + second.notes, result.changed + second.changed,
                              result.reinitialised)
        if result is None:
            raise EditError(f"layer '{layer_name}': no change given")
        return result
    if isinstance(layer, Pool2D):
        unknown = set(change) - {"mode", "size", "stride", "output_size"}
        if unknown:
            raise EditError(f"layer '{layer_name}': unknown pooling setting(s) {', '.join(sorted(unknown))}")
        return set_pool_options(model, layer_name, rng=rng, **change)
    if isinstance(layer, Activation) and set(change) == {"activation"}:
        return set_activation(model, layer_name, change["activation"])
    raise EditError(f"layer '{layer_name}' is a {layer.kind} layer: it has no settings to change")
