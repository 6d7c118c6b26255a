"""The main window: the drawing canvas on the left, the network's pipeline on the right.

The window renders a ``cnnviz.session.Session`` (the model, its levels and history, the last trace...):
panels and docks subscribe to the session and get a small host (``cnnviz.ui.host.Host``: menus, docks,
status messages), never the window. ``window.traceUpdated`` / ``window.modelChanged`` repeat the session's
events as Qt signals for tests and scripts; ``window.model`` and ``window.model_source`` read the session.
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QSpinBox,
                               QSplitter, QToolBar)

from cnnviz.data.sketches import make_sketch
from cnnviz.engine import ModelFileError, Sequential, Trace, load_model, shipped_models
from cnnviz.session import Session

from . import i18n
from .canvas import DrawingCanvas
from .canvas_column import CanvasColumn
from .dock_layout import DockLayout
from .explain_text import engine_text
from .host import Host, window_action
from .inspect import InspectController
from .language_menu import LanguageSwitching
from .live import LiveRunner
from .panels import font
from .pipeline import PipelineView
from .startup import model_not_restored, report_set_aside, setting_bytes, setting_text

log = logging.getLogger(__name__)

DEFAULT_MODEL = "lecture-ox"       # the lecture's hand-made detector first (issue 16)
FALLBACK_MODEL = "ox-cnn"
OPEN_FILE_ITEM = "Open model file\u2026"      # the source text; shown translated (MainWindow.open_file_item)


def default_model_name() -> str | None:
    names = shipped_models()
    for name in (DEFAULT_MODEL, FALLBACK_MODEL):
        if name in names:
            return name
    return names[0] if names else None


class MainWindow(LanguageSwitching, DockLayout, QMainWindow):
    """Draw on the canvas; every stage of the model updates while the pen moves."""

    traceUpdated = Signal(object)
    modelChanged = Signal(object)
    replaced = Signal(object)       # a new window took this one's place (another language): the new window

    def __init__(self, model: str | None = None, *, settings: QSettings | None = None,
                 session: Session | None = None, parent=None):
        """``session``: the state to show (a window rebuilt in another language gets the old one's); else a
        new session opens ``model`` (or the remembered or default model)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("cnnviz \u2014 watch a CNN think"))
        self.open_file_item = self.tr("Open model file\u2026")
        self.settings = settings if settings is not None else QSettings("cnnviz", "cnnviz")
        self.session = session if session is not None else Session(language=i18n.current_language())
        self._rng = np.random.default_rng()
        self._last_error = ""

        self.canvas = DrawingCanvas()
        self.pipeline = PipelineView(self.session)
        self.live = LiveRunner(self.canvas, self.session, parent=self)
        self.live.failed.connect(self.show_error)
        self.session.model_changed.connect(self._on_model_changed)
        self.session.trace_changed.connect(self._on_model_trace)
        self.session.palette_changed.connect(self.pipeline.set_palette)
        self.pipeline.panelFailed.connect(self.show_error)

        left = CanvasColumn(self.canvas, i18n.draw_hint(("circle", "cross")))     # then the model's classes
        self.canvas_hint = left.title
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pipeline)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        # right-hand docks (experiments) run the full height; the bottom tabs sit under the canvas and pipeline
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks)
        self._init_dock_layout()
        self._build_toolbar()
        self._build_menus()
        self.statusBar().setFont(font(11))

        self.set_aside: list[str] = []      # what the start could not restore, named once (startup.report_set_aside)
        self._restore_geometry()
        if session is not None and session.model is not None:
            self._on_model_changed(session.model)
            self.live.run_now()
        else:
            wanted = model or setting_text(self.settings, "model", self.set_aside) or default_model_name()
            if not (wanted and self.load_model(wanted, quiet=model is None)):
                fallback = default_model_name()
                if fallback and fallback != wanted:
                    self.load_model(fallback)
        # the inspector, filter editor, layer controls and model edit history (docks, Model menu)
        self.host = Host(self)
        self.inspect = InspectController(self.session, self.host)
        self.fit_strip_to(self.inspect.inspector, self.inspect.inspector_dock)    # the strip: what it holds
        # lecture mode: convolution stepper, presentation, predict-then-reveal, scenes, timeline, exports
        from .lecture import install as install_lecture
        self.lecture = install_lecture(self.session, self.host)
        # drawing experiments: collect, train, probe, compare, attribute (docks, Experiments menu)
        from .experiments import install as install_experiments
        self.experiments = install_experiments(self.session, self.host, self.inspect)
        from .stage_focus import install as install_focus      # a stage enlarged over the pipeline
        self.stage_focus = install_focus(self.session, self.host, self.experiments.compare_controller)
        from .image_input import install as install_image_input     # open, paste and drop pictures
        self.image_input = install_image_input(self.host)
        from .pen_palette import install as install_pen_palette     # the pen's colour, beside the eraser
        self.pen_palette = install_pen_palette(self.host)
        from .standardise_switch import install as install_standardise     # Model → Standardise like the training data
        self.standardise = install_standardise(self.session, self.host)
        from .camera_dock import install as install_camera       # the camera's live picture as the input
        self.camera = install_camera(self.session, self.host)
        from .first_run import install as install_first_run    # what can be clicked, said once
        self.first_run = install_first_run(self.host, self.lecture.presentation)
        from .questions import install as install_questions    # Help → Questions: each one sets itself up
        self.questions = install_questions(self.session, self.host, pin=self.inspect.pin,
                                           stage_focus=self.stage_focus,
                                           show_dock=self.experiments.show_dock,
                                           start_training=self.experiments.training.start_watchable)
        from .lecture.size_scenes import install as install_size_scenes     # Lecture → Scenes: sizes
        self.size_scenes = install_size_scenes(self.session, self.host, self.inspect)
        self._build_layout_actions()
        self._build_language_menu()
        # settle the dock layout, then size the window again: while docks are being added the window meets a
        # stale minimum that still counts hidden right-hand docks beside the bottom ones (723 x 573, not 700 x 520)
        self.layout().activate()
        self._restore_geometry()
        self._restore_dock_state()       # the docks as the user left them (or the default arrangement)
        report_set_aside(self)
        from .layout_memory import LayoutMemory       # hiding a dock again gives back the sizes from before it
        self.layout_memory = LayoutMemory(self)

    # -- toolbar ----------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcuts=(), tip: str = "") -> QAction:
        return window_action(self, text, slot, shortcuts, tip)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Tools"), self)
        bar.setObjectName("tools")
        bar.setMovable(False)
        bar.setFont(font(12))
        bar.setIconSize(QSize(20, 20))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

        bar.addWidget(QLabel(" %s " % self.tr("Model")))
        self.model_combo = QComboBox()
        self.model_combo.setMinimumContentsLength(12)
        self.model_combo.addItems(shipped_models())
        self.model_combo.addItem(self.open_file_item)
        self.model_combo.activated.connect(self._on_q_model_chosen)
        bar.addWidget(self.model_combo)
        self.open_action = self._action(self.open_file_item, self.open_model_file, [QKeySequence.StandardKey.Open])
        self.open_action.setIconText(self.tr("Open\u2026"))     # on the toolbar ("Open model file…" in the menu)
        self.open_action.setToolTip(self.open_file_item)
        bar.addAction(self.open_action)
        bar.addSeparator()

        bar.addWidget(QLabel(" %s " % self.tr("Pen")))
        self.width_spin = QSpinBox()
        self.width_spin.setRange(2, 48)
        self.width_spin.setValue(int(self.canvas.pen_width))
        self.width_spin.setSuffix(self.tr(" px"))
        self.width_spin.setToolTip(self.tr("Pen width in canvas pixels (the canvas is 280 x 280)"))
        self.width_spin.valueChanged.connect(self._on_q_width)
        bar.addWidget(self.width_spin)
        self.eraser_action = self._action(self.tr("Eraser"), self._on_q_eraser, ["E"],
                                          self.tr("Erase instead of drawing (E)"))
        self.eraser_action.setCheckable(True)
        bar.addAction(self.eraser_action)
        bar.addSeparator()
        self.undo_action = self._action(self.tr("Undo"), self.canvas.undo, [QKeySequence.StandardKey.Undo],
                                        self.tr("Undo (Ctrl+Z)"))
        self.redo_action = self._action(self.tr("Redo"), self.canvas.redo, ["Ctrl+Shift+Z", "Ctrl+Y"],
                                        self.tr("Redo (Ctrl+Shift+Z or Ctrl+Y)"))
        self.clear_action = self._action(self.tr("Clear"), self.canvas.clear, ["Delete", "Backspace"],
                                         self.tr("Clear (Delete)"))
        for action in (self.undo_action, self.redo_action, self.clear_action):
            bar.addAction(action)
        bar.addSeparator()
        self.example_circle_action = self._action(self.tr("Example \u25cb"),
                                                  lambda checked=False: self.draw_example("circle"), (),
                                                  self.tr("Put a generated circle on the canvas"))
        self.example_cross_action = self._action(self.tr("Example \u00d7"),
                                                 lambda checked=False: self.draw_example("cross"), (),
                                                 self.tr("Put a generated cross on the canvas"))
        bar.addWidget(QLabel(" %s " % self.tr("Example")))      # "Example ○ ×": whole in Russian at 1280 px too
        for action, shape in ((self.example_circle_action, "\u25cb"), (self.example_cross_action, "\u00d7")):
            action.setIconText(shape)              # (the Edit menu keeps "Example ○", "Example ×")
            bar.addAction(action)

    def _build_menus(self) -> None:
        self.menu("&File").addAction(self.open_action)
        quit_action = self._action(self.tr("&Quit"), self.close, [QKeySequence.StandardKey.Quit])
        file_menu = self.menu("&File")
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        file_menu.setProperty("quit_action", quit_action)
        edit = self.menu("&Edit")
        for action in (self.undo_action, self.redo_action, self.clear_action, self.eraser_action):
            edit.addAction(action)
        edit.addSeparator()
        edit.addAction(self.example_circle_action)
        edit.addAction(self.example_cross_action)

    def _on_q_model_chosen(self, index: int) -> None:
        text = self.model_combo.itemText(index)
        if text == self.open_file_item:
            self.open_model_file()
        elif text != self.model_source:
            self.load_model(text)
        self._sync_combo()

    @property
    def model(self) -> Sequential | None:
        """The model shown (the session's)."""
        return self.session.model

    @property
    def model_source(self) -> str | None:
        """A shipped model's name or the model file's path (the session's)."""
        return self.session.source

    def _on_q_width(self, value: int) -> None:
        self.canvas.pen_width = float(value)

    def _on_q_eraser(self, checked: bool) -> None:
        self.canvas.eraser = bool(checked)

    def _sync_combo(self) -> None:
        """Show the current model in the chooser (a file's name is added as an item)."""
        source = self.model_source or ""
        index = self.model_combo.findText(source)
        self.model_combo.blockSignals(True)
        if index < 0 and source:
            index = self.model_combo.count() - 1
            self.model_combo.insertItem(index, source)
        self.model_combo.setCurrentIndex(max(index, 0))
        self.model_combo.blockSignals(False)

    # -- models -----------------------------------------------------------------------------
    def open_model_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open model file"), str(Path.home()),
                                              self.tr("cnnviz models (*.json);;All files (*)"))
        if path:
            self.load_model(path)
        self._sync_combo()

    def load_model(self, name_or_path: str, *, quiet: bool = False) -> bool:
        """Load a shipped model by name or a model file; on failure keep the current model and say why."""
        try:
            model = load_model(name_or_path)
            self.set_model(model, str(name_or_path))
        except (ModelFileError, OSError, ValueError, MemoryError, RecursionError) as exc:
            reason = engine_text(str(exc)) if not isinstance(exc, MemoryError) else self.tr("not enough memory")
            if quiet:        # the remembered model at start: named with the rest of what was not restored
                self.set_aside.append(model_not_restored(str(name_or_path), reason))
            self.show_error(reason, dialog=not quiet)
            return False
        return True

    def adopt_model_file(self, path) -> None:
        """The model shown now lives in the file ``path`` (it was just saved there): the chooser shows the file
        as for an opened one, and the next start reopens it. The model, its panels, the drawing and the model's
        edit history stay as they are (nothing is loaded, ``modelChanged`` is not emitted)."""
        self.session.adopt_source(str(Path(path).absolute()))      # the next start may run in another folder
        self._sync_combo()
        self.settings.setValue("model", self.model_source)
        self.settings.sync()

    def set_model(self, model: Sequential, source: str | None = None, *,
                  levels: dict[str, float] | None = None) -> None:
        """Open this model in the session (a new edit history): fixed colour levels from its weights and a few
        examples (or ``levels``), new panels, a fresh run."""
        self.session.open_model(model, source or model.name, levels=levels,
                                label=QCoreApplication.translate("InspectController", "opened"))

    def _on_model_changed(self, model: Sequential) -> None:
        self.pipeline.rebuild()
        self._sync_combo()
        self.canvas_hint.setText(i18n.draw_hint(model.class_names))     # the model's classes, over the canvas
        self.canvas.setToolTip(i18n.draw_hint(model.class_names, full=True))     # and all of them on it
        self.statusBar().showMessage(f"{model.name}: {engine_text(model.description)}", 8000)
        self.modelChanged.emit(model)

    # -- drawing ----------------------------------------------------------------------------
    def draw_example(self, label: str) -> None:
        """Replace the drawing by a generated sketch of ``label`` ("circle" or "cross"), replayed as strokes."""
        size = self.canvas.size_pixels
        _, strokes = make_sketch(label, self._rng, canvas=size, placement="centre", width=self.canvas.pen_width)
        self.canvas.set_strokes(strokes, self.canvas.pen_width)

    def _on_model_trace(self, trace: Trace) -> None:
        drawing = self.session.input_source == self.canvas.input_image     # not a camera frame
        self.pipeline.set_blank(drawing and self.canvas.is_blank())      # nothing drawn: "draw something", not a percentage
        self.pipeline.show_trace(trace)
        self.traceUpdated.emit(trace)

    # -- messages ---------------------------------------------------------------------------
    def show_error(self, message: str, *, dialog: bool = False) -> None:
        """Tell the user in the status bar (and, for their own actions, a non-blocking message box)."""
        log.warning("%s", message)
        self.statusBar().showMessage(message, 15000)
        if dialog:
            box = QMessageBox(QMessageBox.Icon.Warning, "cnnviz", message, QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self._message_box = box

    # -- extension --------------------------------------------------------------------------
    MENU_ORDER = ("&File", "&Edit", "&View", "&Model", "E&xperiments", "&Lecture", "&Help")

    def menu_titles(self) -> dict[str, str]:
        """MENU_ORDER's English titles (the keys ``menu`` takes) and what the menu bar shows for them."""
        return {"&File": self.tr("&File"), "&Edit": self.tr("&Edit"), "&View": self.tr("&View"),
                "&Model": self.tr("&Model"), "E&xperiments": self.tr("E&xperiments"),
                "&Lecture": self.tr("&Lecture"), "&Help": self.tr("&Help")}

    def menu(self, title: str) -> QMenu:
        """The top-level menu with this English title (the key; it is shown translated), created in MENU_ORDER
        position on first use."""
        bar = self.menuBar()
        keys = {a: a.menu().property("menu_key") for a in bar.actions() if a.menu() is not None}
        for action, key in keys.items():
            if key == title:
                return action.menu()
        new = QMenu(self.menu_titles().get(title, title), self)
        new.setProperty("menu_key", title)
        later = [a for a, key in keys.items() if key in self.MENU_ORDER
                 and title in self.MENU_ORDER and self.MENU_ORDER.index(key) > self.MENU_ORDER.index(title)]
        if later:
            bar.insertMenu(later[0], new)
        else:
            bar.addMenu(new)
        return new

    # -- settings ---------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = setting_bytes(self.settings, "geometry", self.set_aside)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            width, height = 1500, 900
            screen = self.screen()
            if screen is not None:          # the whole screen (less its panels): 1280 x 720 up to 1920 x 1080
                available = screen.availableGeometry()
                width, height = available.width(), available.height()
                self.move(available.topLeft())
            self.resize(width, height)

    def save_settings(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        lecture = getattr(self, "lecture", None)
        presenting = lecture is not None and lecture.presentation.presenting
        if not presenting:          # presentation mode puts the docks away for a while: keep the last real layout
            self.settings.setValue(self.DOCK_STATE_KEY, self.saveState(self.LAYOUT_VERSION))
        if self.model_source:
            self.settings.setValue("model", self.model_source)
        self.settings.sync()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            self.fit_canvas()
            if not self._state_restored:
                QTimer.singleShot(0, self._first_layout)      # once the window has its size

    def _build_layout_actions(self) -> None:
        self.reset_layout_action = self._action(self.tr("Reset layout"), self._on_q_reset_layout, (),
                                                self.tr("Put every panel back where it was at the first start"))
        view = self.menu("&View")
        view.addSeparator()
        view.addAction(self.reset_layout_action)

    def _on_q_reset_layout(self, checked: bool = False) -> None:
        self.reset_layout()

    def closeEvent(self, event) -> None:
        self.live.stop()
        self.save_settings()
        super().closeEvent(event)
