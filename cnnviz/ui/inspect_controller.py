"""Point at the pipeline to see its arithmetic; edit filters and layers; undo model edits.

``InspectController(window)`` wires the inspector, the filter editor and the layer controls into the
main window (three tabs in the bottom dock strip, the inspector first) and owns the model edit history:

* hovering a map cell (feature map, activation, pooled map, hidden dense unit) shows its arithmetic in
  the inspector; a click pins it (click again, or Esc, unpins); a pinned cell follows the pen. Hovering
  or clicking a softmax or logit bar explains that class. The cell's receptive field is outlined on
  the layer's input panel (solid), and further down the network (dotted); where the filter reaches
  past the input's edge the window is dashed and the zero padding is drawn as a hatched border.
* clicking a filter (the weights left of a conv map) opens it in the filter editor; every edit makes
  a new model (``edit.set_filter``) shown with the drawing kept and the colour levels kept (they only
  grow when an edit would push values past them, so colours do not jump while a weight is typed).
* clicking a stage's title (or the dock's layer chooser) shows that layer's settings; a change
  (``edit.apply_change``) rebuilds the pipeline with freshly calibrated levels, and says what it did
  (a re-initialised dense layer is announced in the status bar and the dock).
* Model menu: Undo model edit (Ctrl+Alt+Z), Redo (Ctrl+Alt+Shift+Z / Ctrl+Alt+Y), Save model as…,
  Reset to shipped model, Parameter summary; separate from the drawing's Ctrl+Z.

Hover is throttled to one hit test per frame (16 ms). The inspector follows new forward passes at most
every REFRESH_MS, only while it is visible, and only when the input under the shown cell's receptive
field changed (a pinned conv cell costs nothing while the pen draws elsewhere; see
benchmarks/bench_inspector.py).
Every handler catches its own exceptions and reports them in the status bar.

For screenshots, ``CNNVIZ_DEMO`` (read once, when the window opens) runs a few of these actions:
``pin:conv1:0:12:8`` pins cell (map 0, row 12, col 8) of conv1; ``pin:softmax:0`` pins class 0;
``filter:conv1:0`` opens a filter; ``layer:pool1`` shows a layer's settings; join several with ``;``.
"""
from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QFrame, QMessageBox, QScrollArea

from cnnviz.engine import Activation, Conv2D, Dense, Pool2D, load_model, save_model
from cnnviz.analysis import edit, explain
from cnnviz.viz.levels import calibrate_levels, example_inputs

from .explain_text import engine_text
from .filter_editor import FilterEditor
from .inspector import InspectorPanel
from .model_dock import ModelDock, layer_choices, summary_text
from .model_history import ModelHistory
from .overlays import RegionOverlay

log = logging.getLogger(__name__)

HOVER_MS = 16          # one hit test per frame while the pointer moves
REFRESH_MS = 50        # the inspector follows the pen at most every third frame (20 Hz)
TABLE_POINTS = 12
DEMO_VARIABLE = "CNNVIZ_DEMO"
DEMO_INSPECTOR_SHARE = 0.42   # of the window's height for the inspector when CNNVIZ_DEMO pins a cell


