"""Lecture mode's files: scenes (open, save), figures and animations, the spreadsheet bridge, CSV tables.

Every dialog remembers its folder (``last_dir``); a file that cannot be read or written is named with the
reason, and nothing else changes. A scene is the window's whole lecture state, so opening and saving one
goes through ``scene_state`` with the lecture (its session, host, presentation and timeline).
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog

from cnnviz.files import error_reason
from cnnviz.scenes import SUFFIX as SCENE_SUFFIX
from cnnviz.scenes import SceneError, check_canvas, load_scene, save_scene

from ..explain_text import engine_text
from .export import FigureError, export_figure, figure_targets
from .scene_state import apply_scene, capture_scene


class LectureFiles(QObject):
    """The File and Lecture menus' file actions of one lecture (``cnnviz.ui.lecture.Lecture``)."""

    def __init__(self, lecture, parent=None):
        super().__init__(parent)
        self.lecture = lecture
        self.session, self.host, self.timeline = lecture.session, lecture.host, lecture.timeline
        self.last_dir = str(Path.home())
        self.include_backward = False       # the spreadsheet gets the backward sheet (dL/dw of the first conv)

    def _save_path(self, title: str, filters: str, default_name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.host.parent, title, str(Path(self.last_dir) / default_name), filters)
        if path:
            self.last_dir = str(Path(path).parent)
        return path

    def _done(self, message: str) -> None:
        self.host.status(message, 8000)

    def _export_failed(self, message: str, path, exc: Exception) -> None:
        """Say what could not be exported where and why: ``message`` is translated, with %1 the file and %2 the
        reason ("Permission denied", not "[Errno 13] ..."). Nothing else changes."""
        values = {"%1": str(path), "%2": engine_text(error_reason(exc))}
        text = "".join(values.get(part, part) for part in re.split(r"(%[12])", message))
        self.host.show_error(text, dialog=True)

    def open_scene(self, path) -> bool:
        """Read and show a scene; on any error say why and change nothing."""
        try:
            scene = load_scene(path)
            check_canvas(scene, self.host.canvas.size_pixels, path)
        except SceneError as exc:
            self.host.show_error(engine_text(str(exc)), dialog=True)
            return False
        apply_scene(self.lecture, scene)
        self._done(self.tr("Opened scene %1").replace("%1", str(path)))
        return True

    def save_scene(self, path) -> Path:
        path = save_scene(capture_scene(self.lecture), path)
        self._done(self.tr("Saved scene %1").replace("%1", str(path)))
        return path

    def open_scene_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.host.parent, self.tr("Open scene"), self.last_dir,
                                              self.tr("cnnviz scenes (*%1);;All files (*)").replace("%1", SCENE_SUFFIX))
        if path:
            self.last_dir = str(Path(path).parent)
            self.open_scene(path)

    def save_scene_dialog(self) -> None:
        path = self._save_path(self.tr("Save scene"), self.tr("cnnviz scenes (*%1)").replace("%1", SCENE_SUFFIX),
                               "lecture" + SCENE_SUFFIX)
        if path:
            try:
                self.save_scene(path)
            except (OSError, ValueError) as exc:
                self.host.show_error(self.tr("Could not save the scene: %1").replace("%1", engine_text(str(exc))),
                                     dialog=True)

    def export_figure_dialog(self) -> None:
        pipeline = self.host.pipeline
        names = {"pipeline": self.tr("The whole pipeline"), "result": self.tr("Prediction and softmax")}
        targets = figure_targets(pipeline)
        labels = [names.get(t, t) for t in targets]
        label, ok = QInputDialog.getItem(self.host.parent, self.tr("Export figure"), self.tr("What to export:"),
                                         labels, 0, False)
        if not ok:
            return
        target = targets[labels.index(label)]
        width, ok = QInputDialog.getInt(self.host.parent, self.tr("Export figure"), self.tr("Width in pixels:"),
                                        1920, 64, 16384, 64)
        if not ok:
            return
        path = self._save_path(self.tr("Export figure"), self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
                               f"{target}.png")
        if path:
            try:
                export_figure(pipeline, path, target=target, width=width)
                self._done(self.tr("Saved %1").replace("%1", path))
            except (FigureError, OSError) as exc:
                self._export_failed(self.tr("Could not export the figure to %1: %2"), path, exc)

    def export_animation_dialog(self) -> None:
        if self.timeline.total == 0:
            self.host.show_error(self.tr("Draw something first: the animation replays the drawing."), dialog=True)
            return
        path = self._save_path(self.tr("Export animation"), self.tr("GIF animation (*.gif);;MP4 video (*.mp4)"),
                               "drawing.gif")
        if path:
            try:
                self.timeline.export_animation(path)
                self._done(self.tr("Saved %1").replace("%1", path))
            except (ValueError, OSError) as exc:
                self._export_failed(self.tr("Could not export the animation to %1: %2"), path, exc)

    def export_workbook_dialog(self) -> None:
        from cnnviz.export import WorkbookError, export_workbook
        trace = self.session.trace
        if trace is None or self.session.model is None:
            return
        path = self._save_path(self.tr("Export spreadsheet"), self.tr("Excel workbook (*.xlsx)"),
                               f"{self.session.model.name}.xlsx")
        if path:
            try:
                # the Backward view's target class (the predicted one unless the user chose another)
                backward = self.session.backward.gradients() if self.include_backward else None
                written = export_workbook(self.session.model, trace, path, backward=backward)
                self._done(self.tr("Saved %1").replace("%1", str(written)))
            except (WorkbookError, ValueError, OSError) as exc:
                self._export_failed(self.tr("Could not export the spreadsheet to %1: %2"), path, exc)

    def import_filters_dialog(self) -> None:
        from cnnviz.export import WorkbookError, import_filters
        path, _ = QFileDialog.getOpenFileName(self.host.parent, self.tr("Import filters"), self.last_dir,
                                              self.tr("Excel workbook (*.xlsx);;All files (*)"))
        if not path:
            return
        try:
            model, notes = import_filters(path, self.session.model)
        except (WorkbookError, ValueError, OSError) as exc:
            self.host.show_error(str(exc), dialog=True)
            return
        self.host.open_model(model, f"{self.session.source or model.name} + {Path(path).name}")
        self._done("; ".join(notes))

    def csv_tables(self) -> list[tuple[str, object]]:
        """(label, make table) for every table of the current model and trace."""
        from cnnviz.engine import Conv2D, Dense, Pool2D
        from cnnviz.export import (dense_weights_table, feature_map_table, filter_table, input_table, output_table,
                                   pooled_table)
        model, trace = self.session.model, self.session.trace
        if model is None or trace is None:
            return []
        tables = [(self.tr("input"), lambda: input_table(trace))]
        for step in trace.steps:
            layer = step.layer
            if isinstance(layer, Conv2D):
                tables += [(self.tr("{0} filter {1} channel {2}").format(layer.name, f, c),
                            lambda f=f, c=c, n=layer.name:
                            filter_table(model, n, f, channel=c))
                           for f in range(layer.out_channels) for c in range(layer.in_channels)]
            if step.output.ndim == 4:
                make = pooled_table if isinstance(layer, Pool2D) else feature_map_table
                tables += [(self.tr("{0} map {1}").format(layer.name, c),
                            lambda c=c, n=layer.name, m=make: m(trace, n, c))
                           for c in range(step.output.shape[1])]
            if isinstance(layer, Dense):
                tables.append((self.tr("{0} weights").format(layer.name),
                               lambda n=layer.name: dense_weights_table(model, n)))
        tables.append((self.tr("outputs (logits, probabilities)"), lambda: output_table(trace)))
        return tables

    def export_csv_dialog(self) -> None:
        from cnnviz.export import table_to_csv
        tables = self.csv_tables()
        if not tables:
            return
        labels = [label for label, _ in tables]
        label, ok = QInputDialog.getItem(self.host.parent, self.tr("Export a table as CSV"), self.tr("Table:"), labels, 0,
                                         False)
        if not ok:
            return
        path = self._save_path(self.tr("Export a table as CSV"), self.tr("CSV table (*.csv)"),
                               label.split(" (")[0].replace(" ", "-") + ".csv")
        if path:
            try:
                table_to_csv(dict(tables)[label](), path)
                self._done(self.tr("Saved %1").replace("%1", path))
            except (ValueError, OSError) as exc:
                self._export_failed(self.tr("Could not export the table to %1: %2"), path, exc)
