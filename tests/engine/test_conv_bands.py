"""A large convolution runs by kernel rows, band by band (ops.BAND_BYTES of copied rows at a time): the results must not
depend on where the bands fall, and memory must stay near one band instead of the whole im2col matrix.

Bands are made tiny here so that small, fast cases cross many band edges (one-row bands, a shorter last band).
"""
from __future__ import annotations

import tracemalloc

import numpy as np
import pytest

from cnnviz.engine import Conv2D, ops

from .test_reference import reference_conv2d

CASES = [  # x (N, C, H, W), w (F, C, KH, KW), stride, padding
    ((3, 2, 11, 9), (4, 2, 3, 3), 1, 1),
    ((2, 3, 13, 13), (5, 3, 7, 7), 1, 3),
    ((4, 1, 12, 10), (2, 1, 5, 3), (2, 3), (0, 2)),
    ((1, 4, 19, 19), (3, 4, 1, 1), 3, 2),
    ((5, 2, 8, 8), (1, 2, 4, 4), 2, 0),
]


def one_band_results(x, w, b, stride, padding, g, flip):
    y = ops.conv2d(x, w, b, stride, padding, flip=flip)
    return y, ops.conv2d_backward(g, x, w, stride, padding, flip=flip)


@pytest.mark.parametrize("band_bytes", [1, 700, 1500])
@pytest.mark.parametrize("x_shape, w_shape, stride, padding", CASES)
@pytest.mark.parametrize("flip", [False, True])
@pytest.mark.parametrize("tap_rows", [True, False], ids=["by kernel rows", "im2col bands"])
def test_bands_give_the_one_band_results(monkeypatch, band_bytes, x_shape, w_shape, stride, padding, flip, tap_rows):
    rng = np.random.default_rng(sum(x_shape) + 7 * sum(w_shape))
    x, w, b = rng.normal(size=x_shape), rng.normal(size=w_shape), rng.normal(size=w_shape[0])
    y_want = ops.conv2d(x, w, b, stride, padding, flip=flip)
    g = rng.normal(size=y_want.shape)
    want = ops.conv2d_backward(g, x, w, stride, padding, flip=flip)
    monkeypatch.setattr(ops, "BAND_BYTES", band_bytes)
    monkeypatch.setattr(ops, "TAP_ROWS_BYTES", 0)
    monkeypatch.setattr(ops, "TAP_ROWS_DEPTH", 0 if tap_rows else 10 ** 9)
    monkeypatch.setattr(ops, "TAP_ROWS_SAVING", 0)
    y, cols = ops.conv2d_im2col(x, w, b, stride, padding, flip=flip)
    assert cols is None                                    # too large to keep at this band size
    np.testing.assert_allclose(y, y_want, rtol=1e-12, atol=1e-12)
    kernel = w[:, :, ::-1, ::-1] if flip else w
    np.testing.assert_allclose(y, reference_conv2d(x, kernel, b, stride, padding), rtol=1e-10, atol=1e-10)
    for name, got, expected in zip(("dx", "dw", "db"), ops.conv2d_backward(g, x, w, stride, padding, flip=flip,
                                                                           cols=cols), want):
        np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-12, err_msg=name)
    dx, dw, db = ops.conv2d_backward(g, x, w, stride, padding, flip=flip, input_gradient=False)
    assert dx is None
    np.testing.assert_allclose(dw, want[1], rtol=1e-12, atol=1e-12)


def test_float32_stays_float32_in_bands(monkeypatch):
    rng = np.random.default_rng(3)
    x = rng.normal(size=(2, 3, 10, 10)).astype(np.float32)
    w = rng.normal(size=(4, 3, 3, 3)).astype(np.float32)
    monkeypatch.setattr(ops, "BAND_BYTES", 1000)
    monkeypatch.setattr(ops, "TAP_ROWS_BYTES", 0)
    monkeypatch.setattr(ops, "TAP_ROWS_DEPTH", 0)
    monkeypatch.setattr(ops, "TAP_ROWS_SAVING", 0)
    y = ops.conv2d(x, w, None, 1, 1)
    dx, dw, db = ops.conv2d_backward(np.ones_like(y), x, w, 1, 1)
    assert {a.dtype for a in (y, dx, dw, db)} == {np.dtype(np.float32)}
    np.testing.assert_allclose(y, reference_conv2d(x.astype(float), w.astype(float), None, 1, 1), rtol=1e-4,
                               atol=1e-4)


