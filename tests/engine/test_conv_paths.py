"""The convolution paths around im2col (cnnviz/engine/conv_paths.py: 1x1 kernels on the cells they read, few filters by
"multiply first, shift after") must give the same forward and backward as the patch-by-patch reference, PyTorch and
finite differences. Small shapes are sent down each path by lowering its size threshold."""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.engine import conv_paths, conv_phases, ops

from .conv_checks import arrays, assert_matches_finite_differences, assert_matches_pytorch_in_float32
from .test_reference import reference_conv2d

POINTWISE = [  # x (N, C, H, W), filters, stride, padding
    ((2, 5, 7, 6), 3, 1, 0),
    ((3, 4, 6, 6), 1, 1, 3),
    ((2, 3, 9, 8), 4, 1, 2),
    ((1, 6, 5, 7), 2, 1, (1, 3)),
    ((2, 2, 1, 1), 3, 1, 2),          # a 1x1 input padded by 2: all but the centre cell get just the bias
    ((3, 1, 6, 5), 4, 1, 1),          # one channel: an outer product, done as a broadcast
]
FILTER_SIDE = [  # x, w (F, C, KH, KW), stride, padding
    ((2, 8, 7, 7), (1, 8, 7, 7), 1, 3),
    ((3, 12, 9, 8), (2, 12, 3, 5), 1, (1, 2)),
    ((2, 16, 11, 10), (1, 16, 4, 4), 2, 2),
    ((2, 40, 12, 13), (2, 40, 5, 3), (3, 2), (0, 1)),
    ((1, 24, 6, 6), (1, 24, 2, 2), 1, 0),
]


@pytest.fixture
def every_size(monkeypatch):
    """Let the paths take even the smallest convolution, and keep strided ones off the split by phase (which has
    its own tests, test_conv_phases.py)."""
    monkeypatch.setattr(conv_paths, "SMALL_BYTES", 0)
    monkeypatch.setattr(conv_phases, "worth", lambda *args: False)


def cases():
    for x_shape, f, stride, padding in POINTWISE:
        yield "pointwise", x_shape, (f, x_shape[1], 1, 1), stride, padding
    for x_shape, w_shape, stride, padding in FILTER_SIDE:
        yield "filter side", x_shape, w_shape, stride, padding


CASES = list(cases())


@pytest.mark.parametrize("path, x_shape, w_shape, stride, padding", CASES)
@pytest.mark.parametrize("flip", [False, True])
def test_each_path_matches_the_reference_and_im2col(every_size, monkeypatch, path, x_shape, w_shape, stride, padding,
                                                     flip):
    x, w, b = arrays(x_shape, w_shape)
    assert conv_paths.plan(x.shape, w.shape, x.itemsize, ops.pair(stride), ops.pair(padding)) == path
    y, cols = ops.conv2d_im2col(x, w, b, stride, padding, flip=flip)
    assert cols is None
    kernel = w[:, :, ::-1, ::-1] if flip else w
    np.testing.assert_allclose(y, reference_conv2d(x, kernel, b, stride, padding), rtol=1e-12, atol=1e-12)
    g = np.random.default_rng(1).normal(size=y.shape)
    got = ops.conv2d_backward(g, x, w, stride, padding, flip=flip)
    for name, a, e in zip(("dx", "dw", "db"), ops.conv2d_backward(g, x, w, stride, padding, flip=flip, cols=cols), got):
        np.testing.assert_allclose(a, e, rtol=1e-12, atol=1e-12, err_msg=name)
    monkeypatch.setattr(conv_paths, "plan", lambda *args: None)                # im2col, as before
    want = ops.conv2d_backward(g, x, w, stride, padding, flip=flip)
    for name, a, e in zip(("dx", "dw", "db"), got, want):
        np.testing.assert_allclose(a, e, rtol=1e-12, atol=1e-12, err_msg=name)


@pytest.mark.parametrize("path, x_shape, w_shape, stride, padding", CASES)
def test_each_path_matches_finite_differences(every_size, path, x_shape, w_shape, stride, padding):
    assert_matches_finite_differences(x_shape, w_shape, stride, padding)


@pytest.mark.parametrize("path, x_shape, w_shape, stride, padding", CASES)
def test_each_path_matches_pytorch_in_float32(every_size, path, x_shape, w_shape, stride, padding):
    assert_matches_pytorch_in_float32(x_shape, w_shape, stride, padding)


@pytest.mark.parametrize("path, x_shape, w_shape, stride, padding", CASES[:3] + CASES[-3:])
def test_input_gradient_can_be_skipped(every_size, path, x_shape, w_shape, stride, padding):
    x, w, b = arrays(x_shape, w_shape)
    g = np.ones_like(ops.conv2d(x, w, b, stride, padding))
    dx, dw, db = ops.conv2d_backward(g, x, w, stride, padding, input_gradient=False)
    assert dx is None
    np.testing.assert_allclose(dw, ops.conv2d_backward(g, x, w, stride, padding)[1], rtol=1e-12, atol=1e-12)


