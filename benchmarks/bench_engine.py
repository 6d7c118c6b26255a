"""Engine speed: forward pass with the full trace at batch 1, and a training step at batch 64,
beside PyTorch CPU on the same model and weights when PyTorch is installed (it is not a dependency).

    python benchmarks/bench_engine.py [--repeats N]

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


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=2000)
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
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, NumPy {np.__version__}"
          + (f", PyTorch {torch.__version__} ({torch.get_num_threads()} threads)" if have_torch else
             ", PyTorch not installed: NumPy figures only"))
    print(f"{'measure':<44}{'NumPy':>10}{'PyTorch':>10}{'ratio':>8}")

    def row(label, ours, theirs):
        ratio = f"{ours / theirs:8.2f}" if theirs else f"{'':>8}"
        theirs_text = f"{theirs * 1e6:8.0f}µs" if theirs else f"{'-':>10}"
        print(f"{label:<44}{ours * 1e6:8.0f}µs{theirs_text}{ratio}")

    for name, model in models.items():
        x = rng.random((1,) + model.input_shape, dtype=np.float32)
        ours = median_time(lambda: model.forward(x), args.repeats)
        theirs = None
        if have_torch:
            net = torch_model(model)
            xt = torch.from_numpy(x)
            with torch.no_grad():
                assert np.allclose(net(xt).numpy(), model.forward(x).probabilities, atol=1e-5)
                time.sleep(0.2)
                theirs = median_time(lambda: net(xt), args.repeats)
        row(f"forward + trace, batch 1, {name}", ours, theirs)

    model = build("ox-cnn", rng)
    x = rng.random((64,) + model.input_shape, dtype=np.float32)
    y = rng.integers(0, 2, 64)
    optimizer = SGD(model, learning_rate=0.01, momentum=0.9)
    ours = median_time(lambda: train_step(model, optimizer, x, y), max(args.repeats // 10, 50), warmup=10)
    theirs = None
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
        time.sleep(0.2)
        theirs = median_time(torch_step, max(args.repeats // 10, 50), warmup=10)
    row("training step, batch 64, ox-cnn (SGD)", ours, theirs)
    ce = ops.cross_entropy(model.forward(x).logits, y)
    print(f"(sanity: loss after benchmark steps {ce:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
