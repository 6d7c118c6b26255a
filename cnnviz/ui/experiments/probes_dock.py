"""Probing what the network tolerates: a translation map and transform sliders with sweep curves.

Translation map: the drawing moved to every point of a grid over the canvas, P(class) at each as
a heatmap (``cnnviz.analysis.probes.iter_translation_map`` in a worker, with progress and cancel),
the drawing's own position ringed. Sliders: shift, scale, rotation, stroke thickness and noise
applied together to the current drawing, with a live preview of the network input and, for each
slider, the class probabilities against that parameter (a sweep in the worker, the others held at
their current values), the current value marked.
"""
from __future__ import annotations

import functools
import logging

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QProgressBar,
                               QPushButton, QSlider, QSpinBox, QVBoxLayout, QWidget)

from cnnviz.data.augment import Settings, transformed
from cnnviz.data.preprocess import to_network_input
from cnnviz.analysis.probes import ink_bounds, iter_translation_map
from cnnviz.viz.colormap import ink_table
from cnnviz.viz.experiments import colour_image, grid_position, probability_table

from ..explain_text import engine_text
from ..i18n import class_name
from .probe_sweeps import PARAMETERS, SweepPlots, sweeps_run
from .widgets import ArrayImage, caption
from .workers import Job

log = logging.getLogger(__name__)

AUTO_DELAY_MS = 350


def model_preprocess(model):
    """The canvas -> network input function for a model (the one preprocessing path)."""
    channels, height, width = model.input_shape
    return functools.partial(to_network_input, size=(height, width), channels=channels,
                             crop=bool(model.preprocess.get("crop", False)))


def canvas_strokes(canvas) -> tuple[list[np.ndarray], float]:
    """The canvas's pen strokes as (n, 2) arrays and their mean width (eraser strokes are left out)."""
    strokes = [s for s in canvas.strokes() if not s.erase and len(s)]
    if not strokes:
        return [], canvas.pen_width
    return [s.points[:, :2].astype(np.float64) for s in strokes], float(np.mean([s.width for s in strokes]))


