"""The questions learners asked in the two lectures, each with the set-up that answers it (issue 16).

Plain data, no Qt: a ``Question`` names a model (a shipped one, or a small documented variant of one made
here from its model file), a drawing (generated strokes, the same every time), the cell the inspector pins,
the stage to enlarge, the dock to open, and a one-line caption. ``cnnviz.ui.questions`` applies them through
the session and the window's existing controllers. Titles and captions are message templates, so they are
translated like everything else the Qt-free layers say.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass

import numpy as np

from cnnviz.data.sketches import make_sketch
from cnnviz.engine import Sequential, load_model
from cnnviz.engine.model_files import model_from_dict, model_to_dict
from cnnviz.messages import Message, message, template

CANVAS = 280          # the drawing canvas's size in pixels (strokes are given in its coordinates)
SEED = 16             # generated drawings are the same on every click


@dataclass(frozen=True)
class Question:
    """One learner question and what to show for it.

    model: a shipped model's name, or a key of VARIANTS.  drawing: a key of DRAWINGS.
    pin: the inspector's target, ``("cell", layer, (map, row, column))``, ``("cell", layer, (unit,))`` or
    ``("class", k)``, or None.  focus: a stage to enlarge over the pipeline, or None.
    dock: "compare" (the Compare dock: max, min and average pooling side by side), "training", or None.
    panel: "dense" (the dense layer's weights laid out as the maps it reads), "filters" (hand-set beside
    learned filters), or None.  training: start a slow training run of random filters (the Training dock).
    """
    key: str
    title: str
    caption: str
    model: str
    drawing: str
    pin: tuple | None = None
    focus: str | None = None
    dock: str | None = None
    panel: str | None = None
    training: bool = False


# -- model variants: each is a shipped model file changed in one visible way ----------------------------
def _padded(data: dict) -> dict:
    """lecture-ox with one ring of zero padding around conv1's input: conv1 maps are 28x28, not 26x26."""
    data["layers"][0]["padding"] = [1, 1]
    return data


def _input_128(data: dict) -> dict:
    """lecture-ox on a 128x128 input: a 3x3 filter fits 128 - 3 + 1 = 126 times along each side."""
    data["input"]["height"] = data["input"]["width"] = 128
    return data


def _flipped(data: dict) -> dict:
    """lecture-ox whose "\\" filter is replaced by an asymmetric corner filter and whose conv1 flips its
    filters (true convolution). The "/" filter is symmetric under the 180-degree turn and does not change."""
    conv = data["layers"][0]
    conv["weight"][0][0] = [[1.0, 1.0, -0.5], [1.0, -0.5, -0.5], [-0.5, -0.5, -0.5]]
    conv["flip"] = True
    return data


def _radial_basis(data: dict) -> dict:
    """lecture-ox whose conv1 scores exp(-gamma * |patch - filter|^2), a similarity by distance."""
    data["layers"][0]["similarity"] = "rbf"
    return data


def _transposed(data: dict) -> dict:
    """lecture-ox with a transposed convolution after relu1: each detection paints its own filter back,
    26x26 -> 28x28, before the quadrant pooling."""
    weight = np.zeros((2, 2, 3, 3))
    filters = np.asarray(data["layers"][0]["weight"], dtype=float)[:, 0]
    for k in range(2):
        weight[k, k] = np.maximum(filters[k], 0.0)      # the filter's own diagonal, spread back out
    layer = {"type": "conv_transpose2d", "name": "deconv1", "in_channels": 2, "out_channels": 2,
             "kernel_size": [3, 3], "stride": [1, 1], "padding": [0, 0],
             "weight": weight.tolist(), "bias": [0.0, 0.0]}
    data["layers"].insert(2, layer)
    return data


def _size_scene(key: str):
    """The shipped size scene's model (``cnnviz.size_scenes``), built with the architecture editor's edits."""
    def change(data: dict) -> dict:
        from cnnviz.size_scenes import scene_model
        return model_to_dict(scene_model(key))
    return change


VARIANTS = {
    "lecture-ox+padding": ("lecture-ox", _padded),
    "lecture-ox@128": ("lecture-ox", _input_128),
    "lecture-ox+flip": ("lecture-ox", _flipped),
    "lecture-ox+rbf": ("lecture-ox", _radial_basis),
    "lecture-ox+transposed": ("lecture-ox", _transposed),
    "lecture-ox+stride2": ("lecture-ox", _size_scene("size-stride-2")),
    "lecture-ox+upsample": ("lecture-ox", _size_scene("size-upsample-convolve")),
}


def question_model(question: Question) -> Sequential:
    """The model the question is shown on (a fresh copy every time)."""
    if question.model not in VARIANTS:
        return load_model(question.model)
    base, change = VARIANTS[question.model]
    data = change(copy.deepcopy(model_to_dict(load_model(base))))
    data["name"] = question.model
    return model_from_dict(data, source=question.model)


# -- drawings: strokes in canvas coordinates (x, y), the same on every click -----------------------------
def _line(canvas: int) -> list[np.ndarray]:
    """One "\\" stroke from the top-left to the bottom-right."""
    return [np.array([[0.2, 0.2], [0.8, 0.8]]) * canvas]


