"""How the inspector lays out a cell of a transposed convolution (the stamps that overlap on it) and of an
upsampling layer (the input cells it reads), from ``cnnviz.analysis.explain_transpose`` (``InspectorPanel``
mixes this in beside ``CellRendering``; the texts keep the translation context "InspectorPanel").

A transposed-convolution cell is a table with one row per stamp reaching it: the input cell and its value,
the filter entry [u, v] that lands on the cell and its weight, and their product; then the sum, the bias and
the value, checked against the engine's, and the note that the same arithmetic is the input gradient of an
ordinary convolution.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from cnnviz.analysis.explain import fmt, signed_sum
from cnnviz.analysis.explain_transpose import TransposedConvCell, UpsampleCell

from .cell_tables import HIGHLIGHT, fit_table, prepare_table, table_item
from .explain_text import engine_text, term

translate = QCoreApplication.translate

MAX_STAMP_ROWS = 27         # stamps listed one by one (a 3x3 filter over three channels); the rest summed in one row


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


class TransposeRendering:
    """``_render_transposed`` and ``_render_upsample`` of ``InspectorPanel``."""

    def _render_transposed(self, cell: TransposedConvCell, pointed: str) -> None:
        n, f, r, s = cell.index
        self._title.setText(translate("InspectorPanel", "{0} · map {1} · row {2}, col {3}").format(
            cell.layer_name, f, r, s) + (translate("InspectorPanel", "  (pointed at {0})").format(pointed)
                                         if pointed != cell.layer_name else ""))
        self._context.setText(translate(
            "InspectorPanel", "Transposed convolution of {0}: {1}.").format(
                term(cell.input_name), engine_text(cell.stamp_note)))
        self._context.show()
        terms = sorted(cell.terms, key=lambda t: -abs(t.product))     # the largest first, zeros last
        listed, rest = terms[:MAX_STAMP_ROWS], terms[MAX_STAMP_ROWS:]
        headers = [translate("InspectorPanel", "input cell (channel, row, col)"), translate("InspectorPanel", "value"),
                   "×", translate("InspectorPanel", "filter {0} entry [u, v]").format(f),
                   translate("InspectorPanel", "weight"), "=", translate("InspectorPanel", "product")]
        if not terms:
            self._table.hide()
        else:
            prepare_table(self._table, len(listed) + (1 if rest else 0), headers)
            self._table.horizontalHeader().setVisible(True)
            vscale = max(max(abs(t.value) for t in terms), 1e-12)
            wscale = max(max(abs(t.weight) for t in terms), 1e-12)
            pscale = max(max(abs(t.product) for t in terms), 1e-12)
            for row, t in enumerate(listed):
                u, v = t.offset
                items = (table_item(f"({t.channel}, {t.row}, {t.col})", tooltip=f"{cell.input_name}[{t.channel}, "
                                    f"{t.row}, {t.col}]"),
                         table_item(fmt(t.value), self._sign(t.value, vscale)), table_item("×"),
                         table_item(f"w[{t.channel}, {f}, {u}, {v}]"),
                         table_item(fmt(t.weight), self._sign(t.weight, wscale)), table_item("="),
                         table_item(fmt(t.product), self._sign(t.product, pscale), bold=True))
                for col, item in enumerate(items):
                    self._table.setItem(row, col, item)
            if rest:
                self._table.setSpan(len(listed), 0, 1, len(headers))
                self._table.setItem(len(listed), 0, table_item(translate(
                    "InspectorPanel", "{0} smaller stamps, summed: {1}").format(
                        len(rest), fmt(float(sum(t.product for t in rest)))), HIGHLIGHT, italic=True,
                    align=Qt.AlignmentFlag.AlignLeft))
            fit_table(self._table)
        lines = [translate("InspectorPanel", "{0} stamps overlap on this cell: sum {1}; + bias {2} = {3}")
                 .format(len(cell.terms), fmt(cell.total), fmt(cell.bias), f"<b>{fmt(cell.value)}</b>")]
        nonzero = [t.product for t in terms if t.product != 0.0]
        if 0 < len(nonzero) <= MAX_STAMP_ROWS:         # the sum written out, without the products that are 0
            zeros = len(terms) - len(nonzero)
            lines.append(f"{signed_sum(nonzero)} = {fmt(cell.total)}" + (translate(
                "InspectorPanel", "  (and {0} products of 0)").format(zeros) if zeros else ""))
        act = cell.activation
        if act:
            lines.append(f"{act.layer_name}: {act.function}({fmt(cell.value)}) = <b>{fmt(act.output_value)}</b>")
        self._formula.setText("<br>".join(lines))
        self._formula.show()
        self._inner.setText(translate("InspectorPanel", "<b>Link to backpropagation:</b> {0}.")
                            .format(engine_text(cell.gradient_note)))
        self._inner.show()

    def _render_upsample(self, cell: UpsampleCell) -> None:
        n, c, r, s = cell.index
        self._title.setText(translate("InspectorPanel", "{0} · map {1} · row {2}, col {3}").format(
            cell.layer_name, c, r, s))
        self._context.setText(translate(
            "InspectorPanel", "Upsampling of {0} ({1}, scale {2}): no learnt weights; the cell is a weighted sum "
            "of the input cells it reads.").format(term(cell.input_name), cell.mode, cell.scale[0]))
        self._context.show()
        headers = [translate("InspectorPanel", "input cell (channel, row, col)"), translate("InspectorPanel", "value"),
                   "×", translate("InspectorPanel", "weight"), "=", translate("InspectorPanel", "product")]
        prepare_table(self._table, len(cell.terms), headers)
        self._table.horizontalHeader().setVisible(True)
        scale = max(max(abs(t.value) for t in cell.terms), 1e-12)
        for row, t in enumerate(cell.terms):
            items = (table_item(f"({t.channel}, {t.row}, {t.col})"), table_item(fmt(t.value), self._sign(t.value, scale)),
                     table_item("×"), table_item(fmt(t.weight)), table_item("="),
                     table_item(fmt(t.product), self._sign(t.product, scale), bold=True))
            for col, item in enumerate(items):
                self._table.setItem(row, col, item)
        fit_table(self._table)
        total = signed_sum(t.product for t in cell.terms)
        self._formula.setText(f"{total} = <b>{fmt(cell.value)}</b>")
        self._formula.show()
        self._inner.clear()
