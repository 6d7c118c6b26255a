"""The camera source, with a fake capture device: frames through the one preprocessing function, the device
released on close, and clear messages for no camera and for a camera that disappears mid-stream."""
import cv2
import numpy as np
import pytest

from cnnviz.data import make_sketch, to_network_input
from cnnviz.data.camera import CAMERA_CLOSED, CAMERA_LOST, NO_CAMERA, Camera, CameraError, FakeCapture
from cnnviz.engine.architectures import build


def frames(count=3):
    rng = np.random.default_rng(0)
    out = []
    for i in range(count):
        image, _ = make_sketch(("circle", "cross")[i % 2], rng)
        photo = cv2.resize(cv2.merge([image, image, np.full_like(image, 255)]), (640, 480))   # red-ish paper
        out.append(photo)
    return out


def test_frames_reach_the_model_through_the_one_preprocessing_path():
    shots = frames()
    opener = FakeCapture.of(shots)
    grey, colour = build("ox-cnn", np.random.default_rng(0)), build("selfedu-rgb", np.random.default_rng(0))
    with Camera(1, open_capture=opener) as camera:
        np.testing.assert_array_equal(camera.read(), shots[0])
        np.testing.assert_array_equal(camera.network_input(grey), to_network_input(shots[1], (28, 28)))
        x = camera.network_input(colour)
        np.testing.assert_array_equal(x, to_network_input(shots[2], (32, 32), channels=3))
        assert x.shape == (3, 32, 32) and camera.frames_read == 3
    assert opener.last.released and not camera.is_open


def test_no_camera_is_a_clear_message_and_nothing_is_left_open():
    opener = FakeCapture.of(opened=False)
    with pytest.raises(CameraError) as error:
        Camera(2, open_capture=opener)
    assert error.value.message.template == NO_CAMERA
    assert str(error.value) == ("no camera found at index 2: check that a camera is connected and not in use by "
                                "another program")
    assert opener.last.released


def test_a_camera_that_disappears_mid_stream_is_released_and_said_so():
    opener = FakeCapture.of(frames(2))
    camera = Camera(0, open_capture=opener)
    camera.read()
    camera.read()
    with pytest.raises(CameraError) as error:
        camera.read()
    assert error.value.message.template == CAMERA_LOST and "camera 0 stopped sending pictures" in str(error.value)
    assert opener.last.released and not camera.is_open
    with pytest.raises(CameraError) as error:
        camera.read()
    assert error.value.message.template == CAMERA_CLOSED


def test_a_dropped_frame_now_and_then_is_not_a_lost_camera():
    class Flaky(FakeCapture):
        def read(self):
            self.reads += 1
            if self.reads % 2:
                return False, None
            return super().read()
    camera = Camera(0, open_capture=lambda index: Flaky(frames(1), loop=True))
    for _ in range(5):
        assert camera.read().shape == (480, 640, 3)
    camera.release()
    camera.release()            # twice is harmless


def test_real_opencv_without_a_device_says_no_camera():
    with pytest.raises(CameraError, match="no camera found at index 97"):
        Camera(97)


def test_camera_folder_and_colour_modules_import_no_qt():
    import json
    import subprocess
    import sys
    from pathlib import Path
    code = ("import json, sys, cnnviz.data.camera, cnnviz.data.image_folder, cnnviz.data.colour_shapes, "
            "cnnviz.folder_training; print(json.dumps(sorted(sys.modules)))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert not [m for m in loaded if m.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")]
