"""The main window: the drawing canvas on the left, the network's pipeline on the right.

Extension points for other panels:
  * ``window.traceUpdated`` (Trace) after every forward pass has been shown, ``window.modelChanged`` (model);
  * ``window.add_side_panel(widget, title)`` docks a widget; ``window.canvas``, ``window.pipeline``,
    ``window.live`` (``request()`` / ``run_now()``), ``window.model``, ``window.load_model(name_or_path)``.
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QDockWidget, QFileDialog, QLabel, QMainWindow, QMenu, QMessageBox, QSpinBox,
                               QSplitter, QToolBar, QVBoxLayout, QWidget)

from cnnviz.data.sketches import make_sketch
from cnnviz.engine import ModelFileError, Sequential, Trace, load_model, shipped_models
from cnnviz.viz.levels import calibrate_levels, example_inputs

from .canvas import DrawingCanvas
from .inspect_controller import InspectController
from .live import LiveRunner
from .panels import font
from .pipeline import PipelineView

log = logging.getLogger(__name__)

DEFAULT_MODEL = "ox-cnn"
FALLBACK_MODEL = "lecture-ox"
OPEN_FILE_ITEM = "Open model file\u2026"


def default_model_name() -> str | None:
    names = shipped_models()
    for name in (DEFAULT_MODEL, FALLBACK_MODEL):
        if name in names:
            return name
    return names[0] if names else None


class MainWindow(QMainWindow):
    """Draw on the canvas; every stage of the model updates while the pen moves."""

    traceUpdated = Signal(object)
    modelChanged = Signal(object)

    def __init__(self, model: str | None = None, *, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle("cnnviz \u2014 watch a CNN think")
        self.settings = settings if settings is not None else QSettings("cnnviz", "cnnviz")
        self.model: Sequential | None = None
        self.model_source: str | None = None
        self._rng = np.random.default_rng()
        self._last_error = ""

        self.canvas = DrawingCanvas()
        self.pipeline = PipelineView()
        self.live = LiveRunner(self.canvas, parent=self)
        self.live.traceReady.connect(self._show_trace)
        self.live.failed.connect(self.show_error)
        self.pipeline.panelFailed.connect(self.show_error)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(8, 8, 8, 8)
        hint = QLabel("Draw a \u25cb or a \u00d7")
        hint.setFont(font(16, bold=True))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(hint)
        column.addWidget(self.canvas, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.pipeline)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self._build_toolbar()
        self._build_menus()
        self.statusBar().setFont(font(11))

        self._restore_geometry()
        wanted = model or self.settings.value("model", "", type=str) or default_model_name()
        if not (wanted and self.load_model(wanted, quiet=model is None)):
            fallback = default_model_name()
            if fallback and fallback != wanted:
                self.load_model(fallback)
        # the inspector, filter editor, layer controls and model edit history (docks, Model menu)
        self.inspect = InspectController(self)
        # lecture mode: convolution stepper, presentation, predict-then-reveal, scenes, timeline, exports
        from .lecture import install as install_lecture
        self.lecture = install_lecture(self)
        # drawing experiments: collect, train, probe, compare, attribute (docks, Experiments menu)
        from .experiments import install as install_experiments
        self.experiments = install_experiments(self)
        # settle the dock layout, then size the window again: while docks are being added the window meets a
        # stale minimum that still counts hidden right-hand docks beside the bottom ones (723 x 573, not 700 x 520)
        self.layout().activate()
        self._restore_geometry()

    # -- toolbar ----------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcuts=(), tip: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip or text)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        bar = QToolBar("Tools", self)
        bar.setObjectName("tools")
        bar.setMovable(False)
        bar.setFont(font(12))
        bar.setIconSize(QSize(20, 20))
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

        bar.addWidget(QLabel(" Model "))
        self.model_combo = QComboBox()
        self.model_combo.setMinimumContentsLength(12)
        self.model_combo.addItems(shipped_models())
        self.model_combo.addItem(OPEN_FILE_ITEM)
        self.model_combo.activated.connect(self._on_q_model_chosen)
        bar.addWidget(self.model_combo)
        self.open_action = self._action(OPEN_FILE_ITEM, self.open_model_file, [QKeySequence.StandardKey.Open])
        bar.addAction(self.open_action)
        bar.addSeparator()

        bar.addWidget(QLabel(" Pen "))
        self.width_spin = QSpinBox()
        self.width_spin.setRange(2, 48)
        self.width_spin.setValue(int(self.canvas.pen_width))
        self.width_spin.setSuffix(" px")
        self.width_spin.setToolTip("Pen width in canvas pixels (the canvas is 280 x 280)")
        self.width_spin.valueChanged.connect(self._on_q_width)
        bar.addWidget(self.width_spin)
        self.eraser_action = self._action("Eraser", self._on_q_eraser, ["E"], "Erase instead of drawing (E)")
        self.eraser_action.setCheckable(True)
        bar.addAction(self.eraser_action)
        bar.addSeparator()
        self.undo_action = self._action("Undo", self.canvas.undo, [QKeySequence.StandardKey.Undo], "Undo (Ctrl+Z)")
        self.redo_action = self._action("Redo", self.canvas.redo, ["Ctrl+Shift+Z", "Ctrl+Y"],
                                        "Redo (Ctrl+Shift+Z or Ctrl+Y)")
        self.clear_action = self._action("Clear", self.canvas.clear, ["Delete", "Backspace"], "Clear (Delete)")
        for action in (self.undo_action, self.redo_action, self.clear_action):
            bar.addAction(action)
        bar.addSeparator()
        self.example_circle_action = self._action("Example \u25cb", lambda checked=False: self.draw_example("circle"), (),
                                                  "Put a generated circle on the canvas")
        self.example_cross_action = self._action("Example \u00d7", lambda checked=False: self.draw_example("cross"), (),
                                                 "Put a generated cross on the canvas")
        bar.addAction(self.example_circle_action)
        bar.addAction(self.example_cross_action)

    def _build_menus(self) -> None:
        self.menu("&File").addAction(self.open_action)
        quit_action = self._action("&Quit", self.close, [QKeySequence.StandardKey.Quit])
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
        if text == OPEN_FILE_ITEM:
            self.open_model_file()
        elif text != self.model_source:
            self.load_model(text)
        self._sync_combo()

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
        path, _ = QFileDialog.getOpenFileName(self, "Open model file", str(Path.home()),
                                              "cnnviz models (*.json);;All files (*)")
        if path:
            self.load_model(path)
        self._sync_combo()

    def load_model(self, name_or_path: str, *, quiet: bool = False) -> bool:
        """Load a shipped model by name or a model file; on failure keep the current model and say why."""
        try:
            model = load_model(name_or_path)
        except (ModelFileError, OSError, ValueError) as exc:
            self.show_error(str(exc), dialog=not quiet)
            return False
        self.set_model(model, str(name_or_path))
        return True

    def set_model(self, model: Sequential, source: str | None = None, *,
                  levels: dict[str, float] | None = None) -> None:
        """Use this model: fixed colour levels from its weights and a few examples (or ``levels``, e.g. kept
        across a small edit so colours do not jump), new panels, a fresh run."""
        if levels is None:
            try:
                levels = calibrate_levels(model, example_inputs(model))
            except Exception as exc:       # unusual input shapes: fall back to the hard bounds
                log.warning("calibration on examples failed (%s); using weight bounds only", exc)
                levels = calibrate_levels(model)
        self.model, self.model_source = model, source or model.name
        self.pipeline.set_model(model, levels)
        self.live.set_model(model)
        self._sync_combo()
        self.statusBar().showMessage(f"{model.name}: {model.description}", 8000)
        self.modelChanged.emit(model)

    # -- drawing ----------------------------------------------------------------------------
    def draw_example(self, label: str) -> None:
        """Replace the drawing by a generated sketch of ``label`` ("circle" or "cross"), replayed as strokes."""
        size = self.canvas.size_pixels
        _, strokes = make_sketch(label, self._rng, canvas=size, placement="centre", width=self.canvas.pen_width)
        self.canvas.set_strokes(strokes, self.canvas.pen_width)

    def _show_trace(self, trace: Trace) -> None:
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

    def menu(self, title: str) -> QMenu:
        """The top-level menu with this title, created in MENU_ORDER position on first use."""
        bar = self.menuBar()
        for action in bar.actions():
            if action.menu() is not None and action.text() == title:
                return action.menu()
        new = QMenu(title, self)
        later = [a for a in bar.actions() if a.menu() is not None and a.text() in self.MENU_ORDER
                 and title in self.MENU_ORDER and self.MENU_ORDER.index(a.text()) > self.MENU_ORDER.index(title)]
        if later:
            bar.insertMenu(later[0], new)
        else:
            bar.addMenu(new)
        return new

    def add_side_panel(self, widget: QWidget, title: str,
                       area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea) -> QDockWidget:
        """Dock a widget (an inspector, a filter editor...) beside the pipeline."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- settings ---------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry", QByteArray(), type=QByteArray)
        if geometry is None or geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1500, 900)

    def save_settings(self) -> None:
        self.settings.setValue("geometry", self.saveGeometry())
        if self.model_source:
            self.settings.setValue("model", self.model_source)
        self.settings.sync()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            self.fit_canvas()

    canvas_share = 0.36     # at most this fraction of the width for the canvas (less when docks sit below)

    def fit_canvas(self) -> None:
        """Give the canvas a square about as tall as the window allows, at most ``canvas_share`` of the width."""
        total = max(2, self.splitter.width())
        side = min(self.splitter.height() - 40, int(total * self.canvas_share))
        side = max(side, min(200, total // 2))
        self.splitter.setSizes([side, total - side])

    def closeEvent(self, event) -> None:
        self.live.stop()
        self.save_settings()
        super().closeEvent(event)
