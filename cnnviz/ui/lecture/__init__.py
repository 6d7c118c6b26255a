"""Lecture mode: step a filter across the input, present, predict-then-reveal, scenes, the stroke
timeline, figure and animation export, the spreadsheet bridge's menu entries, a shortcut list.

``install(window)`` adds all of it to a MainWindow (``window.lecture``): two docks (hidden until asked
for), actions with keyboard shortcuts in the File, View, Lecture and Help menus.

Scripted screenshots: ``CNNVIZ_LECTURE_DEMO`` opens the window in a lecture state, e.g.
``CNNVIZ_LECTURE_DEMO=presentation /work/shared/tools/look ...``. Values (comma-separated):
  presentation   presentation mode (full screen, large fonts, high contrast, blue/orange palette);
  stepper        the convolution stepper dock, on conv1, a few steps in;
  timeline       the stroke timeline dock;
  reveal         predict-then-reveal on (the softmax concealed);
  circle, cross  put an example drawing on the canvas.
"""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QInputDialog

from cnnviz.files import error_reason
from cnnviz.scenes import SUFFIX as SCENE_SUFFIX
from cnnviz.scenes import SceneError, load_scene, save_scene
from cnnviz.viz.colormap import PALETTES

from ..explain_text import engine_text
from .export import FigureError, export_figure, figure_targets
from .presentation import Presentation
from .scene_state import apply_scene, capture_scene
from .shortcuts import show_shortcuts
from .stepper import StepperPanel
from .timeline import TimelinePanel

log = logging.getLogger(__name__)

STEPPER_DOCK = "dock-stepper"
TIMELINE_DOCK = "dock-timeline"


