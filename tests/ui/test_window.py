"""The live window: drawing, the panels against the engine's trace, editing, models, robustness."""
import json

import numpy as np
import pytest
from PySide6.QtCore import QByteArray, QPoint, Qt

from cnnviz.data.preprocess import to_network_input
from cnnviz.engine import load_model, shipped_models

HAS_OX_CNN = "ox-cnn" in shipped_models()
needs_ox_cnn = pytest.mark.skipif(not HAS_OX_CNN, reason="ox-cnn is not shipped yet")


def page_point(canvas, u, v):
    """Widget point at fraction (u, v) of the drawing page."""
    rect = canvas._page_rect()
    return QPoint(int(rect.x() + u * rect.width()), int(rect.y() + v * rect.height()))


def drag(qtbot, canvas, points):
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=page_point(canvas, *points[0]))
    for p in points[1:]:
        qtbot.mouseMove(canvas, page_point(canvas, *p))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=page_point(canvas, *points[-1]))


def draw_circle(qtbot, canvas, radius=0.32, steps=60):
    angles = np.linspace(0, 2 * np.pi * 1.05, steps)
    drag(qtbot, canvas, [(0.5 + radius * np.cos(a), 0.5 + radius * np.sin(a)) for a in angles])


def draw_cross(qtbot, canvas, half=0.3, steps=25):
    t = np.linspace(-half, half, steps)
    drag(qtbot, canvas, [(0.5 + s, 0.5 + s) for s in t])
    drag(qtbot, canvas, [(0.5 - s, 0.5 + s) for s in t])


def settle(qtbot, window):
    """Wait for the throttled run to happen, then return its trace."""
    qtbot.waitUntil(lambda: not window.live.pending, timeout=2000)
    return window.live.last_trace


def expected_trace(window):
    model = window.model
    _, h, w = model.input_shape
    return model.forward(to_network_input(window.canvas.image_array(), (h, w), crop=bool(model.preprocess.get("crop"))))


def assert_panels_match(window, trace):
    values = window.pipeline.panel_values()
    assert set(values) >= {"input"}
    np.testing.assert_array_equal(values["input"], trace.input[0])
    for name, shown in values.items():
        if name != "input":
            np.testing.assert_allclose(shown, trace[name][0].reshape(shown.shape), rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(window.pipeline.result.probabilities, trace.probabilities[0], rtol=1e-6)
    np.testing.assert_allclose(window.pipeline.result.logits, trace.logits[0], rtol=1e-6)


@needs_ox_cnn
def test_a_drawn_circle_is_a_circle_and_a_cross_a_cross(make_window, qtbot):
    window = make_window("ox-cnn")
    draw_circle(qtbot, window.canvas)
    assert settle(qtbot, window).label == "circle"
    assert window.pipeline.result.predicted == "circle"
    window.canvas.clear()
    draw_cross(qtbot, window.canvas)
    assert settle(qtbot, window).label == "cross"
    assert window.pipeline.result.predicted == "cross"


@pytest.mark.parametrize("model", ["lecture-ox", pytest.param("ox-cnn", marks=needs_ox_cnn)])
def test_panels_show_exactly_the_engines_trace(make_window, qtbot, model):
    window = make_window(model)
    draw_circle(qtbot, window.canvas)
    settle(qtbot, window)
    trace = expected_trace(window)
    assert_panels_match(window, trace)
    assert trace.input[0].max() > 0.5


def test_clear_resets_every_panel_and_undo_redo_restore(make_window, qtbot):
    window = make_window()
    blank = window.canvas.image_array()
    draw_cross(qtbot, window.canvas)
    drawn = window.canvas.image_array()
    settle(qtbot, window)
    window.clear_action.trigger()
    settle(qtbot, window)
    np.testing.assert_array_equal(window.canvas.image_array(), blank)
    assert not window.pipeline.panel_values()["input"].any()
    assert_panels_match(window, expected_trace(window))
    window.undo_action.trigger()
    np.testing.assert_array_equal(window.canvas.image_array(), drawn)
    window.redo_action.trigger()
    np.testing.assert_array_equal(window.canvas.image_array(), blank)
    window.undo_action.trigger()
    window.undo_action.trigger()                  # the second stroke of the cross
    assert len(window.canvas.strokes()) == 1
    settle(qtbot, window)
    assert_panels_match(window, expected_trace(window))


def test_keyboard_shortcuts(make_window, qtbot):
    window = make_window()
    draw_cross(qtbot, window.canvas)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.canvas.strokes()) == 1
    qtbot.keyClick(window.canvas, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(window.canvas.strokes()) == 2
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.canvas.strokes()) == 2
    qtbot.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert window.canvas.is_blank()


def test_examples_are_replayed_as_strokes(make_window, qtbot):
    window = make_window()
    window.example_cross_action.trigger()
    assert len(window.canvas.strokes()) == 2 and all(len(s) > 2 for s in window.canvas.strokes())
    settle(qtbot, window)
    assert_panels_match(window, expected_trace(window))
    window.example_circle_action.trigger()
    assert len(window.canvas.strokes()) == 1
    window.canvas.undo()                         # one step back: the cross again
    assert len(window.canvas.strokes()) == 2


