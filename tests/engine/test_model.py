"""The sequential model: input shapes, the trace, training by gradient descent, memory, copies."""
from __future__ import annotations

import gc
import tracemalloc
import weakref

import numpy as np
import pytest

from cnnviz.engine import (Activation, Conv2D, Dense, Flatten, ModelError, Pool2D, Sequential, Softmax, Trace,
                           he_init, load_model, ops)


def small_cnn(rng=None, *, input_shape=(1, 8, 8), classes=("circle", "cross", "nothing"), softmax=True,
              dtype=np.float32) -> Sequential:
    c, h, w = input_shape
    layers = [Conv2D(c, 4, 3, padding=1, name="conv1", dtype=dtype), Activation("relu", name="relu1"),
              Pool2D(2, name="pool1"), Flatten(name="flatten"),
              Dense(4 * (h // 2) * (w // 2), len(classes), name="dense", dtype=dtype)]
    if softmax:
        layers.append(Softmax(name="softmax"))
    model = Sequential(layers, class_names=classes, input_shape=input_shape, name="small")
    he_init(model, rng if rng is not None else np.random.default_rng(0))
    return model


# ---------------------------------------------------------------------------------------------
# input shapes

def test_forward_accepts_hw_chw_and_nchw_with_the_same_result():
    model = load_model("lecture-ox")
    image = np.random.default_rng(0).random((28, 28)).astype(np.float32)
    expected = model.forward(image[None, None]).probabilities
    for x in (image, image[None], image[None, None]):
        trace = model.forward(x)
        assert trace.input.shape == (1, 1, 28, 28)
        np.testing.assert_array_equal(trace.probabilities, expected)
    batch = np.stack([image[None], 1 - image[None], np.zeros((1, 28, 28), np.float32)])
    trace = model.forward(batch)
    assert trace.probabilities.shape == (3, 2)
    np.testing.assert_allclose(trace.probabilities[0], expected[0], rtol=1e-6)


def test_forward_converts_integer_images_to_float():
    model = load_model("lecture-ox")
    image = np.zeros((28, 28), dtype=np.uint8)
    image[5:20, 5:20] = 1
    trace = model.forward(image)
    assert np.issubdtype(trace.input.dtype, np.floating)
    np.testing.assert_allclose(trace.probabilities, model.forward(image.astype(np.float32)).probabilities)


@pytest.mark.parametrize("shape", [(28,), (27, 28), (28, 27), (2, 28, 28), (3, 28, 28), (1, 1, 28, 29),
                                   (1, 2, 28, 28), (1, 1, 1, 28, 28), (0, 28), ()])
def test_forward_rejects_wrong_shapes_with_a_clear_error(shape):
    model = load_model("lecture-ox")
    with pytest.raises(ModelError) as excinfo:
        model.forward(np.zeros(shape, dtype=np.float32))
    message = str(excinfo.value)
    assert "1 x 28 x 28" in message, "the message says what is expected"
    assert " x ".join(map(str, shape)) in message, "the message says what was given"
    assert "lecture-ox" in message


def test_backward_before_forward_is_a_clear_error():
    model = small_cnn()
    with pytest.raises(RuntimeError, match="before forward"):
        model.backward(np.ones((1, 3)))


# ---------------------------------------------------------------------------------------------
# the trace

def test_trace_lists_every_layer_in_order_with_its_input_and_output():
    model = load_model("lecture-ox")
    x = np.random.default_rng(1).random((2, 1, 28, 28)).astype(np.float32)
    trace = model.forward(x)
    assert isinstance(trace, Trace)
    assert [s.name for s in trace.steps] == [layer.name for layer in model.layers]
    assert [s.layer for s in trace.steps] == model.layers
    np.testing.assert_array_equal(trace.input, x)
    assert trace.steps[0].input is trace.input
    for before, after in zip(trace.steps, trace.steps[1:]):
        assert after.input is before.output, f"{after.name} got something other than {before.name}'s output"
    for step, shape in zip(trace.steps, model.shapes()):
        assert step.output.shape == (2,) + shape, step.name
        np.testing.assert_array_equal(step.layer.forward(step.input), step.output)
    np.testing.assert_array_equal(trace["conv1"], trace.step("conv1").output)
    with pytest.raises(KeyError, match="nope"):
        trace.step("nope")


@pytest.mark.parametrize("softmax", [True, False])
def test_logits_and_probabilities_agree(softmax):
    model = small_cnn(np.random.default_rng(2), softmax=softmax)
    x = np.random.default_rng(3).normal(size=(5, 1, 8, 8)).astype(np.float32)
    trace = model.forward(x)
    assert trace.logits.shape == trace.probabilities.shape == (5, 3)
    np.testing.assert_array_equal(trace.logits, trace["dense"])
    np.testing.assert_allclose(trace.probabilities, ops.softmax(trace.logits.astype(np.float64), axis=1), rtol=1e-5)
    np.testing.assert_allclose(trace.probabilities.sum(axis=1), 1, rtol=1e-6)
    np.testing.assert_array_equal(trace.predicted, trace.logits.argmax(axis=1))
    assert trace.labels == [model.class_names[i] for i in trace.logits.argmax(axis=1)]
    assert trace.label == trace.labels[0]
    assert trace.class_names == model.class_names
    np.testing.assert_array_equal(model.predict(x), trace.probabilities)


def test_shapes_and_parameter_counts_per_layer():
    model = small_cnn()
    assert model.shapes() == [(4, 8, 8), (4, 8, 8), (4, 4, 4), (64,), (3,), (3,)]
    counts = [layer.parameter_count for layer in model.layers]
    assert counts == [4 * 1 * 3 * 3 + 4, 0, 0, 0, 64 * 3 + 3, 0]
    assert model.parameter_count == sum(counts)
    assert "total 235 parameters" in model.summary()


def test_inconsistent_models_are_rejected():
    with pytest.raises(ModelError, match="'dense'.*64.*65"):
        Sequential([Conv2D(1, 4, 3, padding=1, name="conv"), Pool2D(2), Flatten(), Dense(65, 2, name="dense")],
                   ("a", "b"), (1, 8, 8))
    with pytest.raises(ModelError, match="unique"):
        Sequential([Flatten(name="x"), Dense(4, 2, name="x")], ("a", "b"), (1, 2, 2))
    with pytest.raises(ModelError, match="3 classes"):
        Sequential([Flatten(), Dense(4, 2)], ("a", "b", "c"), (1, 2, 2))


# ---------------------------------------------------------------------------------------------
# the backward really trains

def test_small_model_overfits_a_handful_of_samples():
    """Plain gradient descent written here, on the engine's gradients: 8 random samples reach 100 %."""
    rng = np.random.default_rng(4)
    model = small_cnn(rng)
    x = rng.normal(size=(8, 1, 8, 8)).astype(np.float32)
    labels = np.array([0, 1, 2, 0, 1, 2, 0, 1])
    learning_rate = 0.1
    losses = []
    for _ in range(300):
        trace = model.forward(x)
        losses.append(ops.cross_entropy(trace.logits, labels))
        if np.array_equal(trace.predicted, labels) and losses[-1] < 0.05:
            break
        model.backward(ops.cross_entropy_backward(trace.logits, labels))
        for layer, key, value in model.parameters():
            value -= learning_rate * layer.grads[key]
    trace = model.forward(x)
    assert np.array_equal(trace.predicted, labels), f"accuracy {np.mean(trace.predicted == labels):.0%}"
    assert ops.cross_entropy(trace.logits, labels) < 0.1 * losses[0]
    assert trace.probabilities.dtype == np.float32


def test_backward_without_input_gradient_gives_the_same_parameter_gradients():
    model = small_cnn(np.random.default_rng(5))
    x = np.random.default_rng(6).normal(size=(3, 1, 8, 8)).astype(np.float32)
    labels = np.array([0, 1, 2])
    trace = model.forward(x)
    dlogits = ops.cross_entropy_backward(trace.logits, labels)
    dx = model.backward(dlogits)
    full = {(layer.name, key): layer.grads[key].copy() for layer, key, _ in model.parameters()}
    assert dx.shape == x.shape
    model.forward(x)
    assert model.backward(dlogits, input_gradient=False) is None
    for layer, key, _ in model.parameters():
        np.testing.assert_allclose(layer.grads[key], full[layer.name, key], rtol=1e-6, atol=1e-7)


# ---------------------------------------------------------------------------------------------
# memory: only the last forward is kept

def test_forward_does_not_keep_previous_traces():
    model = load_model("lecture-ox")
    rng = np.random.default_rng(7)
    trace = model.forward(rng.random((2, 1, 28, 28)).astype(np.float32))
    arrays = [trace.input, trace.logits, trace.probabilities] + [s.output for s in trace.steps]
    refs = [weakref.ref(a) for a in arrays]
    del trace, arrays
    model.forward(rng.random((1, 1, 28, 28)).astype(np.float32))
    gc.collect()
    alive = [i for i, r in enumerate(refs) if r() is not None]
    assert not alive, f"arrays of an old trace are still referenced: {alive}"


def test_live_drawing_does_not_grow_memory():
    model = small_cnn(input_shape=(1, 28, 28))
    rng = np.random.default_rng(8)
    frames = [rng.random((28, 28)).astype(np.float32) for _ in range(4)]
    for frame in frames:
        model.forward(frame)
    tracemalloc.start()
    try:
        model.forward(frames[0])
        start, _ = tracemalloc.get_traced_memory()
        for i in range(60):
            model.forward(frames[i % 4])
        end, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert end - start < 64 * 1024, f"memory grew by {end - start} bytes over 60 forward passes"


# ---------------------------------------------------------------------------------------------
# copies and snapshots are independent

def test_copy_is_independent():
    model = small_cnn(np.random.default_rng(9))
    x = np.random.default_rng(10).normal(size=(2, 1, 8, 8)).astype(np.float32)
    before = model.forward(x).probabilities.copy()
    clone = model.copy()
    np.testing.assert_array_equal(clone.forward(x).probabilities, before)
    for layer, key, value in clone.parameters():
        value[...] = 0
    np.testing.assert_array_equal(model.forward(x).probabilities, before)
    assert all(layer is not other for layer, other in zip(model.layers, clone.layers))
    np.testing.assert_allclose(clone.forward(x).probabilities, 1 / 3)


def test_copy_does_not_carry_the_last_forward():
    model = small_cnn()
    model.forward(np.zeros((4, 1, 8, 8), np.float32))
    clone = model.copy()
    with pytest.raises(RuntimeError, match="before forward"):
        clone.backward(np.ones((4, 3), np.float32))


def test_snapshot_is_a_copy_and_load_snapshot_restores():
    model = small_cnn(np.random.default_rng(11))
    x = np.random.default_rng(12).normal(size=(2, 1, 8, 8)).astype(np.float32)
    before = model.forward(x).probabilities.copy()
    snap = model.snapshot()
    assert set(snap) == {"conv1", "dense"}
    assert set(snap["conv1"]) == {"weight", "bias"}
    for layer, key, value in model.parameters():
        assert snap[layer.name][key] is not value
        assert not np.shares_memory(snap[layer.name][key], value)
        value += 1.0                                      # training goes on
    assert not np.allclose(model.forward(x).probabilities, before)
    for layer, key, value in model.parameters():          # the snapshot did not move with it
        np.testing.assert_array_equal(snap[layer.name][key] + 1.0, value)

    other = small_cnn(np.random.default_rng(99))
    other.load_snapshot(snap)
    np.testing.assert_array_equal(other.forward(x).probabilities, before)
    for layers in snap.values():                          # changing the snapshot later changes nothing
        for value in layers.values():
            value[...] = 0
    np.testing.assert_array_equal(other.forward(x).probabilities, before)
    model.load_snapshot(other.snapshot())
    np.testing.assert_array_equal(model.forward(x).probabilities, before)


def test_load_snapshot_rejects_the_wrong_shape():
    model = small_cnn()
    snap = model.snapshot()
    snap["dense"]["weight"] = np.zeros((3, 63), np.float32)
    with pytest.raises(ModelError, match=r"dense.*weight.*\(3, 63\).*\(3, 64\)"):
        model.load_snapshot(snap)


def test_he_init_scales_by_fan_in_and_zeroes_biases():
    model = Sequential([Conv2D(8, 16, 3, name="conv"), Flatten(), Dense(16 * 4 * 4, 10, name="dense")],
                       tuple("abcdefghij"), (8, 6, 6))
    for layer in model.layers:
        for value in layer.params.values():
            value[...] = 5
    he_init(model, np.random.default_rng(13))
    conv_w = model.layer("conv").params["weight"]
    assert conv_w.std() == pytest.approx(np.sqrt(2 / 72), rel=0.1)
    assert model.layer("dense").params["weight"].std() == pytest.approx(np.sqrt(2 / 256), rel=0.1)
    assert not model.layer("conv").params["bias"].any() and not model.layer("dense").params["bias"].any()
    again = model.copy()
    he_init(again, np.random.default_rng(13))
    np.testing.assert_array_equal(again.layer("conv").params["weight"], conv_w)
