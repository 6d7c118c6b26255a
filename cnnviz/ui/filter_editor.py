"""Edit one convolution filter by hand: type numbers, drag to paint, pick a preset.

The editor never touches a model. It keeps its own copy of the filter, and every accepted change
emits ``weights_changed(layer_name, filter_index, weights (C, KH, KW) float32, bias)``; the window
turns that into a new model with ``cnnviz.analysis.edit.set_filter``. Text that is not a finite
number is refused with a visible hint and never applied.
"""
from __future__ import annotations

import PySide6  # noqa: F401
import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

from cnnviz.analysis import edit
from cnnviz.analysis.explain import fmt
from cnnviz.viz.colormap import DEFAULT_PALETTE

from .explain_text import engine_text, term
from .inspector import FONT_POINTS, sign_color, text_color

MAX_ABS_WEIGHT = 1e6


def parse_number(text: str) -> tuple[float | None, str]:
    """(value, "") for a finite number, else (None, a hint saying why). Accepts a decimal comma."""
    stripped = text.strip().replace("\u2212", "-")
    if stripped.count(",") == 1 and "." not in stripped:
        stripped = stripped.replace(",", ".")
    if not stripped:
        return None, QCoreApplication.translate("FilterEditor", "empty: type a number such as 0.5 or -1")
    try:
        value = float(stripped)
    except ValueError:
        return None, QCoreApplication.translate("FilterEditor", "'{0}' is not a number: type one such as 0.5 or "
                                                                "-1").format(text)
    if not np.isfinite(value):
        return None, QCoreApplication.translate("FilterEditor", "'{0}' is not a finite number").format(text)
    if abs(value) > MAX_ABS_WEIGHT:
        return None, QCoreApplication.translate("FilterEditor", "'{0}' is too large: weights between -{1} and {1} "
                                                                "only").format(text, f"{MAX_ABS_WEIGHT:g}")
    return value, ""


