"""Networks to train in the app: an architecture from scratch, with a similarity and a starting point.

``starting_model`` builds a named architecture (He-initialised from ``rng``), sets every convolution
to the chosen similarity (dot, cosine or rbf) and, when asked, copies hand-set filters into it: each
conv layer of the new network takes the filters of the same-named layer of the hand-set model for as
many filters as both have, when their kernels have the same shape. The rest stays random.

Pure NumPy: no Qt.
"""
from __future__ import annotations

import numpy as np

from . import ops
from .architectures import build
from .layers import Conv2D
from ..messages import Message, MessageError, message, template
from .layers import GAMMA_POSITIVE, SIMILARITY_ONE_OF
from .model import Sequential

# What a new network to train says about where it starts (ids of messages, see cnnviz.messages)
RANDOM_START = template("{arch}: random (He) initial weights")
FILTERS_FROM = template("{layer}: {count} of {total} filters start from {source}'s")
THE_MODEL = template("the model")
THAT_MODEL = template("that model")
NOTHING_FITS = template("no conv layer of {source} fits {arch}; all filters are random")
SIMILARITY_USED = template("convolutions use {similarity} similarity")
TRAINED_IN_APP = template("trained in the app; {notes}")
NOTES = template("{first}; {rest}")


def set_similarity(model: Sequential, similarity: str, gamma: float = ops.RBF_GAMMA) -> Sequential:
    """Make every conv layer of `model` compare patches and filters by `similarity` (in place)."""
    if similarity not in ops.SIMILARITIES:
        raise MessageError(message(SIMILARITY_ONE_OF, choices=", ".join(ops.SIMILARITIES), similarity=repr(similarity)))
    if not (np.isfinite(gamma) and gamma > 0):
        raise MessageError(message(GAMMA_POSITIVE, gamma=repr(gamma)))
    for layer in model.layers:
        if isinstance(layer, Conv2D):
            layer.similarity, layer.gamma = similarity, float(gamma)
            layer.forget()
    return model


def copy_filters(model: Sequential, source: Sequential) -> list[str]:
    """Copy the conv filters (and biases) of `source` into the same-named conv layers of `model`,
    filter by filter where the kernel shapes agree (in place). Returns notes of what was copied."""
    notes = []
    for layer in model.layers:
        if not isinstance(layer, Conv2D):
            continue
        try:
            other = source.layer(layer.name)
        except KeyError:
            continue
        if not isinstance(other, Conv2D) or other.weight.shape[1:] != layer.weight.shape[1:]:
            continue
        count = min(layer.out_channels, other.out_channels)
        layer.weight[:count] = other.weight[:count]
        layer.bias[:count] = other.bias[:count]
        notes.append(message(FILTERS_FROM, layer=layer.name, count=count, total=layer.out_channels,
                             source=source.name or message(THE_MODEL)))
    return notes


def starting_model(arch: str, rng: np.random.Generator, *, similarity: str = "dot", gamma: float = ops.RBF_GAMMA,
                   hand_set: Sequential | None = None, **shape) -> tuple[Sequential, list[str]]:
    """(a fresh network to train, notes). hand_set: a model whose conv filters to start from; shape: the
    architecture's classes, channels and input_size when not its defaults."""
    model = build(arch, rng, **shape)
    notes = [message(RANDOM_START, arch=arch)]
    if hand_set is not None:
        copied = copy_filters(model, hand_set)
        notes += copied or [message(NOTHING_FITS, source=hand_set.name or message(THAT_MODEL), arch=arch)]
    set_similarity(model, similarity, gamma)
    if similarity != "dot":
        notes.append(message(SIMILARITY_USED, similarity=similarity))
    return model, notes


def trained_in_app(notes) -> Message:
    """The description of a network built in the app to be trained: "trained in the app; " and its notes."""
    joined = notes[-1]
    for note in reversed(notes[:-1]):
        joined = message(NOTES, first=note, rest=joined)
    return message(TRAINED_IN_APP, notes=joined)
