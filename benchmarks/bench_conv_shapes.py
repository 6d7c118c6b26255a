"""Convolution speed at every shape a user can pick, beside PyTorch CPU (2 threads).

    python benchmarks/bench_conv_shapes.py [--settings S] [--rounds R] [--budget SECONDS] [--seed K]
                                           [--baseline TREE | --floor] [--only PATTERN] [--start K] [--worst W]

One setting is a batch (1-64), input channels and filters (1-32), a square input (up to 64x64), a kernel (1-7),
padding (0-3) and stride (1-3). For each, the NumPy engine and PyTorch each run one convolution forward and its
whole backward (input, weight and bias gradients), on the same float32 arrays in the (N, C, H, W) layout, timed in
alternating rounds; the ratio is the median of the per-round ratios (above 1: the NumPy engine is slower).
The settings are every corner of that space that fits (smallest and largest of each knob) and random ones
between. Prints the geometric mean of the ratios, the worst settings and the OpenBLAS environment.
``--baseline TREE`` also times TREE/cnnviz/engine/ops.py (TREE a checkout of the code before a change) in the
same alternating rounds, so that before and after are compared on the same machine load. ``--floor`` instead times
the least any im2col method must do, its three BLAS products and one copy of its columns (floor_workload): where
that alone takes over 2x PyTorch's time, no im2col method in NumPy reaches 2x.
"""
from __future__ import annotations

import argparse
import importlib
import itertools
import math
import os
import platform
import sys
import time
import types
from pathlib import Path

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")  # spinning BLAS threads otherwise slow the next library's ops
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from bench_engine import median_time  # noqa: E402
from cnnviz.engine import ops  # noqa: E402

KERNELS, PADDINGS, STRIDES = (1, 7), (0, 3), (1, 3)
CHANNELS, SIZES, BATCHES = (1, 32), (7, 64), (1, 64)
FIELDS = ("batch", "channels", "filters", "size", "kernel", "padding", "stride")


def fits(setting: dict) -> bool:
    return setting["kernel"] <= setting["size"] + 2 * setting["padding"]


def corner_settings() -> list[dict]:
    """Every combination of the smallest and largest value of each knob."""
    grid = itertools.product(BATCHES, CHANNELS, CHANNELS, SIZES, KERNELS, PADDINGS, STRIDES)
    return [dict(zip(FIELDS, values)) for values in grid]


def random_settings(count: int, rng) -> list[dict]:
    """Settings drawn across the space: batch, channels and filters log-uniform, the rest uniform."""
    def log_uniform(low, high):
        return int(round(math.exp(rng.uniform(math.log(low), math.log(high)))))
    settings = []
    while len(settings) < count:
        setting = {"batch": log_uniform(1, 64), "channels": log_uniform(1, 32), "filters": log_uniform(1, 32),
                   "size": int(rng.integers(3, 65)), "kernel": int(rng.integers(1, 8)),
                   "padding": int(rng.integers(0, 4)), "stride": int(rng.integers(1, 4))}
        if fits(setting):
            settings.append(setting)
    return settings


def label(s: dict) -> str:
    return (f"batch {s['batch']:2d}, {s['channels']:2d} -> {s['filters']:2d} ch, {s['size']:2d}x{s['size']:<2d}, "
            f"k{s['kernel']} p{s['padding']} s{s['stride']}")


def load_ops(tree: str):
    """The ops module of another cnnviz tree, loaded under its own name with the engine modules beside it that it
    imports (only NumPy and those), without running that engine's __init__."""
    for name in [name for name in sys.modules if name.split(".")[0] == "baseline_engine"]:
        del sys.modules[name]
    engine = types.ModuleType("baseline_engine")
    engine.__path__ = [str(Path(tree) / "cnnviz" / "engine")]
    sys.modules["baseline_engine"] = engine
    return importlib.import_module("baseline_engine.ops")


def engine_workload(engine, x, w, b, dy, stride, padding):
    def run():
        _, cols = engine.conv2d_im2col(x, w, b, stride, padding)
        return engine.conv2d_backward(dy, x, w, stride, padding, cols=cols)
    return run


FLOOR_BAND_BYTES = 1 << 25    # the floor's products run in bands of columns of about this size, as the engine's do


