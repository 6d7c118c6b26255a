"""The pen's colour: a small palette of swatches in the toolbar, beside the eraser.

Choosing a colour sets ``canvas.pen_colour`` (R, G, B) for the next stroke and puts the eraser away; the
eraser stays the way to paint paper (white). A grey model sees a colour as its grey (luma), a colour model
(three input channels, R, G, B) sees it as it is, so colour matters in drawings too.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QToolBar

from .canvas import BLACK

# name (translated in context "PenPalette") -> R, G, B; the first is the default pen
PEN_COLOURS = (
    (QT_TRANSLATE_NOOP("PenPalette", "Black"), BLACK),
    (QT_TRANSLATE_NOOP("PenPalette", "Red"), (220, 20, 20)),
    (QT_TRANSLATE_NOOP("PenPalette", "Green"), (20, 160, 40)),
    (QT_TRANSLATE_NOOP("PenPalette", "Blue"), (20, 60, 220)),
    (QT_TRANSLATE_NOOP("PenPalette", "Yellow"), (240, 200, 0)),
)


def swatch(colour: tuple[int, int, int], side: int = 20) -> QIcon:
    """A round swatch of ``colour`` with a thin grey rim (so yellow shows on a light toolbar)."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(110, 110, 110))
    painter.setBrush(QColor.fromRgb(*colour))
    painter.drawEllipse(2, 2, side - 4, side - 4)
    painter.end()
    return QIcon(pixmap)


class PenPalette(QObject):
    """Swatch actions (checkable, one at a time) that choose the canvas's pen colour."""

    def __init__(self, host):
        super().__init__(host.parent)
        self.host = host
        self.canvas = host.canvas
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[tuple[int, int, int], QAction] = {}
        for name, colour in PEN_COLOURS:
            text = self.tr(name)
            action = QAction(swatch(colour), text, self)
            action.setCheckable(True)
            action.setToolTip(self.tr("Pen colour: %1").replace("%1", text))
            action.setData(colour)
            action.triggered.connect(lambda checked=False, c=colour: self.choose(c))
            self.group.addAction(action)
            self.actions[colour] = action
        self.actions[tuple(self.canvas.pen_colour)].setChecked(True)
        self._place()
        host.eraser_action.toggled.connect(self._on_q_eraser)

    def _place(self) -> None:
        """Right after the eraser, in its toolbar and in the Edit menu."""
        eraser = self.host.eraser_action
        for bar in self.host.parent.findChildren(QToolBar):
            actions = bar.actions()
            if eraser in actions:
                after = actions.index(eraser) + 1
                before = actions[after] if after < len(actions) else None
                for action in self.group.actions():
                    bar.insertAction(before, action) if before is not None else bar.addAction(action)
                break
        colour_menu = self.host.menu("&Edit").addMenu(self.tr("Pen colour"))
        colour_menu.addActions(self.group.actions())

    @property
    def colour(self) -> tuple[int, int, int]:
        return tuple(self.canvas.pen_colour)

    def choose(self, colour) -> None:
        """Draw the next strokes in ``colour`` (R, G, B): the eraser is put away."""
        colour = tuple(int(c) for c in colour)
        self.canvas.pen_colour = colour
        if colour in self.actions:
            self.actions[colour].setChecked(True)
        if self.host.eraser_action.isChecked():
            self.host.eraser_action.setChecked(False)
            self.canvas.eraser = False

    def _on_q_eraser(self, checked: bool) -> None:
        """The eraser taken up: no swatch is the pen's colour until one is chosen (the colour stays set)."""
        self.group.setExclusive(not checked)
        for action in self.group.actions():
            action.setChecked(not checked and action.data() is not None
                              and tuple(action.data()) == self.colour)
        self.group.setExclusive(True)


def install(host) -> PenPalette:
    return PenPalette(host)
