"""Transposed convolution and upsampling, forward + backward, beside PyTorch CPU (2 threads) in one run.

    python benchmarks/bench_transpose.py [--settings N] [--rounds R] [--repeats K] [--seed S]

Draws N settings from what the architecture editor allows (kernels 1-7, padding 0-3, stride 1-3, up to 32
channels, inputs up to 64x64 after the layer, batch 1-64), times forward + backward of ours and PyTorch's
alternately, and prints each setting's ratio (ours / PyTorch; below 1: the NumPy engine is faster), the
geometric mean and the worst. Upsampling (nearest, bilinear) is timed the same way.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

from bench_engine import paired  # noqa: E402
from cnnviz.engine import ops  # noqa: E402


def transpose_settings(rng, count: int):
    """Random settings whose output fits the editor's 64x64 limit."""
    found = []
    while len(found) < count:
        k, s, p = int(rng.integers(1, 8)), int(rng.integers(1, 4)), int(rng.integers(0, 4))
        op = int(rng.integers(0, s))
        n = int(rng.integers(2, 33))
        out = ops.conv_transpose_output_size(n, k, s, p, op)
        if not 1 <= out <= 64:
            continue
        c_in, c_out = int(rng.choice([1, 4, 8, 16, 32])), int(rng.choice([1, 4, 8, 16, 32]))
        batch = int(rng.choice([1, 8, 32, 64]))
        if batch * max(c_in * n * n, c_out * out * out) > 4_000_000:      # keep each call under ~0.1 s
            continue
        found.append(dict(batch=batch, c_in=c_in, c_out=c_out, n=n, k=k, s=s, p=p, op=op))
    return found


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--settings", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=15)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    import torch
    torch.set_num_threads(2)
    np.zeros(3_000_000).sum()                                   # warm the allocator
    rng = np.random.default_rng(args.seed)
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads; forward + backward, float32; "
          f"ratio = ours / PyTorch")
    ratios = []
    for s in transpose_settings(rng, args.settings):
        x = rng.normal(size=(s["batch"], s["c_in"], s["n"], s["n"])).astype(np.float32)
        w = rng.normal(size=(s["c_in"], s["c_out"], s["k"], s["k"])).astype(np.float32)
        b = rng.normal(size=s["c_out"]).astype(np.float32)
        geometry = (s["s"], s["p"], s["op"])
        g = rng.normal(size=ops.conv_transpose2d(x, w, b, *geometry).shape).astype(np.float32)

        def ours():
            ops.conv_transpose2d(x, w, b, *geometry)
            ops.conv_transpose2d_backward(g, x, w, *geometry)

        xt, wt, bt = (torch.tensor(a, requires_grad=True) for a in (x, w, b))
        gt = torch.from_numpy(g)

        def theirs():
            xt.grad = wt.grad = bt.grad = None
            torch.nn.functional.conv_transpose2d(xt, wt, bt, *geometry).backward(gt)

        mine, reference, ratio = paired(ours, theirs, args.repeats, args.rounds)
        ratios.append(ratio)
        print(f"batch {s['batch']:>2}, {s['c_in']:>2} -> {s['c_out']:>2} ch, {s['n']:>2}x{s['n']:<2} k {s['k']} "
              f"s {s['s']} p {s['p']} op {s['op']}: ours {mine * 1e3:7.3f} ms, PyTorch {reference * 1e3:7.3f} ms, "
              f"ratio {ratio:5.2f}")
    print(f"transposed convolution over {len(ratios)} settings: geometric mean ratio "
          f"{math.exp(np.mean(np.log(ratios))):.2f}, worst {max(ratios):.2f}")
    for mode in ops.UPSAMPLE_MODES:
        up_ratios = []
        for batch, c, n, scale in [(1, 8, 14, 2), (32, 8, 14, 2), (64, 16, 16, 2), (8, 4, 21, 3), (64, 32, 8, 4)]:
            x = rng.normal(size=(batch, c, n, n)).astype(np.float32)
            g = rng.normal(size=(batch, c, n * scale, n * scale)).astype(np.float32)
            xt, gt = torch.tensor(x, requires_grad=True), torch.from_numpy(g)
            extra = {"align_corners": False} if mode == "bilinear" else {}

            def ours():
                ops.upsample2d(x, scale, mode)
                ops.upsample2d_backward(g, x, scale, mode)

            def theirs():
                xt.grad = None
                torch.nn.functional.interpolate(xt, scale_factor=scale, mode=mode, **extra).backward(gt)

            mine, reference, ratio = paired(ours, theirs, args.repeats, args.rounds)
            up_ratios.append(ratio)
            print(f"{mode} x{scale}, batch {batch}, {c} ch, {n}x{n}: ours {mine * 1e3:7.3f} ms, "
                  f"PyTorch {reference * 1e3:7.3f} ms, ratio {ratio:5.2f}")
        print(f"{mode} upsampling: geometric mean ratio {math.exp(np.mean(np.log(up_ratios))):.2f}, "
              f"worst {max(up_ratios):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
