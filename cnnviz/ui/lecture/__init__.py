"""Lecture mode: step a filter across the input, present, predict-then-reveal, scenes, the stroke
timeline, figure and animation export, the spreadsheet bridge's menu entries, a shortcut list.

``install(session, host)`` adds all of it to the window behind ``host`` (the window keeps the returned
``Lecture`` as ``window.lecture``): two docks (hidden until asked for), actions with keyboard shortcuts in the
File, View, Lecture and Help menus.

Scripted screenshots: ``CNNVIZ_LECTURE_DEMO`` opens the window in a lecture state, e.g.
``CNNVIZ_LECTURE_DEMO=presentation /work/shared/tools/look ...``. Values (comma-separated):
  presentation   presentation mode (full screen, large fonts, high contrast, blue/orange palette);
  stepper        the convolution stepper dock, on conv1, a third of the way down its map where the window lies
                 on the drawing (with presentation: the presenting arrangement, stepper_presenting.py);
  timeline       the stroke timeline dock;
  reveal         predict-then-reveal on (the softmax concealed);
  circle, cross  put an example drawing on the canvas.
"""
from __future__ import annotations

import logging
import os

import numpy as np

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget

from cnnviz.viz.colormap import PALETTES

from .files import LectureFiles
from .presentation import Presentation
from .scene_state import capture_scene
from .shortcuts import show_shortcuts
from .stepper import StepperPanel
from .stepper_presenting import StepperPresenting
from .timeline import TimelinePanel

log = logging.getLogger(__name__)

STEPPER_DOCK = "dock-stepper"
TIMELINE_DOCK = "dock-timeline"
FILE_ACTIONS = {"open_scene", "save_scene", "open_scene_dialog", "save_scene_dialog", "export_figure_dialog",
                "export_animation_dialog", "export_workbook_dialog", "import_filters_dialog", "csv_tables",
                "export_csv_dialog"}


