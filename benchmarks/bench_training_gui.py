"""Does the GUI stay smooth while a model trains? Replay pen movements offscreen during training.

    python benchmarks/bench_training_gui.py [--seconds 6] [--model ox-cnn]
    python benchmarks/bench_training_gui.py --own-classes [--seconds 6] [--black-pen]

--own-classes: the issue-13 case instead: selfedu-rgb trained from scratch in the Training dock on a
collection of 30 drawings per class of three classes (circle, cross, triangle; no synthetic sketches),
drawn on the canvas in the pen palette's colours and collected in colour as the dock collects them, the
same pen replay meanwhile.

Opens the main window offscreen and starts the Training dock's run (ox-cnn from scratch on 1,500
synthetic sketches, weights handed to the window every 20 steps: the pipeline and filter tiles
repaint and the canvas re-runs each time). Meanwhile a 16 ms timer delivers a mouse-move event to
the canvas and repaints the pipeline view and canvas, as a user drawing would. The frame gap is the
time between two timer ticks: the longest gap is the worst freeze a user would feel (target: below
50 ms). The same replay without training is measured first, for comparison. Also printed: a full
translation map of ox-cnn (28 x 28 positions) through the probes dock's worker, wall time.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np  # noqa: E402
from PySide6.QtCore import QEvent, QEventLoop, QPointF, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

FRAME_MS = 16


def mouse(kind, pos):
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    return QMouseEvent(kind, pos, pos, button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


class PenReplay:
    """A pen circling on the canvas, one movement per timer tick; records the gaps between ticks."""

    def __init__(self, app, window):
        self.app, self.window, self.canvas = app, window, window.canvas
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.tick)
        self.angle = 0.0

    def _pos(self) -> QPointF:
        rect = self.canvas._page_rect()
        r = rect.width() * 0.3
        return QPointF(rect.center().x() + r * np.cos(self.angle), rect.center().y() + r * np.sin(self.angle))

    def start(self) -> None:
        self.ticks.clear()
        QApplication.sendEvent(self.canvas, mouse(QEvent.Type.MouseButtonPress, self._pos()))
        self.timer.start()

    def tick(self) -> None:
        self.ticks.append(time.perf_counter())
        self.angle += 0.12
        if self.angle > 2 * np.pi * 1.1:          # a new stroke now and then, as a user would
            QApplication.sendEvent(self.canvas, mouse(QEvent.Type.MouseButtonRelease, self._pos()))
            self.canvas.clear()
            self.angle = 0.0
            QApplication.sendEvent(self.canvas, mouse(QEvent.Type.MouseButtonPress, self._pos()))
        QApplication.sendEvent(self.canvas, mouse(QEvent.Type.MouseMove, self._pos()))
        self.window.pipeline.repaint_now()
        self.canvas.repaint()

    def stop(self) -> list[float]:
        self.timer.stop()
        QApplication.sendEvent(self.canvas, mouse(QEvent.Type.MouseButtonRelease, self._pos()))
        return list(np.diff(self.ticks) * 1000.0)


def three_class_collection(canvas, per_class: int, seed: int = 0, grey: bool = False) -> list:
    """`per_class` generated drawings of each of circle, cross and triangle, drawn on the canvas with the pen
    palette's colours in turn and collected as the dock collects the canvas (in colour: R, G, B pages)."""
    from array import array

    from cnnviz.data.sketches import make_sketch
    from cnnviz.ui.canvas import Stroke
    from cnnviz.ui.experiments.drawing_collection import drawing_from_canvas
    from cnnviz.ui.pen_palette import PEN_COLOURS
    colours = [colour for _, colour in (PEN_COLOURS[:1] if grey else PEN_COLOURS[1:])]   # black; or red, green...
    rng = np.random.default_rng(seed)
    drawings = []
    for k in range(per_class):
        for label in ("circle", "cross", "triangle"):
            _, strokes = make_sketch(label, rng, width=14)
            colour = colours[len(drawings) % len(colours)]          # 3 classes, 4 colours: every class gets each
            pen = [Stroke(14.0, False, array("f", np.column_stack([points, np.ones(len(points))]).ravel()), colour)
                   for points in strokes]
            canvas.set_stroke_list(pen)
            drawings.append(drawing_from_canvas(canvas, label))
    canvas.clear()
    return drawings