def test_layer_trains_the_same_in_bands(monkeypatch):
    """A conv layer keeps no im2col matrix when it runs in bands, and its gradients do not change."""
    rng = np.random.default_rng(5)
    layer = Conv2D(3, 4, 5, stride=1, padding=2)
    layer.params["weight"][...] = rng.normal(size=layer.weight.shape)
    x = rng.normal(size=(3, 3, 12, 12)).astype(np.float32)
    dy = rng.normal(size=(3, 4, 12, 12)).astype(np.float32)
    y_want = layer.forward(x)
    dx_want = layer.backward(dy)
    dw_want = layer.grads["weight"].copy()
    monkeypatch.setattr(ops, "BAND_BYTES", 2000)
    monkeypatch.setattr(ops, "TAP_ROWS_BYTES", 0)
    monkeypatch.setattr(ops, "TAP_ROWS_DEPTH", 0)
    monkeypatch.setattr(ops, "TAP_ROWS_SAVING", 0)
    y = layer.forward(x)
    assert layer._cols is None
    np.testing.assert_allclose(y, y_want, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(layer.backward(dy), dx_want, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(layer.grads["weight"], dw_want, rtol=1e-5, atol=1e-4)


def test_memory_stays_near_one_band(monkeypatch):
    """Forward and backward of a 7x7 convolution whose im2col matrix takes 6.4 MB peak well under that."""
    x = np.random.default_rng(0).normal(size=(4, 8, 32, 32)).astype(np.float32)
    w = np.ones((8, 8, 7, 7), np.float32)
    full_columns = 8 * 7 * 7 * 32 * 32 * 4 * 4
    monkeypatch.setattr(ops, "BAND_BYTES", 1 << 18)
    monkeypatch.setattr(ops, "TAP_ROWS_BYTES", 1 << 18)
    monkeypatch.setattr(ops, "TAP_ROWS_DEPTH", 0)
    monkeypatch.setattr(ops, "TAP_ROWS_SAVING", 0)
    tracemalloc.start()
    try:
        y, cols = ops.conv2d_im2col(x, w, None, 1, 3)
        ops.conv2d_backward(np.ones_like(y), x, w, 1, 3, cols=cols)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < full_columns / 2, f"peak {peak / 1e6:.1f} MB for {full_columns / 1e6:.1f} MB of columns"


@pytest.mark.parametrize("tap_rows", [True, False], ids=["by kernel rows", "im2col bands"])
@pytest.mark.parametrize("stride, padding, output_padding", [(1, 0, 0), (2, 1, 1), (3, 2, 2), (2, 3, 0)])
def test_transposed_convolution_in_bands_matches_one_band(monkeypatch, tap_rows, stride, padding, output_padding):
    """conv_transpose2d stamps by kernel rows (or via conv2d's bands) when large: same result and gradients."""
    rng = np.random.default_rng(stride * 10 + padding)
    x, w, b = rng.normal(size=(3, 4, 7, 6)), rng.normal(size=(4, 2, 5, 5)), rng.normal(size=2)
    y_want = ops.conv_transpose2d(x, w, b, stride, padding, output_padding)
    g = rng.normal(size=y_want.shape)
    want = ops.conv_transpose2d_backward(g, x, w, stride, padding, output_padding)
    monkeypatch.setattr(ops, "BAND_BYTES", 700)
    monkeypatch.setattr(ops, "TAP_ROWS_BYTES", 0)
    monkeypatch.setattr(ops, "TAP_ROWS_DEPTH", 0 if tap_rows else 10 ** 9)
    monkeypatch.setattr(ops, "TAP_ROWS_SAVING", 0)
    np.testing.assert_allclose(ops.conv_transpose2d(x, w, b, stride, padding, output_padding), y_want,
                               rtol=1e-12, atol=1e-12)
    got = ops.conv_transpose2d_backward(g, x, w, stride, padding, output_padding)
    for name, a, e in zip(("dx", "dw", "db"), got, want):
        np.testing.assert_allclose(a, e, rtol=1e-12, atol=1e-12, err_msg=name)


@pytest.mark.parametrize("stride, padding", [(1, 3), (2, 1), ((1, 2), (2, 0))])
def test_kernel_rows_agree_with_pytorch(monkeypatch, stride, padding):
    """The kernel-row path in float32 against PyTorch's conv2d forward and autograd, to 1e-5 relative."""
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(11)
    x = rng.normal(size=(3, 6, 15, 13)).astype(np.float32)
    w = rng.normal(size=(5, 6, 7, 5)).astype(np.float32)
    b = rng.normal(size=5).astype(np.float32)
    monkeypatch.setattr(ops, "BAND_BYTES", 4000)
    monkeypatch.setattr(ops, "TAP_ROWS_BYTES", 0)
    monkeypatch.setattr(ops, "TAP_ROWS_DEPTH", 0)
    assert ops._tap_rows_plan(x.shape, w.shape, x.itemsize, stride, padding) is not None
    y, cols = ops.conv2d_im2col(x, w, b, stride, padding)
    g = rng.normal(size=y.shape).astype(np.float32)
    dx, dw, db = ops.conv2d_backward(g, x, w, stride, padding, cols=cols)
    xt, wt, bt = (torch.from_numpy(a).double().requires_grad_() for a in (x, w, b))
    yt = torch.nn.functional.conv2d(xt, wt, bt, stride, padding)
    want = [yt] + list(torch.autograd.grad(yt, (xt, wt, bt), torch.from_numpy(g).double()))
    for name, got, expected in zip(("y", "dx", "dw", "db"), (y, dx, dw, db), want):
        expected = expected.detach().numpy()
        np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-5 * np.abs(expected).max(), err_msg=name)
