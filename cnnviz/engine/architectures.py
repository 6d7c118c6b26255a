"""Named network shapes that ``cnnviz train --arch`` builds from scratch (He-initialised, seeded), for any
class list (2 to 10 names) and input; ``choose_architecture`` picks one for a data set."""
from __future__ import annotations

import numpy as np

from ..messages import MessageError, message, template
from .layers import Activation, Conv2D, Dense, Flatten, Pool2D, Softmax, Standardize
from .model import Sequential, he_init

CLASS_NAMES = ("circle", "cross")
MIN_CLASSES, MAX_CLASSES = 2, 10

UNKNOWN_ARCHITECTURE = template("unknown architecture '{arch}'; choose one of {choices}")
CLASS_COUNT = template("a model needs {low} to {high} different classes, got {count} ({names})")
INPUT_TOO_SMALL = template("{arch} needs an input of at least {minimum} x {minimum} pixels, got {height} x {width}")


def _side(input_size) -> tuple[int, int]:
    return (input_size, input_size) if isinstance(input_size, (int, np.integer)) else tuple(input_size)


def _check(arch: str, classes, height: int, width: int, minimum: int) -> tuple[str, ...]:
    classes = tuple(classes)
    if not MIN_CLASSES <= len(set(classes)) == len(classes) <= MAX_CLASSES:
        raise MessageError(message(CLASS_COUNT, low=MIN_CLASSES, high=MAX_CLASSES, count=len(classes),
                                   names=", ".join(classes)))
    if min(height, width) < minimum:
        raise MessageError(message(INPUT_TOO_SMALL, arch=arch, minimum=minimum, height=height, width=width))
    return classes


def ox_cnn(input_size=28, classes=CLASS_NAMES, channels=1, filters=(8, 16), crop=False) -> Sequential:
    """conv 8 (3x3) -> ReLU -> max pool 2 -> conv 16 (3x3) -> ReLU -> max pool 2 -> dense -> softmax.
    crop: the model's input is the drawing cut to its bounding box and centred (see to_network_input)."""
    height, width = _side(input_size)
    classes = _check("ox-cnn", classes, height, width, 10)
    first, second = filters
    out_h, out_w = ((height - 2) // 2 - 2) // 2, ((width - 2) // 2 - 2) // 2
    layers = [Conv2D(channels, first, 3, name="conv1"), Activation("relu", name="relu1"),
              Pool2D(2, mode="max", name="pool1"),
              Conv2D(first, second, 3, name="conv2"), Activation("relu", name="relu2"),
              Pool2D(2, mode="max", name="pool2"),
              Flatten(name="flatten"), Dense(second * out_h * out_w, len(classes), name="dense"),
              Softmax(name="softmax")]
    return Sequential(layers, class_names=classes, input_shape=(channels, height, width), name="ox-cnn",
                      preprocess={"crop": bool(crop)})


def quadrants(input_size=28, classes=CLASS_NAMES, channels=1) -> Sequential:
    """The lecture's shape with learnable filters: conv 2 (3x3) -> ReLU -> max pool to 2x2 quadrants -> dense."""
    height, width = _side(input_size)
    classes = _check("quadrants", classes, height, width, 4)
    layers = [Conv2D(channels, 2, 3, name="conv1"), Activation("relu", name="relu1"),
              Pool2D(mode="max", output_size=(2, 2), name="pool1"), Flatten(name="flatten"),
              Dense(8, len(classes), name="dense"), Softmax(name="softmax")]
    return Sequential(layers, class_names=classes, input_shape=(channels, height, width), name="quadrants",
                      preprocess={"crop": False})


def selfedu_rgb(input_size=32, classes=CLASS_NAMES, channels=3) -> Sequential:
    """The colour lecture's network: standardise each channel -> conv 10 (3x3, padding 1) -> ReLU -> max pool 2
    -> conv 30 (3x3, padding 1) -> ReLU -> max pool 2 -> dense -> softmax. A first-layer filter has one 3x3
    kernel per colour channel (R, G, B); their three inner products and the bias are summed.

    The standardisation starts as mean 0, std 1; training from data sets it (``fit_standardization``).
    """
    height, width = _side(input_size)
    classes = _check("selfedu-rgb", classes, height, width, 4)
    out_h, out_w = height // 2 // 2, width // 2 // 2
    layers = [Standardize(np.zeros(channels), np.ones(channels), name="standardize"),
              Conv2D(channels, 10, 3, padding=1, name="conv1"), Activation("relu", name="relu1"),
              Pool2D(2, mode="max", name="pool1"),
              Conv2D(10, 30, 3, padding=1, name="conv2"), Activation("relu", name="relu2"),
              Pool2D(2, mode="max", name="pool2"),
              Flatten(name="flatten"), Dense(30 * out_h * out_w, len(classes), name="dense"),
              Softmax(name="softmax")]
    return Sequential(layers, class_names=classes, input_shape=(channels, height, width), name="selfedu-rgb",
                      preprocess={"crop": False})


ARCHITECTURES = {"ox-cnn": ox_cnn, "quadrants": quadrants, "selfedu-rgb": selfedu_rgb}
# What each architecture takes when nothing else is said: (channels, side).
DEFAULT_INPUT = {"ox-cnn": (1, 28), "quadrants": (1, 28), "selfedu-rgb": (3, 32)}


def build(arch: str, rng: np.random.Generator, **kwargs) -> Sequential:
    """A fresh, He-initialised network. kwargs: input_size, classes, channels (each architecture's defaults)."""
    if arch not in ARCHITECTURES:
        raise MessageError(message(UNKNOWN_ARCHITECTURE, arch=arch, choices=", ".join(ARCHITECTURES)))
    model = ARCHITECTURES[arch](**kwargs)
    he_init(model, rng)
    return model


def choose_architecture(*, colour: bool, classes: int, image_side: int) -> tuple[str, dict]:
    """(architecture, build kwargs) for a data set: colour pictures get ``selfedu-rgb`` (3 x 32 x 32, with its
    standardisation, the picture as it is); grey ones ``ox-cnn`` (1 x 28 x 28, ink-based, each drawing cut to
    its bounding box so that its size and place do not matter), twice as many filters for more than four
    classes; images smaller than the usual input are taken at their own size (at least 16 pixels)."""
    arch = "selfedu-rgb" if colour else "ox-cnn"
    channels, side = DEFAULT_INPUT[arch]
    kwargs = {"channels": channels, "input_size": int(max(16, min(side, image_side)))}
    if not colour:
        kwargs["crop"] = True
        if classes > 4:
            kwargs["filters"] = (16, 32)
    return arch, kwargs
