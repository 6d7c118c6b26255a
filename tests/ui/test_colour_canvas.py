"""Colour on the canvas: pens of a small palette, colour pictures kept in colour, a colour model reading the
page in R, G, B, and a grey model's input from a black drawing bit for bit what it was on the grey canvas."""
import cv2
import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QToolBar

from cnnviz.data.preprocess import to_network_input
from cnnviz.ui.canvas import DrawingCanvas

RED = (220, 20, 20)


def draw(canvas, points):
    canvas.begin_stroke(*points[0])
    for point in points[1:]:
        canvas.extend_stroke(*point)
    canvas.end_stroke()


def grey_canvas_page(canvas) -> np.ndarray:
    """The strokes painted as the canvas painted them before it kept colour: on a Format_Grayscale8 page."""
    n = canvas.size_pixels
    image = QImage(n, n, QImage.Format.Format_Grayscale8)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for stroke in canvas.strokes():
        points = stroke.points
        for i in range(len(points)):
            canvas._paint_segment(stroke, points[i - 1] if i else None, points[i], painter)
    painter.end()
    view = np.frombuffer(image.constBits(), np.uint8, count=image.sizeInBytes())
    return view.reshape(n, image.bytesPerLine())[:, :n].copy()


def test_a_black_drawing_gives_a_grey_model_bit_for_bit_the_input_of_the_grey_canvas(qtbot):
    canvas = DrawingCanvas()
    qtbot.addWidget(canvas)
    rng = np.random.default_rng(3)
    for k in range(12):                          # strokes of every width, pressure and direction, one erased
        canvas.pen_width = float(rng.uniform(2, 40))
        canvas.eraser = k == 7
        points = rng.uniform(-10, 290, (int(rng.integers(1, 30)), 2))
        canvas.begin_stroke(*points[0], float(rng.uniform(0, 1)))
        for x, y in points[1:]:
            canvas.extend_stroke(x, y, float(rng.uniform(0, 1)))
        canvas.end_stroke()
    page = canvas.input_image()
    assert page.shape == (280, 280) and not canvas.has_colour()      # still read as a grey page
    old = grey_canvas_page(canvas)
    assert np.array_equal(page, old)
    for crop in (False, True):
        assert np.array_equal(to_network_input(page, (28, 28), crop=crop),
                              to_network_input(old, (28, 28), crop=crop))


def test_a_red_stroke_is_red_on_the_page_and_to_a_colour_model(make_window):
    window = make_window("selfedu-rgb")
    assert window.model.input_shape[0] == 3
    window.pen_palette.choose(RED)
    draw(window.canvas, [(60, 140), (220, 140)])
    assert window.canvas.has_colour()
    assert tuple(window.canvas.rgb_array()[140, 140]) == RED
    bgr = window.canvas.input_image()
    assert bgr.shape == (280, 280, 3) and tuple(bgr[140, 140]) == RED[::-1]      # B, G, R for preprocessing
    trace = window.live.run_now()
    x = trace.input[0]                                   # (3, 32, 32): R, G, B planes
    row = x[:, 16, 8:24]
    assert row[0].min() > 0.7 and row[1].max() < 0.3 and row[2].max() < 0.3     # red, not grey
    assert x[:, 2, 2].min() > 0.95                                               # white paper around it
    window.canvas.undo()
    assert not window.canvas.has_colour()


def test_a_grey_model_sees_a_colour_stroke_as_its_grey(make_window):
    window = make_window("lecture-ox")
    window.pen_palette.choose(RED)
    draw(window.canvas, [(60, 140), (220, 140)])
    seen = window.live.network_input()
    grey = cv2.cvtColor(window.canvas.input_image(), cv2.COLOR_BGR2GRAY)
    assert np.array_equal(seen, to_network_input(grey, window.model.input_shape[1:],
                                                 crop=bool(window.model.preprocess.get("crop", False))))
    assert seen.max() > 0.5                                  # red on white is ink to a grey model


