"""The architecture editor in the "Layers and model" dock: the model's layers as a list, Insert (choose a
type: the new layer goes after the selected one), Remove, Up / Down, the selected layer's number of filters or
outputs, and the input's channels and size; below, the shape flow (every layer's output shape with its formula
filled in) and the parameter count beside an all-dense network through the same sizes.

Every edit goes through ``cnnviz.analysis.architecture`` and then the session as one undoable model edit; a
refused edit leaves the model as it was and shows the engine's one sentence. The view renders the session
(``_on_model_changed``) with its signals blocked, so nothing loops.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from cnnviz.analysis import architecture
from cnnviz.engine import Conv2D, Dense
from cnnviz.engine.layers import ConvTranspose2D

from .explain_text import engine_text
from .inspect.guard import guarded


class ArchitectureEditor(QWidget):
    """Insert, remove, reorder and resize layers of the session's model; shows its shape flow."""

    def __init__(self, session, host=None, *, rng: np.random.Generator | None = None, parent=None):
        super().__init__(parent)
        self.session, self.host = session, host
        self._rng = rng if rng is not None else np.random.default_rng()
        self._selected: str | None = None

        self.layer_list = QListWidget()
        self.layer_list.setToolTip(self.tr("The model's layers in order; an inserted layer goes after the "
                                           "selected one"))
        self.layer_list.currentRowChanged.connect(self._on_q_row)
        self.insert_combo = QComboBox()
        self.insert_combo.addItem(self.tr("Insert layer\u2026"))
        for kind, label in self._kind_labels().items():
            self.insert_combo.addItem(f"{label} ({kind})", kind)
        self.insert_combo.setToolTip(self.tr("Insert a layer of this type after the selected layer"))
        self.insert_combo.activated.connect(self._on_q_insert)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._on_q_remove)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.clicked.connect(lambda: self._on_q_move(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.clicked.connect(lambda: self._on_q_move(+1))

        self.filters_spin = self._spin(1, architecture.MAX_FILTERS, self._on_q_filters)
        self.dense_spin = self._spin(1, architecture.MAX_FEATURES, self._on_q_dense)
        self.channels_spin = self._spin(1, architecture.MAX_INPUT_CHANNELS, self._on_q_input)
        self.height_spin = self._spin(1, architecture.MAX_INPUT_SIDE, self._on_q_input)
        self.width_spin = self._spin(1, architecture.MAX_INPUT_SIDE, self._on_q_input)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("color: #555;")
        self.flow_label = QLabel()
        self.flow_label.setWordWrap(True)
        self.flow_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        buttons.addWidget(self.insert_combo, 1)
        for button in (self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        fields = QFormLayout()
        fields.addRow(self.tr("Filters of the selected layer"), self.filters_spin)
        fields.addRow(self.tr("Outputs of the selected dense layer"), self.dense_spin)
        size = QHBoxLayout()
        for label, spin in ((self.tr("channels"), self.channels_spin), (self.tr("height"), self.height_spin),
                            (self.tr("width"), self.width_spin)):
            size.addWidget(QLabel(label))
            size.addWidget(spin)
        fields.addRow(self.tr("Input"), size)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel("<b>%s</b>" % self.tr("Architecture")))
        column.addWidget(self.layer_list)
        column.addLayout(buttons)
        column.addLayout(fields)
        column.addWidget(self.error_label)
        column.addWidget(self.note_label)
        column.addWidget(QLabel("<b>%s</b>" % self.tr("Shape flow")))
        column.addWidget(self.flow_label)

        session.model_changed.connect(self._on_model_changed)
        if session.model is not None:
            self._on_model_changed(session.model)

    def _kind_labels(self) -> dict[str, str]:
        """Each layer type a person can insert, named in the interface language (its file name beside)."""
        return {"conv2d": self.tr("convolution"), "conv_transpose2d": self.tr("transposed convolution"),
                "upsample": self.tr("upsampling"), "activation": self.tr("activation (ReLU)"),
                "pool2d": self.tr("pooling"), "flatten": self.tr("flatten"), "dense": self.tr("dense layer"),
                "softmax": self.tr("softmax")}

    def _spin(self, low: int, high: int, slot) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)       # one edit when the number is entered, not one per digit typed
        spin.valueChanged.connect(slot)
        return spin

    # -- session to view ---------------------------------------------------------------------------
    @property
    def selected_layer(self) -> str | None:
        return self._selected

    def select_layer(self, name: str) -> None:
        names = [layer.name for layer in self.session.model.layers]
        if name in names:
            self.layer_list.setCurrentRow(names.index(name))

    @guarded
    def _on_model_changed(self, model) -> None:
        names = [layer.name for layer in model.layers]
        row = names.index(self._selected) if self._selected in names else \
            min(max(self.layer_list.currentRow(), 0), len(names) - 1)
        self.layer_list.blockSignals(True)
        self.layer_list.clear()
        for k, (layer, shape) in enumerate(zip(model.layers, model.shapes())):
            self.layer_list.addItem(f"{k}. {layer.name} ({layer.kind}) \u2192 {_shape_text(shape)}")
        self.layer_list.setCurrentRow(row)
        self.layer_list.blockSignals(False)
        self._selected = names[row] if names else None
        c, h, w = model.input_shape
        for spin, value in ((self.channels_spin, c), (self.height_spin, h), (self.width_spin, w)):
            _set_quietly(spin, value)
        self._show_selected(model)
        self.flow_label.setText(flow_text(model))

    def _show_selected(self, model) -> None:
        names = [layer.name for layer in model.layers]
        layer = model.layers[names.index(self._selected)] if self._selected in names else None
        convolves = isinstance(layer, (Conv2D, ConvTranspose2D))
        self.filters_spin.setEnabled(convolves)
        self.dense_spin.setEnabled(isinstance(layer, Dense))
        if convolves:
            _set_quietly(self.filters_spin, layer.out_channels)
        if isinstance(layer, Dense):
            _set_quietly(self.dense_spin, layer.out_features)
        row = names.index(self._selected) if layer is not None else -1
        self.remove_button.setEnabled(layer is not None)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(names) - 1)

    # -- view to session ---------------------------------------------------------------------------
    def _on_q_row(self, row: int) -> None:
        model = self.session.model
        if model is not None and 0 <= row < len(model.layers):
            self._selected = model.layers[row].name
            self._show_selected(model)

    def _apply(self, make, select: str | None = None) -> bool:
        """Make one architecture edit of the session's model; a refusal is shown, the model kept."""
        model = self.session.model
        if model is None:
            return False
        try:
            result = make(model)
        except architecture.ArchitectureError as exc:
            self.error_label.setText(engine_text(exc))
            self.note_label.clear()
            self._on_model_changed(model)     # the fields go back to the model's values
            if self.host is not None:
                self.host.status(engine_text(exc), 15000)
            return False
        self.error_label.clear()
        if select is not None:
            self._selected = select
        self.session.apply_edit(result.model, result.note, (result.note,))
        note = engine_text(result.note)
        if result.reinitialised:
            note = "\u26a0 " + note
        self.note_label.setText(note)
        if self.host is not None:
            self.host.status(note, 8000)
        return True

    @guarded
    def _on_q_insert(self, index: int) -> None:
        self.insert_combo.setCurrentIndex(0)
        if index <= 0:
            return
        self.insert(self.insert_combo.itemData(index))

    def insert(self, kind: str, **settings) -> bool:
        """Insert a ``kind`` layer after the selected layer (first if none); select it."""
        model = self.session.model
        names = [layer.name for layer in model.layers]
        position = names.index(self._selected) + 1 if self._selected in names else 0
        def make(m):
            result = architecture.insert_layer(m, position, kind, rng=self._rng, **settings)
            self._selected = result.model.layers[position].name      # the new layer is selected
            return result
        return self._apply(make)

    @guarded
    def _on_q_remove(self) -> None:
        name = self._selected
        if name is not None:
            self._apply(lambda m: architecture.remove_layer(m, name, rng=self._rng))

    @guarded
    def _on_q_move(self, step: int) -> None:
        name, model = self._selected, self.session.model
        if name is None or model is None:
            return
        position = [layer.name for layer in model.layers].index(name) + step
        self._apply(lambda m: architecture.move_layer(m, name, position, rng=self._rng), select=name)

    @guarded
    def _on_q_filters(self, count: int) -> None:
        name = self._selected
        if name is not None:
            self._apply(lambda m: architecture.set_filters(m, name, int(count), rng=self._rng), select=name)

    @guarded
    def _on_q_dense(self, count: int) -> None:
        name = self._selected
        if name is not None:
            self._apply(lambda m: architecture.set_dense_size(m, name, int(count), rng=self._rng), select=name)

    @guarded
    def _on_q_input(self, _value: int = 0) -> None:
        c, h, w = self.channels_spin.value(), self.height_spin.value(), self.width_spin.value()
        if self.session.model is not None and (c, h, w) != tuple(self.session.model.input_shape):
            self._apply(lambda m: architecture.set_input(m, channels=c, height=h, width=w, rng=self._rng),
                        select=self._selected)


