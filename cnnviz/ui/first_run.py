"""The first-run hint: one short note under the canvas naming what can be pointed at and clicked, until dismissed.

It sits in the canvas's column (it covers no map and catches no click meant for the pipeline) until "Got it"
or presentation mode. In a narrow column (a side dock open at 1280 x 720: the column gives way down to 180 px)
it says the same in a few words, its whole text in its tooltip, so that it stays under the canvas's square
instead of squeezing it; the pipeline keeps its room (as a banner across the window it would take its height). Whether it was dismissed is kept in the
window's settings (``FirstRunHint.SETTINGS_KEY``, read with ``type=bool``: a restarted QSettings gives back
strings).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from .canvas_column import NARROW
from .panels import font


HINT_POINTS = 12         # the hint's text in a canvas column of normal width
NARROW_HINT_POINTS = 11  # ... its few words in a narrower one than canvas_column.NARROW


class FirstRunHint(QObject):
    """A dismissable note under the drawing canvas, the first time the app starts."""

    SETTINGS_KEY = "hints/first_run_shown"

    def __init__(self, host, presentation=None):
        """``presentation``: lecture mode's (a lecturer presenting dismisses the hint), if there is one."""
        super().__init__(host.parent)
        self.host = host
        self.frame = QFrame()
        self.frame.setObjectName("first-run-hint")
        self.frame.setStyleSheet("#first-run-hint { background: #fff8d6; border: 1px solid #c9a800; }")
        column = QVBoxLayout(self.frame)
        column.setContentsMargins(8, 6, 8, 6)
        self.label = QLabel(self.text())
        self.label.setWordWrap(True)
        self.label.setFont(font(HINT_POINTS))
        self.button = QPushButton(self.tr("Got it"))
        self.button.clicked.connect(self.dismiss)
        column.addWidget(self.label)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.frame.hide()
        host.add_under_canvas(self.frame)
        self.column = host.canvas.parentWidget()        # its width says how large the text is
        self.column.installEventFilter(self)
        if presentation is not None:        # a lecturer presenting: the room does not need the hint
            presentation.presentingChanged.connect(self._on_q_presenting)

    def text(self) -> str:
        return self.tr("Everything here can be pointed at and clicked: a map's cell shows its arithmetic, a "
                       "filter opens in the editor, the softmax and logit bars explain a class, and a stage's "
                       "title enlarges that stage (F; Esc returns).")

    def short_text(self) -> str:
        """The hint in a few words, for a narrow column."""
        return self.tr("Everything here can be pointed at and clicked: map cells, filters, bars, stage titles.")

    def show_once(self) -> bool:
        """Show the hint unless it was dismissed with these settings; True if it is shown now. Nothing is
        written until the user dismisses it (a start that fails half-way leaves the settings alone)."""
        if self.host.settings.value(self.SETTINGS_KEY, False, type=bool):
            return False
        self.frame.show()
        return True

    def dismiss(self) -> None:
        """Hide the hint for good: "Got it" (or presenting) remembers it in the settings."""
        if not self.frame.isHidden():
            self.host.settings.setValue(self.SETTINGS_KEY, True)
        self.frame.hide()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.column and event.type() == QEvent.Type.Resize:
            narrow = self.column.width() < NARROW
            text = self.short_text() if narrow else self.text()
            if self.label.text() != text:        # (a new height only: the column keeps its width)
                self.label.setText(text)
                self.label.setFont(font(NARROW_HINT_POINTS if narrow else HINT_POINTS))
                self.label.setToolTip(self.text() if narrow else "")
        return False

    def _on_q_presenting(self, on: bool) -> None:
        if on:
            self.dismiss()


def install(host, presentation=None) -> FirstRunHint:
    """Add the hint under the canvas of the window behind ``host``; show it if this is the first start."""
    hint = FirstRunHint(host, presentation)
    hint.show_once()
    return hint
