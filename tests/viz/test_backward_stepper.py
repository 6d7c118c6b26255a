"""The stepper's backward mode: the weight-gradient window ends at the engine's dL/dw, the full convolution
with the rotated filter ends at the engine's dL/dx, and every frame in between is what the text says."""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.data import make_sketch, to_network_input
from cnnviz.engine import Conv2D, Dense, Flatten, Sequential, Softmax, gradients, load_model
from cnnviz.viz.backward_stepper import InputGradientWindow, WeightGradientWindow, next_step
from cnnviz.viz.stepper import StepperError


def sketch(seed=0, label=0):
    image, _ = make_sketch(label, np.random.default_rng(seed))
    return to_network_input(image, (28, 28))


def tiny(stride=1, padding=0, flip=False, kernel=3, size=(6, 7), channels=2):
    conv = Conv2D(channels, 2, kernel, stride=stride, padding=padding, flip=flip, name="conv", dtype=np.float64)
    shape = conv.output_shape((channels,) + size)
    model = Sequential([conv, Flatten(name="flat"), Dense(int(np.prod(shape)), 2, name="dense", dtype=np.float64),
                        Softmax(name="softmax")], class_names=("a", "b"), input_shape=(channels,) + size)
    rng = np.random.default_rng(stride * 10 + padding)
    for layer in model.layers:
        for key, value in layer.params.items():
            value[...] = rng.normal(size=value.shape)
    return model, rng.normal(size=model.input_shape)


def test_the_weight_gradient_window_adds_upstream_times_patch_at_each_position():
    model = load_model("lecture-ox")
    x = sketch(1)
    grads = gradients(model, x, 1)
    window = WeightGradientWindow(grads, "conv1", 1, 0)
    assert len(window) == 26 * 26
    assert window.positions[27].rect == (1, 1, 3, 3)                     # the forward pass's window
    first = window.positions[27]
    np.testing.assert_allclose(first.contribution, first.upstream * x[0, 1:4, 1:4], rtol=1e-6)
    assert first.upstream == grads.outputs["conv1"][0, 1, 1, 1]
    np.testing.assert_array_equal(window.partial(0), np.zeros((3, 3)))
    np.testing.assert_allclose(window.partial(28) - window.partial(27), first.contribution, atol=1e-12)
    np.testing.assert_allclose(window.value, grads.weights["conv1"][1, 0], rtol=1e-5, atol=1e-7)
    np.testing.assert_array_equal(window.partial(10_000), window.value)


@pytest.mark.parametrize("stride, padding, flip", [(1, 0, False), (2, 1, False), (1, 2, True), (2, 0, True),
                                                   ((1, 2), (2, 1), False)])
def test_both_windows_end_at_the_engine_gradients(stride, padding, flip):
    model, x = tiny(stride, padding, flip)
    grads = gradients(model, x, 0)
    for f in range(2):
        for c in range(2):
            window = WeightGradientWindow(grads, "conv", f, c)
            np.testing.assert_allclose(window.value, grads.weights["conv"][f, c], rtol=1e-10, atol=1e-12)
    for c in range(2):
        window = InputGradientWindow(grads, "conv", c)
        full = window.partial_map(len(window))
        np.testing.assert_allclose(full, grads.input[0, c], rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("stride, padding", [(1, 0), (1, 1), (2, 1), (2, 0), (1, 3)])
def test_the_input_gradient_is_the_rotated_filter_sliding_over_the_padded_upstream(stride, padding):
    model, x = tiny(stride, padding, kernel=3)
    grads = gradients(model, x, 1)
    window = InputGradientWindow(grads, "conv", 1)
    padded = window.padded_upstream()
    rotated = model.layer("conv").weight[:, 1, ::-1, ::-1]
    assert padded.shape == (2, 6 + 2, 7 + 2)
    for k in (0, 9, len(window) - 1):
        top, left, kh, kw = window.rect(k)
        by_hand = float(np.sum(padded[:, top:top + kh, left:left + kw] * rotated))
        assert window.value(k) == pytest.approx(by_hand, rel=1e-12, abs=1e-15)
        np.testing.assert_allclose(window.cell(k).upstream, padded[:, top:top + kh, left:left + kw], atol=0)
    if stride == 2:                                                       # spread out: zeros between the cells
        assert np.count_nonzero(padded) <= grads.outputs["conv"][0].size


def test_partial_map_shows_not_yet_computed_cells_as_nan():
    model, x = tiny()
    grads = gradients(model, x, 0)
    window = InputGradientWindow(grads, "conv", 0)
    partial = window.partial_map(5)
    assert np.isfinite(partial.ravel()[:5]).all() and np.isnan(partial.ravel()[5:]).all()
    assert window.input_name == "input"


def test_conv2_of_ox_cnn_steps_over_pool1():
    model = load_model("ox-cnn")
    grads = gradients(model, sketch(2), 0)
    window = InputGradientWindow(grads, "conv2", 3)
    assert window.input_name == "pool1" and window.input_shape == (13, 13)
    np.testing.assert_allclose(window.partial_map(len(window)), grads.outputs["pool1"][0, 3], rtol=1e-4, atol=1e-9)


@pytest.mark.parametrize("make, words", [
    (lambda g: WeightGradientWindow(g, "relu1"), "activation layer; only a convolution"),
    (lambda g: WeightGradientWindow(g, "conv1", 2), "filters 0-1, not 2"),
    (lambda g: InputGradientWindow(g, "conv1", 1), "input channels 0-0, not 1"),
    (lambda g: InputGradientWindow(g, "nope"), "no layer named 'nope'"),
])
def test_bad_requests_are_clear_errors(make, words):
    grads = gradients(load_model("lecture-ox"), sketch(0), 0)
    with pytest.raises(StepperError, match=words):
        make(grads)


def test_next_step_jumps_over_steps_that_add_nothing():
    adds = np.array([True, False, False, True, False, True, False, False])
    assert next_step(adds, 0, 1) == 3 and next_step(adds, 3, 1) == 5
    assert next_step(adds, 5, 1) == 7 and next_step(adds, 7, 1) is None       # then the last step, where it ends
    assert next_step(adds, 7, -1) == 5 and next_step(adds, 3, -1) == 0 and next_step(adds, 0, -1) is None
    assert next_step(np.zeros(3, bool), 0, 1) == 2


def test_adds_something_marks_exactly_the_steps_with_a_non_zero_term():
    model = load_model("lecture-ox")
    image, _ = make_sketch(0, np.random.default_rng(4))
    grads = gradients(model, to_network_input(image, (28, 28)), 0)
    window = WeightGradientWindow(grads, "conv1", 1, 0)
    adds = window.adds_something()
    assert adds.tolist() == [bool(np.any(p.contribution != 0)) for p in window.positions] and 0 < adds.sum() < 50
    window = InputGradientWindow(grads, "conv1", 0)
    adds = window.adds_something()
    values = np.array([window.value(k) for k in range(len(window))])
    assert not values[~adds].any()                   # every skipped cell's gradient is exactly 0
    assert adds.sum() < len(adds) / 4