def _corner_circle(canvas: int) -> list[np.ndarray]:
    """A small circle entirely inside the top-left quadrant."""
    angles = np.linspace(0.0, 2 * np.pi, 40)
    centre, radius = 0.25 * canvas, 0.15 * canvas
    return [np.stack([centre + radius * np.cos(angles), centre + radius * np.sin(angles)], axis=1)]


def _sketch(label: str):
    def strokes(canvas: int) -> list[np.ndarray]:
        return make_sketch(label, np.random.default_rng(SEED), canvas=canvas, placement="centre",
                           width=16.0 * canvas / CANVAS)[1]
    return strokes


DRAWINGS = {"circle": _sketch("circle"), "cross": _sketch("cross"), "line": _line,
            "corner-circle": _corner_circle}


def question_strokes(question: Question, canvas: int = CANVAS) -> list[np.ndarray]:
    """The drawing for the question, as strokes (arrays (n, 2) of x, y on a ``canvas``-pixel canvas)."""
    return [np.asarray(s, dtype=np.float32) for s in DRAWINGS[question.drawing](canvas)]


# -- the questions --------------------------------------------------------------------------------------
INNER_PRODUCT = template("Why is a convolution an inner product?")
INNER_PRODUCT_SAYS = template("Each cell is the patch under the filter times the filter, summed: "
                              "the pinned cell's arithmetic is in the inspector")
NEGATIVE = template("Why do negative values surround a positive line?")
NEGATIVE_SAYS = template("Beside the line the filter's \u22120.5 weights sit on ink and its 1s on paper, "
                         "so the sum is negative")
CORNER = template("Why does a small \u25cb in one corner fool the hand-made detector?")
CORNER_SAYS = template("Only one quadrant holds ink, so the \u25cb's pattern of diagonals across the four "
                       "quadrants is gone: about 50 % each")
PARAMETERS = template("What are the 38 parameters?")
PARAMETERS_SAYS = template("conv1: 2 filters \u00d7 9 weights + 2 biases = 20; dense: 2 \u00d7 8 weights "
                           "+ 2 biases = 18")
LEARNED = template("Hand-set or learned filters?")
LEARNED_SAYS = template("Above, lecture-ox's two diagonal filters set by hand; below, the eight ox-cnn learned "
                        "from examples: the pipeline shows the learned ones at work")
PADDING = template("What does zero padding do at the borders?")
PADDING_SAYS = template("One ring of zeros around the input: conv1's maps stay 28\u00d728 and the corner "
                        "cell's window reaches into the padding (dashed)")
ODD_KERNEL = template("Why odd kernel sizes, and why does 128 become 126?")
ODD_KERNEL_SAYS = template("A 3\u00d73 filter has a centre cell and fits 128 \u2212 3 + 1 = 126 times "
                           "along each side")
CHANNELS = template("How do colour channels combine?")
CHANNELS_SAYS = template("A filter has one 3\u00d73 slice per colour channel: the three inner products "
                         "are added, one row each in the inspector")
SOFTMAX = template("How does softmax make percentages?")
SOFTMAX_SAYS = template("Softmax raises e to each logit and divides by the sum, so the outputs are "
                        "positive and add up to 100 %")
FLIP = template("Why is it called convolution when it computes cross-correlation?")
FLIP_SAYS = template("A true convolution turns the filter by 180\u00b0 first: the asymmetric corner filter "
                     "changes, the symmetric \u201c/\u201d filter does not")
POOLING = template("What do max, min and average pooling each keep?")
POOLING_SAYS = template("The Compare dock pools the same feature maps three ways and shows what each "
                        "predicts")
DENSE = template("What is the dense layer?")
DENSE_SAYS = template("Each output is an inner product of all {inputs} pooled values with one row of "
                      "weights, plus a bias")
CONV_VS_DENSE = template("Convolution or fully connected: how many parameters?")
CONV_VS_DENSE_SAYS = template("conv1 makes {outputs} outputs with {conv} parameters; a fully connected "
                              "layer making them would need {dense}")
RADIAL = template("What if similarity were a distance instead of an inner product?")
RADIAL_SAYS = template("Radial-basis conv1: each cell is exp(\u2212\u03b3 \u00b7 distance\u00b2) between "
                       "patch and filter, 1 when they match")
STANDARDISE = template("Why standardise the input?")
STANDARDISE_SAYS = template("Each colour channel has its mean subtracted and is divided by its standard "
                            "deviation, so the channels arrive on one scale")
BACKPROP = template("How does backpropagation train random filters?")
BACKPROP_SAYS = template("Random filters, one slow step at a time: each step moves every weight against its "
                         "gradient; the Training dock shows the filters before \u2192 after")
TRANSPOSED = template("What is a transposed convolution?")
TRANSPOSED_SAYS = template("Each input cell paints the filter, scaled by its value, onto a larger output: "
                           "26\u00d726 becomes 28\u00d728")
