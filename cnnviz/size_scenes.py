"""The four shipped scenes that answer the lectures' size questions: "128 → 126", "padding keeps the size",
"stride 2 halves it" and "upsample, then convolve".

Each ``SizeScene`` builds its model from ``lecture-ox`` (the lecture's hand-made ○/× detector: conv1 with the
"\\" and "/" filters, relu1, an adaptive 2×2 max pool, a dense layer) with the architecture editor's own
edits (``cnnviz.analysis.architecture``, ``cnnviz.analysis.edit``), so the shape flow the editor shows is the
one the scene talks about. Every weight is fixed: the hand-set filters are kept, and the one new layer (the
convolution after the upsampling) gets a 3×3 averaging filter per channel, so the scene is the same on every
opening and still tells ○ from ×. The drawing is generated strokes (the same every time); the caption is a
``cnnviz.messages`` message whose numbers are read from the model built, so it cannot disagree with it.

``scene_state(key, ...)`` gives a ``cnnviz.scenes.Scene`` of it (to save as a ``.cnnscene`` file). No Qt.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnviz.analysis import architecture
from cnnviz.analysis.edit import set_conv_options
from cnnviz.data.sketches import make_sketch
from cnnviz.engine import Sequential, load_model
from cnnviz.messages import Message, message, template
from cnnviz.scenes import Scene, SceneStroke, ViewSettings

BASE_MODEL = "lecture-ox"
CANVAS = 280            # canvas pixels the strokes are made for (scaled to the canvas shown)
SEED = 15               # the drawing and every edit's random numbers: the same scene on every opening

TITLE_128 = template("128 \u2192 126: a 3\u00d73 filter shrinks the map")
TITLE_PADDING = template("Padding keeps the size")
TITLE_STRIDE = template("Stride 2 halves it")
TITLE_UPSAMPLE = template("Upsample, then convolve")
SAYS_128 = template("A {k}\u00d7{k} filter fits {n} \u2212 {k} + 1 = {out} times along each side, so the "
                    "{n}\u00d7{n} input becomes a {out}\u00d7{out} map in {layer}")
SAYS_PADDING = template("One ring of zero padding: {n} + 2\u00b7{p} \u2212 {k} + 1 = {out}, so {layer} keeps "
                        "the {n}\u00d7{n} size")
SAYS_STRIDE = template("Stride {s}: the filter jumps {s} cells at a time, floor(({n} + 2\u00b7{p} \u2212 {k}) / "
                       "{s}) + 1 = {out}, so {layer} halves {n}\u00d7{n} to {out}\u00d7{out}")
SAYS_UPSAMPLE = template("{up} repeats every cell {s}\u00d7{s} ({n}\u00d7{n} \u2192 {big}\u00d7{big}); then "
                         "{conv}, a 3\u00d73 filter with padding 1, smooths the blocks and keeps {big}\u00d7{big}")


@dataclass(frozen=True)
class SizeScene:
    """One scene: ``layer`` is the layer whose output size the caption is about (the inspector pins its
    first cell); ``drawing`` a label of ``cnnviz.data.sketches``."""
    key: str
    title: str
    caption: str
    layer: str
    drawing: str = "circle"


def _rng() -> np.random.Generator:
    return np.random.default_rng(SEED)


def _input_128(model: Sequential) -> Sequential:
    return architecture.set_input(model, height=128, width=128, rng=_rng()).model


def _padding(model: Sequential) -> Sequential:
    return set_conv_options(model, "conv1", padding=1).model


def _stride(model: Sequential) -> Sequential:
    return set_conv_options(model, "conv1", stride=2, padding=1).model


def _upsample_then_convolve(model: Sequential) -> Sequential:
    """After relu1: nearest-neighbour upsampling by 2, then a 3×3 convolution (padding 1) that averages
    each channel over its 3×3 neighbourhood (filter f reads only channel f; no bias)."""
    model = architecture.insert_layer(model, 2, "upsample", rng=_rng(), name="up1", scale=2).model
    model = architecture.insert_layer(model, 3, "conv2d", rng=_rng(), name="conv2", out_channels=2,
                                      kernel_size=3, padding=1).model
    conv = model.layer("conv2")
    weight = np.zeros_like(conv.params["weight"])
    for f in range(weight.shape[0]):
        weight[f, f] = 1.0 / 9.0
    conv.params["weight"][...] = weight
    conv.params["bias"][...] = 0.0
    return model


BUILDERS = {"size-128-126": _input_128, "size-padding": _padding, "size-stride-2": _stride,
            "size-upsample-convolve": _upsample_then_convolve}

SIZE_SCENES: tuple[SizeScene, ...] = (
    SizeScene("size-128-126", TITLE_128, SAYS_128, "conv1"),
    SizeScene("size-padding", TITLE_PADDING, SAYS_PADDING, "conv1"),
    SizeScene("size-stride-2", TITLE_STRIDE, SAYS_STRIDE, "conv1"),
    SizeScene("size-upsample-convolve", TITLE_UPSAMPLE, SAYS_UPSAMPLE, "conv2", drawing="cross"),
)


def size_scene(key: str) -> SizeScene:
    """The scene with this key (KeyError naming the keys if there is none)."""
    for scene in SIZE_SCENES:
        if scene.key == key:
            return scene
    raise KeyError(f"no size scene '{key}'; the scenes are {', '.join(s.key for s in SIZE_SCENES)}")


def scene_model(key: str) -> Sequential:
    """The scene's model, built afresh from lecture-ox with the editor's edits (named after the scene)."""
    model = BUILDERS[size_scene(key).key](load_model(BASE_MODEL))
    model.name = key
    return model


def size_change(model: Sequential, layer: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(input shape, output shape) of one sample at ``layer``, as the shape flow gives them."""
    step = next(s for s in architecture.shape_flow(model) if s.name == layer)
    return step.input_shape, step.output_shape


