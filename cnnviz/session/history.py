"""The history of hand edits of a model: undo and redo, separate from the drawing's undo.

Plain Python (no Qt), so it is tested without a window; the session (``session.py``) owns one.
Every entry is a whole model (edits never change a model in place, see ``cnnviz.analysis.edit``), the
colour levels it was shown with, and a short description of the edit that produced it. Undo steps back to
the previous entry exactly.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from cnnviz.engine import Sequential

MAX_ENTRIES = 200      # a long session of small filter edits must not grow memory without bound


@dataclass(frozen=True)
class HistoryEntry:
    model: Sequential
    levels: dict = field(default_factory=dict, compare=False)
    label: str = ""                         # what produced this state ("conv1: padding 0 -> 1")
    notes: tuple[str, ...] = ()


class ModelHistory:
    """A linear undo/redo list of models. ``reset(model)`` starts a new history (a model was opened);
    ``push(...)`` records an edit and drops anything that was undone; ``undo()`` / ``redo()`` return
    the entry to show, or None when there is nothing to undo or redo."""

    def __init__(self, limit: int = MAX_ENTRIES):
        if limit < 2:
            raise ValueError("a model history needs room for at least two entries")
        self.limit = int(limit)
        self._entries: list[HistoryEntry] = []
        self._position = -1

    def reset(self, model: Sequential, levels: dict | None = None, label: str = "opened") -> None:
        self._entries = [HistoryEntry(model, dict(levels or {}), label)]
        self._position = 0

    def push(self, model: Sequential, levels: dict | None = None, label: str = "", notes=()) -> None:
        if self._position < 0:
            self.reset(model, levels, label)
            return
        del self._entries[self._position + 1:]
        self._entries.append(HistoryEntry(model, dict(levels or {}), label, tuple(notes)))
        if len(self._entries) > self.limit:
            del self._entries[:len(self._entries) - self.limit]
        self._position = len(self._entries) - 1

    @property
    def current(self) -> HistoryEntry | None:
        return self._entries[self._position] if self._position >= 0 else None

    @property
    def can_undo(self) -> bool:
        return self._position > 0

    @property
    def can_redo(self) -> bool:
        return 0 <= self._position < len(self._entries) - 1

    @property
    def undo_label(self) -> str:
        """The edit an undo would take back."""
        return self._entries[self._position].label if self.can_undo else ""

    @property
    def redo_label(self) -> str:
        return self._entries[self._position + 1].label if self.can_redo else ""

    def undo(self) -> HistoryEntry | None:
        if not self.can_undo:
            return None
        self._position -= 1
        return self._entries[self._position]

    def redo(self) -> HistoryEntry | None:
        if not self.can_redo:
            return None
        self._position += 1
        return self._entries[self._position]

    def update_levels(self, levels: dict) -> None:
        """Remember the levels the current entry is shown with (they may grow during filter edits)."""
        if self._position >= 0:
            entry = self._entries[self._position]
            self._entries[self._position] = HistoryEntry(entry.model, dict(levels), entry.label, entry.notes)

    def detach_current(self) -> None:
        """Hold a copy of the current entry's model instead of the model itself (same weights, another
        object): training changes the model it trains in place, and the history must keep the weights
        from before the run."""
        if self._position >= 0:
            entry = self._entries[self._position]
            self._entries[self._position] = HistoryEntry(entry.model.copy(), entry.levels, entry.label, entry.notes)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def position(self) -> int:
        return self._position
