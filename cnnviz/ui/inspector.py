"""The inspector: point at any cell and see its arithmetic, laid out like a spreadsheet.

The panel does no maths: it asks ``cnnviz.analysis.explain`` for a plain dataclass and renders it.
Weights, products and contributions are coloured by sign exactly as the pipeline colours maps and
filters (``cnnviz.viz.colormap``, the pipeline's palette: negative blue, zero white, positive red, or
orange in the colour-blind palette); patches of the network input in the input panel's ink. Every
number also carries its sign as text. Numbers are shown rounded to ``explain.DECIMALS`` decimals, as the panel says.
"""
from __future__ import annotations

import re

import PySide6  # noqa: F401  (PySide6 before pyqtgraph, whoever imports this first)
import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from cnnviz.analysis import explain
from cnnviz.analysis.explain import fmt
from cnnviz.viz.colormap import DEFAULT_PALETTE, PALETTES

from .cell_tables import (FONT_POINTS, HIGHLIGHT, PADDING, WINNER, fit_table, ink_color, make_table, prepare_table,
                          sign_color, table_item)
from .explain_text import engine_text, term
from .i18n import class_name

MAX_DENSE_ROWS = 16        # largest contributions listed one by one; the rest are summed in one row
MAX_POOL_SIDE = 16         # larger pooling windows are shown around their winner
MAX_CHANNEL_BLOCKS = 8     # input channels shown cell by cell; the rest by their partial sums


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
        self.palette = DEFAULT_PALETTE           # the pipeline's diverging palette (set_palette follows it)
        self._explanation = None
        self._secondary = None
        big = QFont()
        big.setPointSize(FONT_POINTS + 3)
        big.setBold(True)
        self._title = QLabel(self.tr("Point at a cell of any feature map to see its arithmetic."))
        self._title.setFont(big)
        self._title.setWordWrap(True)
        self._pin = QCheckBox(self.tr("Pin"))
        self._pin.setToolTip(self.tr("Keep showing this cell while the pointer moves elsewhere; it still follows "
                                     "the pen"))
        self._pin.toggled.connect(self._on_pin_toggled)
        head = QHBoxLayout()
        head.addWidget(self._title, 1)
        head.addWidget(self._pin, 0, Qt.AlignmentFlag.AlignTop)

        self._context = self._label()
        self._table = make_table()
        self._formula = self._label(points=FONT_POINTS + 1)
        self._inner = self._label()
        self._table2 = make_table()
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

    def clear(self, message: str | None = None) -> None:
        self._target = self._explanation = self._secondary = None
        self._title.setText(message if message is not None else
                            self.tr("Point at a cell of any feature map to see its arithmetic."))
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

    def set_palette(self, name: str, trace=None) -> None:
        """Colour signs with another palette of ``cnnviz.viz.colormap.PALETTES`` (the pipeline's); with the
        current ``trace``, the shown cell is drawn again in it at once."""
        if name not in PALETTES:
            raise ValueError(f"unknown palette {name!r}")
        if name != self.palette:
            self.palette = name
            if trace is not None and self._target is not None:
                self.refresh(trace)

    def _sign(self, value: float, scale: float) -> QColor:
        return sign_color(value, scale, self.palette)

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
            self.forget_cell()

    def forget_cell(self) -> None:
        """The cell shown does not exist in the network any more: say so."""
        self.clear(self.tr("The cell shown before no longer exists in this network."))

    def set_target(self, target: tuple) -> None:
        """Show this cell or class (the session's, re-mapped to a new model) from the next ``refresh``."""
        self._target = target

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
        self._footer.setText(engine_text(explain.ROUNDING_NOTE) + "\n" + self.tr(
            "The whole network has {0} parameters; one dense layer from the {1} inputs straight to the {2} classes "
            "would have {3}.").format(f"{summary.total:,}", f"{summary.input_size:,}", summary.classes,
                                      f"{summary.dense_equivalent:,}"))
        self._footer.show()

    # -- rendering -----------------------------------------------------------------------------
    def _on_pin_toggled(self, pinned: bool) -> None:
        self.pinned_changed.emit(pinned)

    def _reset_views(self) -> None:
        for widget in (self._context, self._formula, self._inner, self._formula2, self._footer):
            widget.hide()
        self._table2.hide()
        self._secondary = None

    def _render_conv(self, cell: explain.ConvCell, pointed: str) -> None:
        n, f, i, j = cell.index
        kh, kw = cell.kernel_size
        act = cell.activation
        self._title.setText(self.tr("{0} · map {1} · row {2}, col {3}").format(cell.layer_name, f, i, j)
                            + (self.tr("  (pointed at {0})").format(pointed) if pointed != cell.layer_name else ""))
        padding = self.tr("; grey cells are padding zeros outside the input") if cell.touches_padding else ""
        flip_note = engine_text(cell.flip_note)
        self._context.setText(
            self.tr("Filter {0} laid on rows {1} to {2}, cols {3} to {4} of {5} (stride {6}, padding {7})").format(
                f, cell.rows[0], cell.rows[-1], cell.cols[0], cell.cols[-1], term(cell.input_name), cell.stride[0],
                cell.padding[0]) + self.tr("{0}. {1}.").format(padding, flip_note[0].upper() + flip_note[1:]))
        self._context.show()
        multi = len(cell.channels) > 1
        block = kh + (1 if multi else 0)
        width = 3 * kw + 3
        listed = cell.channels[:MAX_CHANNEL_BLOCKS]
        hidden = cell.channels[MAX_CHANNEL_BLOCKS:]
        prepare_table(self._table, 1 + block * len(listed) + (1 if hidden else 0), [""] * width)
        self._table.horizontalHeader().setVisible(False)
        groups = ((0, kw, self.tr("patch")),
                  (kw + 1, kw, self.tr("filter (rotated 180°)") if cell.flip else self.tr("filter")),
                  (2 * kw + 2, kw, self.tr("products")),
                  (3 * kw + 2, 1, self.tr("partial sum") if multi else self.tr("sum")))
        for col, span, text in groups:
            if span > 1:
                self._table.setSpan(0, col, 1, span)
            self._table.setItem(0, col, table_item(text, bold=True))
        self._table.setItem(0, kw, table_item("×", bold=True))
        self._table.setItem(0, 2 * kw + 1, table_item("=", bold=True))
        headers = [""] * width
        scale = max(max(float(np.abs(ch.products).max()) for ch in cell.channels), 1e-12)
        wscale = max(max(float(np.abs(ch.weights).max()) for ch in cell.channels), 1e-12)
        # the patch as its panel shows it: the network input in ink (0 to 1), other maps by sign
        ink = cell.input_name == "input"
        pscale = 1.0 if ink else max(max(float(np.abs(ch.patch).max()) for ch in cell.channels), 1e-12)
        if hidden:
            last = 1 + block * len(listed)
            self._table.setSpan(last, 0, 1, width)
            self._table.setItem(last, 0, table_item(
                self.tr("input channels {0} to {1} (not listed cell by cell): partial sums ").format(
                    hidden[0].channel, hidden[-1].channel)
                + ", ".join(fmt(ch.partial_sum) for ch in hidden), HIGHLIGHT, italic=True,
                align=Qt.AlignmentFlag.AlignLeft))
        for b, ch in enumerate(listed):
            top = 1 + b * block
            if multi:
                self._table.setSpan(top, 0, 1, len(headers))
                self._table.setItem(top, 0, table_item(
                    self.tr("input channel {0}: patch × filter {1} slice {0}, summed = {2}").format(
                        ch.channel, f, fmt(ch.partial_sum)), HIGHLIGHT, bold=True, align=Qt.AlignmentFlag.AlignLeft))
                top += 1
            for u in range(kh):
                for v in range(kw):
                    pad = bool(ch.is_padding[u, v])
                    self._table.setItem(top + u, v, table_item(
                        fmt(ch.patch[u, v]), PADDING if pad else (
                            ink_color(ch.patch[u, v], pscale) if ink else self._sign(ch.patch[u, v], pscale)),
                        italic=pad,
                        tooltip=self.tr("padding: a zero outside the input") if pad else
                        f"{cell.input_name}[{ch.channel}, {cell.rows[u]}, {cell.cols[v]}]"))
                    self._table.setItem(top + u, kw + 1 + v, table_item(
                        fmt(ch.weights[u, v]), self._sign(ch.weights[u, v], wscale)))
                    self._table.setItem(top + u, 2 * kw + 2 + v, table_item(
                        fmt(ch.products[u, v]), self._sign(ch.products[u, v], scale)))
                self._table.setItem(top + u, kw, table_item("×"))
                self._table.setItem(top + u, 2 * kw + 1, table_item("="))
            self._table.setItem(top + kh // 2, 3 * kw + 2, table_item(
                fmt(ch.partial_sum), self._sign(ch.partial_sum, scale * kh * kw), bold=True))
        fit_table(self._table)
        lines = []
        if multi:
            lines.append(self.tr("channels: ") + explain.signed_sum(ch.partial_sum for ch in cell.channels)
                         + f" = <b>{fmt(cell.total)}</b>")
        else:
            lines.append(self.tr("sum of the {0} products = {1}").format(kh * kw, f"<b>{fmt(cell.total)}</b>"))
        if cell.similarity != "dot":
            lines.append(self.tr("{0} similarity: {1}").format(cell.similarity, cell.score_formula))
        lines.append(self.tr("{0} + bias {1} = {2}").format(fmt(cell.score), fmt(cell.bias), f"<b>{fmt(cell.value)}</b>")
                     + ("" if act else self.tr("  (the value in the feature map)")))
        if act:
            lines.append(f"{act.layer_name}: {act.function}({fmt(cell.value)}) = <b>{fmt(act.output_value)}</b>")
        self._formula.setText("<br>".join(lines))
        self._formula.show()
        ip = cell.inner_product
        cosine = self.tr("undefined (a zero vector)") if ip.cosine is None else f"<b>{fmt(ip.cosine)}</b>"
        self._inner.setText(self.tr(
            "<b>As an inner product</b> of two vectors of {0} numbers: patch · filter = {1}; "
            "|patch| = {2}, |filter| = {3}; cosine = dot / (|patch| |filter|) "
            "= {4}: 1 means the patch has exactly the filter's pattern, 0 nothing of it, -1 its opposite.").format(
                ip.patch.size, fmt(ip.dot), fmt(ip.patch_norm), fmt(ip.filter_norm), cosine))
        self._inner.show()

    def _render_pool(self, cell: explain.PoolCell) -> None:
        n, c, i, j = cell.index
        kind = {"max": self.tr("max pooling"), "min": self.tr("min pooling"), "avg": self.tr("average pooling")}
        self._title.setText(self.tr("{0} · map {1} · row {2}, col {3}").format(cell.layer_name, c, i, j)
                            + f"  ({kind[cell.mode]})")
        how = (self.tr("an adaptive bin (the grid is fixed whatever the input size)") if cell.adaptive
               else self.tr("a window"))
        wins = {"max": self.tr(" The largest value wins (the first one at ties)."),
                "min": self.tr(" The smallest value wins (the first one at ties).")}
        self._context.setText(self.tr("Pools {0}: rows {1} to {2}, cols {3} to {4} of {5}, map {6}.").format(
            how, cell.rows[0], cell.rows[-1], cell.cols[0], cell.cols[-1], term(cell.input_name), c)
            + ("" if cell.winner is None else wins.get(cell.mode, "")))
        self._context.show()
        cols = cell.values.shape[1]
        u0, u1, v0, v1 = cell.display_window(MAX_POOL_SIDE)
        if (u1 - u0, v1 - v0) != cell.values.shape:
            self._context.setText(self._context.text() + self.tr(
                " Showing rows {0} to {1}, cols {2} to {3} of the window.").format(
                    cell.rows[u0], cell.rows[u1 - 1], cell.cols[v0], cell.cols[v1 - 1]))
        prepare_table(self._table, u1 - u0, [self.tr("col {0}").format(q) for q in cell.cols[v0:v1]])
        self._table.setVerticalHeaderLabels([self.tr("row {0}").format(r) for r in cell.rows[u0:u1]])
        self._table.verticalHeader().setVisible(True)
        scale = max(float(np.abs(cell.values).max()), 1e-12)
        for u in range(u0, u1):
            for v in range(v0, v1):
                win = cell.winner is not None and u * cols + v == cell.winner
                value = cell.values[u, v]
                self._table.setItem(u - u0, v - v0, table_item(("★ " if win else "") + fmt(value),
                                                               WINNER if win else self._sign(value, scale), bold=win))
        fit_table(self._table)
        self._formula.setText(engine_text(cell.formula).replace(f"= {fmt(cell.value)}", f"= <b>{fmt(cell.value)}</b>",
                                                                1))
        self._formula.show()

    def _render_dense(self, out: explain.DenseOutput, pointed: str) -> None:
        n, k = out.index
        what = self.tr("logit of '{0}'").format(class_name(out.class_name)) if out.class_name else \
            self.tr("output {0}").format(k)
        self._title.setText(f"{out.layer_name} · {what}")
        self._context.setText(self.tr("Each of the {0} input features times its weight, largest contributions "
                                      "first; they sum, with the bias, to the {1}.").format(out.values.size, what))
        self._context.show()
        shown, rest, rest_sum = out.top(MAX_DENSE_ROWS)
        prepare_table(self._table, shown.size + (1 if rest else 0) + 3,
                      [self.tr("feature"), self.tr("value"), self.tr("× weight"), self.tr("= contribution")])
        scale = max(float(np.abs(out.contributions).max()), 1e-12)
        wscale = max(float(np.abs(out.weights).max()), 1e-12)
        left = Qt.AlignmentFlag.AlignLeft
        for r, q in enumerate(shown):
            self._table.setItem(r, 0, table_item(engine_text(out.labels[q]), align=left))
            self._table.setItem(r, 1, table_item(fmt(out.values[q])))
            self._table.setItem(r, 2, table_item(fmt(out.weights[q]), self._sign(out.weights[q], wscale)))
            self._table.setItem(r, 3, table_item(fmt(out.contributions[q]), self._sign(out.contributions[q], scale)))
        r = shown.size
        if rest:
            self._table.setItem(r, 0, table_item(self.tr("the other {0} features, together").format(rest),
                                                 italic=True, align=left))
            self._table.setSpan(r, 1, 1, 2)
            self._table.setItem(r, 1, table_item(self.tr("(smaller contributions)"), italic=True))
            self._table.setItem(r, 3, table_item(fmt(rest_sum), self._sign(rest_sum, scale), italic=True))
            r += 1
        for offset, (label, value) in enumerate(((self.tr("sum"), out.total), (self.tr("+ bias"), out.bias),
                                                 (f"= {what}", out.value))):
            self._table.setItem(r + offset, 0, table_item(label, HIGHLIGHT, bold=True, align=left))
            self._table.setSpan(r + offset, 1, 1, 2)
            self._table.setItem(r + offset, 1, table_item("", HIGHLIGHT))
            self._table.setItem(r + offset, 3, table_item(fmt(value), HIGHLIGHT, bold=True))
        fit_table(self._table, max_rows=MAX_DENSE_ROWS + 4)
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
            self._title.setText(self.tr("softmax · p({0})").format(class_name(soft.class_names[k])))
            self._secondary = soft
        prepare_table(table, len(soft.class_names) + 1,
                      [self.tr("class"), self.tr("logit z"), self.tr("z - max"), self.tr("exp(z - max)"),
                       self.tr("÷ sum"), self.tr("= probability")])
        left = Qt.AlignmentFlag.AlignLeft
        for r, name in enumerate(soft.class_names):
            bg = HIGHLIGHT if r == k else None
            values = (fmt(soft.logits[r]), fmt(soft.shifted[r]), fmt(soft.exps[r], 4), fmt(soft.total, 4),
                      soft.percent_text(r))
            table.setItem(r, 0, table_item(class_name(name), bg, bold=r == k, align=left))
            for c, text in enumerate(values, start=1):
                table.setItem(r, c, table_item(text, bg, bold=r == k and c == 5))
        last = len(soft.class_names)
        table.setItem(last, 0, table_item(self.tr("sum"), None, bold=True, align=left))
        table.setItem(last, 3, table_item(fmt(soft.total, 4), None, bold=True))
        table.setItem(last, 5, table_item(f"{100 * soft.probabilities.sum():.1f} %", None, bold=True))
        fit_table(table)
        label.setText(f"{soft.formula(k)}<br><small>{engine_text(soft.shift_note)}</small>")
        label.show()

    def _render_activation(self, cell: explain.ActivationCell) -> None:
        step = cell.step
        self._title.setText(self.tr("{0} · cell {1}").format(cell.layer_name, cell.index[1:]))
        self._table.hide()
        self._formula.setText(f"{step.function}({fmt(step.input_value)}) = <b>{fmt(step.output_value)}</b>")
        self._formula.show()

    def _render_flatten(self, cell: explain.FlattenCell) -> None:
        self._title.setText(self.tr("{0} · feature {1}").format(cell.layer_name, cell.index[1]))
        self._table.hide()
        self._formula.setText(self.tr("feature {0} is {1}: {2} (flattening only lines the maps up: map by map, "
                                      "row by row)").format(cell.index[1], engine_text(cell.label),
                                                            f"<b>{fmt(cell.value)}</b>"))
        self._formula.show()

    def _set_footer(self, result, params: explain.LayerParameters) -> None:
        agreement = getattr(result, "agreement", None)
        lines = [engine_text(explain.ROUNDING_NOTE)]
        if agreement is not None:
            lines.append(self.tr("Check: {0}.").format(engine_text(agreement.text)))
        if params.total:
            lines.append(self.tr("{0}: {1} parameters.").format(params.layer_name, engine_text(params.formula)))
            if params.comparison:
                comparison = engine_text(params.comparison)
                lines.append(comparison[0].upper() + comparison[1:] + ".")
        self._footer.setText("\n".join(lines))
        self._footer.show()



def result_layer_name(result, fallback: str) -> str:
    """The layer an explanation is about (a cell of relu1 is explained as a cell of conv1)."""
    return getattr(result, "layer_name", fallback) if not isinstance(result, explain.SoftmaxExplanation) else fallback
