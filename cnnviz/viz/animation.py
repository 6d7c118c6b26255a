"""Writing frames (H, W, 3) uint8 RGB as an animated GIF or an MP4 video. No Qt.

GIF: Pillow if it is installed (an adaptive palette per frame), else OpenCV's own GIF encoder
(OpenCV >= 4.12 has ``cv2.imwriteanimation``). MP4: ``cv2.VideoWriter`` with the ``mp4v`` codec,
which the opencv-python-headless wheels carry (no system ffmpeg needed).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import numpy as np

from cnnviz.files import scratch_prefix, write_atomically
from cnnviz.messages import MessageError, message, template

FORMATS = (".gif", ".mp4")


NOT_A_FORMAT = template("'{file}': an animation is saved as .gif or .mp4, not '{suffix}'")     # FORMATS
NO_SUFFIX = template("no suffix")


class AnimationError(MessageError):
    """The frames cannot be written to this file."""


def _check(frames) -> list[np.ndarray]:
    frames = [np.ascontiguousarray(f) for f in frames]
    if not frames:
        raise AnimationError("an animation needs at least one frame")
    shape = frames[0].shape
    for k, frame in enumerate(frames):
        if frame.dtype != np.uint8 or frame.ndim != 3 or frame.shape[2] != 3:
            raise AnimationError(f"frame {k}: expected (height, width, 3) uint8 RGB, got {frame.shape} {frame.dtype}")
        if frame.shape != shape:
            raise AnimationError(f"frame {k} has shape {frame.shape}, frame 0 has {shape}")
    return frames


def write_animation(frames, path, *, fps: float = 10.0) -> Path:
    """Write frames to ``path`` (.gif or .mp4, chosen by the suffix); returns the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise AnimationError(message(NOT_A_FORMAT, file=path.name, suffix=suffix or message(NO_SUFFIX)))
    if not fps > 0:
        raise AnimationError(f"frames per second must be positive, got {fps}")
    frames = _check(frames)
    encoder = write_gif if suffix == ".gif" else write_mp4

    def write(handle):
        # The encoders want a file name: encode into a private folder, then copy into the file written atomically
        # (an unwritable place is an OSError with its reason, and nothing half-written is left)
        with tempfile.TemporaryDirectory(prefix=scratch_prefix()) as folder:
            scratch = Path(folder) / f"animation{suffix}"
            try:
                encoder(frames, scratch, fps=fps)
            except AnimationError as exc:
                raise AnimationError(str(exc).replace(str(scratch), str(path))) from None
            handle.write(scratch.read_bytes())
    return write_atomically(path, write)


def write_gif(frames, path, *, fps: float = 10.0) -> None:
    frames = _check(frames)
    duration = int(round(1000 / fps))
    try:
        from PIL import Image
    except ImportError:
        Image = None
    if Image is not None:
        images = [Image.fromarray(f, "RGB") for f in frames]
        # Pillow merges a frame identical to the one before into it (longer duration): callers that need
        # one GIF frame per frame make them differ (the timeline draws a progress bar in each)
        images[0].save(path, save_all=True, append_images=images[1:], duration=duration, loop=0, optimize=False)
        return
    import cv2
    if not hasattr(cv2, "imwriteanimation"):
        raise AnimationError("writing a GIF needs Pillow (pip install Pillow) or OpenCV 4.12 or newer")
    animation = cv2.Animation()
    animation.frames = [f[:, :, ::-1].copy() for f in frames]     # OpenCV wants BGR
    animation.durations = [duration] * len(frames)
    if not cv2.imwriteanimation(os.fspath(path), animation):
        raise AnimationError(f"OpenCV could not write the GIF '{path}'")


def write_mp4(frames, path, *, fps: float = 10.0) -> None:
    import cv2
    frames = _check(frames)
    height, width = frames[0].shape[:2]
    even_h, even_w = height - height % 2, width - width % 2     # most decoders need even sizes
    writer = cv2.VideoWriter(os.fspath(path), cv2.VideoWriter_fourcc(*"mp4v"), float(fps), (even_w, even_h))
    if not writer.isOpened():
        raise AnimationError(f"OpenCV cannot write MP4 (codec mp4v) to '{path}' on this system")
    try:
        for frame in frames:
            writer.write(np.ascontiguousarray(frame[:even_h, :even_w, ::-1]))
    finally:
        writer.release()
