"""Collecting labelled drawings: "Add as ○ / ×", a gallery with delete, saved between runs, export and import.

``CollectionPanel`` is the gallery dock; ``DrawingCollection`` (``drawing_collection.py``) holds the drawings
and saves them.
"""
from __future__ import annotations

import logging
import time
from array import array
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QInputDialog, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from cnnviz.data.classes import ClassNameError, check_class_names
from cnnviz.data.collection import MAX_DRAWINGS, CollectionError, load_collection, make_drawing, save_collection
from cnnviz.data.image_folder import ImageFolderError, scan_image_folder
from cnnviz.data.picture import fit_to_page
from cnnviz.data.preprocess import ImageError, read_image
from cnnviz.files import error_reason

from ..canvas import Stroke
from ..explain_text import engine_text
from ..i18n import class_name, class_symbol
from .class_counts import class_counts_text
from .widgets import caption

from .drawing_collection import (CLASSES_FILE, SAVE_DELAY_MS, SETTING, SYMBOLS,  # noqa: F401 (re-exported)
                                 DrawingCollection, default_folder, drawing_from_canvas)

log = logging.getLogger(__name__)

THUMBNAIL = 72


def thumbnail(image: np.ndarray, size: int = THUMBNAIL) -> QPixmap:
    """A drawing's page (grey, or R, G, B) as a small picture, in colour if it is."""
    small = np.ascontiguousarray(cv2.resize(image, (size, size), interpolation=cv2.INTER_AREA))
    if small.ndim == 3:
        return QPixmap.fromImage(QImage(small.data, size, size, 3 * size, QImage.Format.Format_RGB888).copy())
    return QPixmap.fromImage(QImage(small.data, size, size, size, QImage.Format.Format_Grayscale8).copy())




