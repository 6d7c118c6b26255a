"""How the inspector lays out each kind of cell: a convolution's patch, filter and products, a pooling window,
a dense unit's contributions, softmax, activations and flattening (``InspectorPanel`` mixes this in).

Each ``_render_*`` fills the panel's title, context line, tables and formulas from one plain explanation of
``cnnviz.analysis.explain``; the texts keep the translation context "InspectorPanel".
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt

from cnnviz.analysis import explain
from cnnviz.analysis.channels import channel_label
from cnnviz.analysis.explain import fmt

from .cell_tables import HIGHLIGHT, PADDING, WINNER, fit_table, ink_color, prepare_table, table_item
from .explain_text import engine_text, term
from .i18n import class_name

translate = QCoreApplication.translate

MAX_DENSE_ROWS = 16        # largest contributions listed one by one; the rest are summed in one row
MAX_POOL_SIDE = 16         # larger pooling windows are shown around their winner
MAX_CHANNEL_BLOCKS = 8     # input channels shown cell by cell; the rest by their partial sums


class CellRendering:
    """The ``_render_*`` methods of ``InspectorPanel``: one per kind of explanation."""

    def _render_conv(self, cell: explain.ConvCell, pointed: str) -> None:
        n, f, i, j = cell.index
        kh, kw = cell.kernel_size
        act = cell.activation
        self._title.setText(translate("InspectorPanel",
                "{0} · map {1} · row {2}, col {3}").format(cell.layer_name, f, i, j)
                            + (translate("InspectorPanel",
                                    "  (pointed at {0})").format(pointed) if pointed != cell.layer_name else ""))
        padding = translate("InspectorPanel",
                "; grey cells are padding zeros outside the input") if cell.touches_padding else ""
        flip_note = engine_text(cell.flip_note)
        self._context.setText(
            translate("InspectorPanel",
                    "Filter {0} laid on rows {1} to {2}, cols {3} to {4} of {5} (stride {6}, padding {7})").format(
                f, cell.rows[0], cell.rows[-1], cell.cols[0], cell.cols[-1], term(cell.input_name), cell.stride[0],
                cell.padding[0]) + translate("InspectorPanel",
                        "{0}. {1}.").format(padding, flip_note[0].upper() + flip_note[1:]))
        self._context.show()
        multi = len(cell.channels) > 1
        rbf = cell.similarity == "rbf"        # a distance, not products: (patch - filter)² summed
        terms = [(ch.patch.astype(np.float64) - ch.weights) ** 2 if rbf else ch.products for ch in cell.channels]
        block = kh + (1 if multi else 0)
        width = 3 * kw + 3
        listed = cell.channels[:MAX_CHANNEL_BLOCKS]
        hidden = cell.channels[MAX_CHANNEL_BLOCKS:]
        prepare_table(self._table, 1 + block * len(listed) + (1 if hidden else 0), [""] * width)
        self._table.horizontalHeader().setVisible(False)
        groups = ((0, kw, translate("InspectorPanel", "patch")),
                  (kw + 1, kw, translate("InspectorPanel",
                          "filter (rotated 180°)") if cell.flip else translate("InspectorPanel", "filter")),
                  (2 * kw + 2, kw, translate("InspectorPanel", "(patch − filter)²") if rbf
                   else translate("InspectorPanel", "products")),
                  (3 * kw + 2, 1, translate("InspectorPanel",
                          "partial sum") if multi else translate("InspectorPanel", "sum")))
        for col, span, text in groups:
            if span > 1:
                self._table.setSpan(0, col, 1, span)
            self._table.setItem(0, col, table_item(text, bold=True))
        between, gives = ("−", "→") if rbf else ("×", "=")
        self._table.setItem(0, kw, table_item(between, bold=True))
        self._table.setItem(0, 2 * kw + 1, table_item(gives, bold=True))
        headers = [""] * width
        scale = max(max(float(np.abs(t).max()) for t in terms), 1e-12)
        wscale = max(max(float(np.abs(ch.weights).max()) for ch in cell.channels), 1e-12)
        # the patch as its panel shows it: the network input in ink (0 to 1), other maps by sign
        ink = cell.input_name == "input"
        pscale = 1.0 if ink else max(max(float(np.abs(ch.patch).max()) for ch in cell.channels), 1e-12)
        if hidden:
            last = 1 + block * len(listed)
            self._table.setSpan(last, 0, 1, width)
            self._table.setItem(last, 0, table_item(
                translate("InspectorPanel",
                        "input channels {0} to {1} (not listed cell by cell): partial sums ").format(
                    hidden[0].channel, hidden[-1].channel)
                + ", ".join(fmt(ch.partial_sum) for ch in hidden), HIGHLIGHT, italic=True,
                align=Qt.AlignmentFlag.AlignLeft))
        for b, ch in enumerate(listed):
            term_cells = terms[b]
            top = 1 + b * block
            if multi:
                self._table.setSpan(top, 0, 1, len(headers))
                planes = getattr(self, "_planes", ())
                text = translate("InspectorPanel",
                                 "colour channel {0}: the {0} patch × filter {1}'s {0} kernel, summed = {2}") \
                    if ch.channel < len(planes) else translate(
                        "InspectorPanel", "input channel {0}: patch × filter {1} slice {0}, summed = {2}")
                self._table.setItem(top, 0, table_item(
                    text.format(channel_label(planes, ch.channel), f, fmt(ch.partial_sum)), HIGHLIGHT, bold=True,
                    align=Qt.AlignmentFlag.AlignLeft))
                top += 1
            for u in range(kh):
                for v in range(kw):
                    pad = bool(ch.is_padding[u, v])
                    self._table.setItem(top + u, v, table_item(
                        fmt(ch.patch[u, v]), PADDING if pad else (
                            ink_color(ch.patch[u, v], pscale) if ink else self._sign(ch.patch[u, v], pscale)),
                        italic=pad,
                        tooltip=translate("InspectorPanel", "padding: a zero outside the input") if pad else
                        f"{cell.input_name}[{channel_label(getattr(self, '_planes', ()), ch.channel)}, "
                        f"{cell.rows[u]}, {cell.cols[v]}]"))
                    self._table.setItem(top + u, kw + 1 + v, table_item(
                        fmt(ch.weights[u, v]), self._sign(ch.weights[u, v], wscale)))
                    self._table.setItem(top + u, 2 * kw + 2 + v, table_item(
                        fmt(term_cells[u, v]), self._sign(term_cells[u, v], scale)))
                self._table.setItem(top + u, kw, table_item(between))
                self._table.setItem(top + u, 2 * kw + 1, table_item(gives))
            summed = float(term_cells.sum()) if rbf else ch.partial_sum
            self._table.setItem(top + kh // 2, 3 * kw + 2, table_item(
                fmt(summed), self._sign(summed, scale * kh * kw), bold=True))
        fit_table(self._table)
        lines = []
        if rbf:
            distance_sq = cell.squared_distance
            lines.append(translate("InspectorPanel", "distance² = sum of the {0} squared differences = {1}").format(
                kh * kw * len(cell.channels), f"<b>{fmt(distance_sq)}</b>"))
            lines.append(translate("InspectorPanel", "similarity = exp(−{0} × distance²) = {1}").format(
                f"{cell.gamma:g}", f"<b>{fmt(cell.score)}</b>"))
        elif multi:
            lines.append(translate("InspectorPanel",
                    "channels: ") + explain.signed_sum(ch.partial_sum for ch in cell.channels)
                         + f" = <b>{fmt(cell.total)}</b>")
        else:
            lines.append(translate("InspectorPanel",
                    "sum of the {0} products = {1}").format(kh * kw, f"<b>{fmt(cell.total)}</b>"))
        if cell.similarity not in ("dot", "rbf"):
            lines.append(translate("InspectorPanel", "{0} similarity: {1}").format(cell.similarity, cell.score_formula))
        lines.append(translate("InspectorPanel",
                "{0} + bias {1} = {2}").format(fmt(cell.score), fmt(cell.bias), f"<b>{fmt(cell.value)}</b>")
                     + ("" if act else translate("InspectorPanel", "  (the value in the feature map)")))
        if act:
            lines.append(f"{act.layer_name}: {act.function}({fmt(cell.value)}) = <b>{fmt(act.output_value)}</b>")
        self._formula.setText("<br>".join(lines))
        self._formula.show()
        ip = cell.inner_product
        if rbf:
            self._inner.setText(translate("InspectorPanel",
                "<b>As a distance</b> between two vectors of {0} numbers: |patch − filter| = {1}. The similarity "
                "exp(−γ · distance²) is 1 when the patch is exactly the filter and falls towards 0 the "
                "further apart they are; unlike an inner product, it does not grow with more ink.").format(
                    ip.patch.size, fmt(float(np.sqrt(cell.squared_distance)))))
            self._inner.show()
            return
        cosine = translate("InspectorPanel",
                "undefined (a zero vector)") if ip.cosine is None else f"<b>{fmt(ip.cosine)}</b>"
        self._inner.setText(translate("InspectorPanel",
            "<b>As an inner product</b> of two vectors of {0} numbers: patch · filter = {1}; "
            "|patch| = {2}, |filter| = {3}; cosine = dot / (|patch| |filter|) "
            "= {4}: 1 means the patch has exactly the filter's pattern, 0 nothing of it, -1 its opposite.").format(
                ip.patch.size, fmt(ip.dot), fmt(ip.patch_norm), fmt(ip.filter_norm), cosine))
        self._inner.show()

    def _render_pool(self, cell: explain.PoolCell) -> None:
        n, c, i, j = cell.index
        kind = {"max": translate("InspectorPanel",
                "max pooling"), "min": translate("InspectorPanel",
                    "min pooling"), "avg": translate("InspectorPanel", "average pooling")}
        self._title.setText(translate("InspectorPanel",
                "{0} · map {1} · row {2}, col {3}").format(cell.layer_name, c, i, j)
                            + f"  ({kind[cell.mode]})")
        how = (translate("InspectorPanel",
                "an adaptive bin (the grid is fixed whatever the input size)") if cell.adaptive
               else translate("InspectorPanel", "a window"))
        wins = {"max": translate("InspectorPanel", " The largest value wins (the first one at ties)."),
                "min": translate("InspectorPanel", " The smallest value wins (the first one at ties).")}
        self._context.setText(translate("InspectorPanel",
                "Pools {0}: rows {1} to {2}, cols {3} to {4} of {5}, map {6}.").format(
            how, cell.rows[0], cell.rows[-1], cell.cols[0], cell.cols[-1], term(cell.input_name), c)
            + ("" if cell.winner is None else wins.get(cell.mode, "")))
        self._context.show()
        cols = cell.values.shape[1]
        u0, u1, v0, v1 = cell.display_window(MAX_POOL_SIDE)
        if (u1 - u0, v1 - v0) != cell.values.shape:
            self._context.setText(self._context.text() + translate("InspectorPanel",
                " Showing rows {0} to {1}, cols {2} to {3} of the window.").format(
                    cell.rows[u0], cell.rows[u1 - 1], cell.cols[v0], cell.cols[v1 - 1]))
        prepare_table(self._table, u1 - u0, [translate("InspectorPanel",
                "col {0}").format(q) for q in cell.cols[v0:v1]])
        self._table.setVerticalHeaderLabels([translate("InspectorPanel",
                "row {0}").format(r) for r in cell.rows[u0:u1]])
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
        what = translate("InspectorPanel", "logit of '{0}'").format(class_name(out.class_name)) if out.class_name else \
            translate("InspectorPanel", "output {0}").format(k)
        self._title.setText(f"{out.layer_name} · {what}")
        self._context.setText(translate("InspectorPanel",
                "Each of the {0} input features times its weight, largest contributions "
                                      "first; they sum, with the bias, to the {1}.").format(out.values.size, what))
        self._context.show()
        shown, rest, rest_sum = out.top(MAX_DENSE_ROWS)
        prepare_table(self._table, shown.size + (1 if rest else 0) + 3,
                      [translate("InspectorPanel", "feature"),
                              translate("InspectorPanel", "value"),
                              translate("InspectorPanel", "× weight"),
                              translate("InspectorPanel", "= contribution")])
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
            self._table.setItem(r, 0, table_item(translate("InspectorPanel",
                    "the other {0} features, together").format(rest),
                                                 italic=True, align=left))
            self._table.setSpan(r, 1, 1, 2)
            self._table.setItem(r, 1, table_item(translate("InspectorPanel", "(smaller contributions)"), italic=True))
            self._table.setItem(r, 3, table_item(fmt(rest_sum), self._sign(rest_sum, scale), italic=True))
            r += 1
        for offset, (label, value) in enumerate(((translate("InspectorPanel",
                "sum"), out.total), (translate("InspectorPanel", "+ bias"), out.bias),
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
            self._title.setText(translate("InspectorPanel", "softmax · p({0})").format(
                class_name(soft.class_names[k])))
            self._secondary = soft
        prepare_table(table, len(soft.class_names) + 1,
                      [translate("InspectorPanel", "class"),
                              translate("InspectorPanel", "logit z"),
                              translate("InspectorPanel", "z - max"),
                              translate("InspectorPanel", "exp(z - max)"),
                       translate("InspectorPanel", "÷ sum"), translate("InspectorPanel", "= probability")])
        left = Qt.AlignmentFlag.AlignLeft
        for r, name in enumerate(soft.class_names):
            bg = HIGHLIGHT if r == k else None
            values = (fmt(soft.logits[r]), fmt(soft.shifted[r]), fmt(soft.exps[r], 4), fmt(soft.total, 4),
                      soft.percent_text(r))
            table.setItem(r, 0, table_item(class_name(name), bg, bold=r == k, align=left))
            for c, text in enumerate(values, start=1):
                table.setItem(r, c, table_item(text, bg, bold=r == k and c == 5))
        last = len(soft.class_names)
        table.setItem(last, 0, table_item(translate("InspectorPanel", "sum"), None, bold=True, align=left))
        table.setItem(last, 3, table_item(fmt(soft.total, 4), None, bold=True))
        table.setItem(last, 5, table_item(f"{100 * soft.probabilities.sum():.1f} %", None, bold=True))
        fit_table(table)
        label.setText(f"{soft.formula(k)}<br><small>{engine_text(soft.shift_note)}</small>")
        label.show()

    def _render_activation(self, cell: explain.ActivationCell) -> None:
        step = cell.step
        self._title.setText(translate("InspectorPanel", "{0} · cell {1}").format(cell.layer_name, cell.index[1:]))
        self._table.hide()
        self._formula.setText(f"{step.function}({fmt(step.input_value)}) = <b>{fmt(step.output_value)}</b>")
        self._formula.show()

    def _render_standardize(self, cell) -> None:
        """(x − mean) / std with the numbers, or (switched off) the value passing through unchanged."""
        _, c, i, j = cell.index
        self._title.setText(translate("InspectorPanel", "{0} · channel {1}, row {2}, col {3}").format(
            cell.layer_name, cell.channel, i, j))
        self._table.hide()
        formula = "(x − mean) / std = ({0} − {1}) / {2} = {3}".format(
            fmt(cell.x), fmt(cell.mean), fmt(cell.std), fmt(cell.standardised))
        if cell.applied:
            text = formula[:formula.rfind("=") + 1] + f" <b>{fmt(cell.value)}</b>"      # the engine's value
            text += "<br>" + translate("InspectorPanel", "Channel {0} is standardised like the training data: "
                                       "its mean becomes 0 and its spread 1.").format(cell.channel)
        else:
            text = translate("InspectorPanel", "Standardisation is switched off: the network sees x = {0} "
                             "unchanged (as if mean 0 and std 1).").format(f"<b>{fmt(cell.value)}</b>")
            text += "<br>" + translate("InspectorPanel", "Like the training data it would see {0}.").format(formula)
        self._formula.setText(text)
        self._formula.show()

    def _render_flatten(self, cell: explain.FlattenCell) -> None:
        self._title.setText(translate("InspectorPanel", "{0} · feature {1}").format(cell.layer_name, cell.index[1]))
        self._table.hide()
        self._formula.setText(translate("InspectorPanel",
                "feature {0} is {1}: {2} (flattening only lines the maps up: map by map, "
                                      "row by row)").format(cell.index[1], engine_text(cell.label),
                                                            f"<b>{fmt(cell.value)}</b>"))
        self._formula.show()

    def _set_footer(self, result, params: explain.LayerParameters) -> None:
        agreement = getattr(result, "agreement", None)
        lines = [engine_text(explain.ROUNDING_NOTE)]
        if agreement is not None:
            lines.append(translate("InspectorPanel", "Check: {0}.").format(engine_text(agreement.text)))
        if params.total:
            lines.append(translate("InspectorPanel",
                    "{0}: {1} parameters.").format(params.layer_name, engine_text(params.formula)))
            if params.comparison:
                comparison = engine_text(params.comparison)
                lines.append(comparison[0].upper() + comparison[1:] + ".")
        self._footer.setText("\n".join(lines))
        self._footer.show()
