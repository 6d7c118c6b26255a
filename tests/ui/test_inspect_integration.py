"""Issue 5 in the real window: the inspector on the pipeline, receptive fields, the filter editor,
layer controls with the size formula, the model edit history, save / reset, and robustness."""
import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from cnnviz.engine import load_model, ops, shipped_models
from cnnviz.analysis import explain
from cnnviz.ui.inspect import Hit

from .test_window import draw_circle, draw_cross, settle

needs_ox_cnn = pytest.mark.skipif("ox-cnn" not in shipped_models(), reason="ox-cnn is not shipped")


@pytest.fixture
def window(make_window, qtbot):
    w = make_window("lecture-ox", size=(1600, 1000))
    w.pipeline._relayout_if_needed()
    draw_circle(qtbot, w.canvas)
    settle(qtbot, w)
    w.pipeline.repaint_now()
    return w


def weights_of(model):
    return [(layer.name, key, value.copy()) for layer, key, value in model.parameters()]


def assert_same_weights(a, b):
    wa, wb = weights_of(a), weights_of(b)
    assert [(n, k) for n, k, _ in wa] == [(n, k) for n, k, _ in wb]
    for (_, _, x), (_, _, y) in zip(wa, wb):
        np.testing.assert_array_equal(x, y)


def hover_cell(window, layer, index):
    c = window.inspect
    hit = c.hit_test(c.cell_scene_pos(layer, index))
    assert hit == Hit("cell", layer, tuple(index))
    c.hover(hit)
    return c.inspector.explanation


# -- inspector on the pipeline -----------------------------------------------------------------------

@pytest.mark.parametrize("layer", ["conv1", "relu1", "pool1"])
def test_hovering_a_mosaic_pixel_explains_that_cell_with_the_engines_value(window, layer):
    trace = window.session.trace
    rng = np.random.default_rng(3)
    shape = trace[layer].shape[1:]
    for _ in range(5):
        index = tuple(int(rng.integers(0, n)) for n in shape)
        result = hover_cell(window, layer, index)
        assert window.inspect.inspector.target == ("cell", layer, index)
        engine = float(trace[layer][(0,) + index])
        if layer == "relu1":
            assert isinstance(result, explain.ConvCell)
            shown = result.activation.output_value
        else:
            shown = result.value
        assert shown == pytest.approx(engine, abs=1e-5)
        assert result.matches_engine


def test_real_pointer_moves_and_clicks_reach_the_inspector(window, qtbot):
    c = window.inspect
    view = window.pipeline
    qtbot.wait(600)         # the window settles first (the canvas square, the docks): then the cell stays put
    point = view.mapFromScene(c.cell_scene_pos("conv1", (1, 10, 7)))
    qtbot.mouseMove(view.viewport(), point)
    qtbot.waitUntil(lambda: c.inspector.target == ("cell", "conv1", (1, 10, 7)), timeout=2000)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert c.inspector.pinned
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not c.inspector.pinned


def test_a_pinned_cell_stays_while_drawing_and_follows_the_new_trace(window, qtbot):
    c = window.inspect
    index = (0, 12, 8)
    c.click(Hit("cell", "conv1", index))
    assert c.inspector.pinned and c.unpin_action.isEnabled()
    c.hover(Hit("cell", "conv1", (1, 3, 3)))                      # pointing elsewhere does not move a pin
    assert c.inspector.target == ("cell", "conv1", index)
    for draw in (draw_cross, draw_circle):
        draw(qtbot, window.canvas)
        trace = settle(qtbot, window)
        c.flush()
        assert c.inspector.target == ("cell", "conv1", index)
        assert c.inspector.explanation.value == pytest.approx(float(trace["conv1"][(0,) + index]), abs=1e-5)
    c.click(Hit("cell", "conv1", index))                          # clicking it again unpins
    assert not c.inspector.pinned