STRIDE = template("Why does stride 2 halve the size?")
STRIDE_SAYS = template("The filter jumps 2 cells at a time: floor((28 + 2\u00b71 \u2212 3) / 2) + 1 = 14, so "
                       "conv1's maps are 14\u00d714, half of 28\u00d728")
UPSAMPLE = template("How can a network make a map larger without a transposed convolution?")
UPSAMPLE_SAYS = template("Upsample, then convolve: up1 repeats each cell 2\u00d72 (26\u00d726 \u2192 "
                         "52\u00d752) and conv2 smooths the blocks, keeping 52\u00d752")

QUESTIONS: tuple[Question, ...] = (
    Question("inner-product", INNER_PRODUCT, INNER_PRODUCT_SAYS, "lecture-ox", "line",
             pin=("cell", "conv1", (0, 12, 12)), focus="conv1"),
    Question("negative-surround", NEGATIVE, NEGATIVE_SAYS, "lecture-ox", "line",
             pin=("cell", "conv1", (0, 10, 12)), focus="conv1"),
    Question("corner-circle", CORNER, CORNER_SAYS, "lecture-ox", "corner-circle",
             pin=("class", 0), focus="pool1"),
    Question("parameters", PARAMETERS, PARAMETERS_SAYS, "lecture-ox", "circle", pin=("class", 0)),
    Question("learned-filters", LEARNED, LEARNED_SAYS, "ox-cnn", "circle",
             pin=("cell", "conv1", (0, 12, 12)), panel="filters"),
    Question("padding", PADDING, PADDING_SAYS, "lecture-ox+padding", "circle",
             pin=("cell", "conv1", (0, 0, 0)), focus="conv1"),
    Question("odd-kernels", ODD_KERNEL, ODD_KERNEL_SAYS, "lecture-ox@128", "circle",
             pin=("cell", "conv1", (0, 125, 125))),
    Question("colour-channels", CHANNELS, CHANNELS_SAYS, "selfedu-rgb", "circle",
             pin=("cell", "conv1", (0, 10, 10))),
    Question("softmax", SOFTMAX, SOFTMAX_SAYS, "lecture-ox", "circle", pin=("class", 0)),
    Question("convolution-flip", FLIP, FLIP_SAYS, "lecture-ox+flip", "circle",
             pin=("cell", "conv1", (0, 8, 8)), focus="conv1"),
    Question("pooling", POOLING, POOLING_SAYS, "lecture-ox", "circle", dock="compare"),
    Question("dense-layer", DENSE, DENSE_SAYS, "lecture-ox", "circle", pin=("cell", "dense", (0,)),
             panel="dense"),
    Question("conv-vs-dense", CONV_VS_DENSE, CONV_VS_DENSE_SAYS, "ox-cnn", "circle",
             pin=("cell", "conv1", (0, 12, 12))),
    Question("radial-basis", RADIAL, RADIAL_SAYS, "lecture-ox+rbf", "line",
             pin=("cell", "conv1", (0, 12, 12)), focus="conv1"),
    Question("backpropagation", BACKPROP, BACKPROP_SAYS, "lecture-ox", "circle", dock="training",
             training=True),
    Question("standardisation", STANDARDISE, STANDARDISE_SAYS, "selfedu-rgb", "circle",
             pin=("cell", "conv1", (0, 16, 16)), focus="standardize"),
    Question("transposed-convolution", TRANSPOSED, TRANSPOSED_SAYS, "lecture-ox+transposed", "circle",
             focus="deconv1"),       # the inspector cannot yet explain a transposed convolution's cell
    Question("stride-halves", STRIDE, STRIDE_SAYS, "lecture-ox+stride2", "circle",
             pin=("cell", "conv1", (0, 7, 7)), focus="conv1"),
    Question("upsample-convolve", UPSAMPLE, UPSAMPLE_SAYS, "lecture-ox+upsample", "cross",
             pin=("cell", "conv2", (0, 26, 26)), focus="conv2"),
)


def question(key: str) -> Question:
    """The question with this key (KeyError naming the keys if there is none)."""
    for q in QUESTIONS:
        if q.key == key:
            return q
    raise KeyError(f"no question '{key}'; the questions are {', '.join(q.key for q in QUESTIONS)}")


def caption(question: Question, model: Sequential) -> Message:
    """The question's one-line caption, with the numbers it quotes read from ``model``."""
    if question.caption == DENSE_SAYS:
        dense = next(layer for layer in model.layers if type(layer).__name__ == "Dense")
        return message(DENSE_SAYS, inputs=dense.params["weight"].shape[1])
    if question.caption == CONV_VS_DENSE_SAYS:
        conv = next(layer for layer in model.layers if type(layer).__name__ == "Conv2D")
        shapes = model.shapes()
        inputs = int(np.prod(model.input_shape))
        outputs = int(np.prod(shapes[model.layers.index(conv)]))
        conv_count = sum(int(p.size) for p in conv.params.values())
        return message(CONV_VS_DENSE_SAYS, outputs=f"{outputs:,}", conv=f"{conv_count:,}",
                       dense=f"{outputs * (inputs + 1):,}")
    return message(question.caption)