def test_switching_model_rebuilds_the_panels(make_window, qtbot, tmp_path):
    from cnnviz.engine import save_model
    from tests.viz.test_viz import ox_cnn_like
    window = make_window("lecture-ox")
    assert list(window.pipeline.panels) == ["input", "conv1", "relu1", "pool1"]
    path = save_model(ox_cnn_like(), tmp_path / "he.json")
    draw_circle(qtbot, window.canvas)
    assert window.load_model(str(path))
    stages = ["input", "conv1", "relu1", "pool1", "conv2", "relu2", "pool2"]
    assert [stage.name for stage in window.pipeline.stages] == stages
    shown = list(window.pipeline.panels)          # those with room at a readable size; a note names the others
    assert shown == stages[:len(shown)] and len(shown) >= 5
    assert (window.pipeline.collapsed_note.names if len(shown) < len(stages) else []) == stages[len(shown):]
    assert window.pipeline.panels["conv2"].values.shape == (16, 11, 11)
    assert_panels_match(window, expected_trace(window))
    assert window.model_combo.currentText() == str(path)


def test_a_malformed_model_file_keeps_the_old_model_with_a_message(make_window, qtbot, tmp_path):
    window = make_window("lecture-ox")
    model = window.model
    bad = tmp_path / "bad.json"
    data = json.loads((load_model.__globals__["models_dir"]() / "lecture-ox.json").read_text())
    data["layers"][0]["weight"] = [[1, 2]]
    bad.write_text(json.dumps(data))
    assert not window.load_model(str(bad))
    assert window.model is model
    assert "weight" in window.statusBar().currentMessage() and "bad.json" in window.statusBar().currentMessage()
    assert window._message_box.isVisible()
    window._message_box.close()
    (tmp_path / "junk.json").write_text("{not json")
    assert not window.load_model(str(tmp_path / "junk.json"))
    assert window.model is model and list(window.pipeline.panels)[-1] == "pool1"


def test_coalescing_runs_the_pipeline_about_once_per_frame_and_ends_on_the_last_drawing(make_window, qtbot):
    window = make_window()
    settle(qtbot, window)
    before = window.live.runs
    canvas = window.canvas
    canvas.begin_stroke(40, 40)
    for i in range(500):                        # a burst of pen events, faster than any frame
        canvas.extend_stroke(40 + i * 0.4, 40 + i * 0.3)
    canvas.end_stroke()
    assert window.live.runs - before <= 2
    trace = settle(qtbot, window)
    assert window.live.runs - before <= 3
    np.testing.assert_array_equal(trace.input, expected_trace(window).input)
    assert_panels_match(window, trace)


def test_the_throttle_fires_while_the_pen_keeps_moving(make_window, qtbot):
    window = make_window()
    settle(qtbot, window)
    import time
    before = window.live.runs
    started = time.perf_counter()
    window.canvas.begin_stroke(20, 20)
    for i in range(40):                          # a pen moving every 5 ms for 200 ms
        window.canvas.extend_stroke(20 + i * 5, 20 + i * 4)
        qtbot.wait(5)
    while_moving = window.live.runs - before
    window.canvas.end_stroke()
    settle(qtbot, window)
    from cnnviz.ui.live import FRAME_MS
    frames = (time.perf_counter() - started) / (FRAME_MS / 1000)
    assert while_moving >= 1                              # it ran while the pen moved, not only after
    assert window.live.runs - before <= min(40, frames + 2)   # at most one run a frame, never one per movement


def test_a_failing_panel_is_reported_and_the_rest_keep_working(make_window, qtbot, monkeypatch):
    window = make_window()
    panel = window.pipeline.panels["relu1"]
    monkeypatch.setattr(panel, "show", lambda array: 1 / 0)
    draw_circle(qtbot, window.canvas)
    settle(qtbot, window)
    assert "relu1" in window.statusBar().currentMessage()
    trace = expected_trace(window)
    np.testing.assert_array_equal(window.pipeline.panels["pool1"].values, trace["pool1"][0])
    np.testing.assert_array_equal(window.pipeline.panels["conv1"].values, trace["conv1"][0])


def test_user_actions_that_must_not_break_anything(make_window, qtbot):
    window = make_window()
    canvas = window.canvas
    # off the edge of the page and back
    drag(qtbot, canvas, [(0.5, 0.5), (1.4, 0.5), (1.4, -0.3), (-0.2, 1.2), (0.3, 0.3)])
    # clear in the middle of a stroke, then keep moving and release
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=page_point(canvas, 0.2, 0.2))
    qtbot.mouseMove(canvas, page_point(canvas, 0.4, 0.4))
    window.clear_action.trigger()
    qtbot.mouseMove(canvas, page_point(canvas, 0.6, 0.6))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=page_point(canvas, 0.6, 0.6))
    assert canvas.is_blank()
    # switch model in the middle of a stroke
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=page_point(canvas, 0.2, 0.2))
    qtbot.mouseMove(canvas, page_point(canvas, 0.4, 0.4))
    other = "ox-cnn" if HAS_OX_CNN else "lecture-ox"
    assert window.load_model(other)
    qtbot.mouseMove(canvas, page_point(canvas, 0.6, 0.5))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=page_point(canvas, 0.6, 0.5))
    settle(qtbot, window)
    assert_panels_match(window, expected_trace(window))
    # tiny, then large again
    window.resize(120, 90)
    qtbot.wait(250)
    draw_cross(qtbot, canvas, steps=5)
    window.resize(1300, 800)
    qtbot.wait(250)
    settle(qtbot, window)
    assert_panels_match(window, expected_trace(window))
    window.pipeline.repaint_now()


