"""A window of weights laid out as the lecture draws them: rows of small grids of numbers coloured by sign.

``WeightPanel.show_rows(title, rows, level)`` shows ``rows`` of (row label, [(grid label, 2-D array)]).
Help -> Questions uses it for the dense layer's weights by quadrant and for hand-set beside learned filters
(``show_dense``, ``show_filters``).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPainter, QPen
from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from cnnviz.analysis.explain import fmt
from cnnviz.analysis.weight_views import conv_kernels, dense_weight_maps

from .cell_tables import sign_color, text_color
from .i18n import class_name
from .panels import font

CELL = 46           # pixels a side per weight: two decimals at 13 px read from a few metres


class ValueGrid(QWidget):
    """A read-only KH x KW grid of numbers, each cell coloured by its sign and size (saturating at ``level``)."""

    def __init__(self, values: np.ndarray, level: float, parent=None):
        super().__init__(parent)
        self.values = np.asarray(values, dtype=float)
        self.level = max(float(level), 1e-12)
        rows, cols = self.values.shape
        self.setFixedSize(QSize(cols * CELL + 1, rows * CELL + 1))
        self.setToolTip("\n".join("  ".join(fmt(v) for v in row) for row in self.values))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        text = QFont(self.font())
        text.setPixelSize(13)
        text.setBold(True)
        painter.setFont(text)
        for (r, c), value in np.ndenumerate(self.values):
            rect = QRect(c * CELL, r * CELL, CELL, CELL)
            colour = sign_color(float(value), self.level)
            painter.fillRect(rect, colour)
            painter.setPen(QPen(Qt.GlobalColor.gray, 0))
            painter.drawRect(rect)
            painter.setPen(text_color(colour))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, fmt(float(value)))


class WeightPanel(QDialog):
    """Rows of labelled weight grids, beside the window (not modal)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weights"))
        self.heading = QLabel()
        self.heading.setFont(font(13, bold=True))
        self.heading.setWordWrap(True)
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(scroll, 1)
        self.rows: list[tuple[str, list[tuple[str, np.ndarray]]]] = []
        self.resize(620, 420)

    def show_rows(self, title: str, rows, level: float | None = None) -> None:
        """Show ``rows`` of (label, [(grid label, 2-D array)]), all coloured on one symmetric ``level``."""
        self.rows = [(label, list(grids)) for label, grids in rows]
        arrays = [np.asarray(a, dtype=float) for _, grids in self.rows for _, a in grids]
        level = level or max(float(np.abs(np.concatenate([a.ravel() for a in arrays])).max()), 1e-12)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.heading.setText(title)
        for r, (label, grids) in enumerate(self.rows):
            name = QLabel(label)
            name.setFont(font(12, bold=True))
            name.setWordWrap(True)
            self.grid.addWidget(name, 2 * r, 0, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            for c, (caption, array) in enumerate(grids):
                small = QLabel(caption)
                small.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.addWidget(small, 2 * r, c + 1, Qt.AlignmentFlag.AlignBottom)
                self.grid.addWidget(ValueGrid(array, level), 2 * r + 1, c + 1, Qt.AlignmentFlag.AlignTop)
        self.grid.setColumnStretch(len(max((g for _, g in self.rows), key=len, default=[])) + 1, 1)
        was_shown = self.isVisible()
        self.show()
        if was_shown and QGuiApplication.platformName() != "offscreen":    # perhaps behind the window
            self.raise_()

    def show_dense(self, model) -> None:
        """The first dense layer's weights, one row per class, one grid per map it reads (for lecture-ox: the
        2 x 2 quadrants of each filter's pooled map)."""
        maps = dense_weight_maps(model)
        bias = np.asarray(next(l for l in model.layers if type(l).__name__ == "Dense").params["bias"])
        rows = [(self.tr("{0}  (bias {1})").format(class_name(name), fmt(float(bias[k]))),
                 [(self.tr("map {0}").format(c), maps[k, c]) for c in range(maps.shape[1])])
                for k, name in enumerate(model.class_names)]
        self.show_rows(self.tr("{0}: each class's weights on the pooled maps, laid out as the maps (quadrants). "
                               "{1} \u00d7 {2} weights + {1} biases").format(
                           model.name, maps.shape[0], int(np.prod(maps.shape[1:]))), rows)

    def show_filters(self, hand_set, learned) -> None:
        """The first convolution's filters of two models, one row each: hand-set above, learned below."""
        rows = [(self.tr("hand-set ({0})").format(hand_set.name),
                 [(self.tr("filter {0}").format(f), k) for f, k in enumerate(conv_kernels(hand_set))]),
                (self.tr("learned ({0})").format(learned.name),
                 [(self.tr("filter {0}").format(f), k) for f, k in enumerate(conv_kernels(learned))])]
        self.show_rows(self.tr("First convolution's filters: set by hand beside learned from examples"), rows)
