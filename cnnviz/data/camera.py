"""A camera as an input source, over OpenCV's ``VideoCapture``, without Qt.

    with Camera(0) as camera:             # CameraError "no camera" if index 0 cannot be opened
        frame = camera.read()             # uint8 BGR (H, W, 3), as cv2 gives it
        x = camera.network_input(model)   # the frame through THE preprocessing function

The interface polls ``read`` on a timer; ``release`` (also on leaving the ``with`` block, and when the
camera fails) frees the device for other programs. A camera that stops delivering frames (unplugged,
taken by another program) raises CameraError after a few failed reads in a row, and is released.

``FakeCapture`` stands in for ``cv2.VideoCapture`` in tests: ``Camera(0, open_capture=FakeCapture.of(frames))``.
"""
from __future__ import annotations

from typing import Callable, Iterable

import cv2
import numpy as np

from ..messages import MessageError, message, template
from .preprocess import to_network_input

NO_CAMERA = template("no camera found at index {index}: check that a camera is connected and not in use by "
                     "another program")
CAMERA_LOST = template("camera {index} stopped sending pictures (was it unplugged, or taken by another program?)")
CAMERA_CLOSED = template("camera {index} is closed; open it again to read pictures")

FAILED_READS_ALLOWED = 3      # a camera may drop a frame now and then; this many failures in a row mean it is gone


class CameraError(MessageError):
    """The camera cannot be opened, or has stopped; the message says which and what to check."""


class Camera:
    """One opened camera. open_capture(index) must return an object with cv2.VideoCapture's isOpened, read
    and release (cv2.VideoCapture itself by default)."""

    def __init__(self, index: int = 0, *, open_capture: Callable = cv2.VideoCapture):
        self.index = int(index)
        self.frames_read = 0
        try:
            capture = open_capture(self.index)
        except cv2.error:
            capture = None
        if capture is None or not capture.isOpened():
            if capture is not None:
                capture.release()
            raise CameraError(message(NO_CAMERA, index=self.index))
        self._capture = capture

    @property
    def is_open(self) -> bool:
        return self._capture is not None

    def read(self) -> np.ndarray:
        """The next frame, uint8 BGR (H, W, 3) (or gray (H, W) from a gray camera). CameraError, and the
        camera released, when it delivers nothing FAILED_READS_ALLOWED times in a row."""
        if self._capture is None:
            raise CameraError(message(CAMERA_CLOSED, index=self.index))
        for _ in range(FAILED_READS_ALLOWED):
            ok, frame = self._capture.read()
            if ok and frame is not None and frame.size:
                self.frames_read += 1
                return frame
        self.release()
        raise CameraError(message(CAMERA_LOST, index=self.index))

    def network_input(self, model, frame: np.ndarray | None = None) -> np.ndarray:
        """A frame (the next one if not given) as `model`'s input (C, H, W): through ``to_network_input`` with
        the model's channels (colour for 3), size and crop setting, as the canvas and image files."""
        channels, height, width = model.input_shape
        frame = self.read() if frame is None else frame
        return to_network_input(frame, (height, width), channels=channels,
                                crop=bool(model.preprocess.get("crop", False)))

    def release(self) -> None:
        """Free the device (safe to call twice)."""
        if self._capture is not None:
            self._capture.release()
            self._capture = None

    def __enter__(self) -> "Camera":
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def __del__(self):
        try:
            self.release()
        except Exception:
            pass


class FakeCapture:
    """A stand-in for cv2.VideoCapture: plays `frames` in order, then fails every read (a camera unplugged),
    or loops them forever with loop=True. opened=False behaves as an absent camera."""

    def __init__(self, frames: Iterable[np.ndarray] = (), *, opened: bool = True, loop: bool = False):
        self.frames = [np.asarray(f) for f in frames]
        self.opened, self.loop = opened, loop
        self.position = 0
        self.released = False
        self.reads = 0

    @classmethod
    def of(cls, frames: Iterable[np.ndarray] = (), **options) -> Callable[[int], "FakeCapture"]:
        """An ``open_capture`` for Camera that remembers the capture it made (``.last``)."""
        frames = list(frames)

        def open_capture(index: int) -> FakeCapture:
            open_capture.last = cls(frames, **options)
            return open_capture.last
        open_capture.last = None
        return open_capture

    def isOpened(self) -> bool:
        return self.opened and not self.released

    def read(self):
        self.reads += 1
        if self.released or not self.opened or not self.frames:
            return False, None
        if self.position >= len(self.frames):
            if not self.loop:
                return False, None
            self.position = 0
        frame = self.frames[self.position]
        self.position += 1
        return True, frame.copy()

    def release(self) -> None:
        self.released = True