class CollectionPanel(QWidget):
    """The gallery: thumbnails with their label, add, delete, export and import."""

    def __init__(self, collection: DrawingCollection, session, host, parent=None):
        super().__init__(parent)
        self.collection, self.session, self.host = collection, session, host
        self.removed_to: Path | None = None        # where the drawings of the last removed class were moved
        layout = QVBoxLayout(self)
        self.summary = caption(bold=True)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        # the collection's first and second classes (○ and × unless renamed), as Ctrl+1 and Ctrl+2
        self.add_circle = QPushButton()
        self.add_cross = QPushButton()
        self.add_circle.clicked.connect(lambda checked=False: self.add_to_class_number(1))
        self.add_cross.clicked.connect(lambda checked=False: self.add_to_class_number(2))
        buttons.addWidget(self.add_circle)
        buttons.addWidget(self.add_cross)
        layout.addLayout(buttons)
        classes = QHBoxLayout()                    # the user's own classes: 2 to 10, named
        self.class_combo = QComboBox()
        self.class_combo.setToolTip(self.tr("The collection's classes, in order: Ctrl+1 to Ctrl+9 add the canvas "
                                            "to class 1 to 9"))
        self.add_to_class = QPushButton(self.tr("Add to class"))
        self.add_to_class.clicked.connect(lambda checked=False: self.add_current(self.chosen_class()))
        self.class_combo.currentIndexChanged.connect(self._name_add_to_class)
        self.new_class_button = QPushButton(self.tr("New class\u2026"))
        self.new_class_button.clicked.connect(lambda checked=False: self.new_class_dialog())
        self.rename_class_button = QPushButton(self.tr("Rename\u2026"))
        self.rename_class_button.clicked.connect(lambda checked=False: self.rename_class_dialog())
        self.remove_class_button = QPushButton(self.tr("Remove\u2026"))
        self.remove_class_button.clicked.connect(lambda checked=False: self.remove_class_dialog())
        classes.addWidget(self.class_combo, 1)
        classes.addWidget(self.add_to_class)
        layout.addLayout(classes)
        managing = QHBoxLayout()
        for button in (self.new_class_button, self.rename_class_button, self.remove_class_button):
            managing.addWidget(button)
        layout.addLayout(managing)
        # Ctrl+3 ... Ctrl+9: the canvas to class 3 ... 9 (Ctrl+1 and Ctrl+2 are the Experiments menu's first two)
        self.class_actions = [host.action(self.tr("Add to class %1").replace("%1", str(k)),
                                          lambda checked=False, k=k: self.add_to_class_number(k), [f"Ctrl+{k}"])
                              for k in range(3, 10)]
        self.gallery = QListWidget()
        self.gallery.setViewMode(QListWidget.ViewMode.IconMode)
        self.gallery.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.gallery.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.gallery.setMovement(QListWidget.Movement.Static)
        self.gallery.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.gallery.setSpacing(4)
        self.gallery.setToolTip(self.tr("Double-click a drawing to put it back on the canvas; Delete removes the selection"))
        self.gallery.itemDoubleClicked.connect(self._on_q_open)
        layout.addWidget(self.gallery, 1)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.gallery)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        row = QHBoxLayout()
        self.delete_button = QPushButton(self.tr("Delete selected"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button = QPushButton(self.tr("Export\u2026"))
        self.export_button.clicked.connect(self.export_dialog)
        self.import_button = QPushButton(self.tr("Import\u2026"))
        self.import_button.clicked.connect(self.import_dialog)
        self.import_folders_button = QPushButton(self.tr("Import class folders\u2026"))
        self.import_folders_button.setToolTip(self.tr("A folder with one subfolder of images per class: each "
                                                      "subfolder's name is the class"))
        self.import_folders_button.clicked.connect(lambda checked=False: self.import_class_folders_dialog())
        for button in (self.delete_button, self.export_button, self.import_button):
            row.addWidget(button)
        layout.addLayout(row)
        layout.addWidget(self.import_folders_button)
        collection.changed.connect(self.refresh)
        self.refresh()

    # -- actions ------------------------------------------------------------------------------
    def add_current(self, label: str) -> bool:
        try:
            drawing = drawing_from_canvas(self.host.canvas, label)
        except ValueError as exc:
            self.host.show_error(str(exc))
            return False
        self.collection.add(drawing)
        counts = class_counts_text(len(self.collection.drawings), self.collection.counts(),
                                   self.collection.class_names())
        self.host.status(self.tr("Added as {0} ({1})").format(class_symbol(label), counts), 4000)
        return True

    def add_to_class_number(self, k: int) -> bool:
        """The canvas to the k-th class (1-based), if there is one."""
        classes = self.collection.class_names()
        if not 1 <= k <= len(classes):
            self.host.status(self.tr("There is no class {0}: the collection has {1} classes").format(k, len(classes)))
            return False
        return self.add_current(classes[k - 1])

    # -- the class list ---------------------------------------------------------------------------
    def new_class(self, name: str) -> bool:
        try:
            self.collection.add_class(name)
        except ClassNameError as exc:
            self.host.show_error(engine_text(exc), dialog=True)
            return False
        self._choose(name.strip())
        return True

    def rename_class(self, old: str, new: str) -> bool:
        try:
            self.collection.rename_class(old, new)
        except ClassNameError as exc:
            self.host.show_error(engine_text(exc), dialog=True)
            return False
        return True

    def remove_class(self, name: str) -> bool:
        """Remove a class; its drawings leave the collection but are first exported to a folder beside it
        (``removed_to``), so nothing is deleted from disk. False if that export failed (nothing is removed)."""
        drawings = [d for d in self.collection.drawings if d.label == name]
        kept = None
        if drawings and self.collection.folder is not None:
            stamp = time.strftime("%Y%m%d-%H%M%S")
            kept = self.collection.folder.parent / f"{self.collection.folder.name}-removed-{name}-{stamp}"
            try:
                save_collection(drawings, kept)
            except CollectionError as exc:
                self.host.show_error(engine_text(exc), dialog=True)
                return False
        self.collection.remove_class(name)
        self.removed_to = kept
        if kept is not None:
            self.host.status(self.tr("Class {0} removed; its {1} drawings were moved to {2}").format(
                name, len(drawings), kept), 10000)
        return True

    def import_class_folders(self, root) -> list[str]:
        """Add every image of ``root``'s class subfolders (one per class, the folder name is the class, as for
        ``train --data``) as drawings of that class, fitted to the canvas as an opened picture is; the classes
        join the list. Returns what was skipped; raises ImageFolderError / ClassNameError when the folder or
        the class list cannot be used (nothing is added then)."""
        folder = scan_image_folder(root, minimum=1)
        classes = self.collection.class_names()
        check_class_names(tuple(dict.fromkeys(classes + folder.class_names)))    # 10 classes at most in all
        room = MAX_DRAWINGS - len(self.collection.drawings)
        side, drawings, problems = self.host.canvas.size_pixels, [], []
        for path, index in folder.files:
            if len(drawings) >= room:
                problems.append(self.tr("{0} more images not read: the collection holds at most {1} drawings")
                                .format(len(folder.files) - len(drawings) - len(problems), MAX_DRAWINGS))
                break
            try:
                page, _ = fit_to_page(read_image(path), side)       # a colour picture stays in colour
            except (ImageError, ValueError) as exc:
                problems.append(f"{path.name}: {engine_text(exc)}")
                continue
            drawings.append(make_drawing(page, folder.class_names[index], []))
        for name in folder.class_names:
            if name not in classes:
                self.collection.add_class(name)
        self.collection.extend(drawings)
        return problems

    def import_class_folders_dialog(self) -> None:
        root = QFileDialog.getExistingDirectory(self, self.tr("Import a folder with one image folder per class"),
                                                str(Path.home()))
        if not root:
            return
        before = len(self.collection.drawings)
        try:
            problems = self.import_class_folders(root)
        except (ImageFolderError, ClassNameError) as exc:
            self.host.show_error(engine_text(exc), dialog=True)
            return
        said = self.tr("Imported {0} drawings").format(len(self.collection.drawings) - before)
        if problems:
            shown = "\n".join(problems[:12]) + ("\n\u2026" if len(problems) > 12 else "")
            self.host.show_error(said + self.tr("; {0} skipped:\n").format(len(problems)) + shown, dialog=True)
        else:
            self.host.status(said, 6000)

    def new_class_dialog(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New class"), self.tr("Name of the new class:"))
        if ok and name.strip():
            self.new_class(name)

    def chosen_class(self) -> str:
        """The class chosen in the class box, as the collection names it."""
        return self.class_combo.currentData() or ""

    def _choose(self, name: str) -> None:
        index = self.class_combo.findData(name)
        if index >= 0:
            self.class_combo.setCurrentIndex(index)

    def _name_add_to_class(self) -> None:
        """"Add to class  (Ctrl+3)": the chosen class's shortcut on the button, so Ctrl+3 to Ctrl+9 can be found."""
        k = self.class_combo.currentIndex() + 1
        self.add_to_class.setText(self.tr("Add to class  (Ctrl+%1)").replace("%1", str(k)) if 1 <= k <= 9
                                  else self.tr("Add to class"))

    def rename_class_dialog(self) -> None:
        old = self.chosen_class()
        name, ok = QInputDialog.getText(self, self.tr("Rename class"), self.tr("New name for {0}:").format(old),
                                        text=old)
        if ok and name.strip() and name.strip() != old:
            self.rename_class(old, name)

    def remove_class_dialog(self) -> None:
        name = self.chosen_class()
        count = self.collection.counts().get(name, 0)
        text = (self.tr("Remove the class {0}? Its {1} drawings leave the collection and are moved to a folder "
                        "beside it (nothing is deleted).").format(name, count) if count else
                self.tr("Remove the class {0}? It has no drawings.").format(name))
        answer = QMessageBox.question(self, self.tr("Remove class"), text)
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_class(name)

    def delete_selected(self) -> None:
        rows = [self.gallery.row(item) for item in self.gallery.selectedItems()]
        if rows:
            self.collection.remove(rows)

    def _on_q_open(self, item: QListWidgetItem) -> None:
        drawing = self.collection.drawings[self.gallery.row(item)]
        if drawing.has_strokes and all(s.is_black for s in drawing.strokes):
            self.host.canvas.set_strokes(drawing.stroke_points(), drawing.pen_width)
        elif drawing.has_strokes:                 # each stroke in its own width and colour
            self.host.canvas.set_stroke_list([Stroke(s.width, data=array("f", np.column_stack(
                [s.points, np.ones(len(s.points))]).astype(np.float32).ravel()), colour=s.colour)
                for s in drawing.strokes])
        elif drawing.image.shape[:2] == (self.host.canvas.size_pixels,) * 2:     # a picture, a camera frame, colour
            self.host.canvas.set_picture(drawing.image)
        else:
            self.host.show_error(self.tr("This drawing was imported as an image only; it cannot be replayed as strokes"))

    def export_to(self, folder) -> Path:
        return save_collection(self.collection.drawings, folder)

    def import_from(self, folder) -> list[str]:
        """Add the drawings of an exported folder; returns the problems (bad files are skipped)."""
        size = self.host.canvas.size_pixels
        report = load_collection(folder, size=size)
        self.collection.extend(report.drawings)
        return report.problems

    def export_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the collection into a folder"), str(Path.home()))
        if not folder:
            return
        try:
            self.export_to(folder)
        except CollectionError as exc:     # the reason of the OSError behind it: "Permission denied"
            self.host.show_error(self.tr("Could not export the collection to {0}: {1}").format(
                folder, engine_text(error_reason(exc))), dialog=True)
            return
        self.host.status(
            self.tr("Exported {0} drawings to {1}").format(len(self.collection.drawings), folder), 6000)

    def import_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a collection folder (with labels.csv)"),
                                                  str(Path.home()))
        if not folder:
            return
        before = len(self.collection.drawings)
        try:
            problems = self.import_from(folder)
        except CollectionError as exc:
            self.host.show_error(engine_text(str(exc)), dialog=True)
            return
        added = len(self.collection.drawings) - before
        message = self.tr("Imported {0} drawings").format(added)
        if problems:
            shown = "\n".join(map(engine_text, problems[:12])) + ("\n\u2026" if len(problems) > 12 else "")
            self.host.show_error(message + self.tr("; {0} skipped:\n").format(len(problems)) + shown, dialog=True)
        else:
            self.host.status(message, 6000)

    # -- view -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        classes, chosen = self.collection.class_names(), self.chosen_class()
        self.summary.setText(class_counts_text(len(self.collection.drawings), self.collection.counts(), classes))
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        for name in classes:                # shown in the interface language, kept as the collection names it
            self.class_combo.addItem(class_name(name), name)
        if chosen in classes:
            self._choose(chosen)
        self.class_combo.blockSignals(False)
        for k, button in ((1, self.add_circle), (2, self.add_cross)):
            button.setText(self.tr("Add as %1  (Ctrl+%2)").replace("%1", class_symbol(classes[k - 1]))
                           .replace("%2", str(k)))
        self._name_add_to_class()
        self.remove_class_button.setEnabled(len(classes) > 2)      # a collection keeps at least two classes
        self.new_class_button.setEnabled(len(classes) < 10)
        self.gallery.clear()
        for drawing in self.collection.drawings:
            item = QListWidgetItem(QIcon(thumbnail(drawing.image)), class_symbol(drawing.label))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.gallery.addItem(item)