def test_an_opened_colour_picture_stays_in_colour_and_the_pen_draws_on_it(make_window, tmp_path):
    window = make_window("selfedu-rgb")
    photo = np.full((280, 280, 3), 255, np.uint8)
    cv2.circle(photo, (140, 140), 80, (255, 0, 0), -1)         # a blue disc (B, G, R)
    path = tmp_path / "blue.png"
    cv2.imwrite(str(path), photo)
    assert window.image_input.open_file(str(path))
    assert tuple(window.canvas.rgb_array()[140, 140]) == (0, 0, 255)
    assert window.canvas.has_colour()
    window.pen_palette.choose((0, 0, 0))
    draw(window.canvas, [(100, 140), (180, 140)])
    rgb = window.canvas.rgb_array()
    assert tuple(rgb[140, 140]) == (0, 0, 0) and tuple(rgb[110, 140]) == (0, 0, 255)   # ink on the disc
    x = window.live.run_now().input[0]
    assert x[2, 8, 16] > 0.9 and x[0, 8, 16] < 0.1             # the disc above the stroke is blue to the model
    window.canvas.undo()
    assert tuple(window.canvas.rgb_array()[140, 140]) == (0, 0, 255)


def test_the_palette_in_the_toolbar_chooses_the_pen_and_the_eraser(make_window, qtbot):
    window = make_window()
    bar = next(b for b in window.findChildren(QToolBar) if window.eraser_action in b.actions())
    names = [a.text() for a in bar.actions() if a in window.pen_palette.group.actions()]
    assert names == ["Black", "Red", "Green", "Blue", "Yellow"]
    assert window.pen_palette.actions[(0, 0, 0)].isChecked()
    window.pen_palette.actions[RED].trigger()
    assert window.canvas.pen_colour == RED
    canvas = window.canvas
    rect = canvas._page_rect()
    y = int(rect.center().y())
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.left() + rect.width() * 0.2), y))
    qtbot.mouseMove(canvas, QPoint(int(rect.left() + rect.width() * 0.8), y))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.left() + rect.width() * 0.8), y))
    assert tuple(canvas.rgb_array()[140, 140]) == RED
    window.eraser_action.trigger()                           # erasing: no colour is the pen's
    assert canvas.eraser and not any(a.isChecked() for a in window.pen_palette.group.actions())
    window.pen_palette.actions[(20, 60, 220)].trigger()      # a colour puts the eraser away
    assert not canvas.eraser and not window.eraser_action.isChecked()
    assert window.pen_palette.actions[(20, 60, 220)].isChecked()


def test_a_scene_keeps_the_pen_colours_of_the_drawing(make_window, tmp_path):
    from cnnviz.scenes import load_scene, save_scene
    from cnnviz.ui.lecture.scene_state import apply_scene, capture_scene
    window = make_window("selfedu-rgb")
    window.pen_palette.choose(RED)
    draw(window.canvas, [(60, 140), (220, 140)])
    path = save_scene(capture_scene(window.lecture), tmp_path / "red")
    window.canvas.clear()
    apply_scene(window.lecture, load_scene(path))
    assert tuple(window.canvas.rgb_array()[140, 140]) == RED and window.canvas.has_colour()
    window.canvas.undo()
    window.canvas.redo()
    assert tuple(window.canvas.rgb_array()[140, 140]) == RED


def test_compare_keeps_drawing_a_in_colour(make_window):
    window = make_window("selfedu-rgb", size=(1500, 950))
    experiments = window.experiments
    window.pen_palette.choose(RED)
    draw(window.canvas, [(60, 140), (220, 140)])
    trace_a = window.live.run_now()
    experiments.freeze_action.trigger()
    window.canvas.clear()
    window.pen_palette.choose((20, 60, 220))
    draw(window.canvas, [(140, 60), (140, 220)])
    window.live.run_now()
    experiments.mode_actions["A"].trigger()
    panel = window.pipeline.panels["input"]
    np.testing.assert_allclose(panel.values, trace_a.input[0], atol=1e-6)       # A as the network saw it: red
    assert panel.colour.isVisible() and panel.colour.image[16, 16, 0] > 150
    experiments.mode_actions["B-A"].trigger()
    assert not panel.colour.isVisible()                  # a difference has no colour picture
    experiments.mode_actions["B"].trigger()
    assert panel.colour.isVisible()
