"""The camera as the input: View -> Camera opens a small dock with the live picture, Freeze and Back to drawing.

While the camera runs, the session's input source is its latest frame, so every frame goes through the one
preprocessing path (``session.network_input``) and every panel, as a drawing does. Frames are read by a
single-shot QTimer that is started again only after the frame before has run through the pipeline, so the
pipeline never repaints faster than it can and a slow model lowers the frame rate instead of queuing frames;
a camera's ``read`` waits at most for its next frame. Freeze holds the current frame (the inspector reads it);
Back to drawing, picking up the pen, closing the dock or the window release the device. No camera: one
message and nothing changes. A camera that stops mid-stream: one message, the last frame stays the input, the
device is released.

``open_capture`` (cv2.VideoCapture by default) is what tests and benchmarks replace by ``FakeCapture.of``.
"""
from __future__ import annotations

import time

import cv2
import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from cnnviz.data.camera import Camera, CameraError
from cnnviz.data.picture import fit_to_page

from .explain_text import engine_text

FRAME_MS = 33             # a frame every 33 ms at most (30 frames per second), as most webcams deliver
PREVIEW_WIDTH = 224       # pixels of the preview in the dock


def frame_pixmap(frame: np.ndarray, width: int = PREVIEW_WIDTH) -> QPixmap:
    """A camera frame (uint8 (H, W, 3) BGR or (H, W) grey) as a pixmap ``width`` pixels wide."""
    frame = np.ascontiguousarray(frame)
    height, frame_width = frame.shape[:2]
    if frame.ndim == 3:
        image = QImage(frame.data, frame_width, height, frame.strides[0], QImage.Format.Format_BGR888)
    else:
        image = QImage(frame.data, frame_width, height, frame.strides[0], QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(image.scaledToWidth(width, Qt.TransformationMode.FastTransformation))


class CameraPanel(QWidget):
    """Starts and stops the camera, shows its frames and makes the latest one the session's input."""

    frame_shown = Signal()        # a live frame has run through the pipeline

    def __init__(self, session, host, *, open_capture=cv2.VideoCapture, index: int = 0, parent=None):
        super().__init__(parent)
        self.session, self.host = session, host
        self.open_capture, self.index = open_capture, index
        self.camera: Camera | None = None
        self.frame: np.ndarray | None = None      # the frame the network sees while the camera is the input
        self.frames_shown = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next_frame)

        self.preview = QLabel(self.tr("No camera picture yet"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 3 // 4)
        self.preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.preview.setStyleSheet("background: #222; color: #ccc")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start camera"))
        self.start_button.setToolTip(self.tr("Use the camera's live picture as the network's input"))
        self.start_button.clicked.connect(lambda checked=False: self.start())
        self.freeze_button = QPushButton(self.tr("Freeze"))
        self.freeze_button.setCheckable(True)
        self.freeze_button.setToolTip(self.tr("Hold the current frame so the inspector can be used on it"))
        self.freeze_button.toggled.connect(self.set_frozen)
        self.canvas_button = QPushButton(self.tr("To canvas"))
        self.canvas_button.setToolTip(self.tr("Put this frame on the canvas as a picture: draw on it, or add it to "
                                              "the collection (the camera is released)"))
        self.canvas_button.clicked.connect(lambda checked=False: self.to_canvas())
        self.drawing_button = QPushButton(self.tr("Back to drawing"))
        self.drawing_button.setToolTip(self.tr("Release the camera and classify the canvas again"))
        self.drawing_button.clicked.connect(lambda checked=False: self.back_to_drawing())
        buttons = QHBoxLayout()
        for button in (self.start_button, self.freeze_button, self.canvas_button, self.drawing_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)
        host.canvas.changed.connect(self._on_canvas_changed)
        self._show_state()

    # -- state -------------------------------------------------------------------------------------
    @property
    def is_live(self) -> bool:
        """The camera is open and its frames are being read."""
        return self.camera is not None and not self.freeze_button.isChecked()

    @property
    def is_input(self) -> bool:
        """A camera frame (live, frozen, or the last before the camera was lost) is the network's input."""
        return self.frame is not None and self.session.input_source == self._frame_source

    def _frame_source(self) -> np.ndarray:
        return self.frame

    # -- user actions ------------------------------------------------------------------------------
    def start(self) -> bool:
        """Open the camera and make its frames the input; False (one message, nothing changed) without one."""
        if self.camera is not None:
            self.set_frozen(False)
            return True
        try:
            camera = Camera(self.index, open_capture=self.open_capture)
            frame = camera.read()
        except CameraError as error:
            self.host.show_error(engine_text(error), dialog=True)
            self.status.setText(engine_text(error))
            return False
        self.camera = camera
        self.freeze_button.blockSignals(True)
        self.freeze_button.setChecked(False)
        self.freeze_button.blockSignals(False)
        self.session.set_input_source(self._frame_source)
        self._show(frame)
        return True

    def set_frozen(self, frozen: bool) -> None:
        """Hold the current frame (the input stays on it) or go on reading the camera."""
        if self.freeze_button.isChecked() != frozen:
            self.freeze_button.setChecked(frozen)       # comes back here through toggled
            return
        if frozen:
            self._timer.stop()
        elif self.camera is not None:
            self._timer.start(0)
        self._show_state()

    def back_to_drawing(self) -> None:
        """Release the camera and make the canvas the input again."""
        was_input = self.is_input
        self.release()
        self.frame = None
        if was_input or self.session.input_source is None:
            self.session.set_input_source(self.host.canvas.input_image)
            self.session.run()
        self._show_state()

    def to_canvas(self) -> bool:
        """Put the frame shown on the canvas (fitted to the page, one undo step) and go back to drawing on it."""
        if self.frame is None:
            return False
        page, _ = fit_to_page(self.frame, self.host.canvas.size_pixels)
        self.release()
        self.host.canvas.set_picture(page)            # the canvas says it changed: back to drawing, on the picture
        self.host.status(self.tr("The camera frame is on the canvas; Undo takes it back."))
        return True

    def release(self) -> None:
        """Free the device (the frame shown stays the input until Back to drawing)."""
        self._timer.stop()
        if self.camera is not None:
            self.camera.release()
            self.camera = None
        self._show_state()

    # -- frames ------------------------------------------------------------------------------------
    def _next_frame(self) -> None:
        if self.camera is None or self.freeze_button.isChecked():
            return
        started = time.perf_counter()
        try:
            frame = self.camera.read()
        except CameraError as error:          # gone mid-stream: the camera released itself, the last frame stays
            self.camera = None
            self.host.show_error(engine_text(error), dialog=True)
            self._show_state(engine_text(error))
            return
        self._show(frame, started)

    def _show(self, frame: np.ndarray, started: float | None = None) -> None:
        """Make ``frame`` the input, run the pipeline on it, and read the next one a frame later at the soonest."""
        started = time.perf_counter() if started is None else started
        self.frame = frame
        self.preview.setPixmap(frame_pixmap(frame))
        self.session.run()
        self.frames_shown += 1
        self.frame_shown.emit()
        if self.camera is not None and not self.freeze_button.isChecked():
            spent_ms = (time.perf_counter() - started) * 1000
            self._timer.start(max(1, int(FRAME_MS - spent_ms)))
        self._show_state()

    def _on_canvas_changed(self) -> None:
        if self.is_input:          # the pen was picked up: drawing is the input again
            self.back_to_drawing()

    def _show_state(self, problem: str | None = None) -> None:
        live, open_ = self.is_live, self.camera is not None
        self.start_button.setEnabled(not live)
        self.start_button.setText(self.tr("Start camera") if not open_ else self.tr("Go on"))
        self.freeze_button.setEnabled(open_)
        self.drawing_button.setEnabled(open_ or self.is_input)
        self.canvas_button.setEnabled(self.is_input)
        if problem is not None:
            self.status.setText(problem)
        elif live:
            self.status.setText(self.tr("Live: every frame goes through the network."))
        elif open_:
            self.status.setText(self.tr("Frozen: point at the panels to inspect this frame."))
        elif self.is_input:
            self.status.setText(self.tr("Camera released; the last frame is still the input."))
        else:
            self.status.setText(self.tr("The canvas is the input."))


class CameraSource(QObject):
    """The View menu's Camera action, the dock, and releasing the device when the dock or window closes."""

    def __init__(self, session, host, *, open_capture=cv2.VideoCapture):
        super().__init__(host.parent)
        self.panel = CameraPanel(session, host, open_capture=open_capture)
        self.dock = host.add_dock(self.panel, self.tr("Camera"), name="camera", shown=False)
        self.action = host.action(self.tr("Camera"), lambda checked=False: self.open(), ["Ctrl+Shift+C"],
                                  self.tr("Classify the camera's live picture (Ctrl+Shift+C)"))
        view = host.menu("&View")
        view.addSeparator()
        view.addAction(self.action)
        self.dock.installEventFilter(self)
        host.parent.installEventFilter(self)

    def open(self) -> bool:
        """Show the dock and start the camera."""
        self.dock.show()
        self.dock.raise_()
        return self.panel.start()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Close:
            if watched is self.dock:
                self.panel.back_to_drawing()
            else:
                self.panel.release()
        return False


def install(session, host) -> CameraSource:
    return CameraSource(session, host)
