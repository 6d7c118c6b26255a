"""Training in the app: on the collected drawings (plus synthetic sketches, optionally augmented),
from scratch or fine-tuning the current model, in a separate process watched by a worker thread.

The worker trains its own copy of the network and yields weight copies every few steps; the GUI
loads them into the session's model (``load_snapshot``), repaints the filter tiles and re-runs the
canvas, so the pipeline changes while the network learns and the canvas stays live. When training
ends (or is cancelled) the session's model keeps the last weights and its colour levels are
recalibrated; the whole run is then one entry of the model edit history
(``Session.training_started`` / ``training_finished``), so Undo model edit restores the weights from
before it exactly. The learned filters of the first convolution are shown beside where they started.
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox,
                               QHBoxLayout, QLabel, QProgressBar, QPushButton, QRadioButton, QScrollArea, QSpinBox, QVBoxLayout,
                               QWidget)

from cnnviz.data.augment import Augmentation
from cnnviz.engine import Conv2D, ops, save_model
from cnnviz.engine.architectures import ARCHITECTURES
from cnnviz.engine.model_files import ModelFileError, load_model
from cnnviz.engine.recipes import starting_model, trained_in_app
from cnnviz.messages import MessageError
from cnnviz.engine.train import Progress, TrainConfig
from cnnviz.jobs import DataReady, TrainingRequest, in_process, is_urgent, training_run
from cnnviz.viz.colormap import diverging_table
from cnnviz.viz.experiments import colour_image, filter_grid, symmetric_level

from ..explain_text import engine_text
from .training_curves import TrainingCurves
from .widgets import ArrayImage, caption
from .workers import Job

log = logging.getLogger(__name__)

CURVES_EVERY_MS = 250       # the curves are redrawn at most this often
HAND_SET_MODEL = "lecture-ox"


def first_conv(model) -> Conv2D | None:
    return next((layer for layer in model.layers if isinstance(layer, Conv2D)), None)


def app_description(notes) -> str:
    """The description of a network built here to be trained (``starting_model``'s notes): a message, English as
    text (as model files keep descriptions), shown in the interface language by its id."""
    return trained_in_app(notes)


class TrainingPanel(QWidget):
    """The training dock: data, network, settings, progress, curves and the filters before -> after."""

    def __init__(self, collection, session, host, parent=None):
        super().__init__(parent)
        self.collection, self.session, self.host = collection, session, host
        self.job: Job | None = None
        self.model = None                 # the session's model being trained (GUI thread only)
        self.source = ""
        self.final_source = ""            # what the model is called once the run ends (source without "(training)")
        self.before: np.ndarray | None = None
        self.steps_total = 1
        self.last_progress: Progress | None = None
        self.applied = 0                  # weight copies loaded into the session's model
        self.failed = False               # the last run stopped with an error
        self._curves_timer = QTimer(self, singleShot=True, interval=CURVES_EVERY_MS)
        self._curves_timer.timeout.connect(self._update_curves)
        self._build()
        collection.changed.connect(self._on_collection_changed)
        self._on_collection_changed()

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        data = QGroupBox(self.tr("Data"))
        form = QFormLayout(data)
        self.collected_label = QLabel()
        form.addRow(self.tr("Collected"), self.collected_label)
        self.synthetic_spin = QSpinBox()
        self.synthetic_spin.setRange(0, 20000)
        self.synthetic_spin.setSingleStep(100)
        self.synthetic_spin.setValue(1200)
        self.synthetic_spin.setToolTip(self.tr("Generated ○ and × sketches mixed into the training data"))
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
        layout.addWidget(data)

        network = QGroupBox(self.tr("Network"))
        grid = QFormLayout(network)
        self.scratch_radio = QRadioButton(self.tr("from scratch"))
        self.finetune_radio = QRadioButton(self.tr("fine-tune the current model"))
        self.scratch_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.scratch_radio)
        group.addButton(self.finetune_radio)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.scratch_radio)
        mode_row.addWidget(self.finetune_radio)
        grid.addRow(mode_row)
        self.arch_combo = QComboBox()
        self.arch_combo.addItems(list(ARCHITECTURES))
        grid.addRow(self.tr("Architecture"), self.arch_combo)
        self.start_combo = QComboBox()
        self.start_combo.addItem(self.tr("random filters (He)"), "random")
        self.start_combo.addItem(self.tr("lecture-ox's hand-set filters"), "hand-set")
        grid.addRow(self.tr("Start from"), self.start_combo)
        self.similarity_combo = QComboBox()
        for name, text in (("dot", self.tr("dot product (standard)")), ("cosine", self.tr("cosine similarity")),
                           ("rbf", self.tr("radial basis (Gaussian of distance)"))):
            self.similarity_combo.addItem(text, name)
        grid.addRow(self.tr("Conv similarity"), self.similarity_combo)
        self.scratch_radio.toggled.connect(self._on_q_mode)
        layout.addWidget(network)

        settings = QGroupBox(self.tr("Training"))
        row = QHBoxLayout(settings)
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
        for widget in (self.epochs_spin, self.rate_spin, self.batch_spin):
            row.addWidget(widget)
        layout.addWidget(settings)

        buttons = QHBoxLayout()
        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.setDefault(True)
        self.train_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button = QPushButton(self.tr("Save trained model\u2026"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_dialog)
        for button in (self.train_button, self.cancel_button, self.save_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.status = caption(self.tr("Collect drawings (Ctrl+1 / Ctrl+2), then train."))
        layout.addWidget(self.status)

        self.plots = TrainingCurves()
        self.history = self.plots.history
        layout.addWidget(self.plots, 2)

        self.filters_title = caption(self.tr("First convolution's filters: before \u2192 after"), bold=True)
        layout.addWidget(self.filters_title)
        self.filters = ArrayImage(minimum=90)
        self.filters.setMinimumHeight(150)
        layout.addWidget(self.filters, 1)

    def _on_q_mode(self, scratch: bool) -> None:
        for widget in (self.arch_combo, self.start_combo, self.similarity_combo):
            widget.setEnabled(scratch)

    def _on_collection_changed(self) -> None:
        counts = self.collection.counts()
        classes = self.collection.class_names()
        if classes != ("circle", "cross"):      # the user's own classes
            self.collected_label.setText(self.tr("{0} drawings ({1})").format(
                len(self.collection.drawings), ", ".join(f"{name} {counts[name]}" for name in classes)))
            return
        self.collected_label.setText(self.tr("{0} drawings ({1} \u25cb, {2} \u00d7)").format(
            len(self.collection.drawings), counts["circle"], counts["cross"]))

    # -- running --------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None and self.job.active

    def request(self) -> TrainingRequest:
        """The run the controls describe."""
        kinds = {key: box.isChecked() for key, box in self.augment_kinds.items()}
        base = Augmentation()
        augmentation = None
        if self.augment_check.isChecked() and any(kinds.values()):
            augmentation = Augmentation(shift=base.shift if kinds["shift"] else 0.0,
                                        scale=base.scale if kinds["scale"] else 0.0,
                                        rotation=base.rotation if kinds["rotation"] else 0.0,
                                        width=base.width if kinds["width"] else 0.0)
        config = TrainConfig(epochs=self.epochs_spin.value(), batch_size=self.batch_spin.value(),
                             learning_rate=self.rate_spin.value(), seed=int(np.random.default_rng().integers(1 << 30)))
        return TrainingRequest(tuple(self.collection.drawings), synthetic=self.synthetic_spin.value(),
                               copies=self.copies_spin.value() if augmentation else 0, augmentation=augmentation,
                               config=config, seed=config.seed)

    def _network(self):
        """(the model to show and train, its source name while it trains, and after) for the chosen mode; built in
        the GUI thread. Raises ValueError with a message in the interface language when it cannot be trained."""
        classes = self.collection.class_names()
        if self.finetune_radio.isChecked():
            model = self.session.model
            if model is None:
                raise ValueError(self.tr("there is no current model to fine-tune"))
            if set(model.class_names) != set(classes):      # labels index the model's own order
                raise ValueError(self.tr("the current model's classes are {0}; the collection has {1}").format(
                    ", ".join(model.class_names), ", ".join(classes)))
            source = self.session.source or model.name
            return model, source, source
        arch = self.arch_combo.currentText()
        hand_set = load_model(HAND_SET_MODEL) if self.start_combo.currentData() == "hand-set" else None
        similarity = self.similarity_combo.currentData()
        try:                                           # the collection's classes (2 to 10)
            model, notes = starting_model(arch, np.random.default_rng(), similarity=similarity, gamma=ops.RBF_GAMMA,
                                          hand_set=hand_set, classes=classes)
        except MessageError as exc:
            raise ValueError(engine_text(exc)) from None
        suffix = "" if similarity == "dot" else f"-{similarity}"
        model.name = f"{arch}{suffix}-trained"
        model.description = app_description(notes)
        return model, self.tr("{0} (training)").format(model.name), model.name

    def start(self, request: TrainingRequest | None = None) -> bool:
        """Start training as the controls say (or as `request` says); False with a message if it cannot."""
        if self.running:
            return False
        request = request if isinstance(request, TrainingRequest) else self.request()
        try:
            model, source, final_source = self._network()
        except (ModelFileError, OSError) as exc:      # the hand-set model's file
            self.host.show_error(engine_text(str(exc)), dialog=True)
            return False
        except ValueError as exc:                     # said by _network in the interface language
            self.host.show_error(str(exc), dialog=True)
            return False
        if not request.drawings and request.synthetic <= 0:
            self.host.show_error(self.tr("Nothing to train on: collect drawings (Ctrl+1 / Ctrl+2) or add synthetic "
                                           "sketches"), dialog=True)
            return False
        if model is not self.session.model:
            self.host.open_model(model, source)
        self.session.training_started(model)      # the model edit history keeps the weights from before the run
        self.model, self.source, self.final_source = model, source, final_source
        self.failed = False
        conv = first_conv(model)
        self.before = None if conv is None else conv.weight.copy()
        self._reset_history()
        self._show_filters()
        _, height, width = model.input_shape
        crop = bool(model.preprocess.get("crop", False))
        worker_model = model.copy()           # the worker trains its own copy; the GUI keeps this one
        self.plots.fix_ranges(request.config.epochs)
        # A separate process: training in a thread would hold the interpreter lock and make the GUI stutter.
        self.job = Job(lambda: in_process(training_run, worker_model, request, (height, width), crop),
                       urgent=is_urgent, parent=self)
        self.job.batch.connect(self._on_batch)
        self.job.failed.connect(self._on_failed)
        self.job.finished.connect(self._on_finished)
        self.train_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Preparing the data\u2026"))
        self._reveal_curves()
        return True

    def _reveal_curves(self) -> None:
        """Scroll the dock so the curves and the filters are in view while training runs."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self.filters, 0, 0)

    def cancel(self) -> None:
        if self.running:
            self.job.cancel()
            self.status.setText(self.tr("Cancelling\u2026"))

    def stop(self) -> None:
        """Stop at once and wait for the thread (window closing)."""
        if self.job is not None:
            self.job.stop()
            self.job = None

    def _reset_history(self) -> None:
        self.last_progress = None
        self.applied = 0
        self.progress.setValue(0)
        self.plots.clear_history()

    def _on_batch(self, items) -> None:
        weights = None
        for item in items:
            if isinstance(item, DataReady):
                self.status.setText(self.tr("Training on {0} samples ({1} from your drawings, {2} synthetic); "
                                            "validating on {3}").format(item.train, item.collected, item.synthetic,
                                                                        item.validation))
                continue
            self._record(item)
            if item.weights is not None:
                weights = item.weights
        if weights is not None:
            self._apply(weights)
        if not self._curves_timer.isActive():       # a throttle: plots repaint a few times a second
            self._curves_timer.start()

    def _record(self, p: Progress) -> None:
        x = self.plots.record(p)
        self.last_progress = p
        epochs = self.job_epochs()
        self.progress.setValue(int(1000 * x / max(epochs, 1)))

    def job_epochs(self) -> int:
        return self.epochs_spin.value() if self.last_progress is None else max(self.epochs_spin.value(),
                                                                                 self.last_progress.epoch)

    def _update_curves(self) -> None:
        self._curves_timer.stop()
        self.plots.redraw()
        p = self.last_progress
        if p is not None and p.end_of_epoch:
            text = self.tr("epoch {0}: train accuracy {1:.0%}").format(p.epoch, p.train_accuracy)
            if p.val_accuracy is not None:
                text += self.tr(", validation {0:.0%}").format(p.val_accuracy)
            self.status.setText(text)

    def _apply(self, weights) -> None:
        """Load a weight copy into the session's model and show it (GUI thread)."""
        if self.model is None:
            return
        self.model.load_snapshot(weights)
        self.applied += 1
        if self.session.model is self.model:
            self.host.pipeline.refresh_filters()
            self.host.live.run_now()
        self._show_filters()

    def _show_filters(self) -> None:
        conv = None if self.model is None else first_conv(self.model)
        if conv is None or self.before is None:
            self.filters.setVisible(False)
            self.filters_title.setVisible(False)
            return
        self.filters.setVisible(True)
        self.filters_title.setVisible(True)
        after = conv.weight
        level = symmetric_level(np.concatenate([self.before.ravel(), after.ravel()]))
        table = diverging_table(level)
        grid, labels = filter_grid(self.before, after, per_row=8)
        self.filters.set_rgba(colour_image(grid, table))
        self.filters.set_row_labels(labels)
        self.filters.set_colour_bar(table, (f"\u2212{level:g}", "0", f"+{level:g}"))

    def _on_failed(self, message: str) -> None:
        self.failed = True
        self.host.show_error(self.tr("Training failed: {0}").format(engine_text(message)), dialog=True)

    def _on_finished(self, cancelled: bool) -> None:
        self._update_curves()
        self.train_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        p = self.last_progress
        if self.model is not None and self.session.model is self.model:
            source = self.final_source
            if self.applied:
                # the whole run is one undoable model edit, shown with levels recalibrated for the learned weights
                label = self.run_label(cancelled)
                if self.session.training_finished(self.model, label, source):
                    self.host.status(label, 8000)
            elif self.applied or source != self.source:
                self.host.open_model(self.model, source)      # recalibrated colour levels for the learned weights
            self.source = source
        self.save_button.setEnabled(self.model is not None and p is not None)
        if cancelled:
            self.status.setText(self.tr("Cancelled after {0} steps; the model keeps the weights shown").format(
                len(self.history["x"])))
        elif p is not None:
            text = self.tr("Done: train accuracy {0:.0%}").format(p.train_accuracy or 0.0)
            if p.val_accuracy is not None:
                text += self.tr(", validation {0:.0%}").format(p.val_accuracy)
            self.status.setText(text + self.tr(". Save it with \u201cSave trained model\u2026\u201d."))
        self.job = None

    def run_label(self, cancelled: bool = False) -> str:
        """What the last run did, as the model edit history names it (undo / redo)."""
        p = self.last_progress
        if p is not None and not cancelled and not self.failed:
            return self.tr("trained for %n epoch(s)", "", p.epoch)
        return self.tr("trained for %n step(s), then stopped", "", len(self.history["x"]))

    @property
    def validation_accuracy(self) -> float | None:
        return self.plots.validation_accuracy

    def save_to(self, path) -> Path:
        return save_model(self.model, path)

    def save_dialog(self) -> None:
        if self.model is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save trained model"),
                                              str(Path.home() / f"{self.model.name or 'trained'}.json"),
                                              self.tr("cnnviz models (*.json)"))
        if not path:
            return
        try:
            saved = self.save_to(path)
        except (OSError, ValueError) as exc:
            self.host.show_error(engine_text(str(exc)), dialog=True)
            return
        self.host.status(self.tr("Saved {0}; open it like any model file").format(saved), 8000)
