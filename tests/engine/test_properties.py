"""Property tests (hypothesis): output shapes, softmax / cross-entropy at extremes, dtypes."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from cnnviz.engine import Conv2D, Pool2D, ops

SETTINGS = settings(max_examples=60, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


def floor_size(n, k, s=1, p=0):
    """Written out independently of ops.output_size: count the window positions one by one."""
    count, start = 0, 0
    while start + k <= n + 2 * p:
        count += 1
        start += s
    return count


small = st.integers(1, 9)


@SETTINGS
@given(n=st.integers(1, 2), c=st.integers(1, 3), f=st.integers(1, 3), h=small, w=small, kh=st.integers(1, 5),
       kw=st.integers(1, 5), sh=st.integers(1, 3), sw=st.integers(1, 3), ph=st.integers(0, 2), pw=st.integers(0, 2))
def test_conv2d_output_shape(n, c, f, h, w, kh, kw, sh, sw, ph, pw):
    x = np.zeros((n, c, h, w))
    weight = np.zeros((f, c, kh, kw))
    oh, ow = floor_size(h, kh, sh, ph), floor_size(w, kw, sw, pw)
    layer = Conv2D(c, f, (kh, kw), stride=(sh, sw), padding=(ph, pw))
    if oh < 1 or ow < 1:
        with pytest.raises(ValueError):
            ops.conv2d(x, weight, stride=(sh, sw), padding=(ph, pw))
        with pytest.raises(ValueError):
            layer.output_shape((c, h, w))
        return
    y = ops.conv2d(x, weight, np.zeros(f), stride=(sh, sw), padding=(ph, pw))
    assert y.shape == (n, f, oh, ow)
    assert layer.output_shape((c, h, w)) == (f, oh, ow)
    dx, dw, db = ops.conv2d_backward(np.ones(y.shape), x, weight, (sh, sw), (ph, pw))
    assert (dx.shape, dw.shape, db.shape) == (x.shape, weight.shape, (f,))


@SETTINGS
@given(h=small, w=small, kh=st.integers(1, 4), kw=st.integers(1, 4),
       stride=st.one_of(st.none(), st.tuples(st.integers(1, 3), st.integers(1, 3))),
       mode=st.sampled_from(ops.POOL_MODES))
def test_pool2d_output_shape(h, w, kh, kw, stride, mode):
    x = np.random.default_rng(0).normal(size=(2, 3, h, w))
    sh, sw = stride if stride is not None else (kh, kw)
    oh, ow = floor_size(h, kh, sh), floor_size(w, kw, sw)
    layer = Pool2D((kh, kw), stride, mode=mode)
    if oh < 1 or ow < 1:
        with pytest.raises(ValueError):
            ops.pool2d(x, (kh, kw), stride, mode)
        with pytest.raises(ValueError):
            layer.output_shape((3, h, w))
        return
    y = ops.pool2d(x, (kh, kw), stride, mode)
    assert y.shape == (2, 3, oh, ow)
    assert layer.output_shape((3, h, w)) == (3, oh, ow)
    assert ops.pool2d_backward(np.ones(y.shape), x, (kh, kw), stride, mode).shape == x.shape


@SETTINGS
@given(h=small, w=small, oh=st.integers(1, 5), ow=st.integers(1, 5), mode=st.sampled_from(ops.POOL_MODES))
def test_adaptive_pool2d_output_shape_and_bins(h, w, oh, ow, mode):
    assume(oh <= h and ow <= w)
    x = np.random.default_rng(1).normal(size=(1, 2, h, w))
    y = ops.adaptive_pool2d(x, (oh, ow), mode)
    assert y.shape == (1, 2, oh, ow)
    assert Pool2D(mode=mode, output_size=(oh, ow)).output_shape((2, h, w)) == (2, oh, ow)
    for n, bins in ((h, oh), (w, ow)):
        edges = ops.adaptive_bins(n, bins)
        assert edges[0][0] == 0 and edges[-1][1] == n
        assert all(lo < hi for lo, hi in edges), "no bin is empty"
        assert all(edges[i + 1][0] <= edges[i][1] for i in range(bins - 1)), "no cell is skipped"
    # every pooled value lies within the range of its input
    assert np.all(y <= x.max(axis=(2, 3), keepdims=True) + 1e-12)
    assert np.all(y >= x.min(axis=(2, 3), keepdims=True) - 1e-12)


# ---------------------------------------------------------------------------------------------
# softmax and cross-entropy at extremes

EXTREME = 1e4
logit_values = st.one_of(st.sampled_from([-EXTREME, EXTREME, 0.0]),
                         st.floats(-EXTREME, EXTREME, allow_nan=False, allow_infinity=False))


def logit_arrays(dtype=np.float64, min_classes=2):
    return hnp.arrays(dtype, st.tuples(st.integers(1, 4), st.integers(min_classes, 6)),
                      elements=logit_values.map(lambda v: float(np.dtype(dtype).type(v))))


@SETTINGS
@given(z=logit_arrays(), shift=st.floats(-EXTREME, EXTREME))
def test_softmax_is_a_distribution_and_shift_invariant(z, shift):
    p = ops.softmax(z, axis=1)
    assert np.all(np.isfinite(p))
    assert np.all(p >= 0) and np.all(p <= 1)
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=0, atol=1e-12)
    np.testing.assert_allclose(ops.softmax(z + shift, axis=1), p, rtol=0, atol=1e-9)
    rows = np.arange(len(z))
    assert np.all(p[rows, z.argmax(axis=1)] == p.max(axis=1)), "the largest logit gets the largest probability"


@SETTINGS
@given(z=logit_arrays(np.float32))
def test_softmax_float32_at_extremes(z):
    p = ops.softmax(z, axis=1)
    assert p.dtype == np.float32
    assert np.all(np.isfinite(p))
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=0, atol=1e-5)


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_softmax_is_exact_for_logits_of_1e4(dtype):
    z = np.array([[1e4, -1e4], [-1e4, 1e4], [1e4, 1e4], [-1e4, -1e4]], dtype=dtype)
    p = ops.softmax(z, axis=1)
    np.testing.assert_array_equal(p, [[1, 0], [0, 1], [0.5, 0.5], [0.5, 0.5]])
    np.testing.assert_array_equal(ops.log_softmax(z, axis=1)[0], [0, -2e4])
    np.testing.assert_array_equal(ops.softmax(np.array([1e4, 1e4, -1e4], dtype=dtype)), [0.5, 0.5, 0])


@SETTINGS
@given(z=logit_arrays(), data=st.data())
def test_cross_entropy_is_finite_and_non_negative_at_extremes(z, data):
    n, k = z.shape
    labels = np.array(data.draw(st.lists(st.integers(0, k - 1), min_size=n, max_size=n)))
    loss = ops.cross_entropy(z, labels)
    assert np.isfinite(loss) and loss >= 0
    assert loss <= 2 * EXTREME + np.log(k) + 1e-6
    grad = ops.cross_entropy_backward(z, labels)
    assert grad.shape == z.shape
    assert np.all(np.isfinite(grad))
    assert np.all(np.abs(grad) <= 1 / n + 1e-12)
    np.testing.assert_allclose(grad.sum(axis=1), 0.0, atol=1e-12)
    assert np.all(grad[np.arange(n), labels] <= 0), "raising the right logit lowers the loss"


@SETTINGS
@given(z=logit_arrays(np.float32), data=st.data())
def test_cross_entropy_float32_at_extremes(z, data):
    n, k = z.shape
    labels = np.array(data.draw(st.lists(st.integers(0, k - 1), min_size=n, max_size=n)))
    loss = ops.cross_entropy(z, labels)
    assert np.isfinite(loss) and loss >= 0
    grad = ops.cross_entropy_backward(z, labels)
    assert grad.dtype == np.float32 and np.all(np.isfinite(grad))


def test_cross_entropy_extreme_values():
    z = np.array([[1e4, -1e4]])
    assert ops.cross_entropy(z, [0]) == 0.0
    assert ops.cross_entropy(z, [1]) == pytest.approx(2e4)
    np.testing.assert_array_equal(ops.cross_entropy_backward(z, [1]), [[1.0, -1.0]])


# ---------------------------------------------------------------------------------------------
# a dtype follows its input: float32 in, float32 out (the app); float64 in, float64 out (gradient checks)

def _all_op_outputs(dtype):
    rng = np.random.default_rng(2)
    a = lambda *shape: rng.normal(size=shape).astype(dtype)  # noqa: E731
    x, w, b = a(2, 3, 7, 6), a(4, 3, 3, 2), a(4)
    y = ops.conv2d(x, w, b, (1, 2), 1)
    out = {"conv2d": y, "conv2d flip": ops.conv2d(x, w, b, 2, (2, 1), flip=True)}
    for name, g in zip(("conv2d_backward dx", "dw", "db"), ops.conv2d_backward(np.ones_like(y), x, w, (1, 2), 1)):
        out[name] = g
    for mode in ops.POOL_MODES:
        p = ops.pool2d(x, 2, 1, mode)
        out[f"pool2d {mode}"] = p
        out[f"pool2d_backward {mode}"] = ops.pool2d_backward(np.ones_like(p), x, 2, 1, mode)
        q = ops.adaptive_pool2d(x, (2, 2), mode)
        out[f"adaptive_pool2d {mode}"] = q
        out[f"adaptive_pool2d_backward {mode}"] = ops.adaptive_pool2d_backward(np.ones_like(q), x, (2, 2), mode)
    for name, (forward, backward) in ops.ACTIVATION_FUNCTIONS.items():
        out[name] = forward(x)
        out[name + "_backward"] = backward(np.ones_like(x), x)
    flat = ops.flatten(x)
    out["flatten"], out["flatten_backward"] = flat, ops.flatten_backward(flat, x)
    dw_dense = a(5, flat.shape[1])
    logits = ops.dense(flat, dw_dense, a(5))
    out["dense"] = logits
    for name, g in zip(("dense_backward dx", "dw", "db"), ops.dense_backward(np.ones_like(logits), flat, dw_dense)):
        out["dense " + name] = g
    p = ops.softmax(logits, axis=1)
    out["softmax"], out["log_softmax"] = p, ops.log_softmax(logits, axis=1)
    out["softmax_backward"] = ops.softmax_backward(np.ones_like(p), p, axis=1)
    out["cross_entropy_backward"] = ops.cross_entropy_backward(logits, np.array([0, 4]))
    return out


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_every_op_keeps_the_input_dtype(dtype):
    wrong = {name: str(v.dtype) for name, v in _all_op_outputs(dtype).items() if v.dtype != dtype}
    assert not wrong, f"ops changed {np.dtype(dtype).name} into {wrong}"


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_cross_entropy_is_a_python_float(dtype):
    loss = ops.cross_entropy(np.zeros((3, 2), dtype=dtype), np.array([0, 1, 1]))
    assert isinstance(loss, float) and loss == pytest.approx(np.log(2))