def _set_quietly(spin: QSpinBox, value: int) -> None:
    spin.blockSignals(True)
    spin.setValue(int(value))
    spin.blockSignals(False)


def _shape_text(shape) -> str:
    return " \u00d7 ".join(map(str, shape))


def flow_text(model) -> str:
    """The shape flow as rich text: the input, then one line per layer (output shape, formulas, parameters),
    then the model's parameters beside those of an all-dense network through the same sizes."""
    translate = QCoreApplication.translate
    input_word = translate("ArchitectureEditor", "input")
    lines = [f"{input_word}: <b>{_shape_text(model.input_shape)}</b>"]
    for step in architecture.shape_flow(model):
        line = f"{step.name} ({step.kind}): <b>{_shape_text(step.output_shape)}</b>"
        formulas = [engine_text(formula) for formula in step.formulas]
        if formulas:
            line += " \u2014 " + "; ".join(formulas)
        if step.parameters:
            count = translate("ArchitectureEditor", "{0} parameters (dense: {1})")
            line += " \u2014 " + count.format(f"{step.parameters:,}", f"{step.dense_parameters:,}")
        lines.append(line)
    ours, dense = architecture.parameter_comparison(model)
    total = translate("ArchitectureEditor",
                      "{0} parameters; an all-dense network through the same sizes would have {1}")
    lines.append("<b>%s</b>" % total.format(f"{ours:,}", f"{dense:,}"))
    return "<br>".join(lines)
