"""The training dock's loss and accuracy plots: a thin curve per step, points per epoch for the
training and the validation set, on fixed axes so a repaint during a run redraws only the curves.

The texts keep the translation context "TrainingPanel" (the dock that shows them).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
import pyqtgraph as pg

from cnnviz.engine.train import Progress

translate = QCoreApplication.translate

TRAIN_COLOUR, VALIDATION_COLOUR, STEP_COLOUR = "#2166ac", "#d6604d", (150, 150, 150)


class TrainingCurves(pg.GraphicsLayoutWidget):
    """Loss (left) and accuracy (right) against epochs; ``history`` holds the plotted values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.history = {"x": [], "loss": [], "accuracy": [], "epoch": [], "train_loss": [], "train_accuracy": [],
                        "val_loss": [], "val_accuracy": []}
        self._loss_top = 1.0
        self.setBackground("w")
        self.setMinimumHeight(220)
        self.loss_plot = self.addPlot(row=0, col=0, title=translate("TrainingPanel", "loss"))
        self.accuracy_plot = self.addPlot(row=0, col=1, title=translate("TrainingPanel", "accuracy"))
        self.accuracy_plot.setYRange(0, 1.02)
        self.curves = {}
        for plot, key in ((self.loss_plot, "loss"), (self.accuracy_plot, "accuracy")):
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setLabel("bottom", translate("TrainingPanel", "epoch"))
            legend = plot.addLegend(offset=(-4, 4) if key == "loss" else (-4, -4))
            legend.setLabelTextSize("8pt")
            self.curves[key] = plot.plot(pen=pg.mkPen(STEP_COLOUR, width=1), name=translate("TrainingPanel", "step"))
            self.curves["train_" + key] = plot.plot(pen=pg.mkPen(TRAIN_COLOUR, width=2), symbol="o", symbolSize=6,
                                                    symbolBrush=TRAIN_COLOUR,
                                                    name=translate("TrainingPanel", "train"))
            self.curves["val_" + key] = plot.plot(pen=pg.mkPen(VALIDATION_COLOUR, width=2), symbol="s", symbolSize=6,
                                                  symbolBrush=VALIDATION_COLOUR,
                                                  name=translate("TrainingPanel", "validation"))

    def clear_history(self) -> None:
        """Forget the last run (the history dict stays the same object) and empty the curves."""
        for values in self.history.values():
            values.clear()
        self._loss_top = 1.0
        for curve in self.curves.values():
            curve.setData([], [])

    def record(self, p: Progress) -> float:
        """Add one step's figures (and the epoch's, at its end); returns the step's x in epochs."""
        h = self.history
        x = (p.epoch - 1) + p.step / p.steps_per_epoch
        h["x"].append(x)
        h["loss"].append(p.loss)
        h["accuracy"].append(p.accuracy)
        if p.end_of_epoch:
            h["epoch"].append(float(p.epoch))
            h["train_loss"].append(p.train_loss)
            h["train_accuracy"].append(p.train_accuracy)
            h["val_loss"].append(np.nan if p.val_loss is None else p.val_loss)
            h["val_accuracy"].append(np.nan if p.val_accuracy is None else p.val_accuracy)
        return x

    def fix_ranges(self, epochs: int) -> None:
        """Fixed axes (x: the epochs asked for; y: 0..1 for accuracy, 0..a nice top for loss): the plots
        then repaint only their curves, not their axes, which keeps frames short while training."""
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.disableAutoRange()
            plot.setXRange(0, max(1, epochs), padding=0.02)
        self.accuracy_plot.setYRange(0, 1.02, padding=0)
        self._loss_top = 1.0
        self.loss_plot.setYRange(0, self._loss_top, padding=0)

    def redraw(self) -> None:
        """Draw the history as it stands (the loss axis grows in half steps if the loss climbs above it)."""
        h = self.history
        top = max(h["loss"][-50:], default=0.0)
        if top > self._loss_top:
            self._loss_top = float(np.ceil(top * 2) / 2)
            self.loss_plot.setYRange(0, self._loss_top, padding=0)
        self.curves["loss"].setData(h["x"], h["loss"])
        self.curves["accuracy"].setData(h["x"], h["accuracy"])
        for key in ("loss", "accuracy"):
            self.curves["train_" + key].setData(h["epoch"], h["train_" + key])
            valid = [(e, v) for e, v in zip(h["epoch"], h["val_" + key]) if np.isfinite(v)]
            self.curves["val_" + key].setData([e for e, _ in valid], [v for _, v in valid])

    @property
    def validation_accuracy(self) -> float | None:
        """The last epoch's validation accuracy, if the run had a validation set."""
        values = [v for v in self.history["val_accuracy"] if np.isfinite(v)]
        return values[-1] if values else None
