"""Your own classes, measured: `cnnviz train --data` on 250 hand-drawn-looking sketches per class of circle,
cross and triangle (written to a temporary folder as PNG files, one subfolder per class), then tested on
held-out sketches from a second, independently built generator (benchmarks/independent_sketches.py), read back
from PNG files through the same path as `cnnviz predict`.

    python benchmarks/bench_own_classes.py [--per-class 250] [--test-per-class 300] [--seed 0]

Prints the training time (the whole `train --data` command, reading the images included) and the accuracy.
The README quotes it; the goal is >= 95 % within 60 s on a 2-core machine.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from independent_sketches import independent_set  # noqa: E402

from cnnviz.data import load_input, make_sketch  # noqa: E402
from cnnviz.engine import load_model  # noqa: E402

CLASSES = ("circle", "cross", "triangle")


def write_training_folder(root: Path, per_class: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    for name in CLASSES:
        (root / name).mkdir(parents=True)
        for i in range(per_class):
            image, _ = make_sketch(name, rng)
            cv2.imwrite(str(root / name / f"{i:04d}.png"), image)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-class", type=int, default=250)
    parser.add_argument("--test-per-class", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        write_training_folder(tmp / "data", args.per_class, args.seed)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "cnnviz", "train", "--data", str(tmp / "data"),
                        "--out", str(tmp / "model.json"), "--seed", str(args.seed)], check=True,
                       stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
        model = load_model(tmp / "model.json")
        images, labels = independent_set(args.test_per_class, seed=args.seed + 7, classes=CLASSES)
        test = tmp / "test"
        test.mkdir()
        channels, height, width = model.input_shape
        correct = np.zeros(len(CLASSES))
        for i, (image, label) in enumerate(zip(images, labels)):
            path = test / f"{i:05d}.png"
            cv2.imwrite(str(path), image)
            x = load_input(path, (height, width), channels=channels, crop=bool(model.preprocess.get("crop")))
            correct[label] += model.forward(x).predicted[0] == label
    per_class = correct / args.test_per_class
    print(f"train --data on {args.per_class} images per class of {', '.join(CLASSES)}: {seconds:.1f} s "
          f"(the whole command), a {' x '.join(map(str, model.input_shape))} model of "
          f"{model.parameter_count:,} parameters")
    print(f"held-out sketches from the independent generator, {args.test_per_class} per class: "
          f"accuracy {per_class.mean():.1%} (" + ", ".join(f"{n} {a:.1%}" for n, a in zip(CLASSES, per_class)) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
