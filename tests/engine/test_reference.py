"""Forward values against slow, obvious references written with loops, and against PyTorch if present.

The references follow the textbook definitions, not the engine's im2col / strided views:
a conv output cell is the sum of patch * filter; true convolution is correlation with the kernel
rotated by 180 degrees; a pooled cell is the max / min / mean of its window; adaptive bins are
PyTorch's [floor(i * n / bins), ceil((i + 1) * n / bins)).
"""
from __future__ import annotations

import math

import numpy as np
import pytest

from cnnviz.engine import Conv2D, Pool2D, ops


def as_pair(v):
    return (v, v) if isinstance(v, int) else tuple(v)


def reference_pad(x, ph, pw):
    n, c, h, w = x.shape
    out = np.zeros((n, c, h + 2 * ph, w + 2 * pw), dtype=x.dtype)
    for i in range(h):
        for j in range(w):
            out[:, :, i + ph, j + pw] = x[:, :, i, j]
    return out


def reference_conv2d(x, w, b=None, stride=1, padding=0):
    """Cross-correlation, cell by cell: out[n, f, i, j] = b[f] + sum(patch * filter)."""
    (sh, sw), (ph, pw) = as_pair(stride), as_pair(padding)
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    xp = reference_pad(x, ph, pw)
    oh = (h + 2 * ph - kh) // sh + 1
    ow = (wd + 2 * pw - kw) // sw + 1
    out = np.zeros((n, f, oh, ow))
    for s in range(n):
        for k in range(f):
            for i in range(oh):
                for j in range(ow):
                    total = 0.0 if b is None else b[k]
                    for ch in range(c):
                        for u in range(kh):
                            for v in range(kw):
                                total += xp[s, ch, i * sh + u, j * sw + v] * w[k, ch, u, v]
                    out[s, k, i, j] = total
    return out


def reference_true_conv2d(x, w, b=None, stride=1, padding=0):
    """True convolution: correlation with every kernel rotated by 180 degrees."""
    rotated = np.rot90(w, 2, axes=(2, 3))
    return reference_conv2d(x, rotated, b, stride, padding)


def reference_pool2d(x, size, stride=None, mode="max"):
    (kh, kw) = as_pair(size)
    (sh, sw) = as_pair(stride if stride is not None else size)
    n, c, h, w = x.shape
    oh, ow = (h - kh) // sh + 1, (w - kw) // sw + 1
    reduce = {"max": max, "min": min, "avg": lambda values: sum(values) / len(values)}[mode]
    out = np.zeros((n, c, oh, ow))
    for s in range(n):
        for ch in range(c):
            for i in range(oh):
                for j in range(ow):
                    window = [x[s, ch, i * sh + u, j * sw + v] for u in range(kh) for v in range(kw)]
                    out[s, ch, i, j] = reduce(window)
    return out


def reference_bins(n, bins):
    return [(math.floor(i * n / bins), math.ceil((i + 1) * n / bins)) for i in range(bins)]


def reference_adaptive_pool2d(x, output_size, mode="max"):
    oh, ow = as_pair(output_size)
    n, c, h, w = x.shape
    reduce = {"max": max, "min": min, "avg": lambda values: sum(values) / len(values)}[mode]
    out = np.zeros((n, c, oh, ow))
    for s in range(n):
        for ch in range(c):
            for i, (h0, h1) in enumerate(reference_bins(h, oh)):
                for j, (w0, w1) in enumerate(reference_bins(w, ow)):
                    out[s, ch, i, j] = reduce([x[s, ch, u, v] for u in range(h0, h1) for v in range(w0, w1)])
    return out


CONV_CASES = [
    ((1, 1, 5, 5), (1, 1, 3, 3), 1, 0),
    ((2, 3, 6, 7), (4, 3, 3, 3), 1, 1),
    ((2, 2, 7, 6), (3, 2, 2, 3), 2, 0),
    ((1, 2, 8, 9), (2, 2, 3, 2), (1, 2), (2, 1)),
    ((2, 1, 5, 8), (2, 1, 1, 4), (2, 3), (0, 2)),
    ((1, 3, 4, 4), (2, 3, 4, 4), 1, 0),
    ((1, 1, 6, 6), (1, 1, 3, 3), 3, 2),
]


