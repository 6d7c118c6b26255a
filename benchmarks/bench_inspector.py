"""What the inspector costs the live loop: pen movements paced like a real pen (one per 16 ms frame),
with nothing pinned, a conv cell pinned, and a class pinned.

    python benchmarks/bench_inspector.py [--moves 300]

Each movement is timed from the pen event to the pipeline painted *and* any inspector refresh that
came due (the inspector follows the pen at most every third frame, from a timer, and only when the
input under the shown cell changed): median, p95 and
max per movement, and the inspector's own share.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench_live import mouse, stroke_points  # noqa: E402

FRAME_S = 0.016


def measure(app, window, pin: str | None, moves: int) -> dict:
    c = window.inspect
    c.inspector.set_pinned(False)
    c.inspector.clear()
    if pin:
        c.run_demo(pin)
    canvas = window.canvas
    points = stroke_points(canvas, 60)
    refresh_ms, timings = [], []
    original = c.pointing._refresh_inspector

    def timed_refresh():
        t = time.perf_counter()
        original()
        refresh_ms.append((time.perf_counter() - t) * 1000)
    c.pointing._refresh_timer.timeout.disconnect()
    c.pointing._refresh_timer.timeout.connect(timed_refresh)
    try:
        while len(timings) < moves:
            QApplication.sendEvent(canvas, mouse(QEvent.Type.MouseButtonPress, points[0]))
            for pos in points[1:]:
                start = time.perf_counter()
                QApplication.sendEvent(canvas, mouse(QEvent.Type.MouseMove, pos))
                window.live.run_now()
                window.pipeline.repaint_now()
                canvas.repaint()
                app.processEvents()              # a due inspector refresh runs here
                timings.append((time.perf_counter() - start) * 1000)
                rest = FRAME_S - (time.perf_counter() - start)
                if rest > 0:
                    time.sleep(rest)
            QApplication.sendEvent(canvas, mouse(QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.NoButton))
            canvas.clear()
            app.processEvents()
    finally:
        c.pointing._refresh_timer.timeout.disconnect()
        c.pointing._refresh_timer.timeout.connect(original)
    timings = timings[:moves]
    q = np.percentile(timings, [50, 95])
    return {"median": q[0], "p95": q[1], "max": max(timings), "refreshes": len(refresh_ms),
            "refresh_median": float(np.median(refresh_ms)) if refresh_ms else 0.0}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=300)
    args = parser.parse_args(argv)
    from cnnviz.engine import shipped_models
    from cnnviz.ui.app import configure_pyqtgraph
    from cnnviz.ui.window import MainWindow
    configure_pyqtgraph()
    app = QApplication.instance() or QApplication([])
    # conv1 (0, 13, 21) lies on the benchmark stroke (its numbers change every frame); (0, 12, 8) does not
    pins = {"lecture-ox": ("pin:conv1:0:12:8", "pin:conv1:0:13:21", "pin:pool1:1:0:1", "pin:softmax:0"),
            "ox-cnn": ("pin:conv1:0:12:8", "pin:conv1:0:13:21", "pin:conv2:3:5:5", "pin:softmax:0")}
    for name in shipped_models():
        settings = QSettings(str(Path("/tmp") / f"cnnviz-bench-insp-{os.getpid()}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(name, settings=settings)
        window.resize(1600, 1000)
        window.show()
        for _ in range(20):
            app.processEvents()
            time.sleep(0.01)
        window.pipeline._relayout_if_needed()
        for pin in (None,) + pins.get(name, ()):
            r = measure(app, window, pin, args.moves)
            print(f"{name:>11} {pin or 'nothing pinned':<18}: per pen movement median {r['median']:.2f} ms, "
                  f"p95 {r['p95']:.2f} ms, max {r['max']:.1f} ms; inspector timer fired {r['refreshes']} times "
                  f"in {args.moves} movements, median {r['refresh_median']:.2f} ms (a refresh is skipped when the "
                  f"input under the cell did not change)")
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
