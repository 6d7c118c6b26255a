"""Named network shapes that ``cnnviz train --arch`` builds from scratch (He-initialised, seeded)."""
from __future__ import annotations

import numpy as np

from .layers import Activation, Conv2D, Dense, Flatten, Pool2D, Softmax
from .model import Sequential, he_init

CLASS_NAMES = ("circle", "cross")


def ox_cnn(input_size=28, classes=CLASS_NAMES) -> Sequential:
    """conv 8 (3x3) -> ReLU -> max pool 2 -> conv 16 (3x3) -> ReLU -> max pool 2 -> dense -> softmax."""
    side = ((input_size - 2) // 2 - 2) // 2
    layers = [Conv2D(1, 8, 3, name="conv1"), Activation("relu", name="relu1"), Pool2D(2, mode="max", name="pool1"),
              Conv2D(8, 16, 3, name="conv2"), Activation("relu", name="relu2"), Pool2D(2, mode="max", name="pool2"),
              Flatten(name="flatten"), Dense(16 * side * side, len(classes), name="dense"), Softmax(name="softmax")]
    return Sequential(layers, class_names=classes, input_shape=(1, input_size, input_size), name="ox-cnn",
                      preprocess={"crop": False})


def quadrants(input_size=28, classes=CLASS_NAMES) -> Sequential:
    """The lecture's shape with learnable filters: conv 2 (3x3) -> ReLU -> max pool to 2x2 quadrants -> dense."""
    layers = [Conv2D(1, 2, 3, name="conv1"), Activation("relu", name="relu1"),
              Pool2D(mode="max", output_size=(2, 2), name="pool1"), Flatten(name="flatten"),
              Dense(8, len(classes), name="dense"), Softmax(name="softmax")]
    return Sequential(layers, class_names=classes, input_shape=(1, input_size, input_size), name="quadrants",
                      preprocess={"crop": False})


ARCHITECTURES = {"ox-cnn": ox_cnn, "quadrants": quadrants}


def build(arch: str, rng: np.random.Generator, **kwargs) -> Sequential:
    if arch not in ARCHITECTURES:
        raise ValueError(f"unknown architecture {arch!r}; choose one of {', '.join(ARCHITECTURES)}")
    model = ARCHITECTURES[arch](**kwargs)
    he_init(model, rng)
    return model