@pytest.mark.parametrize("x_shape, w_shape, stride, padding", CONV_CASES)
def test_conv2d_matches_sum_of_patch_times_filter(x_shape, w_shape, stride, padding):
    rng = np.random.default_rng(sum(x_shape) + sum(w_shape))
    x, w, b = rng.normal(size=x_shape), rng.normal(size=w_shape), rng.normal(size=w_shape[0])
    np.testing.assert_allclose(ops.conv2d(x, w, b, stride, padding), reference_conv2d(x, w, b, stride, padding),
                               rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(ops.conv2d(x, w, None, stride, padding), reference_conv2d(x, w, None, stride, padding),
                               rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("x_shape, w_shape, stride, padding", CONV_CASES)
def test_true_convolution_is_correlation_with_the_rotated_kernel(x_shape, w_shape, stride, padding):
    rng = np.random.default_rng(sum(x_shape) * 7 + sum(w_shape))
    x, w, b = rng.normal(size=x_shape), rng.normal(size=w_shape), rng.normal(size=w_shape[0])
    np.testing.assert_allclose(ops.conv2d(x, w, b, stride, padding, flip=True),
                               reference_true_conv2d(x, w, b, stride, padding), rtol=1e-12, atol=1e-12)


def test_impulse_response_shows_the_difference_between_correlation_and_convolution():
    """The classic lecture picture: convolving a single dot reproduces the kernel, correlating flips it."""
    kernel = np.arange(1.0, 7.0).reshape(1, 1, 2, 3)
    dot = np.zeros((1, 1, 3, 5))
    dot[0, 0, 1, 2] = 1.0
    correlation = ops.conv2d(dot, kernel, padding=0)[0, 0]
    convolution = ops.conv2d(dot, kernel, padding=0, flip=True)[0, 0]
    np.testing.assert_array_equal(correlation, np.rot90(kernel[0, 0], 2))
    np.testing.assert_array_equal(convolution, kernel[0, 0])


def test_conv2d_single_patch_by_hand():
    x = np.arange(9.0).reshape(1, 1, 3, 3)
    w = np.array([[[[1.0, 0.0, -1.0], [2.0, 0.0, -2.0], [1.0, 0.0, -1.0]]]])
    # sum of patch * filter: (0 - 2) + 2 * (3 - 5) + (6 - 8) = -8
    np.testing.assert_array_equal(ops.conv2d(x, w), [[[[-8.0]]]])
    np.testing.assert_array_equal(ops.conv2d(x, w, np.array([0.5])), [[[[-7.5]]]])
    np.testing.assert_array_equal(ops.conv2d(x, w, flip=True), [[[[8.0]]]])


@pytest.mark.parametrize("n, kernel, stride, padding, expected", [
    (128, 3, 1, 0, 126),
    (128, 3, 1, 1, 128),
    (128, 3, 2, 0, 63),
    (128, 5, 2, 2, 64),
    (28, 3, 1, 0, 26),
    (7, 2, 2, 0, 3),       # floor: the last row is left out
    (7, 3, 3, 1, 3),
    (3, 3, 1, 0, 1),
    (1, 3, 1, 1, 1),
])
def test_output_size_formula(n, kernel, stride, padding, expected):
    assert ops.output_size(n, kernel, stride, padding) == expected
    x = np.zeros((1, 1, n, n))
    w = np.zeros((1, 1, kernel, kernel))
    assert ops.conv2d(x, w, stride=stride, padding=padding).shape == (1, 1, expected, expected)
    assert Conv2D(1, 1, kernel, stride=stride, padding=padding).output_shape((1, n, n)) == (1, expected, expected)


def test_output_size_with_pairs():
    x = np.zeros((1, 1, 128, 64))
    w = np.zeros((2, 1, 3, 5))
    assert ops.conv2d(x, w, stride=(1, 2), padding=(0, 2)).shape == (1, 2, 126, 32)
    assert ops.conv_output_shape(128, 64, (3, 5), (1, 2), (0, 2)) == (126, 32)
    assert ops.pool2d(np.zeros((1, 1, 7, 9)), (2, 3)).shape == (1, 1, 3, 3)
    assert Pool2D((2, 3)).output_shape((4, 7, 9)) == (4, 3, 3)


@pytest.mark.parametrize("mode", ["max", "min", "avg"])
@pytest.mark.parametrize("size, stride", [(2, None), (3, None), (2, 1), (3, 2), ((2, 3), (1, 2)), ((3, 1), None)])
def test_pool2d_matches_explicit_windows(size, stride, mode):
    x = np.random.default_rng(11).normal(size=(2, 3, 7, 8))
    np.testing.assert_allclose(ops.pool2d(x, size, stride, mode), reference_pool2d(x, size, stride, mode),
                               rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("n, bins", [(7, 2), (7, 3), (5, 2), (5, 3), (6, 2), (26, 2), (4, 4), (9, 1), (10, 7)])
def test_adaptive_bins_follow_pytorch(n, bins):
    got = ops.adaptive_bins(n, bins)
    assert got == reference_bins(n, bins)
    assert got[0][0] == 0 and got[-1][1] == n, "the bins cover the whole input"


@pytest.mark.parametrize("mode", ["max", "min", "avg"])
@pytest.mark.parametrize("in_hw, out_hw", [((7, 5), (2, 2)), ((7, 5), (3, 3)), ((6, 6), (2, 2)), ((26, 26), (2, 2)),
                                           ((5, 9), (5, 4)), ((8, 8), (1, 1))])
def test_adaptive_pool2d_matches_explicit_bins(in_hw, out_hw, mode):
    x = np.random.default_rng(12).normal(size=(2, 2) + in_hw)
    np.testing.assert_allclose(ops.adaptive_pool2d(x, out_hw, mode), reference_adaptive_pool2d(x, out_hw, mode),
                               rtol=1e-12, atol=1e-15)


def test_adaptive_pool_quadrants_of_an_even_input():
    x = np.arange(16.0).reshape(1, 1, 4, 4)
    np.testing.assert_array_equal(ops.adaptive_pool2d(x, 2, "max")[0, 0], [[5, 7], [13, 15]])
    np.testing.assert_array_equal(ops.adaptive_pool2d(x, 2, "min")[0, 0], [[0, 2], [8, 10]])
    np.testing.assert_array_equal(ops.adaptive_pool2d(x, 2, "avg")[0, 0], [[2.5, 4.5], [10.5, 12.5]])


def test_activations_by_hand():
    x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
    np.testing.assert_array_equal(ops.relu(x), [0, 0, 0, 0.5, 2])
    np.testing.assert_array_equal(ops.identity(x), x)
    np.testing.assert_allclose(ops.leaky_relu(x), [-0.02, -0.005, 0, 0.5, 2])
    np.testing.assert_allclose(ops.sigmoid(x), [1 / (1 + math.exp(-v)) for v in x], rtol=1e-15)
    np.testing.assert_allclose(ops.tanh(x), [math.tanh(v) for v in x], rtol=1e-15)
    np.testing.assert_array_equal(ops.sigmoid(np.array([-1000.0, 1000.0])), [0.0, 1.0])


def test_dense_uses_pytorch_weight_layout():
    x = np.array([[1.0, 2.0, 3.0]])
    w = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]])      # (out, in)
    np.testing.assert_array_equal(ops.dense(x, w, np.array([10.0, 20.0])), [[11.0, 25.0]])


