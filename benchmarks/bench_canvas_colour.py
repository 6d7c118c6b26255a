"""The canvas's part of a pen movement, grey canvas (before colour) against colour canvas, side by side.

    python benchmarks/bench_canvas_colour.py [--before REV] [--moves 300] [--rounds 8]

One pen movement here is what the canvas adds to the live loop: the mouse-move event (the segment painted on
the page), the page read for the network (``input_image()``, or ``image_array()`` on the old canvas) and
preprocessed to 28 x 28 (grey) or 32 x 32 (colour), and the canvas widget repainted. The old canvas is
``cnnviz/ui/canvas.py`` at git revision REV (default: the commit before the colour canvas), loaded from git
into the same process; rounds alternate between the two so the shared machine's drift hits both alike.
Prints medians and 95th percentiles in microseconds, and their ratio new / old.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cnnviz.data.preprocess import to_network_input  # noqa: E402

BEFORE = "c02b063"      # the last commit with the grey (Format_Grayscale8) canvas


def old_canvas_module(rev: str):
    source = subprocess.run(["git", "show", f"{rev}:cnnviz/ui/canvas.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    path = Path(tempfile.mkdtemp()) / "canvas_before.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location("canvas_before", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module           # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def mouse(kind, pos):
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    return QMouseEvent(kind, pos, pos, button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def pen_movements(canvas, read, size, moves: int) -> list[float]:
    """Microseconds per pen movement over ``moves`` movements along circles."""
    rect = canvas._page_rect()
    cx, cy, r = rect.center().x(), rect.center().y(), rect.width() * 0.32
    points = [QPointF(cx + r * np.cos(a), cy + r * np.sin(a)) for a in np.linspace(0, 2 * np.pi, 61)]
    times = []
    while len(times) < moves:
        QApplication.sendEvent(canvas, mouse(QEvent.Type.MouseButtonPress, points[0]))
        for pos in points[1:]:
            t0 = time.perf_counter()
            QApplication.sendEvent(canvas, mouse(QEvent.Type.MouseMove, pos))
            image = read()
            to_network_input(image, size, channels=3 if size == (32, 32) else 1)
            canvas.repaint()
            times.append((time.perf_counter() - t0) * 1e6)
        QApplication.sendEvent(canvas, mouse(QEvent.Type.MouseButtonRelease, points[-1]))
        canvas.clear()
    return times[:moves]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=BEFORE)
    parser.add_argument("--moves", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    from cnnviz.ui.canvas import DrawingCanvas
    old = old_canvas_module(args.before).DrawingCanvas()
    new = DrawingCanvas()
    red = DrawingCanvas()
    red.pen_colour = (220, 20, 20)
    for canvas in (old, new, red):
        canvas.resize(400, 400)
        canvas.show()
    app.processEvents()
    cases = {"grey canvas (before), black pen, 28x28 grey": (old, old.image_array, (28, 28)),
             "colour canvas, black pen, 28x28 grey": (new, new.input_image, (28, 28)),
             "colour canvas, red pen, 32x32 R, G, B": (red, red.input_image, (32, 32))}
    timings = {name: [] for name in cases}
    for round_ in range(args.rounds + 1):
        for name, (canvas, read, size) in cases.items():
            times = pen_movements(canvas, read, size, args.moves)
            if round_:                       # round 0 warms up
                timings[name] += times
    base = np.median(timings[next(iter(cases))])
    for name, times in timings.items():
        median, p95 = np.percentile(times, [50, 95])
        print(f"{name:>44}: median {median:7.0f} µs, p95 {p95:7.0f} µs  (median {median / base:.2f}x the grey canvas)")
    for canvas in (old, new, red):
        canvas.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
