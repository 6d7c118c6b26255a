"""The knobs of one convolution or pooling layer, with the arithmetic of sizes filled in.

The controls never edit a model: each change a user makes emits ``change_requested(layer_name,
change)`` with a dict such as ``{"padding": (1, 1)}``, ``{"activation": "tanh"}`` or
``{"mode": "avg"}``, ready for ``cnnviz.analysis.edit.apply_change``. The window applies it and
shows the result with ``set_settings`` (from ``explain.layer_settings``) and ``show_notes``; when
the edit is refused it calls ``show_error`` and ``set_settings`` with the unchanged layer.
"""
from __future__ import annotations

from collections.abc import Sequence

import PySide6  # noqa: F401
from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
                               QSizePolicy, QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from cnnviz.engine import ops
from cnnviz.analysis import explain

from .explain_text import engine_text
from .cell_tables import FONT_POINTS

# English source texts (shown translated: self.tr(...) in LayerControls)
CORRELATION_NOTE = QT_TRANSLATE_NOOP(
    "LayerControls", "Frameworks (PyTorch, TensorFlow) compute cross-correlation and call it \"convolution\": "
                     "the filters are learned, so a flipped kernel would just be learned flipped.")
OPERATIONS = ((QT_TRANSLATE_NOOP("LayerControls", "cross-correlation"), False),
              (QT_TRANSLATE_NOOP("LayerControls", "true convolution (kernel rotated 180°)"), True))
SIMILARITY_CHOICES = (("dot", QT_TRANSLATE_NOOP("LayerControls", "inner product (dot): a convolution")),
                      ("cosine", QT_TRANSLATE_NOOP("LayerControls", "cosine similarity")),
                      ("rbf", QT_TRANSLATE_NOOP("LayerControls", "radial basis: exp(-γ |patch - filter|²)")))
MAX_SPIN = 64


