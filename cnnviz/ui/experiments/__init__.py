"""Drawing experiments (issue 6): collect, train, probe, compare, attribute — docks and an Experiments menu.

``install(session, host)`` adds everything to the window behind ``host`` and returns the ``Experiments``
object that holds the parts (``collection``, ``training``, ``probes``, ``compare``, ``attribution`` and their
docks). Workers are stopped and the collection saved when the window closes or the app quits.

Environment hook for screenshots and demos (documented in the README):
  CNNVIZ_EXPERIMENT=collection|training|translation-map|compare|attribution|backward
    opens that dock; "training" also starts a short training run on synthetic sketches and
    "compare" freezes a generated × as A and shows B - A for whatever is drawn next.
"""
from __future__ import annotations

import logging
import os

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea

from ..explain_text import engine_text
from ..i18n import class_symbol
from ..startup import collection_not_restored
from .attribution_dock import AttributionPanel
from .collection_dock import CollectionPanel, DrawingCollection, default_folder
from .compare_dock import CompareController, ComparePanel
from .probes_dock import ProbesPanel
from .training_dock import TrainingPanel

log = logging.getLogger(__name__)

MENU = "E&xperiments"
DEMO_VARIABLE = "CNNVIZ_EXPERIMENT"     # not CNNVIZ_DEMO: the inspector's screenshot hook reads that one
DOCK_WIDTH = 470          # pixels a shown experiment dock asks for
DEMOS = ("collection", "training", "translation-map", "compare", "attribution", "backward")


