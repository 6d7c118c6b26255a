"""The window's View \u2192 Language menu and the switch itself (``MainWindow`` mixes this in).

Switching rebuilds the window in the new language from the session (``cnnviz.ui.relanguage``); it is
refused while a training run or a probe works. The texts keep the translation context "MainWindow".
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QActionGroup

from . import i18n
from .relanguage import rebuild_in_language

if TYPE_CHECKING:
    from .window import MainWindow


class LanguageSwitching:
    """View \u2192 Language for ``MainWindow``: ``language()``, ``set_language(code)``, ``language_busy()``."""

    def _build_language_menu(self) -> None:
        """View \u2192 Language: each language listed in its own words; the choice is remembered."""
        view = self.menu("&View")
        view.addSeparator()
        self.language_menu = view.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(self._on_q_language)
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self._sync_language_actions()

    def language(self) -> str:
        """The interface language shown: "en", "ja" or "ru"."""
        return i18n.current_language()

    def _sync_language_actions(self) -> None:
        for code, action in self.language_actions.items():
            action.setChecked(code == self.language())

    def _on_q_language(self, checked: bool = False) -> None:
        action = self.sender()
        if action is not None:      # after the menu has closed: the window may be replaced
            QTimer.singleShot(0, self, lambda code=action.data(): self.set_language(code))

    def language_busy(self) -> str:
        """Why the language cannot change now, or "" (switching rebuilds the window: no worker may run)."""
        experiments = getattr(self, "experiments", None)
        if experiments is not None and experiments.training.running:
            return QCoreApplication.translate(
                "MainWindow", "The language can change when the training run has finished or been stopped.")
        if experiments is not None and experiments.probes.busy:
            return QCoreApplication.translate(
                "MainWindow", "The language can change when the probe has finished or been cancelled.")
        return ""

    def set_language(self, code: str) -> MainWindow:
        """Show the interface in another language ("en", "ja", "ru") and remember the choice.

        The window is built again in that language with everything carried over (the drawing and its undo
        steps, the model with its edits and their history, docks, lecture settings; the collection is saved
        and read back): see ``cnnviz.ui.relanguage``. While a training run or a probe works it politely
        refuses. Returns the window shown afterwards (this one, or the one that replaced it)."""
        code = code if code in i18n.LANGUAGES else "en"
        replacement = getattr(self, "replacement", None)
        if replacement is not None:     # two switches queued before the first one ran: the current window does it
            return replacement.set_language(code)
        if code == self.language():
            self.settings.setValue(i18n.SETTINGS_KEY, code)
            self._sync_language_actions()
            return self
        reason = self.language_busy()
        if reason:
            self._sync_language_actions()
            self.show_error(reason, dialog=True)
            return self
        self.settings.setValue(i18n.SETTINGS_KEY, code)
        return rebuild_in_language(self, code)