class Lecture(QObject):
    """Everything lecture mode adds to one window: it renders ``session`` and asks ``host`` for menus and docks."""

    def __init__(self, session, host):
        super().__init__(host.parent)
        self.host = host
        self.session = session
        self.shortcuts_dialog = None        # Help → Keyboard shortcuts, once shown
        self.presentation = Presentation(session, host, self)
        self.stepper = StepperPanel()
        self.stepper.backward.gradient_source = self.session.backward.gradients   # the Backward dock's target class
        self.session.backward.target_changed.connect(lambda *_: self.stepper.backward.invalidate())
        self.stepper_dock = self._dock(self.stepper, self.tr("Step through a convolution"), STEPPER_DOCK,
                                       Qt.DockWidgetArea.BottomDockWidgetArea, 0.45)   # its arithmetic whole
        self.stepper_presenting = StepperPresenting(self)     # presenting: the stepped layer leads the pipeline
        self.timeline = TimelinePanel(host)
        self.timeline_dock = self._dock(self.timeline, self.tr("Stroke timeline"), TIMELINE_DOCK,
                                        Qt.DockWidgetArea.BottomDockWidgetArea)
        self.files = LectureFiles(self, parent=self)
        self.timeline_dock.setProperty("fit_content", True)     # one slider: the height it needs, no more
        self._build_actions()
        self.session.trace_changed.connect(self._on_model_trace)
        self.session.model_changed.connect(self._on_model_changed)
        self.session.palette_changed.connect(self._on_model_palette)
        self.stepper_dock.visibilityChanged.connect(self._on_q_stepper_visible)
        self.presentation.presentingChanged.connect(self._on_q_presenting)
        self.presentation.concealedChanged.connect(lambda concealed: self.sync_actions())
        host.watch_window(self)
        if self.session.model is not None:
            self._on_model_changed(self.session.model)

    # the file actions, as one object for scripts and tests: lecture.open_scene(path), lecture.last_dir, ...
    last_dir = property(lambda self: self.files.last_dir, lambda self, value: setattr(self.files, "last_dir", value))

    def __getattr__(self, name: str):
        if name in FILE_ACTIONS and "files" in self.__dict__:
            return getattr(self.__dict__["files"], name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _dock(self, widget, title, name, area, height_share=0.4) -> QDockWidget:
        # a tab beside the inspector's, hidden until asked for; brought to the front with this share of the height
        dock = self.host.add_dock(widget, title, area, name=name, shown=False)
        dock.setProperty("height_share", height_share)
        return dock

    # -- actions -------------------------------------------------------------------------------
    def _action(self, text, slot, shortcuts=(), *, checkable=False, tip="") -> QAction:
        return self.host.action(text, slot, shortcuts, tip, checkable=checkable)

    def _build_actions(self) -> None:
        w = self.host
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
        w.add_action(self.stepper_action)
        w.add_action(self.timeline_action)
        self.replay_action = self._action(self.tr("Replay the drawing"), self._show_timeline_then(self.timeline.replay),
                                          ["F8"])
        self.scrub_back_action = self._action(self.tr("Timeline back"), self._show_timeline_then(
            lambda: self.timeline.step(-max(1, self.timeline.total // 50))), ["Alt+Left"])
        self.scrub_forward_action = self._action(self.tr("Timeline forward"), self._show_timeline_then(
            lambda: self.timeline.step(max(1, self.timeline.total // 50))), ["Alt+Right"])
        files = self.files
        self.open_scene_action = self._action(self.tr("Open &scene\u2026"), files.open_scene_dialog, ["Ctrl+Shift+O"])
        self.save_scene_action = self._action(self.tr("Save s&cene\u2026"), files.save_scene_dialog, ["Ctrl+Shift+S"])
        # File
        self.export_figure_action = self._action(self.tr("&Export figure (PNG/SVG)\u2026"), files.export_figure_dialog,
                                                 ["Ctrl+E"])
        self.export_animation_action = self._action(self.tr("Export &animation (GIF/MP4)\u2026"),
                                                    self.files.export_animation_dialog, ["Ctrl+Shift+E"])
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, ["F1", "Ctrl+/"])
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
        self.xlsx_action = self._action(self.tr("Export &spreadsheet (.xlsx)\u2026"), self.files.export_workbook_dialog,
                                        ["Ctrl+Shift+X"])
        self.xlsx_backward_action = self._action(self.tr("Include the &backward pass in the spreadsheet"),
                                                 self._on_q_include_backward, checkable=True,
                                                 tip=self.tr("Adds a sheet whose formulas compute the gradient "
                                                             "∂L/∂w of the first convolution, for the target class "
                                                             "of the Backward pass view"))
        self.import_action = self._action(self.tr("&Import filters from spreadsheet\u2026"),
                                          self.files.import_filters_dialog, ["Ctrl+Shift+I"])
        self.csv_action = self._action(self.tr("Export a &table as CSV\u2026"), self.files.export_csv_dialog,
                                       ["Ctrl+Shift+T"])
        return [None, self.xlsx_action, self.xlsx_backward_action, self.import_action, self.csv_action]

    def _on_q_include_backward(self, checked: bool = False) -> None:
        self.files.include_backward = bool(checked)

    def _show_dock_then(self, dock, slot):
        """A slot that first brings ``dock`` out (if it is hidden), then calls ``slot``."""
        def run(checked=False):
            if dock.isHidden():
                self.host.show_dock(dock, height_share=dock.property("height_share"))
            slot()
        return run

    def _stepper(self, slot):
        return self._show_dock_then(self.stepper_dock, slot)

    def _show_timeline_then(self, slot):
        return self._show_dock_then(self.timeline_dock, slot)

    def sync_actions(self) -> None:
        """Check marks follow the state (it can change from a scene or a demo, not only from the menu)."""
        p = self.presentation
        for action, on in ((self.presentation_action, p.presenting), (self.predict_action, p.predict_reveal)):
            action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(False)
        for name, action in self.palette_actions.items():
            action.blockSignals(True)
            action.setChecked(name == self.session.palette)
            action.blockSignals(False)
        self.reveal_action.setText(self.tr("Reveal") if p.concealed else self.tr("Conceal"))

    def reveal_or_conceal(self) -> None:
        p = self.presentation
        p.reveal() if p.concealed else p.conceal()
        self.sync_actions()

    def _rebuild_hide_menu(self) -> None:
        self.hide_menu.clear()
        stages = [("result", self.tr("Prediction and softmax"))] + \
            [(n, self.tr("input") if n == "input" else n) for n in self.host.pipeline.panels]
        for key, text in stages:
            action = self.hide_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(key in self.presentation.hidden_stages)
            action.toggled.connect(lambda on, k=key: self._on_q_hide_stage(k, on))

    def _on_q_hide_stage(self, key: str, on: bool) -> None:
        stages = set(self.presentation.hidden_stages)
        stages.add(key) if on else stages.discard(key)
        self.presentation.set_hidden_stages(stages)

    # -- following the session ---------------------------------------------------------------------
    def _on_model_trace(self, trace) -> None:
        if not self.stepper_dock.isHidden():
            self.stepper.set_trace(trace, self.session.levels)

    def _on_model_palette(self, name: str) -> None:
        self.stepper.set_palette(name)
        self.sync_actions()

    def _on_model_changed(self, model) -> None:
        self._rebuild_hide_menu()
        self.stepper.set_palette(self.session.palette)
        if self.presentation.concealed:
            self.presentation.conceal()
        trace = self.session.trace
        if trace is not None and not self.stepper_dock.isHidden():
            self.stepper.set_trace(trace, self.session.levels)

    def _on_q_stepper_visible(self, visible: bool) -> None:
        if visible and self.session.trace is not None:
            self.stepper.set_trace(self.session.trace, self.session.levels)
        elif not visible:
            self.stepper.pause()

    def _on_q_presenting(self, on: bool) -> None:
        self.sync_actions()

    def show_shortcuts(self, checked: bool = False) -> None:
        self.shortcuts_dialog = show_shortcuts(self.host)

    def capture_scene(self):
        """The lecture state shown now as a ``cnnviz.scenes.Scene`` (see ``scene_state``)."""
        return capture_scene(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.Close:         # the window closes (watched through the host)
            self.stepper.pause()
            self.presentation.set_presenting(False)    # give back the application font and palette
        return False

    # -- scripted screenshots ------------------------------------------------------------------------
    def apply_demo(self, spec: str) -> None:
        """CNNVIZ_LECTURE_DEMO: see the module docstring."""
        words = {w.strip().lower() for w in spec.split(",") if w.strip()}
        for label in ("circle", "cross"):
            if label in words:
                self.host.draw_example(label)
                self.host.live.run_now()
        if "presentation" in words:
            self.presentation.set_presenting(True)
        if "reveal" in words:
            self.presentation.set_predict_reveal(True)
        if "timeline" in words:
            self.host.show_dock(self.timeline_dock, height_share=self.timeline_dock.property("height_share"))
        if "stepper" in words:
            for dock in self.host.docks():     # the stepper has its own inspector
                if dock is not self.stepper_dock:
                    dock.hide()
            self.host.show_dock(self.stepper_dock, height_share=self.stepper_dock.property("height_share"))
            self.stepper.set_trace(self.session.trace, self.session.levels)
            window = self.stepper.window
            if window is not None:       # halfway down the map, where the window lies on the drawing's ink
                rows, cols = window.output_shape
                values = np.abs(np.nan_to_num(window.feature_map[rows // 3:rows // 2 + 1])).ravel()
                self.stepper.go_to(min(self.stepper.count - 1, rows // 3 * cols + int(np.argmax(values))))
        self.sync_actions()
        QTimer.singleShot(100, self._fit_screen)

    def _fit_screen(self) -> None:
        """Screenshots run without a window manager, which would otherwise size (and full-screen) the window."""
        self.host.fill_screen(full=self.presentation.presenting)


def install(session, host) -> Lecture:
    """Add lecture mode to the window behind ``host``; honours CNNVIZ_LECTURE_DEMO (after it has been laid out)."""
    lecture = Lecture(session, host)
    demo = os.environ.get("CNNVIZ_LECTURE_DEMO", "").strip()
    if demo:
        QTimer.singleShot(0, lambda: lecture.apply_demo(demo))
    return lecture
