"""Models for checking a whole backward pass: one per layer setting the engine supports, the shipped
models in float64, and inputs without ties or kinks (so finite differences are exact to ~1e-9)."""
from __future__ import annotations

import numpy as np

from cnnviz.data import make_sketch, to_network_input
from cnnviz.engine import Activation, Conv2D, Dense, Flatten, Pool2D, Sequential, Softmax, load_model


def in_float64(model: Sequential) -> Sequential:
    """A copy of the model computing in float64 (the same weights)."""
    clone = model.copy()
    for layer in clone.layers:
        for key, value in layer.params.items():
            layer.params[key] = value.astype(np.float64)
    return clone


def conv(cin, cout, k=3, **kw):
    return Conv2D(cin, cout, k, dtype=np.float64, **kw)


def _model(layers, input_shape, classes=("circle", "cross", "other"), seed=0) -> Sequential:
    """Wire flatten -> dense -> softmax on top of ``layers`` and give every parameter random values."""
    shape = input_shape
    for layer in layers:
        shape = layer.output_shape(shape)
    features = int(np.prod(shape))
    model = Sequential(layers + [Flatten(name="flatten"), Dense(features, len(classes), dtype=np.float64,
                                                                  name="dense"), Softmax(name="softmax")],
                       class_names=classes, input_shape=input_shape)
    rng = np.random.default_rng(seed)
    for layer in model.layers:
        for value in layer.params.values():
            value[...] = rng.normal(scale=0.6, size=value.shape)
    return model


# name -> builder: every layer type, stride, padding, flip, pooling mode (fixed and adaptive),
# activation and similarity the engine supports.
VARIANTS = {
    **{f"activation-{f}": (lambda f=f: _model([conv(1, 2, name="conv1"), Activation(f, name="act1"),
                                               Pool2D(2, mode="max", name="pool1")], (1, 8, 8)))
       for f in ("relu", "identity", "sigmoid", "tanh", "leaky_relu")},
    **{f"pool-{mode}": (lambda mode=mode: _model([conv(1, 2, name="conv1"), Activation("tanh", name="act1"),
                                                  Pool2D(2, mode=mode, name="pool1")], (1, 9, 9)))
       for mode in ("max", "min", "avg")},
    **{f"pool-{mode}-overlapping": (lambda mode=mode: _model(
        [conv(1, 2, name="conv1"), Activation("relu", name="act1"), Pool2D(3, 2, mode=mode, name="pool1")],
        (1, 10, 9))) for mode in ("max", "min", "avg")},
    **{f"adaptive-{mode}": (lambda mode=mode: _model(
        [conv(1, 2, name="conv1"), Activation("relu", name="act1"),
         Pool2D(mode=mode, output_size=(2, 3), name="pool1")], (1, 9, 10))) for mode in ("max", "min", "avg")},
    **{f"similarity-{s}": (lambda s=s: _model([conv(2, 3, similarity=s, padding=1, name="conv1"),
                                               Activation("relu", name="act1"), Pool2D(2, name="pool1")],
                                              (2, 6, 7))) for s in ("dot", "cosine", "rbf")},
    "stride-2-padding-1": lambda: _model([conv(1, 2, stride=2, padding=1, name="conv1"),
                                          Activation("relu", name="act1")], (1, 9, 8)),
    "stride-1x2-padding-2x0-flip": lambda: _model([conv(2, 2, (3, 2), stride=(1, 2), padding=(2, 0), flip=True,
                                                        name="conv1"), Activation("leaky_relu", name="act1")],
                                                  (2, 6, 9)),
    "two-convs-two-denses": lambda: _model([conv(1, 3, name="conv1"), Activation("relu", name="relu1"),
                                            Pool2D(2, name="pool1"), conv(3, 2, 2, name="conv2"),
                                            Activation("sigmoid", name="act2")], (1, 10, 10)),
}


def no_softmax_model() -> Sequential:
    """Ends at a dense layer (the logits), no softmax step."""
    model = Sequential([conv(1, 2, name="conv1"), Activation("relu", name="relu1"), Pool2D(2, name="pool1"),
                        Flatten(name="flatten"), Dense(18, 4, dtype=np.float64, name="hidden"),
                        Activation("tanh", name="act"), Dense(4, 2, dtype=np.float64, name="logits")],
                       class_names=("a", "b"), input_shape=(1, 8, 8))
    rng = np.random.default_rng(3)
    for layer in model.layers:
        for value in layer.params.values():
            value[...] = rng.normal(scale=0.7, size=value.shape)
    return model


def three_channel_model() -> Sequential:
    """3-channel input, padding, stride 2 and average pooling (the issue's third model)."""
    return _model([conv(3, 4, stride=2, padding=1, name="conv1"), Activation("relu", name="relu1"),
                   Pool2D(2, mode="avg", name="pool1"), conv(4, 4, padding=1, name="conv2"),
                   Activation("relu", name="relu2"), Pool2D(mode="avg", output_size=(2, 2), name="pool2")],
                  (3, 16, 16), classes=("red", "green", "blue"), seed=4)


def shipped(name: str) -> Sequential:
    return in_float64(load_model(name))


def sketch_input(model: Sequential, seed: int, *, noise: float = 0.05, label: int | None = None) -> np.ndarray:
    """A synthetic ○ or × as the model's input, float64, plus a little noise so that no ReLU input
    sits exactly on 0 and no pooling window has a tie (finite differences need smooth points)."""
    rng = np.random.default_rng(seed)
    channels, height, width = model.input_shape
    image, _ = make_sketch(seed % 2 if label is None else label, rng)
    x = to_network_input(image, (height, width), channels=channels).astype(np.float64)
    return x + noise * rng.normal(size=x.shape)


def random_input(model: Sequential, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).normal(size=model.input_shape)
