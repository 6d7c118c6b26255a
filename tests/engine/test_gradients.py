"""Every backward against central finite differences, in float64.

The numerical gradient below knows nothing about the engine's backward functions: it only calls
forward functions on perturbed copies of the inputs. Each op is checked through the scalar
L = sum(op(x) * g) for a random upstream gradient g, so dL/dx must equal op_backward(g, ...).
"""
from __future__ import annotations

import zlib

import numpy as np
import pytest

from cnnviz.engine import Activation, Conv2D, Dense, Flatten, Pool2D, Sequential, Softmax, ops

from .numerical import numerical_gradient

RTOL, ATOL = 1e-6, 1e-7


def upstream_loss(forward, g):
    """The scalar sum(forward() * g), whose gradient with respect to the output is g."""
    return lambda: float(np.sum(forward() * g))


def assert_gradient(analytic, numeric, what=""):
    assert analytic.shape == numeric.shape, what
    np.testing.assert_allclose(analytic, numeric, rtol=RTOL, atol=ATOL, err_msg=what)


def rng_for(*key) -> np.random.Generator:
    """A generator seeded by the test case, the same in every run (str hashes are salted per process)."""
    return np.random.default_rng(zlib.crc32(repr(key).encode()))


def distinct_values(rng, shape, spacing=0.1):
    """Values with no ties (a random permutation), far apart compared with the finite-difference step: max/min have no kinks."""
    size = int(np.prod(shape))
    return (rng.permutation(size).astype(np.float64) * spacing - size * spacing / 2).reshape(shape)


# ---------------------------------------------------------------------------------------------
# conv2d

STRIDES = [1, 2, (1, 2)]
PADDINGS = [0, 1, (2, 1)]


def check_conv(x_shape, w_shape, stride, padding, flip, with_bias=True):
    rng = rng_for(x_shape, w_shape, stride, padding, flip)
    x = rng.normal(size=x_shape)
    w = rng.normal(size=w_shape)
    b = rng.normal(size=w_shape[0]) if with_bias else None
    y = ops.conv2d(x, w, b, stride, padding, flip=flip)
    g = rng.normal(size=y.shape)
    dx, dw, db = ops.conv2d_backward(g, x, w, stride, padding, flip=flip)
    forward = lambda: ops.conv2d(x, w, b, stride, padding, flip=flip)  # noqa: E731
    assert_gradient(dx, numerical_gradient(upstream_loss(forward, g), x), "dx")
    assert_gradient(dw, numerical_gradient(upstream_loss(forward, g), w), "dw")
    if with_bias:
        assert_gradient(db, numerical_gradient(upstream_loss(forward, g), b), "db")
    else:
        np.testing.assert_allclose(db, g.sum(axis=(0, 2, 3)))


@pytest.mark.parametrize("flip", [False, True])
@pytest.mark.parametrize("padding", PADDINGS)
@pytest.mark.parametrize("stride", STRIDES)
def test_conv2d_backward_strides_paddings(stride, padding, flip):
    check_conv((2, 2, 7, 6), (3, 2, 3, 2), stride, padding, flip)


@pytest.mark.parametrize("x_shape, w_shape, stride, padding", [
    ((1, 1, 5, 5), (1, 1, 3, 3), 1, 0),          # the lecture's case: one image, one filter
    ((3, 1, 6, 6), (2, 1, 1, 1), 1, 0),          # 1x1 kernel
    ((2, 3, 5, 8), (4, 3, 2, 3), 2, 1),          # multi-channel in and out, non-square kernel
    ((2, 2, 8, 5), (2, 2, 3, 1), (2, 1), (0, 2)),
    ((1, 2, 4, 4), (3, 2, 4, 4), 1, 0),          # kernel as large as the input: one output cell
    ((2, 1, 5, 5), (2, 1, 5, 5), 3, 2),          # padding larger than zero, stride skips cells
    ((2, 2, 7, 7), (2, 2, 3, 3), 3, 0),          # stride leaves the last row and column unused
    ((1, 3, 3, 9), (2, 3, 3, 4), (1, 3), (1, 0)),
])
@pytest.mark.parametrize("flip", [False, True])
def test_conv2d_backward_shapes(x_shape, w_shape, stride, padding, flip):
    check_conv(x_shape, w_shape, stride, padding, flip)


