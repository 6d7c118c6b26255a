"""A sequential model over the layers, and the trace a forward pass hands to the panels."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from . import ops
from ..messages import MessageError, message, template
from .layers import Conv2D, ConvTranspose2D, Dense, Layer, ShapeError, Softmax, Standardize, in_layer


RGB = ("R", "G", "B")       # the input planes of a 3-channel model, in this order (cnnviz.data.to_network_input)


class ModelError(MessageError):
    """A model is inconsistent, or is asked to process something it cannot."""


# What a model says when it is inconsistent (the ids of its messages; cnnviz.messages)
DUPLICATE_NAMES = template("two layers are named '{layer}'; layer names must be unique")
INPUT_SHAPE = template("input shape must be (channels, height, width) >= 1, got {shape}")
TWO_CLASSES = template("a classifier needs at least two class names")
NO_LAYERS = template("the model has no layers")
CLASSES_MISMATCH = template("the last layer gives shape {shape}, but there are {count} classes ({classes})")
PARAMETER_SHAPE = template("{key} has shape {shape}, expected {expected}")
INPUT_MISMATCH = template("model '{model}' expects input of shape {expected} (channels x height x width), got "
                          "{shape}")


class Step(NamedTuple):
    """One layer's part of a forward pass: its input and its output, batched (N, ...)."""
    name: str
    layer: Layer
    input: np.ndarray
    output: np.ndarray


@dataclass(frozen=True)
class Trace:
    """Everything a forward pass computed, in order: plain arrays, no callbacks."""
    input: np.ndarray                  # (N, C, H, W) as the network saw it
    steps: tuple[Step, ...]
    logits: np.ndarray                 # (N, K), the scores before softmax
    probabilities: np.ndarray          # (N, K)
    class_names: tuple[str, ...]

    @property
    def predicted(self) -> np.ndarray:
        """Index of the most probable class, (N,)."""
        return self.probabilities.argmax(axis=1)

    @property
    def labels(self) -> list[str]:
        return [self.class_names[i] for i in self.predicted]

    @property
    def label(self) -> str:
        """The predicted class name of the first (usually only) sample."""
        return self.labels[0]

    def step(self, name: str) -> Step:
        for s in self.steps:
            if s.name == name:
                return s
        raise KeyError(f"no layer named {name!r} in this trace")

    def __getitem__(self, name: str) -> np.ndarray:
        return self.step(name).output


