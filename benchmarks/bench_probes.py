"""Probe speed: a full translation map (the drawing moved to every point of a G x G grid on the
280 x 280 canvas, each position preprocessed and classified, batched) and a 61-value sweep.

    python benchmarks/bench_probes.py [--repeats N] [--grid G ...]

Prints the median wall time of N runs per model and grid; the issue asks for at most 2 s for a
full map of ox-cnn on a 2-core machine.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from cnnviz.data import make_sketch, to_network_input  # noqa: E402
from cnnviz.data import transforms  # noqa: E402
from cnnviz.engine import load_model  # noqa: E402
from cnnviz.analysis.probes import DEFAULT_CHUNK, sweep, translation_map  # noqa: E402


def median_time(fn, repeats: int) -> tuple[float, float]:
    fn()                                   # warm: allocator, BLAS threads, caches
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times)), float(np.max(times))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--grid", type=int, nargs="+", default=[28, 56])
    args = parser.parse_args(argv)
    np.empty(12_000_000 // 8).fill(0)     # touch ~12 MB so first large temporaries do not pay page faults
    image, strokes = make_sketch(0, np.random.default_rng(0), placement="centre")
    print(f"python {platform.python_version()}, numpy {np.__version__}, {os.cpu_count()} CPUs, "
          f"chunk {DEFAULT_CHUNK}, {args.repeats} runs each (median / worst)")
    for name in ("ox-cnn", "lecture-ox"):
        model = load_model(name)
        for g in args.grid:
            median, worst = median_time(lambda: translation_map(model, image, grid=g, preprocess=to_network_input),
                                        args.repeats)
            print(f"translation map  {name:<11} grid {g}x{g} = {g * g:>5} positions on 280x280: "
                  f"{median * 1000:7.1f} ms / {worst * 1000:7.1f} ms  ({median / (g * g) * 1e6:.0f} us per position)")
        values = np.linspace(-90, 90, 61)
        median, worst = median_time(lambda: sweep(model, strokes, parameter="rotation", values=values,
                                                  variant=transforms.variant, preprocess=to_network_input),
                                    args.repeats)
        print(f"rotation sweep   {name:<11} 61 values (re-drawn strokes): "
              f"{median * 1000:7.1f} ms / {worst * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