class KernelGrid(QWidget):
    """A painted KH x KW grid of numbers coloured by sign. In "type" mode a click selects a cell and
    a double click, Enter or a typed digit opens an inline editor; in "paint" mode pressing and
    dragging sets every cell passed over to the brush value."""

    cell_commit_requested = Signal(int, int, str)   # row, col, text typed (the editor validates)
    cell_painted = Signal(int, int)                 # row, col set to the brush value

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._values = np.zeros((3, 3))
        self._selected: tuple[int, int] | None = (0, 0)
        self.mode = "type"
        self.brush = 1.0
        self.palette = DEFAULT_PALETTE      # the pipeline's: cells coloured as its filter tiles (FilterEditor.set_palette)
        self._last_painted: tuple[int, int] | None = None
        self._editor = QLineEdit(self)
        self._editor.hide()
        self._editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._editor.installEventFilter(self)
        self._editing: tuple[int, int] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 180)

    # -- data ----------------------------------------------------------------------------------
    def set_values(self, values: np.ndarray) -> None:
        values = np.array(values, dtype=np.float64)
        if values.shape != self._values.shape:
            self.cancel_edit()
            self._selected = (0, 0)
        self._values = values
        self.update()

    @property
    def values(self) -> np.ndarray:
        return self._values.copy()

    def set_value(self, row: int, col: int, value: float) -> None:
        self._values[row, col] = value
        self.update()

    @property
    def editing(self) -> tuple[int, int] | None:
        return self._editing

    @property
    def line_edit(self) -> QLineEdit:
        return self._editor

    # -- geometry ------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        kh, kw = self._values.shape
        return QSize(max(kw * 72, 180), max(kh * 72, 180))

    def _cell_size(self) -> int:
        kh, kw = self._values.shape
        return max(8, min(self.width() // kw, self.height() // kh))

    def cell_rect(self, row: int, col: int) -> QRect:
        s = self._cell_size()
        return QRect(col * s, row * s, s, s)

    def cell_at(self, pos: QPoint) -> tuple[int, int] | None:
        s = self._cell_size()
        row, col = pos.y() // s, pos.x() // s
        kh, kw = self._values.shape
        if 0 <= row < kh and 0 <= col < kw and pos.x() >= 0 and pos.y() >= 0:
            return int(row), int(col)
        return None

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        scale = max(float(np.abs(self._values).max()), 1e-12)
        s = self._cell_size()
        font = QFont(self.font())
        font.setPointSize(max(7, min(FONT_POINTS + 2, s // 5)))
        painter.setFont(font)
        kh, kw = self._values.shape
        for r in range(kh):
            for c in range(kw):
                rect = self.cell_rect(r, c)
                color = sign_color(self._values[r, c], scale, self.palette)
                painter.fillRect(rect, color)
                painter.setPen(QPen(QColor(120, 120, 120), 1))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
                painter.setPen(text_color(color))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, fmt(self._values[r, c]))
        if self._selected is not None and self.mode == "type":
            painter.setPen(QPen(QColor(255, 160, 0), 3))
            painter.drawRect(self.cell_rect(*self._selected).adjusted(1, 1, -2, -2))
        painter.end()

    # -- mouse and keys ------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if self.mode == "paint":
            self._last_painted = None
            self._paint(cell)
        else:
            self.cancel_edit()
            self._selected = cell
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.mode == "paint" and event.buttons() & Qt.MouseButton.LeftButton:
            cell = self.cell_at(event.position().toPoint())
            if cell is not None:
                self._paint(cell)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._last_painted = None

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is not None and self.mode == "type":
            self._selected = cell
            self.start_edit(cell)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._selected is None:
            self._selected = (0, 0)
        r, c = self._selected
        kh, kw = self._values.shape
        moves = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0), Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1)}
        if event.key() in moves:
            dr, dc = moves[event.key()]
            self._selected = (min(max(r + dr, 0), kh - 1), min(max(c + dc, 0), kw - 1))
            self.update()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.start_edit(self._selected)
        elif event.text() and event.text() in "0123456789-.,+":
            self.start_edit(self._selected, event.text())
        else:
            super().keyPressEvent(event)

    def _paint(self, cell: tuple[int, int]) -> None:
        if cell == self._last_painted:
            return
        self._last_painted = cell
        if self._values[cell] != self.brush:
            self._values[cell] = self.brush
            self.update()
            self.cell_painted.emit(*cell)

    # -- inline editor -------------------------------------------------------------------------
    def start_edit(self, cell: tuple[int, int], text: str | None = None) -> None:
        self._editing = cell
        self._editor.setGeometry(self.cell_rect(*cell).adjusted(3, 3, -3, -3))
        self._editor.setStyleSheet("")
        self._editor.setText(fmt(self._values[cell]) if text is None else text)
        if text is None:
            self._editor.selectAll()
        self._editor.show()
        self._editor.setFocus()

    def cancel_edit(self) -> None:
        if self._editing is not None:
            self._editing = None
            self._editor.hide()
            self.setFocus()

    def mark_invalid(self) -> None:
        self._editor.setStyleSheet("QLineEdit { border: 2px solid #c0392b; background: #fde2e2; }")

    def finish_edit(self) -> None:
        self._editing = None
        self._editor.hide()
        self.setFocus()

    def _on_editor_return(self) -> None:
        if self._editing is not None:
            self.cell_commit_requested.emit(*self._editing, self._editor.text())

    def eventFilter(self, watched, event) -> bool:
        if watched is self._editor and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.cancel_edit()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # consumed here: a QLineEdit passes Return on to its parent, which would reopen the editor
                self._on_editor_return()
                return True
        return super().eventFilter(watched, event)


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
    def set_filter(self, layer_name: str, filter_index: int, weights, bias: float, *, flip: bool = False) -> None:
        """Show filter `filter_index` of `layer_name`: weights (C, KH, KW) or (KH, KW), as stored."""
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
                        flip=layer.flip)

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
        self._channel.addItems([str(i) for i in range(c)])
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
