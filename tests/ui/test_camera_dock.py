"""The camera as the input, with a fake capture: live frames run through the whole pipeline, Freeze holds one,
the device is released on Back to drawing, the pen, closing the dock and closing the window; no camera and a
camera lost mid-stream say so once and keep what was there."""
import cv2
import numpy as np
import pytest

from cnnviz.data.camera import FakeCapture


def shape_frame(kind: str, size=(240, 320)) -> np.ndarray:
    """A BGR webcam-like frame: a dark circle or cross on light paper."""
    frame = np.full(size + (3,), 235, np.uint8)
    cy, cx, r = size[0] // 2, size[1] // 2, min(size) // 3
    if kind == "circle":
        cv2.circle(frame, (cx, cy), r, (20, 20, 20), 12)
    else:
        cv2.line(frame, (cx - r, cy - r), (cx + r, cy + r), (20, 20, 20), 12)
        cv2.line(frame, (cx - r, cy + r), (cx + r, cy - r), (20, 20, 20), 12)
    return frame


@pytest.fixture
def camera_window(make_window):
    def make(frames=("circle", "cross"), model="lecture-ox", **options):
        window = make_window(model)
        opener = FakeCapture.of([shape_frame(k) for k in frames], **options)
        window.camera.panel.open_capture = opener
        return window, window.camera.panel, opener
    return make


def test_live_frames_run_through_the_one_preprocessing_path_and_every_panel(camera_window, qtbot):
    window, panel, opener = camera_window(loop=True)
    assert window.camera.open()
    assert window.camera.dock.isVisible() and panel.is_live and panel.is_input
    qtbot.waitUntil(lambda: panel.frames_shown >= 4, timeout=5000)
    trace = window.session.trace
    expected = window.session.model.forward(window.session.network_input(panel.frame))
    assert np.allclose(trace.probabilities, expected.probabilities)       # the trace is of the camera frame
    assert not window.pipeline.blank                                        # a blank canvas does not hide it
    assert not panel.preview.pixmap().isNull()
    labels = set()
    for _ in range(2):                                                      # both frames come through in turn
        shown = panel.frames_shown
        qtbot.waitUntil(lambda: panel.frames_shown > shown, timeout=5000)
        labels.add(window.session.trace.label)
    assert labels == {"circle", "cross"}


def test_freeze_holds_the_frame_for_the_inspector_and_go_on_reads_again(camera_window, qtbot):
    window, panel, opener = camera_window(loop=True)
    window.camera.open()
    qtbot.waitUntil(lambda: panel.frames_shown >= 2, timeout=5000)
    panel.freeze_button.click()
    held, reads, trace = panel.frame, opener.last.reads, window.session.trace
    qtbot.wait(150)
    assert opener.last.reads == reads and panel.frame is held              # nothing read while frozen
    assert not opener.last.released and panel.is_input
    window.session.run()                                                    # the inspector's runs see the held frame
    assert np.allclose(window.session.trace.probabilities, trace.probabilities)
    panel.freeze_button.click()
    qtbot.waitUntil(lambda: opener.last.reads > reads, timeout=5000)


@pytest.mark.parametrize("how", ["back to drawing", "pen", "close dock", "close window"])
def test_the_device_is_released(camera_window, qtbot, how):
    window, panel, opener = camera_window(loop=True)
    window.camera.open()
    qtbot.waitUntil(lambda: panel.frames_shown >= 2, timeout=5000)
    if how == "back to drawing":
        panel.drawing_button.click()
    elif how == "pen":
        window.canvas.begin_stroke(100, 100)
        window.canvas.extend_stroke(180, 180)
        window.canvas.end_stroke()
    elif how == "close dock":
        window.camera.dock.close()
    else:
        window.close()
    assert opener.last.released and panel.camera is None
    if how != "close window":
        assert window.session.input_source == window.canvas.input_image       # drawing is the input again
        window.live.run_now()
        reads = opener.last.reads
        qtbot.wait(100)
        assert opener.last.reads == reads


def test_no_camera_says_so_once_and_changes_nothing(camera_window, qtbot):
    window, panel, opener = camera_window(opened=False)
    window.canvas.begin_stroke(100, 100)
    window.canvas.extend_stroke(180, 180)
    window.canvas.end_stroke()
    window.live.run_now()
    trace = window.session.trace
    assert not window.camera.open()
    assert "no camera found" in window.statusBar().currentMessage()
    assert "no camera found" in panel.status.text()
    assert window.session.input_source == window.canvas.input_image and window.session.trace is trace
    assert panel.camera is None and not panel.is_input and opener.last.released


def test_a_camera_lost_mid_stream_keeps_the_last_frame_and_is_released(camera_window, qtbot):
    window, panel, opener = camera_window(frames=("cross", "circle", "cross"))       # then it stops
    window.camera.open()
    qtbot.waitUntil(lambda: panel.camera is None, timeout=5000)
    assert opener.last.released
    assert "stopped sending pictures" in window.statusBar().currentMessage()
    assert panel.frames_shown == 3 and panel.is_input                      # the last frame is still the input
    assert window.session.trace.label == "cross"
    assert not panel.freeze_button.isEnabled() and panel.drawing_button.isEnabled()
    panel.drawing_button.click()
    assert window.session.input_source == window.canvas.input_image


def test_the_camera_messages_are_translated(camera_window):
    from cnnviz.data.camera import NO_CAMERA
    from cnnviz.messages import message
    from cnnviz.ui.explain_text import engine_text
    from cnnviz.ui.i18n import install_language
    try:
        install_language("ja")
        said = engine_text(message(NO_CAMERA, index=0))
    finally:
        install_language("en")
    assert said and "no camera" not in said


def test_a_frozen_frame_goes_to_the_canvas_and_into_the_collection(camera_window, qtbot, settings, tmp_path):
    window, panel, opener = camera_window(frames=("circle",), loop=True)
    window.camera.open()
    qtbot.waitUntil(lambda: panel.frames_shown >= 2, timeout=5000)
    panel.freeze_button.click()
    label = window.session.trace.label
    assert panel.canvas_button.isEnabled() and panel.canvas_button.text()
    panel.canvas_button.click()
    assert opener.last.released and panel.camera is None and not panel.is_input
    assert window.canvas.picture() is not None and not window.canvas.is_blank()
    assert window.session.input_source == window.canvas.input_image
    window.live.run_now()
    assert window.session.trace.label == label == "circle"             # the same picture, now drawn on the page
    collection = window.experiments.collection
    count = len(collection.drawings)
    window.experiments.add_circle_action.trigger()
    assert len(collection.drawings) == count + 1 and collection.drawings[-1].label == "circle"
    window.canvas.undo()
    assert window.canvas.is_blank()


def test_a_collected_camera_frame_with_strokes_comes_back_whole(camera_window, qtbot):
    window, panel, opener = camera_window(frames=("cross",), loop=True)
    window.camera.open()
    qtbot.waitUntil(lambda: panel.frames_shown >= 1, timeout=5000)
    panel.to_canvas()
    window.canvas.begin_stroke(20, 20)
    window.canvas.extend_stroke(60, 30)
    window.canvas.end_stroke()
    image = window.canvas.image_array()
    window.experiments.add_cross_action.trigger()
    drawing = window.experiments.collection.drawings[-1]
    assert not drawing.has_strokes and np.array_equal(drawing.image, image)    # the picture with the stroke on it
    window.canvas.clear()
    panel_ = window.experiments.collection_panel
    panel_._on_q_open(panel_.gallery.item(panel_.gallery.count() - 1))
    assert np.array_equal(window.canvas.image_array(), image)                 # back on the canvas, as a picture