def test_clicking_a_softmax_bar_explains_that_class(window):
    c = window.inspect
    result = window.pipeline.result
    rows = [(rect, k) for rect, group, k in result.bar_rows if group == "softmax"]
    assert len(rows) == 2
    rect, k = rows[1]
    c.click_at(result.mapToScene(rect.center()))
    assert c.inspector.target == ("class", k) and c.inspector.pinned
    trace = window.session.trace
    np.testing.assert_allclose(c.inspector.softmax.probabilities, trace.probabilities[0], rtol=1e-5)
    dense = c.inspector.explanation
    assert dense.value == pytest.approx(float(trace.logits[0, k]), abs=1e-5)
    assert dense.contributions.sum() + dense.bias == pytest.approx(dense.value, abs=1e-5)
    logits = [(rect, k) for rect, group, k in result.bar_rows if group == "logits"]
    c.inspector.set_pinned(False)
    c.hover(c.hit_test(result.mapToScene(logits[0][0].center())))
    assert c.inspector.target == ("class", 0)


def test_the_receptive_field_is_outlined_on_the_layers_input(window):
    c = window.inspect
    c.pin("conv1", (0, 12, 8))
    mosaic = window.pipeline.panels["input"].mosaic
    y, x, _, _ = mosaic.map_rect(0)
    assert c.overlays["input"].field_rects == [(y + 12, x + 8, 3, 3)]
    assert c.overlays["conv1"].cell_rects == [c.cell_rect("conv1", (0, 12, 8))]
    # a pooled cell of lecture-ox: a 13 x 13 quadrant of relu1, and deeper down the input
    c.pin("pool1", (1, 1, 0))
    relu = window.pipeline.panels["relu1"].mosaic
    y, x, _, _ = relu.map_rect(1)
    assert c.overlays["relu1"].field_rects == [(y + 13, x, 13, 13)]
    assert c.overlays["input"].deeper_rects or c.overlays["input"].field_rects
    c.inspector.clear()
    assert all(not o.field_rects and not o.cell_rects for o in c.overlays.values())


def test_stage_titles_carry_parameter_counts_and_the_size_formula(window):
    c = window.inspect
    tip = window.pipeline.panels["conv1"].title.toolTip()
    assert "20 parameters" in tip and "out = floor((n + 2p - k) / s) + 1 = floor((28 + 0 - 3) / 1) + 1 = 26" in tip
    assert "no parameters" in window.pipeline.panels["pool1"].title.toolTip()
    text = c.model_dock.summary.text()
    assert "= 38 parameters" in text and "1,570" in text


# -- filter editor -----------------------------------------------------------------------------------