def test_flatten_order_is_channel_row_column():
    x = np.arange(8).reshape(1, 2, 2, 2)
    np.testing.assert_array_equal(ops.flatten(x), [[0, 1, 2, 3, 4, 5, 6, 7]])


def test_cross_entropy_by_hand():
    logits = np.array([[0.0, math.log(3.0)], [2.0, 2.0]])
    # p = [1/4, 3/4] and [1/2, 1/2]; labels 1 and 0: mean of -log(3/4) and -log(1/2)
    expected = (-math.log(0.75) - math.log(0.5)) / 2
    assert ops.cross_entropy(logits, np.array([1, 0])) == pytest.approx(expected, rel=1e-14)


# ---------------------------------------------------------------------------------------------
# the tie rule: at equal values the gradient goes to the first cell of the window (row-major)

@pytest.mark.parametrize("mode", ["max", "min"])
def test_pool_ties_send_gradient_to_the_first_cell(mode):
    x = np.ones((1, 1, 4, 4))
    dx = ops.pool2d_backward(np.ones((1, 1, 2, 2)), x, 2, None, mode)
    expected = np.zeros((4, 4))
    expected[0::2, 0::2] = 1
    np.testing.assert_array_equal(dx[0, 0], expected)


def test_pool_tie_inside_a_window_picks_the_first_in_reading_order():
    x = np.array([[[[0.0, 5.0], [5.0, 1.0]]]])
    np.testing.assert_array_equal(ops.pool2d_backward(np.ones((1, 1, 1, 1)), x, 2)[0, 0], [[0, 1], [0, 0]])
    y = np.array([[[[3.0, 1.0], [0.0, 0.0]]]])
    np.testing.assert_array_equal(ops.pool2d_backward(np.ones((1, 1, 1, 1)), y, 2, mode="min")[0, 0], [[0, 0], [1, 0]])


