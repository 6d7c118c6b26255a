"""A sequential model over the layers, and the trace a forward pass hands to the panels."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from . import ops
from .layers import Conv2D, Dense, Layer, ShapeError, Softmax


class ModelError(ValueError):
    """A model is inconsistent, or is asked to process something it cannot."""


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
        self.class_names = tuple(self.class_names)
        self.input_shape = tuple(int(v) for v in self.input_shape)
        seen: set[str] = set()          # one pass: a model of many layers is checked in linear time
        duplicate = next((layer.name for layer in self.layers if layer.name in seen or seen.add(layer.name)), None)
        if duplicate is not None:
            raise ModelError(f"two layers are named '{duplicate}'; layer names must be unique")
        self.validate()

    # -- structure -------------------------------------------------------------------------
    def validate(self) -> list[tuple[int, ...]]:
        """Check that every layer can process what the one before produces; returns the shapes."""
        if len(self.input_shape) != 3 or min(self.input_shape) < 1:
            raise ModelError(f"input shape must be (channels, height, width) >= 1, got {self.input_shape}")
        if len(self.class_names) < 2:
            raise ModelError("a classifier needs at least two class names")
        if not self.layers:
            raise ModelError("the model has no layers")
        shapes = self.shapes()
        if len(shapes[-1]) != 1 or shapes[-1][0] != len(self.class_names):
            raise ModelError(f"the last layer gives shape {shapes[-1]}, but there are "
                             f"{len(self.class_names)} classes ({', '.join(self.class_names)})")
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
                    raise ModelError(f"layer '{layer.name}': {key} has shape {value.shape}, "
                                     f"expected {layer.params[key].shape}")
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
            raise ModelError(f"model '{self.name}' expects input of shape {expected} "
                             f"(channels x height x width), got {' x '.join(map(str, x.shape))}")
        if x.dtype.kind != "f":
            x = x.astype(np.float32)
        return x

    def forward(self, x) -> Trace:
        """Run every layer and return the trace of every intermediate array."""
        batch = self.as_batch(x)
        steps, out = [], batch
        for layer in self.layers:
            y = layer.forward(out)
            steps.append(Step(layer.name, layer, out, y))
            out = y
        logits = steps[self.logits_index].output
        probabilities = out if isinstance(self.layers[-1], Softmax) else ops.softmax(logits, axis=1)
        return Trace(batch, tuple(steps), logits, probabilities, self.class_names)

    def predict(self, x) -> np.ndarray:
        """Class probabilities (N, K) without keeping a trace."""
        return self.forward(x).probabilities

    def backward(self, dlogits: np.ndarray, *, input_gradient: bool = True) -> np.ndarray | None:
        """Back-propagate a gradient on the logits through the last forward pass.

        Fills every layer's ``grads`` and returns the gradient with respect to the input (N, C, H, W).
        Training passes ``input_gradient=False``: below the first layer with parameters nothing is needed.
        """
        layers = self.layers[:self.logits_index + 1]
        first = next((i for i, layer in enumerate(layers) if layer.params), 0)
        dy = dlogits
        for i in range(len(layers) - 1, -1, -1):
            if i < first and not input_gradient:
                return None
            dy = layers[i].backward(dy, input_gradient=input_gradient or i > first)
        return dy

    def input_gradient(self, x, class_index: int) -> tuple[Trace, np.ndarray]:
        """d logit[class_index] / d input for each sample: the saliency of that class."""
        trace = self.forward(x)
        dlogits = np.zeros_like(trace.logits)
        dlogits[:, class_index] = 1
        return trace, self.backward(dlogits)


def he_init(model: Sequential, rng: np.random.Generator) -> None:
    """He (Kaiming) normal initialisation: weights ~ N(0, 2 / fan_in), biases 0."""
    for layer in model.layers:
        if isinstance(layer, (Conv2D, Dense)):
            w = layer.params["weight"]
            fan_in = int(np.prod(w.shape[1:]))
            w[...] = rng.normal(0.0, np.sqrt(2.0 / fan_in), size=w.shape)
            layer.params["bias"][...] = 0
