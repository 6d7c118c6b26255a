"""One learning step: every weight moves by exactly -eta * g, the model given is untouched, and at the
default eta the loss on the current drawing falls."""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.analysis.learning_step import (DEFAULT_LEARNING_RATE, LearningStepError, check_learning_rate,
                                           learning_step)
from cnnviz.data import make_sketch, to_network_input
from cnnviz.engine import gradients, load_model


def drawings(count=20, seed=2026):
    """``count`` different synthetic drawings, ○ and × alternating, large and small (corner) ones."""
    rng = np.random.default_rng(seed)
    out = []
    for k in range(count):
        label = k % 2
        image, _ = make_sketch(label, rng, placement=("any", "corner")[k // 2 % 2])
        out.append((to_network_input(image, (28, 28)), label))
    return out


@pytest.fixture(scope="module", params=["lecture-ox", "ox-cnn"])
def model(request):
    return load_model(request.param)


def test_every_weight_changes_by_exactly_minus_eta_times_its_gradient(model):
    x, label = drawings(1)[0]
    before = model.snapshot()
    step = learning_step(model, x, 1 - label, learning_rate=0.05)
    grads = gradients(model, x, 1 - label)
    eta = np.float32(0.05)
    assert step.parameter_count == model.parameter_count
    for layer, key, value in step.model.parameters():
        change = step.changes[layer.name][key]
        g = (grads.weights if key == "weight" else grads.biases)[layer.name]
        np.testing.assert_array_equal(change.gradient, g)
        np.testing.assert_array_equal(change.change, -(eta * g))
        np.testing.assert_array_equal(change.before, before[layer.name][key])
        np.testing.assert_array_equal(value, before[layer.name][key] + -(eta * g))
        np.testing.assert_array_equal(change.after, value)
    for layer, key, value in model.parameters():                       # the model given is not changed
        np.testing.assert_array_equal(value, before[layer.name][key])


def test_the_new_loss_and_probabilities_are_the_stepped_models(model):
    x, label = drawings(2)[1]
    step = learning_step(model, x, label)
    after = step.model.forward(x).probabilities[0]
    np.testing.assert_array_equal(step.probabilities_after, after)
    assert step.loss_after == pytest.approx(-np.log(np.float64(after[label])), rel=1e-4, abs=1e-7)
    np.testing.assert_array_equal(step.probabilities_before, model.forward(x).probabilities[0])
    assert step.learning_rate == DEFAULT_LEARNING_RATE
    assert str(step.rule) == f"w ← w - η · ∂L/∂w with η = 0.01, for all {model.parameter_count} parameters"
    assert "→" in str(step.loss_text)


def test_teaching_the_other_class_lowers_the_loss_on_20_of_20_drawings(model):
    falls = [learning_step(model, x, 1 - label) for x, label in drawings()]
    assert sum(s.loss_after < s.loss_before for s in falls) >= 19


def test_the_drawn_class_lowers_the_loss_wherever_float32_weights_can_move(model):
    """lecture-ox is never certain: its loss falls on (at least) 19 of 20 drawings. ox-cnn is 99.9+% sure of
    each drawing it gets right; the loss falls wherever it is above 1e-6, and never rises."""
    steps = [learning_step(model, x, label) for x, label in drawings()]
    assert all(s.loss_after <= s.loss_before for s in steps)
    learnable = [s for s in steps if s.loss_before > 1e-6]
    assert sum(s.loss_after < s.loss_before for s in learnable) >= len(learnable) - 1
    if model.name == "lecture-ox":
        assert len(learnable) == 20


def test_repeating_the_step_keeps_lowering_the_loss(model):
    x, label = drawings(3)[2]
    target = label if model.name == "lecture-ox" else 1 - label
    losses, current = [], model
    for _ in range(5):
        step = learning_step(current, x, target, learning_rate=0.001 if model.name == "ox-cnn" else 0.01)
        losses.append(step.loss_before)
        current = step.model
    losses.append(step.loss_after)
    assert all(b < a for a, b in zip(losses, losses[1:])), losses


@pytest.mark.parametrize("bad", [0, -0.1, float("nan"), float("inf"), "0.1", True, None])
def test_a_learning_rate_that_is_not_a_positive_number_is_refused(bad):
    with pytest.raises(LearningStepError, match="learning rate η must be a number above 0"):
        check_learning_rate(bad)
    model = load_model("lecture-ox")
    with pytest.raises(LearningStepError):
        learning_step(model, drawings(1)[0][0], 0, learning_rate=bad)


def test_at_each_models_default_rate_the_loss_toward_the_predicted_class_falls_unless_float32_cannot(model):
    """The issue's premise, at the η the app starts with (ox-cnn: 0.03), and no default step throws the weights. lecture-ox: 19 of 20 or more. ox-cnn is
    so sure of these training-style sketches that a few losses are below 1e-7, where its float32 logits cannot
    move at any η: every other loss falls, and no fewer than at 0.01. benchmarks/bench_learning_step.py
    measures it on independent sketches (20 of 20 there)."""
    from cnnviz.analysis.learning_step import default_learning_rate
    eta = default_learning_rate(model)
    assert eta == {"lecture-ox": 0.01, "ox-cnn": 0.03}[model.name]
    cases = [(x, int(model.forward(x).predicted[0])) for x, _ in drawings()]
    steps = [learning_step(model, x, target, learning_rate=eta) for x, target in cases]
    falls = sum(s.loss_after < s.loss_before for s in steps)
    assert not any(s.warning for s in steps)
    wrong = [learning_step(model, x, 1 - target, learning_rate=eta) for x, target in cases]
    assert all(s.loss_after < s.loss_before and s.warning is None for s in wrong)     # a correction, not a wreck
    # a loss under 1e-7 means p(class) = 1 - 1e-7, finer than float32 holds near 1: a nudge cannot show there
    assert all(s.loss_after < s.loss_before or (s.loss_before < 1e-7 and s.loss_after == s.loss_before) for s in steps)
    if model.name == "lecture-ox":
        assert falls >= 19
    else:
        at_old_default = [learning_step(model, x, target, learning_rate=0.01) for x, target in cases]
        assert falls >= sum(s.loss_after < s.loss_before for s in at_old_default)


def test_a_step_that_throws_the_weights_far_says_so_with_a_smaller_eta():
    """ox-cnn is sure of a ×; teaching it "circle" at its default η = 1 moves weights by several times their
    size: the loss falls, but the network is replaced, not nudged. The step says so and proposes an η that would
    move them by about a tenth, and that η indeed does."""
    from cnnviz.analysis.learning_step import loss_shown, smaller_rate
    model = load_model("ox-cnn")
    x, label = drawings(2)[1]
    wrong = 1 - label
    step = learning_step(model, x, wrong, learning_rate=1.0)
    ratio = step.largest_relative_change
    assert ratio > 1
    text = str(step.warning)
    assert text.startswith("η = 1 was a big step") and f"{100 * ratio:.0f} %" in text
    smaller = smaller_rate(1.0, ratio)
    assert f"η = {smaller:g} would move them" in text
    calm = learning_step(model, x, wrong, learning_rate=smaller)
    assert 0.02 < calm.largest_relative_change <= 0.1 + 1e-9 and calm.warning is None
    assert calm.loss_after < calm.loss_before
    # a small step toward the drawn class says nothing; a sure model's loss is shown, not rounded to 0.0000
    assert learning_step(model, x, label, learning_rate=1.0).warning is None
    assert loss_shown(2.7e-12) == "2.7e-12" and loss_shown(-0.0) == "0" and loss_shown(0.30104) == "0.301"
    assert smaller_rate(1.0, 8.65) == 0.01 and smaller_rate(0.3, 2.6) == 0.01 and smaller_rate(1e-4, 50) == 1e-4