def test_conv2d_backward_without_bias():
    check_conv((2, 2, 5, 5), (2, 2, 3, 3), 1, 1, False, with_bias=False)


def test_conv2d_backward_with_saved_columns_matches():
    """The layer passes the im2col matrix of its forward; the gradient must not change."""
    rng = np.random.default_rng(1)
    x, w = rng.normal(size=(2, 3, 6, 7)), rng.normal(size=(4, 3, 3, 2))
    y, cols = ops.conv2d_im2col(x, w, None, (2, 1), 1, flip=True)
    g = rng.normal(size=y.shape)
    fresh = ops.conv2d_backward(g, x, w, (2, 1), 1, flip=True)
    saved = ops.conv2d_backward(g, x, w, (2, 1), 1, flip=True, cols=cols)
    for a, b in zip(fresh, saved):
        np.testing.assert_array_equal(a, b)


# ---------------------------------------------------------------------------------------------
# pooling

POOL_GEOMETRIES = [
    (2, None),          # non-overlapping, stride defaults to size
    (3, None),          # 7x8 input: the last row / columns are left out (floor)
    (2, 1),             # overlapping
    (3, 1),
    (3, 2),             # overlapping, windows share one row/column
    ((2, 3), (1, 2)),   # non-square window and stride
    ((3, 2), None),
    (1, 1),             # identity window
]


@pytest.mark.parametrize("mode", ["max", "min", "avg"])
@pytest.mark.parametrize("size, stride", POOL_GEOMETRIES)
def test_pool2d_backward(size, stride, mode):
    rng = rng_for(size, stride, mode)
    x = distinct_values(rng, (2, 3, 7, 8))
    y = ops.pool2d(x, size, stride, mode)
    g = rng.normal(size=y.shape)
    dx = ops.pool2d_backward(g, x, size, stride, mode)
    numeric = numerical_gradient(upstream_loss(lambda: ops.pool2d(x, size, stride, mode), g), x)
    assert_gradient(dx, numeric)


@pytest.mark.parametrize("mode", ["max", "min"])
def test_pool2d_backward_sends_gradient_only_to_winners(mode):
    """Max/min pooling: exactly one cell per window receives that window's gradient."""
    rng = np.random.default_rng(7)
    x = distinct_values(rng, (1, 1, 6, 6))
    dx = ops.pool2d_backward(np.ones((1, 1, 3, 3)), x, 2, None, mode)
    assert np.count_nonzero(dx) == 9
    assert dx.sum() == 9


@pytest.mark.parametrize("mode", ["max", "min", "avg"])
@pytest.mark.parametrize("in_hw, out_hw", [
    ((7, 5), (2, 2)),    # uneven bins: rows 0-3 and 3-6 overlap at row 3
    ((7, 5), (3, 3)),
    ((6, 6), (2, 2)),    # even quadrants
    ((5, 7), (3, 2)),
    ((4, 4), (4, 4)),    # one cell per bin
    ((9, 8), (1, 1)),    # global pooling
    ((28, 26), (2, 2)),  # the lecture model's geometry after a 3x3 conv
])
def test_adaptive_pool2d_backward(in_hw, out_hw, mode):
    rng = rng_for(in_hw, out_hw, mode)
    x = distinct_values(rng, (2, 2) + in_hw)
    y = ops.adaptive_pool2d(x, out_hw, mode)
    g = rng.normal(size=y.shape)
    dx = ops.adaptive_pool2d_backward(g, x, out_hw, mode)
    numeric = numerical_gradient(upstream_loss(lambda: ops.adaptive_pool2d(x, out_hw, mode), g), x)
    assert_gradient(dx, numeric)


# ---------------------------------------------------------------------------------------------
# activations, dense, flatten