def test_settings_remember_the_model_and_geometry(qtbot, settings):
    from cnnviz.ui.window import MainWindow
    window = MainWindow("lecture-ox", settings=settings)
    qtbot.addWidget(window)
    window.resize(700, 520)          # the offscreen screen is 800 x 600
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert settings.value("model", "", type=str) == "lecture-ox"
    assert not settings.value("geometry", QByteArray(), type=QByteArray).isEmpty()
    again = MainWindow(None, settings=settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.model_source == "lecture-ox"
    assert (again.width(), again.height()) == (700, 520)


def test_side_panels_and_trace_signal(make_window, qtbot):
    from PySide6.QtWidgets import QLabel
    window = make_window()
    dock = window.add_side_panel(QLabel("inspector"), "Inspector")
    assert dock.widget().text() == "inspector"
    with qtbot.waitSignal(window.traceUpdated, timeout=2000) as blocker:
        window.canvas.begin_stroke(50, 50)
        window.canvas.extend_stroke(200, 200)
        window.canvas.end_stroke()
    assert blocker.args[0] is window.live.last_trace


def test_default_layout_tabs_the_docks_below_and_remembers_them(qtbot, settings):
    """Inspector, filter editor and layers share one bottom strip as tabs (the inspector in front, holding its
    hint: the height of its lines); experiments and lecture docks are hidden; the layout is saved on close and restored, and a saved layout
    of another version is ignored; View -> Reset layout brings the defaults back."""
    from PySide6.QtWidgets import QDockWidget
    from cnnviz.ui.window import MainWindow
    window = MainWindow("lecture-ox", settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert not window.first_run.frame.isHidden()      # the first start's hint under the canvas, until "Got it"
    window.first_run.button.click()
    c = window.inspect
    qtbot.waitUntil(lambda: c.inspector_dock.height() < 0.36 * window.height(), timeout=2000)
    assert set(window.tabifiedDockWidgets(c.inspector_dock)) == {c.filter_dock, c.layers_dock}
    shows = lambda widget: widget.isVisible() and not widget.visibleRegion().isEmpty()     # noqa: E731
    qtbot.waitUntil(lambda: shows(c.inspector) and not shows(c.filter_editor), timeout=2000)
    assert window.dockWidgetArea(c.inspector_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert 60 < c.inspector_dock.height() < 0.2 * window.height()      # the inspector's hint: the height it needs
    canvas = window.canvas
    assert canvas.width() > 0.25 * window.width() and canvas.height() > 0.45 * window.height()
    hidden = [d for d in window.findChildren(QDockWidget) if d not in (c.inspector_dock, c.filter_dock, c.layers_dock)]
    assert hidden and all(d.isHidden() for d in hidden)

    c.layers_dock.raise_()
    window.lecture.timeline_dock.show()
    window.close()
    again = MainWindow(None, settings=settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert not again.lecture.timeline_dock.isHidden()          # restored as left
    again.reset_layout_action.trigger()
    assert again.lecture.timeline_dock.isHidden() and not again.inspect.inspector_dock.isHidden()
    qtbot.waitUntil(lambda: shows(again.inspect.inspector), timeout=2000)
    again.close()

    settings.setValue(MainWindow.DOCK_STATE_KEY, again.saveState(MainWindow.LAYOUT_VERSION - 1))
    old = MainWindow(None, settings=settings)
    qtbot.addWidget(old)
    assert not old._state_restored                             # another version's layout is not restored


def test_pipeline_titles_and_colour_bars_never_overlap(make_window, qtbot):
    """Narrow or wide, with a side dock or without, no two stages' titles or colour bars overlap."""
    for model in ("ox-cnn", "lecture-ox"):
        for size, dock in (((1280, 720), None), ((1500, 900), None), ((1500, 900), "compare"), ((1280, 720), "compare")):
            window = make_window(model, size)
            if dock:
                window.experiments.show_dock(dock)
            qtbot.wait(350)              # the pipeline lays itself out again after a resize
            pipeline = window.pipeline
            rects = []
            for panel in pipeline.panels.values():
                items = [panel.title, panel.colour_bar] + ([panel.weight_bar] if hasattr(panel, "weight_bar") else [])
                rects.append([item.sceneBoundingRect() for item in items])
            rects.append([pipeline.result.sceneBoundingRect()])
            for i, mine in enumerate(rects):
                for others in rects[i + 1:]:
                    for a in mine:
                        for b in others:
                            overlap = a.intersected(b)
                            assert overlap.width() < 1 or overlap.height() < 1, (model, size, dock, a, b)
            window.close()
