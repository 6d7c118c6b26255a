"""Compare: freeze a drawing as A, draw B, and let every pipeline panel show A, B or B - A; the
logits and probabilities of A and B side by side; max, min and average pooling of the same maps.

A is kept as its canvas image and run through the current model whenever it is shown, so A and B
always come from the same weights (also while a model trains). B - A is drawn on a diverging
scale with each stage's own symmetric level (the input's is 1).
"""
from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QPushButton,
                               QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from cnnviz.analysis.comparisons import pooling_comparison, pooling_layers
from cnnviz.session import CompareSnapshot
from cnnviz.viz.colormap import diverging_table
from cnnviz.viz.experiments import difference_level, trace_arrays, trace_difference
from cnnviz.viz.mosaic import MosaicImage

from ..i18n import class_name
from .widgets import ArrayImage, FollowsTrace, caption

log = logging.getLogger(__name__)

MODES = ("B", "A", "B-A")
ALL_POOLS = QT_TRANSLATE_NOOP("ComparePanel", "all pooling layers")     # shown translated


class CompareController(QObject):
    """Holds A and the display mode, and puts A, B or B - A on the pipeline's panels."""

    modeChanged = Signal(str)
    frozenChanged = Signal()

    def __init__(self, session, host, parent=None):
        super().__init__(parent)
        self.session, self.host = session, host
        self.a_trace = None
        self.b_trace = None
        self.shown: dict[str, np.ndarray] = {}      # what the panels show in A or B - A mode
        self._original_tables = {}                 # panel name -> (its own table, colour bar note)
        self._diff_tables = {}                     # panel name -> the B - A table it shows
        session.trace_changed.connect(self._on_trace)
        host.pipeline.rebuilt.connect(self._on_rebuilt)
        self._reapply = QTimer(self, singleShot=True, interval=0)
        self._reapply.timeout.connect(self.apply)

    # A and the mode are the session's (``Session.compare_a``, ``compare_mode``): they outlive this window
    @property
    def mode(self) -> str:
        return self.session.compare_mode

    @property
    def a_image(self) -> np.ndarray | None:
        """The canvas of A as the network read it (uint8 (H, W) grey or (H, W, 3) B, G, R), or None."""
        a = self.session.compare_a
        return None if a is None else a.image

    @property
    def a_strokes(self):
        a = self.session.compare_a
        return None if a is None else list(a.strokes)

    @property
    def has_a(self) -> bool:
        return self.session.compare_a is not None

    def freeze(self) -> bool:
        """Keep the current drawing as A."""
        canvas = self.host.canvas
        if canvas.is_blank():
            self.host.show_error(self.tr("Draw something first: the current drawing becomes A"))
            return False
        strokes = tuple((s.points.copy(), s.width, s.erase) for s in canvas.strokes())
        self.session.set_compare(CompareSnapshot(canvas.input_image(), strokes))     # in colour if drawn so
        self.frozenChanged.emit()
        self.apply()
        return True

    def forget(self) -> None:
        self.a_trace = None
        self.session.set_compare(None)
        self.set_mode("B")
        self.frozenChanged.emit()

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"mode must be one of {', '.join(MODES)}, got {mode!r}")
        if mode != "B" and not self.has_a:
            self.host.show_error(self.tr("Freeze a drawing as A first (Experiments \u2192 Freeze as A)"))
            mode = "B"
        if mode != self.mode:
            self.session.set_compare(self.session.compare_a, mode)
            self.modeChanged.emit(mode)
        if mode == "B":
            self._restore_tables()
            self.shown = {}
            self.host.live.run_now()
        else:
            self.apply()

    def trace_of_a(self):
        """A through the current model (None without A or a model)."""
        model = self.session.model
        if self.a_image is None or model is None:
            return None
        self.a_trace = model.forward(self.session.network_input(self.a_image))
        return self.a_trace

    def _on_trace(self, trace) -> None:
        self.b_trace = trace
        if self.mode != "B" and self.has_a:
            self.apply()

    def _on_rebuilt(self) -> None:
        self._original_tables, self._diff_tables = {}, {}
        if self.mode != "B":
            self._reapply.start()      # after the pipeline has re-shown its last trace

    def _restore_tables(self) -> None:
        for name, panel in self.host.pipeline.panels.items():
            original = self._original_tables.get(name)
            if original is not None and panel.mosaic.table is not original[0]:
                panel.set_table(*original)
        self._original_tables, self._diff_tables = {}, {}

    def apply(self) -> None:
        """Show the mode on every panel (A or B - A; B is the pipeline's own)."""
        pipeline = self.host.pipeline
        b = self.session.trace
        a = self.trace_of_a()
        if self.mode == "B" or a is None or b is None or not pipeline.panels:
            return
        names = list(pipeline.panels)
        if self.mode == "A":
            self._restore_tables()
            arrays = trace_arrays(a, names)
            pipeline.result.show(a.logits[0], a.probabilities[0])
        else:
            arrays = trace_difference(b, a, names)
            palette = self.session.palette
            for name, panel in pipeline.panels.items():
                if panel.mosaic.table is self._diff_tables.get(name):
                    continue
                if name not in self._original_tables:
                    self._original_tables[name] = (panel.mosaic.table, panel.colour_bar._note)
                table = diverging_table(difference_level(name, self.session.levels), palette)
                panel.set_table(table, "B \u2212 A")
                self._diff_tables[name] = table
            pipeline.result.show(b.logits[0], b.probabilities[0])
        for name, panel in pipeline.panels.items():
            panel.show(arrays[name])
        self.shown = arrays

    def stage_view(self, name: str):
        """What the pipeline shows of the stage ``name`` in this mode, for a view of it alone (the focused
        stage): (one sample's array, the B - A colour level or None for the stage's own table, the label
        "A" or "B − A"); None in mode B or without A."""
        b = self.session.trace
        if self.mode == "B" or not self.has_a or b is None:
            return None
        a = self.trace_of_a()          # through the current model (it may have changed since)
        if a is None:
            return None
        if self.mode == "A":
            return trace_arrays(a, [name])[name], None, "A"
        return trace_difference(b, a, [name])[name], difference_level(name, self.session.levels), "B \u2212 A"

    def put_a_on_canvas(self) -> None:
        if not self.a_strokes:
            return
        strokes = [p for p, _, erase in self.a_strokes if not erase]
        width = float(np.mean([w for _, w, _ in self.a_strokes]))
        self.host.canvas.set_strokes(strokes, width)


