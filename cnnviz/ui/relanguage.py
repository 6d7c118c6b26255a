"""Switching the interface language at run time: the main window is built again in the new language and
everything the user made is carried over to it.

Why a rebuild rather than retranslating every widget in place: every text of the interface is set
where its widget is built (``self.tr(...)`` in constructors), so a window built after the translator
changed is entirely in the new language, with nothing to keep in step by hand.

What is carried over: the session (``cnnviz.session.Session.carried_over``: the model with its edits, colour
levels and edit history, palette, concealed stages, the pinned inspector cell, the compare view's A and
mode); and what belongs to the views: the drawing with its undo and redo steps, pen width and eraser; which
docks are shown, where, and their sizes; the window's geometry and the splitter; presentation mode and
predict-then-reveal; the stroke timeline's position; the filter being edited and the layer whose settings
are shown. The collection of drawings is written
to its folder and read back (and kept from memory if it could not be). What is not: a training run's
curves and a probe's results (switching is refused while either works: see ``MainWindow.language_busy``).
"""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QTimer

from . import i18n

log = logging.getLogger(__name__)

# screenshot and demo hooks read once when a window is built: the rebuilt window must not run them again
DEMO_VARIABLES = ("CNNVIZ_DEMO", "CNNVIZ_LECTURE_DEMO", "CNNVIZ_EXPERIMENT")


@contextmanager
def _without_demo_hooks():
    saved = {name: os.environ.pop(name) for name in DEMO_VARIABLES if name in os.environ}
    try:
        yield
    finally:
        os.environ.update(saved)


def rebuild_in_language(old, code: str):
    """Install ``code`` and replace window ``old`` by a new window of its class, in that language, rendering
    the same session (carried over); returns the new window.

    ``old`` is closed; its ``replaced`` signal carries the new window to whoever owns the windows, who deletes
    the old one (``cnnviz.ui.app.run`` does, and keeps a reference to whichever window is current)."""
    # the old window gives back the application's font and palette and the docks presentation mode put
    # away; it stops its workers and writes the collection before the new window reads it
    presenting = old.lecture.presentation.presenting
    old.lecture.presentation.set_presenting(False)
    state = _capture(old)
    state["presenting"] = presenting
    old.experiments.shutdown()
    old.save_settings()
    i18n.install_language(code)
    session = old.session.carried_over()
    session.set_language(code)
    with _without_demo_hooks():
        new = type(old)(None, settings=old.settings, session=session)
    _apply(new, state)
    if old.isVisible():
        new.show()
        QTimer.singleShot(0, new, lambda: _apply_layout(new, state))    # after the first-show sizing
    old.replacement = new            # a switch still queued for the old window is forwarded to the new one
    old.close()
    old.replaced.emit(new)
    new.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Language: {0}").format(
        i18n.LANGUAGES[new.language()]), 5000)
    return new


def _capture(old) -> dict:
    """What the session does not hold: how the window is laid out and the views' own settings."""
    lecture, inspect, experiments = old.lecture, old.inspect, old.experiments
    presentation = lecture.presentation
    return {
        "geometry": old.saveGeometry(), "dock_state": old.saveState(), "splitter": old.splitter.sizes(),
        "canvas": old.canvas.undo_state(), "pen_width": old.width_spin.value(),
        "eraser": old.eraser_action.isChecked(),
        "predict_reveal": presentation.predict_reveal, "concealed": presentation.concealed,
        "timeline": lecture.timeline.fraction, "last_dir": lecture.last_dir,
        "collection": list(experiments.collection.drawings),
        "filter": (inspect.filter_editor.layer_name, inspect.filter_editor.filter_index),
        "layer": inspect.model_dock.layer_name if hasattr(inspect.model_dock, "layer_name") else None,
    }


def _apply(new, state: dict) -> None:
    lecture, inspect, experiments = new.lecture, new.inspect, new.experiments
    presentation = lecture.presentation
    new.restoreGeometry(state["geometry"])
    # the drawing with its undo and redo steps
    new.width_spin.setValue(int(state["pen_width"]))
    new.canvas.pen_width = float(state["pen_width"])
    new.eraser_action.setChecked(state["eraser"])
    new.canvas.eraser = bool(state["eraser"])
    new.canvas.restore_undo_state(state["canvas"])
    # the collection: read back from its folder; from memory if that did not work
    collection = experiments.collection
    if [d.label for d in collection.drawings] != [d.label for d in state["collection"]]:
        log.warning("the collection read back differs from the one in memory; keeping the one in memory")
        collection.drawings = list(state["collection"])
        collection.changed.emit()
    lecture.last_dir = state["last_dir"]
    presentation.set_predict_reveal(state["predict_reveal"])
    new.restoreState(state["dock_state"])
    new.live.run_now()
    if state["predict_reveal"] and not state["concealed"]:
        presentation.reveal()
    lecture.timeline.scrub(state["timeline"])
    compare = experiments.compare_controller
    if compare.has_a:               # A and the mode came with the session: the views show them
        compare.frozenChanged.emit()
        compare.modeChanged.emit(compare.mode)
        compare.apply()
    # what the inspector (its cell came with the session), the filter editor and the layer controls showed
    name, index = state["filter"]
    if new.model is not None and name:
        try:
            inspect.filter_editor.set_from_model(new.model, name, index)
        except Exception:            # noqa: BLE001 - the editor keeps its own choice
            log.exception("could not show filter %s %s again", name, index)
    if state["layer"]:
        inspect.model_dock.select_layer(state["layer"])
    if new.session.trace is not None and inspect.inspector.target is not None:
        inspect.inspector.refresh(new.session.trace)
    lecture.sync_actions()
    if state["presenting"]:
        presentation.set_presenting(True)


def _apply_layout(new, state: dict) -> None:
    """Dock sizes and the splitter as they were (the window's first show sizes them its own way)."""
    if state["presenting"]:
        return                       # presentation mode laid the window out (and put the docks away)
    new.restoreGeometry(state["geometry"])
    new.restoreState(state["dock_state"])
    new.splitter.setSizes(state["splitter"])