def _spin(minimum: int, maximum: int, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    spin.setKeyboardTracking(False)        # typing "12" asks once for 12, not for 1 then 12
    if suffix:
        spin.setSuffix(suffix)
    return spin


class LayerControls(QWidget):
    """Padding, stride, kernel size, activation and correlation/convolution of a conv layer, or mode,
    size and stride of a pooling layer; its output size with the formula filled in; the notes of
    the last edit and an Undo button."""

    change_requested = Signal(str, object)   # layer name, dict of settings to change
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings: explain.LayerSettings | None = None
        title_font = QFont()
        title_font.setPointSize(FONT_POINTS + 2)
        title_font.setBold(True)
        self._title = QLabel(self.tr("Select a convolution or pooling layer"))
        self._title.setFont(title_font)

        # convolution page
        self.padding = _spin(0, MAX_SPIN)
        self.stride = _spin(1, MAX_SPIN)
        self.kernel = _spin(1, MAX_SPIN)
        self.activation = QComboBox()
        for function in ops.ACTIVATIONS:      # function names as written, but "identity" is a word
            self.activation.addItem(self.tr("identity (none)") if function == "identity" else function, function)
        self.operation = QComboBox()
        for text, flip in OPERATIONS:
            self.operation.addItem(self.tr(text), flip)
        self.similarity = QComboBox()
        for key, text in SIMILARITY_CHOICES:
            self.similarity.addItem(self.tr(text), key)
        self.similarity.setToolTip(self.tr("What each output cell measures between the filter and the patch under it"))
        self.gamma = QDoubleSpinBox()
        self.gamma.setRange(0.01, 100.0)
        self.gamma.setDecimals(2)
        self.gamma.setSingleStep(0.25)
        self.gamma.setKeyboardTracking(False)
        self.gamma.setToolTip(self.tr("γ of the radial-basis similarity: larger means only very close patches "
                                      "score high"))
        self._correlation_note = QLabel(self.tr(CORRELATION_NOTE))
        self._correlation_note.setWordWrap(True)
        self._correlation_note.setStyleSheet("color: #555;")
        conv_page = QWidget()
        conv_form = QFormLayout(conv_page)
        conv_form.addRow(self.tr("padding"), self.padding)
        conv_form.addRow(self.tr("stride"), self.stride)
        conv_form.addRow(self.tr("kernel size"), self.kernel)
        conv_form.addRow(self.tr("activation"), self.activation)
        conv_form.addRow(self.tr("operation"), self.operation)
        conv_form.addRow(self._correlation_note)
        conv_form.addRow(self.tr("similarity"), self.similarity)
        conv_form.addRow(self.tr("gamma (rbf)"), self.gamma)

        # pooling page
        self.mode = QComboBox()
        for mode, text in (("max", self.tr("max")), ("min", self.tr("min")), ("avg", self.tr("average"))):
            self.mode.addItem(text, mode)
        self.adaptive = QCheckBox(self.tr("fixed output grid (adaptive)"))
        self.grid = _spin(1, MAX_SPIN)
        self.pool_size = _spin(1, MAX_SPIN)
        self.pool_stride = _spin(1, MAX_SPIN)
        pool_page = QWidget()
        pool_form = QFormLayout(pool_page)
        pool_form.addRow(self.tr("mode"), self.mode)
        pool_form.addRow(self.adaptive)
        pool_form.addRow(self.tr("output grid"), self.grid)
        pool_form.addRow(self.tr("window size"), self.pool_size)
        pool_form.addRow(self.tr("stride"), self.pool_stride)

        self._pages = QStackedWidget()
        self._pages.currentChanged.connect(self._on_page_changed)
        self._empty = QLabel(self.tr("This layer has no settings."))
        self._pages.addWidget(self._empty)
        self._pages.addWidget(conv_page)
        self._pages.addWidget(pool_page)
        self._conv_page, self._pool_page = conv_page, pool_page

        self._shape = QLabel()
        self._formula = QLabel()
        self._formula.setWordWrap(True)
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSize(FONT_POINTS - 2)
        self._formula.setFont(mono)
        self._params = QLabel()
        self._params.setWordWrap(True)
        self._notes = QLabel()
        self._notes.setWordWrap(True)
        self._notes.hide()
        self._error = QLabel()
        self._error.setWordWrap(True)
        self._error.setStyleSheet("color: #b0201c; font-weight: bold;")
        self._error.hide()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setEnabled(False)
        self.undo_button.setToolTip(self.tr("Go back to the model before the last change"))
        self.undo_button.clicked.connect(self.undo_requested)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._pages)
        layout.addWidget(self._shape)
        layout.addWidget(self._formula)
        layout.addWidget(self._params)
        layout.addWidget(self._notes)
        layout.addWidget(self._error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        layout.addStretch(1)

        self.padding.valueChanged.connect(lambda v: self._request({"padding": (v, v)}))
        self.stride.valueChanged.connect(lambda v: self._request({"stride": (v, v)}))
        self.kernel.valueChanged.connect(lambda v: self._request({"kernel_size": (v, v)}))
        self.activation.currentIndexChanged.connect(
            lambda i: self._request({"activation": self.activation.itemData(i)}))
        self.operation.currentIndexChanged.connect(lambda i: self._request({"flip": bool(self.operation.itemData(i))}))
        self.similarity.currentIndexChanged.connect(
            lambda i: self._request({"similarity": self.similarity.itemData(i)}))
        self.gamma.valueChanged.connect(lambda v: self._request({"gamma": float(v)}))
        self.mode.currentIndexChanged.connect(lambda i: self._request({"mode": self.mode.itemData(i)}))
        self.adaptive.toggled.connect(self._on_adaptive_toggled)
        self.grid.valueChanged.connect(lambda v: self._request({"output_size": (v, v)}))
        self.pool_size.valueChanged.connect(self._on_pool_size)
        self.pool_stride.valueChanged.connect(lambda v: self._request({"stride": (v, v)}))

    # -- model to view -------------------------------------------------------------------------
    @property
    def settings(self) -> explain.LayerSettings | None:
        return self._settings

    @property
    def layer_name(self) -> str | None:
        return self._settings.layer_name if self._settings else None

    def set_layer(self, model, layer_name: str) -> None:
        """Show a layer of a model (any kind; only conv and pool layers have controls)."""
        try:
            self.set_settings(explain.layer_settings(model, layer_name))
        except explain.ExplainError:
            self._settings = None
            self._title.setText(f"{layer_name}: {model.layer(layer_name).kind}")
            self._pages.setCurrentWidget(self._empty)
            for label in (self._shape, self._formula, self._params):
                label.clear()

    def set_settings(self, settings: explain.LayerSettings) -> None:
        """Show a conv or pool layer's settings, without emitting anything."""
        self._settings = settings
        widgets = (self.padding, self.stride, self.kernel, self.activation, self.operation, self.mode, self.adaptive,
                   self.grid, self.pool_size, self.pool_stride, self.similarity, self.gamma)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            if settings.kind == "conv2d":
                self._title.setText(self.tr("{0}: convolution").format(settings.layer_name))
                self._pages.setCurrentWidget(self._conv_page)
                self.padding.setValue(settings.padding[0])
                self.stride.setValue(settings.stride[0])
                self.kernel.setValue(settings.kernel_size[0])
                self.activation.setCurrentIndex(max(self.activation.findData(settings.activation or "identity"), 0))
                self.operation.setCurrentIndex(1 if settings.flip else 0)
                self.similarity.setCurrentIndex(max(self.similarity.findData(settings.similarity), 0))
                self.gamma.setValue(settings.gamma)
                self.gamma.setEnabled(settings.similarity == "rbf")
            else:
                self._title.setText(self.tr("{0}: pooling").format(settings.layer_name))
                self._pages.setCurrentWidget(self._pool_page)
                self.mode.setCurrentIndex(self.mode.findData(settings.mode))
                adaptive = settings.output_size is not None
                self.adaptive.setChecked(adaptive)
                self.grid.setEnabled(adaptive)
                self.pool_size.setEnabled(not adaptive)
                self.pool_stride.setEnabled(not adaptive)
                if adaptive:
                    # unticking "adaptive" offers the window that gives the same grid
                    window = max(settings.input_shape[1] // settings.output_size[0], 1)
                    self.grid.setValue(settings.output_size[0])
                    self.pool_size.setValue(window)
                    self.pool_stride.setValue(window)
                else:
                    self.grid.setValue(settings.output_shape[1])
                    self.pool_size.setValue(settings.kernel_size[0])
                    self.pool_stride.setValue(settings.stride[0])
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        shape_in = " x ".join(map(str, settings.input_shape))
        shape_out = " x ".join(map(str, settings.output_shape))
        self._shape.setText(self.tr("input {0}  →  output {1}").format(shape_in, shape_out))
        self._formula.setText(self.formula_text(settings.formulas))
        params = settings.parameters
        self._params.setText(self.tr("{0} parameters: {1}").format(f"{params.total:,}", engine_text(params.formula))
                             if params and params.total else self.tr("no parameters"))

    def formula_text(self, formulas: Sequence[explain.SizeFormula]) -> str:
        if len(formulas) == 2 and formulas[0].text == formulas[1].text:
            return self.tr("height and width: {0}").format(engine_text(formulas[0].text))
        axes = {"height": self.tr("height"), "width": self.tr("width")}
        return "\n".join(f"{axes.get(f.axis, f.axis)}: {engine_text(f.text)}" for f in formulas)

    def formula(self) -> str:
        return self._formula.text()

    def show_notes(self, notes: Sequence[str], *, undo_available: bool = True) -> None:
        """Show what the last edit did (from ``EditResult.notes``)."""
        self._error.hide()
        self._notes.setText("\n".join(f"• {engine_text(note)}" for note in notes))
        self._notes.setVisible(bool(notes))
        self.undo_button.setEnabled(undo_available)

    def show_error(self, message: str) -> None:
        """Show why a requested change was refused (the window keeps the model as it was)."""
        self._error.setText(message)
        self._error.show()

    def set_undo_available(self, available: bool) -> None:
        self.undo_button.setEnabled(bool(available))

    @property
    def notes_text(self) -> str:
        return self._notes.text() if self._notes.isVisibleTo(self) else ""

    @property
    def error_text(self) -> str:
        return self._error.text() if self._error.isVisibleTo(self) else ""

    def _on_page_changed(self, index: int) -> None:
        """Let the stack take the height of the page shown, not of the tallest page."""
        for k in range(self._pages.count()):
            policy = QSizePolicy.Policy.Preferred if k == index else QSizePolicy.Policy.Ignored
            self._pages.widget(k).setSizePolicy(policy, policy)
        self._pages.adjustSize()

    # -- view to request -----------------------------------------------------------------------
    def _request(self, change: dict) -> None:
        if self._settings is not None:
            self._error.hide()
            self.change_requested.emit(self._settings.layer_name, change)

    def _on_adaptive_toggled(self, adaptive: bool) -> None:
        if adaptive:
            self._request({"output_size": (self.grid.value(), self.grid.value())})
        else:
            size = self.pool_size.value()
            self._request({"size": (size, size), "stride": (self.pool_stride.value(),) * 2})

    def _on_pool_size(self, size: int) -> None:
        self._request({"size": (size, size)})