class ProbesPanel(QWidget):
    """The probes dock."""

    def __init__(self, session, host, parent=None):
        super().__init__(parent)
        self.session, self.host = session, host
        self.map_job: Job | None = None
        self.sweep_job: Job | None = None
        self.result = None                     # the last complete TranslationMap
        self.partial = None                    # (G, G, K) probabilities so far
        self.marker = None
        self.sweeps = {}                       # parameter -> Sweep
        self.preview_probabilities = None
        self._thickness_touched = False
        self._auto = QTimer(self, singleShot=True, interval=AUTO_DELAY_MS)
        self._auto.timeout.connect(self._on_auto)
        self._sweep_timer = QTimer(self, singleShot=True, interval=AUTO_DELAY_MS)
        self._sweep_timer.timeout.connect(self.run_sweeps)
        self._build()
        host.canvas.changed.connect(self._on_canvas_changed)
        session.model_changed.connect(self._on_model_changed)
        self._on_model_changed(session.model)

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Translation map: the drawing moved to every position"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("P(")))
        self.class_combo = QComboBox()
        self.class_combo.currentIndexChanged.connect(self._on_q_class)
        row.addWidget(self.class_combo)
        row.addWidget(QLabel(self.tr(")  grid")))
        self.grid_spin = QSpinBox()
        self.grid_spin.setRange(4, 56)
        self.grid_spin.setValue(28)
        row.addWidget(self.grid_spin)
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.clicked.connect(self.run_map)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        self.auto_check = QCheckBox(self.tr("auto"))
        self.auto_check.setChecked(True)
        self.auto_check.setToolTip(self.tr("Run the probes again when the drawing or the model changes"))
        for widget in (self.run_button, self.cancel_button, self.auto_check):
            row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        column.addWidget(self.progress)
        self.heatmap = ArrayImage(minimum=160)
        self.heatmap.set_colour_bar(probability_table(), ("0", "0.5", "1"))
        column.addWidget(self.heatmap, 1)
        self.map_caption = caption(self.tr("Draw something: each cell is where the drawing's centre was moved; "
                                           "the ring is where you drew it."))
        column.addWidget(self.map_caption)
        layout.addWidget(box, 3)

        sliders = QGroupBox(self.tr("Transform the drawing"))
        grid = QGridLayout(sliders)
        self.sliders, self.value_labels = {}, {}
        for i, (name, (title, low, high, step, default, _)) in enumerate(PARAMETERS.items()):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, int(round((high - low) / step)))
            slider.setValue(int(round((default - low) / step)))
            slider.valueChanged.connect(self._on_q_slider)
            slider.sliderReleased.connect(self._on_q_slider_released)
            label = QLabel()
            label.setMinimumWidth(44)
            grid.addWidget(QLabel(self.tr(title)), i, 0)
            grid.addWidget(slider, i, 1)
            grid.addWidget(label, i, 2)
            self.sliders[name], self.value_labels[name] = slider, label
        self.preview = ArrayImage(minimum=96)
        self.preview.set_title(self.tr("network input"))
        grid.addWidget(self.preview, 0, 3, len(PARAMETERS) - 1, 1)
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset_sliders)
        grid.addWidget(self.reset_button, len(PARAMETERS) - 1, 3)
        grid.setColumnStretch(1, 1)
        self.preview_caption = caption()
        grid.addWidget(self.preview_caption, len(PARAMETERS), 0, 1, 4)
        layout.addWidget(sliders)

        self.curves_view = SweepPlots()
        self.plots, self.curves, self.marks = self.curves_view.plots, self.curves_view.curves, self.curves_view.marks
        layout.addWidget(self.curves_view, 2)
        self._update_value_labels()

    # -- state ------------------------------------------------------------------------------
    def settings(self) -> Settings:
        values = {name: self.value(name) for name in PARAMETERS}
        return Settings(**values)

    def value(self, name: str) -> float:
        _, low, _, step, _, _ = PARAMETERS[name]
        return float(round(low + self.sliders[name].value() * step, 6))

    def set_value(self, name: str, value: float) -> None:
        _, low, _, step, _, _ = PARAMETERS[name]
        self.sliders[name].setValue(int(round((value - low) / step)))

    def reset_sliders(self) -> None:
        for name, spec in PARAMETERS.items():
            self.sliders[name].blockSignals(True)
            self.set_value(name, spec[4])
            self.sliders[name].blockSignals(False)
        self._thickness_touched = False
        self._on_canvas_changed()
        self._on_q_slider_released()

    @property
    def class_index(self) -> int:
        return max(0, self.class_combo.currentIndex())

    # -- reactions --------------------------------------------------------------------------
    def _on_model_changed(self, model) -> None:
        names = [] if model is None else list(model.class_names)
        current = self.class_combo.currentData()
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for name in names:
            self.class_combo.addItem(class_name(name), name)
        if current in names:
            self.class_combo.setCurrentIndex(names.index(current))
        self.class_combo.blockSignals(False)
        self.curves_view.set_class_count(len(names))
        self.result, self.partial, self.sweeps = None, None, {}
        self._on_canvas_changed()

    def _on_canvas_changed(self) -> None:
        if not self.isVisible():               # hidden: nothing to show; showEvent catches up
            self._stale = True
            return
        self._stale = False
        if not self._thickness_touched:          # the thickness slider starts at the pen as drawn
            strokes, width = canvas_strokes(self.host.canvas)
            if strokes:
                self.sliders["thickness"].blockSignals(True)
                self.set_value("thickness", width)
                self.sliders["thickness"].blockSignals(False)
                self._update_value_labels()
        self._update_preview()
        if self.auto_check.isChecked() and self.isVisible():
            self._auto.start()           # a debounce: probes run when the pen rests

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if getattr(self, "_stale", True):
            self._on_canvas_changed()
        if self.auto_check.isChecked() and self.result is None:
            self._auto.start()

    def _on_auto(self) -> None:
        if self.host.canvas.is_blank():
            return
        self.run_map()
        self.run_sweeps()

    def _on_q_class(self, index: int) -> None:
        self._show_map()

    def _on_q_slider(self, *args) -> None:
        if self.sender() is self.sliders["thickness"]:
            self._thickness_touched = True
        self._update_value_labels()
        self._update_preview()

    def _on_q_slider_released(self) -> None:
        if self.auto_check.isChecked():
            self._sweep_timer.start()

    def _update_value_labels(self) -> None:
        for name, label in self.value_labels.items():
            value = self.value(name)
            label.setText(f"{value:g}")
            self.marks[name].setValue(value)

    # -- preview ----------------------------------------------------------------------------
    def transformed_canvas(self) -> np.ndarray | None:
        strokes, width = canvas_strokes(self.host.canvas)
        if not strokes:
            return None
        return transformed(strokes, self.settings(), width=width, canvas=self.host.canvas.size_pixels)

    def _update_preview(self) -> None:
        model = self.session.model
        image = None if model is None else self.transformed_canvas()
        if image is None:
            self.preview_caption.setText(self.tr("Draw something to transform it."))
            self.preview_probabilities = None
            return
        x = model_preprocess(model)(image)
        self.preview.set_rgba(colour_image(x[0], ink_table(1.0)))
        probabilities = model.predict(x)[0]
        for layer in model.layers:
            layer.forget()
        self.preview_probabilities = probabilities
        parts = [f"P({name}) = {p:.3f}" for name, p in zip(model.class_names, probabilities)]
        self.preview_caption.setText(self.tr("Transformed: ") + "   ".join(parts))

    # -- translation map ----------------------------------------------------------------------
    def run_map(self) -> bool:
        model = self.session.model
        image = self.host.canvas.image_array()
        if model is None or ink_bounds(image) is None:
            self.map_caption.setText(self.tr("The canvas is blank: draw something to probe."))
            return False
        if self.map_job is not None:
            self.map_job.stop()
        grid = self.grid_spin.value()
        net = model.copy()                    # made here, in the GUI thread
        preprocess = model_preprocess(model)
        box = ink_bounds(image)
        self.marker = grid_position(((box[0] + box[2]) / 2, (box[1] + box[3]) / 2), image.shape, (grid, grid))
        self.partial = None
        self.map_job = Job(lambda: iter_translation_map(net, image, grid=(grid, grid), preprocess=preprocess,
                                                        chunk=128), interval=0.05, parent=self)
        self.map_job.batch.connect(self._on_map_batch)
        self.map_job.failed.connect(self._on_failed)
        self.map_job.finished.connect(self._on_map_finished)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        return True

    def cancel(self) -> None:
        for job in (self.map_job, self.sweep_job):
            if job is not None and job.active:
                job.cancel()

    def _on_map_batch(self, items) -> None:
        last = items[-1]
        self.progress.setValue(int(1000 * last.fraction))
        self.partial = last.probabilities
        if last.result is not None:
            self.result = last.result
        self._show_map()

    def _on_map_finished(self, cancelled: bool) -> None:
        self.cancel_button.setEnabled(self.sweep_job is not None and self.sweep_job.active)
        if cancelled:
            self.map_caption.setText(self.tr("Cancelled; grey cells were not computed."))
        self.map_job = None

    def _on_failed(self, message) -> None:
        self.host.show_error(self.tr("Probe failed: {0}").format(engine_text(message)))

    def _show_map(self) -> None:
        probabilities = self.partial
        if probabilities is None:
            return
        k = min(self.class_index, probabilities.shape[2] - 1)
        values = probabilities[:, :, k]
        self.heatmap.set_rgba(colour_image(values, probability_table()))
        self.heatmap.set_marker(self.marker)
        if self.result is not None and probabilities is self.result.probabilities or not np.isnan(values).any():
            name = self.class_combo.currentText()
            at = self._value_at_marker(values)
            share = float(np.mean(values > 0.5))
            self.map_caption.setText(self.tr("P({0}) where you drew it: {1:.2f} \u00b7 above 0.5 at {2:.0%} of "
                                             "positions \u00b7 lowest {3:.2f}").format(name, at, share,
                                                                                        float(np.nanmin(values))))

    def _value_at_marker(self, values: np.ndarray) -> float:
        if self.marker is None:
            return float("nan")
        col = int(np.clip(round(self.marker[0]), 0, values.shape[1] - 1))
        row = int(np.clip(round(self.marker[1]), 0, values.shape[0] - 1))
        return float(values[row, col])

    # -- sweeps -------------------------------------------------------------------------------
    def run_sweeps(self) -> bool:
        model = self.session.model
        strokes, width = canvas_strokes(self.host.canvas)
        if model is None or not strokes:
            return False
        if self.sweep_job is not None:
            self.sweep_job.stop()
        net, preprocess, settings = model.copy(), model_preprocess(model), self.settings()
        size = self.host.canvas.size_pixels
        self.sweep_job = Job(lambda: sweeps_run(net, strokes, settings, width, size, preprocess), interval=0.1,
                             parent=self)
        self.sweep_job.batch.connect(self._on_sweep_batch)
        self.sweep_job.failed.connect(self._on_failed)
        self.sweep_job.finished.connect(self._on_sweep_finished)
        self.cancel_button.setEnabled(True)
        return True

    def _on_sweep_batch(self, items) -> None:
        latest = {}
        for parameter, progress in items:
            latest[parameter] = progress
            if progress.result is not None:
                self.sweeps[parameter] = progress.result
        for parameter, progress in latest.items():
            self.curves_view.show_sweep(parameter, progress.probabilities)

    def _on_sweep_finished(self, cancelled: bool) -> None:
        self.cancel_button.setEnabled(self.map_job is not None and self.map_job.active)
        self.sweep_job = None

    def stop(self) -> None:
        self._auto.stop()
        self._sweep_timer.stop()
        for job in (self.map_job, self.sweep_job):
            if job is not None:
                job.stop()
        self.map_job = self.sweep_job = None

    @property
    def busy(self) -> bool:
        return any(job is not None and job.active for job in (self.map_job, self.sweep_job))
