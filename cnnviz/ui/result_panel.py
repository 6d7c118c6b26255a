"""The result column of the pipeline: the predicted class, how sure, and the softmax and logit bars.

Hovering or clicking a bar explains that class in the inspector (``bar_at`` says which bar is where).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy

import pyqtgraph as pg

from cnnviz.viz.layout import format_value

from . import panels as _panels
from .i18n import class_name
from .panels import MUTED, PREDICTED, TEXT, fitted, font


class ResultPanel(pg.GraphicsWidget):
    """The logits and the softmax as bars with class names, and the predicted class, large."""

    def __init__(self, class_names, *, logits_name: str, softmax_name: str, logits_level: float, parent=None):
        super().__init__(parent)
        self.class_names = tuple(class_names)
        self.logits_name, self.softmax_name, self.logits_level = logits_name, softmax_name, float(logits_level)
        count = len(self.class_names)
        self.logits = np.zeros(count, np.float32)
        self.probabilities = np.full(count, 1.0 / count, np.float32)
        self._big, self._title, self._body = font(38, bold=True), font(14, bold=True), font(13)
        self._percent = font(20, bold=True)
        self.concealed = ""          # "predict, then reveal": while set, this text replaces the result
        self.blank = False           # nothing drawn yet: "draw something" replaces the prediction and the bars
        self.signed_colours = (QColor("#b2182b"), QColor("#2166ac"))     # logit bars: positive, negative
        self.bar_rows: list[tuple[QRectF, str, int]] = []    # (row rect, "softmax"/"logits", class) as last painted
        self.setMinimumWidth(240 * _panels.FONT_SCALE)
        self.setPreferredWidth(300 * _panels.FONT_SCALE)
        self.setMaximumWidth(360 * _panels.FONT_SCALE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def show(self, logits: np.ndarray, probabilities: np.ndarray) -> None:
        self.logits, self.probabilities = logits, probabilities
        self.update()

    @property
    def predicted(self) -> str:
        return self.class_names[int(np.argmax(self.probabilities))]

    def bar_at(self, point: QPointF) -> tuple[str, int] | None:
        """("softmax" or "logits", class index) of the bar row under a point in item coordinates."""
        for rect, group, index in self.bar_rows:
            if rect.contains(point):
                return group, index
        return None

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.bar_rows = []
        rect = self.boundingRect().adjusted(10, 6, -10, -6)
        y = rect.top()
        if self.concealed:
            painter.setFont(self._big)
            painter.setPen(PREDICTED)
            big = QFontMetricsF(self._big).height()
            painter.drawText(QRectF(rect.left(), y, rect.width(), big * 1.5), Qt.AlignmentFlag.AlignCenter, "?")
            painter.setFont(self._percent)
            painter.setPen(TEXT)
            painter.drawText(QRectF(rect.left(), y + big * 1.6, rect.width(), rect.height() - big * 1.6),
                             Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, self.concealed)
            return
        if self.blank:
            self._paint_blank(painter, rect)
            return
        winner = int(np.argmax(self.probabilities))
        # the prediction, large; where the column is too short for everything (a dock below), smaller and without
        # its heading, so that every bar keeps its row
        compact = self.content_height() > self.boundingRect().height()
        if not compact:
            painter.setFont(self._title)
            painter.setPen(MUTED)
            line = QFontMetricsF(self._title).height()
            painter.drawText(QRectF(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                             self.tr("prediction"))
            y += line
        big_font, sure_font = (self._percent, None) if compact else (self._big, self._percent)
        predicted = class_name(self.class_names[winner])
        painter.setFont(fitted(big_font, predicted, rect.width()))
        painter.setPen(PREDICTED)
        big = QFontMetricsF(big_font).height()
        painter.drawText(QRectF(rect.left(), y, rect.width(), big), Qt.AlignmentFlag.AlignLeft, predicted)
        y += big
        if not compact:          # (compact: the softmax bars below say it too)
            sure = self.tr("{0} % sure").format(f"{self.probabilities[winner] * 100:.1f}")
            painter.setFont(fitted(sure_font, sure, rect.width()))
            percent = QFontMetricsF(sure_font).height()
            painter.drawText(QRectF(rect.left(), y, rect.width(), percent), Qt.AlignmentFlag.AlignLeft, sure)
            y += percent + 16
        softmax = self.tr("softmax") if self.softmax_name == "softmax" else self.softmax_name
        y = self._bars(painter, rect, y, f"{softmax} \u00b7 {len(self.class_names)}",
                       [(p, f"{p * 100:.1f} %") for p in self.probabilities], 0.0, 1.0, winner)
        y += 14
        self._bars(painter, rect, y, f"{self.logits_name} \u00b7 {len(self.class_names)}  " + self.tr("(logits)"),
                   [(v, format_value(float(v))) for v in self.logits], -self.logits_level, self.logits_level, winner)

    def _paint_blank(self, painter, rect) -> None:
        """The canvas is empty: no prediction and no percentages (they would mean nothing), an invitation."""
        painter.setFont(self._title)
        painter.setPen(MUTED)
        line = QFontMetricsF(self._title).height()
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line), Qt.AlignmentFlag.AlignLeft,
                         self.tr("prediction"))
        painter.setFont(fitted(self._percent, self.tr("Draw something"), rect.width()))
        painter.setPen(PREDICTED)
        painter.drawText(QRectF(rect.left(), rect.top() + line + 8, rect.width(), rect.height() - line - 8),
                         Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, self.tr("Draw something"))

    def columns(self, metrics: QFontMetricsF, width: float) -> tuple[list[str], float, float, float]:
        """The bars' columns in ``width`` pixels: (class names as shown, name width, bar width, value width).
        Long class names ("Schreibtischlampe") are cut short with "…" so the values stay in the panel."""
        names = [class_name(n) for n in self.class_names]
        value_width = metrics.horizontalAdvance("\u2212000.00") + 6
        name_width = min(max(metrics.horizontalAdvance(n) for n in names) + 10, max(40.0, width - value_width - 40))
        names = [metrics.elidedText(n, Qt.TextElideMode.ElideRight, name_width - 8) for n in names]
        return names, name_width, max(10.0, width - name_width - value_width), value_width

    def _bars(self, painter, rect, y, title, entries, low, high, winner) -> float:
        painter.setFont(fitted(self._title, title, rect.width()))
        painter.setPen(TEXT)
        line = QFontMetricsF(self._title).height()
        painter.drawText(QRectF(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignLeft, title)
        y += line + 4
        painter.setFont(self._body)
        metrics = QFontMetricsF(self._body)
        names, name_width, bar_width, value_width = self.columns(metrics, rect.width())
        bar_left = rect.left() + name_width
        row = max(metrics.height() + 8, 26)
        zero = bar_left + bar_width * (0 - low) / (high - low)
        for index, (value, text) in enumerate(entries):
            painter.setPen(PREDICTED if index == winner else TEXT)
            painter.drawText(QRectF(rect.left(), y, name_width, row), Qt.AlignmentFlag.AlignVCenter,
                             names[index])
            painter.fillRect(QRectF(bar_left, y + 3, bar_width, row - 6), QColor(250, 250, 250))
            end = bar_left + bar_width * (min(max(float(value), low), high) - low) / (high - low)
            colour = PREDICTED if index == winner else QColor(150, 150, 150)
            if low < 0:
                colour = self.signed_colours[0] if value >= 0 else self.signed_colours[1]
            painter.fillRect(QRectF(min(zero, end), y + 3, abs(end - zero), row - 6), colour)
            if low < 0:
                painter.setPen(QPen(TEXT, 0))
                painter.drawLine(QPointF(zero, y + 1), QPointF(zero, y + row - 1))
            painter.setPen(TEXT)
            painter.drawText(QRectF(bar_left + bar_width + 4, y, value_width, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
            group = "softmax" if low >= 0 else "logits"
            self.bar_rows.append((QRectF(rect.left(), y, rect.width(), row), group, index))
            y += row
        return y

    def content_height(self, *, compact: bool = False) -> float:
        """Pixels of height the prediction and both bar groups take (as ``paint`` lays them out); ``compact``:
        as painted in a column too short for everything (the prediction smaller, without its heading)."""
        title, body = QFontMetricsF(self._title).height(), QFontMetricsF(self._body).height()
        rows = len(self.class_names) * max(body + 8, 26)
        percent = QFontMetricsF(self._percent).height()
        if compact:
            return 12 + percent + 2 * (title + 4 + rows) + 14
        return 12 + title + QFontMetricsF(self._big).height() + percent + 16 + 2 * (title + 4 + rows) + 14

    def sizeHint(self, which, constraint=QSizeF()) -> QSizeF:
        if which == Qt.SizeHint.PreferredSize:
            return QSizeF(300, 200 + 60 * len(self.class_names))
        return super().sizeHint(which, constraint)
