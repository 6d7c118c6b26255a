"""Does one learning step lower the loss on the drawing? 20 different drawings per shipped model, from the
independent sketch generator (benchmarks/independent_sketches.py, not the training one), at several η.

    python benchmarks/bench_learning_step.py [--drawings 20] [--seed 14] [--rates 0.001,0.01,...] [--models a,b]

For every model, η and target (the class the app picks by default, the predicted one; the drawn class; a
wrong class, teaching a correction) it counts the drawings where the loss -log p[target] falls after one
step w <- w - η·∂L/∂w, and among the rest the ones that cannot fall in float32: the loss is already 0 there,
or η·g is below half a float32 step of every weight, so no weight moves at all. A step that moves weights
but leaves the loss as it was (its float32 logits did not move enough) is "unchanged"; one that raises it
(η too large) "rose". The last number of a cell counts the steps the app calls too big (LearningStep.warning:
a weight moved by over half of its layer's largest weight — the loss may fall, but the network is replaced).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402

from independent_sketches import independent_sketch  # noqa: E402
from cnnviz.analysis.learning_step import DEFAULT_LEARNING_RATE, default_learning_rate, learning_step  # noqa: E402
from cnnviz.data import to_network_input  # noqa: E402
from cnnviz.engine import load_model, shipped_models  # noqa: E402

TARGETS = ("predicted", "drawn", "wrong")


def drawings(model, count: int, seed: int) -> list[tuple[np.ndarray, int]]:
    """``count`` different sketches of the model's classes in turn, as (network input, drawn class)."""
    rng = np.random.default_rng(seed)
    channels, height, width = model.input_shape
    out = []
    for k in range(count):
        label = k % len(model.class_names)
        image = independent_sketch(model.class_names[label], rng)
        out.append((to_network_input(image, (height, width), channels=channels), label))
    return out


def outcome(model, x, target: int, eta: float) -> tuple[str, bool]:
    """("fell", "unchanged", "rose", "zero loss" (already 0 in float32) or "no weight moved" (η·g under
    float32's step), whether the app calls the step too big)."""
    step = learning_step(model, x, target, learning_rate=eta)
    big = step.warning is not None
    if step.loss_after < step.loss_before:
        return "fell", big
    if np.float32(step.loss_before) == 0:
        return "zero loss", big
    if not any(np.any(c.after != c.before) for layer in step.changes.values() for c in layer.values()):
        return "no weight moved", big
    return ("unchanged" if step.loss_after == step.loss_before else "rose"), big


def target_for(how: str, model, x, drawn: int) -> int:
    if how == "drawn":
        return drawn
    predicted = int(model.forward(model.as_batch(x)).predicted[0])
    return predicted if how == "predicted" else (predicted + 1) % len(model.class_names)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drawings", type=int, default=20)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--rates", default="0.001,0.003,0.01,0.03,0.1,0.3,1")
    parser.add_argument("--models", default="", help="comma-separated shipped models (default: all)")
    args = parser.parse_args(argv)
    rates = [float(r) for r in args.rates.split(",")]
    print(f"{args.drawings} independent sketches per model (seed {args.seed}); per cell: fell / "
          f"unchanged / rose / cannot fall in float32 (loss already 0, or no weight moved) / too big a step (the app "
          f"warns); * = the model's default η")
    for name in (args.models.split(",") if args.models else shipped_models()):
        model = load_model(name)
        default = default_learning_rate(model)
        cases = drawings(model, args.drawings, args.seed)
        correct = sum(target_for("predicted", model, x, drawn) == drawn for x, drawn in cases)
        print(f"\n{name}: predicts {correct}/{len(cases)} of the drawings right; default η {default:g} "
              f"(the app's fallback {DEFAULT_LEARNING_RATE:g})")
        print(f"{'η':>8}" + "".join(f"{'target ' + t:>29}" for t in TARGETS))
        for eta in sorted(set(rates + [default])):
            cells = []
            for how in TARGETS:
                pairs = [outcome(model, x, target_for(how, model, x, drawn), eta) for x, drawn in cases]
                results, big = [r for r, _ in pairs], sum(b for _, b in pairs)
                stuck = results.count("zero loss") + results.count("no weight moved")
                cells.append(f"{results.count('fell'):>2} / {results.count('unchanged'):>2} / "
                             f"{results.count('rose'):>2} / {stuck:>2} / {big:>2}")
            print(f"{eta:>7g}{'*' if eta == default else ' '}" + "".join(f"{c:>29}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
