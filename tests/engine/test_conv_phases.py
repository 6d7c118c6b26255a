"""A strided convolution computed as the stride-1 convolution of its input split by phase
(cnnviz/engine/conv_phases.py) must give the same output and gradients as the patch-by-patch reference, im2col,
PyTorch and finite differences, whatever the kernel, stride, padding and flip."""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.engine import conv_paths, conv_phases, ops

from .conv_checks import arrays, assert_matches_finite_differences, assert_matches_pytorch_in_float32
from .test_reference import reference_conv2d

CASES = [  # x (N, C, H, W), w (F, C, KH, KW), stride, padding
    ((2, 3, 11, 10), (4, 3, 3, 3), 2, 1),            # 3x3 at stride 2: the sub-kernel 2x2 has zero entries
    ((1, 2, 17, 17), (3, 2, 7, 7), 3, 3),            # the lectures' largest kernel at stride 3
    ((3, 2, 13, 12), (2, 2, 5, 4), (3, 2), (2, 0)),  # strides and paddings that differ between the axes
    ((2, 4, 9, 9), (3, 4, 2, 2), 3, 3),              # a kernel smaller than the stride: cells no output reads
    ((2, 3, 12, 12), (2, 3, 6, 6), 2, 0),            # the stride divides the kernel: nothing wasted
    ((1, 2, 5, 4), (2, 2, 4, 3), 2, 2),              # an input smaller than the kernel, padded
    ((2, 2, 8, 8), (3, 2, 1, 1), 2, 1),              # a 1x1 kernel: only phase (0, 0) is read
    ((6, 2, 9, 8), (2, 2, 3, 3), 2, 1),              # a batch large enough to be split all at once, not by image
]
IDS = [f"{x}-{w}-s{s}-p{p}" for x, w, s, p in CASES]


@pytest.fixture
def by_phases(monkeypatch):
    """Send every strided convolution, however small or wasteful, through the split."""
    monkeypatch.setattr(conv_paths, "SMALL_BYTES", 0)
    monkeypatch.setattr(conv_phases, "worth", lambda x_shape, w_shape, stride, padding: stride != (1, 1))


def direct(monkeypatch):
    monkeypatch.setattr(conv_phases, "worth", lambda *args: False)


@pytest.mark.parametrize("x_shape, w_shape, stride, padding", CASES, ids=IDS)
@pytest.mark.parametrize("flip", [False, True])
def test_by_phases_matches_the_reference_and_im2col(by_phases, monkeypatch, x_shape, w_shape, stride, padding, flip):
    x, w, b = arrays(x_shape, w_shape)
    assert ops._by_phases(x, w, stride, padding)
    y, cols = ops.conv2d_im2col(x, w, b, stride, padding, flip=flip)
    kernel = w[:, :, ::-1, ::-1] if flip else w
    np.testing.assert_allclose(y, reference_conv2d(x, kernel, b, stride, padding), rtol=1e-12, atol=1e-12)
    g = np.random.default_rng(1).normal(size=y.shape)
    assert isinstance(cols, conv_phases.Saved)
    got = ops.conv2d_backward(g, x, w, stride, padding, flip=flip, cols=cols)   # a layer passes its cols back
    assert got[0].shape == x.shape and got[1].shape == w.shape
    np.testing.assert_allclose(got[0], ops.conv2d_backward(g, x, w, stride, padding, flip=flip)[0], rtol=1e-12,
                               atol=1e-12)
    direct(monkeypatch)
    want = ops.conv2d_backward(g, x, w, stride, padding, flip=flip)
    for name, a, e in zip(("dx", "dw", "db"), got, want):
        np.testing.assert_allclose(a, e, rtol=1e-12, atol=1e-12, err_msg=name)


@pytest.mark.parametrize("x_shape, w_shape, stride, padding", CASES, ids=IDS)
def test_by_phases_matches_finite_differences(by_phases, x_shape, w_shape, stride, padding):
    assert_matches_finite_differences(x_shape, w_shape, stride, padding)


@pytest.mark.parametrize("x_shape, w_shape, stride, padding", CASES, ids=IDS)
def test_by_phases_matches_pytorch_in_float32(by_phases, x_shape, w_shape, stride, padding):
    assert_matches_pytorch_in_float32(x_shape, w_shape, stride, padding)


def test_input_gradient_can_be_skipped(by_phases):
    x, w, b = arrays((2, 3, 11, 10), (4, 3, 3, 3))
    g = np.ones_like(ops.conv2d(x, w, b, 2, 1))
    dx, dw, _ = ops.conv2d_backward(g, x, w, 2, 1, input_gradient=False)
    assert dx is None
    np.testing.assert_allclose(dw, ops.conv2d_backward(g, x, w, 2, 1)[1], rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("x_shape, w_shape, stride, padding", CASES, ids=IDS)
def test_split_and_merge_move_each_cell_once(x_shape, w_shape, stride, padding):
    """merge_input_gradient is the adjoint of split_input: <split(x), d> == <x, merge(d)>; and the filters' merge
    undoes their split."""
    x, w, _ = arrays(x_shape, w_shape, seed=6)
    g = conv_phases.phases(x.shape, w.shape, ops.pair(stride), ops.pair(padding))
    split = conv_phases.split_input(x, g)
    d = np.random.default_rng(7).normal(size=split.shape)
    np.testing.assert_allclose((split * d).sum(), (x * conv_phases.merge_input_gradient(d, g)).sum(), rtol=1e-10)
    np.testing.assert_array_equal(conv_phases.merge_filter_gradient(conv_phases.split_filters(w, g), g), w)
    assert np.count_nonzero(split) <= x.size


def test_the_rule_splits_small_strided_batches_with_little_waste():
    def worth(x_shape, w_shape, stride, padding=0):
        return conv_phases.worth(x_shape, w_shape, ops.pair(stride), ops.pair(padding))
    assert worth((2, 11, 59, 59), (3, 11, 7, 7), 3, 3)                # was 5x PyTorch's time by im2col
    assert worth((24, 8, 41, 41), (3, 8, 6, 6), 2, 2)                 # 2 divides 6: nothing wasted
    assert not worth((2, 11, 59, 59), (3, 11, 7, 7), 1, 3)            # stride 1: nothing to split
    assert worth((12, 10, 57, 57), (24, 10, 1, 1), 3, 2)              # a 1x1 kernel reads one phase of nine
    assert conv_phases.phases((1, 1, 9, 9), (1, 1, 2, 2), (3, 3), (0, 0)).waste == 1     # 2x2 reads 4 of 9
    assert not worth((54, 12, 36, 36), (30, 12, 5, 5), 3, 2)          # a large batch, many filters, narrow output
    assert worth((64, 32, 64, 64), (32, 32, 7, 7), 3, 3)              # ... but a wide output pays
    assert worth((2, 28, 43, 43), (16, 28, 4, 4), 3, 3)               # wasting 2.25 pays only for tiny batches
    assert not worth((12, 28, 34, 34), (1, 28, 4, 4), 3, 2)
    assert not worth((1, 32, 7, 7), (32, 32, 7, 7), 3, 3)             # a 3x3 output: runs of 3 gain little
    assert not worth((64, 1, 64, 64), (32, 1, 7, 7), 3, 3)            # one channel: im2col's copy is small
