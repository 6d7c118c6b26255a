"""Two ways to compute a convolution without im2col's big matrix, for the shapes where building it costs more
than the arithmetic it feeds. ``ops.conv2d_im2col`` and ``ops.conv2d_backward`` ask ``plan`` first and fall back to
im2col (or its bands and kernel rows, see ops) when it answers None.

im2col copies every input cell KH*KW times into a (C*KH*KW, OH*OW*N) matrix, and the input gradient goes back through
a matrix of the same size. That pays when the products it feeds are deep (many filters). It does not pay for

- **1x1 kernels** ("pointwise"): there is nothing to copy. With padding, a 1x1 kernel on the ring of zeros gives just
  the bias, so the product runs on the cells the kernel reads and the bias fills the border; im2col would pad,
  copy and multiply zeros. It works in the (N, C, H, W) layout it is given, one product per image, because turning
  a batch to batch last and back moves runs of N values, which cost 2-3 times more than the products (batch 55,
  5 -> 27 channels, 60x60, padding 2: 2.9 -> 1.1 times PyTorch's time). Only at stride 1: a strided 1x1 kernel
  reads every s-th cell, which conv_phases takes first (a 1x1 convolution of that one phase), else im2col.
- **few filters on many channels** ("filter side"): multiply first, shift after. Z = W_all (KH*KW*F, C) @ X
  (C, HP*WP*N), on the padded input as it is stored, gives every filter entry times every input cell; output cell
  (i, j) of filter f sums Z[(u, v, f), i*s + u, j*s + v] over the kernel offsets (u, v): KH*KW shifted slices.
  Backward, dy placed at each offset (u, v) of a zero (KH*KW*F, HP*WP*N) matrix D gives dw = D @ X.T and the padded
  input gradient W_all.T @ D. Its matrices hold F*KH*KW*HP*WP*N values where im2col's hold C*KH*KW*OH*OW*N, so it is
  chosen when that is less than half (F*HP*WP*2 <= C*OH*OW), for example 32 channels into 1 filter at 7x7
  (batch 64: a 61 MB D instead of 1.6 GB of im2col columns, in bands), and only up to FILTER_SIDE_BYTES.

Tiny convolutions (the window's live path: one image, small maps) stay on im2col: below SMALL_BYTES of input cells
times kernel cells (about the im2col matrix) the paths are within noise of each other and im2col makes the fewest
NumPy calls; ops does not even ask then.

The filter side takes the batch-last (C, H, W, N) blocks of ops and returns the product (F, OH*OW*N) without bias
(the caller adds it everywhere, which puts the bias on the border) and, backward, (dw (F, C, KH, KW), dx stored
batch last). The pointwise path takes and returns (N, C, H, W) arrays, bias included.
"""
from __future__ import annotations

import numpy as np

SMALL_BYTES = 1 << 18
FILTER_SIDE_BYTES = 1 << 27


def plan(x_shape, w_shape, itemsize, stride, padding) -> str | None:
    """"pointwise", "filter side" or None (im2col) for a convolution of an x_shape input by w_shape filters."""
    n, c, h, wd = x_shape
    f, _, kh, kw = w_shape
    (sh, sw), (ph, pw) = stride, padding
    oh, ow = (h + 2 * ph - kh) // sh + 1, (wd + 2 * pw - kw) // sw + 1
    if oh < 1 or ow < 1 or n * c * h * wd * kh * kw * itemsize < SMALL_BYTES:
        return None
    if kh == kw == 1:
        return "pointwise" if (sh, sw) == (1, 1) else None
    padded = (h + 2 * ph) * (wd + 2 * pw)
    if f * padded * 2 <= c * oh * ow and kh * kw * f * padded * n * itemsize <= FILTER_SIDE_BYTES:
        return "filter side"
    return None


def product(a, b, out=None):
    """a @ b (into out), as a broadcast product when the inner size is 1: BLAS is slow at outer products."""
    if a.shape[1] == 1:
        return np.multiply(a, b, out=out)
    return np.matmul(a, b, out=out)


# Pointwise, in the (N, C, H, W) layout: each image's maps are one product W (F, C) @ x[n] (C, H*W).

def _interior(maps, padding, size):
    """The view of (N, F, OH, OW) maps whose cells a 1x1 kernel at stride 1 computes from real input cells."""
    (ph, pw), (h, wd) = padding, size
    return maps[:, :, ph:ph + h, pw:pw + wd]


def _fill_border(maps, padding, size, value):
    """Set the cells of (N, F, OH, OW) maps outside the interior to value (F, 1, 1): the ring of padding."""
    (ph, pw), (h, wd) = padding, size
    if ph:
        maps[:, :, :ph] = value
        maps[:, :, ph + h:] = value
    if pw:
        maps[:, :, ph:ph + h, :pw] = value
        maps[:, :, ph:ph + h, pw + wd:] = value