def test_overlapping_pool_ties_accumulate_on_the_first_cell_of_each_window():
    x = np.zeros((1, 1, 3, 3))
    dx = ops.pool2d_backward(np.ones((1, 1, 2, 2)), x, 2, 1, "max")
    np.testing.assert_array_equal(dx[0, 0], [[1, 1, 0], [1, 1, 0], [0, 0, 0]])


@pytest.mark.parametrize("mode", ["max", "min"])
def test_adaptive_pool_ties_send_gradient_to_the_first_cell(mode):
    x = np.zeros((1, 1, 5, 5))
    dx = ops.adaptive_pool2d_backward(np.ones((1, 1, 2, 2)), x, 2, mode)
    starts = [b[0] for b in reference_bins(5, 2)]
    expected = np.zeros((5, 5))
    for r in starts:
        for c in starts:
            expected[r, c] += 1
    np.testing.assert_array_equal(dx[0, 0], expected)


def test_pool_winners_report_the_first_index():
    x = np.array([[[[2.0, 2.0, 1.0, 3.0], [0.0, 2.0, 3.0, 3.0]]]])
    np.testing.assert_array_equal(ops.pool2d_winners(x, 2)[0, 0], [[0, 1]])
    np.testing.assert_array_equal(ops.pool2d_winners(x, 2, mode="min")[0, 0], [[2, 0]])


# ---------------------------------------------------------------------------------------------
# PyTorch, when it happens to be installed

@pytest.fixture(scope="module")
def torch():
    return pytest.importorskip("torch")


def t(torch, a, grad=False):
    return torch.tensor(np.ascontiguousarray(a), dtype=torch.float64, requires_grad=grad)