class Experiments(QObject):
    """The experiment docks of one window and the actions that reach them."""

    def __init__(self, session, host, *, inspect=None, folder=None):
        super().__init__(host.parent)
        self.host = host
        self.collection = DrawingCollection(folder if folder is not None else default_folder(host.settings), self)
        problems = self.collection.load()
        if problems:       # damaged entries stay on disk; the start names them once with the rest it set aside
            log.warning("collection: %s", "; ".join(problems))
            host.note_set_aside(collection_not_restored([engine_text(p) for p in problems], self.collection.folder))
        self.collection.failed.connect(host.show_error)
        self.compare_controller = CompareController(session, host, self)

        self.collection_panel = CollectionPanel(self.collection, session, host)
        self.training = TrainingPanel(self.collection, session, host)
        self.probes = ProbesPanel(session, host)
        self.compare = ComparePanel(self.compare_controller, session, host)
        self.attribution = AttributionPanel(session, host)
        from ..backward import BackwardPanel      # here: ui/backward uses this package's widgets
        self.backward = BackwardPanel(session, host)      # issue 14: the backward pass and one learning step
        if inspect is not None:                   # pointing at a gradient explains it in the inspector
            from ..backward.link import GradientPointing
            self.gradient_pointing = GradientPointing(session, self.backward, inspect.inspector,
                                                      inspect.inspector_dock, self)
        self.docks = {}
        for key, widget, title in (("collection", self.collection_panel, self.tr("Collected drawings")),
                                   ("training", self.training, self.tr("Training")),
                                   ("translation-map", self.probes, self.tr("Probes")),
                                   ("compare", self.compare, self.tr("Compare")),
                                   ("attribution", self.attribution, self.tr("Attribution")),
                                   ("backward", self.backward, self.tr("Backward pass"))):
            scroll = QScrollArea()                     # tall docks scroll instead of stretching the window
            scroll.setWidget(widget)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setMinimumWidth(DOCK_WIDTH - 80)
            # tabs of one right-hand dock area, full height, hidden until asked for
            self.docks[key] = host.add_dock(scroll, title, name=f"experiments-{key}", shown=False)
        self._build_menu()
        host.watch_window(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- menu -----------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        return self.host.action(text, slot, [shortcut] if shortcut else ())

    def _build_menu(self) -> None:
        menu = self.host.menu(MENU)
        # Ctrl+1 / Ctrl+2: the collection's first and second classes (○ and × unless the user renamed them)
        self.add_circle_action = self._action("", self.add_circle, "Ctrl+1")
        self.add_cross_action = self._action("", self.add_cross, "Ctrl+2")
        self._name_add_actions()
        self.collection.changed.connect(self._name_add_actions)
        menu.addAction(self.add_circle_action)
        menu.addAction(self.add_cross_action)
        menu.addSeparator()
        for key, dock in self.docks.items():
            action = dock.toggleViewAction()
            action.setText(self.tr("Show {0}").format(dock.windowTitle()))
            menu.addAction(action)
        menu.addSeparator()
        self.freeze_action = self._action(self.tr("Freeze as A"), self.compare_controller.freeze, "Ctrl+Shift+A")
        menu.addAction(self.freeze_action)
        group = QActionGroup(self)
        self.mode_actions = {}
        for mode, text in (("B", self.tr("Panels show B (the drawing now)")), ("A", self.tr("Panels show A")),
                           ("B-A", self.tr("Panels show B \u2212 A"))):
            action = self._action(text, self._on_q_mode_action)
            action.setCheckable(True)
            action.setData(mode)
            group.addAction(action)
            menu.addAction(action)
            self.mode_actions[mode] = action
        self.mode_actions["B"].setChecked(True)
        self.compare_controller.modeChanged.connect(self._on_mode_changed)
        menu.addSeparator()
        self.train_action = self._action(self.tr("Train on the collection\u2026"), self.show_training)
        self.map_action = self._action(self.tr("Translation map of the drawing"), self.run_translation_map, "Ctrl+T")
        self.export_action = self._action(self.tr("Export collection\u2026"), self.collection_panel.export_dialog)
        self.import_action = self._action(self.tr("Import collection\u2026"), self.collection_panel.import_dialog)
        self.save_model_action = self._action(self.tr("Save trained model\u2026"), self.training.save_dialog)
        for action in (self.train_action, self.map_action, self.export_action, self.import_action,
                       self.save_model_action):
            menu.addAction(action)

    def _on_q_mode_action(self, checked: bool = False) -> None:
        action = self.sender()
        if action is not None and action.isChecked():
            self.compare_controller.set_mode(action.data())

    def _on_mode_changed(self, mode: str) -> None:
        self.mode_actions[mode].setChecked(True)

    # -- actions ----------------------------------------------------------------------------------
    def _name_add_actions(self) -> None:
        classes = self.collection.class_names()
        for action, name in ((self.add_circle_action, classes[0]), (self.add_cross_action, classes[1])):
            action.setText(self.tr("Add as %1").replace("%1", class_symbol(name)))

    def add_circle(self) -> bool:
        """The canvas to the collection's first class (○ unless renamed)."""
        return self.collection_panel.add_to_class_number(1)

    def add_cross(self) -> bool:
        """The canvas to the collection's second class (× unless renamed)."""
        return self.collection_panel.add_to_class_number(2)

    def show_dock(self, key: str) -> None:
        self.host.show_dock(self.docks[key], width=self.host.side_width())

    def show_training(self) -> None:
        self.show_dock("training")

    def run_translation_map(self) -> None:
        self.show_dock("translation-map")
        self.probes.run_map()

    # -- lifetime ---------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close:        # the window closes (watched through the host)
            self.shutdown()
        return False

    def shutdown(self) -> None:
        """Stop every worker (waiting for its thread) and write the collection."""
        self.training.stop()
        self.probes.stop()
        self.collection.flush()

    # -- demo hook ----------------------------------------------------------------------------------
    def start_demo(self, name: str) -> None:
        if name not in DEMOS:
            log.warning("%s=%s is not one of %s", DEMO_VARIABLE, name, ", ".join(DEMOS))
            return
        self.host.fill_screen()
        for dock in self.host.docks():   # room for the demo: other docks step aside
            if dock not in self.docks.values():
                dock.hide()
        self.show_dock(name)
        if name == "training":
            self.training.data.synthetic_spin.setValue(800)
            self.training.schedule.epochs_spin.setValue(10)
            self.training.network.start_combo.setCurrentIndex(1)
            QTimer.singleShot(300, self.training.start)
        elif name == "compare":
            self.host.draw_example("cross")
            self.host.live.run_now()
            self.compare_controller.freeze()
            self.host.canvas.clear()
            self.compare_controller.set_mode("B-A")


def install(session, host, inspect=None) -> Experiments:
    """Add the experiments to the window behind ``host`` (see the module docstring); ``inspect`` is the
    window's InspectController, whose inspector explains the Backward dock's gradient cells."""
    experiments = Experiments(session, host, inspect=inspect)
    demo = os.environ.get(DEMO_VARIABLE, "")
    if demo:
        QTimer.singleShot(0, lambda: experiments.start_demo(demo))
    return experiments
