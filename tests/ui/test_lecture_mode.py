"""Lecture mode in the window: presentation, predict-then-reveal, scenes, timeline, figures, animations."""
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from cnnviz.data.preprocess import to_network_input
from cnnviz.scenes import load_scene, scene_to_dict
from cnnviz.ui import panels
from cnnviz.ui.canvas import DrawingCanvas
from cnnviz.ui.lecture.export import FigureError, export_figure, figure_targets
from cnnviz.ui.lecture.scene_state import capture_scene
from cnnviz.ui.lecture.shortcuts import shortcut_rows
from cnnviz.ui.lecture.timeline import stroke_prefix


def active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def test_presentation_mode_switches_fonts_palette_and_back(make_window, qtbot):
    window = active(make_window("ox-cnn"), qtbot)
    app = QApplication.instance()
    size = app.font().pointSizeF()
    qtbot.keyClick(window.canvas, Qt.Key.Key_F11)
    lecture = window.lecture
    assert lecture.presentation.presenting and lecture.presentation_action.isChecked()
    assert window.isFullScreen()
    assert window.pipeline.palette == "blue-orange" and lecture.palette_actions["blue-orange"].isChecked()
    assert panels.FONT_SCALE == 1.3 and app.font().pointSizeF() == pytest.approx(size * 1.5)
    assert window.pipeline.result._big.pointSizeF() == pytest.approx(38 * 1.3)
    qtbot.keyClick(window.canvas, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not lecture.presentation.presenting and not window.isFullScreen()
    assert window.pipeline.palette == "red-blue" and panels.FONT_SCALE == 1.0
    assert app.font().pointSizeF() == pytest.approx(size)
    assert window.pipeline.result._big.pointSizeF() == pytest.approx(38)



def test_leaving_presentation_mode_gives_every_widget_its_font_and_the_docks_their_front_tab(make_window, qtbot):
    from PySide6.QtWidgets import QWidget
    window = make_window("ox-cnn")
    qtbot.wait(50)
    inspector = window.inspect.inspector_dock
    assert not inspector.visibleRegion().isEmpty()          # the inspector is the bottom tab in front
    widgets = [window] + window.findChildren(QWidget)
    before = [w.font().pointSizeF() for w in widgets]
    assert window.model_combo.font().pointSizeF() == 12      # the toolbar's font, larger than the application's
    for _ in range(2):
        window.lecture.presentation.set_presenting(True)
        assert window.model_combo.font().pointSizeF() > 12
        window.lecture.presentation.set_presenting(False)
    qtbot.wait(50)
    from shiboken6 import isValid          # restoring the dock state rebuilds the tab bars: the old ones are gone
    changed = [(type(w).__name__, old, w.font().pointSizeF()) for w, old in zip(widgets, before)
               if isValid(w) and w.font().pointSizeF() != old]
    assert changed == []
    assert not inspector.visibleRegion().isEmpty()

def test_predict_then_reveal_hides_until_a_key(make_window, qtbot):
    window = active(make_window("ox-cnn"), qtbot)
    window.draw_example("circle")
    window.live.run_now()
    result = window.pipeline.result
    qtbot.keyClick(window.canvas, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.lecture.predict_action.isChecked()
    assert result.concealed and "Space" in result.concealed
    np.testing.assert_allclose(result.probabilities, window.live.last_trace.probabilities[0])   # data kept
    qtbot.keyClick(window.canvas, Qt.Key.Key_Space)
    assert result.concealed == ""
    window.canvas.clear()                                  # a new drawing: hidden again
    assert result.concealed
    qtbot.keyClick(window.canvas, Qt.Key.Key_R)
    assert result.concealed == ""
    # any stage can be concealed: its image disappears, its title says so
    window.lecture.presentation.set_hidden_stages({"conv1", "result"})
    window.lecture.presentation.conceal()
    assert not window.pipeline.panels["conv1"].image.isVisible() and window.pipeline.panels["relu1"].image.isVisible()
    window.lecture.presentation.set_predict_reveal(False)
    assert window.pipeline.panels["conv1"].image.isVisible() and result.concealed == ""


def test_help_lists_the_lecture_shortcuts(make_window, qtbot):
    window = make_window("ox-cnn")
    rows = {action: keys for _, action, keys in shortcut_rows(window.host)}
    assert "F11" in rows["Presentation mode"] and "Ctrl+Shift+P" in rows["Presentation mode"]
    for action in ("Step through a convolution", "Play / pause the stepper", "Predict, then reveal",
                   "Stroke timeline", "Save scene…", "Open scene…", "Export figure (PNG/SVG)…",
                   "Export animation (GIF/MP4)…", "Export spreadsheet (.xlsx)…", "Keyboard shortcuts"):
        assert rows[action], action
    window.lecture.shortcuts_action.trigger()
    assert window.lecture.shortcuts_dialog.isVisible()
    window.lecture.shortcuts_dialog.close()


def render_strokes(strokes, size=280):
    canvas = DrawingCanvas(size)
    canvas.set_stroke_list(strokes)
    return canvas.image_array()


def test_scrubbing_to_half_classifies_the_half_drawn_strokes(make_window, qtbot):
    window = make_window("ox-cnn")
    window.draw_example("cross")
    strokes = window.canvas.strokes()
    total = sum(len(s) for s in strokes)
    timeline = window.lecture.timeline
    timeline.scrub(0.5)
    trace = window.live.run_now()
    half = stroke_prefix(strokes, round(total / 2))
    assert sum(len(s) for s in half) == timeline.shown_points == round(total / 2)
    assert len(half) == 1 or len(half[-1]) < len(strokes[len(half) - 1])
    image = render_strokes(half)
    np.testing.assert_array_equal(window.canvas.image_array(), image)
    model = window.model
    expected = model.forward(to_network_input(image, model.input_shape[1:]))
    np.testing.assert_allclose(trace.probabilities, expected.probabilities, rtol=1e-6)
    np.testing.assert_allclose(window.pipeline.result.probabilities, expected.probabilities[0], rtol=1e-6)
    assert len(window.canvas.strokes()) == len(strokes)         # the drawing itself is untouched
    timeline.scrub(1.0)
    assert window.canvas.preview is None
    # drawing while scrubbed back keeps the shown part and goes on
    timeline.scrub(0.25)
    window.canvas.begin_stroke(10, 10)
    window.canvas.end_stroke()
    assert sum(len(s) for s in window.canvas.strokes()) == timeline.total == round(total / 4) + 1
    assert timeline.fraction == 1.0


@pytest.mark.parametrize("suffix", [".gif", ".mp4"])
def test_animation_export_has_the_frames(make_window, tmp_path, suffix):
    import cv2
    window = make_window("ox-cnn")
    window.draw_example("circle")
    path = window.lecture.timeline.export_animation(tmp_path / f"drawing{suffix}", frames=12, width=480)
    assert path.stat().st_size > 1000
    if suffix == ".gif":
        ok, animation = cv2.imreadanimation(str(path))
        assert ok and len(animation.frames) == 12 and animation.frames[0].shape[1] == 480
    else:
        capture = cv2.VideoCapture(str(path))
        assert int(capture.get(cv2.CAP_PROP_FRAME_WIDTH)) == 480
        count = 0
        while capture.read()[0]:
            count += 1
        assert count == 12
    assert window.canvas.preview is None and window.lecture.timeline.fraction == 1.0


def test_png_and_svg_figures_have_the_requested_size(make_window, tmp_path):
    window = make_window("ox-cnn")
    window.draw_example("circle")
    window.live.run_now()
    pipeline = window.pipeline
    assert figure_targets(pipeline)[:3] == ["pipeline", "input", "conv1"] and "result" in figure_targets(pipeline)
    png = export_figure(pipeline, tmp_path / "pipeline.png", width=1500)
    image = QImage(str(png))
    assert image.width() == 1500 and image.height() > 200
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)   # kept: the pixels below are its memory
    pixels = np.frombuffer(rgb.constBits(), np.uint8)
    assert len(np.unique(pixels)) > 50                      # not a blank page
    for target in ("conv1", "result"):
        single = QImage(str(export_figure(pipeline, tmp_path / f"{target}.png", target=target, width=640)))
        assert single.width() == 640
    svg = export_figure(pipeline, tmp_path / "pool1.svg", target="pool1", width=900)
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg") and root.get("width") == "900px"
    assert root.get("viewBox").split()[2] == "900"
    assert svg.stat().st_size > 2000 and "pool1" in svg.read_text()
    with pytest.raises(FigureError, match=".png or .svg"):
        export_figure(pipeline, tmp_path / "x.jpg")
    with pytest.raises(FigureError, match="no panel 'conv9'"):
        export_figure(pipeline, tmp_path / "x.png", target="conv9")


@pytest.mark.parametrize("what, name", [("figure", "pipeline.png"), ("figure", "pipeline.svg"),
                                        ("animation", "drawing.gif"), ("animation", "drawing.mp4"),
                                        ("spreadsheet", "model.xlsx"), ("table", "input.csv")])
def test_a_failed_export_says_what_where_and_why_and_changes_nothing(make_window, tmp_path, monkeypatch, what, name):
    from PySide6.QtWidgets import QFileDialog, QInputDialog
    window = make_window("ox-cnn")
    window.draw_example("circle")
    window.live.run_now()
    (tmp_path / "file.txt").write_text("a file where a folder should be: unwritable even for root")
    path = str(tmp_path / "file.txt" / name)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (path, ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *args, **kwargs: (items[0], True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (640, True))
    model, image = window.model, window.canvas.image_array()
    lecture = window.lecture
    {"figure": lecture.export_figure_dialog, "animation": lecture.export_animation_dialog,
     "spreadsheet": lecture.export_workbook_dialog, "table": lecture.export_csv_dialog}[what]()
    expected = f"Could not export the {what} to {path}: Not a directory"
    assert window.statusBar().currentMessage() == expected
    assert window._message_box.text() == expected
    window._message_box.close()
    assert window.model is model and (tmp_path / "file.txt").is_file()
    np.testing.assert_array_equal(window.canvas.image_array(), image)


@pytest.fixture
def russian():
    """The interface in Russian for one test (the language is the application's, not one window's)."""
    from cnnviz.ui.i18n import install_language
    yield
    install_language("en")


def test_scene_round_trip_in_the_window(make_window, qtbot, tmp_path, russian):
    window = make_window("lecture-ox").set_language("ru")     # the scene records the language shown
    qtbot.addWidget(window)
    lecture = window.lecture
    window.draw_example("cross")
    window.canvas.pen_width = 9.0
    window.canvas.begin_stroke(20, 30, 0.5)
    window.canvas.extend_stroke(60, 90, 0.8)
    window.canvas.end_stroke()
    window.model.layers[0].params["weight"][1, 0, 0, 0] = 0.625          # an edited filter
    window.set_model(window.model, "lecture-ox (edited)")
    lecture.presentation.set_palette("blue-orange")
    lecture.presentation.set_hidden_stages({"result", "pool1"})
    lecture.presentation.set_predict_reveal(True)
    lecture.stepper_dock.show()
    lecture.timeline.scrub(0.75)
    before = scene_to_dict(capture_scene(window.lecture))
    assert before["language"] == "ru"
    image = window.canvas.image_array()
    path = lecture.save_scene(tmp_path / "talk.cnnscene")

    other = make_window("ox-cnn")
    assert other.lecture.open_scene(path)
    after = scene_to_dict(capture_scene(other.lecture))
    assert after == before
    np.testing.assert_array_equal(other.canvas.image_array(), image)
    np.testing.assert_array_equal(other.model.layers[0].params["weight"], window.model.layers[0].params["weight"])
    assert other.model_source == "lecture-ox (edited)" and other.pipeline.palette == "blue-orange"
    assert other.pipeline.result.concealed and not other.lecture.stepper_dock.isHidden()
    assert other.settings.value("language", "", type=str) == "ru"
    assert load_scene(path).view.timeline == pytest.approx(0.75)


def test_a_malformed_scene_changes_nothing(make_window, tmp_path):
    window = make_window("ox-cnn")
    window.draw_example("circle")
    lecture = window.lecture
    good = lecture.save_scene(tmp_path / "good.cnnscene")
    text = good.read_text().replace('"erase": false', '"erase": "no"', 1)
    bad = tmp_path / "bad.cnnscene"
    bad.write_text(text)
    image, model, history = window.canvas.image_array(), window.model, window.canvas.history
    assert not lecture.open_scene(bad)
    assert "canvas.strokes[0].erase' must be true or false" in window.statusBar().currentMessage()
    assert window.model is model and window.canvas.history == history
    np.testing.assert_array_equal(window.canvas.image_array(), image)
    window._message_box.close()


def test_the_spreadsheet_can_include_the_backward_pass_for_the_backward_views_target(make_window, tmp_path,
                                                                                    monkeypatch):
    """With "Include the backward pass" checked, the workbook gets the sheet whose formulas give dL/dw of the
    first convolution, for the class chosen in the Backward view; recomputed, they are the engine's."""
    from PySide6.QtWidgets import QFileDialog
    pycel = pytest.importorskip("pycel")
    from cnnviz.engine import gradients
    from cnnviz.export import read_layout
    window = make_window("ox-cnn")
    window.draw_example("circle")
    window.live.run_now()
    window.session.backward.set_target(1)                      # teach it "cross": not the predicted class
    trace = window.session.trace
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "plain.xlsx"), ""))
    window.lecture.export_workbook_dialog()
    assert not any(name.endswith(".weight_gradient") for name in read_layout(tmp_path / "plain.xlsx").stages)
    window.lecture.xlsx_backward_action.trigger()
    assert window.lecture.xlsx_backward_action.isChecked()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path / "both.xlsx"), ""))
    window.lecture.export_workbook_dialog()
    path = tmp_path / "both.xlsx"
    assert window.statusBar().currentMessage() == f"Saved {path}"
    layout = read_layout(path)
    cells = layout.stages["conv1.weight_gradient"]
    expected = gradients(window.session.model, trace.input[0], 1)
    xl = pycel.ExcelCompiler(filename=str(path))
    got = np.array([xl.evaluate(cells.address(*index)) for index in np.ndindex(*cells.shape)], dtype=np.float64)
    want = expected.weights["conv1"].astype(np.float64).ravel()
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-6 * float(np.abs(want).max()))
    assert np.abs(want).max() > 0
    # the predicted class (circle) would give other gradients: the target really is the Backward view's
    other = gradients(window.session.model, trace.input[0], 0).weights["conv1"].astype(np.float64).ravel()
    assert not np.allclose(got, other, rtol=1e-3, atol=1e-6 * float(np.abs(want).max()))
def test_a_scene_keeps_the_opened_picture_under_the_strokes(make_window, tmp_path):
    import cv2
    window = make_window("lecture-ox")
    photo = np.full((300, 400, 3), 235, np.uint8)
    cv2.circle(photo, (200, 150), 100, (20, 20, 20), 14)
    path = tmp_path / "photo.png"
    cv2.imwrite(str(path), photo)
    assert window.image_input.open_file(str(path))
    window.canvas.begin_stroke(130, 130)
    window.canvas.extend_stroke(150, 150)
    window.canvas.end_stroke()
    image = window.canvas.image_array()
    scene_path = window.lecture.save_scene(tmp_path / "photo.cnnscene")
    assert load_scene(scene_path).picture is not None

    other = make_window("lecture-ox")
    assert other.lecture.open_scene(scene_path)
    np.testing.assert_array_equal(other.canvas.image_array(), image)     # the picture and the stroke on it
    assert other.canvas.picture() is not None and len(other.canvas.strokes()) == 1
    other.canvas.undo()
    assert other.canvas.is_blank()                                       # the scene is one undo step
