"""Why channels matter, measured: red circles against blue circles (the same shapes, inks of the same range of
brightness, on tinted paper under uneven light; cnnviz.data.colour_shapes). The pictures are written as PNG
files into a folder per class and trained with `cnnviz train --data` twice: once as the data asks (a colour
model, selfedu-rgb) and once with a grey model (--arch ox-cnn, which reads ink as darkness). Both are tested on
held-out pictures of another seed.

    python benchmarks/bench_colour.py [--per-class 250] [--test-per-class 300] [--seed 0]

The README quotes it: the colour model should reach >= 98 %, the grey one stays near chance (50 %).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

from cnnviz.data import to_network_input
from cnnviz.data.colour_shapes import make_colour_pictures
from cnnviz.engine import load_model

CLASSES = ("blue", "red")


def write_folder(root: Path, per_class: int, seed: int) -> None:
    pictures, labels = make_colour_pictures(per_class * len(CLASSES), seed=seed, classes=CLASSES)
    for name in CLASSES:
        (root / name).mkdir(parents=True)
    for i, (picture, label) in enumerate(zip(pictures, labels)):
        cv2.imwrite(str(root / CLASSES[label] / f"{i:04d}.png"), picture)


def accuracy(model, pictures, labels) -> float:
    channels, height, width = model.input_shape
    crop = bool(model.preprocess.get("crop"))
    x = np.stack([to_network_input(p, (height, width), channels=channels, crop=crop) for p in pictures])
    return float((model.forward(x).predicted == labels).mean())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=250)
    parser.add_argument("--test-per-class", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    pictures, labels = make_colour_pictures(args.test_per_class * len(CLASSES), seed=args.seed + 99, classes=CLASSES)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_folder(tmp / "data", args.per_class, args.seed)
        for label, extra in (("colour model (chosen for the data)", []), ("grey model (--arch ox-cnn)",
                                                                          ["--arch", "ox-cnn"])):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "cnnviz", "train", "--data", str(tmp / "data"), "--out",
                            str(tmp / "model.json"), "--seed", str(args.seed), *extra], check=True,
                           stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
            seconds = time.perf_counter() - started
            model = load_model(tmp / "model.json")
            print(f"{label}: {' x '.join(map(str, model.input_shape))}, trained in {seconds:.1f} s, "
                  f"held-out accuracy {accuracy(model, pictures, labels):.1%} "
                  f"({args.test_per_class} pictures per class of {', '.join(CLASSES)})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
