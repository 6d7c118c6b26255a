"""The inspector's tables and colours: a value's colour as the pipeline paints it, and spreadsheet-like cells.

Weights, products and contributions are coloured by sign exactly as the pipeline colours maps and filters
(``cnnviz.viz.colormap``); patches of the network input in the input panel's ink; text white on dark cells.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableWidget, QTableWidgetItem

from cnnviz.viz.colormap import DEFAULT_PALETTE, DIVERGING_STOPS, ink_rgb, is_dark, signed_rgb

# The default palette's strong ends, as the pipeline's logit bars: positive red, negative blue; zero white.
POSITIVE = QColor(DIVERGING_STOPS[-2])
NEGATIVE = QColor(DIVERGING_STOPS[1])
ZERO = QColor(255, 255, 255)
PADDING = QColor(215, 215, 215)
WINNER = QColor(255, 200, 40)
HIGHLIGHT = QColor(255, 240, 170)
FONT_POINTS = 13


def sign_color(value: float, scale: float, palette: str = DEFAULT_PALETTE) -> QColor:
    """The pipeline's colour of a signed value (``cnnviz.viz.colormap``): white at 0, towards blue for negative
    and the palette's positive colour (red; orange in the colour-blind palette), saturating at |value| = scale."""
    return QColor(*signed_rgb(value, scale, palette))


def ink_color(value: float, high: float = 1.0) -> QColor:
    """The input panel's colour of an input value: white paper to dark ink."""
    return QColor(*ink_rgb(value, high))


def text_color(background: QColor) -> QColor:
    """White on dark cells, black on light ones (the same rule as the pipeline's cell numbers)."""
    dark = is_dark((background.red(), background.green(), background.blue()))
    return QColor(255, 255, 255) if dark else QColor(0, 0, 0)


def make_table() -> QTableWidget:
    """A read-only table in the inspector's font, sized by ``fit_table``."""
    table = QTableWidget()
    font = table.font()
    font.setPointSize(FONT_POINTS)
    table.setFont(font)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # fit_table sizes them once
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    return table


def table_item(text: str, background: QColor | None = None, *, bold: bool = False, italic: bool = False,
               tooltip: str | None = None, align=Qt.AlignmentFlag.AlignCenter) -> QTableWidgetItem:
    """One cell: ``text`` on ``background`` (text white on dark), optionally bold, italic, with a tooltip."""
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


def prepare_table(table: QTableWidget, rows: int, headers: list[str]) -> None:
    """Empty ``table`` into ``rows`` rows under these column headers, and show it."""
    table.clearSpans()
    table.clear()
    table.setColumnCount(len(headers))
    table.setRowCount(rows)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setVisible(True)
    table.verticalHeader().setVisible(False)
    table.show()


def fit_table(table: QTableWidget, max_rows: int = 16) -> None:
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
