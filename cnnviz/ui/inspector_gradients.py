"""How the inspector lays out a gradient of the backward pass (``InspectorPanel`` mixes this in).

``show_gradient(grads, target)`` explains ``("gradient", stage, index)`` (dL/d(stage's output)[index]),
``("weight-gradient", layer, index)`` (dL/dw[index]) or ``("bias-gradient", layer, (f,))`` (dL/db[f]) with
``cnnviz.analysis.explain_backward`` and fills the panel's title, context line, table and formulas: a weight's
gradient as the sum over output cells of upstream gradient x the input under the weight, a bias's as the sum of
the upstream gradient over its map (dense: the gradient of its output), ReLU's gate, pooling's routing, a convolution's input gradient as the
rotated filter over the upstream gradient, dense and softmax as formulas with the numbers. Every number is
shown with ``explain_backward.shown`` (the engine's number to its last displayed digit). Texts keep the
translation context "InspectorPanel".
"""
from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from cnnviz.analysis import explain_backward as eb
from cnnviz.analysis.explain_backward import shown

from .cell_tables import HIGHLIGHT, PADDING, WINNER, fit_table, ink_color, prepare_table, table_item
from .explain_text import class_text, engine_text, term
from .i18n import class_name

translate = QCoreApplication.translate

GRADIENT_KINDS = ("gradient", "weight-gradient", "bias-gradient")
MAX_ROWS = 16              # largest terms listed one by one; the rest are summed in one row
MAX_FILTER_BLOCKS = 6      # filters of a convolution's input gradient shown cell by cell


