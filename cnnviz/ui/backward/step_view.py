"""What one learning step did, under the Backward dock's Step button: the rule with η, the loss on the drawing
before → after (and, after Steps in a row, the loss after each one), the probabilities, and the first
convolution's filters before → after beside the change −η·∂L/∂w.

A step that threw the weights far (``LearningStep.warning``: η too big for this gradient) says so in red, with a
smaller η. ``StepView.show_step(step, history, palette)`` fills it from a ``LearningStep`` (``history``: the session's
``backward.loss_history()`` message or None); ``forget()`` hides it again (an undo took the step back). Texts keep
the translation context "BackwardPanel".
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from cnnviz.analysis.explain_backward import shown
from cnnviz.engine import Conv2D
from cnnviz.viz.block_mosaic import tile_blocks
from cnnviz.viz.colormap import diverging_table
from cnnviz.viz.experiments import colour_image, filter_grid
from cnnviz.viz.gradient_maps import kernel_blocks

from ..experiments.widgets import ArrayImage, caption
from ..explain_text import engine_text
from ..i18n import class_name


translate = QCoreApplication.translate


class StepView(QWidget):
    """The result of the last learning step (hidden before the first)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = caption(points=10)
        layout.addWidget(self.label)
        self.warning = caption(bold=True, points=10)            # the step was too big for this gradient
        self.warning.setStyleSheet("color: #a3340f")
        layout.addWidget(self.warning)
        self.filters_view = ArrayImage(minimum=120)
        self.change_view = ArrayImage(minimum=120)
        images = QHBoxLayout()
        images.addWidget(self.filters_view)
        images.addWidget(self.change_view)
        layout.addLayout(images)
        self.forget()

    def forget(self) -> None:
        self.label.setText("")
        for widget in (self.label, self.warning, self.filters_view, self.change_view):
            widget.setVisible(False)

    def show_step(self, step, history, palette: str) -> None:
        names = step.model.class_names
        probabilities = ", ".join(f"p({class_name(n)}) {shown(a)} → {shown(b)}"
                                  for n, a, b in zip(names, step.probabilities_before, step.probabilities_after))
        lines = [engine_text(step.rule), engine_text(step.loss_text)]
        lines += [] if history is None else [engine_text(history)]
        self.label.setText("\n".join(lines + [probabilities]))
        self.label.setVisible(True)
        warning = step.warning
        self.warning.setText("" if warning is None else engine_text(warning))
        self.warning.setVisible(warning is not None)
        first = next((layer.name for layer in step.model.layers if isinstance(layer, Conv2D)), None)
        if first is None:
            return
        change = step.changes[first]["weight"]
        across = max(2, math.ceil(math.sqrt(2 * len(change.before))))      # near-square: 8 filters, 4 across
        grid, labels = filter_grid(change.before, change.after, per_row=across)
        level = max(float(np.nanmax(np.abs(grid))), 1e-6)
        self.filters_view.set_rgba(colour_image(grid, diverging_table(level, palette)))
        words = {"before": translate("BackwardPanel", "before"), "after": translate("BackwardPanel", "after")}
        self.filters_view.set_row_labels([(r, words[t]) for r, t in labels])
        self.filters_view.set_title(translate("BackwardPanel", "{0}: filters before → after").format(first))
        image, _ = tile_blocks(kernel_blocks(change.change), columns=across)
        level = max(float(np.nanmax(np.abs(image))), 1e-12)
        self.change_view.set_rgba(colour_image(image, diverging_table(level, palette)))
        self.change_view.set_colour_bar(diverging_table(level, palette), (f"−{level:.2g}", "0", f"+{level:.2g}"))
        self.change_view.set_title(translate("BackwardPanel", "the change −η·∂L/∂w"))
        for view in (self.filters_view, self.change_view):
            view.setVisible(True)
