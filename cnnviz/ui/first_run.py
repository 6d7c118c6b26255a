"""The first-run hint: one short note over the pipeline naming what can be pointed at and clicked, shown once.

Whether it has been shown is kept in the window's settings (``FirstRunHint.SETTINGS_KEY``, read with
``type=bool``: a restarted QSettings gives back strings).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from .panels import font

MARGIN = 12


class FirstRunHint(QObject):
    """A dismissable note at the bottom of a window's pipeline, the first time the app starts."""

    SETTINGS_KEY = "hints/first_run_shown"

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.pipeline = window.pipeline
        self.frame = QFrame(self.pipeline)
        self.frame.setObjectName("first-run-hint")
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setAutoFillBackground(True)
        self.frame.setStyleSheet("#first-run-hint { background: #fff8d6; border: 1px solid #c9a800; }")
        row = QHBoxLayout(self.frame)
        row.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self.text())
        self.label.setWordWrap(True)
        self.label.setFont(font(13))
        self.button = QPushButton(self.tr("Got it"))
        self.button.clicked.connect(self.dismiss)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.frame.hide()
        self.pipeline.installEventFilter(self)
        lecture = getattr(window, "lecture", None)
        if lecture is not None:        # a lecturer presenting: the room does not need the hint over the maps
            lecture.presentation.presentingChanged.connect(self._on_q_presenting)

    def _on_q_presenting(self, on: bool) -> None:
        if on:
            self.dismiss()

    def text(self) -> str:
        return self.tr("Everything here can be pointed at and clicked: a map's cell shows its arithmetic, a "
                       "filter opens in the editor, the softmax and logit bars explain a class, and a stage's "
                       "title enlarges that stage (F; Esc returns).")

    def show_once(self) -> bool:
        """Show the hint if it has never been shown with these settings; True if it is shown now."""
        settings = self.window.settings
        if settings.value(self.SETTINGS_KEY, False, type=bool):
            return False
        settings.setValue(self.SETTINGS_KEY, True)
        settings.sync()
        self._place()
        self.frame.show()
        self.frame.raise_()
        return True

    def dismiss(self) -> None:
        self.frame.hide()

    def _place(self) -> None:
        width = max(200, self.pipeline.width() - 2 * MARGIN)
        height = self.frame.layout().heightForWidth(width) if self.frame.layout().hasHeightForWidth() else \
            self.frame.sizeHint().height()
        self.frame.setGeometry(MARGIN, self.pipeline.height() - height - MARGIN, width, height)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.pipeline and event.type() == QEvent.Type.Resize and self.frame.isVisible():
            self._place()
        return super().eventFilter(watched, event)


def install(window) -> FirstRunHint:
    """Add the hint to a MainWindow (``window.first_run``) and show it if this is the first start."""
    window.first_run = FirstRunHint(window)
    window.first_run.show_once()
    return window.first_run
