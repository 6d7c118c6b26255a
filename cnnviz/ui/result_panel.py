"""The result column of the pipeline: the predicted class, how sure, and the softmax and logit bars.

Hovering or clicking a bar explains that class in the inspector (``bar_at`` says which bar is where).
Every bar and every class name stays whole in the room the column has (``arrangement``): the softmax and logit
groups one under the other; where that is too tall (ten classes at 1280 x 720) one row per class with its
logit bar beside its softmax bar ("together"); then smaller text. Names are shortened with "…" only when
nothing else fits.
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

BODY_POINTS = (13.0, 12.0, 11.0, 10.0, 9.0)    # the bars' text gets smaller before any name is cut
BAR_MIN, TOGETHER_BAR_MIN = 40.0, 28.0          # pixels a bar keeps at least (one group apart, two together)
GROUP_GAP, COMPACT_GAP = 14, 6                  # pixels between the softmax and the logit group


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
        mode, points, compact = self.arrangement()
        # the prediction, large; where the column is too short for everything (a dock below), smaller and without
        # its heading, so that every bar keeps its row
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
        logits = f"{self.logits_name} \u00b7 {len(self.class_names)}  " + self.tr("(logits)")
        probabilities = [(p, f"{p * 100:.1f} %") for p in self.probabilities]
        values = [(v, format_value(float(v))) for v in self.logits]
        level = self.logits_level
        if mode == "together":
            self._together(painter, rect, y, font(points), logits, softmax, values, probabilities, winner)
            return
        body = font(points)
        y = self._bars(painter, rect, y, f"{softmax} \u00b7 {len(self.class_names)}", probabilities, 0.0, 1.0,
                       winner, body)
        self._bars(painter, rect, y + (COMPACT_GAP if compact else GROUP_GAP), logits, values, -level, level,
                   winner, body)

    # -- how the bars fit the room ----------------------------------------------------------------
    def _widths(self, body) -> tuple[float, float, float]:
        """(the class names' column, a logit's value, a percentage) in pixels at the font ``body``."""
        metrics = QFontMetricsF(body)
        names = max(metrics.horizontalAdvance(class_name(n)) for n in self.class_names) + 10
        return names, metrics.horizontalAdvance("\u221200.00") + 6, metrics.horizontalAdvance("100.0 %") + 6

    def row_height(self, body) -> float:
        """Pixels of one bar's row at the font ``body`` (26 at the normal 13 points)."""
        line = QFontMetricsF(body).height()
        return max(line + 8, 26 * _panels.FONT_SCALE) if body.pointSizeF() >= 13 * _panels.FONT_SCALE else line + 3

    def _fits_width(self, mode: str, body, width: float) -> bool:
        names, value, percent = self._widths(body)
        if mode == "apart":
            return names + BAR_MIN + max(value, percent) <= width
        return names + 2 * TOGETHER_BAR_MIN + value + percent + 8 <= width

    def group_title(self, body):
        """The font of the groups' titles over bars written in ``body``: one size above smaller bars."""
        if body.pointSizeF() >= self._body.pointSizeF():
            return self._title
        return font(body.pointSizeF() / _panels.FONT_SCALE + 1, bold=True)

    def _height(self, mode: str, body, compact: bool) -> float:
        title = QFontMetricsF(self.group_title(body)).height()
        percent = QFontMetricsF(self._percent).height()
        head = 12 + (percent if compact else title + QFontMetricsF(self._big).height() + percent + 16)
        rows = len(self.class_names) * self.row_height(body)
        if mode == "apart":
            return head + 2 * (title + 4 + rows) + (GROUP_GAP if not compact else COMPACT_GAP)
        return head + title + 4 + rows

    def arrangement(self, width: float | None = None, height: float | None = None) -> tuple[str, float, bool]:
        """How the bars fit ``width`` x ``height`` pixels (default: the panel's own): ("apart": the softmax group
        above the logit group, or "together": one row per class, its logit bar and its softmax bar side by side;
        the bars' font points; compact: the prediction smaller, without its heading). The largest text at which
        every bar and every whole class name fits; the last resort shortens names."""
        bounds = self.boundingRect()
        width = (bounds.width() if width is None else width) - 20
        height = bounds.height() if height is None else height          # (_height counts the margins)
        for points in BODY_POINTS:
            body = font(points)
            for mode in ("apart", "together"):
                if self._fits_width(mode, body, width):
                    for compact in (False, True):
                        if self._height(mode, body, compact) <= height:
                            return mode, points, compact
        last = font(BODY_POINTS[-1])
        return ("together" if self._height("apart", last, True) > height else "apart"), BODY_POINTS[-1], True

    def _together(self, painter, rect, y, body, logits, softmax, values, probabilities, winner) -> None:
        """One row per class: its name, its logit bar and value, its softmax bar and percentage."""
        metrics = QFontMetricsF(body)
        names, value_width, percent_width = self._widths(body)
        names = min(names, max(40.0, rect.width() - value_width - percent_width - 2 * TOGETHER_BAR_MIN - 8))
        bar = (rect.width() - names - value_width - percent_width - 8) / 2
        logit_left = rect.left() + names
        soft_left = logit_left + bar + value_width + 8
        heading = self.group_title(body)
        line = QFontMetricsF(heading).height()
        painter.setPen(TEXT)
        for left, text, wide in ((logit_left, logits, bar + value_width), (soft_left, softmax, bar + percent_width)):
            painter.setFont(fitted(heading, text, wide))
            painter.drawText(QRectF(left, y, wide, line), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             text)
        y += line + 4
        row = self.row_height(body)
        level = self.logits_level
        for index in range(len(self.class_names)):
            painter.setFont(body)
            painter.setPen(PREDICTED if index == winner else TEXT)
            name = metrics.elidedText(class_name(self.class_names[index]), Qt.TextElideMode.ElideRight, names - 8)
            painter.drawText(QRectF(rect.left(), y, names, row), Qt.AlignmentFlag.AlignVCenter, name)
            self._bar(painter, logit_left, y, bar, value_width, row, values[index], -level, level, index == winner)
            self._bar(painter, soft_left, y, bar, percent_width, row, probabilities[index], 0.0, 1.0, index == winner)
            self.bar_rows.append((QRectF(logit_left, y, bar + value_width, row), "logits", index))
            self.bar_rows.append((QRectF(soft_left, y, bar + percent_width, row), "softmax", index))
            y += row

    def _bar(self, painter, left, y, width, value_width, row, entry, low, high, winner: bool) -> None:
        """One bar from ``low`` to ``high`` at ``left`` and its value written after it."""
        value, text = entry
        painter.fillRect(QRectF(left, y + 3, width, row - 6), QColor(250, 250, 250))
        zero = left + width * (0 - low) / (high - low)
        end = left + width * (min(max(float(value), low), high) - low) / (high - low)
        colour = PREDICTED if winner else QColor(150, 150, 150)
        if low < 0:
            colour = self.signed_colours[0] if value >= 0 else self.signed_colours[1]
        painter.fillRect(QRectF(min(zero, end), y + 3, abs(end - zero), row - 6), colour)
        if low < 0:
            painter.setPen(QPen(TEXT, 0))
            painter.drawLine(QPointF(zero, y + 1), QPointF(zero, y + row - 1))
        painter.setPen(TEXT)
        painter.drawText(QRectF(left + width + 4, y, value_width, row),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)

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
        value_width = max(metrics.horizontalAdvance(t) for t in ("\u221200.00", "100.0 %")) + 6
        name_width = min(max(metrics.horizontalAdvance(n) for n in names) + 10, max(40.0, width - value_width - 40))
        names = [metrics.elidedText(n, Qt.TextElideMode.ElideRight, name_width - 8) for n in names]
        return names, name_width, max(10.0, width - name_width - value_width), value_width

    def _bars(self, painter, rect, y, title, entries, low, high, winner, body=None) -> float:
        body = body or self._body
        heading = self.group_title(body)
        painter.setFont(fitted(heading, title, rect.width()))
        painter.setPen(TEXT)
        line = QFontMetricsF(heading).height()
        painter.drawText(QRectF(rect.left(), y, rect.width(), line), Qt.AlignmentFlag.AlignLeft, title)
        y += line + 4
        metrics = QFontMetricsF(body)
        names, name_width, bar_width, value_width = self.columns(metrics, rect.width())
        bar_left = rect.left() + name_width
        row = self.row_height(body)
        for index, entry in enumerate(entries):
            painter.setFont(body)
            painter.setPen(PREDICTED if index == winner else TEXT)
            painter.drawText(QRectF(rect.left(), y, name_width, row), Qt.AlignmentFlag.AlignVCenter,
                             names[index])
            self._bar(painter, bar_left, y, bar_width, value_width, row, entry, low, high, index == winner)
            group = "softmax" if low >= 0 else "logits"
            self.bar_rows.append((QRectF(rect.left(), y, rect.width(), row), group, index))
            y += row
        return y

    def content_height(self, *, compact: bool = False) -> float:
        """Pixels of height the prediction and both bar groups take at the normal text, one group under the
        other (as ``paint`` lays them out with room); ``compact``: as painted in a column too short for
        everything (the prediction smaller, without its heading)."""
        return self._height("apart", self._body, compact)

    def sizeHint(self, which, constraint=QSizeF()) -> QSizeF:
        if which == Qt.SizeHint.PreferredSize:
            return QSizeF(300, 200 + 60 * len(self.class_names))
        return super().sizeHint(which, constraint)