@pytest.mark.parametrize("x_shape, w_shape, stride, padding", CONV_CASES)
@pytest.mark.parametrize("flip", [False, True])
def test_conv2d_forward_and_backward_match_torch(torch, x_shape, w_shape, stride, padding, flip):
    rng = np.random.default_rng(sum(x_shape) * 3 + sum(w_shape))
    x, w, b = rng.normal(size=x_shape), rng.normal(size=w_shape), rng.normal(size=w_shape[0])
    y = ops.conv2d(x, w, b, stride, padding, flip=flip)
    tx, tw, tb = t(torch, x, True), t(torch, w, True), t(torch, b, True)
    kernel = torch.flip(tw, dims=(2, 3)) if flip else tw
    ty = torch.nn.functional.conv2d(tx, kernel, tb, stride=as_pair(stride), padding=as_pair(padding))
    np.testing.assert_allclose(y, ty.detach().numpy(), rtol=1e-12, atol=1e-12)
    g = rng.normal(size=y.shape)
    ty.backward(t(torch, g))
    dx, dw, db = ops.conv2d_backward(g, x, w, stride, padding, flip=flip)
    np.testing.assert_allclose(dx, tx.grad.numpy(), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(dw, tw.grad.numpy(), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(db, tb.grad.numpy(), rtol=1e-12, atol=1e-12)


def torch_pool(torch, tx, size, stride, mode):
    f = torch.nn.functional
    stride = size if stride is None else stride
    if mode == "max":
        return f.max_pool2d(tx, size, stride)
    if mode == "min":
        return -f.max_pool2d(-tx, size, stride)
    return f.avg_pool2d(tx, size, stride)


@pytest.mark.parametrize("ties", [False, True])
@pytest.mark.parametrize("mode", ["max", "min", "avg"])
@pytest.mark.parametrize("size, stride", [(2, None), (3, None), (2, 1), (3, 2), ((2, 3), (1, 2))])
def test_pool2d_forward_and_backward_match_torch(torch, size, stride, mode, ties):
    rng = np.random.default_rng(13)
    x = rng.integers(0, 3, size=(2, 2, 7, 8)).astype(float) if ties else rng.normal(size=(2, 2, 7, 8))
    tx = t(torch, x, True)
    ty = torch_pool(torch, tx, size, stride, mode)
    y = ops.pool2d(x, size, stride, mode)
    np.testing.assert_allclose(y, ty.detach().numpy(), rtol=1e-12, atol=1e-15)
    g = rng.normal(size=y.shape)
    ty.backward(t(torch, g))
    np.testing.assert_allclose(ops.pool2d_backward(g, x, size, stride, mode), tx.grad.numpy(),
                               rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("ties", [False, True])
@pytest.mark.parametrize("mode", ["max", "min", "avg"])
@pytest.mark.parametrize("in_hw, out_hw", [((7, 5), (2, 2)), ((7, 5), (3, 3)), ((26, 26), (2, 2)), ((5, 9), (5, 4))])
def test_adaptive_pool2d_forward_and_backward_match_torch(torch, in_hw, out_hw, mode, ties):
    rng = np.random.default_rng(14)
    shape = (2, 2) + in_hw
    x = rng.integers(0, 3, size=shape).astype(float) if ties else rng.normal(size=shape)
    f = torch.nn.functional
    tx = t(torch, x, True)
    if mode == "max":
        ty = f.adaptive_max_pool2d(tx, out_hw)
    elif mode == "min":
        ty = -f.adaptive_max_pool2d(-tx, out_hw)
    else:
        ty = f.adaptive_avg_pool2d(tx, out_hw)
    y = ops.adaptive_pool2d(x, out_hw, mode)
    np.testing.assert_allclose(y, ty.detach().numpy(), rtol=1e-12, atol=1e-15)
    g = rng.normal(size=y.shape)
    ty.backward(t(torch, g))
    np.testing.assert_allclose(ops.adaptive_pool2d_backward(g, x, out_hw, mode), tx.grad.numpy(),
                               rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("scale", [1.0, 50.0, 1e4])
def test_cross_entropy_and_softmax_match_torch(torch, scale):
    rng = np.random.default_rng(15)
    logits = rng.normal(scale=scale, size=(6, 4))
    labels = rng.integers(0, 4, size=6)
    tl = t(torch, logits, True)
    loss = torch.nn.functional.cross_entropy(tl, torch.tensor(labels))
    loss.backward()
    assert ops.cross_entropy(logits, labels) == pytest.approx(loss.item(), rel=1e-12, abs=1e-12)
    np.testing.assert_allclose(ops.cross_entropy_backward(logits, labels), tl.grad.numpy(), rtol=1e-10, atol=1e-15)
    np.testing.assert_allclose(ops.softmax(logits, axis=1), torch.softmax(t(torch, logits), 1).numpy(),
                               rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(ops.log_softmax(logits, axis=1), torch.log_softmax(t(torch, logits), 1).numpy(),
                               rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("function", ops.ACTIVATIONS)
def test_activations_match_torch(torch, function):
    x = np.random.default_rng(16).normal(scale=4, size=50)
    f = torch.nn.functional
    reference = {"relu": f.relu, "identity": lambda v: v, "sigmoid": torch.sigmoid, "tanh": torch.tanh,
                 "leaky_relu": lambda v: f.leaky_relu(v, 0.01)}[function]
    np.testing.assert_allclose(ops.ACTIVATION_FUNCTIONS[function][0](x), reference(t(torch, x)).numpy(),
                               rtol=1e-14, atol=1e-300)
