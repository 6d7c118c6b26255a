"""What a training run trains on and for how long: the training dock's Data and Training groups, and the
``TrainingRequest`` they describe (the collected drawings, synthetic sketches, augmentation, epochs, rate, batch)."""
from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox

from cnnviz.data.augment import Augmentation
from cnnviz.engine.train import TrainConfig
from cnnviz.jobs import WEIGHTS_EVERY, TrainingRequest

from .class_counts import class_counts_text

SLOW_STEP_SECONDS = 0.25    # "slow" pace: a pause after every step (about four steps a second, each one shown)


class DataChoice(QGroupBox):
    """Data: how many drawings are collected, how many synthetic sketches join them, and how the drawings
    are augmented (copies each; shift, scale, rotation, stroke width)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Data"))
        form = QFormLayout(self)
        self.collected_label = QLabel()
        form.addRow(self.tr("Collected"), self.collected_label)
        self.synthetic_spin = QSpinBox()
        self.synthetic_spin.setRange(0, 20000)
        self.synthetic_spin.setSingleStep(100)
        self.synthetic_spin.setValue(1200)
        self.synthetic_spin.setToolTip(self.tr("Generated sketches mixed into the training data: only for classes "
                                               "named circle, cross or triangle (0 for classes of your own)"))
        form.addRow(self.tr("+ synthetic sketches"), self.synthetic_spin)
        augment_row = QHBoxLayout()
        self.augment_check = QCheckBox(self.tr("augment"))
        self.augment_check.setChecked(True)
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, 50)
        self.copies_spin.setValue(4)
        self.copies_spin.setSuffix(self.tr(" copies each"))
        augment_row.addWidget(self.augment_check)
        augment_row.addWidget(self.copies_spin)
        form.addRow(self.tr("Your drawings"), augment_row)
        kinds = QHBoxLayout()
        self.augment_kinds = {}
        for key, text in (("shift", self.tr("shift")), ("scale", self.tr("scale")), ("rotation", self.tr("rotation")),
                          ("width", self.tr("stroke width"))):
            box = QCheckBox(text)
            box.setChecked(True)
            kinds.addWidget(box)
            self.augment_kinds[key] = box
        form.addRow("", kinds)

    def show_counts(self, total: int, counts: dict[str, int], classes=("circle", "cross")) -> None:
        """The collection holds ``total`` drawings, ``counts`` of each of its ``classes``."""
        self.collected_label.setText(class_counts_text(total, counts, classes))

    def augmentation(self) -> Augmentation | None:
        """The augmentation chosen (None: the drawings are used as drawn)."""
        kinds = {key: box.isChecked() for key, box in self.augment_kinds.items()}
        if not (self.augment_check.isChecked() and any(kinds.values())):
            return None
        base = Augmentation()
        return Augmentation(shift=base.shift if kinds["shift"] else 0.0,
                            scale=base.scale if kinds["scale"] else 0.0,
                            rotation=base.rotation if kinds["rotation"] else 0.0,
                            width=base.width if kinds["width"] else 0.0)


class ScheduleChoice(QGroupBox):
    """Training: epochs, learning rate and batch size."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Training"))
        row = QHBoxLayout(self)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setRange(1, 200)
        self.epochs_spin.setValue(10)
        self.epochs_spin.setPrefix(self.tr("epochs "))
        self.rate_spin = QDoubleSpinBox()
        self.rate_spin.setDecimals(4)
        self.rate_spin.setRange(0.0001, 0.5)
        self.rate_spin.setSingleStep(0.001)
        self.rate_spin.setValue(0.005)
        self.rate_spin.setPrefix(self.tr("rate "))
        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 512)
        self.batch_spin.setValue(32)
        self.batch_spin.setPrefix(self.tr("batch "))
        self.pace_combo = QComboBox()
        self.pace_combo.addItem(self.tr("full speed"), 0.0)
        self.pace_combo.addItem(self.tr("slow: watch every step"), SLOW_STEP_SECONDS)
        self.pace_combo.setToolTip(self.tr("Slow: a pause after every step, and the filters and the pipeline shown "
                                           "after each one, to watch backpropagation change them"))
        for widget in (self.epochs_spin, self.rate_spin, self.batch_spin, self.pace_combo):
            row.addWidget(widget)

    def pause(self) -> float:
        """Seconds to wait after every training step (0: full speed)."""
        return float(self.pace_combo.currentData() or 0.0)

    def config(self) -> TrainConfig:
        """The schedule chosen, with a fresh random seed."""
        return TrainConfig(epochs=self.epochs_spin.value(), batch_size=self.batch_spin.value(),
                           learning_rate=self.rate_spin.value(), seed=int(np.random.default_rng().integers(1 << 30)))


def training_request(drawings, data: DataChoice, schedule: ScheduleChoice) -> TrainingRequest:
    """The run the controls describe, on ``drawings`` (the collection's)."""
    augmentation = data.augmentation()
    config = schedule.config()
    pause = schedule.pause()
    return TrainingRequest(tuple(drawings), synthetic=data.synthetic_spin.value(),
                           copies=data.copies_spin.value() if augmentation else 0, augmentation=augmentation,
                           config=config, seed=config.seed, step_seconds=pause,
                           weights_every=1 if pause > 0 else WEIGHTS_EVERY)
