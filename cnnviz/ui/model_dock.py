"""The "Layers & model" dock: choose a layer, turn its knobs (``LayerControls``), and see the model's
parameter count with the fully-connected comparison; undo/redo, save and reset buttons.

A view only: it emits what the user asks for; ``InspectController`` edits the model and calls
``set_model`` / ``select_layer`` back (with signals blocked, so nothing loops).
"""
from __future__ import annotations

import PySide6  # noqa: F401
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from cnnviz.engine import Conv2D, Pool2D
from cnnviz.analysis import explain

from .explain_text import engine_text
from .cell_tables import FONT_POINTS
from .layer_controls import LayerControls


def layer_choices(model) -> list[str]:
    """Names of the layers that have settings (convolution and pooling), in order."""
    return [layer.name for layer in model.layers if isinstance(layer, (Conv2D, Pool2D))]


class ModelDock(QWidget):
    """Layer chooser + LayerControls + model summary, in a scroll area."""

    layer_chosen = Signal(str)
    redo_requested = Signal()
    save_requested = Signal()
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._model = None
        self.layer_combo = QComboBox()
        self.layer_combo.setToolTip(self.tr("The layer whose settings are shown (or click a stage's title)"))
        self.layer_combo.currentIndexChanged.connect(self._on_q_layer)
        self.controls = LayerControls()
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setEnabled(False)
        self.redo_button.clicked.connect(self.redo_requested)
        self.save_button = QPushButton(self.tr("Save model as\u2026"))
        self.save_button.clicked.connect(self.save_requested)
        self.reset_button = QPushButton(self.tr("Reset to shipped model"))
        self.reset_button.clicked.connect(self.reset_requested)
        self.history_label = QLabel()
        self.history_label.setWordWrap(True)
        self.history_label.setStyleSheet("color: #555;")

        heading = QFont()
        heading.setPointSize(FONT_POINTS + 1)
        heading.setBold(True)
        summary_title = QLabel(self.tr("Parameters"))
        summary_title.setFont(heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.summary.font()
        font.setPointSize(FONT_POINTS - 1)
        self.summary.setFont(font)

        body = QWidget()
        column = QVBoxLayout(body)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Layer")))
        chooser.addWidget(self.layer_combo, 1)
        column.addLayout(chooser)
        column.addWidget(self.controls)
        buttons = QHBoxLayout()
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        column.addLayout(buttons)
        column.addWidget(self.history_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        column.addWidget(line)
        column.addWidget(summary_title)
        column.addWidget(self.summary)
        column.addStretch(1)
        self._column = column
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def add_section(self, widget: QWidget) -> None:
        """Show another part of the dock (the architecture editor) below the layer's knobs."""
        self._column.insertWidget(self._column.count() - 1, widget)

    # -- model to view -------------------------------------------------------------------------
    @property
    def layer_name(self) -> str | None:
        return self.layer_combo.currentText() or None

    def set_model(self, model, layer_name: str | None = None) -> None:
        """Show a model: its layers with settings, one of them (``layer_name``, else the current one if
        it still exists, else the first), and its parameter summary."""
        self._model = model
        names = layer_choices(model)
        wanted = layer_name or self.layer_name
        if wanted not in names:
            wanted = names[0] if names else None
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        self.layer_combo.addItems(names)
        if wanted is not None:
            self.layer_combo.setCurrentText(wanted)
        self.layer_combo.blockSignals(False)
        if wanted is not None:
            self.controls.set_layer(model, wanted)
        self.summary.setText(summary_text(model))

    def select_layer(self, name: str) -> bool:
        """Show this layer's settings (no signal); False if it has none."""
        if self._model is None or name not in layer_choices(self._model):
            return False
        self.layer_combo.blockSignals(True)
        self.layer_combo.setCurrentText(name)
        self.layer_combo.blockSignals(False)
        self.controls.set_layer(self._model, name)
        return True

    def set_history(self, can_undo: bool, can_redo: bool, undo_label: str = "", redo_label: str = "") -> None:
        self.controls.set_undo_available(can_undo)
        self.controls.undo_button.setToolTip(self.tr("Undo model edit: %s") % undo_label if undo_label else
                                             self.tr("No model edit to undo"))
        self.redo_button.setEnabled(can_redo)
        self.redo_button.setToolTip(self.tr("Redo model edit: %s") % redo_label if redo_label else
                                    self.tr("No model edit to redo"))

    # -- view to request -----------------------------------------------------------------------
    def _on_q_layer(self, index: int) -> None:
        name = self.layer_combo.itemText(index)
        if name and self._model is not None:
            self.controls.set_layer(self._model, name)
            self.layer_chosen.emit(name)


def summary_text(model) -> str:
    """Every layer's parameter count, the total, and one dense layer's count for comparison."""
    summary = explain.parameter_counts(model)
    lines = [f"{p.layer_name}: {engine_text(p.formula)}" for p in summary.layers if p.total]
    terms = " + ".join(str(p.total) for p in summary.layers if p.total) or "0"
    total = QCoreApplication.translate("ModelDock", "total: {0} = {1} parameters").format(terms, f"{summary.total:,}")
    lines.append(f"<b>{total}</b>")
    lines.append(QCoreApplication.translate(
        "ModelDock", "One dense layer straight from the {0} input values to the {1} classes would have "
                     "{0} \u00d7 {1} + {1} = {2}.").format(f"{summary.input_size:,}", summary.classes,
                                                         f"<b>{summary.dense_equivalent:,}</b>"))
    for p in summary.layers:
        if p.comparison:
            lines.append(f"{p.layer_name}: {engine_text(p.comparison)}.")
    return "<br>".join(lines)
