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
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget

from cnnviz.data.augment import synthetic_refusal
from cnnviz.engine import save_model
from cnnviz.engine.model_files import ModelFileError
from cnnviz.engine.train import Progress
from cnnviz.jobs import DataReady, TrainingRequest, in_process, is_urgent, training_run

from ..explain_text import engine_text
from .training_curves import TrainingCurves
from .training_filters import FiltersBeforeAfter, first_conv
from .training_network import NetworkChoice
from .training_request import SLOW_STEP_SECONDS, DataChoice, ScheduleChoice, training_request
from .widgets import caption
from .workers import Job

log = logging.getLogger(__name__)

CURVES_EVERY_MS = 250       # the curves are redrawn at most this often

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
        self.data = DataChoice()              # what to train on
        layout.addWidget(self.data)
        self.network = NetworkChoice()        # which network
        layout.addWidget(self.network)
        self.schedule = ScheduleChoice()      # epochs, rate, batch
        layout.addWidget(self.schedule)

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

        # the filters before -> after come first, above the fold: what backpropagation changes, then the curves
        self.filters = FiltersBeforeAfter()
        layout.addWidget(self.filters, 1)

        self.plots = TrainingCurves()
        self.history = self.plots.history
        layout.addWidget(self.plots, 2)

    def _on_collection_changed(self) -> None:
        self.data.show_counts(len(self.collection.drawings), self.collection.counts(), self.collection.class_names())

    # -- running --------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None and self.job.active

    def request(self) -> TrainingRequest:
        """The run the controls describe."""
        return training_request(self.collection.drawings, self.data, self.schedule)

    def start(self, request: TrainingRequest | None = None) -> bool:
        """Start training as the controls say (or as `request` says); False with a message if it cannot."""
        if self.running:
            return False
        request = request if isinstance(request, TrainingRequest) else self.request()
        try:
            model, source, final_source = self.network.network(self.session, self.collection.class_names())
        except (ModelFileError, OSError) as exc:      # the hand-set model's file
            self.host.show_error(engine_text(str(exc)), dialog=True)
            return False
        except ValueError as exc:                     # said by NetworkChoice in the interface language
            self.host.show_error(str(exc), dialog=True)
            return False
        if not request.drawings and request.synthetic <= 0:
            self.host.show_error(self.tr("Nothing to train on: collect drawings (Ctrl+1 / Ctrl+2) or add synthetic "
                                           "sketches"), dialog=True)
            return False
        refusal = synthetic_refusal(model.class_names, request.synthetic)    # said now, nothing changed yet
        if refusal is not None:
            self.host.show_error(engine_text(refusal), dialog=True)
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

    def start_watchable(self, architecture: str = "quadrants", epochs: int = 2, synthetic: int = 400) -> bool:
        """Random filters trained by backpropagation, slowly enough to watch: from scratch on ``architecture``
        (the lecture's shape by default), random He filters, dot product, the slow pace; then start."""
        network, schedule = self.network, self.schedule
        network.scratch_radio.setChecked(True)
        network.arch_combo.setCurrentText(architecture)
        network.start_combo.setCurrentIndex(network.start_combo.findData("random"))
        network.similarity_combo.setCurrentIndex(network.similarity_combo.findData("dot"))
        schedule.pace_combo.setCurrentIndex(schedule.pace_combo.findData(SLOW_STEP_SECONDS))
        schedule.epochs_spin.setValue(epochs)
        self.data.synthetic_spin.setValue(synthetic)
        return self.start()

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
        epochs = self.schedule.epochs_spin.value()
        return epochs if self.last_progress is None else max(epochs, self.last_progress.epoch)

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
        self.filters.show_filters(self.before, None if self.model is None else first_conv(self.model))

    def _on_failed(self, message) -> None:
        self.failed = True
        said = self.tr("Training failed: {0}").format(engine_text(message))
        self.status.setText(said)            # not "Preparing the data…" any more
        self.host.show_error(said, dialog=True)

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