class GradientRendering:
    """``show_gradient`` and one ``_render_*`` per kind of backward explanation, for ``InspectorPanel``."""

    gradient_source = None          # () -> cnnviz.engine.Gradients of the drawing shown now (or None)

    def show_gradient(self, grads, target) -> None:
        """Explain a gradient target of ``grads`` (errors: explain_backward.BackwardExplainError)."""
        kind, name, index = target
        index = tuple(int(v) for v in index)
        explain = {"weight-gradient": eb.explain_weight_gradient, "bias-gradient": eb.explain_bias_gradient
                   }.get(kind, eb.explain_gradient)
        try:
            result = explain(grads, name, index)
        except eb.BackwardExplainError as exc:
            if getattr(getattr(exc, "message", None), "template", None) != eb.NO_EXPLANATION:
                raise                               # no such cell (any more): the caller forgets it
            self.clear(engine_text(exc))            # through a layer it cannot explain yet: say so
            return
        self.setUpdatesEnabled(False)
        try:
            self._reset_views()
            self._target = (kind, name, index)
            self._explanation = result
            self._render_gradient(grads, result)
        finally:
            self.setUpdatesEnabled(True)
        self.field_changed.emit(None)

    def hover_gradient(self, grads, target) -> None:
        if not self.pinned:
            self.show_gradient(grads, target)

    def refresh_gradient(self) -> None:
        """Re-explain the shown gradient with the gradients of the drawing shown now."""
        grads = self.gradient_source() if self.gradient_source is not None else None
        if grads is None:
            return
        try:
            self.show_gradient(grads, self._target)
        except (eb.BackwardExplainError, KeyError, IndexError):
            self.forget_cell()

    # -- rendering ---------------------------------------------------------------------------------
    def _render_gradient(self, grads, result) -> None:
        self._table.hide()
        render = {eb.ConvWeightGradient: self._render_conv_weight, eb.PoolGradient: self._render_pool_gradient,
                  eb.ConvInputGradient: self._render_conv_input, eb.DenseInputGradient: self._render_dense_input,
                  eb.LogitGradient: self._render_logit_gradient, eb.BiasGradient: self._render_bias}.get(type(result))
        self._title.setText(self._gradient_title(grads, result))
        if render is not None:
            render(grads, result)
        meaning = getattr(result, "meaning", None)
        context = self._gradient_context(grads, result)
        if meaning is not None:
            context = html.escape(class_text(meaning)) + (f"<br><i>{context}</i>" if context else "")
        if context:
            self._context.setText(f"<div>{context}</div>")       # rich text, whatever it contains
            self._context.show()
        formula = html.escape(class_text(result.formula))
        value = html.escape(shown(result.agreement.engine))
        head, sep, tail = formula.rpartition(f"= {value}")
        self._formula.setText("<div>" + (head + f"= <b>{value}</b>" + tail if sep else formula) + "</div>")
        self._formula.show()
        check = translate("InspectorPanel", "Check: {0}.").format(engine_text(eb.check_text(result.agreement)))
        self._footer.setText(engine_text(eb.rounding_note()) + "\n" + check)
        self._footer.show()

    def _gradient_title(self, grads, result) -> str:
        if isinstance(result, eb.ConvWeightGradient):
            f, c, u, v = result.index
            return translate("InspectorPanel",
                             "∂L/∂w · {0} · filter {1}, input channel {2}, weight ({3}, {4})").format(
                result.layer_name, f, c, u, v)
        if isinstance(result, eb.DenseWeightGradient):
            k, j = result.index
            return translate("InspectorPanel", "∂L/∂W · {0} · output {1}, input feature {2}").format(
                result.layer_name, k, j)
        if isinstance(result, eb.BiasGradient):
            if result.dense:
                return translate("InspectorPanel", "∂L/∂b · {0} · output {1}").format(result.layer_name, result.index)
            return translate("InspectorPanel", "∂L/∂b · {0} · filter {1}").format(result.layer_name, result.index)
        if isinstance(result, (eb.SoftmaxGradient, eb.LogitGradient)):
            return translate("InspectorPanel", "∂L/∂({0}) · class {1}").format(
                result.stage, class_name(result.class_name))
        index = result.index
        if len(index) == 4:
            return translate("InspectorPanel", "∂L/∂({0}) · map {1} · row {2}, col {3}").format(
                term(result.stage), *index[1:])
        return translate("InspectorPanel", "∂L/∂({0}) · unit {1}").format(result.stage, index[-1])

    def _gradient_context(self, grads, result) -> str:
        """One line saying which layer the gradient came back through (HTML-escaped)."""
        if isinstance(result, eb.ConvWeightGradient):
            layer = grads.trace.step(result.layer_name).layer
            oh, ow = result.upstream.shape
            text = translate("InspectorPanel",
                             "The same {0} × {1} positions as the forward pass (stride {2}, padding {3}); largest "
                             "products first.").format(oh, ow, layer.stride[0], layer.padding[0])
        elif isinstance(result, eb.DenseWeightGradient):
            text = translate("InspectorPanel",
                             "This weight carries input feature {0} to output {1}: its gradient is the gradient "
                             "arriving at output {1} times the value that came in on feature {0}."
                             ).format(result.index[1], result.index[0])
        elif isinstance(result, eb.BiasGradient) and not result.dense:
            oh, ow = result.upstream.shape
            text = translate("InspectorPanel",
                             "One term per output cell of map {0} ({1} × {2}): the gradient ∂L/∂y arriving there, "
                             "times 1. Largest first.").format(result.index, oh, ow)
        elif isinstance(result, eb.ActivationGradient):
            text = translate("InspectorPanel",
                             "Backward pass through {0} ({1}), the layer after this stage: the gradient arriving "
                             "from above is multiplied by the activation's slope at this cell."
                             ).format(result.activation, result.function)
        elif isinstance(result, eb.PoolGradient):
            text = translate("InspectorPanel",
                             "Backward pass through {0}: one row per pooling window that contains this cell."
                             ).format(result.pool)
        elif isinstance(result, eb.DenseInputGradient):
            text = translate("InspectorPanel",
                             "Backward pass through {0}: every output k sends back its gradient ∂L/∂z[k] times the "
                             "weight that connects it to this feature. Largest products first.").format(result.dense)
        elif isinstance(result, eb.SoftmaxGradient):
            text = translate("InspectorPanel",
                             "The loss of this drawing is L = −log p({0}), the cross-entropy with target class {0}."
                             ).format(class_name(result.target))
        elif isinstance(result, eb.FlattenGradient):
            text = translate("InspectorPanel",
                             "Backward pass through the flatten step: each gradient goes back to the cell it came "
                             "from.")
        else:
            return ""
        return html.escape(text)

    def _sorted_rows(self, products: np.ndarray, columns: list[str], row_cells) -> None:
        """A table of the largest |products| first (row_cells(flat index) -> texts before the product), the
        rest summed in one row, then the sum."""
        flat = products.ravel()
        order = np.argsort(-np.abs(flat), kind="stable")
        nonzero = int(np.count_nonzero(flat))          # terms that are exactly 0 are only counted
        listed, rest = order[:min(MAX_ROWS, nonzero)], order[min(MAX_ROWS, nonzero):]
        zeros = int(np.count_nonzero(flat[rest] == 0))
        prepare_table(self._table, len(listed) + (1 if len(rest) else 0) + 1, columns)
        scale = max(float(np.abs(flat).max()) if flat.size else 0.0, 1e-30)
        left = Qt.AlignmentFlag.AlignLeft
        last = len(columns) - 1
        for r, q in enumerate(listed):
            for c, (text, value) in enumerate(row_cells(int(q))):
                colour = value if isinstance(value, QColor) or value is None else self._sign(value, scale)
                align = left if c == 0 else Qt.AlignmentFlag.AlignCenter
                self._table.setItem(r, c, table_item(text, colour, align=align))
            self._table.setItem(r, last, table_item(shown(flat[q]), self._sign(flat[q], scale)))
        r = len(listed)
        if len(rest):
            if zeros == len(rest):
                text = translate("InspectorPanel", "the other {0} terms: all exactly 0").format(len(rest))
            elif zeros:
                text = translate("InspectorPanel", "the other {0} terms, together ({1} of them exactly 0)").format(
                    len(rest), zeros)
            else:
                text = translate("InspectorPanel", "the other {0} terms, together").format(len(rest))
            if last > 1:
                self._table.setSpan(r, 0, 1, last)
            self._table.setItem(r, 0, table_item(text, italic=True, align=left))
            rest_sum = float(flat[rest].sum())
            self._table.setItem(r, last, table_item(shown(rest_sum), self._sign(rest_sum, scale), italic=True))
            r += 1
        if last > 1:
            self._table.setSpan(r, 0, 1, last)
        self._table.setItem(r, 0, table_item(translate("InspectorPanel", "sum"), HIGHLIGHT, bold=True, align=left))
        self._table.setItem(r, last, table_item(shown(float(flat.sum())), HIGHLIGHT, bold=True))
        fit_table(self._table, max_rows=MAX_ROWS + 2)

    def _render_conv_weight(self, grads, result: eb.ConvWeightGradient) -> None:
        ow = result.upstream.shape[1]
        local = (translate("InspectorPanel", "× input under w") if result.similarity == "dot"
                 else translate("InspectorPanel", "× ∂y/∂w there"))
        columns = [translate("InspectorPanel", "output cell"), translate("InspectorPanel", "∂L/∂y there"),
                   translate("InspectorPanel", "input cell"), local, translate("InspectorPanel", "= product")]
        h, w = grads.trace.step(result.layer_name).input.shape[2:]
        ink = result.similarity == "dot" and grads.trace.steps[0].name == result.layer_name      # the drawing itself

        def cells(q):
            i, j = divmod(q, ow)
            r, t = result.input_rows[i], result.input_cols[j]
            inside = 0 <= r < h and 0 <= t < w
            where = f"({r}, {t})" if inside else translate("InspectorPanel", "padding")
            return [(f"({i}, {j})", None), (shown(result.upstream[i, j]), result.upstream[i, j]), (where, None),
                    (shown(result.local[i, j]), ink_color(result.local[i, j]) if ink else result.local[i, j])]
        self._sorted_rows(result.products, columns, cells)

    def _render_bias(self, grads, result: eb.BiasGradient) -> None:
        """A conv bias: its map's upstream gradients, one row per output cell, largest first, then their sum."""
        if result.dense:
            return
        ow = result.upstream.shape[1]
        columns = [translate("InspectorPanel", "output cell"), translate("InspectorPanel", "∂L/∂y there")]
        self._sorted_rows(result.upstream, columns, lambda q: [(f"({q // ow}, {q % ow})", None)])

    def _render_dense_input(self, grads, result: eb.DenseInputGradient) -> None:
        names = grads.trace.class_names
        is_logits = grads.outputs[result.dense] is grads.logits

        def cells(k):
            label = class_name(names[k]) if is_logits else str(k)
            return [(label, None), (shown(result.upstream[k]), result.upstream[k]),
                    (shown(result.weights[k]), result.weights[k])]
        columns = [translate("InspectorPanel", "output k"), translate("InspectorPanel", "∂L/∂z[k]"),
                   translate("InspectorPanel", "× W[k, j]"), translate("InspectorPanel", "= product")]
        self._sorted_rows(result.products, columns, cells)

    def _render_logit_gradient(self, grads, result: eb.LogitGradient) -> None:
        names = grads.trace.class_names
        prepare_table(self._table, len(names), [
            translate("InspectorPanel", "class"), translate("InspectorPanel", "p"),
            translate("InspectorPanel", "− one-hot y"), translate("InspectorPanel", "= ∂L/∂z")])
        left = Qt.AlignmentFlag.AlignLeft
        for k, name in enumerate(names):
            row = eb.explain_gradient(grads, result.stage, (k,))
            bg = HIGHLIGHT if k == result.index[-1] else None
            self._table.setItem(k, 0, table_item(class_name(name), bg, bold=bg is not None, align=left))
            self._table.setItem(k, 1, table_item(shown(row.probability), bg))
            self._table.setItem(k, 2, table_item(shown(row.one_hot), bg))
            self._table.setItem(k, 3, table_item(shown(row.agreement.engine), bg, bold=bg is not None))
        fit_table(self._table)

    def _render_pool_gradient(self, grads, result: eb.PoolGradient) -> None:
        avg = result.mode == "avg"
        columns = ([translate("InspectorPanel", "window"), translate("InspectorPanel", "cells")]
                   + ([] if avg else [translate("InspectorPanel", "winner")])
                   + [translate("InspectorPanel", "upstream ∂L/∂y"), translate("InspectorPanel", "× share"),
                      translate("InspectorPanel", "= product")])
        prepare_table(self._table, len(result.windows), columns)
        left = Qt.AlignmentFlag.AlignLeft
        scale = max(max((abs(w.product) for w in result.windows), default=0.0), 1e-30)
        for r, window in enumerate(result.windows):
            won = bool(window.share) and not avg
            texts = [f"({window.window[0]}, {window.window[1]})",
                     translate("InspectorPanel", "rows {0}–{1}, cols {2}–{3}").format(
                         window.rows[0], window.rows[-1], window.cols[0], window.cols[-1])]
            if not avg:
                texts.append(("★ " if won else "") + f"({window.winner[0]}, {window.winner[1]})")
            share = f"1/{len(window.rows) * len(window.cols)}" if avg else shown(window.share)
            texts += [shown(window.upstream), share]
            for c, text in enumerate(texts):
                bg = WINNER if won and c == 2 else None
                self._table.setItem(r, c, table_item(text, bg, bold=won and c == 2, align=left if c < 2 else
                                                     Qt.AlignmentFlag.AlignCenter))
            self._table.setItem(r, len(texts), table_item(shown(window.product), self._sign(window.product, scale)))
        fit_table(self._table)

    def _render_conv_input(self, grads, result: eb.ConvInputGradient) -> None:
        f_count, kh, kw = result.upstream.shape
        order = np.argsort(-np.abs(result.partial_sums), kind="stable")
        listed, hidden = order[:MAX_FILTER_BLOCKS], order[MAX_FILTER_BLOCKS:]
        block = kh + 1
        width = 3 * kw + 3
        rows = 1 + block * len(listed) + (1 if len(hidden) else 0)
        prepare_table(self._table, rows, [""] * width)
        self._table.horizontalHeader().setVisible(False)
        weights = (translate("InspectorPanel", "filter rotated 180°") if result.similarity == "dot"
                   else translate("InspectorPanel", "∂y/∂x there"))
        heads = ((0, kw, translate("InspectorPanel", "upstream ∂L/∂y")), (kw + 1, kw, weights),
                 (2 * kw + 2, kw, translate("InspectorPanel", "products")),
                 (3 * kw + 2, 1, translate("InspectorPanel", "partial sum")))
        for col, span, text in heads:
            if span > 1:
                self._table.setSpan(0, col, 1, span)
            self._table.setItem(0, col, table_item(text, bold=True))
        uscale = max(float(np.abs(result.upstream).max()), 1e-30)
        wscale = max(float(np.abs(result.weights).max()), 1e-30)
        pscale = max(float(np.abs(result.products).max()), 1e-30)
        left = Qt.AlignmentFlag.AlignLeft
        for b, f in enumerate(listed):
            top = 1 + b * block
            self._table.setSpan(top, 0, 1, width)
            self._table.setItem(top, 0, table_item(translate("InspectorPanel", "filter {0}: summed = {1}").format(
                int(f), shown(result.partial_sums[f])), HIGHLIGHT, bold=True, align=left))
            top += 1
            for r in range(kh):
                for t in range(kw):
                    has = bool(result.has_cell[f, r, t])
                    cell = result.cells[f, r, t]
                    self._table.setItem(top + r, t, table_item(
                        shown(result.upstream[f, r, t]) if has else "·",
                        self._sign(result.upstream[f, r, t], uscale) if has else PADDING, italic=not has,
                        tooltip=(translate("InspectorPanel", "∂L/∂y at output cell ({0}, {1})").format(*cell) if has
                                 else translate("InspectorPanel", "no output cell's window puts this weight here"))))
                    self._table.setItem(top + r, kw + 1 + t, table_item(
                        shown(result.weights[f, r, t]), self._sign(result.weights[f, r, t], wscale)))
                    self._table.setItem(top + r, 2 * kw + 2 + t, table_item(
                        shown(result.products[f, r, t]), self._sign(result.products[f, r, t], pscale)))
                self._table.setItem(top + r, kw, table_item("×"))
                self._table.setItem(top + r, 2 * kw + 1, table_item("="))
            self._table.setItem(top + kh // 2, 3 * kw + 2, table_item(shown(result.partial_sums[f]), bold=True))
        if len(hidden):
            last = rows - 1
            self._table.setSpan(last, 0, 1, width)
            self._table.setItem(last, 0, table_item(
                translate("InspectorPanel", "the other {0} filters: partial sums ").format(len(hidden))
                + ", ".join(shown(result.partial_sums[f]) for f in hidden), HIGHLIGHT, italic=True, align=left))
        fit_table(self._table, max_rows=MAX_ROWS + 4)

