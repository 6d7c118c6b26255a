"""The Model menu (undo and redo model edits, save, reset, parameter summary), Unpin in View, the help
in Help, and the edit history shown in the Layers and model dock: Ctrl+Alt+Z undoes a model edit,
separate from the drawing's Ctrl+Z."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from ..explain_text import engine_text
from ..model_dock import summary_text
from .guard import guarded


class ModelMenu(QObject):
    """The inspector's and the model edits' actions, kept in step with the session's edit history."""

    def __init__(self, session, host, edits, inspector, model_dock, docks, parent=None):
        super().__init__(parent)
        self.session, self.host, self.edits = session, host, edits
        self.inspector, self.model_dock = inspector, model_dock
        action = host.action
        self.undo_action = action(self.tr("Undo model edit"), self._on_q_undo, ["Ctrl+Alt+Z"],
                                  self.tr("Take back the last change to the model (Ctrl+Alt+Z); "
                                          "Ctrl+Z undoes the drawing"))
        self.redo_action = action(self.tr("Redo model edit"), self._on_q_redo, ["Ctrl+Alt+Shift+Z", "Ctrl+Alt+Y"],
                                  self.tr("Make the undone model change again (Ctrl+Alt+Shift+Z)"))
        self.save_action = action(self.tr("Save model as\u2026"), self._on_q_save, (),
                                  self.tr("Write the model, with your edits, to a model file"))
        self.reset_action = action(self.tr("Reset to shipped model"), self._on_q_reset, (),
                                   self.tr("Reload the model as shipped (or as in its file); undoable"))
        self.summary_action = action(self.tr("Parameter summary\u2026"), self._on_q_summary, (),
                                     self.tr("How many parameters each layer has, and a dense layer's count"))
        self.unpin_action = action(self.tr("Unpin inspector"), self._on_q_unpin, ["Esc"],
                                   self.tr("Let the inspector follow the pointer again (Esc)"))
        self.unpin_action.setEnabled(False)      # enabled only while pinned: Esc stays free otherwise
        self.help_action = action(self.tr("Inspector and model edits\u2026"), self._on_q_help)
        model_menu = host.menu("&Model")
        for item in (self.undo_action, self.redo_action):
            model_menu.addAction(item)
        model_menu.addSeparator()
        for item in (self.save_action, self.reset_action, self.summary_action):
            model_menu.addAction(item)
        view = host.menu("&View")
        for dock in docks:
            view.addAction(dock.toggleViewAction())
        view.addAction(self.unpin_action)
        host.menu("&Help").addAction(self.help_action)
        model_dock.controls.undo_requested.connect(self._on_q_undo)
        model_dock.redo_requested.connect(self._on_q_redo)
        model_dock.save_requested.connect(self._on_q_save)
        model_dock.reset_requested.connect(self._on_q_reset)
        inspector.pinned_changed.connect(self._on_q_pinned)
        session.history_changed.connect(self.sync_history)
        self.sync_history()

    def _on_q_undo(self, checked: bool = False) -> None:
        self.edits.undo()

    def _on_q_redo(self, checked: bool = False) -> None:
        self.edits.redo()

    def _on_q_save(self, checked: bool = False) -> None:
        self.edits.save_model_as()

    def _on_q_reset(self, checked: bool = False) -> None:
        self.edits.reset_model()

    def _on_q_unpin(self, checked: bool = False) -> None:
        self.inspector.set_pinned(False)

    def _on_q_pinned(self, pinned: bool) -> None:
        self.unpin_action.setEnabled(bool(pinned))

    @guarded
    def _on_q_summary(self, checked: bool = False) -> None:
        if self.session.model is None:
            return
        self._summary_box = self._message(self.tr("Parameters"), summary_text(self.session.model))

    def _on_q_help(self, checked: bool = False) -> None:
        text = self.tr(
            "<b>Point</b> at any cell of a map: the Inspector shows its arithmetic, and its receptive field "
            "is outlined on the layer's input (dashed where the filter reaches into zero padding).<br>"
            "<b>Click</b> a cell or a softmax / logit bar to pin it (it follows the pen); click it again "
            "or press <b>Esc</b> to unpin.<br>"
            "<b>Click a filter</b> (the small weights left of a convolution map) to edit it in the Filter editor.<br>"
            "<b>Click a stage's title</b> for its settings in Layers and model.<br><br>"
            "<b>Ctrl+Alt+Z</b> undo model edit, <b>Ctrl+Alt+Shift+Z</b> or <b>Ctrl+Alt+Y</b> redo it "
            "(Ctrl+Z and Ctrl+Shift+Z undo and redo the drawing).<br>"
            "Model menu: Save model as\u2026, Reset to shipped model, Parameter summary.")
        self._help_box = self._message(self.tr("Inspector and model edits"), text)

    def _message(self, title: str, rich_text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, title, rich_text, QMessageBox.StandardButton.Ok,
                          self.host.parent)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def sync_history(self) -> None:
        """Undo / redo enabled and labelled with the edits they would take back or make again."""
        h = self.session.history
        self.undo_action.setEnabled(h.can_undo)
        self.redo_action.setEnabled(h.can_redo)
        undo_label, redo_label = engine_text(h.undo_label), engine_text(h.redo_label)
        self.undo_action.setText(self.tr("Undo model edit: %s") % _short(undo_label) if h.can_undo
                                 else self.tr("Undo model edit"))
        self.redo_action.setText(self.tr("Redo model edit: %s") % _short(redo_label) if h.can_redo
                                 else self.tr("Redo model edit"))
        self.model_dock.set_history(h.can_undo, h.can_redo, undo_label, redo_label)
        edits = h.position
        self.model_dock.history_label.setText(
            self.tr("%n model edit(s) since it was opened; Ctrl+Alt+Z undoes, Ctrl+Alt+Shift+Z redoes.", "", edits)
            if edits > 0 else self.tr("The model as opened: no edits yet."))


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"
