"""Camera benchmark: frames per second with every panel live, in a real window offscreen, a FakeCapture playing
640 x 480 colour frames (a shape moving over noisy paper, as a webcam shows a drawing held up to it).

    python benchmarks/bench_camera.py [--seconds 4] [--frames 300]

For each model (lecture-ox, ox-cnn, selfedu-rgb):
  * as the app runs it: the camera dock's own timer (at most one frame per 33 ms, the next read started only
    after the frame before ran through the pipeline), the pipeline view painted after every frame; frames
    shown per second over --seconds of the event loop;
  * what one frame costs, back to back (read -> preprocess -> forward -> every panel -> painted): median and
    95th percentile, and the frame rate that allows (the ceiling without the 30 fps camera cap).
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

MODELS = ("lecture-ox", "ox-cnn", "selfedu-rgb")


def webcam_frames(count: int = 30, size=(480, 640), seed: int = 0) -> list[np.ndarray]:
    """BGR frames: a red circle or a blue cross drifting over light, noisy paper."""
    rng = np.random.default_rng(seed)
    frames = []
    for i in range(count):
        frame = np.clip(rng.normal(225, 8, size + (3,)), 0, 255).astype(np.uint8)
        cx, cy = size[1] // 2 + int(60 * np.sin(i / 5)), size[0] // 2 + int(30 * np.cos(i / 7))
        r = size[0] // 4
        if (i // 10) % 2 == 0:
            cv2.circle(frame, (cx, cy), r, (40, 40, 200), 18)
        else:
            cv2.line(frame, (cx - r, cy - r), (cx + r, cy + r), (200, 60, 40), 18)
            cv2.line(frame, (cx - r, cy + r), (cx + r, cy - r), (200, 60, 40), 18)
        frames.append(frame)
    return frames


def open_window(app, name: str, size=(1600, 950)):
    from cnnviz.data.camera import FakeCapture
    from cnnviz.ui.window import MainWindow
    settings = QSettings(str(Path("/tmp") / f"cnnviz-bench-camera-{os.getpid()}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(name, settings=settings)
    window.resize(*size)
    window.show()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    window.camera.panel.open_capture = FakeCapture.of(webcam_frames(), loop=True)
    return window


def measure_model(app, name: str, seconds: float, frames: int) -> dict:
    window = open_window(app, name)
    panel = window.camera.panel
    panel.frame_shown.connect(window.pipeline.repaint_now)     # every panel painted after every frame
    if not window.camera.open():
        raise SystemExit(f"{name}: the fake camera did not open")
    # as the app runs it: the dock's timer in the event loop
    end = time.perf_counter() + 0.5
    while time.perf_counter() < end:                           # warm up
        app.processEvents()
    shown, start = panel.frames_shown, time.perf_counter()
    end = start + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    live_fps = (panel.frames_shown - shown) / (time.perf_counter() - start)
    # back to back: one frame read, run and painted, as fast as it goes
    panel.set_frozen(True)
    timings = []
    for _ in range(frames):
        t0 = time.perf_counter()
        panel._show(panel.camera.read())
        window.pipeline.repaint_now()
        timings.append((time.perf_counter() - t0) * 1000)
    window.close()
    window.deleteLater()
    app.processEvents()
    q = np.percentile(timings, [50, 95])
    return {"model": name, "live_fps": live_fps, "median_ms": q[0], "p95_ms": q[1], "ceiling_fps": 1000 / q[0]}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--frames", type=int, default=300)
    args = parser.parse_args(argv)
    from cnnviz.ui.app import configure_pyqtgraph
    configure_pyqtgraph()
    app = QApplication.instance() or QApplication([])
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    for name in MODELS:
        r = measure_model(app, name, args.seconds, args.frames)
        print(f"{name:>11}: camera in the app {r['live_fps']:.1f} frames/s (cap 30); one frame read -> every "
              f"panel painted: median {r['median_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms "
              f"(ceiling {r['ceiling_fps']:.0f} frames/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