@dataclass
class Sequential:
    """Layers applied in order to a (C, H, W) input, ending in one score per class.

    If the last layer is a Softmax, the logits are its input; otherwise the last output is
    taken as the logits and the probabilities are its softmax.
    """
    layers: list[Layer]
    class_names: tuple[str, ...]
    input_shape: tuple[int, int, int]
    name: str = ""
    description: str = ""
    preprocess: dict = field(default_factory=dict)

    def __post_init__(self):
        self._standardized = True                 # whether the last forward ran the Standardize stages
        self.class_names = tuple(self.class_names)
        self.input_shape = tuple(int(v) for v in self.input_shape)
        seen: set[str] = set()          # one pass: a model of many layers is checked in linear time
        duplicate = next((layer.name for layer in self.layers if layer.name in seen or seen.add(layer.name)), None)
        if duplicate is not None:
            raise ModelError(message(DUPLICATE_NAMES, layer=duplicate))
        self.validate()

    # -- structure -------------------------------------------------------------------------
    def validate(self) -> list[tuple[int, ...]]:
        """Check that every layer can process what the one before produces; returns the shapes."""
        if len(self.input_shape) != 3 or min(self.input_shape) < 1:
            raise ModelError(message(INPUT_SHAPE, shape=self.input_shape))
        if len(self.class_names) < 2:
            raise ModelError(message(TWO_CLASSES))
        if not self.layers:
            raise ModelError(message(NO_LAYERS))
        shapes = self.shapes()
        if len(shapes[-1]) != 1 or shapes[-1][0] != len(self.class_names):
            raise ModelError(message(CLASSES_MISMATCH, shape=shapes[-1], count=len(self.class_names),
                                     classes=", ".join(self.class_names)))
        return shapes

    def shapes(self) -> list[tuple[int, ...]]:
        """Output shape of each layer for one sample; raises ModelError naming the layer that fails."""
        shape, out = self.input_shape, []
        for layer in self.layers:
            try:
                shape = layer.output_shape(shape)
            except ShapeError as exc:
                raise ModelError(str(exc)) from None
            out.append(tuple(shape))
        return out

    @property
    def parameter_count(self) -> int:
        return sum(layer.parameter_count for layer in self.layers)

    def parameters(self):
        """(layer, key, array) for every trainable array, in a fixed order."""
        for layer in self.layers:
            for key, value in layer.params.items():
                yield layer, key, value

    def layer(self, name: str) -> Layer:
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise KeyError(f"no layer named {name!r}")

    @property
    def logits_index(self) -> int:
        """Index of the layer whose output is the logits."""
        last = len(self.layers) - 1
        return last - 1 if isinstance(self.layers[last], Softmax) else last

    def summary(self, escape=str) -> str:
        """One line per layer; ``escape`` is applied to every name (the CLI escapes control characters)."""
        lines = [f"{escape(self.name or 'model')}: input {' x '.join(map(str, self.input_shape))}, "
                 f"classes {', '.join(map(escape, self.class_names))}"]
        for layer, shape in zip(self.layers, self.shapes()):
            lines.append(f"  {escape(layer.name):<10} {layer.kind:<10} -> {' x '.join(map(str, shape)):<14} "
                         f"{layer.parameter_count:>7,} parameters")
        lines.append(f"  total {self.parameter_count:,} parameters")
        return "\n".join(lines)

    def copy(self) -> "Sequential":
        clone = copy.deepcopy(self)
        for layer in clone.layers:
            layer.forget()
        return clone

    def snapshot(self) -> dict[str, dict[str, np.ndarray]]:
        """A copy of every parameter, safe to hand to another thread."""
        return {layer.name: {k: v.copy() for k, v in layer.params.items()} for layer in self.layers if layer.params}

    def load_snapshot(self, weights: dict[str, dict[str, np.ndarray]]) -> None:
        for layer in self.layers:
            for key in layer.params:
                value = np.asarray(weights[layer.name][key], dtype=layer.params[key].dtype)
                if value.shape != layer.params[key].shape:
                    raise ModelError(in_layer(layer.name, PARAMETER_SHAPE, key=key, shape=value.shape,
                                              expected=layer.params[key].shape))
                layer.params[key][...] = value

    # -- computation -----------------------------------------------------------------------
    def as_batch(self, x) -> np.ndarray:
        """Accept (H, W), (C, H, W) or (N, C, H, W); return a float (N, C, H, W) batch."""
        x = np.asarray(x)
        if x.ndim == 2:
            x = x[None, None]
        elif x.ndim == 3:
            x = x[None]
        if x.ndim != 4 or tuple(x.shape[1:]) != self.input_shape:
            expected = " x ".join(map(str, self.input_shape))
            raise ModelError(message(INPUT_MISMATCH, model=self.name, expected=expected,
                                     shape=" x ".join(map(str, x.shape))))
        if x.dtype.kind != "f":
            x = x.astype(np.float32)
        return x

    def forward(self, x, *, standardize: bool = True) -> Trace:
        """Run every layer and return the trace of every intermediate array.

        standardize=False passes the input of every Standardize layer through unchanged (its step is still
        in the trace, output = input): what the network sees when a picture is not standardised the way
        its training data was.
        """
        batch = self.as_batch(x)
        steps, out = [], batch
        self._standardized = standardize          # what backward must undo
        for layer in self.layers:
            y = out if not standardize and isinstance(layer, Standardize) else layer.forward(out)
            steps.append(Step(layer.name, layer, out, y))
            out = y
        logits = steps[self.logits_index].output
        probabilities = out if isinstance(self.layers[-1], Softmax) else ops.softmax(logits, axis=1)
        return Trace(batch, tuple(steps), logits, probabilities, self.class_names)

    def predict(self, x, *, standardize: bool = True) -> np.ndarray:
        """Class probabilities (N, K) without keeping a trace."""
        return self.forward(x, standardize=standardize).probabilities

    @property
    def input_channel_names(self) -> tuple[str, ...]:
        """What each input channel is: ("R", "G", "B") for a colour model (planes in that order), else
        ("input",) for one channel or "channel k"."""
        channels = self.input_shape[0]
        if channels == 3:
            return RGB
        return ("input",) if channels == 1 else tuple(f"channel {k}" for k in range(channels))

    @property
    def standardize_layer(self) -> Standardize | None:
        """The model's (first) standardisation stage, or None."""
        return next((layer for layer in self.layers if isinstance(layer, Standardize)), None)

    def backward(self, dlogits: np.ndarray, *, input_gradient: bool = True) -> np.ndarray | None:
        """Back-propagate a gradient on the logits through the last forward pass.

        Fills every layer's ``grads`` and returns the gradient with respect to the input (N, C, H, W).
        Training passes ``input_gradient=False``: below the first layer with parameters nothing is needed.
        """
        layers = self.layers[:self.logits_index + 1]
        first = next((i for i, layer in enumerate(layers) if layer.params), 0)
        dy = dlogits
        passed_through = not self._standardized
        for i in range(len(layers) - 1, -1, -1):
            if i < first and not input_gradient:
                return None
            if passed_through and isinstance(layers[i], Standardize):
                continue                          # forward(standardize=False) passed the input through
            dy = layers[i].backward(dy, input_gradient=input_gradient or i > first)
        return dy

    def input_gradient(self, x, class_index: int) -> tuple[Trace, np.ndarray]:
        """d logit[class_index] / d input for each sample: the saliency of that class."""
        trace = self.forward(x)
        dlogits = np.zeros_like(trace.logits)
        dlogits[:, class_index] = 1
        return trace, self.backward(dlogits)


def fan_in(layer: Layer) -> int:
    """How many weighted inputs reach one output cell: C*KH*KW for a convolution, `in` for a dense layer;
    for a transposed convolution C_in*KH*KW / (stride cells), since each output cell gets stamps from about
    KH/sh x KW/sw input cells."""
    w = layer.params["weight"]
    if isinstance(layer, ConvTranspose2D):
        return max(1, int(w.shape[0] * w.shape[2] * w.shape[3]) // (layer.stride[0] * layer.stride[1]))
    return int(np.prod(w.shape[1:]))


def he_init_layer(layer: Layer, rng: np.random.Generator) -> None:
    """He (Kaiming) normal initialisation of one layer with weights: weights ~ N(0, 2 / fan_in), biases 0."""
    w = layer.params["weight"]
    w[...] = rng.normal(0.0, np.sqrt(2.0 / fan_in(layer)), size=w.shape)
    layer.params["bias"][...] = 0


def he_init(model: Sequential, rng: np.random.Generator) -> None:
    """He (Kaiming) normal initialisation: weights ~ N(0, 2 / fan_in), biases 0."""
    for layer in model.layers:
        if isinstance(layer, (Conv2D, ConvTranspose2D, Dense)):
            he_init_layer(layer, rng)
