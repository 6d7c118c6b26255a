"""Everything ``cnnviz train --data DIR`` does around the training loop, without Qt: read an image folder
(one subfolder per class), choose an architecture for it unless one is named, hold back a validation share
of every class, measure the standardisation on the training images, and say how long to train.

    plan = plan_folder_training("shapes/", seed=0)
    for progress in train(plan.model, plan.x, plan.y, config=plan.config, validation=plan.validation,
                          augment=plan.augment):
        ...
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from .messages import Message, message
from .data.augment import jitter_inputs
from .data.image_folder import ImageFolder, read_examples, scan_image_folder, survey
from .engine.architectures import DEFAULT_INPUT, build, choose_architecture
from .engine.model import Sequential
from .engine.model_files import TRAINED_ON_FOLDER
from .engine.train import TrainConfig, fit_standardization, holdout

VALIDATION_FRACTION = 0.15
TARGET_STEPS = 500           # about this many batches unless --epochs says otherwise
EPOCH_RANGE = (5, 60)


@dataclass(frozen=True)
class FolderPlan:
    """A training run on an image folder, ready to start."""
    folder: ImageFolder
    arch: str
    colour: bool               # the data looked like colour pictures
    model: Sequential          # fresh, with its standardisation (if any) measured on x
    x: np.ndarray              # (N, C, H, W) training inputs
    y: np.ndarray
    validation: tuple[np.ndarray, np.ndarray]
    config: TrainConfig
    augment: Callable

    def description(self) -> Message:
        counts = ", ".join(f"{name} {count}" for name, count in zip(self.folder.class_names, self.folder.counts()))
        return message(TRAINED_ON_FOLDER, folder=self.folder.root.name, counts=counts, training=len(self.y),
                       held_back=len(self.validation[1]), arch=self.arch, epochs=self.config.epochs,
                       seed=self.config.seed)


def default_epochs(samples: int, batch_size: int = 64) -> int:
    """Enough passes for about TARGET_STEPS batches, within EPOCH_RANGE."""
    low, high = EPOCH_RANGE
    return int(np.clip(-(-TARGET_STEPS * batch_size // max(samples, 1)), low, high))


def plan_folder_training(data_dir, *, arch: str | None = None, seed: int = 0, epochs: int | None = None,
                         batch_size: int = 64, learning_rate: float = 0.003, optimizer: str = "adam",
                         validation_fraction: float = VALIDATION_FRACTION) -> FolderPlan:
    """Read `data_dir` and prepare a run; raises ImageFolderError (one line naming the folder, class or file)
    when the data cannot be used, before anything is trained."""
    folder = scan_image_folder(Path(data_dir))
    look = survey(folder)
    if arch is None:
        arch, shape = choose_architecture(colour=look.colour, classes=len(folder.class_names), image_side=look.side)
    else:
        channels, side = DEFAULT_INPUT[arch] if arch in DEFAULT_INPUT else (1, 28)
        shape = {"channels": channels, "input_size": side}
    model = build(arch, np.random.default_rng(seed), classes=folder.class_names, **shape)
    channels, height, width = model.input_shape
    x, y = read_examples(folder, (height, width), channels=channels, crop=bool(model.preprocess.get("crop", False)))
    train_index, validation_index = holdout(y, validation_fraction, np.random.default_rng(seed + 1))
    fit_standardization(model, x[train_index])
    config = TrainConfig(epochs=epochs or default_epochs(len(train_index), batch_size), batch_size=batch_size,
                         optimizer=optimizer, learning_rate=learning_rate, seed=seed)
    augment = functools.partial(jitter_inputs, colour=channels == 3)
    return FolderPlan(folder, arch, look.colour, model, x[train_index], y[train_index],
                      (x[validation_index], y[validation_index]), config, augment)
