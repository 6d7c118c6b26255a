"""The collection of labelled drawings behind the Collected drawings dock: ``DrawingCollection`` holds the
drawings (plain data, ``cnnviz.data.collection.Drawing``) and its class list, and saves them to its folder
shortly after every change (an app-data folder by default, or the folder in the setting
``experiments/collection_dir``).
"""
from __future__ import annotations

import json
import logging
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer, Signal

from cnnviz.data.classes import check_class_name, check_class_names, class_index
from cnnviz.data.collection import CANNOT_WRITE, CollectionError, Drawing, load_collection, make_drawing, save_session
from cnnviz.data.sketches import CLASS_NAMES
from cnnviz.files import error_reason, remove_stale_temporaries, write_atomically
from cnnviz.messages import message

from ..explain_text import engine_text
from ..i18n import CLASS_SYMBOLS
from ..startup import setting_text

log = logging.getLogger(__name__)

SYMBOLS = CLASS_SYMBOLS          # ○ and × for the lecture's two classes
SAVE_DELAY_MS = 400
SETTING = "experiments/collection_dir"
CLASSES_FILE = "classes.json"      # the collection's class list, in order, beside its drawings


def default_folder(settings) -> Path:
    """The session's collection folder: the setting if present, else <app data>/collection."""
    chosen = setting_text(settings, SETTING) if settings is not None else ""
    if chosen:
        return Path(chosen)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation) or str(Path.home() / ".cnnviz")
    return Path(base) / "collection"


def drawing_from_canvas(canvas, label: str) -> Drawing:
    """The canvas as a Drawing: its page in grey while the page is grey (exactly the canvas's ``image_array``),
    in colour (``rgb_array``, R, G, B) when something coloured is on it, so training reads the page as the
    canvas hands it to the network. The strokes, each with its pen colour, are kept to re-draw a drawing made on
    white paper without the eraser; otherwise (a picture under it, the eraser used) only the page is kept."""
    if canvas.is_blank():
        raise ValueError(QCoreApplication.translate("CollectionPanel", "the canvas is empty: draw a \u25cb or a \u00d7 "
                                                                       "first"))
    strokes = canvas.strokes()
    # strokes replay the drawing only on white paper and without the eraser; else the page alone is kept
    replayable = canvas.picture() is None and not any(s.erase for s in strokes)
    keep = [(s.points[:, :2], s.width, s.colour) for s in strokes] if replayable else []
    return make_drawing(canvas.rgb_array() if canvas.has_colour() else canvas.image_array(), label, keep)


class DrawingCollection(QObject):
    """The collected drawings, saved to ``folder`` after every change."""

    changed = Signal()
    failed = Signal(str)

    def __init__(self, folder: Path | None = None, parent=None):
        super().__init__(parent)
        self.folder = folder
        self.drawings: list[Drawing] = []
        self._order: dict[str, None] = {}      # every label in the order it was first seen (class_names)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

    def load(self) -> list[str]:
        """Read the session folder (if any); returns the problems found."""
        if self.folder is None:
            return []
        remove_stale_temporaries([self.folder])       # an auto-save killed half-way leaves its temporary file
        try:
            if not (self.folder / "labels.csv").exists():
                return []
            report = load_collection(self.folder)
        except (CollectionError, OSError) as exc:
            return [str(exc)]
        except Exception as exc:            # whatever is on disk, the window still starts
            log.exception("collection %s", self.folder)
            return [f"{self.folder}: {type(exc).__name__}: {exc}"]
        self.drawings = report.drawings
        problems = list(report.problems)
        try:
            named = json.loads((self.folder / CLASSES_FILE).read_text(encoding="utf-8"))
            self._order = dict.fromkeys(check_class_names(named) if named else ())
        except FileNotFoundError:
            pass
        except (OSError, ValueError, TypeError) as exc:        # the drawings still load; their labels are the classes
            problems.append(f"{self.folder / CLASSES_FILE}: {exc}")
        self.changed.emit()
        return problems

    def add(self, drawing: Drawing) -> None:
        self.drawings.append(drawing)
        self._changed()

    def extend(self, drawings) -> None:
        self.drawings.extend(drawings)
        self._changed()

    def remove(self, indices) -> None:
        for index in sorted(set(indices), reverse=True):
            if 0 <= index < len(self.drawings):
                del self.drawings[index]
        self._changed()

    def clear(self) -> None:
        self.drawings = []
        self._changed()

    def counts(self) -> dict[str, int]:
        return {label: sum(d.label == label for d in self.drawings) for label in (*SYMBOLS, *self.class_names())}

    def class_names(self) -> tuple[str, ...]:
        """The classes training uses, in order: ○ and × until the user names others; then every class named
        or collected (a class keeps its place), until it is removed."""
        self._order.update(dict.fromkeys(d.label for d in self.drawings))
        return CLASS_NAMES if set(self._order) <= set(CLASS_NAMES) else tuple(self._order)

    def add_class(self, name: str) -> str:
        """Name a new class (ClassNameError if the name cannot be one, is taken, or there are 10 already)."""
        classes = self.class_names()
        name = check_class_name(name)
        check_class_names(classes + (name,))
        self._order = dict.fromkeys(classes + (name,))
        self._changed()
        return name

    def rename_class(self, old: str, new: str) -> str:
        """Give a class another name; its drawings keep it (relabelled, nothing removed)."""
        classes = self.class_names()
        new = check_class_name(new)
        check_class_names(tuple(new if c == old else c for c in classes))
        class_index(old, classes)
        self._order = dict.fromkeys(new if c == old else c for c in classes)
        self.drawings = [replace(d, label=new) if d.label == old else d for d in self.drawings]
        self._changed()
        return new

    def remove_class(self, name: str) -> list[Drawing]:
        """Take a class out of the list with its drawings, which are returned (the caller keeps them)."""
        classes = self.class_names()
        class_index(name, classes)
        removed = [d for d in self.drawings if d.label == name]
        self.drawings = [d for d in self.drawings if d.label != name]
        self._order = dict.fromkeys(c for c in classes if c != name)
        self._changed()
        return removed

    def _changed(self) -> None:
        self.changed.emit()
        if self.folder is not None:
            self._save_timer.start()

    def save_now(self) -> None:
        self._save_timer.stop()
        if self.folder is None:
            return
        try:
            save_session(self.drawings, self.folder)
            write_atomically(self.folder / CLASSES_FILE, json.dumps(list(self.class_names())).encode("utf-8"))
        except OSError as exc:
            self.failed.emit(engine_text(message(CANNOT_WRITE, folder=self.folder, reason=error_reason(exc))))
        except CollectionError as exc:
            self.failed.emit(engine_text(str(exc)))

    def flush(self) -> None:
        """Write a pending save at once (on quit)."""
        if self._save_timer.isActive():
            self.save_now()
