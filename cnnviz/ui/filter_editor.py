"""Edit one convolution filter by hand: type numbers, drag to paint, pick a preset.

The editor never touches a model. It keeps its own copy of the filter, and every accepted change
emits ``weights_changed(layer_name, filter_index, weights (C, KH, KW) float32, bias)``; the window
turns that into a new model with ``cnnviz.analysis.edit.set_filter``. Text that is not a finite
number is refused with a visible hint and never applied.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QRadioButton, QVBoxLayout, QWidget)

from cnnviz.analysis import edit
from cnnviz.analysis.channels import channel_label, plane_names
from cnnviz.analysis.explain import fmt

from .explain_text import engine_text, term
from .cell_tables import FONT_POINTS
from .kernel_grid import KernelGrid, parse_number  # noqa: F401  (parse_number: the editor's check, for tests)


class FilterEditor(QWidget):
    """Edits one filter (all its input-channel slices) and its bias; emits ``weights_changed``.

    ``set_filter(layer_name, filter_index, weights, bias, flip=False)`` shows a filter (no signal);
    ``set_from_model(model, layer_name, filter_index)`` does the same from a model.
    """

    weights_changed = Signal(str, int, object, float)   # layer name, filter index, (C, KH, KW) float32, bias

    def __init__(self, parent: QWidget | None = None, *, rng: np.random.Generator | None = None):
        super().__init__(parent)
        self._layer = ""
        self._filter = 0
        self._weights = np.zeros((1, 3, 3), dtype=np.float64)
        self._bias = 0.0
        self._flip = False
        self._rng = rng if rng is not None else np.random.default_rng()

        title_font = QFont()
        title_font.setPointSize(FONT_POINTS + 2)
        title_font.setBold(True)
        self._title = QLabel(self.tr("No filter selected"))
        self._title.setFont(title_font)

        self._channel = QComboBox()
        self._channel_label = QLabel(self.tr("input channel"))
        self._channel.currentIndexChanged.connect(self._on_channel_changed)

        self.grid = KernelGrid()
        self.grid.cell_commit_requested.connect(self._on_cell_commit)
        self.grid.cell_painted.connect(self._on_cell_painted)

        self._type_mode = QRadioButton(self.tr("Type"))
        self._paint_mode = QRadioButton(self.tr("Paint"))
        self._type_mode.setToolTip(self.tr("Click a cell, then type a number (Enter applies, Esc cancels)"))
        self._paint_mode.setToolTip(self.tr("Press and drag over cells to set them to the brush value"))
        self._type_mode.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self._type_mode)
        group.addButton(self._paint_mode)
        self._mode_group = group
        self._paint_mode.toggled.connect(self._on_mode_toggled)
        self._brush = QDoubleSpinBox()
        self._brush.setRange(-10.0, 10.0)
        self._brush.setDecimals(3)
        self._brush.setSingleStep(0.5)
        self._brush.setValue(1.0)
        self._brush.setPrefix(self.tr("brush "))
        self._brush.valueChanged.connect(self._on_brush_changed)

        self._bias_edit = QLineEdit("0.000")
        self._bias_edit.setMaximumWidth(110)
        self._bias_edit.editingFinished.connect(self._on_bias_finished)

        self._preset = QComboBox()
        self._preset.addItem(self.tr("preset…"), "")
        for name in edit.PRESETS:
            self._preset.addItem(term(edit.PRESET_TITLES[name]), name)
        self._preset.activated.connect(self._on_preset_activated)
        self._all_channels = QCheckBox(self.tr("all channels"))
        self._all_channels.setChecked(True)
        self._all_channels.setToolTip(self.tr("Apply a preset to every input channel's slice of the filter, "
                                              "or only to the one shown"))

        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self._hint.setStyleSheet("color: #b0201c; font-weight: bold;")
        self._hint.hide()
        self._note = QLabel()
        self._note.setWordWrap(True)
        self._note.setStyleSheet("color: #555;")

        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._channel_label)
        top.addWidget(self._channel)
        modes = QHBoxLayout()
        modes.addWidget(self._type_mode)
        modes.addWidget(self._paint_mode)
        modes.addWidget(self._brush)
        modes.addStretch(1)
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("bias")), 0, 0)
        form.addWidget(self._bias_edit, 0, 1)
        form.addWidget(self._preset, 0, 2)
        form.addWidget(self._all_channels, 0, 3)
        form.setColumnStretch(4, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addLayout(modes)
        layout.addLayout(form)
        layout.addWidget(self._hint)
        layout.addWidget(self._note)
        self._update_channel_box()

    # -- public API ----------------------------------------------------------------------------
    def set_filter(self, layer_name: str, filter_index: int, weights, bias: float, *, flip: bool = False,
                   channel_names: tuple[str, ...] = ()) -> None:
        """Show filter `filter_index` of `layer_name`: weights (C, KH, KW) or (KH, KW), as stored.
        ``channel_names`` names the input channels in the channel box ("R", "G", "B"; else their numbers)."""
        self._channel_names = tuple(channel_names)
        w = np.array(weights, dtype=np.float64)
        if w.ndim == 2:
            w = w[None]
        if w.ndim != 3:
            raise ValueError(f"a filter has shape (C, KH, KW), got {w.shape}")
        keep_channel = self._channel.currentIndex() if w.shape[0] == self._weights.shape[0] else 0
        self._layer, self._filter, self._weights = layer_name, int(filter_index), w
        self._bias, self._flip = float(bias), bool(flip)
        size = f"{w.shape[1]}x{w.shape[2]}"
        self._title.setText(self.tr("{0} · filter {1}  ({2}, {3} channels)").format(layer_name, filter_index, size,
                                                                                   w.shape[0]) if w.shape[0] > 1
                            else self.tr("{0} · filter {1}  ({2})").format(layer_name, filter_index, size))
        self._note.setText(self.tr("This layer computes a true convolution: the grid shows the weights as stored; "
                                   "they are multiplied rotated by 180°.") if flip else
                           self.tr("Cross-correlation: the grid is laid on each patch exactly as shown."))
        self._update_channel_box(keep_channel)
        self._bias_edit.setText(fmt(self._bias))
        self._bias_edit.setStyleSheet("")
        self.clear_hint()

    def set_palette(self, name: str) -> None:
        """Colour the cells with the pipeline's palette (``cnnviz.viz.colormap.PALETTES``)."""
        self.grid.palette = name
        self.grid.update()

    def set_from_model(self, model, layer_name: str, filter_index: int) -> None:
        layer = model.layer(layer_name)
        self.set_filter(layer_name, filter_index, layer.weight[filter_index], float(layer.bias[filter_index]),
                        flip=layer.flip, channel_names=plane_names(model.layers, model.input_shape[0], layer_name))

    def set_rng(self, rng: np.random.Generator) -> None:
        self._rng = rng

    @property
    def layer_name(self) -> str:
        return self._layer

    @property
    def filter_index(self) -> int:
        return self._filter

    @property
    def channel(self) -> int:
        return max(self._channel.currentIndex(), 0)

    @property
    def weights(self) -> np.ndarray:
        return self._weights.astype(np.float32)

    @property
    def bias(self) -> float:
        return self._bias

    @property
    def hint_text(self) -> str:
        return self._hint.text() if self._hint.isVisibleTo(self) else ""

    def set_mode(self, mode: str) -> None:
        """"type" or "paint"."""
        (self._paint_mode if mode == "paint" else self._type_mode).setChecked(True)

    def set_brush(self, value: float) -> None:
        self._brush.setValue(value)

    def set_cell_text(self, row: int, col: int, text: str, channel: int | None = None) -> bool:
        """Apply typed text to a cell; False (hint shown, nothing emitted) if it is not a number."""
        value, problem = parse_number(text)
        if value is None:
            self.show_hint(self.tr("Cell ({0}, {1}): {2}. Not applied; the cell keeps {3}.").format(
                row, col, problem, fmt(self._weights[self.channel if channel is None else channel, row, col])))
            return False
        c = self.channel if channel is None else channel
        self._weights[c, row, col] = value
        if c == self.channel:
            self.grid.set_value(row, col, value)
        self.clear_hint()
        self._emit()
        return True

    def set_bias_text(self, text: str) -> bool:
        value, problem = parse_number(text)
        if value is None:
            self.show_hint(self.tr("Bias: {0}. Not applied; the bias stays {1}.").format(problem, fmt(self._bias)))
            self._bias_edit.setStyleSheet("QLineEdit { border: 2px solid #c0392b; background: #fde2e2; }")
            return False
        self._bias = value
        self._bias_edit.setText(fmt(value))
        self._bias_edit.setStyleSheet("")
        self.clear_hint()
        self._emit()
        return True

    def apply_preset(self, name: str) -> bool:
        """Set the shown channel (or every channel) to a preset; False with a hint if it does not fit."""
        c, kh, kw = self._weights.shape
        channels = range(c) if self._all_channels.isChecked() else [self.channel]
        try:
            kernels = [edit.filter_preset(name, (kh, kw), rng=self._rng, fan_in=c * kh * kw) for _ in channels]
        except edit.EditError as exc:
            self.show_hint(self.tr("{0}. Not applied.").format(engine_text(str(exc))))
            return False
        for ch, kernel in zip(channels, kernels):
            self._weights[ch] = kernel
        self.grid.set_values(self._weights[self.channel])
        self.clear_hint()
        self._emit()
        return True

    def show_hint(self, text: str) -> None:
        self._hint.setText(text)
        self._hint.show()

    def clear_hint(self) -> None:
        self._hint.clear()
        self._hint.hide()

    # -- Qt to state ---------------------------------------------------------------------------
    def _emit(self) -> None:
        if self._layer:
            self.weights_changed.emit(self._layer, self._filter, self._weights.astype(np.float32), float(self._bias))

    def _update_channel_box(self, keep: int = 0) -> None:
        c = self._weights.shape[0]
        self._channel.blockSignals(True)
        self._channel.clear()
        names = getattr(self, "_channel_names", ())
        self._channel.addItems([channel_label(names if len(names) == c else (), i) for i in range(c)])
        self._channel.setCurrentIndex(min(keep, c - 1))
        self._channel.blockSignals(False)
        self._channel.setVisible(c > 1)
        self._channel_label.setVisible(c > 1)
        self._all_channels.setVisible(c > 1)
        self.grid.set_values(self._weights[self.channel])

    def _on_channel_changed(self, index: int) -> None:
        if index >= 0:
            self.grid.cancel_edit()
            self.grid.set_values(self._weights[index])

    def _on_cell_commit(self, row: int, col: int, text: str) -> None:
        if self.set_cell_text(row, col, text):
            self.grid.finish_edit()
        else:
            self.grid.mark_invalid()

    def _on_cell_painted(self, row: int, col: int) -> None:
        self._weights[self.channel, row, col] = self.grid.brush
        self.clear_hint()
        self._emit()

    def _on_mode_toggled(self, paint: bool) -> None:
        self.grid.cancel_edit()
        self.grid.mode = "paint" if paint else "type"
        self.grid.update()

    def _on_brush_changed(self, value: float) -> None:
        self.grid.brush = float(value)

    def _on_bias_finished(self) -> None:
        """Return or focus out: apply a changed, valid bias; refuse invalid text with a hint."""
        text = self._bias_edit.text()
        value, _ = parse_number(text)
        if value is None:
            self.set_bias_text(text)
            return
        self._bias_edit.setStyleSheet("")
        if text.strip() != fmt(self._bias):
            self.set_bias_text(text)
        self._bias_edit.setText(fmt(self._bias))

    def _on_preset_activated(self, index: int) -> None:
        name = self._preset.itemData(index)
        if name:
            self.apply_preset(name)
        self._preset.blockSignals(True)
        self._preset.setCurrentIndex(0)
        self._preset.blockSignals(False)