@pytest.mark.parametrize("function", ops.ACTIVATIONS)
@pytest.mark.parametrize("shape", [(7,), (3, 5), (2, 3, 4, 5)])
def test_activation_backward(function, shape):
    forward, backward = ops.ACTIVATION_FUNCTIONS[function]
    rng = rng_for(function, shape)
    x = rng.normal(scale=3.0, size=shape)
    x[np.abs(x) < 0.05] += 0.1          # keep away from the kink at 0 of relu / leaky_relu
    g = rng.normal(size=shape)
    numeric = numerical_gradient(upstream_loss(lambda: forward(x), g), x)
    assert_gradient(backward(g, x), numeric, function)


def test_sigmoid_backward_far_in_the_tails():
    x = np.array([-40.0, -12.0, 12.0, 40.0])
    g = np.ones_like(x)
    numeric = numerical_gradient(upstream_loss(lambda: ops.sigmoid(x), g), x)
    assert_gradient(ops.sigmoid_backward(g, x), numeric)


def test_leaky_relu_backward_uses_the_slope():
    x = np.array([-2.0, -0.5, 0.5, 2.0])
    np.testing.assert_allclose(ops.leaky_relu_backward(np.ones(4), x), [0.01, 0.01, 1, 1])
    np.testing.assert_allclose(ops.leaky_relu_backward(np.ones(4), x, slope=0.2), [0.2, 0.2, 1, 1])


@pytest.mark.parametrize("n, n_in, n_out", [(1, 1, 1), (1, 8, 2), (4, 5, 3), (3, 12, 7)])
@pytest.mark.parametrize("with_bias", [True, False])
def test_dense_backward(n, n_in, n_out, with_bias):
    rng = rng_for(n, n_in, n_out)
    x, w = rng.normal(size=(n, n_in)), rng.normal(size=(n_out, n_in))
    b = rng.normal(size=n_out) if with_bias else None
    g = rng.normal(size=(n, n_out))
    forward = lambda: ops.dense(x, w, b)  # noqa: E731
    dx, dw, db = ops.dense_backward(g, x, w)
    assert_gradient(dx, numerical_gradient(upstream_loss(forward, g), x), "dx")
    assert_gradient(dw, numerical_gradient(upstream_loss(forward, g), w), "dw")
    if with_bias:
        assert_gradient(db, numerical_gradient(upstream_loss(forward, g), b), "db")


@pytest.mark.parametrize("shape", [(2, 3), (2, 3, 4, 5), (1, 1, 1, 1)])
def test_flatten_backward(shape):
    rng = rng_for(shape)
    x = rng.normal(size=shape)
    g = rng.normal(size=(shape[0], int(np.prod(shape[1:]))))
    numeric = numerical_gradient(upstream_loss(lambda: ops.flatten(x), g), x)
    assert_gradient(ops.flatten_backward(g, x), numeric)


# ---------------------------------------------------------------------------------------------
# softmax and cross-entropy

@pytest.mark.parametrize("shape, axis", [((5,), -1), ((3, 4), -1), ((3, 4), 1), ((3, 4), 0),
                                         ((2, 3, 4), 1), ((1, 2), -1)])
def test_softmax_backward(shape, axis):
    rng = rng_for(shape, axis)
    z = rng.normal(scale=2.0, size=shape)
    g = rng.normal(size=shape)
    numeric = numerical_gradient(upstream_loss(lambda: ops.softmax(z, axis=axis), g), z)
    assert_gradient(ops.softmax_backward(g, ops.softmax(z, axis=axis), axis=axis), numeric)


@pytest.mark.parametrize("n, k", [(1, 2), (4, 2), (5, 3), (8, 10)])
@pytest.mark.parametrize("scale", [0.5, 5.0, 30.0])
def test_cross_entropy_backward(n, k, scale):
    rng = rng_for(n, k, scale)
    logits = rng.normal(scale=scale, size=(n, k))
    labels = rng.integers(0, k, size=n)
    numeric = numerical_gradient(lambda: ops.cross_entropy(logits, labels), logits)
    assert_gradient(ops.cross_entropy_backward(logits, labels), numeric)


