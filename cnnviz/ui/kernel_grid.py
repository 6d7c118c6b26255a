"""The filter editor's grid of numbers: type a weight or paint with a brush; and the check of typed numbers.

Text that is not a finite number within MAX_ABS_WEIGHT is refused with a hint (in the ``FilterEditor``
translation context, where the editor shows it) and never applied.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget

from cnnviz.analysis.explain import fmt
from cnnviz.viz.colormap import DEFAULT_PALETTE

from .cell_tables import FONT_POINTS, sign_color, text_color

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
