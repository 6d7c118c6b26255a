"""The inspector: point at any cell and see its arithmetic, laid out like a spreadsheet.

The panel does no maths: it asks ``cnnviz.engine.explain`` for a plain dataclass and renders it.
Products and contributions are coloured by sign (blue positive, red negative: a diverging
palette that colour-blind readers can tell apart by lightness too) and every number also carries
its sign as text. Numbers are shown rounded to ``explain.DECIMALS`` decimals, as the panel says.
"""
from __future__ import annotations

import re

import PySide6  # noqa: F401  (PySide6 before pyqtgraph, whoever imports this first)
import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QSizePolicy,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from cnnviz.engine import explain
from cnnviz.engine.explain import fmt

# Diverging palette (ColorBrewer RdBu ends): positive blue, negative red, zero white.
POSITIVE = QColor(33, 102, 172)
NEGATIVE = QColor(178, 24, 43)
ZERO = QColor(255, 255, 255)
PADDING = QColor(215, 215, 215)
WINNER = QColor(255, 200, 40)
HIGHLIGHT = QColor(255, 240, 170)
FONT_POINTS = 13
MAX_DENSE_ROWS = 16        # largest contributions listed one by one; the rest are summed in one row
MAX_POOL_SIDE = 16         # larger pooling windows are shown around their winner
MAX_CHANNEL_BLOCKS = 8     # input channels shown cell by cell; the rest by their partial sums


def sign_color(value: float, scale: float) -> QColor:
    """White at 0, towards blue for positive and red for negative, saturating at |value| = scale."""
    t = 0.0 if scale <= 0 else min(abs(float(value)) / scale, 1.0) * 0.85
    end = POSITIVE if value > 0 else NEGATIVE
    return QColor(round(ZERO.red() + (end.red() - ZERO.red()) * t),
                  round(ZERO.green() + (end.green() - ZERO.green()) * t),
                  round(ZERO.blue() + (end.blue() - ZERO.blue()) * t))


def text_color(background: QColor) -> QColor:
    return QColor(255, 255, 255) if background.lightness() < 140 else QColor(0, 0, 0)


