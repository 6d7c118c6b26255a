"""Long computations as plain generators, and a way to run one in a separate process.

A training run is CPU-bound Python and NumPy: in a thread it holds the interpreter lock often enough to make the
GUI stutter. ``in_process(function, *args)`` runs ``function(*args)`` (a generator function importable at module
level, with picklable arguments) in a fresh process and yields its items here; closing the returned generator
stops the process between two items. Nothing here imports Qt.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import time
from dataclasses import dataclass
from typing import Callable, Iterator

import numpy as np

from cnnviz.data.augment import Augmentation, training_set
from cnnviz.messages import Message, MessageError, as_message, message, template
from cnnviz.engine.train import Progress, TrainConfig, fit_standardization, train

CHILD_NICENESS = 5
CHILD_ENVIRONMENT = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}   # one core for the work, one for the GUI
WEIGHTS_EVERY = 20          # training steps between weight copies sent to the GUI (~0.1 s of training)


@dataclass(frozen=True)
class DataReady:
    """The first item of a training run: what it trains on, and (for a network whose standardise stage was
    measured on this data) the per-channel mean and std the caller's copy of the model must take too:
    they are settings, not weights, so the weight copies do not carry them."""
    train: int
    validation: int
    collected: int
    synthetic: int
    standardization: tuple[tuple[float, ...], tuple[float, ...]] | None = None


@dataclass(frozen=True)
class TrainingRequest:
    """Everything one training run needs; plain data, handed to the worker."""
    drawings: tuple
    synthetic: int = 1200
    copies: int = 0
    augmentation: Augmentation | None = None
    config: TrainConfig = TrainConfig(epochs=10, batch_size=32, learning_rate=0.005)
    weights_every: int = WEIGHTS_EVERY
    seed: int = 0
    step_seconds: float = 0.0       # a pause after every training step: slow enough to watch the filters change


def training_run(model, request: TrainingRequest, size, crop: bool):
    """One training run as a generator: builds the data set, then yields a DataReady and every training
    Progress. ``model`` is the worker's own copy."""
    data = training_set(list(request.drawings), synthetic=request.synthetic, copies=request.copies,
                        augmentation=request.augmentation, size=size, crop=crop, seed=request.seed,
                        class_names=model.class_names, channels=model.input_shape[0])
    if len(data.x) == 0:
        raise MessageError(message(NO_SAMPLES))
    statistics = None
    stage = model.standardize_layer
    if stage is not None and np.all(stage.mean == 0) and np.all(stage.std == 1):   # built, never trained
        mean, std = fit_standardization(model, data.x)
        statistics = (tuple(mean.tolist()), tuple(std.tolist()))
    yield DataReady(len(data.x), len(data.x_validation), data.collected, data.synthetic, statistics)
    validation = (data.x_validation, data.y_validation) if len(data.x_validation) else None
    for progress in train(model, data.x, data.y, config=request.config, validation=validation,
                          weights_every=request.weights_every):
        yield progress
        if request.step_seconds > 0:
            time.sleep(request.step_seconds)


def is_urgent(item) -> bool:
    """Items handed to the GUI at once: the data summary, weight copies and epoch ends."""
    return isinstance(item, DataReady) or (isinstance(item, Progress) and (item.weights is not None or item.end_of_epoch))


# What a training run in another process says when it fails (ids of messages, see cnnviz.messages)
NO_SAMPLES = template("no training samples: collect at least a few drawings or add synthetic sketches")
FAILED_WITH = template("{kind}: {reason}")
WORKER_DIED = template("the worker process ended unexpectedly (exit code {code})")
WORKER_GONE = template("the worker process ended unexpectedly")


class JobError(RuntimeError):
    """The generator failed in the other process; the message is its exception's (``error.message``)."""

    def __init__(self, said: Message):
        super().__init__(said)
        self.message = said

    def __str__(self) -> Message:
        return self.message


def _child(connection, stop, function, args) -> None:
    try:
        os.nice(CHILD_NICENESS)         # the GUI comes first when both want a core
    except (AttributeError, OSError):
        pass
    try:
        for item in function(*args):
            if stop.is_set():
                break
            connection.send(("item", item))
        connection.send(("done", None))
    except BaseException as exc:  # reported to the parent, which shows it to the user
        try:
            said = exc.message if isinstance(exc, MessageError) else \
                message(FAILED_WITH, kind=type(exc).__name__, reason=as_message(exc))   # a refusal says itself
            connection.send(("failed", said))
        except (OSError, ValueError):
            pass
    finally:
        connection.close()


def in_process(function: Callable[..., Iterator], *args, poll_seconds: float = 0.05) -> Iterator:
    """Yield what ``function(*args)`` yields, computed in a separate (spawned) process.

    Raises JobError if the generator raised there, or if the process died. Closing this generator
    (or breaking out of a loop over it) stops the other process.
    """
    context = mp.get_context("spawn")       # never fork a process that runs Qt threads
    receiver, sender = context.Pipe(duplex=False)
    stop = context.Event()
    process = context.Process(target=_child, args=(sender, stop, function, args), daemon=True)
    saved = {key: os.environ.get(key) for key in CHILD_ENVIRONMENT}
    os.environ.update(CHILD_ENVIRONMENT)     # read by the child's NumPy when it starts
    try:
        process.start()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    sender.close()
    try:
        while True:
            if not receiver.poll(poll_seconds):
                if not process.is_alive() and not receiver.poll(0):
                    raise JobError(message(WORKER_DIED, code=process.exitcode))
                continue
            try:
                kind, payload = receiver.recv()
            except EOFError:
                raise JobError(message(WORKER_GONE)) from None
            if kind == "item":
                yield payload
            elif kind == "failed":
                raise JobError(payload)
            else:
                return
    finally:
        stop.set()
        receiver.close()
        process.join(2.0)
        if process.is_alive():
            process.terminate()
            process.join(1.0)
