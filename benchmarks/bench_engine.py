"""Engine speed: forward pass with the full trace at batch 1, and a training step at batch 64,
beside PyTorch CPU on the same model and weights when PyTorch is installed (it is not a dependency).

    python benchmarks/bench_engine.py [--rounds R] [--repeats N]

Prints medians; ratios below 1 mean the NumPy engine is faster.
"""
from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")  # spinning BLAS threads otherwise slow the next library's ops
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402

from cnnviz.engine import load_model, ops  # noqa: E402
from cnnviz.engine.architectures import build  # noqa: E402
from cnnviz.engine.train import SGD, train_step  # noqa: E402


def median_time(fn, repeats: int, warmup: int = 20) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return float(np.median(times))


def paired(ours, theirs, repeats: int, rounds: int) -> tuple[float, float | None, float | None]:
    """Medians of ours and theirs over alternating rounds, and the median of the per-round ratios.

    This machine's speed drifts by tens of percent from one second to the next (a shared virtual machine);
    timing the two side by side in many short rounds makes the ratio stable where two separate runs are not.
    """
    ours_medians, theirs_medians, ratios = [], [], []
    for _ in range(rounds):
        ours_medians.append(median_time(ours, repeats, warmup=max(repeats // 10, 2)))
        if theirs is not None:
            theirs_medians.append(median_time(theirs, repeats, warmup=max(repeats // 10, 2)))
            ratios.append(ours_medians[-1] / theirs_medians[-1])
    if theirs is None:
        return float(np.median(ours_medians)), None, None
    return float(np.median(ours_medians)), float(np.median(theirs_medians)), float(np.median(ratios))


def torch_model(model):
    """The same network in PyTorch, with the same weights."""
    import torch
    from torch import nn
    modules = []
    for layer in model.layers:
        if layer.kind == "conv2d":
            conv = nn.Conv2d(layer.in_channels, layer.out_channels, layer.kernel_size, stride=layer.stride,
                             padding=layer.padding)
            conv.weight.data = torch.from_numpy(layer.weight.copy())
            conv.bias.data = torch.from_numpy(layer.bias.copy())
            modules.append(conv)
        elif layer.kind == "activation":
            modules.append(nn.ReLU())
        elif layer.kind == "pool2d":
            modules.append(nn.AdaptiveMaxPool2d(layer.output_size) if layer.adaptive
                           else nn.MaxPool2d(layer.size, layer.stride))
        elif layer.kind == "flatten":
            modules.append(nn.Flatten())
        elif layer.kind == "dense":
            dense = nn.Linear(layer.in_features, layer.out_features)
            dense.weight.data = torch.from_numpy(layer.weight.copy())
            dense.bias.data = torch.from_numpy(layer.bias.copy())
            modules.append(dense)
        elif layer.kind == "softmax":
            modules.append(nn.Softmax(dim=1))
    return nn.Sequential(*modules)


def torch_trace(net, xt):
    """PyTorch doing what the app needs of a forward pass: every layer's output, as NumPy arrays."""
    out, trace = xt, []
    for module in net:
        out = module(out)
        trace.append(out.numpy())
    return trace


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21, help="alternating rounds per measure (default 21)")
    parser.add_argument("--repeats", type=int, default=200,
                        help="forward passes timed per round; training steps are a tenth of it (default 200)")
    args = parser.parse_args(argv)
    rng = np.random.default_rng(0)
    np.ones(3_000_000, np.float32).sum()  # warm the allocator
    models = {"lecture-ox": load_model("lecture-ox"), "ox-cnn (8+16 filters)": build("ox-cnn", rng)}
    try:
        import torch
        torch.set_num_threads(2)
        have_torch = True
    except ImportError:
        have_torch = False
    blas = ", ".join(f"{k}={v}" for k, v in sorted(os.environ.items()) if k.startswith("OPENBLAS_")) or "none"
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, NumPy {np.__version__}"
          + (f", PyTorch {torch.__version__} ({torch.get_num_threads()} threads)" if have_torch else
             ", PyTorch not installed: NumPy figures only"))
    print(f"OpenBLAS settings in the environment: {blas}")
    print(f"medians over {args.rounds} alternating rounds; ratio = median of the per-round ratios "
          f"(below 1: the NumPy engine is faster)")
    print(f"{'measure':<58}{'NumPy':>10}{'PyTorch':>10}{'ratio':>8}")

    def row(label, ours, theirs, ratio):
        theirs_text = f"{theirs * 1e6:8.0f}µs" if theirs else f"{'-':>10}"
        ratio_text = f"{ratio:8.2f}" if ratio else f"{'':>8}"
        print(f"{label:<58}{ours * 1e6:8.0f}µs{theirs_text}{ratio_text}")

    for name, model in models.items():
        x = rng.random((1,) + model.input_shape, dtype=np.float32)
        ours = lambda: model.forward(x)  # noqa: E731
        if not have_torch:
            row(f"forward + trace, batch 1, {name}", *paired(ours, None, args.repeats, args.rounds))
            continue
        net, xt = torch_model(model), torch.from_numpy(x)
        with torch.no_grad():
            assert np.allclose(net(xt).numpy(), model.forward(x).probabilities, atol=1e-5)
            row(f"forward + trace, batch 1, {name}", *paired(ours, lambda: net(xt), args.repeats, args.rounds))
            row("  same, PyTorch also keeping every layer's output (NumPy)",
                *paired(ours, lambda: torch_trace(net, xt), args.repeats, args.rounds))

    model = build("ox-cnn", rng)
    x = rng.random((64,) + model.input_shape, dtype=np.float32)
    y = rng.integers(0, 2, 64)
    optimizer = SGD(model, learning_rate=0.01, momentum=0.9)
    ours = lambda: train_step(model, optimizer, x, y)  # noqa: E731
    torch_step = None
    if have_torch:
        net = torch_model(model)[:-1]  # logits; the loss applies log-softmax
        opt = torch.optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
        xt, yt = torch.from_numpy(x), torch.from_numpy(y)
        loss_fn = torch.nn.CrossEntropyLoss()

        def torch_step():
            opt.zero_grad()
            loss = loss_fn(net(xt), yt)
            loss.backward()
            opt.step()
    row("training step, batch 64, ox-cnn (SGD)", *paired(ours, torch_step, max(args.repeats // 10, 5), args.rounds))
    ce = ops.cross_entropy(model.forward(x).logits, y)
    print(f"(sanity: loss after benchmark steps {ce:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