class Lecture(QObject):
    """Everything lecture mode adds to one MainWindow."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        window.lecture = self
        self.presentation = Presentation(window, self)
        self.stepper = StepperPanel()
        self.stepper_dock = self._dock(self.stepper, self.tr("Step through a convolution"), STEPPER_DOCK,
                                       Qt.DockWidgetArea.BottomDockWidgetArea)
        self.timeline = TimelinePanel(window)
        self.timeline_dock = self._dock(self.timeline, self.tr("Stroke timeline"), TIMELINE_DOCK,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.timeline_dock.setProperty("fit_content", True)     # one slider: the height it needs, no more
        self.last_dir = str(Path.home())
        self._build_actions()
        window.traceUpdated.connect(self._on_q_trace)
        window.modelChanged.connect(self._on_q_model)
        self.stepper_dock.visibilityChanged.connect(self._on_q_stepper_visible)
        self.presentation.presentingChanged.connect(self._on_q_presenting)
        self.presentation.concealedChanged.connect(lambda concealed: self.sync_actions())
        window.installEventFilter(self)
        if window.model is not None:
            self._on_q_model(window.model)

    def _dock(self, widget, title, name, area, height_share=0.4) -> QDockWidget:
        # a tab beside the inspector's, hidden until asked for; brought to the front with this share of the height
        dock = self.window.add_side_panel(widget, title, area, name=name, shown=False)
        dock.setProperty("height_share", height_share)
        return dock

    # -- actions -------------------------------------------------------------------------------
    def _action(self, text, slot, shortcuts=(), *, checkable=False, tip="") -> QAction:
        action = QAction(text, self.window)
        action.setCheckable(checkable)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip or text.replace("&", ""))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        w = self.window
        p = self.presentation
        # Lecture
        self.stepper_action = self.stepper_dock.toggleViewAction()
        self.stepper_action.setText(self.tr("&Step through a convolution"))
        self.stepper_action.setShortcut(QKeySequence("F6"))
        self.play_action = self._action(self.tr("Play / pause the stepper"), self._stepper(self.stepper.toggle_play), ["K"])
        self.forward_action = self._action(self.tr("Step forward"), self._stepper(self.stepper.step_forward), ["."])
        self.back_action = self._action(self.tr("Step back"), self._stepper(self.stepper.step_back), [","])
        self.restart_action = self._action(self.tr("Back to the first cell"), self._stepper(self.stepper.restart), ["Home"])
        self.finish_action = self._action(self.tr("Compute every cell"), self._stepper(self.stepper.finish), ["End"])
        self.faster_action = self._action(self.tr("Faster"), self._stepper(self.stepper.faster), ["]"])
        self.slower_action = self._action(self.tr("Slower"), self._stepper(self.stepper.slower), ["["])
        self.presentation_action = self._action(self.tr("&Presentation mode"), lambda checked: p.set_presenting(checked),
                                                ["F11", "Ctrl+Shift+P"], checkable=True)
        self.predict_action = self._action(self.tr("P&redict, then reveal"), lambda checked: p.set_predict_reveal(checked),
                                           ["Ctrl+Shift+R"], checkable=True,
                                           tip=self.tr("Conceal the chosen stages until Space is pressed"))
        self.reveal_action = self._action(self.tr("Reveal"), self.reveal_or_conceal, ["Space", "R"],
                                          tip=self.tr("Reveal the concealed stages (press again to conceal them)"))
        self.timeline_action = self.timeline_dock.toggleViewAction()
        self.timeline_action.setText(self.tr("Stroke &timeline"))
        self.timeline_action.setShortcut(QKeySequence("F7"))
        w.addAction(self.stepper_action)
        w.addAction(self.timeline_action)
        self.replay_action = self._action(self.tr("Replay the drawing"), self._show_timeline_then(self.timeline.replay),
                                          ["F8"])
        self.scrub_back_action = self._action(self.tr("Timeline back"), self._show_timeline_then(
            lambda: self.timeline.step(-max(1, self.timeline.total // 50))), ["Alt+Left"])
        self.scrub_forward_action = self._action(self.tr("Timeline forward"), self._show_timeline_then(
            lambda: self.timeline.step(max(1, self.timeline.total // 50))), ["Alt+Right"])
        self.open_scene_action = self._action(self.tr("Open &scene\u2026"), self.open_scene_dialog, ["Ctrl+Shift+O"])
        self.save_scene_action = self._action(self.tr("Save s&cene\u2026"), self.save_scene_dialog, ["Ctrl+Shift+S"])
        # File
        self.export_figure_action = self._action(self.tr("&Export figure (PNG/SVG)\u2026"), self.export_figure_dialog,
                                                 ["Ctrl+E"])
        self.export_animation_action = self._action(self.tr("Export &animation (GIF/MP4)\u2026"),
                                                    self.export_animation_dialog, ["Ctrl+Shift+E"])
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), lambda: show_shortcuts(w), ["F1", "Ctrl+/"])
        # View: palettes
        self.palette_group = QActionGroup(self)
        self.palette_actions = {}
        names = {"red-blue": self.tr("Red/blue palette"), "blue-orange": self.tr("Colour-blind-safe palette (blue/orange)")}
        keys = {"red-blue": "Ctrl+Shift+1", "blue-orange": "Ctrl+Shift+2"}
        for name in PALETTES:
            action = self._action(names.get(name, name), lambda checked, n=name: p.set_palette(n) if checked else None,
                                  [keys[name]] if name in keys else (), checkable=True)
            self.palette_group.addAction(action)
            self.palette_actions[name] = action

        lecture = w.menu("&Lecture")
        lecture.addAction(self.presentation_action)
        lecture.addAction(self.predict_action)
        lecture.addAction(self.reveal_action)
        self.hide_menu = lecture.addMenu(self.tr("&Conceal until revealed"))
        lecture.addSeparator()
        lecture.addAction(self.stepper_action)
        for action in (self.play_action, self.forward_action, self.back_action, self.restart_action,
                       self.finish_action, self.faster_action, self.slower_action):
            lecture.addAction(action)
        lecture.addSeparator()
        lecture.addAction(self.timeline_action)
        for action in (self.replay_action, self.scrub_back_action, self.scrub_forward_action):
            lecture.addAction(action)
        lecture.addSeparator()
        lecture.addAction(self.open_scene_action)
        lecture.addAction(self.save_scene_action)
        lecture.addAction(self.export_animation_action)

        view = w.menu("&View")
        for action in self.palette_actions.values():
            view.addAction(action)

        file_menu = w.menu("&File")
        quit_action = file_menu.property("quit_action")
        entries = [None, self.open_scene_action, self.save_scene_action, None, self.export_figure_action,
                   self.export_animation_action]
        entries += self._spreadsheet_actions()
        for entry in entries:
            if entry is None:
                file_menu.insertSeparator(quit_action) if quit_action is not None else file_menu.addSeparator()
            elif quit_action is not None:
                file_menu.insertAction(quit_action, entry)
            else:
                file_menu.addAction(entry)
        if quit_action is not None:
            file_menu.insertSeparator(quit_action)
        w.menu("&Help").addAction(self.shortcuts_action)
        self.sync_actions()

    def _spreadsheet_actions(self) -> list:
        try:
            from cnnviz import export  # noqa: F401
        except ImportError:           # openpyxl missing: no spreadsheet bridge, the rest works
            return []
        self.xlsx_action = self._action(self.tr("Export &spreadsheet (.xlsx)\u2026"), self.export_workbook_dialog,
                                        ["Ctrl+Shift+X"])
        self.import_action = self._action(self.tr("&Import filters from spreadsheet\u2026"),
                                          self.import_filters_dialog, ["Ctrl+Shift+I"])
        self.csv_action = self._action(self.tr("Export a &table as CSV\u2026"), self.export_csv_dialog,
                                       ["Ctrl+Shift+T"])
        return [None, self.xlsx_action, self.import_action, self.csv_action]

    def _stepper(self, slot):
        def run(checked=False):
            if self.stepper_dock.isHidden():
                self.window.show_dock(self.stepper_dock, height_share=self.stepper_dock.property("height_share"))
            slot()
        return run

    def _show_timeline_then(self, slot):
        def run(checked=False):
            if self.timeline_dock.isHidden():
                self.window.show_dock(self.timeline_dock, height_share=self.timeline_dock.property("height_share"))
            slot()
        return run

    def sync_actions(self) -> None:
        """Check marks follow the state (it can change from a scene or a demo, not only from the menu)."""
        p = self.presentation
        for action, on in ((self.presentation_action, p.presenting), (self.predict_action, p.predict_reveal)):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
        for name, action in self.palette_actions.items():
            action.blockSignals(True)
            action.setChecked(name == self.window.pipeline.palette)
            action.blockSignals(False)
        self.reveal_action.setText(self.tr("Reveal") if p.concealed else self.tr("Conceal"))

    def reveal_or_conceal(self) -> None:
        p = self.presentation
        p.reveal() if p.concealed else p.conceal()
        self.sync_actions()

    def _rebuild_hide_menu(self) -> None:
        self.hide_menu.clear()
        stages = [("result", self.tr("Prediction and softmax"))] + \
            [(n, self.tr("input") if n == "input" else n) for n in self.window.pipeline.panels]
        for key, text in stages:
            action = self.hide_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(key in self.presentation.hidden_stages)
            action.toggled.connect(lambda on, k=key: self._on_q_hide_stage(k, on))

    def _on_q_hide_stage(self, key: str, on: bool) -> None:
        stages = set(self.presentation.hidden_stages)
        stages.add(key) if on else stages.discard(key)
        self.presentation.set_hidden_stages(stages)

    # -- following the window ----------------------------------------------------------------------
    def _on_q_trace(self, trace) -> None:
        if not self.stepper_dock.isHidden():
            self.stepper.set_trace(trace, self.window.pipeline.levels)

    def _on_q_model(self, model) -> None:
        self._rebuild_hide_menu()
        self.stepper.set_palette(self.window.pipeline.palette)
        if self.presentation.concealed:
            self.presentation.conceal()
        trace = self.window.live.last_trace
        if trace is not None and not self.stepper_dock.isHidden():
            self.stepper.set_trace(trace, self.window.pipeline.levels)

    def _on_q_stepper_visible(self, visible: bool) -> None:
        if visible and self.window.live.last_trace is not None:
            self.stepper.set_trace(self.window.live.last_trace, self.window.pipeline.levels)
        elif not visible:
            self.stepper.pause()

    def _on_q_presenting(self, on: bool) -> None:
        self.sync_actions()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == event.Type.Close:
            self.stepper.pause()
            self.presentation.set_presenting(False)    # give back the application font and palette
        return False

    # -- files -----------------------------------------------------------------------------------------
    def _save_path(self, title: str, filters: str, default_name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path(self.last_dir) / default_name), filters)
        if path:
            self.last_dir = str(Path(path).parent)
        return path

    def _done(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)

    def _export_failed(self, message: str, path, exc: Exception) -> None:
        """Say what could not be exported where and why: ``message`` is translated, with %1 the file and %2 the
        reason ("Permission denied", not "[Errno 13] ..."). Nothing else changes."""
        values = {"%1": str(path), "%2": engine_text(error_reason(exc))}
        text = "".join(values.get(part, part) for part in re.split(r"(%[12])", message))
        self.window.show_error(text, dialog=True)

    def open_scene(self, path) -> bool:
        """Read and show a scene; on any error say why and change nothing."""
        try:
            scene = load_scene(path)
            if scene.canvas_size != self.window.canvas.size_pixels:
                raise SceneError(f"{path}: the scene was drawn on a {scene.canvas_size}-pixel canvas; this canvas "
                                 f"has {self.window.canvas.size_pixels} pixels")
        except SceneError as exc:
            self.window.show_error(engine_text(str(exc)), dialog=True)
            return False
        apply_scene(self.window, scene)
        self._done(self.tr("Opened scene %1").replace("%1", str(path)))
        return True

    def save_scene(self, path) -> Path:
        path = save_scene(capture_scene(self.window), path)
        self._done(self.tr("Saved scene %1").replace("%1", str(path)))
        return path

    def open_scene_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open scene"), self.last_dir,
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
                self.window.show_error(self.tr("Could not save the scene: %1").replace("%1", engine_text(str(exc))),
                                       dialog=True)

    def export_figure_dialog(self) -> None:
        pipeline = self.window.pipeline
        names = {"pipeline": self.tr("The whole pipeline"), "result": self.tr("Prediction and softmax")}
        targets = figure_targets(pipeline)
        labels = [names.get(t, t) for t in targets]
        label, ok = QInputDialog.getItem(self.window, self.tr("Export figure"), self.tr("What to export:"),
                                         labels, 0, False)
        if not ok:
            return
        target = targets[labels.index(label)]
        width, ok = QInputDialog.getInt(self.window, self.tr("Export figure"), self.tr("Width in pixels:"),
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
            self.window.show_error(self.tr("Draw something first: the animation replays the drawing."), dialog=True)
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
        trace = self.window.live.last_trace
        if trace is None or self.window.model is None:
            return
        path = self._save_path(self.tr("Export spreadsheet"), self.tr("Excel workbook (*.xlsx)"),
                               f"{self.window.model.name}.xlsx")
        if path:
            try:
                written = export_workbook(self.window.model, trace, path)
                self._done(self.tr("Saved %1").replace("%1", str(written)))
            except (WorkbookError, ValueError, OSError) as exc:
                self._export_failed(self.tr("Could not export the spreadsheet to %1: %2"), path, exc)

    def import_filters_dialog(self) -> None:
        from cnnviz.export import WorkbookError, import_filters
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import filters"), self.last_dir,
                                              self.tr("Excel workbook (*.xlsx);;All files (*)"))
        if not path:
            return
        try:
            model, notes = import_filters(path, self.window.model)
        except (WorkbookError, ValueError, OSError) as exc:
            self.window.show_error(str(exc), dialog=True)
            return
        self.window.set_model(model, f"{self.window.model_source or model.name} + {Path(path).name}")
        self._done("; ".join(notes))

    def csv_tables(self) -> list[tuple[str, object]]:
        """(label, make table) for every table of the current model and trace."""
        from cnnviz.engine import Conv2D, Dense, Pool2D
        from cnnviz.export import (dense_weights_table, feature_map_table, filter_table, input_table, output_table,
                                   pooled_table)
        model, trace = self.window.model, self.window.live.last_trace
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
        label, ok = QInputDialog.getItem(self.window, self.tr("Export a table as CSV"), self.tr("Table:"), labels, 0,
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

    # -- scripted screenshots ------------------------------------------------------------------------
    def apply_demo(self, spec: str) -> None:
        """CNNVIZ_LECTURE_DEMO: see the module docstring."""
        words = {w.strip().lower() for w in spec.split(",") if w.strip()}
        for label in ("circle", "cross"):
            if label in words:
                self.window.draw_example(label)
                self.window.live.run_now()
        if "presentation" in words:
            self.presentation.set_presenting(True)
        if "reveal" in words:
            self.presentation.set_predict_reveal(True)
        if "timeline" in words:
            self.window.show_dock(self.timeline_dock, height_share=self.timeline_dock.property("height_share"))
        if "stepper" in words:
            for dock in self.window.findChildren(QDockWidget):     # the stepper has its own inspector
                if dock.parent() is self.window and dock is not self.stepper_dock:
                    dock.hide()
            self.window.show_dock(self.stepper_dock, height_share=self.stepper_dock.property("height_share"))
            self.stepper.set_trace(self.window.live.last_trace, self.window.pipeline.levels)
            if self.stepper.trace is not None:
                self.stepper.go_to(min(self.stepper.count - 1, 11 * self.stepper.window.output_shape[1] + 6))
        self.sync_actions()
        QTimer.singleShot(100, self._fit_screen)

    def _fit_screen(self) -> None:
        """Screenshots run without a window manager, which would otherwise size (and full-screen) the window."""
        screen = self.window.screen()
        if screen is not None:
            rect = screen.geometry() if self.presentation.presenting else screen.availableGeometry()
            self.window.setGeometry(rect)
            QTimer.singleShot(150, self.window.fit_canvas)


def install(window) -> Lecture:
    """Add lecture mode to a MainWindow; honours CNNVIZ_LECTURE_DEMO (after the window has been laid out)."""
    lecture = Lecture(window)
    demo = os.environ.get("CNNVIZ_LECTURE_DEMO", "").strip()
    if demo:
        QTimer.singleShot(0, lambda: lecture.apply_demo(demo))
    return lecture