class InspectorPanel(QWidget):
    """Shows the arithmetic behind one cell of the pipeline.

    ``show_cell(trace, layer_name, index)`` explains any cell (conv, activation, pool, flatten,
    dense, softmax); ``show_class(trace, class_index)`` explains one class's logit and its softmax.
    ``hover_cell`` does the same unless the panel is pinned; ``refresh(trace)`` re-explains the
    current cell with a new forward pass (the pen moved). ``field_changed`` carries the
    ``explain.ReceptiveField`` of the shown cell (or None) for highlighting on the input grid.
    """

    pinned_changed = Signal(bool)
    field_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, columns: int = 1):
        """``columns=2`` puts the tables on the left and the formulas beside them (for a wide, low dock)."""
        super().__init__(parent)
        self._target: tuple | None = None        # ("cell", layer_name, index) or ("class", class_index)
        self._explanation = None
        self._secondary = None
        big = QFont()
        big.setPointSize(FONT_POINTS + 3)
        big.setBold(True)
        self._title = QLabel("Point at a cell of any feature map to see its arithmetic.")
        self._title.setFont(big)
        self._title.setWordWrap(True)
        self._pin = QCheckBox("Pin")
        self._pin.setToolTip("Keep showing this cell while the pointer moves elsewhere; it still follows the pen")
        self._pin.toggled.connect(self._on_pin_toggled)
        head = QHBoxLayout()
        head.addWidget(self._title, 1)
        head.addWidget(self._pin, 0, Qt.AlignmentFlag.AlignTop)

        self._context = self._label()
        self._table = self._make_table()
        self._formula = self._label(points=FONT_POINTS + 1)
        self._inner = self._label()
        self._table2 = self._make_table()
        self._formula2 = self._label(points=FONT_POINTS + 1)
        self._footer = self._label(points=FONT_POINTS - 2)
        self._footer.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self._context)
        if columns == 2:
            for table in (self._table, self._table2):
                table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
                table.setProperty("fit_width", True)
            left, right = QVBoxLayout(), QVBoxLayout()
            left.addWidget(self._table)
            left.addStretch(1)
            for widget in (self._formula, self._inner, self._table2, self._formula2, self._footer):
                right.addWidget(widget)
            right.addStretch(1)
            row = QHBoxLayout()
            row.addLayout(left, 0)
            row.addLayout(right, 1)
            layout.addLayout(row, 1)
        else:
            layout.addWidget(self._table)
            layout.addWidget(self._formula)
            layout.addWidget(self._inner)
            layout.addWidget(self._table2)
            layout.addWidget(self._formula2)
            layout.addWidget(self._footer)
            layout.addStretch(1)
        self.clear()

    # -- construction helpers ------------------------------------------------------------------
    @staticmethod
    def _label(points: int = FONT_POINTS) -> QLabel:
        label = QLabel()
        font = label.font()
        font.setPointSize(points)
        label.setFont(font)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def _make_table() -> QTableWidget:
        table = QTableWidget()
        font = table.font()
        font.setPointSize(FONT_POINTS)
        table.setFont(font)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # _fit sizes them once
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        return table

    # -- public API ----------------------------------------------------------------------------
    @property
    def pinned(self) -> bool:
        return self._pin.isChecked()

    def set_pinned(self, pinned: bool) -> None:
        self._pin.setChecked(bool(pinned))

    @property
    def explanation(self):
        """The explain dataclass shown (for a class: its DenseOutput, or the softmax if there is none)."""
        return self._explanation

    @property
    def softmax(self) -> explain.SoftmaxExplanation | None:
        return self._secondary

    @property
    def target(self) -> tuple | None:
        """("cell", layer_name, index), ("class", class_index) or None."""
        return self._target

    def text(self) -> str:
        """Everything the panel shows, as plain text (for tests and copying)."""
        parts = [self._title.text(), self._context.text()]
        for table in (self._table, self._table2):
            if table.isHidden():
                continue
            for r in range(table.rowCount()):
                cells = [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
                parts.append("\t".join(cells))
        parts += [self._formula.text(), self._inner.text(), self._formula2.text(), self._footer.text()]
        text = "\n".join(p for p in parts if p)
        return re.sub(r"<[^>]+>", "", text.replace("<br>", "\n"))

    def clear(self, message: str = "Point at a cell of any feature map to see its arithmetic.") -> None:
        self._target = self._explanation = self._secondary = None
        self._title.setText(message)
        for widget in (self._context, self._formula, self._inner, self._formula2, self._footer):
            widget.clear()
            widget.hide()
        for table in (self._table, self._table2):
            table.clearSpans()
            table.clear()
            table.setRowCount(0)
            table.setColumnCount(0)
            table.hide()
        self.field_changed.emit(None)

    def hover_cell(self, trace, layer_name: str, index) -> None:
        """show_cell, unless the panel is pinned."""
        if not self.pinned:
            self.show_cell(trace, layer_name, index)

    def hover_class(self, trace, class_index: int) -> None:
        if not self.pinned:
            self.show_class(trace, class_index)

    def pin_cell(self, trace, layer_name: str, index) -> None:
        self.show_cell(trace, layer_name, index)
        self.set_pinned(True)

    def refresh(self, trace) -> None:
        """Re-explain the shown cell with a new forward pass; clear if it no longer exists."""
        if self._target is None:
            return
        try:
            if self._target[0] == "cell":
                self.show_cell(trace, self._target[1], self._target[2])
            else:
                self.show_class(trace, self._target[1])
        except (explain.ExplainError, KeyError, IndexError):
            self.clear("The cell shown before no longer exists in this network.")

    def show_cell(self, trace, layer_name: str, index) -> None:
        """Explain cell `index` ((n, f, i, j), (f, i, j), (n, k) or (k,)) of a layer of `trace`."""
        result = explain.explain_cell(trace, layer_name, index)
        self.setUpdatesEnabled(False)
        try:
            self._show_cell(trace, layer_name, index, result)
        finally:
            self.setUpdatesEnabled(True)
        try:
            self.field_changed.emit(explain.receptive_field(trace, layer_name, index))
        except explain.ExplainError:
            self.field_changed.emit(None)

    def _show_cell(self, trace, layer_name, index, result) -> None:
        self._reset_views()
        self._target = ("cell", layer_name, tuple(int(v) for v in np.atleast_1d(index)))
        self._explanation = result
        if isinstance(result, explain.ConvCell):
            self._render_conv(result, layer_name)
        elif isinstance(result, explain.PoolCell):
            self._render_pool(result)
        elif isinstance(result, explain.DenseOutput):
            self._render_dense(result, layer_name)
        elif isinstance(result, explain.SoftmaxExplanation):
            k = self._target[2][-1]
            self._explanation = None
            self._render_softmax(result, k, primary=True)
        elif isinstance(result, explain.ActivationCell):
            self._render_activation(result)
        elif isinstance(result, explain.FlattenCell):
            self._render_flatten(result)
        params = explain.layer_parameters(trace, result_layer_name(result, layer_name))
        self._set_footer(result, params)

    def show_class(self, trace, class_index: int, n: int = 0) -> None:
        """Explain one class: its logit's contributions (sorted by size) and the softmax."""
        dense, soft = explain.explain_class(trace, class_index, n)
        self.setUpdatesEnabled(False)
        try:
            self._show_class(trace, class_index, dense, soft)
        finally:
            self.setUpdatesEnabled(True)
        self.field_changed.emit(None)

    def _show_class(self, trace, class_index, dense, soft) -> None:
        self._reset_views()
        self._target = ("class", int(class_index))
        self._explanation = dense if dense is not None else soft
        self._secondary = soft
        if dense is not None:
            self._render_dense(dense, dense.layer_name)
            self._render_softmax(soft, class_index, primary=False)
        else:
            self._render_softmax(soft, class_index, primary=True)
        summary = explain.parameter_counts(trace)
        self._footer.setText(f"{explain.ROUNDING_NOTE}\nThe whole network has {summary.total:,} parameters; "
                             f"one dense layer from the {summary.input_size:,} inputs straight to the "
                             f"{summary.classes} classes would have {summary.dense_equivalent:,}.")
        self._footer.show()

    # -- rendering -----------------------------------------------------------------------------
    def _on_pin_toggled(self, pinned: bool) -> None:
        self.pinned_changed.emit(pinned)

    def _reset_views(self) -> None:
        for widget in (self._context, self._formula, self._inner, self._formula2, self._footer):
            widget.hide()
        self._table2.hide()
        self._secondary = None

    @staticmethod
    def _item(text: str, background: QColor | None = None, *, bold: bool = False, italic: bool = False,
              tooltip: str | None = None, align=Qt.AlignmentFlag.AlignCenter) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        if background is not None:
            item.setBackground(QBrush(background))
            item.setForeground(QBrush(text_color(background)))
        if bold or italic:
            font = item.font()
            font.setBold(bold)
            font.setItalic(italic)
            item.setFont(font)
        if tooltip:
            item.setToolTip(tooltip)
        return item

    @staticmethod
    def _prepare(table: QTableWidget, rows: int, headers: list[str]) -> None:
        table.clearSpans()
        table.clear()
        table.setColumnCount(len(headers))
        table.setRowCount(rows)
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setVisible(True)
        table.verticalHeader().setVisible(False)
        table.show()

    def _render_conv(self, cell: explain.ConvCell, pointed: str) -> None:
        n, f, i, j = cell.index
        kh, kw = cell.kernel_size
        act = cell.activation
        self._title.setText(f"{cell.layer_name} · map {f} · row {i}, col {j}"
                            + (f"  (pointed at {pointed})" if pointed != cell.layer_name else ""))
        padding = "; grey cells are padding zeros outside the input" if cell.touches_padding else ""
        self._context.setText(
            f"Filter {f} laid on rows {cell.rows[0]} to {cell.rows[-1]}, cols {cell.cols[0]} to {cell.cols[-1]} of "
            f"{cell.input_name} (stride {cell.stride[0]}, padding {cell.padding[0]}){padding}. "
            f"{cell.flip_note[0].upper()}{cell.flip_note[1:]}.")
        self._context.show()
        multi = len(cell.channels) > 1
        block = kh + (1 if multi else 0)
        width = 3 * kw + 3
        listed = cell.channels[:MAX_CHANNEL_BLOCKS]
        hidden = cell.channels[MAX_CHANNEL_BLOCKS:]
        self._prepare(self._table, 1 + block * len(listed) + (1 if hidden else 0), [""] * width)
        self._table.horizontalHeader().setVisible(False)
        groups = ((0, kw, "patch"), (kw + 1, kw, "filter (rotated 180°)" if cell.flip else "filter"),
                  (2 * kw + 2, kw, "products"), (3 * kw + 2, 1, "partial sum" if multi else "sum"))
        for col, span, text in groups:
            if span > 1:
                self._table.setSpan(0, col, 1, span)
            self._table.setItem(0, col, self._item(text, bold=True))
        self._table.setItem(0, kw, self._item("×", bold=True))
        self._table.setItem(0, 2 * kw + 1, self._item("=", bold=True))
        headers = [""] * width
        scale = max(max(float(np.abs(ch.products).max()) for ch in cell.channels), 1e-12)
        wscale = max(max(float(np.abs(ch.weights).max()) for ch in cell.channels), 1e-12)
        if hidden:
            last = 1 + block * len(listed)
            self._table.setSpan(last, 0, 1, width)
            self._table.setItem(last, 0, self._item(
                f"input channels {hidden[0].channel} to {hidden[-1].channel} (not listed cell by cell): partial sums "
                + ", ".join(fmt(ch.partial_sum) for ch in hidden), HIGHLIGHT, italic=True,
                align=Qt.AlignmentFlag.AlignLeft))
        for b, ch in enumerate(listed):
            top = 1 + b * block
            if multi:
                self._table.setSpan(top, 0, 1, len(headers))
                self._table.setItem(top, 0, self._item(
                    f"input channel {ch.channel}: patch × filter {f} slice {ch.channel}, summed = "
                    f"{fmt(ch.partial_sum)}", HIGHLIGHT, bold=True, align=Qt.AlignmentFlag.AlignLeft))
                top += 1
            for u in range(kh):
                for v in range(kw):
                    pad = bool(ch.is_padding[u, v])
                    self._table.setItem(top + u, v, self._item(
                        fmt(ch.patch[u, v]), PADDING if pad else None, italic=pad,
                        tooltip="padding: a zero outside the input" if pad else
                        f"{cell.input_name}[{ch.channel}, {cell.rows[u]}, {cell.cols[v]}]"))
                    self._table.setItem(top + u, kw + 1 + v, self._item(
                        fmt(ch.weights[u, v]), sign_color(ch.weights[u, v], wscale)))
                    self._table.setItem(top + u, 2 * kw + 2 + v, self._item(
                        fmt(ch.products[u, v]), sign_color(ch.products[u, v], scale)))
                self._table.setItem(top + u, kw, self._item("×"))
                self._table.setItem(top + u, 2 * kw + 1, self._item("="))
            self._table.setItem(top + kh // 2, 3 * kw + 2, self._item(
                fmt(ch.partial_sum), sign_color(ch.partial_sum, scale * kh * kw), bold=True))
        self._fit(self._table)
        lines = []
        if multi:
            lines.append("channels: " + explain.signed_sum(ch.partial_sum for ch in cell.channels)
                         + f" = <b>{fmt(cell.total)}</b>")
        else:
            lines.append(f"sum of the {kh * kw} products = <b>{fmt(cell.total)}</b>")
        if cell.similarity != "dot":
            lines.append(f"{cell.similarity} similarity: {cell.score_formula}")
        lines.append(f"{fmt(cell.score)} + bias {fmt(cell.bias)} = <b>{fmt(cell.value)}</b>"
                     + ("" if act else "  (the value in the feature map)"))
        if act:
            lines.append(f"{act.layer_name}: {act.function}({fmt(cell.value)}) = <b>{fmt(act.output_value)}</b>")
        self._formula.setText("<br>".join(lines))
        self._formula.show()
        ip = cell.inner_product
        cosine = "undefined (a zero vector)" if ip.cosine is None else f"<b>{fmt(ip.cosine)}</b>"
        self._inner.setText(
            f"<b>As an inner product</b> of two vectors of {ip.patch.size} numbers: patch · filter = {fmt(ip.dot)}; "
            f"|patch| = {fmt(ip.patch_norm)}, |filter| = {fmt(ip.filter_norm)}; cosine = dot / (|patch| |filter|) "
            f"= {cosine}: 1 means the patch has exactly the filter's pattern, 0 nothing of it, -1 its opposite.")
        self._inner.show()

    def _render_pool(self, cell: explain.PoolCell) -> None:
        n, c, i, j = cell.index
        name = {"max": "max", "min": "min", "avg": "average"}[cell.mode]
        self._title.setText(f"{cell.layer_name} · map {c} · row {i}, col {j}  ({name} pooling)")
        how = ("an adaptive bin (the grid is fixed whatever the input size)" if cell.adaptive else "a window")
        self._context.setText(f"Pools {how}: rows {cell.rows[0]} to {cell.rows[-1]}, "
                              f"cols {cell.cols[0]} to {cell.cols[-1]} "
                              f"of {cell.input_name}, map {c}."
                              + ("" if cell.winner is None else f" The {name} wins (the first one at ties)."))
        self._context.show()
        cols = cell.values.shape[1]
        u0, u1, v0, v1 = cell.display_window(MAX_POOL_SIDE)
        if (u1 - u0, v1 - v0) != cell.values.shape:
            self._context.setText(self._context.text() + f" Showing rows {cell.rows[u0]} to {cell.rows[u1 - 1]}, "
                                  f"cols {cell.cols[v0]} to {cell.cols[v1 - 1]} of the window.")
        self._prepare(self._table, u1 - u0, [f"col {q}" for q in cell.cols[v0:v1]])
        self._table.setVerticalHeaderLabels([f"row {r}" for r in cell.rows[u0:u1]])
        self._table.verticalHeader().setVisible(True)
        scale = max(float(np.abs(cell.values).max()), 1e-12)
        for u in range(u0, u1):
            for v in range(v0, v1):
                win = cell.winner is not None and u * cols + v == cell.winner
                value = cell.values[u, v]
                self._table.setItem(u - u0, v - v0, self._item(("★ " if win else "") + fmt(value),
                                                               WINNER if win else sign_color(value, scale), bold=win))
        self._fit(self._table)
        self._formula.setText(cell.formula.replace(f"= {fmt(cell.value)}", f"= <b>{fmt(cell.value)}</b>", 1))
        self._formula.show()

    def _render_dense(self, out: explain.DenseOutput, pointed: str) -> None:
        n, k = out.index
        what = f"logit of '{out.class_name}'" if out.class_name else f"output {k}"
        self._title.setText(f"{out.layer_name} · {what}")
        self._context.setText(f"Each of the {out.values.size} input features times its weight, largest "
                              f"contributions first; they sum, with the bias, to the {what}.")
        self._context.show()
        shown, rest, rest_sum = out.top(MAX_DENSE_ROWS)
        self._prepare(self._table, shown.size + (1 if rest else 0) + 3,
                      ["feature", "value", "× weight", "= contribution"])
        scale = max(float(np.abs(out.contributions).max()), 1e-12)
        wscale = max(float(np.abs(out.weights).max()), 1e-12)
        left = Qt.AlignmentFlag.AlignLeft
        for r, q in enumerate(shown):
            self._table.setItem(r, 0, self._item(out.labels[q], align=left))
            self._table.setItem(r, 1, self._item(fmt(out.values[q])))
            self._table.setItem(r, 2, self._item(fmt(out.weights[q]), sign_color(out.weights[q], wscale)))
            self._table.setItem(r, 3, self._item(fmt(out.contributions[q]), sign_color(out.contributions[q], scale)))
        r = shown.size
        if rest:
            self._table.setItem(r, 0, self._item(f"the other {rest} features, together", italic=True, align=left))
            self._table.setSpan(r, 1, 1, 2)
            self._table.setItem(r, 1, self._item("(smaller contributions)", italic=True))
            self._table.setItem(r, 3, self._item(fmt(rest_sum), sign_color(rest_sum, scale), italic=True))
            r += 1
        for offset, (label, value) in enumerate((("sum", out.total), ("+ bias", out.bias), (f"= {what}", out.value))):
            self._table.setItem(r + offset, 0, self._item(label, HIGHLIGHT, bold=True, align=left))
            self._table.setSpan(r + offset, 1, 1, 2)
            self._table.setItem(r + offset, 1, self._item("", HIGHLIGHT))
            self._table.setItem(r + offset, 3, self._item(fmt(value), HIGHLIGHT, bold=True))
        self._fit(self._table, max_rows=MAX_DENSE_ROWS + 4)
        text = f"{what} = {fmt(out.total)} + {fmt(out.bias)} = <b>{fmt(out.value)}</b>"
        if out.activation:
            text += (f"<br>{out.activation.layer_name}: {out.activation.function}({fmt(out.value)}) = "
                     f"<b>{fmt(out.activation.output_value)}</b>")
        self._formula.setText(text)
        self._formula.show()

    def _render_softmax(self, soft: explain.SoftmaxExplanation, k: int, *, primary: bool) -> None:
        table = self._table if primary else self._table2
        label = self._formula if primary else self._formula2
        if primary:
            self._title.setText(f"softmax · p({soft.class_names[k]})")
            self._secondary = soft
        self._prepare(table, len(soft.class_names) + 1,
                      ["class", "logit z", "z - max", "exp(z - max)", "÷ sum", "= probability"])
        left = Qt.AlignmentFlag.AlignLeft
        for r, name in enumerate(soft.class_names):
            bg = HIGHLIGHT if r == k else None
            values = (fmt(soft.logits[r]), fmt(soft.shifted[r]), fmt(soft.exps[r], 4), fmt(soft.total, 4),
                      soft.percent_text(r))
            table.setItem(r, 0, self._item(name, bg, bold=r == k, align=left))
            for c, text in enumerate(values, start=1):
                table.setItem(r, c, self._item(text, bg, bold=r == k and c == 5))
        last = len(soft.class_names)
        table.setItem(last, 0, self._item("sum", None, bold=True, align=left))
        table.setItem(last, 3, self._item(fmt(soft.total, 4), None, bold=True))
        table.setItem(last, 5, self._item(f"{100 * soft.probabilities.sum():.1f} %", None, bold=True))
        self._fit(table)
        label.setText(f"{soft.formula(k)}<br><small>{soft.shift_note}</small>")
        label.show()

    def _render_activation(self, cell: explain.ActivationCell) -> None:
        step = cell.step
        self._title.setText(f"{cell.layer_name} · cell {cell.index[1:]}")
        self._table.hide()
        self._formula.setText(f"{step.function}({fmt(step.input_value)}) = <b>{fmt(step.output_value)}</b>")
        self._formula.show()

    def _render_flatten(self, cell: explain.FlattenCell) -> None:
        self._title.setText(f"{cell.layer_name} · feature {cell.index[1]}")
        self._table.hide()
        self._formula.setText(f"feature {cell.index[1]} is {cell.label}: <b>{fmt(cell.value)}</b> "
                              f"(flattening only lines the maps up: map by map, row by row)")
        self._formula.show()

    def _set_footer(self, result, params: explain.LayerParameters) -> None:
        agreement = getattr(result, "agreement", None)
        lines = [explain.ROUNDING_NOTE]
        if agreement is not None:
            lines.append(f"Check: {agreement.text}.")
        if params.total:
            lines.append(f"{params.layer_name}: {params.formula} parameters.")
            if params.comparison:
                lines.append(params.comparison[0].upper() + params.comparison[1:] + ".")
        self._footer.setText("\n".join(lines))
        self._footer.show()

    @staticmethod
    def _fit(table: QTableWidget, max_rows: int = 16) -> None:
        """Size the table to its content (up to max_rows rows; it scrolls beyond)."""
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        rows = min(table.rowCount(), max_rows)
        height = 2 * table.frameWidth() + sum(table.rowHeight(r) for r in range(rows))
        if table.horizontalHeader().isVisible():
            height += table.horizontalHeader().sizeHint().height()
        width = 2 * table.frameWidth() + sum(table.columnWidth(c) for c in range(table.columnCount()))
        if table.property("fit_width"):       # two-column layout: as wide as the content, no side scrolling
            if table.rowCount() > max_rows:
                width += table.verticalScrollBar().sizeHint().width()
            table.setFixedWidth(width)
        if width > table.width():
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)


def result_layer_name(result, fallback: str) -> str:
    """The layer an explanation is about (a cell of relu1 is explained as a cell of conv1)."""
    return getattr(result, "layer_name", fallback) if not isinstance(result, explain.SoftmaxExplanation) else fallback
