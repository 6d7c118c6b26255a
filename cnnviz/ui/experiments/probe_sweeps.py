"""The probes dock's sweeps: each of the six transformations swept over its range on the drawing as
drawn, one plot per transformation, a probability curve per class (at most ``MAX_SWEEP_CURVES``) and
a dashed line at the slider's value.

``PARAMETERS`` lists the transformations with their sliders' ranges and the values swept; their
titles keep the translation context "ProbesPanel" (the dock that shows them).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
import pyqtgraph as pg

from cnnviz.analysis.probes import iter_sweep
from cnnviz.data.augment import Settings, sweep_variant

CLASS_COLOURS = ("#2166ac", "#d6604d", "#1b7837", "#762a83")
MAX_SWEEP_CURVES = 12       # classes drawn in each sweep plot: a curve per class of a 1,000-class model took 40 s


# parameter: (title, minimum, maximum, slider step, default, sweep values)
PARAMETERS = {
    "shift_x": (QT_TRANSLATE_NOOP("ProbesPanel", "shift x (px)"), -140, 140, 1, 0, np.arange(-140, 141, 7.0)),
    "shift_y": (QT_TRANSLATE_NOOP("ProbesPanel", "shift y (px)"), -140, 140, 1, 0, np.arange(-140, 141, 7.0)),
    "scale": (QT_TRANSLATE_NOOP("ProbesPanel", "scale (\u00d7)"), 0.2, 2.0, 0.02, 1.0, np.round(np.arange(0.2, 2.001, 0.05), 3)),
    "rotation": (QT_TRANSLATE_NOOP("ProbesPanel", "rotation (\u00b0)"), -180, 180, 1, 0, np.arange(-180, 181, 10.0)),
    "thickness": (QT_TRANSLATE_NOOP("ProbesPanel", "stroke (px)"), 2, 40, 1, 14, np.arange(2, 41, 1.0)),
    "noise": (QT_TRANSLATE_NOOP("ProbesPanel", "noise"), 0.0, 0.5, 0.01, 0.0, np.round(np.arange(0.0, 0.501, 0.02), 3)),
}


def sweeps_run(model, strokes, settings: Settings, width: float, canvas: int, preprocess):
    """All six sweeps one after another (worker thread); yields (parameter, ProbeProgress)."""
    variant = sweep_variant(settings, width=width, canvas=canvas)
    for parameter, spec in PARAMETERS.items():
        for progress in iter_sweep(model, strokes, parameter=parameter, values=spec[5], variant=variant,
                                   preprocess=preprocess, chunk=64):
            yield parameter, progress


class SweepPlots(pg.GraphicsLayoutWidget):
    """Six plots, two rows of three: probability (0..1) against each transformation's value."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setBackground("w")
        self.setMinimumHeight(300)
        self.plots, self.curves, self.marks = {}, {}, {}
        for i, (name, spec) in enumerate(PARAMETERS.items()):
            plot = self.addPlot(row=i // 3, col=i % 3)
            plot.setTitle(QCoreApplication.translate("ProbesPanel", spec[0]), size="9pt")
            plot.setYRange(0, 1, padding=0.02)
            plot.setXRange(spec[1], spec[2], padding=0.02)
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
            plot.getAxis("left").setWidth(28)
            mark = pg.InfiniteLine(pos=spec[4], angle=90, pen=pg.mkPen("#333333", width=1, style=Qt.PenStyle.DashLine))
            plot.addItem(mark)
            self.plots[name], self.marks[name], self.curves[name] = plot, mark, []

    def set_class_count(self, count: int) -> None:
        """One empty curve per class (the first ``MAX_SWEEP_CURVES``) in every plot, for a new model."""
        for name, plot in self.plots.items():
            for curve in self.curves[name]:
                plot.removeItem(curve)
            self.curves[name] = [plot.plot(pen=pg.mkPen(CLASS_COLOURS[k % len(CLASS_COLOURS)], width=2))
                                 for k in range(min(count, MAX_SWEEP_CURVES))]

    def show_sweep(self, parameter: str, probabilities: np.ndarray) -> None:
        """Draw a sweep's probabilities (values swept, classes); rows not yet computed are NaN (left open)."""
        values = PARAMETERS[parameter][5]
        for k, curve in enumerate(self.curves[parameter]):
            if k < probabilities.shape[1]:
                curve.setData(values, probabilities[:, k], connect="finite")