class ComparePanel(FollowsTrace, QWidget):
    """The compare dock: A, the mode, logits and probabilities of A and B, and the pooling comparison."""

    def __init__(self, controller: CompareController, session, host, parent=None):
        super().__init__(parent)
        self.controller, self.session, self.host = controller, session, host
        self.comparison = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.a_view = ArrayImage(minimum=90)
        self.a_view.set_title(self.tr("A"))
        self.a_view.setMaximumWidth(150)
        top.addWidget(self.a_view)
        controls = QVBoxLayout()
        self.freeze_button = QPushButton(self.tr("Freeze as A  (Ctrl+Shift+A)"))
        self.freeze_button.clicked.connect(controller.freeze)
        self.restore_button = QPushButton(self.tr("Put A back on the canvas"))
        self.restore_button.clicked.connect(controller.put_a_on_canvas)
        controls.addWidget(self.freeze_button)
        controls.addWidget(self.restore_button)
        self.mode_buttons = {}
        group = QButtonGroup(self)
        row = QHBoxLayout()
        for mode, text in (("A", self.tr("show A")), ("B", self.tr("show B (now)")), ("B-A", self.tr("show B \u2212 A"))):
            button = QRadioButton(text)
            group.addButton(button)
            row.addWidget(button)
            self.mode_buttons[mode] = button
            button.toggled.connect(self._on_q_mode)
        self.mode_buttons["B"].setChecked(True)
        controls.addLayout(row)
        top.addLayout(controls, 1)
        layout.addLayout(top)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("class"), self.tr("logit A"), self.tr("logit B"),
                                              self.tr("P(A)"), self.tr("P(B)")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMaximumHeight(110)
        layout.addWidget(self.table)

        pools = QGroupBox(self.tr("Pooling: max, min and average of the same feature maps"))
        grid = QGridLayout(pools)
        self.pool_combo = QComboBox()
        self.pool_combo.currentIndexChanged.connect(self._on_q_pool)
        grid.addWidget(caption(self.tr("swap the mode of")), 0, 0)
        grid.addWidget(self.pool_combo, 0, 1, 1, 3)
        self.pool_views, self.pool_captions = {}, {}
        for index, key in enumerate(("maps", "max", "min", "avg")):     # two by two: room for the maps
            row, column = 1 + 2 * (index // 2), 2 * (index % 2)
            view = ArrayImage(minimum=110)
            self.pool_views[key] = view
            grid.addWidget(view, row, column, 1, 2)
            label = caption(points=10)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.pool_captions[key] = label
            grid.addWidget(label, row + 1, column, 1, 2)
        layout.addWidget(pools, 1)

        controller.frozenChanged.connect(self._on_frozen)
        controller.modeChanged.connect(self._on_mode_changed)
        session.trace_changed.connect(self._on_trace)
        session.model_changed.connect(self._on_model)
        self._on_model(session.model)
        self._on_frozen()

    # -- reactions ------------------------------------------------------------------------------
    def _on_q_mode(self, checked: bool) -> None:
        if not checked:
            return
        for mode, button in self.mode_buttons.items():
            if button.isChecked() and mode != self.controller.mode:
                self.controller.set_mode(mode)

    def _on_mode_changed(self, mode: str) -> None:
        button = self.mode_buttons[mode]
        if not button.isChecked():
            button.blockSignals(True)
            button.setChecked(True)
            button.blockSignals(False)

    def _on_frozen(self) -> None:
        if self.controller.a_image is not None:
            image = self.controller.a_image           # (H, W) grey, or (H, W, 3) B, G, R from a colour page
            rgba = np.repeat(image[:, :, None], 4, axis=2) if image.ndim == 2 else \
                np.concatenate([image[:, :, 2::-1], image[:, :, :1]], axis=2)
            rgba[:, :, 3] = 255
            self.a_view.set_rgba(rgba)
        self.restore_button.setEnabled(bool(self.controller.a_strokes))
        self.refresh()

    def _on_model(self, model) -> None:
        names = [] if model is None else pooling_layers(model)
        current = self.pool_combo.currentText()
        self.pool_combo.blockSignals(True)
        self.pool_combo.clear()
        self.pool_combo.addItems(names)
        if len(names) > 1:
            self.pool_combo.addItem(self.tr(ALL_POOLS), ALL_POOLS)
        if current and self.pool_combo.findText(current) >= 0:
            self.pool_combo.setCurrentText(current)
        self.pool_combo.blockSignals(False)

    def _on_q_pool(self, index: int) -> None:
        self.refresh()

    # -- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        model, b = self.session.model, self.session.trace
        if model is None or b is None:
            return
        a = self.controller.trace_of_a()
        names = model.class_names
        self.table.setRowCount(len(names))
        for row, name in enumerate(names):
            cells = [class_name(name),
                     "\u2014" if a is None else f"{a.logits[0, row]:+.3f}", f"{b.logits[0, row]:+.3f}",
                     "\u2014" if a is None else f"{a.probabilities[0, row]:.3f}", f"{b.probabilities[0, row]:.3f}"]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.refresh_pooling(b.input[0])

    def refresh_pooling(self, x) -> None:
        model = self.session.model
        choice = self.pool_combo.currentText()
        if model is None or not choice:
            for view in self.pool_views.values():
                view.setVisible(False)
            self.pool_captions["maps"].setText(self.tr("This model has no pooling layer."))
            self.pool_captions["maps"].setVisible(True)
            return
        self.comparison = pooling_comparison(model, x, None if self.pool_combo.currentData() == ALL_POOLS else choice)
        c = self.comparison
        levels = self.session.levels
        palette = self.session.palette
        level = float(levels.get(c.layer_name, 1.0))
        table = diverging_table(level, palette) if palette else diverging_table(level)
        columns = 2 if len(c.feature_maps) <= 4 else 4
        for key in ("maps", "max", "min", "avg"):
            maps = c.feature_maps if key == "maps" else c.pooled[key]
            maps = np.asarray(maps).reshape((-1,) + tuple(np.shape(maps)[-2:]))
            mosaic = MosaicImage(len(maps), maps.shape[1:], table, columns=min(columns, len(maps)))
            mosaic.update(maps.astype(np.float32))
            view = self.pool_views[key]
            view.setVisible(True)
            view.set_rgba(mosaic.rgba.copy())
            pooling = {"max": self.tr("max pooling"), "min": self.tr("min pooling"), "avg": self.tr("average pooling")}
            view.set_title(self.tr("feature maps") if key == "maps" else
                           pooling.get(key, self.tr("{0} pooling").format(key)))
            label = self.pool_captions[key]
            label.setVisible(True)
            if key == "maps":
                label.setText(self.tr("input of {0}\n{1}").format(c.layer_name, "\u00d7".join(map(str, c.feature_maps.shape))))
            else:
                label.setText("   ".join(f"{class_name(name)} {p:.1%}"
                                           for name, p in zip(c.class_names, c.probabilities[key])))