def test_a_filter_click_opens_it_and_a_weight_edit_changes_the_map_as_conv2d_predicts(window, qtbot):
    c = window.inspect
    levels = dict(window.pipeline.levels)
    c.click(Hit("filter", "conv1", (1,)))
    editor = c.filter_editor
    assert (editor.layer_name, editor.filter_index) == ("conv1", 1)
    assert editor.set_cell_text(1, 1, "2.5")
    trace = settle(qtbot, window)
    layer = window.model.layer("conv1")
    assert layer.weight[1, 0, 1, 1] == pytest.approx(2.5)
    expected = ops.conv2d(trace.input, layer.weight, layer.bias)
    np.testing.assert_allclose(trace["conv1"], expected, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(window.pipeline.panels["conv1"].values, expected[0], rtol=1e-5, atol=1e-5)
    for key, value in levels.items():          # colours do not jump: levels only ever grow on filter edits
        assert window.pipeline.levels[key] >= value
    assert window.inspect.history.can_undo
    assert not editor.set_cell_text(0, 0, "abc")       # refused with a hint, nothing applied
    assert "not a number" in editor.hint_text
    assert len(c.history) == 2


# -- layer controls ----------------------------------------------------------------------------------

def formula_out(n, k, s=1, p=0):
    return (n + 2 * p - k) // s + 1


@pytest.mark.parametrize("widget, value, check", [
    ("padding", 2, lambda m: m.layer("conv1").padding == (2, 2)),
    ("stride", 2, lambda m: m.layer("conv1").stride == (2, 2)),
    ("kernel", 5, lambda m: m.layer("conv1").kernel_size == (5, 5)),
])
def test_conv_controls_rebuild_the_pipeline_with_the_formulas_shapes(window, widget, value, check):
    c = window.inspect
    assert c.select_layer("conv1")
    getattr(c.model_dock.controls, widget).setValue(value)
    layer = window.model.layer("conv1")
    assert check(window.model)
    out = formula_out(28, layer.kernel_size[0], layer.stride[0], layer.padding[0])
    assert window.pipeline.panels["conv1"].stage.shape == (2, out, out)
    assert window.live.last_trace["conv1"].shape == (1, 2, out, out)
    assert f"= {out}" in c.model_dock.controls.formula()
    assert f"= {out}" in window.pipeline.panels["conv1"].title.toolTip()
    assert c.model_dock.controls.notes_text


def test_padding_is_drawn_as_a_zero_border_and_a_border_cell_shows_its_window(window):
    c = window.inspect
    c.select_layer("conv1")
    c.model_dock.controls.padding.setValue(1)
    overlay = c.overlays["input"]
    mosaic = window.pipeline.panels["input"].mosaic
    assert overlay.padding_bands == [(mosaic.map_rect(0), 1)]
    c.pin("conv1", (0, 0, 0))
    y, x, _, _ = mosaic.map_rect(0)
    assert overlay.outside_rects == [(y - 1, x - 1, 3, 3)]      # the window reaches one cell into the padding
    assert overlay.field_rects == [(y, x, 2, 2)]
    assert c.inspector.explanation.touches_padding


def test_pool_mode_flip_and_similarity_changes(window):
    c = window.inspect
    c.select_layer("pool1")
    controls = c.model_dock.controls
    controls.mode.setCurrentIndex(controls.mode.findData("avg"))
    assert window.model.layer("pool1").mode == "avg"
    trace = window.live.last_trace
    np.testing.assert_allclose(trace["pool1"], ops.adaptive_pool2d(trace["relu1"], (2, 2), "avg"), rtol=1e-6)
    c.select_layer("conv1")
    original = window.model.layer("conv1").weight.copy()
    controls.operation.setCurrentIndex(1)
    layer = window.model.layer("conv1")
    assert layer.flip
    trace = window.live.last_trace
    np.testing.assert_allclose(trace["conv1"], ops.conv2d(trace.input, original[:, :, ::-1, ::-1], layer.bias),
                               rtol=1e-5, atol=1e-5)
    controls.similarity.setCurrentIndex(controls.similarity.findData("cosine"))
    assert window.model.layer("conv1").similarity == "cosine"
    assert "cosine" in controls.notes_text


def test_invalid_layer_edits_are_refused_and_change_nothing(window):
    c = window.inspect
    before = window.model
    c.select_layer("conv1")
    c.model_dock.controls.kernel.setValue(40)
    assert window.model is before
    assert "does not fit" in c.model_dock.controls.error_text
    assert c.model_dock.controls.kernel.value() == 3             # the knob goes back
    assert "does not fit" in window.statusBar().currentMessage()
    assert not c.history.can_undo


@needs_ox_cnn
def test_an_inconsistent_change_reinitialises_dense_visibly_and_undo_restores_exactly(make_window, qtbot):
    window = make_window("ox-cnn", size=(1600, 1000))
    c = window.inspect
    before = window.model
    snapshot = weights_of(before)
    c.select_layer("conv1")
    c.model_dock.controls.padding.setValue(1)
    assert window.model.layer("dense").in_features == 16 * 6 * 6
    assert "re-initialised" in c.model_dock.controls.notes_text
    assert "re-initialised" in window.statusBar().currentMessage()
    assert c.undo_action.isEnabled() and "padding" in c.undo_action.text()
    c.undo_action.trigger()
    assert window.model is before
    for (_, _, x), (_, _, y) in zip(snapshot, weights_of(window.model)):
        np.testing.assert_array_equal(x, y)
    assert window.pipeline.panels["conv1"].stage.shape == (8, 26, 26)
    c.redo_action.trigger()
    assert window.model.layer("dense").in_features == 576
    c.undo()
    assert window.model is before


# -- history, files ----------------------------------------------------------------------------------

def test_save_then_open_gives_the_same_weights_and_a_failed_save_loses_nothing(window, tmp_path):
    c = window.inspect
    c.filter_editor.set_from_model(window.model, "conv1", 0)
    c.filter_editor.apply_preset("sobel_x")
    edited = window.model
    path = c.save_to(tmp_path / "edited.json")
    assert path is not None and path.exists()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert c.save_to(blocker / "model.json") is None
    assert window.model is edited
    assert "Could not save" in window.statusBar().currentMessage()
    assert window.load_model(str(path))
    assert_same_weights(window.model, edited)
    assert not c.history.can_undo                                # a newly opened model starts a new history


def test_save_as_makes_the_file_the_model_source_and_the_next_start_reopens_it(window, settings, qtbot,
                                                                                 tmp_path, monkeypatch):
    """After Model -> Save model as... the chooser shows the file and the settings remember it (as after opening
    a file), while the model, its panels, the drawing, the pinned cell and the edit history stay; a new window
    on the same settings opens the file with the edited weights; Reset still goes back to the shipped model."""
    from PySide6.QtWidgets import QFileDialog
    from cnnviz.ui.window import MainWindow
    c = window.inspect
    c.pin("conv1", (0, 12, 8))
    c.filter_editor.set_from_model(window.model, "conv1", 0)
    c.filter_editor.apply_preset("sobel_x")
    edited, panels, strokes = window.model, dict(window.pipeline.panels), window.canvas.strokes()
    target = tmp_path / "mine.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), "")))
    with qtbot.assertNotEmitted(window.modelChanged), qtbot.assertNotEmitted(window.pipeline.rebuilt):
        assert c.save_model_as() == target
    assert window.model_source == str(target)
    assert window.model_combo.currentText() == str(target)
    assert window.model_combo.itemText(window.model_combo.count() - 1) == window.open_file_item
    assert settings.value("model", "", type=str) == str(target)
    assert "Saved the model" in window.statusBar().currentMessage()
    assert window.model is edited and window.pipeline.panels == panels and window.canvas.strokes() == strokes
    assert c.inspector.pinned and c.inspector.target == ("cell", "conv1", (0, 12, 8))
    assert c.history.can_undo and c.undo_action.isEnabled()
    again = MainWindow(None, settings=settings)
    qtbot.addWidget(again)
    assert again.model_source == str(target) and again.model_combo.currentText() == str(target)
    assert_same_weights(again.model, edited)
    # reset: back to the model the history started from (shipped), undoable; the file stays the source
    assert c.reset_model()
    assert_same_weights(window.model, load_model("lecture-ox"))
    assert "as shipped" in c.model_dock.controls.notes_text
    assert window.model_source == str(target)
    c.undo()
    assert window.model is edited


def test_a_failed_or_cancelled_save_as_changes_no_model_source(window, settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    c = window.inspect
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    for answer in (str(blocker / "model.json"), ""):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (answer, "")))
        assert c.save_model_as() is None
        assert window.model_source == "lecture-ox" and window.model_combo.currentText() == "lecture-ox"
        assert window.model_combo.findText(str(blocker / "model.json")) < 0
        assert settings.value("model", "", type=str) in ("", "lecture-ox")
    assert "Could not save" in window.statusBar().currentMessage()


