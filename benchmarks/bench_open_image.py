"""Image-open benchmark: time "image file opened -> classified -> every panel painted" offscreen.

    python benchmarks/bench_open_image.py [--rounds 40] [--models lecture-ox,selfedu-rgb]

For each model: a 1600 x 1200 JPEG photo of a drawn ring and a 280 x 280 PNG are opened in turn
(read_image with its checks, fitted to the page, put on the canvas), the model is run at once (what the live
throttle does) and the pipeline view and canvas are repainted synchronously. Reports the median and 95th
percentile in ms of the whole path, and of reading + fitting alone.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
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


def pictures(folder: Path) -> list[Path]:
    photo = np.full((1200, 1600, 3), (200, 210, 215), np.uint8)
    photo += np.random.default_rng(0).integers(0, 12, photo.shape, dtype=np.uint8)     # paper grain
    cv2.circle(photo, (800, 600), 380, (40, 30, 30), 40)
    small = np.full((280, 280), 255, np.uint8)
    cv2.line(small, (60, 60), (220, 220), 0, 16)
    cv2.line(small, (220, 60), (60, 220), 0, 16)
    paths = [folder / "photo.jpg", folder / "cross.png"]
    cv2.imwrite(str(paths[0]), photo)
    cv2.imwrite(str(paths[1]), small)
    return paths


def pct(values, q):
    return float(np.percentile(values, q))


def measure(app, name: str, paths: list[Path], rounds: int) -> dict:
    from cnnviz.ui.window import MainWindow
    settings = QSettings(str(Path(tempfile.gettempdir()) / f"cnnviz-bench-open-{os.getpid()}.ini"),
                         QSettings.Format.IniFormat)
    window = MainWindow(name, settings=settings)
    window.resize(1600, 950)
    window.show()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)
    window.pipeline._relayout_if_needed()
    whole = {p.name: [] for p in paths}
    reading = {p.name: [] for p in paths}
    from cnnviz.data.picture import fit_to_page
    from cnnviz.data.preprocess import read_image
    for round_ in range(rounds + 3):
        for path in paths:
            t0 = time.perf_counter()
            assert window.image_input.open_file(str(path))
            window.live.run_now()
            window.pipeline.repaint_now()
            window.canvas.repaint()
            t1 = time.perf_counter()
            fit_to_page(read_image(path), window.canvas.size_pixels)
            t2 = time.perf_counter()
            if round_ >= 3:                 # warm-up rounds left out
                whole[path.name].append((t1 - t0) * 1000)
                reading[path.name].append((t2 - t1) * 1000)
            app.processEvents()
    window.close()
    return {p: (statistics.median(whole[p]), pct(whole[p], 95), statistics.median(reading[p])) for p in whole}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--models", default="lecture-ox,selfedu-rgb")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        paths = pictures(Path(folder))
        print(f"{'model':14} {'image':10} {'open->painted median':>21} {'p95':>8} {'read+fit median':>16}")
        for name in args.models.split(","):
            for image, (median, p95, read) in measure(app, name, paths, args.rounds).items():
                print(f"{name:14} {image:10} {median:18.1f} ms {p95:5.1f} ms {read:13.1f} ms")


if __name__ == "__main__":
    main()