def test_cross_entropy_backward_chains_with_softmax_backward():
    """Gradient through softmax of d(-log p[label]) equals the direct (softmax - one_hot) / N."""
    rng = np.random.default_rng(3)
    logits, labels = rng.normal(size=(4, 3)), np.array([0, 2, 1, 2])
    p = ops.softmax(logits, axis=1)
    dp = np.zeros_like(p)
    dp[np.arange(4), labels] = -1 / (4 * p[np.arange(4), labels])
    np.testing.assert_allclose(ops.softmax_backward(dp, p, axis=1), ops.cross_entropy_backward(logits, labels),
                               rtol=1e-12, atol=1e-15)


# ---------------------------------------------------------------------------------------------
# a whole model: every parameter gradient and the input gradient of the cross-entropy loss

def conv(cin, cout, k, **kw):
    return Conv2D(cin, cout, k, dtype=np.float64, **kw)


def build_model(variant: str) -> Sequential:
    if variant == "relu-max-softmax":
        layers = [conv(2, 3, 3, padding=1, name="conv1"), Activation("relu", name="act1"),
                  Pool2D(2, mode="max", name="pool1"),
                  conv(3, 2, (2, 3), stride=(1, 2), flip=True, name="conv2"), Activation("tanh", name="act2"),
                  Pool2D(mode="avg", output_size=(2, 2), name="pool2"),
                  Flatten(name="flat"), Dense(8, 3, dtype=np.float64, name="dense"), Softmax(name="softmax")]
        input_shape, classes = (2, 8, 12), ("a", "b", "c")
    elif variant == "leaky-min-no-softmax":
        layers = [conv(1, 2, (3, 2), stride=2, padding=(2, 1), name="conv1"),
                  Activation("leaky_relu", name="act1"),
                  Pool2D(3, 1, mode="min", name="pool1"), Activation("sigmoid", name="act2"),
                  Pool2D(mode="max", output_size=(2, 3), name="pool2"), Flatten(name="flat"),
                  Dense(12, 4, dtype=np.float64, name="dense1"), Activation("identity", name="act3"),
                  Dense(4, 2, dtype=np.float64, name="dense2")]
        input_shape, classes = (1, 9, 11), ("x", "o")
    else:
        raise ValueError(variant)
    model = Sequential(layers, class_names=classes, input_shape=input_shape)
    rng = np.random.default_rng(42)
    for layer in model.layers:
        for value in layer.params.values():
            value[...] = rng.normal(scale=0.8, size=value.shape)
    return model


@pytest.mark.parametrize("variant", ["relu-max-softmax", "leaky-min-no-softmax"])
def test_model_backward_matches_finite_differences(variant):
    model = build_model(variant)
    rng = np.random.default_rng(5)
    x = rng.normal(size=(3,) + model.input_shape)
    labels = rng.integers(0, len(model.class_names), size=3)

    def loss():
        return ops.cross_entropy(model.forward(x).logits, labels)

    trace = model.forward(x)
    assert trace.logits.dtype == np.float64
    dx = model.backward(ops.cross_entropy_backward(trace.logits, labels))
    analytic = {(layer.name, key): layer.grads[key].copy() for layer, key, _ in model.parameters()}
    assert analytic, "the model has parameters"

    assert_gradient(dx, numerical_gradient(loss, x), "input gradient")
    for layer, key, value in model.parameters():
        assert_gradient(analytic[layer.name, key], numerical_gradient(loss, value), f"{layer.name}.{key}")


def test_input_gradient_is_the_saliency_of_one_logit():
    model = build_model("relu-max-softmax")
    x = np.random.default_rng(8).normal(size=(2,) + model.input_shape)
    _, saliency = model.input_gradient(x, 1)
    numeric = numerical_gradient(lambda: float(model.forward(x).logits[:, 1].sum()), x)
    assert_gradient(saliency, numeric)