def test_reset_restores_the_shipped_model_and_is_undoable(window):
    c = window.inspect
    c.filter_editor.set_from_model(window.model, "conv1", 1)
    c.filter_editor.apply_preset("zero")
    edited = window.model
    assert not np.any(edited.layer("conv1").weight[1])
    assert c.reset_model()
    assert_same_weights(window.model, load_model("lecture-ox"))
    c.undo()
    assert window.model is edited


def test_model_menu_and_help_list_the_actions(window):
    c = window.inspect
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Model" in titles and "&View" in titles and "&Help" in titles
    model_menu = window.menu("&Model")
    texts = [a.text() for a in model_menu.actions()]
    assert any(t.startswith("Undo model edit") for t in texts) and "Reset to shipped model" in texts
    assert c.undo_action.shortcut().toString() == "Ctrl+Alt+Z"
    assert c.help_action in window.menu("&Help").actions()


# -- robustness and screenshots --------------------------------------------------------------------

def test_exceptions_in_handlers_are_shown_not_raised(window, monkeypatch):
    c = window.inspect

    def broken(*args, **kwargs):
        raise RuntimeError("boom")
    monkeypatch.setattr(c.inspector, "pin_cell", broken)
    c.click_at(c.cell_scene_pos("conv1", (0, 1, 1)))
    assert "boom" in window.statusBar().currentMessage()
    c.click_at(QPointF(-1000, -1000))                              # nothing there: nothing happens
    c.edits._on_q_weights("conv1", 0, np.zeros((5, 5)), 0.0)               # a wrong shape: a hint, no crash
    assert "expected" in c.filter_editor.hint_text


