"""The inspector: point at any cell and see its arithmetic, laid out like a spreadsheet.

The panel does no maths: it asks ``cnnviz.analysis.explain`` for a plain dataclass and renders it.
Weights, products and contributions are coloured by sign exactly as the pipeline colours maps and
filters (``cnnviz.viz.colormap``, the pipeline's palette: negative blue, zero white, positive red, or
orange in the colour-blind palette); patches of the network input in the input panel's ink. Every
number also carries its sign as text. Numbers are shown rounded to ``explain.DECIMALS`` decimals, as the panel says.
"""
from __future__ import annotations

import html
import re

import PySide6  # noqa: F401  (PySide6 before pyqtgraph, whoever imports this first)
import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from cnnviz.analysis import explain
from cnnviz.analysis.channels import plane_names
from cnnviz.analysis.explain_standardize import StandardizeCell
from cnnviz.analysis.explain_transpose import TransposedConvCell, UpsampleCell
from cnnviz.viz.colormap import DEFAULT_PALETTE, PALETTES

from .cell_tables import FONT_POINTS, make_table, sign_color
from .explain_text import engine_text
from .inspector_cells import CellRendering
from .inspector_gradients import GRADIENT_KINDS, GradientRendering
from .inspector_transpose import TransposeRendering


class InspectorPanel(CellRendering, TransposeRendering, GradientRendering, QWidget):
    """Shows the arithmetic behind one cell of the pipeline.

    ``show_cell(trace, layer_name, index)`` explains any cell (conv, activation, pool, flatten,
    dense, softmax); ``show_class(trace, class_index)`` explains one class's logit and its softmax;
    ``show_gradient(grads, target)`` a gradient of the backward pass (``inspector_gradients``).
    ``hover_cell`` does the same unless the panel is pinned; ``refresh(trace)`` re-explains the
    current cell with a new forward pass (the pen moved). ``field_changed`` carries the
    ``explain.ReceptiveField`` of the shown cell (or None) for highlighting on the input grid;
    ``filled_changed`` says when the panel goes from its hint (two lines) to an explanation (tables) and back,
    so the strip holding it can take the height it needs.
    """

    pinned_changed = Signal(bool)
    field_changed = Signal(object)
    filled_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, columns: int = 1, pipeline_hint: bool = False):
        """``columns=2`` puts the tables on the left and the formulas beside them (for a wide, low dock);
        ``pipeline_hint``: the hint also says what else in the pipeline can be clicked (the window's inspector)."""
        super().__init__(parent)
        self._pipeline_hint = pipeline_hint
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
        self._filled = False
        self.field_changed.connect(self._on_q_shown)     # every explanation, and clear(), ends with it

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
    def filled(self) -> bool:
        """True while the panel explains something (tables), False while it holds its hint."""
        return self._filled

    def _on_q_shown(self, field=None) -> None:
        filled = self._target is not None
        if filled != self._filled:
            self._filled = filled
            self.filled_changed.emit(filled)

    @property
    def explanation(self):
        """The explain dataclass shown (for a class: its DenseOutput, or the softmax if there is none)."""
        return self._explanation

    @property
    def softmax(self) -> explain.SoftmaxExplanation | None:
        return self._secondary

    @property
    def target(self) -> tuple | None:
        """("cell", layer_name, index), ("class", class_index), ("gradient", stage, index),
        ("weight-gradient", layer, index) or None."""
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
        return html.unescape(re.sub(r"<[^>]+>", "", text.replace("<br>", "\n")))

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
        if message is None and self._pipeline_hint:      # the hint: what else can be pointed at and clicked
            self._context.setText(self.tr("Click a cell to pin it. The softmax and logit bars explain a class; "
                                          "click a filter to edit it, or a stage\u2019s title to enlarge the stage."))
            self._context.show()
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
        if self._target[0] in GRADIENT_KINDS:
            self.refresh_gradient()
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
        # R, G, B where the explained layer's input channels are the colour planes of the input, else ()
        self._planes = plane_names([step.layer for step in trace.steps], trace.input.shape[1],
                                   result_layer_name(result, layer_name))
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
        elif isinstance(result, TransposedConvCell):
            self._render_transposed(result, layer_name)
        elif isinstance(result, UpsampleCell):
            self._render_upsample(result)
        elif isinstance(result, StandardizeCell):
            self._render_standardize(result)
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

def result_layer_name(result, fallback: str) -> str:
    """The layer an explanation is about (a cell of relu1 is explained as a cell of conv1)."""
    return getattr(result, "layer_name", fallback) if not isinstance(result, explain.SoftmaxExplanation) else fallback
