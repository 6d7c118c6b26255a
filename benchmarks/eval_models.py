"""Accuracy of the shipped models on held-out synthetic sketches, and the time to train ox-cnn from scratch.

    python benchmarks/eval_models.py [--samples N] [--skip-training]

The held-out sets use seeds the shipped model never saw (training used seed 0, validation 1000).
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cnnviz.data import make_dataset  # noqa: E402
from cnnviz.engine import load_model  # noqa: E402
from cnnviz.engine.train import evaluate  # noqa: E402

# The command that produced resources/models/ox-cnn.json (also in the README).
TRAIN_COMMAND = ["-m", "cnnviz", "train", "--arch", "ox-cnn", "--epochs", "5", "--seed", "0", "--samples", "16000"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=4000)
    parser.add_argument("--skip-training", action="store_true")
    args = parser.parse_args(argv)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    sets = {
        "held-out, anywhere (seed 7)": make_dataset(args.samples, seed=7),
        "held-out, large and centred (seed 8)": make_dataset(args.samples, seed=8, placement="centre"),
        "small, in one quadrant (seed 9)": make_dataset(args.samples, seed=9, placement="corner"),
    }
    for name in ("ox-cnn", "lecture-ox"):
        model = load_model(name)
        for label, (x, y) in sets.items():
            _, accuracy = evaluate(model, x, y)
            print(f"{name:<11} {label:<40} accuracy {accuracy:7.2%}  ({len(y)} sketches)")
    if not args.skip_training:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "ox-cnn.json"
            started = time.perf_counter()
            subprocess.run([sys.executable, *TRAIN_COMMAND, "--out", str(out)], check=True, cwd=ROOT,
                           stderr=subprocess.DEVNULL)
            seconds = time.perf_counter() - started
            retrained = load_model(out)
            _, accuracy = evaluate(retrained, *sets["held-out, anywhere (seed 7)"])
            print(f"training ox-cnn from scratch (whole command, data included): {seconds:.1f} s; "
                  f"held-out accuracy of the result {accuracy:.2%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
