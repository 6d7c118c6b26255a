"""A spin box over channel numbers that shows their names ("R", "G", "B") when they have them."""
from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox

from cnnviz.analysis.channels import channel_label


class ChannelSpin(QSpinBox):
    """``value()`` is the channel number; the text is its name from ``set_names`` (else the number)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.names: tuple[str, ...] = ()

    def set_names(self, names) -> None:
        """Name the channels 0, 1, ... (e.g. ("R", "G", "B")); () shows numbers."""
        names = tuple(names)
        if names != self.names:
            self.names = names
            self.lineEdit().setText(self.textFromValue(self.value()))
            self.updateGeometry()

    def textFromValue(self, value: int) -> str:
        return channel_label(self.names, value)

    def valueFromText(self, text: str) -> int:
        text = text.strip()
        if text.upper() in (n.upper() for n in self.names):
            return [n.upper() for n in self.names].index(text.upper())
        return int(text) if text.lstrip("-").isdigit() else self.value()

    def validate(self, text: str, pos: int):
        stripped = text.strip()
        if self.names and (not stripped or any(n.upper().startswith(stripped.upper()) for n in self.names)):
            exact = any(n.upper() == stripped.upper() for n in self.names)
            return (QValidator.State.Acceptable if exact else QValidator.State.Intermediate), text, pos
        return super().validate(text, pos)
