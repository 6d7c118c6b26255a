"""What the Backward view adds to one pen movement: cnnviz.engine.gradients (forward + every gradient)
against the forward pass the live view already runs, for the shipped models, beside PyTorch doing the same
(forward keeping every layer's output, loss, backward keeping every layer's output gradient) when installed.

    python benchmarks/bench_backward.py [--rounds R] [--repeats N]

Prints medians over alternating rounds and the median of the per-round ratios. "added" is what the view
costs on top of the forward pass: gradients() runs its own forward, so it replaces the live forward call.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

from bench_engine import paired, torch_model  # noqa: E402
from cnnviz.data import make_sketch, to_network_input  # noqa: E402
from cnnviz.engine import gradients, load_model  # noqa: E402
from cnnviz.viz.gradient_maps import GradientLevels, backward_frame  # noqa: E402
from cnnviz.viz.layout import plan_stages  # noqa: E402


def torch_gradients(torch, net, xt, label):
    """PyTorch doing what the Backward view needs: every output and its gradient, as NumPy arrays."""
    outputs, out = [], xt
    for module in net[:-1]:                        # up to the logits; the loss applies log-softmax
        out = module(out)
        out.retain_grad()
        outputs.append(out)
    loss = torch.nn.functional.cross_entropy(out, label)
    for p in net.parameters():
        p.grad = None
    loss.backward()
    return [o.detach().numpy() for o in outputs], [o.grad.numpy() for o in outputs], \
        [p.grad.numpy() for p in net.parameters()]


def interleaved_percentiles(first, second, calls: int) -> np.ndarray:
    """(2 functions, wall/CPU, median/p95) in seconds over ``calls`` alternating calls. CPU time (this
    thread's) leaves out the time the process waited for a core: on a shared, loaded machine the wall-clock
    p95 of a 0.3 ms call is mostly that wait, not the code."""
    times = np.empty((2, 2, calls))
    for k in range(calls):
        for row, fn in enumerate((first, second)):
            t0, c0 = time.perf_counter(), time.thread_time()
            fn()
            times[row, 1, k] = time.thread_time() - c0
            times[row, 0, k] = time.perf_counter() - t0
    return np.percentile(times, [50, 95], axis=2).transpose(1, 2, 0)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=21, help="alternating rounds per measure (default 21)")
    parser.add_argument("--repeats", type=int, default=200, help="calls timed per round (default 200)")
    args = parser.parse_args(argv)
    np.ones(3_000_000, np.float32).sum()            # warm the allocator
    try:
        import torch
        torch.set_num_threads(2)
    except ImportError:
        torch = None
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, NumPy {np.__version__}"
          + (f", PyTorch {torch.__version__} ({torch.get_num_threads()} threads)" if torch else
             ", PyTorch not installed: NumPy figures only"))
    print(f"medians over {args.rounds} alternating rounds, {args.repeats} calls each; ratio = median of the "
          f"per-round ratios")
    print(f"{'measure':<52}{'time':>10}{'reference':>12}{'ratio':>8}")
    image, _ = make_sketch(0, np.random.default_rng(0))
    for name in ("lecture-ox", "ox-cnn"):
        model = load_model(name)
        x = to_network_input(image, model.input_shape[1:])[None]
        forward = lambda: model.forward(x)  # noqa: E731
        backward = lambda: gradients(model, x, 1)  # noqa: E731
        ours, live, ratio = paired(backward, forward, args.repeats, args.rounds)
        print(f"{'gradients() vs forward(), ' + name:<52}{ours * 1e6:8.0f}µs{live * 1e6:10.0f}µs{ratio:8.2f}")
        print(f"{'  added to a pen movement (gradients - forward)':<52}{(ours - live) * 1e6:8.0f}µs")
        (g_wall, g_cpu), (f_wall, f_cpu) = interleaved_percentiles(backward, forward, args.rounds * args.repeats)
        print(f"{'  p95 wall clock of single calls: gradients(), forward()':<52}{g_wall[1] * 1e6:8.0f}µs"
              f"{f_wall[1] * 1e6:10.0f}µs   (medians {g_wall[0] * 1e6:.0f} / {f_wall[0] * 1e6:.0f} µs)")
        print(f"{'  p95 CPU time of single calls: gradients(), forward()':<52}{g_cpu[1] * 1e6:8.0f}µs"
              f"{f_cpu[1] * 1e6:10.0f}µs   (medians {g_cpu[0] * 1e6:.0f} / {f_cpu[0] * 1e6:.0f} µs)")
        stages, levels, grads = plan_stages(model), GradientLevels(), gradients(model, x, 1)
        frame = lambda: backward_frame(stages, grads, levels, model)  # noqa: E731
        (b_wall, b_cpu), _ = interleaved_percentiles(frame, forward, args.rounds * args.repeats // 4)
        print(f"{'  backward_frame() (maps, levels, dL/dw blocks): CPU':<52}{b_cpu[0] * 1e6:8.0f}µs"
              f"   (p95 {b_cpu[1] * 1e6:.0f} µs)")
        if torch is None:
            continue
        net, xt, label = torch_model(model), torch.from_numpy(np.ascontiguousarray(x)), torch.tensor([1])
        reference = torch_gradients(torch, net, xt, label)
        g = gradients(model, x, 1)
        assert np.allclose(reference[1][-1], g.logits, atol=1e-5), "PyTorch and cnnviz disagree"
        ours, theirs, ratio = paired(backward, lambda: torch_gradients(torch, net, xt, label), args.repeats,
                                     args.rounds)
        print(f"{'gradients() vs PyTorch autograd, ' + name:<52}{ours * 1e6:8.0f}µs{theirs * 1e6:10.0f}µs"
              f"{ratio:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
