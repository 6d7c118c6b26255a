"""Checks shared by the tests of the convolution's paths (test_conv_paths.py, test_conv_phases.py): the same
convolution's gradients against finite differences, and its output and gradients against PyTorch."""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.engine import ops

from .numerical import numerical_gradient


def arrays(x_shape, w_shape, dtype=np.float64, seed=0):
    """Input, filters and bias of a convolution, random and different for each pair of shapes."""
    rng = np.random.default_rng(seed + sum(x_shape) + 3 * sum(w_shape))
    return (rng.normal(size=x_shape).astype(dtype), rng.normal(size=w_shape).astype(dtype),
            rng.normal(size=w_shape[0]).astype(dtype))


def assert_matches_finite_differences(x_shape, w_shape, stride, padding):
    x, w, b = arrays(x_shape, w_shape, seed=2)
    g = np.random.default_rng(3).normal(size=ops.conv2d(x, w, b, stride, padding).shape)

    def loss():
        return float((ops.conv2d(x, w, b, stride, padding) * g).sum())
    dx, dw, db = ops.conv2d_backward(g, x, w, stride, padding)
    for name, got, array in (("dx", dx, x), ("dw", dw, w), ("db", db, b)):
        np.testing.assert_allclose(got, numerical_gradient(loss, array), rtol=1e-6, atol=1e-7, err_msg=name)


def assert_matches_pytorch_in_float32(x_shape, w_shape, stride, padding):
    torch = pytest.importorskip("torch")
    x, w, b = arrays(x_shape, w_shape, np.float32, seed=4)
    y = ops.conv2d(x, w, b, stride, padding)
    g = np.random.default_rng(5).normal(size=y.shape).astype(np.float32)
    got = (y,) + ops.conv2d_backward(g, x, w, stride, padding)
    assert {a.dtype for a in got} == {np.dtype(np.float32)}
    xt, wt, bt = (torch.from_numpy(a).requires_grad_() for a in (x, w, b))
    yt = torch.nn.functional.conv2d(xt, wt, bt, stride, padding)
    want = (yt,) + torch.autograd.grad(yt, (xt, wt, bt), torch.from_numpy(g))
    for name, a, t in zip(("y", "dx", "dw", "db"), got, want):
        t = t.detach().numpy()
        np.testing.assert_allclose(a, t, rtol=1e-5, atol=1e-5 * float(np.abs(t).max()), err_msg=name)