def test_the_rule_picks_the_paths_for_the_shapes_they_are_for():
    def plan(x_shape, w_shape, stride=1, padding=0):
        return conv_paths.plan(x_shape, w_shape, 4, ops.pair(stride), ops.pair(padding))
    assert plan((64, 32, 64, 64), (1, 32, 1, 1), 1, 3) == "pointwise"
    assert plan((64, 32, 64, 64), (1, 32, 1, 1), 3, 3) is None              # im2col keeps its strided copy
    assert plan((64, 32, 64, 64), (1, 32, 7, 7), 1, 3) == "filter side"      # 32 channels into 1 filter
    assert plan((64, 32, 7, 7), (1, 32, 7, 7), 1, 3) == "filter side"
    assert plan((64, 32, 64, 64), (32, 32, 7, 7), 1, 3) is None             # as many filters as channels: im2col
    assert plan((64, 3, 32, 32), (16, 3, 5, 5), 1, 2) is None               # few channels: im2col is cheap
    assert plan((1, 1, 28, 28), (8, 1, 3, 3), 1, 1) is None                 # the live view's small maps
    assert plan((1, 8, 14, 14), (1, 8, 1, 1)) is None


DX_BY_CONVOLUTION = [  # x, w, padding (stride 1)
    ((3, 4, 9, 8), (5, 4, 3, 3), 1),
    ((2, 3, 10, 9), (4, 3, 5, 3), (2, 0)),
    ((2, 5, 7, 7), (3, 5, 7, 7), 3),
    ((1, 2, 8, 11), (6, 2, 4, 6), (3, 5)),
]


@pytest.mark.parametrize("x_shape, w_shape, padding", DX_BY_CONVOLUTION)
@pytest.mark.parametrize("flip", [False, True])
@pytest.mark.parametrize("band_bytes", [None, 600], ids=["one band", "by kernel rows and bands"])
def test_input_gradient_as_a_forward_convolution_of_dy(every_size, monkeypatch, x_shape, w_shape, padding, flip,
                                                        band_bytes):
    """At stride 1, dx is dy padded by K - 1 - p and correlated with the rotated, swapped filters."""
    x, w, b = arrays(x_shape, w_shape, seed=6)
    y, cols = ops.conv2d_im2col(x, w, b, 1, padding, flip=flip)
    g = np.random.default_rng(7).normal(size=y.shape)
    monkeypatch.setattr(ops, "DX_BY_CONVOLUTION_SLACK", 0)                     # W.T @ dy and col2im
    assert not ops._input_gradient_by_convolution(x.shape, w.shape, 8, 1, padding)
    want = ops.conv2d_backward(g, x, w, 1, padding, flip=flip, cols=cols)
    monkeypatch.setattr(ops, "DX_BY_CONVOLUTION_SLACK", 10 ** 9)
    assert ops._input_gradient_by_convolution(x.shape, w.shape, 8, 1, padding)
    if band_bytes is not None:
        monkeypatch.setattr(ops, "BAND_BYTES", band_bytes)
        monkeypatch.setattr(ops, "TAP_ROWS_BYTES", 0)
        monkeypatch.setattr(ops, "TAP_ROWS_DEPTH", 0)
    for saved in (cols, None):
        got = ops.conv2d_backward(g, x, w, 1, padding, flip=flip, cols=saved)
        for name, a, e in zip(("dx", "dw", "db"), got, want):
            np.testing.assert_allclose(a, e, rtol=1e-12, atol=1e-12, err_msg=name)
    assert ops.conv2d_backward(g, x, w, 1, padding, flip=flip, input_gradient=False)[0] is None


def test_input_gradient_by_convolution_only_where_it_is_one():
    assert not ops._input_gradient_by_convolution((64, 32, 64, 64), (32, 32, 7, 7), 4, 2, 3)   # stride 2
    assert not ops._input_gradient_by_convolution((64, 32, 64, 64), (32, 32, 3, 3), 4, 1, 3)   # padding > K - 1
    assert ops._input_gradient_by_convolution((64, 32, 64, 64), (32, 32, 7, 7), 4, 1, 3)
    assert ops._input_gradient_by_convolution((8, 12, 13, 13), (3, 12, 7, 7), 4, 1, 2)       # few filters
    assert not ops._input_gradient_by_convolution((1, 8, 28, 28), (16, 8, 3, 3), 4, 1, 1)    # twice the filters
    assert not ops._input_gradient_by_convolution((64, 32, 7, 7), (32, 32, 7, 7), 4, 1, 0)   # 1x1 out, 7x7 in


@pytest.mark.parametrize("x_shape, w_shape, stride, padding", [
    ((2, 3, 11, 10), (4, 3, 3, 3), 2, 1),
    ((3, 2, 13, 12), (2, 2, 5, 4), (3, 2), (2, 0)),
    ((1, 4, 9, 9), (3, 4, 2, 2), 3, 3),
])
def test_col2im_by_stride_phase_gives_the_strided_adds(monkeypatch, x_shape, w_shape, stride, padding):
    x, w, _ = arrays(x_shape, w_shape, seed=8)
    cols, (oh, ow) = ops.im2col(x, w.shape[2:], stride, padding)
    g = np.random.default_rng(9).normal(size=cols.shape)
    want = ops.col2im(g, x.shape, w.shape[2:], stride, padding)
    monkeypatch.setattr(conv_paths, "SMALL_BYTES", 0)
    monkeypatch.setattr(ops, "PHASE_BATCH", 10 ** 9)
    np.testing.assert_allclose(ops.col2im(g, x.shape, w.shape[2:], stride, padding), want, rtol=1e-12, atol=1e-12)
    # col2im is the adjoint of im2col: <im2col(x), g> == <x, col2im(g)>
    np.testing.assert_allclose((cols * g).sum(), (x * ops.col2im(g, x.shape, w.shape[2:], stride, padding)).sum(),
                               rtol=1e-10)
