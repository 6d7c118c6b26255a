"""The user's session as plain Python: what the window shows, held once, told to every view.

A ``Session`` holds the model and where it came from, its colour levels and its edit history, the input
source and the last forward pass (``trace``), the palette, the stages concealed for "predict, then reveal",
the pinned inspector cell, the compare view's drawing "A", and the interface language. Setters validate
(a ``SessionError`` with a message the user can act on), change the state, then notify through plain
``Event`` callbacks; views subscribe and render, and never keep a copy of this state themselves.

A pen stroke travels: canvas -> ``run()`` (reads the input source, preprocesses, runs the model) ->
``trace_changed`` -> every panel. A model change (opened, edited, undone, trained) goes through
``open_model`` / ``apply_edit`` / ``undo`` / ``redo``: the pinned cell is re-mapped first (or dropped), then
``model_changed`` and ``history_changed`` are emitted, then the input runs through the new model.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

import numpy as np

from cnnviz.data.preprocess import to_network_input
from cnnviz.engine import Sequential, Trace
from cnnviz.messages import MessageError, message, template
from cnnviz.viz.colormap import DEFAULT_PALETTE, PALETTES
from cnnviz.viz.levels import calibrate_levels, example_inputs

from .backward import BackwardState
from .cells import Target, cell_exists, remap_target, without_sample
from .events import Event
from .history import HistoryEntry, ModelHistory

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "ja": "日本語", "ru": "Русский"}     # code -> the language in its own words
COMPARE_MODES = ("B", "A", "B-A")
DEFAULT_HIDDEN_STAGES = frozenset({"result"})     # "predict, then reveal" conceals the prediction

UNKNOWN_PALETTE = template("unknown palette {palette}; choose one of {choices}")
UNKNOWN_LANGUAGE = template("unknown language {language}; choose one of {choices}")
UNKNOWN_COMPARE_MODE = template("unknown compare mode {mode}; choose one of {choices}")
NO_SUCH_CELL = template("the model has no cell {target} to pin")
NO_MODEL = template("no model is open")


class SessionError(MessageError):
    """A value the session cannot take; ``str(error)`` says which and what would do."""


@dataclass(frozen=True)
class CompareSnapshot:
    """Drawing "A" of the compare view: its canvas image as the network reads it (uint8 (H, W) grey, or
    (H, W, 3) B, G, R when something coloured was on it) and its strokes, to draw it again."""
    image: np.ndarray
    strokes: tuple = ()


def calibrated_levels(model: Sequential, examples: np.ndarray | None = None) -> dict[str, float]:
    """Fixed colour levels for a model from its weights and a few example sketches (from the weights alone
    when the examples cannot run, e.g. an unusual input shape)."""
    try:
        return calibrate_levels(model, example_inputs(model) if examples is None else examples)
    except Exception as exc:       # noqa: BLE001 - unusual input shapes: fall back to the hard bounds
        log.warning("calibration on examples failed (%s); using weight bounds only", exc)
        return calibrate_levels(model)


class Session:
    """Everything the user has made and chosen in one window, without Qt."""

    def __init__(self, *, language: str = "en", palette: str = DEFAULT_PALETTE):
        self.model_changed = Event()        # (model): a new model is shown (opened, edited, undone, trained)
        self.history_changed = Event()      # (): undo / redo availability or labels changed
        self.trace_changed = Event()        # (trace): a new forward pass of the input
        self.run_failed = Event()           # (exception): the model could not run on the input
        self.palette_changed = Event()      # (name)
        self.hidden_changed = Event()       # (frozenset of stage names)
        self.pinned_changed = Event()       # (target or None)
        self.compare_changed = Event()      # (): A or the compare mode changed
        self.language_changed = Event()     # (code)
        self.standardize_changed = Event()  # (on): the input is standardised like the training data, or not
        self.model: Sequential | None = None
        self.source: str | None = None      # a shipped model's name or a model file's path
        self.base_source: str | None = None  # what "reset" reloads: the source the history started from
        self.levels: dict[str, float] = {}
        self.history = ModelHistory()
        self.input_source: Callable[[], np.ndarray] | None = None
        self.trace: Trace | None = None
        self.runs = 0
        self.palette = DEFAULT_PALETTE
        self.hidden_stages: frozenset[str] = DEFAULT_HIDDEN_STAGES
        self.pinned: Target | None = None     # the inspector's pinned cell
        self.inspected: Target | None = None  # the cell the inspector shows (pinned, or under the pointer)
        self.compare_a: CompareSnapshot | None = None
        self.compare_mode = "B"
        self.language = "en"
        self.standardize = True             # a Standardize stage uses its mean and std (False: passes through)
        self._examples: dict[tuple, np.ndarray] = {}
        self._pinned_moved = False
        self.backward = BackwardState(self)   # the Backward view: target class, learning rate, step
        self.set_palette(palette)
        self.set_language(language)

    # -- the model ---------------------------------------------------------------------------------
    def open_model(self, model: Sequential, source: str | None = None, *, levels: dict | None = None,
                   label: str = "opened") -> None:
        """Show a model opened from outside (chooser, file, import): a new edit history starts with it.
        ``levels`` keeps given colour levels (else they are calibrated)."""
        self._show(model, source or model.name, levels)
        self.base_source = self.source
        self.history.reset(model, self.levels, label)
        self._announce_model()

    def apply_edit(self, model: Sequential, label: str, notes=(), *, keep_levels: bool = False,
                   source: str | None = None) -> None:
        """Show an edited model and record it in the history (undo goes back to the model before).
        ``keep_levels``: the levels shown now, grown where the edit needs more (a filter being typed
        must not make colours jump); else calibrated afresh."""
        levels = self.grown_levels(model) if keep_levels else None
        self._show(model, source or self.source, levels)
        self.history.push(model, self.levels, label, notes)
        self._announce_model()

    def undo(self) -> HistoryEntry | None:
        """Show the model before the last edit (None if there is nothing to undo)."""
        return self._step(self.history.undo())

    def redo(self) -> HistoryEntry | None:
        return self._step(self.history.redo())

    def _step(self, entry: HistoryEntry | None) -> HistoryEntry | None:
        if entry is not None:
            self._show(entry.model, self.source, entry.levels or None)
            self._announce_model()
        return entry

    def adopt_source(self, source: str) -> None:
        """The model shown now lives in ``source`` (it was just saved there); nothing else changes."""
        self.source = str(source)

    def grown_levels(self, model: Sequential) -> dict[str, float]:
        """The levels shown now, each raised (never lowered) to what ``model`` needs."""
        old = dict(self.levels)
        try:
            key = tuple(model.input_shape)
            if key not in self._examples:
                self._examples[key] = example_inputs(model)
            fresh = calibrate_levels(model, self._examples[key])
        except Exception:          # noqa: BLE001 - keep the old levels rather than fail the edit
            log.exception("calibration after an edit failed")
            return old
        return {k: max(old.get(k, 0.0), v) for k, v in fresh.items()}

    def training_started(self, model: Sequential) -> None:
        """A training run starts on ``model`` and will change its weights in place: if it is the current
        history entry, the history keeps a copy, so undo restores the weights from before the run."""
        entry = self.history.current
        if entry is not None and entry.model is model:
            self.history.detach_current()

    def training_finished(self, model: Sequential, label: str, source: str | None = None) -> bool:
        """A run changed ``model``'s weights: if it is still shown, show it with levels for the learned
        weights as one undoable entry. False if another model is shown by now."""
        if self.model is not model:
            return False
        if source and self.base_source == self.source:
            self.base_source = source      # a network trained from scratch is named without " (training)"
        self.apply_edit(model, label, (label,), source=source)
        return True

    def _show(self, model: Sequential, source: str | None, levels: dict | None) -> None:
        old = self.model
        self.model, self.source = model, source
        self.levels = dict(levels) if levels is not None else calibrated_levels(model)
        self.trace = None
        pinned = remap_target(self.pinned, old, model)
        self._pinned_moved = pinned != self.pinned
        self.pinned = pinned
        self.inspected = remap_target(self.inspected, old, model)

    def _announce_model(self) -> None:
        """Tell the views (the pinned cell, if it moved, first; then the model and history), then run."""
        try:
            if self._pinned_moved:
                self.pinned_changed.emit(self.pinned)
            self.model_changed.emit(self.model)
            self.history_changed.emit()
        finally:
            self.run()

    # -- the input and its forward pass ------------------------------------------------------------
    def set_input_source(self, source: Callable[[], np.ndarray] | None) -> None:
        """Where ``run()`` reads the input image (H, W) or (H, W, C) from: the canvas, an image, a camera."""
        if source is not None and not callable(source):
            raise TypeError("an input source is a function that returns an image")
        self.input_source = source

    def network_input(self, image: np.ndarray) -> np.ndarray:
        """An image as the model's input (C, H, W), through the one preprocessing path."""
        if self.model is None:
            raise SessionError(message(NO_MODEL))
        channels, height, width = self.model.input_shape
        return to_network_input(image, (height, width), channels=channels,
                                crop=bool(self.model.preprocess.get("crop", False)))

    def run(self) -> Trace | None:
        """Run the model on the input as it is now; ``trace_changed`` on success, ``run_failed`` if the
        model cannot run (the window stays usable). None without a model or an input."""
        if self.model is None or self.input_source is None:
            return None
        try:
            trace = self.model.forward(self.network_input(self.input_source()), standardize=self.standardize)
        except Exception as exc:   # noqa: BLE001 - a model that cannot run must not take the window down
            log.exception("the model could not run on the input")
            self.run_failed.emit(exc)
            return None
        self.runs += 1
        self.trace = trace
        self.trace_changed.emit(trace)
        return trace

    def set_standardize(self, on: bool) -> None:
        """Standardise the input like the training data (the model's Standardize stage uses its mean and std),
        or not (it passes the input through, as a photo that was not standardised): ``standardize_changed``,
        then the input runs again. Models without a Standardize stage are not affected."""
        on = bool(on)
        if on != self.standardize:
            self.standardize = on
            self.standardize_changed.emit(on)
            self.run()

    # -- what is shown, and how --------------------------------------------------------------------
    def set_palette(self, name: str) -> None:
        """The diverging palette of every signed value (``cnnviz.viz.colormap.PALETTES``)."""
        self._choose("palette", name, PALETTES, UNKNOWN_PALETTE, self.palette_changed)

    def set_hidden_stages(self, stages) -> None:
        """Stages concealed for "predict, then reveal" (layer names, "input", "result" for the prediction)."""
        stages = frozenset(str(s) for s in stages)
        if stages != self.hidden_stages:
            self.hidden_stages = stages
            self.hidden_changed.emit(stages)

    def set_pinned(self, target: Target | None) -> None:
        """Pin the inspector to a cell ``("cell", layer, index)`` or a class ``("class", k)``; None unpins."""
        target = without_sample(self.model, target)
        if target is not None and not cell_exists(self.model, target):
            raise SessionError(message(NO_SUCH_CELL, target=repr(target)))
        if target is not None:
            self.inspected = target
        if target != self.pinned:
            self.pinned = target
            self.pinned_changed.emit(target)

    def set_inspected(self, target: Target | None) -> None:
        """The cell the inspector shows now (hovered or pinned); one that does not exist counts as none.
        Views read it when the model changes (it is re-mapped like the pinned cell); no event."""
        target = without_sample(self.model, target)
        self.inspected = target if cell_exists(self.model, target) else None

    def set_compare(self, snapshot: CompareSnapshot | None, mode: str | None = None) -> None:
        """Drawing A of the compare view (None forgets it, and the mode goes back to "B") and the mode."""
        mode = self.compare_mode if mode is None else mode
        if mode not in COMPARE_MODES:
            raise SessionError(message(UNKNOWN_COMPARE_MODE, mode=repr(mode), choices=", ".join(COMPARE_MODES)))
        if snapshot is None:
            mode = "B"
        if snapshot is not self.compare_a or mode != self.compare_mode:
            self.compare_a, self.compare_mode = snapshot, mode
            self.compare_changed.emit()

    def set_language(self, code: str) -> None:
        """The interface language ("en", "ja" or "ru")."""
        self._choose("language", code, LANGUAGES, UNKNOWN_LANGUAGE, self.language_changed)

    def _choose(self, attribute: str, value: str, choices, unknown: str, changed: Event) -> None:
        """Set ``attribute`` to one of ``choices`` (else a SessionError listing them); ``changed`` if it did."""
        if value not in choices:
            raise SessionError(message(unknown, **{attribute: repr(value)}, choices=", ".join(choices)))
        if value != getattr(self, attribute):
            setattr(self, attribute, value)
            changed.emit(value)

    # -- a new window ------------------------------------------------------------------------------
    def carried_over(self) -> Session:
        """A session with the same state and no subscribers (for a window built anew, e.g. in another
        language): the same model, history, levels, palette, concealed stages, pin, A and language."""
        new = Session(language=self.language, palette=self.palette)
        for name in ("model", "source", "base_source", "history", "trace", "runs", "hidden_stages", "pinned",
                     "inspected", "compare_a", "compare_mode", "_examples", "standardize"):
            setattr(new, name, getattr(self, name))
        new.levels = dict(self.levels)
        new.backward.carry_over(self.backward)
        return new
