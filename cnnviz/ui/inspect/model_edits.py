"""Editing the model by hand: a filter in the filter editor, a layer's settings, undo and redo, reset, save,
and the hand-off with training. Every change goes through the session (which keeps the edit history);
this turns the user's requests into session calls and says what happened.

Every filter edit makes a new model (``edit.set_filter``) shown with the drawing and the colour levels kept
(they only grow when an edit would push values past them, so colours do not jump while a weight is typed).
A layer change (``edit.apply_change``) gets freshly calibrated levels and says what it did (a re-initialised
dense layer is announced in the status bar and the dock).
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from cnnviz.analysis import edit
from cnnviz.engine import Activation, Conv2D, load_model, save_model

from ..explain_text import engine_text
from ..model_dock import layer_choices
from .guard import guarded


class ModelEdits(QObject):
    """The filter editor's and layer controls' requests, undo / redo / reset / save, and training results."""

    def __init__(self, session, host, filter_editor, filter_dock, model_dock, layers_dock, *,
                 rng: np.random.Generator, parent=None):
        super().__init__(parent)
        self.session, self.host = session, host
        self.filter_editor, self.filter_dock = filter_editor, filter_dock
        self.model_dock, self.layers_dock = model_dock, layers_dock
        self._rng = rng
        filter_editor.weights_changed.connect(self._on_q_weights)
        model_dock.controls.change_requested.connect(self._on_q_change)

    # -- what the docks show -----------------------------------------------------------------------
    def select_layer(self, name: str, *, show: bool = True) -> bool:
        """Show the settings of the layer behind a panel (an activation's convolution); raise the dock."""
        model = self.session.model
        if model is None or name == "input":
            return False
        names = [layer.name for layer in model.layers]
        if name not in names:
            return False
        k = names.index(name)
        if isinstance(model.layers[k], Activation) and k > 0:
            name = model.layers[k - 1].name
        if name not in layer_choices(model):
            return False
        self.model_dock.select_layer(name)
        if show:
            self.layers_dock.show()
            self.layers_dock.raise_()
        return True

    def edit_filter(self, layer: str, filter_index: int) -> None:
        self.filter_editor.set_from_model(self.session.model, layer, int(filter_index))
        self.filter_dock.show()
        self.filter_dock.raise_()

    def sync_filter_editor(self, model) -> None:
        """Show the same filter of the new model if it still exists, else the first conv's first filter."""
        layer, f = self.filter_editor.layer_name, self.filter_editor.filter_index
        convs = [lay for lay in model.layers if isinstance(lay, Conv2D)]
        if not convs:
            return
        names = {lay.name: lay for lay in convs}
        if layer not in names or f >= names[layer].out_channels:
            layer, f = convs[0].name, 0
        self.filter_editor.set_from_model(model, layer, f)

    # -- edits -------------------------------------------------------------------------------------
    @guarded
    def _on_q_weights(self, layer: str, filter_index: int, weights, bias: float) -> None:
        try:
            result = edit.set_filter(self.session.model, layer, filter_index, weights, bias)
        except edit.EditError as exc:
            self.filter_editor.show_hint(engine_text(str(exc)))
            return
        self.apply_edit(result, keep_levels=True)

    @guarded
    def _on_q_change(self, layer: str, change) -> None:
        model = self.session.model
        try:
            result = edit.apply_change(model, layer, dict(change), rng=self._rng)
        except (edit.EditError, ValueError) as exc:
            controls = self.model_dock.controls
            controls.set_layer(model, layer)          # the knobs go back to the model's settings
            controls.show_error(engine_text(str(exc)))
            self.host.status(engine_text(str(exc)), 15000)
            return
        self.apply_edit(result, keep_levels=False)
        self.model_dock.select_layer(layer)
        self.model_dock.controls.show_notes(result.notes, undo_available=self.session.history.can_undo)

    def apply_edit(self, result: edit.EditResult, *, keep_levels: bool, source: str | None = None) -> None:
        """Show an edited model (the drawing kept) and record it in the history."""
        label = result.notes[0] if result.notes else self.tr("edit")
        self.session.apply_edit(result.model, label, result.notes, keep_levels=keep_levels, source=source)
        self._say_edit(result.notes, result.reinitialised)

    def _say_edit(self, notes, reinitialised: bool = False) -> None:
        message = "; ".join(engine_text(note) for note in notes)
        if reinitialised:
            message = "\u26a0 " + message
        self.host.status(message, 20000 if reinitialised else 8000)

    # -- training ----------------------------------------------------------------------------------
    def training_started(self, model) -> None:
        """A training run starts on the model shown and will change its weights in place: the history keeps
        the weights from before the run (an undo during or after the run restores them exactly)."""
        self.session.training_started(model)

    def training_finished(self, model, label: str, source: str | None = None) -> bool:
        """A training run changed the weights of ``model``: if it is still the model shown, show it with levels
        for the learned weights as one undoable entry (``label``). False if another model is shown by now."""
        if not self.session.training_finished(model, label, source):
            return False
        self._say_edit((label,))
        return True

    # -- history -----------------------------------------------------------------------------------
    @guarded
    def undo(self) -> bool:
        label = self.session.history.undo_label
        if self.session.undo() is None:
            self.host.status(self.tr("No model edit to undo."), 4000)
            return False
        label = engine_text(label)        # the engine's note of the edit undone (or a label said in the interface)
        self.model_dock.controls.show_notes([self.tr("Undone: %s") % label],
                                            undo_available=self.session.history.can_undo)
        self.host.status(self.tr("Undone: %s") % label, 8000)
        return True

    @guarded
    def redo(self) -> bool:
        entry = self.session.redo()
        if entry is None:
            self.host.status(self.tr("No model edit to redo."), 4000)
            return False
        self.model_dock.controls.show_notes([self.tr("Redone: %s") % engine_text(entry.label)] + list(entry.notes[1:]),
                                            undo_available=self.session.history.can_undo)
        self.host.status(self.tr("Redone: %s") % "; ".join(map(engine_text, entry.notes or (entry.label,))), 8000)
        return True

    @guarded
    def reset_model(self) -> bool:
        """Reload the model this history started from (a shipped model, or its file); undoable."""
        source = self.session.base_source or self.session.source
        if not source:
            return False
        try:
            model = load_model(source)
        except Exception as exc:      # noqa: BLE001 - a file may have gone: say so, keep the model
            self.host.show_error(self.tr("Could not reset to %s: %s. The model shown is kept.")
                                 % (source, engine_text(str(exc))), dialog=True)
            return False
        note = self.tr("reset to %s as shipped") % source if Path(source).suffix == "" else \
            self.tr("reset to %s as saved in its file") % source
        self.apply_edit(edit.EditResult(model, (note,)), keep_levels=False)
        self.model_dock.controls.show_notes([note], undo_available=self.session.history.can_undo)
        return True

    def save_model_as(self) -> Path | None:
        model = self.session.model
        if model is None:
            return None
        default = Path.home() / f"{model.name or 'model'}-edited.json"
        path, _ = QFileDialog.getSaveFileName(self.host.parent, self.tr("Save model as"), str(default),
                                              self.tr("cnnviz models (*.json);;All files (*)"))
        saved = self.save_to(path) if path else None
        if saved is not None:         # from now on the model is that file's (the history still reaches back)
            self.host.adopt_model_file(saved)
        return saved

    def save_to(self, path) -> Path | None:
        """Write the current model to a model file; on failure say why, keep everything, return None."""
        try:
            saved = save_model(self.session.model, path)
        except Exception as exc:      # noqa: BLE001 - a full disk or a read-only folder must not lose the edits
            self.host.show_error(self.tr("Could not save the model to %s: %s. Nothing was lost: the edited "
                                         "model is still open.") % (path, engine_text(str(exc))), dialog=True)
            return None
        self.host.status(self.tr("Saved the model to %s") % saved, 8000)
        return saved