def guarded(method):
    """Run a handler; report any exception in the status bar instead of letting it reach Qt."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except Exception as exc:      # noqa: BLE001 - the app must never die from pointing or editing
            log.exception("%s failed", method.__name__)
            self.window.show_error(QCoreApplication.translate("InspectController", "Could not %s: %s: %s") % (
                method.__name__.strip("_").replace("_", " "), type(exc).__name__, exc))
            return None
    return wrapper


@dataclass(frozen=True)
class Hit:
    """What is under the pointer: a map "cell" (layer, index without the sample), a "filter" (layer,
    (filter,)), a stage "title" (layer), a "class" bar ("softmax"/"logits", (class,)) or an "input" cell."""
    kind: str
    layer: str = ""
    index: tuple = ()


class InspectController(QObject):
    """The inspector, filter editor and layer controls of a MainWindow, and its model edit history."""

    def __init__(self, window, *, rng: np.random.Generator | None = None):
        super().__init__(window)
        self.window = window
        self.pipeline = window.pipeline
        self.history = ModelHistory()
        self.base_source: str | None = None
        self.overlays: dict[str, RegionOverlay] = {}
        self._rng = rng if rng is not None else np.random.default_rng()
        self._applying = False
        self._field = None
        self._hover_pos: QPointF | None = None
        self._last_hover: Hit | None = None
        self._stale = False
        self._examples: dict[tuple, np.ndarray] = {}
        self._field_cache = None          # (model id, target, input mask) of the shown cell
        self._last_inputs = None          # what the inspector's numbers were computed from

        self.inspector = InspectorPanel(columns=2)
        # compact tables, so a 3x3 conv cell's patch x filter = products fits the dock without scrolling
        self.inspector.setStyleSheet(f"QTableWidget {{ font-size: {TABLE_POINTS}pt; }}")
        self.filter_editor = FilterEditor(rng=self._rng)
        self.model_dock = ModelDock()
        scroll, filter_scroll = _scrolled(self.inspector), _scrolled(self.filter_editor)
        # Tabs in one strip below the canvas and the pipeline (the window sizes it): the pipeline keeps its
        # width (a deep model needs ~900 px for three rows of stages) and the canvas most of the height.
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        # dock names stay English whatever the language (saved layouts and scenes refer to them)
        self.inspector_dock = window.add_side_panel(scroll, self.tr("Inspector"), bottom, name="dock-Inspector")
        self.filter_dock = window.add_side_panel(filter_scroll, self.tr("Filter editor"), bottom,
                                                 name="dock-Filter editor")
        self.layers_dock = window.add_side_panel(self.model_dock, self.tr("Layers and model"), bottom,
                                                 name="dock-Layers and model")
        self.inspector_dock.raise_()          # the inspector's tab in front

        self._hover_timer = QTimer(self, singleShot=True, interval=HOVER_MS)
        self._hover_timer.timeout.connect(self._apply_hover)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh_inspector)

        scene = self.pipeline.scene()
        scene.sigMouseMoved.connect(self._on_scene_moved)
        scene.sigMouseClicked.connect(self._on_scene_clicked)
        self.pipeline.rebuilt.connect(self._on_rebuilt)
        self.pipeline.paletteChanged.connect(self._on_palette)
        self._on_palette(self.pipeline.palette)
        window.traceUpdated.connect(self._on_trace)
        window.modelChanged.connect(self._on_model_changed)
        self.inspector.field_changed.connect(self._on_field)
        self.inspector.pinned_changed.connect(self._on_pinned)
        self.inspector_dock.visibilityChanged.connect(self._on_inspector_visible)
        self.filter_editor.weights_changed.connect(self._on_weights)
        self.model_dock.controls.change_requested.connect(self._on_change)
        self.model_dock.controls.undo_requested.connect(self._on_q_undo)
        self.model_dock.redo_requested.connect(self._on_q_redo)
        self.model_dock.save_requested.connect(self._on_q_save)
        self.model_dock.reset_requested.connect(self._on_q_reset)
        self._build_actions()

        if window.model is not None:
            self._on_model_changed(window.model)
            self._on_rebuilt()
        demo = os.environ.get(DEMO_VARIABLE, "").strip()
        if demo:
            QTimer.singleShot(0, lambda: self.run_demo(demo))

    @guarded
    def size_docks(self) -> None:
        """The window's default dock sizes (``MainWindow.size_docks``), then the canvas fitted to what is left."""
        self.window.size_docks()

    # -- menus -------------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcuts=(), tip: str = "") -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setToolTip(tip or text)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.undo_action = self._action(self.tr("Undo model edit"), self._on_q_undo, ["Ctrl+Alt+Z"],
                                        self.tr("Take back the last change to the model (Ctrl+Alt+Z); "
                                                "Ctrl+Z undoes the drawing"))
        self.redo_action = self._action(self.tr("Redo model edit"), self._on_q_redo,
                                        ["Ctrl+Alt+Shift+Z", "Ctrl+Alt+Y"],
                                        self.tr("Make the undone model change again (Ctrl+Alt+Shift+Z)"))
        self.save_action = self._action(self.tr("Save model as\u2026"), self._on_q_save, (),
                                        self.tr("Write the model, with your edits, to a model file"))
        self.reset_action = self._action(self.tr("Reset to shipped model"), self._on_q_reset, (),
                                         self.tr("Reload the model as shipped (or as in its file); undoable"))
        self.summary_action = self._action(self.tr("Parameter summary\u2026"), self._on_q_summary, (),
                                           self.tr("How many parameters each layer has, and a dense layer's count"))
        self.unpin_action = self._action(self.tr("Unpin inspector"), self._on_q_unpin, ["Esc"],
                                         self.tr("Let the inspector follow the pointer again (Esc)"))
        self.unpin_action.setEnabled(False)      # enabled only while pinned: Esc stays free otherwise
        self.help_action = self._action(self.tr("Inspector and model edits\u2026"), self._on_q_help)
        model_menu = self.window.menu("&Model")
        for action in (self.undo_action, self.redo_action):
            model_menu.addAction(action)
        model_menu.addSeparator()
        for action in (self.save_action, self.reset_action, self.summary_action):
            model_menu.addAction(action)
        view = self.window.menu("&View")
        for dock in (self.inspector_dock, self.filter_dock, self.layers_dock):
            view.addAction(dock.toggleViewAction())
        view.addAction(self.unpin_action)
        self.window.menu("&Help").addAction(self.help_action)
        self._sync_history_ui()

    def _on_palette(self, name: str) -> None:
        """One colour convention everywhere: the inspector and the filter editor take the pipeline's palette."""
        self.filter_editor.set_palette(name)
        self.inspector.set_palette(name, self.pipeline.last_trace)

    def _on_q_undo(self, checked: bool = False) -> None:
        self.undo()

    def _on_q_redo(self, checked: bool = False) -> None:
        self.redo()

    def _on_q_save(self, checked: bool = False) -> None:
        self.save_model_as()

    def _on_q_reset(self, checked: bool = False) -> None:
        self.reset_model()

    def _on_q_unpin(self, checked: bool = False) -> None:
        self.inspector.set_pinned(False)

    @guarded
    def _on_q_summary(self, checked: bool = False) -> None:
        if self.window.model is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Parameters"), summary_text(self.window.model),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._summary_box = box

    def _on_q_help(self, checked: bool = False) -> None:
        text = self.tr(
            "<b>Point</b> at any cell of a map: the Inspector shows its arithmetic, and its receptive field "
            "is outlined on the layer's input (dashed where the filter reaches into zero padding).<br>"
            "<b>Click</b> a cell or a softmax / logit bar to pin it (it follows the pen); click it again "
            "or press <b>Esc</b> to unpin.<br>"
            "<b>Click a filter</b> (the small weights left of a convolution map) to edit it in the Filter editor.<br>"
            "<b>Click a stage's title</b> for its settings in Layers and model.<br><br>"
            "<b>Ctrl+Alt+Z</b> undo model edit, <b>Ctrl+Alt+Shift+Z</b> or <b>Ctrl+Alt+Y</b> redo it "
            "(Ctrl+Z and Ctrl+Shift+Z undo and redo the drawing).<br>"
            "Model menu: Save model as\u2026, Reset to shipped model, Parameter summary.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Inspector and model edits"), text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self._help_box = box

    # -- pointing ----------------------------------------------------------------------------------
    def hit_test(self, scene_pos: QPointF) -> Hit | None:
        """What is under a point of the pipeline's scene."""
        result = self.pipeline.result
        if result is not None and result.sceneBoundingRect().contains(scene_pos):
            bar = result.bar_at(result.mapFromScene(scene_pos))
            return Hit("class", bar[0], (bar[1],)) if bar else None
        for name, panel in self.pipeline.panels.items():
            if panel.title.sceneBoundingRect().contains(scene_pos):
                return Hit("title", name)
            if panel.view.sceneBoundingRect().contains(scene_pos):
                point = panel.view.mapSceneToView(scene_pos)
                return self.hit_mosaic(name, point.y(), point.x())
        return None

    def hit_mosaic(self, name: str, y: float, x: float) -> Hit | None:
        """What is at mosaic pixel (y, x) of a panel: a map cell, a filter block, or nothing (a gap)."""
        panel = self.pipeline.panels[name]
        mosaic = panel.mosaic
        tile = mosaic.layout.tile_at(y, x)
        if tile is None:
            return None
        my, mx, mh, mw = mosaic.map_rect(tile)
        if my <= y < my + mh and mx <= x < mx + mw:
            i, j = int(y - my), int(x - mx)
            flat = (tile * mh + i) * mw + j
            index = tuple(int(v) for v in np.unravel_index(flat, panel.stage.shape))
            return Hit("input" if name == "input" else "cell", name, index)
        lead = mosaic.lead_rect(tile)
        if lead is not None and lead[0] <= y < lead[0] + lead[2] and lead[1] <= x < lead[1] + lead[3]:
            return Hit("filter", name, (tile,))
        return None

    def cell_scene_pos(self, name: str, index) -> QPointF:
        """The scene point at the centre of a cell of a panel (for tests and demos)."""
        y, x, _, _ = self.cell_rect(name, index)
        return self.pipeline.panels[name].view.mapViewToScene(QPointF(x + 0.5, y + 0.5))

    def cell_rect(self, name: str, index) -> tuple[int, int, int, int]:
        """(y, x, 1, 1) in mosaic pixels of cell ``index`` (without the sample) of a panel."""
        panel = self.pipeline.panels[name]
        mosaic = panel.mosaic
        index = tuple(index)[-len(panel.stage.shape):]
        flat = int(np.ravel_multi_index(index, panel.stage.shape))
        mh, mw = mosaic.map_shape
        tile, rest = divmod(flat, mh * mw)
        i, j = divmod(rest, mw)
        my, mx, _, _ = mosaic.map_rect(tile)
        return my + i, mx + j, 1, 1

    def _on_scene_moved(self, pos) -> None:
        self._hover_pos = QPointF(pos)
        if not self._hover_timer.isActive():
            self._hover_timer.start()

    @guarded
    def _apply_hover(self) -> None:
        if self._hover_pos is None:
            return
        hit = self.hit_test(self._hover_pos)
        if hit == self._last_hover:
            return
        self._last_hover = hit
        cursor = Qt.CursorShape.ArrowCursor
        if hit is not None:
            cursor = Qt.CursorShape.CrossCursor if hit.kind == "cell" else (
                Qt.CursorShape.PointingHandCursor if hit.kind in ("filter", "title", "class") else cursor)
        self.pipeline.viewport().setCursor(cursor)
        self.hover(hit)

    def hover(self, hit: Hit | None) -> None:
        trace = self.pipeline.last_trace
        if hit is None or trace is None or self.inspector.pinned:
            return
        if hit.kind == "cell":
            self.inspector.hover_cell(trace, hit.layer, hit.index)
        elif hit.kind == "class":
            self.inspector.hover_class(trace, hit.index[0])

    def _on_scene_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or event.double():
            return
        self.click_at(event.scenePos())

    @guarded
    def click_at(self, scene_pos: QPointF) -> None:
        self.click(self.hit_test(QPointF(scene_pos)))

    def click(self, hit: Hit | None) -> None:
        trace = self.pipeline.last_trace
        if hit is None or trace is None:
            return
        if hit.kind == "cell":
            if self.inspector.pinned and self.inspector.target == ("cell", hit.layer, hit.index):
                self.inspector.set_pinned(False)
            else:
                self.inspector.pin_cell(trace, hit.layer, hit.index)
                self.inspector_dock.raise_()
            self.select_layer(hit.layer, show=False)
        elif hit.kind == "class":
            if self.inspector.pinned and self.inspector.target == ("class", hit.index[0]):
                self.inspector.set_pinned(False)
            else:
                self.inspector.show_class(trace, hit.index[0])
                self.inspector.set_pinned(True)
                self.inspector_dock.raise_()
        elif hit.kind == "filter":
            self.edit_filter(hit.layer, hit.index[0])
        elif hit.kind == "title":     # the title click focuses the stage (stage_focus); the Layers tab follows quietly
            self.select_layer(hit.layer, show=False)

    def pin(self, layer: str, index) -> None:
        """Pin a cell (layer "softmax"/"class"/"logits": a class index) on the current trace."""
        trace = self.pipeline.last_trace
        if layer in ("softmax", "class", "logits"):
            self.inspector.show_class(trace, int(index[0] if np.ndim(index) else index))
            self.inspector.set_pinned(True)
        else:
            self.inspector.pin_cell(trace, layer, tuple(int(v) for v in index))
        self.inspector_dock.raise_()

    def _on_pinned(self, pinned: bool) -> None:
        self.unpin_action.setEnabled(bool(pinned))
        if not pinned:
            self._last_hover = None       # the next pointer move shows what is under it

    # -- following the pen -------------------------------------------------------------------------
    def _inspector_visible(self) -> bool:
        # a tab behind another stays "visible" to Qt (moved off screen): what counts is whether any of it shows
        return self.inspector.isVisible() and not self.inspector.visibleRegion().isEmpty()

    def _on_trace(self, trace) -> None:
        if self.inspector.target is None:
            return
        if not self._inspector_visible():
            self._stale = True
            return
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    @guarded
    def _refresh_inspector(self) -> None:
        self._stale = False
        trace = self.pipeline.last_trace
        target = self.inspector.target
        if trace is None or target is None:
            return
        key = self._inputs_seen(trace, target)
        if key is not None and key == self._last_inputs:
            return                    # the pen drew outside this cell's receptive field: same numbers
        self.inspector.refresh(trace)
        self._last_inputs = key

    def _inputs_seen(self, trace, target) -> tuple | None:
        """What a shown cell depends on: the model and the input values in its receptive field."""
        model = self.pipeline.model
        if target[0] != "cell":
            return (id(model), trace.input[0].tobytes())
        if self._field_cache is None or self._field_cache[:2] != (id(model), target):
            try:
                mask = explain.receptive_field(trace, target[1], target[2]).input_mask
            except explain.ExplainError:
                return None
            self._field_cache = (id(model), target, mask)
        mask = self._field_cache[2]
        return (id(model), target, trace.input[0][:, mask].tobytes())

    def flush(self) -> None:
        """Do a pending inspector refresh now (tests, screenshots)."""
        if self._refresh_timer.isActive() or self._stale:
            self._refresh_timer.stop()
            self._refresh_inspector()

    def _on_inspector_visible(self, visible: bool) -> None:
        if visible and self._stale:
            self._refresh_timer.start()

    # -- overlays ----------------------------------------------------------------------------------
    @guarded
    def _on_rebuilt(self) -> None:
        """New panels: give each an overlay, the padding borders, tooltips; redraw the field."""
        self.overlays = {}
        self._last_hover = None
        model = self.pipeline.model
        if model is None:
            return
        for name, panel in self.pipeline.panels.items():
            overlay = RegionOverlay()
            panel.view.addItem(overlay, ignoreBounds=True)
            self.overlays[name] = overlay
        self._draw_padding(model)
        self._set_tooltips(model)
        self._draw_field()

    def _input_panel_of(self, model, k: int) -> str | None:
        """The panel showing the input of layer k (skipping layers without a panel, e.g. identity)."""
        while k > 0:
            name = model.layers[k - 1].name
            if name in self.pipeline.panels:
                return name
            if not (isinstance(model.layers[k - 1], Activation) and model.layers[k - 1].function == "identity"):
                return None
            k -= 1
        return "input"

    def _draw_padding(self, model) -> None:
        pads: dict[str, int] = {}
        for k, layer in enumerate(model.layers):
            if isinstance(layer, Conv2D) and max(layer.padding) > 0:
                name = self._input_panel_of(model, k)
                if name is not None:
                    pads[name] = max(pads.get(name, 0), max(layer.padding))
        for name, p in pads.items():
            panel = self.pipeline.panels[name]
            mosaic = panel.mosaic
            self.overlays[name].set_padding([(mosaic.map_rect(i), p) for i in range(mosaic.count)])
            h, w = mosaic.shape
            panel.view.setRange(QRectF(-p, -p, w + 2 * p, h + 2 * p), padding=0)

    def _set_tooltips(self, model) -> None:
        summary = {p.layer_name: p for p in explain.parameter_counts(model).layers}
        for name, panel in self.pipeline.panels.items():
            stage = panel.stage
            if name == "input":
                text = self.tr("%s: the drawing as the network sees it (0 = paper, 1 = ink)") % stage.title
            else:
                layer = model.layer(name)
                lines = [stage.title]
                params = summary.get(name)
                if params is not None and params.total:
                    lines.append(self.tr("%s parameters: %s") % (f"{params.total:,}", params.formula))
                else:
                    lines.append(self.tr("no parameters"))
                formulas = explain.size_formulas(model, name)
                if formulas:
                    lines.append(self.model_dock.controls.formula_text(formulas))
                if isinstance(layer, Activation):
                    lines.append(self.tr("%s applied to every cell") % layer.function)
                if params is not None and params.comparison:
                    lines.append(params.comparison)
                hints = {Conv2D: self.tr("Point at a map cell for its arithmetic, click to pin; click the filter "
                                         "left of a map to edit it; click this title for the layer's settings."),
                         Pool2D: self.tr("Point at a cell to see the window it pooled; click this title for "
                                         "the layer's settings."),
                         Activation: self.tr("Point at a cell for the sum behind it."),
                         Dense: self.tr("Point at a unit for each input's contribution.")}
                lines.append(hints.get(type(layer), ""))
                text = "\n".join(line for line in lines if line)
            panel.title.setToolTip(text)
            panel.view.setToolTip(text)

    def _on_field(self, field) -> None:
        self._field = field
        self._draw_field()

    @guarded
    def _draw_field(self) -> None:
        shapes = {name: {"field": [], "deeper": [], "outside": [], "cell": []} for name in self.overlays}
        field, model = self._field, self.pipeline.model
        if field is not None and model is not None:
            names = [layer.name for layer in model.layers]
            if field.layer_name in shapes and field.layer_name in names:
                shapes[field.layer_name]["cell"].append(self.cell_rect(field.layer_name, field.index[1:]))
                out_mask = np.zeros(model.shapes()[names.index(field.layer_name)], dtype=bool)
                out_mask[tuple(field.index[1:])] = True
            else:
                out_mask = None
            solid = True
            for region in field.regions:
                layer = model.layer(region.layer_name)
                target = shapes.get(region.input_name)
                if target is not None and region.mask.ndim == 3:
                    target["field" if solid else "deeper"] += self._mask_rects(region.input_name, region.mask)
                    if isinstance(layer, Conv2D) and max(layer.padding) > 0 and out_mask is not None:
                        target["outside"] += self._outside_rects(region.input_name, layer, out_mask, region.mask)
                if isinstance(layer, (Conv2D, Pool2D, Dense)):
                    solid = False
                out_mask = region.mask
        for name, overlay in self.overlays.items():
            overlay.set_field(**shapes[name])

    def _mask_rects(self, name: str, mask: np.ndarray) -> list[tuple[int, int, int, int]]:
        """Bounding rectangle, per map, of the True cells of one sample's mask on a panel."""
        panel = self.pipeline.panels[name]
        maps = panel.stage.maps(mask)
        rects = []
        for tile in np.flatnonzero(maps.any(axis=(1, 2))):
            rows = np.flatnonzero(maps[tile].any(axis=1))
            cols = np.flatnonzero(maps[tile].any(axis=0))
            my, mx, _, _ = panel.mosaic.map_rect(int(tile))
            rects.append((my + int(rows[0]), mx + int(cols[0]), int(rows[-1] - rows[0] + 1),
                          int(cols[-1] - cols[0] + 1)))
        return rects

    def _outside_rects(self, name: str, layer: Conv2D, out_mask: np.ndarray, in_mask: np.ndarray):
        """The whole window (zero padding included) of the field's conv cells, where it leaves the input."""
        hits = out_mask.reshape(out_mask.shape[0], *out_mask.shape[-2:]).any(axis=0) \
            if out_mask.ndim == 3 else None
        if hits is None or not hits.any():
            return []
        (kh, kw), (sh, sw), (ph, pw) = layer.kernel_size, layer.stride, layer.padding
        rows, cols = np.flatnonzero(hits.any(axis=1)), np.flatnonzero(hits.any(axis=0))
        r0, r1 = int(rows[0]) * sh - ph, int(rows[-1]) * sh - ph + kh
        c0, c1 = int(cols[0]) * sw - pw, int(cols[-1]) * sw - pw + kw
        _, h, w = in_mask.shape
        if r0 >= 0 and c0 >= 0 and r1 <= h and c1 <= w:
            return []
        panel = self.pipeline.panels[name]
        rects = []
        for tile in np.flatnonzero(panel.stage.maps(in_mask).any(axis=(1, 2))):
            my, mx, _, _ = panel.mosaic.map_rect(int(tile))
            rects.append((my + r0, mx + c0, r1 - r0, c1 - c0))
        return rects

    # -- layers and filters ------------------------------------------------------------------------
    def select_layer(self, name: str, *, show: bool = True) -> bool:
        """Show the settings of the layer behind a panel (an activation's convolution); raise the dock."""
        model = self.window.model
        if model is None or name == "input":
            return False
        names = [layer.name for layer in model.layers]
        if name not in names:
            return False
        k = names.index(name)
        if isinstance(model.layers[k], Activation) and k > 0:
            name = model.layers[k - 1].name
        if name not in layer_choices(model):
            return False
        self.model_dock.select_layer(name)
        if show:
            self.layers_dock.show()
            self.layers_dock.raise_()
        return True

    def edit_filter(self, layer: str, filter_index: int) -> None:
        self.filter_editor.set_from_model(self.window.model, layer, int(filter_index))
        self.filter_dock.show()
        self.filter_dock.raise_()

    def _sync_filter_editor(self, model) -> None:
        """Show the same filter of the new model if it still exists, else the first conv's first filter."""
        layer, f = self.filter_editor.layer_name, self.filter_editor.filter_index
        convs = [lay for lay in model.layers if isinstance(lay, Conv2D)]
        if not convs:
            return
        names = {lay.name: lay for lay in convs}
        if layer not in names or f >= names[layer].out_channels:
            layer, f = convs[0].name, 0
        self.filter_editor.set_from_model(model, layer, f)

    @guarded
    def _on_weights(self, layer: str, filter_index: int, weights, bias: float) -> None:
        try:
            result = edit.set_filter(self.window.model, layer, filter_index, weights, bias)
        except edit.EditError as exc:
            self.filter_editor.show_hint(engine_text(str(exc)))
            return
        self.apply_edit(result, keep_levels=True)

    @guarded
    def _on_change(self, layer: str, change) -> None:
        model = self.window.model
        try:
            result = edit.apply_change(model, layer, dict(change), rng=self._rng)
        except (edit.EditError, ValueError) as exc:
            controls = self.model_dock.controls
            controls.set_layer(model, layer)          # the knobs go back to the model's settings
            controls.show_error(engine_text(str(exc)))
            self.window.statusBar().showMessage(engine_text(str(exc)), 15000)
            return
        self.apply_edit(result, keep_levels=False)
        self.model_dock.select_layer(layer)
        self.model_dock.controls.show_notes(result.notes, undo_available=self.history.can_undo)

    def apply_edit(self, result: edit.EditResult, *, keep_levels: bool, source: str | None = None) -> None:
        """Show an edited model (the drawing kept) and record it in the history."""
        levels = self._grown_levels(result.model) if keep_levels else None
        label = result.notes[0] if result.notes else self.tr("edit")
        self._show_model(result.model, levels, source)
        self.history.push(result.model, self.pipeline.levels, label, result.notes)
        self._sync_history_ui()
        message = "; ".join(engine_text(note) for note in result.notes)
        if result.reinitialised:
            message = "\u26a0 " + message
        self.window.statusBar().showMessage(message, 20000 if result.reinitialised else 8000)

    def _grown_levels(self, model) -> dict[str, float]:
        """The levels shown now, each raised (never lowered) to what the edited model needs."""
        old = dict(self.pipeline.levels)
        try:
            key = tuple(model.input_shape)
            if key not in self._examples:
                self._examples[key] = example_inputs(model)
            fresh = calibrate_levels(model, self._examples[key])
        except Exception:             # noqa: BLE001 - keep the old levels rather than fail the edit
            log.exception("calibration after an edit failed")
            return old
        return {k: max(old.get(k, 0.0), v) for k, v in fresh.items()}

    def _show_model(self, model, levels, source: str | None = None) -> None:
        self._applying = True
        try:
            self.window.set_model(model, source or self.window.model_source, levels=levels)
        finally:
            self._applying = False

    # -- training ----------------------------------------------------------------------------------
    def training_started(self, model) -> None:
        """A training run starts on the model shown, and will change its weights in place: the history
        keeps a copy of it, so the weights from before the run stay there (an undo during or after the run
        restores them exactly). The weight copies shown while it trains make no entries."""
        entry = self.history.current
        if entry is not None and entry.model is model:
            self.history.detach_current()

    def training_finished(self, model, label: str, source: str | None = None) -> bool:
        """A training run changed the weights of ``model``: if it is still the model shown, show it with
        levels calibrated for the learned weights and make the whole run one undoable entry (``label``).
        False if another model is shown by now (opened, edited or undone to during the run)."""
        if self.window.model is not model:
            return False
        if source and self.base_source == self.window.model_source:
            self.base_source = source         # a network trained from scratch is named without " (training)"
        self.apply_edit(edit.EditResult(model, (label,)), keep_levels=False, source=source)
        return True

    # -- history -----------------------------------------------------------------------------------
    @guarded
    def undo(self) -> bool:
        label = self.history.undo_label
        entry = self.history.undo()
        if entry is None:
            self.window.statusBar().showMessage(self.tr("No model edit to undo."), 4000)
            return False
        self._show_model(entry.model, entry.levels or None)
        self._sync_history_ui()
        label = engine_text(label)        # the engine's note of the edit undone (or a label said in the interface)
        self.model_dock.controls.show_notes([self.tr("Undone: %s") % label], undo_available=self.history.can_undo)
        self.window.statusBar().showMessage(self.tr("Undone: %s") % label, 8000)
        return True

    @guarded
    def redo(self) -> bool:
        entry = self.history.redo()
        if entry is None:
            self.window.statusBar().showMessage(self.tr("No model edit to redo."), 4000)
            return False
        self._show_model(entry.model, entry.levels or None)
        self._sync_history_ui()
        self.model_dock.controls.show_notes([self.tr("Redone: %s") % engine_text(entry.label)] + list(entry.notes[1:]),
                                            undo_available=self.history.can_undo)
        self.window.statusBar().showMessage(self.tr("Redone: %s") % "; ".join(
            map(engine_text, entry.notes or (entry.label,))), 8000)
        return True

    def _sync_history_ui(self) -> None:
        h = self.history
        self.undo_action.setEnabled(h.can_undo)
        self.redo_action.setEnabled(h.can_redo)
        undo_label, redo_label = engine_text(h.undo_label), engine_text(h.redo_label)
        self.undo_action.setText(self.tr("Undo model edit: %s") % _short(undo_label) if h.can_undo
                                 else self.tr("Undo model edit"))
        self.redo_action.setText(self.tr("Redo model edit: %s") % _short(redo_label) if h.can_redo
                                 else self.tr("Redo model edit"))
        self.model_dock.set_history(h.can_undo, h.can_redo, undo_label, redo_label)
        edits = h.position
        self.model_dock.history_label.setText(
            self.tr("%n model edit(s) since it was opened; Ctrl+Alt+Z undoes, Ctrl+Alt+Shift+Z redoes.", "", edits)
            if edits > 0 else self.tr("The model as opened: no edits yet."))

    @guarded
    def reset_model(self) -> bool:
        """Reload the model this history started from (a shipped model, or its file); undoable."""
        source = self.base_source or self.window.model_source
        if not source:
            return False
        try:
            model = load_model(source)
        except Exception as exc:      # noqa: BLE001 - a file may have gone: say so, keep the model
            self.window.show_error(self.tr("Could not reset to %s: %s. The model shown is kept.")
                                   % (source, engine_text(str(exc))), dialog=True)
            return False
        note = self.tr("reset to %s as shipped") % source if Path(source).suffix == "" else \
            self.tr("reset to %s as saved in its file") % source
        self.apply_edit(edit.EditResult(model, (note,)), keep_levels=False)
        self.model_dock.controls.show_notes([note], undo_available=self.history.can_undo)
        return True

    def save_model_as(self) -> Path | None:
        if self.window.model is None:
            return None
        model = self.window.model
        default = Path.home() / f"{model.name or 'model'}-edited.json"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save model as"), str(default),
                                              self.tr("cnnviz models (*.json);;All files (*)"))
        saved = self.save_to(path) if path else None
        if saved is not None:         # from now on the model is that file's (the history still reaches back)
            self.window.adopt_model_file(saved)
        return saved

    def save_to(self, path) -> Path | None:
        """Write the current model to a model file; on failure say why, keep everything, return None."""
        try:
            saved = save_model(self.window.model, path)
        except Exception as exc:      # noqa: BLE001 - a full disk or a read-only folder must not lose the edits
            self.window.show_error(self.tr("Could not save the model to %s: %s. Nothing was lost: the edited "
                                           "model is still open.") % (path, engine_text(str(exc))), dialog=True)
            return None
        self.window.statusBar().showMessage(self.tr("Saved the model to %s") % saved, 8000)
        return saved

    # -- model changes -----------------------------------------------------------------------------
    @guarded
    def _on_model_changed(self, model) -> None:
        self._field_cache = self._last_inputs = None
        if not self._applying:        # opened from outside (chooser, file, training): a new history
            self.history.reset(model, self.pipeline.levels, self.tr("opened"))
            self.base_source = self.window.model_source
        self.model_dock.set_model(model)
        self._sync_filter_editor(model)
        self._sync_history_ui()

    # -- screenshots -------------------------------------------------------------------------------
    @guarded
    def _grow_inspector_for_demo(self) -> None:
        self.window.show_dock(self.inspector_dock, height_share=DEMO_INSPECTOR_SHARE)

    @guarded
    def run_demo(self, spec: str) -> None:
        """Run ``CNNVIZ_DEMO`` actions, e.g. "pin:conv1:0:12:8;filter:conv1:1" (see the module doc)."""
        for part in filter(None, (p.strip() for p in spec.split(";"))):
            words = part.split(":")
            if words[0] == "pin" and len(words) >= 3:
                self.pin(words[1], tuple(int(v) for v in words[2:]))
                # a screenshot of the arithmetic: the inspector gets room (after the window's first layout)
                QTimer.singleShot(300, self._grow_inspector_for_demo)
            elif words[0] == "filter" and len(words) == 3:
                self.edit_filter(words[1], int(words[2]))
            elif words[0] == "layer" and len(words) == 2:
                self.select_layer(words[1], show=True)
            else:
                raise ValueError(f"{DEMO_VARIABLE}: cannot read {part!r}")


def _scrolled(widget) -> QScrollArea:
    """A widget in a frameless scroll area, so a low dock strip never forces the window taller."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"