def floor_workload(s: dict, rng):
    """The least an im2col method must do for one setting: its three matrix products (the forward W @ cols, the
    weight gradient cols @ dy.T and the columns' gradient W.T @ dy, each the faster way round), plus one copy of
    the columns, on random float32 matrices of the im2col shapes (F, C*KH*KW) and (C*KH*KW, OH*OW*N), in bands
    of FLOOR_BAND_BYTES. NumPy's BLAS does the products; nothing else is counted (no gather, no adds back)."""
    out = ops.output_size(s["size"], s["kernel"], s["stride"], s["padding"])
    depth, f = s["channels"] * s["kernel"] ** 2, s["filters"]
    columns = out * out * s["batch"]
    band = max(1, min(columns, FLOOR_BAND_BYTES // (4 * depth)))
    w = rng.standard_normal((f, depth), dtype=np.float32)
    cols = rng.standard_normal((depth, band), dtype=np.float32)
    copy = np.empty_like(cols)
    dy = rng.standard_normal((f, band), dtype=np.float32)
    ways = [(lambda: w @ cols, lambda: (cols.T @ w.T)),
            (lambda: cols @ dy.T, lambda: (dy @ cols.T)),
            (lambda: w.T @ dy, lambda: (dy.T @ w))]
    fastest = [min(pair, key=lambda way: median_time(way, 3, warmup=1)) for pair in ways]
    bands = [min(band, columns - start) for start in range(0, columns, band)]

    def run():
        for width in bands:
            part = slice(0, width)
            np.copyto(copy[:, part], cols[:, part])
            for way in fastest:
                way()
    return run


def workloads(s: dict, rng, baseline=None):
    """(ours, theirs, before): one forward and backward of the same convolution in the NumPy engine, in PyTorch
    and in the baseline ops module (None without one)."""
    import torch
    x = rng.standard_normal((s["batch"], s["channels"], s["size"], s["size"]), dtype=np.float32)
    w = rng.standard_normal((s["filters"], s["channels"], s["kernel"], s["kernel"]), dtype=np.float32)
    b = rng.standard_normal(s["filters"], dtype=np.float32)
    stride, padding = s["stride"], s["padding"]
    out = ops.output_size(s["size"], s["kernel"], stride, padding)
    dy = rng.standard_normal((s["batch"], s["filters"], out, out), dtype=np.float32)

    ours = engine_workload(ops, x, w, b, dy, stride, padding)
    before = None if baseline is None else engine_workload(baseline, x, w, b, dy, stride, padding)

    xt, wt, bt = (torch.from_numpy(a).requires_grad_() for a in (x, w, b))
    dyt = torch.from_numpy(dy)

    def theirs():
        y = torch.nn.functional.conv2d(xt, wt, bt, stride, padding)
        return torch.autograd.grad(y, (xt, wt, bt), dyt)

    got, want = ours(), theirs()
    for name, g, t in zip(("dx", "dw", "db"), got, want):
        t = t.numpy()
        if not np.allclose(g, t, rtol=1e-3, atol=1e-3 * float(np.abs(t).max() + 1)):
            raise AssertionError(f"{label(s)}: {name} differs from PyTorch")
    return ours, theirs, before


def measure(ours, theirs, rounds: int, budget: float, before=None) -> tuple[float, float, float, float]:
    """Medians of ours and theirs over alternating rounds of about `budget` seconds each, the median ratio
    ours / theirs and the median ratio before / theirs (nan without a baseline)."""
    start = time.perf_counter()
    ours()
    repeats = int(min(200, max(3, budget / max(time.perf_counter() - start, 1e-6))))
    ours_t, theirs_t, before_t = [], [], []
    for _ in range(rounds):
        ours_t.append(median_time(ours, repeats, warmup=1))
        theirs_t.append(median_time(theirs, repeats, warmup=1))
        if before is not None:
            before_t.append(median_time(before, repeats, warmup=1))
    ratios = np.array(ours_t) / np.array(theirs_t)
    before_ratio = float(np.median(np.array(before_t) / np.array(theirs_t))) if before_t else float("nan")
    return float(np.median(ours_t)), float(np.median(theirs_t)), float(np.median(ratios)), before_ratio


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settings", type=int, default=300,
                        help="settings in all: the corners that fit, then random ones (default 300)")
    parser.add_argument("--rounds", type=int, default=5, help="alternating rounds per setting (default 5)")
    parser.add_argument("--budget", type=float, default=0.02,
                        help="seconds per side per round, at least 3 calls (default 0.02)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random settings and data (default 0)")
    parser.add_argument("--start", type=int, default=1,
                        help="measure from this setting on (1-based), to resume or split a long run (default 1)")
    parser.add_argument("--worst", type=int, default=10, help="how many of the slowest settings to list (default 10)")
    parser.add_argument("--baseline", metavar="TREE",
                        help="also time TREE/cnnviz/engine/ops.py in the same rounds (the code before a change)")
    parser.add_argument("--floor", action="store_true",
                        help="also time the least an im2col method must do (its three BLAS products and one copy "
                             "of its columns, see floor_workload) in the same rounds, as a ratio to PyTorch")
    parser.add_argument("--only", metavar="PATTERN", default="",
                        help="measure only the settings whose label contains PATTERN (for example 'k7'; "
                             "'A|B' for either)")
    args = parser.parse_args(argv)
    if args.floor and args.baseline:
        parser.error("--floor and --baseline each take the third column: give one")
    third = "floor" if args.floor else "before"
    try:
        import torch
    except ImportError:
        print("PyTorch is not installed: this benchmark compares against it (pip install torch)", file=sys.stderr)
        return 1
    torch.set_num_threads(2)
    rng = np.random.default_rng(args.seed)
    baseline = load_ops(args.baseline) if args.baseline else None
    np.ones(3_000_000, np.float32).sum()  # warm the allocator
    corners = [s for s in corner_settings() if fits(s)]
    settings = corners[:args.settings] + random_settings(max(args.settings - len(corners), 0), rng)
    blas = ", ".join(f"{k}={v}" for k, v in sorted(os.environ.items()) if k.startswith("OPENBLAS_")) or "none"
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, NumPy {np.__version__}, "
          f"PyTorch {torch.__version__} ({torch.get_num_threads()} threads)")
    print(f"OpenBLAS settings in the environment: {blas}")
    print(f"{len(settings)} settings ({len(corners)} corners), {args.rounds} alternating rounds each; "
          f"ratio = NumPy time / PyTorch time, forward + backward")
    results = []
    began = time.perf_counter()
    for k, setting in enumerate(settings, 1):
        if k < args.start or not any(pattern in label(setting) for pattern in args.only.split("|")):
            continue
        ours, theirs, before = workloads(setting, rng, baseline)
        if args.floor:
            before = floor_workload(setting, rng)
        ours_t, theirs_t, ratio, before_ratio = measure(ours, theirs, args.rounds, args.budget, before)
        results.append((ratio, ours_t, theirs_t, setting, before_ratio, k <= len(corners)))
        was = f"   ({third} {before_ratio:6.2f})" if baseline is not None or args.floor else ""
        print(f"[{k:3d}/{len(settings)}] {label(setting):<52}{ours_t * 1e3:10.3f} ms{theirs_t * 1e3:10.3f} ms"
              f"{ratio:7.2f}{was}", flush=True)
    ratios = np.array([r[0] for r in results])
    corner_count = sum(r[5] for r in results)

    def geomean(values):
        return math.exp(np.log(values).mean()) if len(values) else float("nan")
    print(f"\ngeometric mean of the ratios: {geomean(ratios):.2f} "
          f"(corners {geomean(ratios[:corner_count]):.2f}, random {geomean(ratios[corner_count:]):.2f})"
          f"; median {np.median(ratios):.2f}; over 1x: {int((ratios > 1).sum())}, over 2x: {int((ratios > 2).sum())} "
          f"of {len(ratios)}; {time.perf_counter() - began:.0f} s")
    if baseline is not None:
        was = np.array([r[4] for r in results])
        print(f"baseline {args.baseline} in the same rounds: geometric mean {geomean(was):.2f} "
              f"(corners {geomean(was[:corner_count]):.2f}); over 1x: {int((was > 1).sum())}, "
              f"over 2x: {int((was > 2).sum())} of {len(was)}; worst {was.max():.2f}")
    if args.floor:
        floors = np.array([r[4] for r in results])
        over = ratios > 2
        print(f"floor (three BLAS products and one copy of the columns) in the same rounds: geometric mean "
              f"{geomean(floors):.2f}; over 2x: {int((floors > 2).sum())} of {len(floors)}; of the {int(over.sum())} "
              f"settings over 2x, {int((floors[over] > 2).sum())} have a floor over 2x and "
              f"{int((floors[over] > 1).sum())} over 1x")
    print(f"worst {args.worst}:")
    for ratio, ours_t, theirs_t, setting, before_ratio, _ in sorted(results, key=lambda r: -r[0])[:args.worst]:
        was = f"   ({third} {before_ratio:6.2f})" if baseline is not None or args.floor else ""
        print(f"  {label(setting):<52}{ours_t * 1e3:10.3f} ms{theirs_t * 1e3:10.3f} ms{ratio:7.2f}{was}")
    if baseline is not None:
        print(f"worst {args.worst} of the baseline:")
        for ratio, _, _, setting, before_ratio, _ in sorted(results, key=lambda r: -r[4])[:args.worst]:
            print(f"  {label(setting):<52}before {before_ratio:7.2f}, now {ratio:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
