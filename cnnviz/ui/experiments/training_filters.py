"""The training dock's picture of the first convolution's filters: before the run -> as trained now."""
from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cnnviz.engine import Conv2D
from cnnviz.viz.colormap import diverging_table
from cnnviz.viz.experiments import colour_image, filter_grid, symmetric_level

from .widgets import ArrayImage, caption


def first_conv(model) -> Conv2D | None:
    return next((layer for layer in model.layers if isinstance(layer, Conv2D)), None)


class FiltersBeforeAfter(QWidget):
    """A title and the grid of filters, each row before -> after, on one symmetric colour scale."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = caption(self.tr("First convolution's filters: before \u2192 after"), bold=True)
        layout.addWidget(self.title)
        self.image = ArrayImage(minimum=90)
        self.image.setMinimumHeight(150)
        layout.addWidget(self.image, 1)

    def show_filters(self, before: np.ndarray | None, conv: Conv2D | None) -> None:
        """``before`` (C_out, C_in, kh, kw) beside ``conv``'s weights now; hidden when either is missing."""
        if conv is None or before is None:
            self.setVisible(False)
            return
        self.setVisible(True)
        after = conv.weight
        level = symmetric_level(np.concatenate([before.ravel(), after.ravel()]))
        table = diverging_table(level)
        grid, labels = filter_grid(before, after, per_row=8)
        self.image.set_rgba(colour_image(grid, table))
        self.image.set_row_labels(labels)
        self.image.set_colour_bar(table, (f"\u2212{level:g}", "0", f"+{level:g}"))