def test_demo_hook_pins_a_cell_or_a_class(window):
    c = window.inspect
    c.run_demo("pin:conv1:0:12:8")
    assert c.inspector.target == ("cell", "conv1", (0, 12, 8)) and c.inspector.pinned
    c.run_demo("pin:softmax:1; layer:pool1")
    assert c.inspector.target == ("class", 1) and c.model_dock.layer_name == "pool1"
    c.run_demo("nonsense")
    assert "cannot read" in window.statusBar().currentMessage()


def test_hover_is_throttled_to_the_frame_timer(window, qtbot):
    c = window.inspect
    calls = []
    original = c.pointing.hover
    c.pointing.hover = lambda hit: (calls.append(hit), original(hit))
    for k in range(20):
        c.pointing._on_scene_moved(c.cell_scene_pos("conv1", (0, 5, k)))
    qtbot.waitUntil(lambda: bool(calls), timeout=1000)
    qtbot.wait(40)
    assert len(calls) == 1                                         # one hit test for the burst, on the latest point
    assert calls[0] == Hit("cell", "conv1", (0, 5, 19))



# -- the pinned cell when the model changes (issue 11: no traceback from a cell that no longer exists) ----

def shown_cell_rects(c, layer):
    return c.overlays[layer].cell_rects


@pytest.fixture
def ox_window(make_window, qtbot):
    """ox-cnn with a circle drawn."""
    window = make_window("ox-cnn")
    draw_circle(qtbot, window.canvas)
    settle(qtbot, window)
    return window


@needs_ox_cnn
def test_switching_models_keeps_a_pinned_cell_that_still_exists(window, qtbot, caplog):
    c = window.inspect
    c.pin("conv1", (1, 12, 8))
    window.load_model("ox-cnn")                     # conv1 has 8 maps of 26 x 26 there: the cell exists
    settle(qtbot, window)
    c.flush()
    assert c.inspector.pinned and c.inspector.target == ("cell", "conv1", (1, 12, 8))
    assert window.session.pinned == ("cell", "conv1", (1, 12, 8))
    assert c.inspector.explanation.value == pytest.approx(float(window.session.trace["conv1"][0, 1, 12, 8]), abs=1e-5)
    assert shown_cell_rects(c, "conv1") == [c.cell_rect("conv1", (1, 12, 8))]
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


@needs_ox_cnn
def test_switching_to_a_model_without_the_pinned_layer_unpins_and_says_so(ox_window, qtbot, caplog):
    window = ox_window
    c = window.inspect
    c.pin("conv2", (5, 3, 3))
    window.load_model("lecture-ox")
    settle(qtbot, window)
    c.flush()
    assert not c.inspector.pinned and c.inspector.target is None and window.session.pinned is None
    assert "no longer exists" in c.inspector.text()
    assert all(not overlay.cell_rects for overlay in c.overlays.values())
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    assert "Could not" not in window.statusBar().currentMessage()


@needs_ox_cnn
def test_a_pinned_pool_cell_moves_with_a_new_pool_window(ox_window, qtbot, caplog):
    window = ox_window
    c = window.inspect
    c.pin("pool1", (3, 12, 6))                      # the bottom row of 13
    c.model_dock.controls.change_requested.emit("pool1", {"size": 3, "stride": 3})
    settle(qtbot, window)
    c.flush()
    assert window.model.layer("pool1").size == (3, 3)
    assert c.inspector.pinned and c.inspector.target == ("cell", "pool1", (3, 7, 4))    # the bottom row of 8
    assert shown_cell_rects(c, "pool1") == [c.cell_rect("pool1", (3, 7, 4))]
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    c.undo()
    settle(qtbot, window)
    c.flush()
    assert c.inspector.target == ("cell", "pool1", (3, 12, 7)) and c.inspector.pinned