def pointwise_forward(x, w, b, padding):
    """The feature maps (N, F, H + 2*PH, W + 2*PW) of 1x1 filters w (F, C, 1, 1) and bias b on x (N, C, H, W) at
    stride 1, stored (N, F, OH, OW) like x: the ring of padding gets just the bias."""
    n, c, h, wd = x.shape
    f = w.shape[0]
    (ph, pw) = padding
    dtype = np.result_type(x, w)
    images = np.reshape(x, (n, c, h * wd))                     # a view unless x is stored batch last
    weights = w.reshape(f, c).astype(dtype, copy=False)
    bias = np.zeros((f, 1, 1), dtype=dtype) if b is None else b.reshape(f, 1, 1).astype(dtype, copy=False)
    inner = (weights * images if c == 1 else np.matmul(weights, images)).reshape(n, f, h, wd)
    if (ph, pw) == (0, 0):
        if b is not None:
            inner += bias
        return inner
    maps = np.empty((n, f, h + 2 * ph, wd + 2 * pw), dtype=dtype)
    _fill_border(maps, padding, (h, wd), bias)
    np.add(inner, bias, out=_interior(maps, padding, (h, wd)))
    return maps


def pointwise_backward(dy, x, w, padding, input_gradient):
    """(dw, dx (N, C, H, W) or None) of pointwise_forward for the upstream dy (N, F, OH, OW)."""
    n, c, h, wd = x.shape
    f = w.shape[0]
    dtype = np.result_type(x, w, dy)
    dy_inner = np.ascontiguousarray(_interior(dy, padding, (h, wd))).reshape(n, f, h * wd)
    images = np.reshape(x, (n, c, h * wd))
    dw = np.matmul(dy_inner, images.transpose(0, 2, 1)).sum(axis=0).reshape(w.shape)
    if not input_gradient:
        return dw, None
    return dw, np.matmul(w.reshape(f, c).T.astype(dtype, copy=False), dy_inner).reshape(n, c, h, wd)


# Filter side: Z = W_all @ X, then shifted slices of Z.

def _all_offsets(w):
    """w (F, C, KH, KW) as W_all (KH*KW*F, C): row (u*KW + v)*F + f is filter f's weights at offset (u, v)."""
    f, c, kh, kw = w.shape
    return np.ascontiguousarray(w.transpose(2, 3, 0, 1)).reshape(kh * kw * f, c)


def _offset_cells(block, u, v, stride, out_shape):
    """The (.., OH, OW, N) cells of a (.., HP, WP, N) block that offset (u, v) of the kernel meets."""
    (sh, sw), (oh, ow) = stride, out_shape
    return block[..., u:u + sh * (oh - 1) + 1:sh, v:v + sw * (ow - 1) + 1:sw, :]


def filter_side_forward(xp, w, stride, out_shape):
    """The product (F, OH*OW*N) of filters w (F, C, KH, KW) with the padded batch-last input xp (C, HP, WP, N)."""
    f, c, kh, kw = w.shape
    _, hp, wp, n = xp.shape
    z = (_all_offsets(w.astype(np.result_type(xp, w), copy=False)) @ xp.reshape(c, -1)).reshape(kh, kw, f, hp, wp, n)
    out = np.empty((f,) + tuple(out_shape) + (n,), dtype=z.dtype)
    np.copyto(out, _offset_cells(z[0, 0], 0, 0, stride, out_shape))
    for u in range(kh):
        for v in range(kw):
            if u or v:
                out += _offset_cells(z[u, v], u, v, stride, out_shape)
    return out.reshape(f, -1)


def filter_side_backward(dyb, xp, w, stride, input_gradient):
    """(dw, padded dx (C, HP, WP, N) or None) of filter_side_forward for the batch-last upstream dyb (F, OH, OW, N)."""
    f, c, kh, kw = w.shape
    _, hp, wp, n = xp.shape
    dtype = np.result_type(xp, w, dyb)
    d = np.zeros((kh, kw, f, hp, wp, n), dtype=dtype)
    for u in range(kh):
        for v in range(kw):
            _offset_cells(d[u, v], u, v, stride, dyb.shape[1:3])[...] = dyb
    d = d.reshape(kh * kw * f, -1)
    dw = (d @ xp.reshape(c, -1).T).reshape(kh, kw, f, c).transpose(2, 3, 0, 1)
    if not input_gradient:
        return dw, None
    dxp = _all_offsets(w.astype(dtype, copy=False)).T @ d
    return dw, dxp.reshape(c, hp, wp, n)
