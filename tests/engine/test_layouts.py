"""The engine stores batches batch-last inside (see ops.batch_last); its results must not depend on that.

Every op gets the same values in several memory layouts: C order (what a user builds), batch last
(what the engine hands on), a strided slice of a bigger array and reversed strides. The results must
be identical, and the arrays handed on must keep the shape a user asked for.
"""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.engine import ops
from cnnviz.engine.architectures import build

LAYOUTS = ("c_order", "batch_last", "strided_slice", "reversed")


def laid_out(a: np.ndarray, layout: str) -> np.ndarray:
    """The values of a (N, C, H, W) in another memory layout; always equal to a."""
    if layout == "c_order":
        out = np.ascontiguousarray(a)
    elif layout == "batch_last":
        out = ops.from_batch_last(np.ascontiguousarray(a.transpose(1, 2, 3, 0)))
    elif layout == "strided_slice":
        big = np.zeros((a.shape[0] * 2,) + a.shape[1:3] + (a.shape[3] * 3,), dtype=a.dtype)
        big[::2, :, :, 1::3] = a
        out = big[::2, :, :, 1::3]
    else:
        out = np.ascontiguousarray(a[::-1, ::-1, ::-1, ::-1])[::-1, ::-1, ::-1, ::-1]
    assert np.array_equal(out, a)
    return out


@pytest.fixture
def batch():
    rng = np.random.default_rng(7)
    return rng.standard_normal((5, 3, 10, 9)), rng.standard_normal((4, 3, 3, 3)), rng.standard_normal(4)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("stride, padding", [(1, 0), (2, 1), ((1, 2), (2, 0))])
def test_conv_forward_and_backward_ignore_the_layout(batch, layout, stride, padding):
    x, w, b = batch
    want = ops.conv2d(x, w, b, stride, padding)
    got = ops.conv2d(laid_out(x, layout), w, b, stride, padding)
    assert got.shape == want.shape
    np.testing.assert_array_equal(got, want)
    dy = np.random.default_rng(1).standard_normal(want.shape)
    want_grads = ops.conv2d_backward(dy, x, w, stride, padding)
    got_grads = ops.conv2d_backward(laid_out(dy, layout), laid_out(x, layout), w, stride, padding)
    for g, h in zip(got_grads, want_grads):
        assert g.shape == h.shape
        np.testing.assert_allclose(g, h, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("similarity", ["cosine", "rbf"])
def test_similarity_conv_ignores_the_layout(batch, layout, similarity):
    x, w, b = batch
    want = ops.conv2d_similarity(x, w, b, 1, 1, similarity=similarity)
    np.testing.assert_allclose(ops.conv2d_similarity(laid_out(x, layout), w, b, 1, 1, similarity=similarity),
                               want, rtol=1e-12, atol=1e-12)
    dy = np.random.default_rng(2).standard_normal(want.shape)
    want_grads = ops.conv2d_similarity_backward(dy, x, w, 1, 1, similarity=similarity)
    got_grads = ops.conv2d_similarity_backward(laid_out(dy, layout), laid_out(x, layout), w, 1, 1,
                                               similarity=similarity)
    for g, h in zip(got_grads, want_grads):
        np.testing.assert_allclose(g, h, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("mode", ops.POOL_MODES)
@pytest.mark.parametrize("size, stride", [(2, None), (3, 2), (2, 3)])
def test_pooling_ignores_the_layout(batch, layout, mode, size, stride):
    x = np.round(batch[0], 1)                                     # ties, so the first-winner rule is exercised
    want = ops.pool2d(x, size, stride, mode)
    np.testing.assert_array_equal(ops.pool2d(laid_out(x, layout), size, stride, mode), want)
    dy = np.random.default_rng(3).standard_normal(want.shape)
    np.testing.assert_array_equal(ops.pool2d_backward(laid_out(dy, layout), laid_out(x, layout), size, stride, mode),
                                  ops.pool2d_backward(dy, x, size, stride, mode))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("mode", ops.POOL_MODES)
@pytest.mark.parametrize("grid", [(2, 2), (3, 4)])               # equal bins (10x8 -> 2x2) and unequal ones
def test_adaptive_pooling_ignores_the_layout(layout, mode, grid):
    x = np.random.default_rng(4).standard_normal((3, 2, 10, 8))
    want = ops.adaptive_pool2d(x, grid, mode)
    np.testing.assert_allclose(ops.adaptive_pool2d(laid_out(x, layout), grid, mode), want, rtol=1e-12)
    dy = np.random.default_rng(5).standard_normal(want.shape)
    np.testing.assert_array_equal(ops.adaptive_pool2d_backward(laid_out(dy, layout), laid_out(x, layout), grid, mode),
                                  ops.adaptive_pool2d_backward(dy, x, grid, mode))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("function", ops.ACTIVATIONS)
def test_activations_ignore_the_layout(batch, layout, function):
    forward, backward = ops.ACTIVATION_FUNCTIONS[function]
    x = batch[0]
    dy = np.random.default_rng(6).standard_normal(x.shape)
    np.testing.assert_array_equal(forward(laid_out(x, layout)), forward(x))
    np.testing.assert_array_equal(backward(laid_out(dy, layout), laid_out(x, layout)), backward(dy, x))


@pytest.mark.parametrize("layout", LAYOUTS)
def test_flatten_keeps_channel_row_column_order_in_any_layout(batch, layout):
    x = batch[0]
    flat = ops.flatten(laid_out(x, layout))
    np.testing.assert_array_equal(flat, x.reshape(len(x), -1))
    back = ops.flatten_backward(flat, laid_out(x, layout))
    assert back.shape == x.shape
    np.testing.assert_array_equal(back, x)


def test_relu_is_exact_and_leaves_its_input_alone_at_every_size():
    """relu takes a shortcut through a shared block of zeros; it must never hand that block out."""
    for size in (1, 100, 70_000):
        x = np.random.default_rng(size).standard_normal(size).astype(np.float32)
        before = x.copy()
        y = ops.relu(x)
        np.testing.assert_array_equal(y, np.where(x > 0, x, 0))
        np.testing.assert_array_equal(x, before)
        y += 1                                                    # the result is the caller's to change
        assert (ops.relu(-np.abs(x)) == 0).all()


def test_a_batch_gives_each_sample_what_it_gives_alone():
    """The batch travels as one block through every layer; no sample may leak into another."""
    model = build("ox-cnn", np.random.default_rng(0))
    x = np.random.default_rng(1).random((6,) + model.input_shape, dtype=np.float32)
    together = model.forward(x)
    for i in range(len(x)):
        alone = model.forward(x[i])
        for step_together, step_alone in zip(together.steps, alone.steps):
            np.testing.assert_allclose(step_together.output[i], step_alone.output[0], rtol=1e-5, atol=1e-6,
                                       err_msg=step_alone.name)