def run_for(app, seconds: float, until=None) -> None:
    """Run the real event loop (not a polling loop, which would hold the GIL) for `seconds` or until
    `until()` is true (checked every 20 ms)."""
    loop = QEventLoop()
    end = time.perf_counter() + seconds

    def check():
        if time.perf_counter() >= end or (until is not None and until()):
            loop.quit()
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()


def summary(gaps: list[float]) -> str:
    gaps = sorted(gaps)
    return (f"{len(gaps)} frames, median {statistics.median(gaps):.1f} ms, 95th {gaps[int(0.95 * (len(gaps) - 1))]:.1f} ms, "
            f"99th {gaps[int(0.99 * (len(gaps) - 1))]:.1f} ms, longest {gaps[-1]:.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=6.0, help="how long to replay during training")
    parser.add_argument("--model", default="ox-cnn")
    parser.add_argument("--own-classes", action="store_true",
                        help="selfedu-rgb from 30 collected drawings per class of 3 classes")
    parser.add_argument("--black-pen", action="store_true",
                        help="with --own-classes: the drawings in black (grey pages), for comparison")
    args = parser.parse_args()

    from cnnviz.ui.app import configure_pyqtgraph
    configure_pyqtgraph()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from cnnviz.ui.window import MainWindow

    folder = tempfile.mkdtemp(prefix="cnnviz-bench-")
    settings = QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat)
    settings.setValue("experiments/collection_dir", str(Path(folder) / "collection"))
    window = MainWindow(args.model, settings=settings)
    window.resize(1600, 1000)
    window.show()
    experiments = window.experiments
    experiments.show_dock("training")
    run_for(app, 0.5)
    print(f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}")

    replay = PenReplay(app, window)
    replay.start()
    run_for(app, 2.0)
    idle = replay.stop()
    print(f"drawing, no training:    {summary(idle)}")

    training = experiments.training
    training.schedule.epochs_spin.setValue(200)                # long enough; stopped after --seconds
    if args.own_classes:
        experiments.collection.extend(three_class_collection(window.canvas, 30, grey=args.black_pen))
        colour = sum(d.image.ndim == 3 for d in experiments.collection.drawings)
        training.data.synthetic_spin.setValue(0)
        training.network.arch_combo.setCurrentText("selfedu-rgb")
        print(f"training selfedu-rgb from {training.data.collected_label.text()}, {colour} of them in colour")
    else:
        training.data.synthetic_spin.setValue(1500)
        training.network.arch_combo.setCurrentText(args.model if args.model in ("ox-cnn", "quadrants") else "ox-cnn")
    training.start()
    run_for(app, 30.0, until=lambda: len(training.history["x"]) > 0)   # the data set is built in the worker
    replay.start()
    run_for(app, args.seconds)
    busy = replay.stop()
    steps = len(training.history["x"])
    training.cancel()
    run_for(app, 5.0, until=lambda: not training.running)
    print(f"drawing while training:  {summary(busy)}")
    print(f"  training meanwhile: {steps} steps of batch {training.schedule.batch_spin.value()}, "
          f"{training.applied} weight copies shown on the pipeline")
    print(f"  longest GUI frame gap during training: {max(busy):.1f} ms (target < 50 ms)")
    if args.own_classes:
        print(f"  the model shown: {window.session.model.name}, classes {', '.join(window.session.model.class_names)}")
        window.close()
        return 0

    # a translation map through the probes dock's worker
    experiments.show_dock("translation-map")
    probes = experiments.probes
    probes.auto_check.setChecked(False)
    window.load_model(args.model)
    window.draw_example("circle")
    run_for(app, 0.3)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        probes.run_map()
        run_for(app, 10.0, until=lambda: not probes.busy)
        times.append(time.perf_counter() - start)
    print(f"translation map, {args.model}, 28 x 28 positions, in the worker: median {statistics.median(times):.2f} s "
          f"(target <= 2 s)")
    window.close()
    window.deleteLater()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