def scene_caption(key: str, model: Sequential) -> Message:
    """The scene's one-line answer, its numbers read from ``model`` (the scene's model)."""
    scene = size_scene(key)
    if scene.caption == SAYS_UPSAMPLE:
        up = model.layer("up1")
        (_, n, _), (_, big, _) = size_change(model, "up1")
        return message(SAYS_UPSAMPLE, up=up.name, s=up.scale[0], n=n, big=big, conv=scene.layer)
    conv = model.layer(scene.layer)
    (_, n, _), (_, out, _) = size_change(model, scene.layer)
    values = {"k": conv.kernel_size[0], "n": n, "out": out, "layer": scene.layer, "p": conv.padding[0],
              "s": conv.stride[0]}
    fields = {"k", "n", "out", "layer"} | ({"p"} if scene.caption != SAYS_128 else set()) | \
        ({"s"} if scene.caption == SAYS_STRIDE else set())
    return message(scene.caption, **{name: values[name] for name in fields})


def scene_strokes(key: str, canvas: int = CANVAS) -> list[np.ndarray]:
    """The scene's drawing: strokes, arrays (n, 2) of x, y on a ``canvas``-pixel canvas (the same every time)."""
    strokes = make_sketch(size_scene(key).drawing, np.random.default_rng(SEED), canvas=canvas,
                          placement="centre", width=pen_width(canvas))[1]
    return [np.asarray(s, dtype=np.float32)[:, :2] for s in strokes]


def pen_width(canvas: int = CANVAS) -> float:
    return 16.0 * canvas / CANVAS


def scene_state(key: str, *, canvas: int = CANVAS, language: str = "en",
                view: ViewSettings | None = None) -> Scene:
    """The scene as a ``cnnviz.scenes.Scene`` (model, drawing, language), for saving as a scene file."""
    width = float(np.float32(pen_width(canvas)))
    strokes = tuple(SceneStroke(np.column_stack([s, np.ones(len(s), np.float32)]).astype(np.float32), width)
                    for s in scene_strokes(key, canvas))
    return Scene(strokes, scene_model(key), key, canvas, width, view or ViewSettings(hidden_stages=()), language)
