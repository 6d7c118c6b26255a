"""Minibatch training as a plain generator: no Qt, no threads, stoppable between any two steps.

    for progress in train(model, x, y, config=TrainConfig(epochs=3), validation=(xv, yv)):
        print(progress.epoch, progress.loss)

A caller stops training by no longer asking for the next step (``break`` or ``generator.close()``);
the GUI runs the same generator in a worker thread.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

import numpy as np

from . import ops
from .model import Sequential


class SGD:
    """Stochastic gradient descent with momentum: v = momentum * v - lr * g; p += v."""

    def __init__(self, model: Sequential, *, learning_rate=0.01, momentum=0.9, weight_decay=0.0):
        self.model, self.learning_rate, self.momentum, self.weight_decay = model, learning_rate, momentum, weight_decay
        self.velocity = [np.zeros_like(p) for _, _, p in model.parameters()]

    def step(self) -> None:
        for (layer, key, p), v in zip(self.model.parameters(), self.velocity):
            g = layer.grads[key] + self.weight_decay * p
            v *= self.momentum
            v -= self.learning_rate * g
            p += v


class Adam:
    """Adam (Kingma & Ba): per-parameter steps scaled by running averages of the gradient and its square."""

    def __init__(self, model: Sequential, *, learning_rate=0.001, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0):
        self.model, self.learning_rate, self.betas, self.eps = model, learning_rate, betas, eps
        self.weight_decay = weight_decay
        self.m = [np.zeros_like(p) for _, _, p in model.parameters()]
        self.v = [np.zeros_like(p) for _, _, p in model.parameters()]
        self.t = 0

    def step(self) -> None:
        self.t += 1
        b1, b2 = self.betas
        correction = np.sqrt(1 - b2 ** self.t) / (1 - b1 ** self.t)
        for (layer, key, p), m, v in zip(self.model.parameters(), self.m, self.v):
            g = layer.grads[key] + self.weight_decay * p
            m *= b1
            m += (1 - b1) * g
            v *= b2
            v += (1 - b2) * g * g
            p -= (self.learning_rate * correction) * m / (np.sqrt(v) + self.eps)


OPTIMIZERS = {"sgd": SGD, "adam": Adam}


@dataclass(frozen=True)
class TrainConfig:
    epochs: int = 5
    batch_size: int = 64
    optimizer: str = "adam"
    learning_rate: float = 0.003
    momentum: float = 0.9
    weight_decay: float = 0.0
    seed: int = 0


@dataclass(frozen=True)
class Progress:
    """What one training step reports. ``epoch`` and ``step`` count from 1.

    ``val_loss``/``val_accuracy`` are set on the last step of each epoch when a validation set is given;
    ``weights`` holds a copy of the parameters when they were asked for.
    """
    epoch: int
    step: int
    steps_per_epoch: int
    loss: float
    accuracy: float
    end_of_epoch: bool = False
    train_loss: float | None = None       # mean over the epoch, at its end
    train_accuracy: float | None = None
    val_loss: float | None = None
    val_accuracy: float | None = None
    weights: dict | None = field(default=None, repr=False)

    @property
    def fraction(self) -> float:
        return self.step / self.steps_per_epoch


def make_optimizer(model: Sequential, config: TrainConfig):
    if config.optimizer not in OPTIMIZERS:
        raise ValueError(f"unknown optimizer {config.optimizer!r}; choose one of {', '.join(OPTIMIZERS)}")
    kwargs = {"learning_rate": config.learning_rate, "weight_decay": config.weight_decay}
    if config.optimizer == "sgd":
        kwargs["momentum"] = config.momentum
    return OPTIMIZERS[config.optimizer](model, **kwargs)


def fit_standardization(model: Sequential, x: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """Set the model's Standardize stage to the per-channel mean and std of the training inputs x (N, C, H, W),
    so that they reach the first convolution with mean 0 and std 1. Returns (mean, std), or None when the
    model has no such stage."""
    stage = model.standardize_layer
    if stage is None:
        return None
    mean, std = ops.channel_statistics(model.as_batch(x))
    stage.set_statistics(mean, std)
    return stage.mean.copy(), stage.std.copy()


def holdout(y: np.ndarray, fraction: float, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """(training indices, validation indices): `fraction` of every class held back (at least one sample of each
    class that has five or more), so that validation sees every class in its share."""
    y = np.asarray(y)
    train_index, validation_index = [], []
    for label in np.unique(y):
        members = rng.permutation(np.flatnonzero(y == label))
        held = int(round(len(members) * fraction))
        if len(members) >= 5:
            held = max(1, held)
        validation_index.append(members[:held])
        train_index.append(members[held:])
    return np.sort(np.concatenate(train_index)), np.sort(np.concatenate(validation_index))


def train_step(model: Sequential, optimizer, x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """One forward, backward and update on a batch; returns (loss, accuracy) before the update."""
    trace = model.forward(x)
    loss = ops.cross_entropy(trace.logits, y)
    accuracy = float((trace.predicted == y).mean())
    model.backward(ops.cross_entropy_backward(trace.logits, y), input_gradient=False)
    optimizer.step()
    return loss, accuracy


def evaluate(model: Sequential, x: np.ndarray, y: np.ndarray, *, batch_size: int = 512) -> tuple[float, float]:
    """(mean cross-entropy, accuracy) over a data set, in batches."""
    total_loss, correct = 0.0, 0
    for start in range(0, len(x), batch_size):
        logits = model.forward(x[start:start + batch_size]).logits
        labels = y[start:start + batch_size]
        total_loss += ops.cross_entropy(logits, labels) * len(labels)
        correct += int((logits.argmax(axis=1) == labels).sum())
    return total_loss / max(len(x), 1), correct / max(len(x), 1)


def train(model: Sequential, x: np.ndarray, y: np.ndarray, *, config: TrainConfig = TrainConfig(),
          validation: tuple[np.ndarray, np.ndarray] | None = None, weights_every: int = 0,
          augment=None) -> Iterator[Progress]:
    """Train ``model`` in place on x (N, C, H, W) float32 and integer labels y (N,), yielding after every step.

    ``weights_every=k`` attaches a copy of the weights to every k-th step and to each epoch's end.
    ``augment(batch, rng) -> batch`` may transform each batch (for example shift and scale).
    """
    x, y = np.asarray(x), np.asarray(y)
    if len(x) == 0 or len(x) != len(y):
        raise ValueError(f"training needs as many labels as samples and at least one sample (got {len(x)} and {len(y)})")
    if config.epochs < 1 or config.batch_size < 1:
        raise ValueError("epochs and batch size must be at least 1")
    bad = set(np.unique(y).tolist()) - set(range(len(model.class_names)))
    if bad:
        raise ValueError(f"labels {sorted(bad)} are not class indices of {model.class_names}")
    x = model.as_batch(x)
    rng = np.random.default_rng(config.seed)
    optimizer = make_optimizer(model, config)
    steps = -(-len(x) // config.batch_size)
    try:
        for epoch in range(1, config.epochs + 1):
            order = rng.permutation(len(x))
            losses, correct = 0.0, 0.0
            for step in range(1, steps + 1):
                index = order[(step - 1) * config.batch_size:step * config.batch_size]
                batch = x[index] if augment is None else augment(x[index], rng)
                loss, accuracy = train_step(model, optimizer, batch, y[index])
                losses += loss * len(index)
                correct += accuracy * len(index)
                last = step == steps
                extra = {}
                if last:
                    extra = {"end_of_epoch": True, "train_loss": losses / len(x), "train_accuracy": correct / len(x)}
                    if validation is not None:
                        extra["val_loss"], extra["val_accuracy"] = evaluate(model, *validation)
                if weights_every and (last or step % weights_every == 0):
                    extra["weights"] = model.snapshot()
                yield Progress(epoch, step, steps, loss, accuracy, **extra)
    finally:
        for layer in model.layers:  # batch-sized caches are not kept after training
            layer.forget()
