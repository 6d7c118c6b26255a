"""The operations of a CNN as plain functions on NumPy arrays, each forward beside its backward.

Layouts and semantics follow PyTorch so that a learner can move on without surprises:
images are (N, C, H, W), convolution weights (F, C, KH, KW), dense weights (out, in);
``conv2d`` computes cross-correlation (``flip=True`` gives true convolution); padding is zeros;
output sizes are floored. A dtype follows its input, so gradient checks can run in float64.
"""
from __future__ import annotations

import numpy as np

from . import conv_paths, conv_phases

POOL_MODES = ("max", "min", "avg")
# How each mode combines two cells (its .reduce folds a whole axis); "avg" sums, then divides by the count.
POOL_COMBINE = {"max": np.maximum, "min": np.minimum, "avg": np.add}
ACTIVATIONS = ("relu", "identity", "sigmoid", "tanh", "leaky_relu")


def pair(value) -> tuple[int, int]:
    """An int or an (h, w) pair as an (h, w) tuple of ints."""
    if isinstance(value, (int, np.integer)):
        return int(value), int(value)
    h, w = value
    return int(h), int(w)


def output_size(n: int, kernel: int, stride: int = 1, padding: int = 0) -> int:
    """Positions a window of `kernel` takes along `n` cells: floor((n + 2p - k) / s) + 1."""
    return (n + 2 * padding - kernel) // stride + 1


def _check_4d(x: np.ndarray, what: str) -> None:
    if x.ndim != 4:
        raise ValueError(f"{what} must have shape (N, C, H, W), got {x.shape}")


# Memory layout. Every function here takes and returns arrays *shaped* (N, C, H, W), as PyTorch does.
# Inside, a batch is stored "batch last": one C-contiguous (C, H, W, N) block, seen as (N, C, H, W)
# through a transposed view. Then every spatial slice (a patch offset, a pooling window, a padding
# border) is a run of whole rows of N samples, so NumPy copies and compares long contiguous runs
# instead of looping over rows of a few cells, and the N images of a batch go through a convolution
# as one matrix product. For one image (N = 1) both layouts are the same memory. Results keep the
# layout, so a chain of ops converts once, at its first convolution.

def batch_last(x: np.ndarray) -> np.ndarray:
    """x (N, C, H, W) as a C-contiguous (C, H, W, N) block: a view when x is already stored so."""
    return np.ascontiguousarray(x.transpose(1, 2, 3, 0))


def from_batch_last(block: np.ndarray) -> np.ndarray:
    """A (C, H, W, N) block seen as (N, C, H, W), without a copy."""
    return block.transpose(3, 0, 1, 2)


def _pad(block: np.ndarray, ph: int, pw: int) -> np.ndarray:
    """Zero padding around the H and W axes of a (C, H, W, N) block."""
    if ph == 0 and pw == 0:
        return block
    c, h, w, n = block.shape
    padded = np.zeros((c, h + 2 * ph, w + 2 * pw, n), dtype=block.dtype)
    padded[:, ph:ph + h, pw:pw + w] = block
    return padded


def conv_output_shape(h: int, w: int, kernel, stride=1, padding=0) -> tuple[int, int]:
    (kh, kw), (sh, sw), (ph, pw) = pair(kernel), pair(stride), pair(padding)
    return output_size(h, kh, sh, ph), output_size(w, kw, sw, pw)


def patch_view(block: np.ndarray, kh: int, kw: int, sh: int, sw: int) -> np.ndarray:
    """Every patch of a C-contiguous (C, H, W, N) block as a view (C, KH, KW, OH, OW, N), nothing copied:
    element [c, u, v, i, j, n] is block[c, i*sh + u, j*sw + v, n], the cell under weight (u, v) of the
    patch that output cell (i, j) sees. Patches overlap, so the view must not be written to."""
    c, h, w, n = block.shape
    oh, ow = output_size(h, kh, sh), output_size(w, kw, sw)
    sc, sy, sx, sn = block.strides
    view = np.ndarray((c, kh, kw, oh, ow, n), block.dtype, block, 0, (sc, sy, sx, sy * sh, sx * sw, sn))
    view.flags.writeable = False
    return view


def im2col(x: np.ndarray, kernel, stride=1, padding=0) -> tuple[np.ndarray, tuple[int, int]]:
    """Every patch as a column: returns cols (C*KH*KW, OH*OW*N) and (OH, OW).

    Column (i*OW + j)*N + n holds the patch of image n under output cell (i, j), in the same order
    as a filter's weights flattened, so one matrix product W (F, C*KH*KW) @ cols computes every
    inner product of every filter with every patch of every image.
    """
    _check_4d(x, "input")
    (kh, kw), (sh, sw), (ph, pw) = pair(kernel), pair(stride), pair(padding)
    h, w = x.shape[2:]
    oh, ow = output_size(h, kh, sh, ph), output_size(w, kw, sw, pw)
    if oh < 1 or ow < 1:
        raise ValueError(f"a {kh}x{kw} kernel with padding {(ph, pw)} does not fit a {h}x{w} input")
    patches = patch_view(_pad(batch_last(x), ph, pw), kh, kw, sh, sw)
    return np.ascontiguousarray(patches).reshape(x.shape[1] * kh * kw, -1), (oh, ow)


def col2im(cols: np.ndarray, x_shape, kernel, stride=1, padding=0) -> np.ndarray:
    """Adjoint of im2col: add every column of cols (C*KH*KW, OH*OW*N) back onto the cells of its
    patch. Returns (N, C, H, W), stored batch last."""
    (kh, kw), (sh, sw), (ph, pw) = pair(kernel), pair(stride), pair(padding)
    n, c, h, w = x_shape
    oh, ow = output_size(h, kh, sh, ph), output_size(w, kw, sw, pw)
    dxp = np.zeros((c, h + 2 * ph, w + 2 * pw, n), dtype=cols.dtype)
    if sh == sw == 1 or n >= PHASE_BATCH or cols.nbytes < conv_paths.SMALL_BYTES:
        _add_patches(dxp, cols.reshape(c, kh, kw, oh, ow, n), 0, sh, sw)
    else:
        _add_patches_by_phase(dxp, cols.reshape(c, kh, kw, oh, ow, n), sh, sw)
    return from_batch_last(dxp[:, ph:ph + h, pw:pw + w])


def _add_patches_by_phase(dxp, patches, sh, sw):
    """_add_patches for a stride above 1: cell (i*sh + u, j*sw + v) is row i + u // sh, column j + v // sw of
    the stride phase (u % sh, v % sw), so adding onto a block split by phase (C, SH, SW, HQ, WQ, N) moves runs of
    OW*N contiguous values where the strided adds move runs of N; the phases go back onto dxp in SH*SW strided
    adds. Used below PHASE_BATCH images (and not for tiny matrices): measured 0.84-0.97 times the strided adds'
    CPU time at batch 1-5, 1.24 times at batch 64, where runs of N are long already."""
    c, hp, wp, n = dxp.shape
    _, kh, kw, oh, ow, _ = patches.shape
    phases = np.zeros((c, sh, sw, -(-hp // sh), -(-wp // sw), n), dtype=dxp.dtype)
    for u in range(kh):
        a, ru = divmod(u, sh)
        for v in range(kw):
            b, rv = divmod(v, sw)
            phases[:, ru, rv, a:a + oh, b:b + ow] += patches[:, u, v]
    for ru in range(sh):
        for rv in range(sw):
            part = dxp[:, ru::sh, rv::sw]
            part += phases[:, ru, rv, :part.shape[1], :part.shape[2]]


def _add_patches(dxp: np.ndarray, patches: np.ndarray, i0: int, sh: int, sw: int) -> None:
    """Add patches (C, KH, KW, R, OW, N), those of output rows i0 .. i0+R-1, onto the cells of a padded
    (C, HP, WP, N) block they came from: one strided add per weight offset (u, v)."""
    _, kh, kw, r, ow, _ = patches.shape
    for u in range(kh):
        top = i0 * sh + u
        for v in range(kw):
            dxp[:, top:top + sh * (r - 1) + 1:sh, v:v + sw * (ow - 1) + 1:sw] += patches[:, u, v]


# A large convolution is computed by kernel rows, in bands of output rows. im2col copies every input cell
# KH*KW times; here a band copies it KW times only, into "tap rows" R (C, KW, P, Q, OW, N):
# R[c, v, r, q, j, n] is the padded input at row (i0 + q)*SH + r, column j*SW + v, the input rows split by
# their phase r = row mod SH (only P = min(SH, KH) phases are ever read). Kernel row u reads phase u mod SH
# from q = u // SH on: one strided (C*KW, rows*OW*N) view of R, no copy. The output is the sum over u of KH
# products W[:, :, u, :] (F, C*KW) @ view; the weight gradient the same products the other way round; the
# input gradient adds W[:, :, u, :].T @ dy onto those views of a zero R, then R back onto the input cells
# (KW*P strided adds per band instead of KH*KW).
#
# Cost rule, by the size of the im2col matrix (C*KH*KW, OH*OW*N) and the depth C*KW of a kernel row:
# - up to BAND_BYTES of columns: one im2col copy and one product, the fewest NumPy and BLAS calls, which is
#   what small and medium convolutions pay for;
# - above that, by kernel rows when a row's product is deep enough for BLAS to run at full speed
#   (C*KW >= TAP_ROWS_DEPTH) and the copy shrinks enough (KH / min(SH, KH) >= TAP_ROWS_SAVING) to pay for
#   KH - 1 more products and additions (at 7x7, stride 3, a 2.3 times smaller copy measured slower);
# - else (few channels, so shallow products) im2col band by band, below.
# A band takes about BAND_BYTES: the whole im2col matrix of the largest setting (batch 64, 32 channels,
# 64x64, 7x7) would take 1.6 GB.
BAND_BYTES = 1 << 25
DX_BY_CONVOLUTION_SLACK = 1.25             # see _input_gradient_by_convolution
PHASE_BATCH = 16                           # see _add_patches_by_phase
TAP_ROWS_BYTES = BAND_BYTES
TAP_ROWS_DEPTH = 64
TAP_ROWS_SAVING = 3


def _row_bands(oh: int, row_bytes: int) -> list[tuple[int, int]]:
    """Output rows [i0, i1) of each band, so that a band's columns take about BAND_BYTES."""
    rows = max(1, min(oh, BAND_BYTES // max(row_bytes, 1)))
    return [(i0, min(oh, i0 + rows)) for i0 in range(0, oh, rows)]


def _band_columns(patches: np.ndarray, i0: int, i1: int, buffer: np.ndarray) -> np.ndarray:
    """The im2col columns (C*KH*KW, R*OW*N) of output rows [i0, i1) of a patch view (C, KH, KW, OH, OW, N),
    copied into the front of a flat buffer that the next band overwrites."""
    view = patches[:, :, :, i0:i1]
    block = buffer[:view.size].reshape(view.shape)
    np.copyto(block, view)
    return block.reshape(view.shape[0] * view.shape[1] * view.shape[2], -1)


def _conv_bands(x, w, stride, padding):
    """(patches, bands) of a convolution too large for one band: the patch view (C, KH, KW, OH, OW, N) of
    the padded, batch-last input, and the output rows [i0, i1) of each band; bands is None when one will do."""
    n, _, h, wd = x.shape
    ph, pw = pair(padding)
    if w[0].size * (h + 2 * ph) * (wd + 2 * pw) * n * x.itemsize <= BAND_BYTES:     # at most that many columns
        return None, None
    kh, kw, sh, sw, ph, pw, oh, ow = _conv_geometry(x, w, stride, padding)
    bands = _row_bands(oh, w[0].size * ow * n * x.itemsize)
    if len(bands) == 1:
        return None, None
    return patch_view(_pad(batch_last(x), ph, pw), kh, kw, sh, sw), bands


def _tap_rows_plan(x_shape, w_shape, itemsize, stride, padding):
    """The output rows [i0, i1) of each band when a convolution of an x_shape input by w_shape filters
    goes by kernel rows, or None when its im2col matrix is small enough for one product."""
    n, c, h, wd = x_shape
    (kh, kw), (sh, sw), (ph, pw) = w_shape[2:], pair(stride), pair(padding)
    oh, ow = output_size(h, kh, sh, ph), output_size(wd, kw, sw, pw)
    if (oh < 1 or ow < 1 or c * kh * kw * oh * ow * n * itemsize <= TAP_ROWS_BYTES or c * kw < TAP_ROWS_DEPTH
            or kh < TAP_ROWS_SAVING * min(sh, kh)):
        return None
    rows = max(1, min(oh, BAND_BYTES // (c * kw * min(sh, kh) * ow * n * itemsize)))
    return [(i0, min(oh, i0 + rows)) for i0 in range(0, oh, rows)]


def _tap_rows_buffer(c, kh, kw, sh, ow, n, bands, dtype):
    """An uninitialised R (C, KW, P, Q, OW, N) large enough for the tallest band."""
    tallest = max(i1 - i0 for i0, i1 in bands)
    return np.empty((c, kw, min(sh, kh), (kh - 1) // sh + tallest, ow, n), dtype=dtype)


def _tap_row_slices(rows, xp, i0, count, kh, sh, sw):
    """Pairs (part of R, the cells of the padded (C, HP, WP, N) block xp it stands for) of output rows
    i0 .. i0+count-1, one per phase r and kernel column v."""
    _, kw, phases, _, ow, _ = rows.shape
    for r in range(phases):
        q_count = (kh - 1 - r) // sh + count
        top = i0 * sh + r
        source = xp[:, top:top + sh * (q_count - 1) + 1:sh]
        for v in range(kw):
            yield rows[:, v, r, :q_count], source[:, :, v:v + sw * (ow - 1) + 1:sw]


def _tap_view(rows, u, sh, count):
    """The (C*KW, count*OW*N) view of R (C, KW, P, Q, OW, N) that kernel row u multiplies, no copy."""
    c, kw, _, _, ow, n = rows.shape
    q0 = u // sh
    return np.reshape(rows[:, :, u % sh, q0:q0 + count], (c * kw, count * ow * n), copy=False)


def _kernel_rows(w):
    """w (F, C, KH, KW) as KH contiguous (F, C*KW) matrices, one per kernel row."""
    f, c, kh, kw = w.shape
    return [np.ascontiguousarray(w[:, :, u, :]).reshape(f, c * kw) for u in range(kh)]


def _conv_by_tap_rows(x, w, stride, padding, bands):
    """The product W @ cols (F, OH*OW*N) of conv2d, computed by kernel rows band by band."""
    kh, kw, sh, sw, ph, pw, oh, ow = _conv_geometry(x, w, stride, padding)
    n, c = x.shape[:2]
    f = w.shape[0]
    xp = _pad(batch_last(x), ph, pw)
    dtype = np.result_type(x, w)
    rows = _tap_rows_buffer(c, kh, kw, sh, ow, n, bands, x.dtype)
    w_rows = _kernel_rows(w.astype(dtype, copy=False))
    out = np.empty((f, oh * ow * n), dtype=dtype)
    term = np.empty((f, rows.shape[3] * ow * n), dtype=dtype)
    for i0, i1 in bands:
        count = i1 - i0
        for part, cells in _tap_row_slices(rows, xp, i0, count, kh, sh, sw):
            np.copyto(part, cells)
        band = out[:, i0 * ow * n:i1 * ow * n]
        band_term = term[:, :count * ow * n]
        for u in range(kh):
            view = _tap_view(rows, u, sh, count)
            if u == 0:
                np.matmul(w_rows[0], view, out=band)
            else:
                np.matmul(w_rows[u], view, out=band_term)
                band += band_term
    return out


def _conv_backward_by_tap_rows(dy_cells, x_shape, wk, stride, padding, bands, x=None, input_gradient=True):
    """Gradients of conv2d by kernel rows, band by band, for dy_cells (F, OH*OW*N): returns (dw (F, C, KH, KW)
    or None when x is None, dx (N, C, H, W) stored batch last or None when not input_gradient)."""
    n, c, h, wd = x_shape
    f, _, kh, kw = wk.shape
    (sh, sw), (ph, pw) = pair(stride), pair(padding)
    oh, ow = output_size(h, kh, sh, ph), output_size(wd, kw, sw, pw)
    dtype = np.result_type(wk, dy_cells) if x is None else np.result_type(x, wk, dy_cells)
    rows = _tap_rows_buffer(c, kh, kw, sh, ow, n, bands, dtype)
    xp = None if x is None else _pad(batch_last(x), ph, pw)
    dw_rows = None if x is None else np.zeros((kh, c * kw, f), dtype=dtype)     # transposed: BLAS is faster
    if input_gradient:
        drows = np.empty_like(rows)
        wt_rows = [m.T for m in _kernel_rows(wk.astype(dtype, copy=False))]
        term = np.empty((c * kw, rows.shape[3] * ow * n), dtype=dtype)
        dxp = np.zeros((c, h + 2 * ph, wd + 2 * pw, n), dtype=dtype)
    for i0, i1 in bands:
        count = i1 - i0
        dy_band = dy_cells[:, i0 * ow * n:i1 * ow * n]
        if xp is not None:
            for part, cells in _tap_row_slices(rows, xp, i0, count, kh, sh, sw):
                np.copyto(part, cells)
            for u in range(kh):
                dw_rows[u] += _tap_view(rows, u, sh, count) @ dy_band.T
        if input_gradient:
            drows.fill(0)
            band_term = term[:, :count * ow * n]
            for u in range(kh):
                conv_paths.product(wt_rows[u], dy_band, out=band_term)
                _tap_view(drows, u, sh, count)[...] += band_term
            for part, cells in _tap_row_slices(drows, dxp, i0, count, kh, sh, sw):
                cells += part
    dw = None if x is None else dw_rows.reshape(kh, c, kw, f).transpose(3, 1, 0, 2)
    dx = from_batch_last(dxp[:, ph:ph + h, pw:pw + wd]) if input_gradient else None
    return dw, dx


def _check_conv(x: np.ndarray, w: np.ndarray) -> None:
    _check_4d(x, "input")
    if w.ndim != 4:
        raise ValueError(f"conv weights must have shape (F, C, KH, KW), got {w.shape}")
    if x.shape[1] != w.shape[1]:
        raise ValueError(f"input has {x.shape[1]} channels but the filters expect {w.shape[1]}")


def _conv_geometry(x, w, stride, padding):
    """(kh, kw, sh, sw, ph, pw, oh, ow) of a convolution of x by w, refusing a kernel that does not fit."""
    (kh, kw), (sh, sw), (ph, pw) = w.shape[2:], pair(stride), pair(padding)
    h, wd = x.shape[2:]
    oh, ow = output_size(h, kh, sh, ph), output_size(wd, kw, sw, pw)
    if oh < 1 or ow < 1:
        raise ValueError(f"a {kh}x{kw} kernel with padding {(ph, pw)} does not fit a {h}x{wd} input")
    return kh, kw, sh, sw, ph, pw, oh, ow


def _feature_maps(out: np.ndarray, n: int, oh: int, ow: int) -> np.ndarray:
    """The product (F, OH*OW*N) seen as (N, F, OH, OW) feature maps."""
    return from_batch_last(out.reshape(-1, oh, ow, n))


def conv2d(x, w, b=None, stride=1, padding=0, *, flip=False):
    """Cross-correlate x (N, C, H, W) with filters w (F, C, KH, KW) and add b (F,).

    Output cell (n, f, i, j) is the inner product of filter f with the patch under it:
    sum over c, u, v of w[f, c, u, v] * x_padded[n, c, i*s + u, j*s + v], plus b[f].
    Returns (N, F, OH, OW) with OH = floor((H + 2*padding - KH) / stride) + 1.
    ``flip=True`` rotates each kernel by 180 degrees first: true convolution.
    """
    return conv2d_im2col(x, w, b, stride, padding, flip=flip)[0]


def conv2d_im2col(x, w, b=None, stride=1, padding=0, *, flip=False):
    """conv2d that also returns the im2col matrix (C*KH*KW, OH*OW*N), which a layer keeps for its backward and
    passes back as conv2d_backward's ``cols``: when the convolution went by phases (see conv_phases), the split
    input with its columns (conv_phases.Saved); None when the matrix is larger than one band (BAND_BYTES): it is
    then computed by kernel rows or in bands."""
    _check_conv(x, w)
    if flip:
        w = w[:, :, ::-1, ::-1]
    if _by_phases(x, w, stride, padding):
        g = conv_phases.phases(x.shape, w.shape, pair(stride), pair(padding))
        x_split = conv_phases.split_input(x, g)
        y, cols = conv2d_im2col(x_split, conv_phases.split_filters(w, g), b)
        return y, conv_phases.Saved(x_split, cols)
    f = w.shape[0]
    path = conv_paths.plan(x.shape, w.shape, x.itemsize, pair(stride), pair(padding)) if _not_tiny(x, w) else None
    if path == "pointwise":
        return conv_paths.pointwise_forward(x, w, b, pair(padding)), None
    tap_bands = None if path else _tap_rows_plan(x.shape, w.shape, x.itemsize, stride, padding)
    patches, bands = (None, None) if path or tap_bands is not None else _conv_bands(x, w, stride, padding)
    if path is not None:
        oh, ow = _conv_geometry(x, w, stride, padding)[6:]
        out, cols = _conv_by_filter_side(x, w, stride, padding, (oh, ow))
    elif tap_bands is not None:
        cols, (oh, ow) = None, _conv_geometry(x, w, stride, padding)[6:]
        out = _conv_by_tap_rows(x, w, stride, padding, tap_bands)
    elif bands is None:
        cols, (oh, ow) = im2col(x, w.shape[2:], stride, padding)
        out = conv_paths.product(w.reshape(f, -1), cols)
    else:
        _, _, _, oh, ow, n = patches.shape
        cols, wf = None, w.reshape(f, -1)
        out = np.empty((f, oh * ow * n), dtype=np.result_type(x, w))
        buffer = np.empty(patches[:, :, :, :bands[0][1]].size, dtype=x.dtype)
        for i0, i1 in bands:
            np.matmul(wf, _band_columns(patches, i0, i1, buffer), out=out[:, i0 * ow * n:i1 * ow * n])
    if b is not None:
        out += b.reshape(f, 1)
    return _feature_maps(out, x.shape[0], oh, ow), cols


def conv2d_backward(dy, x, w, stride=1, padding=0, *, flip=False, cols=None, input_gradient=True):
    """Gradients of conv2d: returns (dx, dw, db) for upstream dy (N, F, OH, OW).

    ``cols`` may pass the im2col matrix saved by the forward pass to skip rebuilding it;
    ``input_gradient=False`` skips dx (returned as None), which a first layer in training never needs.
    """
    _check_conv(x, w)
    f = dy.shape[1]
    wk = w[:, :, ::-1, ::-1] if flip else w
    if _by_phases(x, w, stride, padding):
        dx, dw, db = _conv_backward_by_phases(dy, x, wk, stride, padding, cols, input_gradient)
        return dx, np.ascontiguousarray(dw[:, :, ::-1, ::-1] if flip else dw, dtype=w.dtype), db
    not_tiny = _not_tiny(x, w)
    path = None if cols is not None or not not_tiny else conv_paths.plan(x.shape, w.shape, x.itemsize, pair(stride),
                                                                          pair(padding))
    if path == "pointwise":                                       # a 1x1 kernel: flipping changes nothing
        dw, dx = conv_paths.pointwise_backward(dy, x, w, pair(padding), input_gradient)
        return dx, np.ascontiguousarray(dw, dtype=w.dtype), dy.sum(axis=(0, 2, 3))
    dy_cells = batch_last(dy).reshape(f, -1)                      # (F, OH*OW*N), the columns' order
    tap_bands = None if cols is not None or path else _tap_rows_plan(x.shape, w.shape, x.itemsize, stride, padding)
    patches, bands = (None, None) if cols is not None or path or tap_bands else _conv_bands(x, w, stride, padding)
    by_convolution = (input_gradient and not_tiny and path is None
                      and _input_gradient_by_convolution(x.shape, w.shape, x.itemsize, stride, padding))
    if by_convolution:
        input_gradient = False
    if path is not None:
        dw, dx = _conv_backward_by_filter_side(dy, x, wk, stride, padding, input_gradient)
    elif tap_bands is not None:
        dw, dx = _conv_backward_by_tap_rows(dy_cells, x.shape, wk, stride, padding, tap_bands, x, input_gradient)
    elif bands is not None:
        dw_t, dx = _conv2d_backward_in_bands(dy_cells, x, wk, patches, bands, stride, padding, input_gradient)
        dw = dw_t.T.reshape(w.shape)
    else:
        if cols is None:
            cols = im2col(x, w.shape[2:], stride, padding)[0]
        dw = (cols @ dy_cells.T).T.reshape(w.shape)               # this way round BLAS is faster
        dx = None
        if input_gradient:
            dx = col2im(conv_paths.product(wk.reshape(f, -1).T, dy_cells), x.shape, w.shape[2:], stride, padding)
    if by_convolution:
        (kh, kw), (ph, pw) = w.shape[2:], pair(padding)
        rotated = np.ascontiguousarray(wk[:, :, ::-1, ::-1].transpose(1, 0, 2, 3))
        dx = conv2d_im2col(dy, rotated, None, 1, (kh - 1 - ph, kw - 1 - pw))[0]
    if flip:
        dw = dw[:, :, ::-1, ::-1]
    return dx, np.ascontiguousarray(dw, dtype=w.dtype), dy_cells.sum(axis=1)


def _by_phases(x, w, stride, padding) -> bool:
    """Whether a convolution goes as the stride-1 convolution of its input split by phase (see conv_phases)."""
    return _not_tiny(x, w) and conv_phases.worth(x.shape, w.shape, pair(stride), pair(padding))


def _conv_backward_by_phases(dy, x, wk, stride, padding, cols, input_gradient):
    """(dx, dw, db) of a convolution that went by phases: the stride-1 convolution's gradients, moved back."""
    g = conv_phases.phases(x.shape, wk.shape, pair(stride), pair(padding))
    saved = cols if isinstance(cols, conv_phases.Saved) else conv_phases.Saved(conv_phases.split_input(x, g), None)
    dx, dw, db = conv2d_backward(dy, saved.x_split, conv_phases.split_filters(wk, g), cols=saved.cols,
                                 input_gradient=input_gradient)
    dx = None if dx is None else conv_phases.merge_input_gradient(dx, g)
    return dx, conv_phases.merge_filter_gradient(dw, g), db


def _not_tiny(x, w) -> bool:
    """Whether a convolution is large enough for the paths that skip im2col (see conv_paths): a tiny one, like the
    live view's single image, keeps im2col without even asking, so its few microseconds do not grow."""
    return x.size * w.shape[2] * w.shape[3] * x.itemsize >= conv_paths.SMALL_BYTES


def _input_gradient_by_convolution(x_shape, w_shape, itemsize, stride, padding) -> bool:
    """Whether conv2d_backward computes dx as the forward convolution it is at stride 1: dy padded by K - 1 - p,
    correlated with the filters rotated by 180 degrees, in and out swapped (the transposed convolution of dy).
    Its im2col matrix is dy's, (F*KH*KW, H*W*N), where W.T @ dy makes the columns' gradient (C*KH*KW, OH*OW*N) to
    add back cell by cell; it goes down whichever path suits (F -> C) channels. It pays when dy's matrix is not much
    larger (DX_BY_CONVOLUTION_SLACK): measured on the 70 stride-1 settings of bench_conv_shapes.py, few filters on
    many channels gain most (batch 8, 12 -> 3 channels, 13x13, 7x7: 2.6 -> 1.3 times PyTorch's time) and many
    filters on few channels lose most (batch 49, 5 -> 15, 39x39, 4x4: 1.3 -> 1.9 times)."""
    (kh, kw), (sh, sw), (ph, pw) = w_shape[2:], pair(stride), pair(padding)
    n, c, h, wd = x_shape
    f = w_shape[0]
    if (sh, sw) != (1, 1) or kh * kw == 1 or ph > kh - 1 or pw > kw - 1:
        return False
    oh, ow = output_size(h, kh, 1, ph), output_size(wd, kw, 1, pw)
    return f * h * wd <= DX_BY_CONVOLUTION_SLACK * c * oh * ow


def _conv_by_filter_side(x, w, stride, padding, out_shape):
    """The product W @ cols (F, OH*OW*N) of conv2d by the filter side (conv_paths), and None for the im2col matrix."""
    return conv_paths.filter_side_forward(_pad(batch_last(x), *pair(padding)), w, pair(stride), out_shape), None


def _conv_backward_by_filter_side(dy, x, wk, stride, padding, input_gradient):
    """(dw, dx (N, C, H, W) stored batch last, or None) of _conv_by_filter_side."""
    (ph, pw), (h, wd) = pair(padding), x.shape[2:]
    dw, dx = conv_paths.filter_side_backward(batch_last(dy), _pad(batch_last(x), ph, pw), wk, pair(stride),
                                             input_gradient)
    return dw, None if dx is None else from_batch_last(dx[:, ph:ph + h, pw:pw + wd])


def _conv2d_backward_in_bands(dy_cells, x, wk, patches, bands, stride, padding, input_gradient):
    """conv2d_backward band by band: each band's columns, rebuilt into one reused buffer, give its share of
    dw; the gradients of its columns, W.T @ dy, are added back onto the input cells they came from.
    Returns dw transposed (C*KH*KW, F) and dx (N, C, H, W) stored batch last, or None."""
    c, kh, kw, _, ow, n = patches.shape
    (sh, sw), (ph, pw) = pair(stride), pair(padding)
    dtype = np.result_type(x, wk, dy_cells)
    buffer = np.empty(patches[:, :, :, :bands[0][1]].size, dtype=x.dtype)
    dw_t = np.zeros((c * kh * kw, dy_cells.shape[0]), dtype=dtype)
    wf_t = wk.reshape(wk.shape[0], -1).T
    h, wd = x.shape[2:]
    dxp = np.zeros((c, h + 2 * ph, wd + 2 * pw, n), dtype=dtype) if input_gradient else None
    for i0, i1 in bands:
        dy_band = dy_cells[:, i0 * ow * n:i1 * ow * n]
        dw_t += _band_columns(patches, i0, i1, buffer) @ dy_band.T
        if input_gradient:
            _add_patches(dxp, conv_paths.product(wf_t, dy_band).reshape(c, kh, kw, i1 - i0, ow, n), i0, sh, sw)
    return dw_t, (from_batch_last(dxp[:, ph:ph + h, pw:pw + wd]) if input_gradient else None)


def _pool_geometry(x, size, stride):
    _check_4d(x, "input")
    (kh, kw) = pair(size)
    (sh, sw) = pair(stride if stride is not None else size)
    h, w = x.shape[2:]
    oh, ow = output_size(h, kh, sh), output_size(w, kw, sw)
    if oh < 1 or ow < 1:
        raise ValueError(f"a {kh}x{kw} pooling window does not fit a {h}x{w} input")
    return kh, kw, sh, sw, oh, ow


def _check_mode(mode: str) -> None:
    if mode not in POOL_MODES:
        raise ValueError(f"pooling mode must be one of {', '.join(POOL_MODES)}, got {mode!r}")


def _offset_views(x, kh, kw, sh, sw, oh, ow):
    """For each offset (u, v) inside the window, the (N, C, OH, OW) view of the cells at that offset."""
    for u in range(kh):
        for v in range(kw):
            yield x[:, :, u:u + sh * (oh - 1) + 1:sh, v:v + sw * (ow - 1) + 1:sw]


def pool2d(x, size, stride=None, mode="max"):
    """Pool x (N, C, H, W) over size windows moved by stride (default: size).

    mode "max" keeps the strongest response in each window, "min" the weakest, "avg" the mean.
    Returns (N, C, OH, OW) with OH = floor((H - KH) / stride) + 1.
    """
    _check_mode(mode)
    kh, kw, sh, sw, oh, ow = _pool_geometry(x, size, stride)
    combine = POOL_COMBINE[mode]
    # A window's max (min, sum) is the max over its columns of each column's max: combine the KH rows
    # of every window first, then the KW columns, KH + KW - 2 array operations instead of KH * KW - 1.
    rows = _combine(combine, [x[:, :, u:u + sh * (oh - 1) + 1:sh] for u in range(kh)])          # (N, C, OH, W)
    out = _combine(combine, [rows[:, :, :, v:v + sw * (ow - 1) + 1:sw] for v in range(kw)])   # (N, C, OH, OW)
    if mode == "avg":
        out /= kh * kw
    return out


def _combine(combine, views):
    """combine(...combine(views[0], views[1])..., views[-1]) into a new array."""
    if len(views) == 1:
        return views[0].copy(order="K")
    out = combine(views[0], views[1])
    for view in views[2:]:
        combine(out, view, out=out)
    return out


def _winner_masks(x, kh, kw, sh, sw, oh, ow, mode, best=None):
    """For each offset in the window, a boolean (N, C, OH, OW) mask of the windows whose winner sits
    there: the first cell (row-major) holding the window's max (or min), as PyTorch picks at ties.
    ``best`` may pass the pooled output when it is already known."""
    if best is None:
        best = pool2d(x, (kh, kw), (sh, sw), mode)
    taken = None
    for view in _offset_views(x, kh, kw, sh, sw, oh, ow):
        mask = view == best
        if taken is None:
            taken = mask.copy(order="K")
        else:
            mask &= ~taken
            taken |= mask
        yield mask


def pool2d_winners(x, size, stride=None, mode="max") -> np.ndarray:
    """Index u*KW + v of the winning cell in each window (first one at ties, as in PyTorch)."""
    _check_mode(mode)
    geometry = _pool_geometry(x, size, stride)
    winner = np.zeros((x.shape[0], x.shape[1]) + geometry[4:], dtype=np.intp)
    for k, mask in enumerate(_winner_masks(x, *geometry, mode)):
        winner += k * mask
    return winner


def pool2d_backward(dy, x, size, stride=None, mode="max", *, pooled=None):
    """Gradient of pool2d with respect to x. For max and min only the winner of each window
    gets the gradient (the first at ties); for avg every cell gets an equal share.
    ``pooled`` may pass the forward output to save recomputing it."""
    _check_mode(mode)
    geometry = _pool_geometry(x, size, stride)
    kh, kw, sh, sw, oh, ow = geometry
    overlapping = sh < kh or sw < kw                              # else each cell is in one window at most
    tiled = (sh, sw) == (kh, kw) and x.shape[2:] == (oh * kh, ow * kw)     # and every cell in exactly one
    dx = np.empty_like(x, dtype=dy.dtype) if tiled else np.zeros_like(x, dtype=dy.dtype)
    targets = _offset_views(dx, *geometry)
    if mode == "avg":
        share = dy / (kh * kw)
        for target in targets:
            if overlapping:
                target += share
            else:
                target[...] = share
        return dx
    for target, mask in zip(targets, _winner_masks(x, *geometry, mode, pooled)):
        if overlapping:
            target += dy * mask
        else:
            np.multiply(dy, mask, out=target)
    return dx


def adaptive_bins(n: int, bins: int) -> list[tuple[int, int]]:
    """PyTorch's adaptive pooling bins: bin i covers [floor(i*n/bins), ceil((i+1)*n/bins))."""
    return [((i * n) // bins, -((-(i + 1) * n) // bins)) for i in range(bins)]


def adaptive_pool2d(x, output_size, mode="max"):
    """Pool x (N, C, H, W) onto a fixed (OH, OW) grid whatever H and W are
    (for example (2, 2): one value per quadrant)."""
    _check_mode(mode)
    _check_4d(x, "input")
    oh, ow = pair(output_size)
    h, w = x.shape[2:]
    if h < oh or w < ow:
        raise ValueError(f"cannot pool a {h}x{w} input onto a {oh}x{ow} grid")
    if h % oh == 0 and w % ow == 0:                               # equal bins: reduce rows, then columns
        n, c = x.shape[:2]
        reduce = POOL_COMBINE[mode].reduce
        rows = reduce(batch_last(x).reshape(c * oh, h // oh, w * n), axis=1)
        out = reduce(rows.reshape(c * oh * ow, w // ow, n), axis=1).reshape(c, oh, ow, n)
        if mode == "avg":
            out /= h * w // (oh * ow)
        return from_batch_last(out)
    reduce = {"max": np.max, "min": np.min, "avg": np.mean}[mode]
    out = np.empty(x.shape[:2] + (oh, ow), dtype=x.dtype)
    for i, (h0, h1) in enumerate(adaptive_bins(h, oh)):
        for j, (w0, w1) in enumerate(adaptive_bins(w, ow)):
            out[:, :, i, j] = reduce(x[:, :, h0:h1, w0:w1], axis=(2, 3))
    return out


def adaptive_pool2d_backward(dy, x, output_size, mode="max"):
    """Gradient of adaptive_pool2d with respect to x (winner takes it all for max/min)."""
    _check_mode(mode)
    oh, ow = pair(output_size)
    n, c, h, w = x.shape
    dx = np.zeros_like(x, dtype=dy.dtype)
    pick = {"max": np.argmax, "min": np.argmin}.get(mode)
    for i, (h0, h1) in enumerate(adaptive_bins(h, oh)):
        for j, (w0, w1) in enumerate(adaptive_bins(w, ow)):
            g = dy[:, :, i, j]
            if pick is None:
                dx[:, :, h0:h1, w0:w1] += (g / ((h1 - h0) * (w1 - w0)))[:, :, None, None]
                continue
            region = x[:, :, h0:h1, w0:w1].reshape(n, c, -1)
            flat = np.zeros_like(region, dtype=dy.dtype)
            np.put_along_axis(flat, pick(region, axis=2)[:, :, None], g[:, :, None], axis=2)
            dx[:, :, h0:h1, w0:w1] += flat.reshape(n, c, h1 - h0, w1 - w0)
    return dx


def adaptive_pool2d_winners(x, output_size, mode="max") -> np.ndarray:
    """Flat index (row-major inside its bin) of the winning cell of each bin, (N, C, OH, OW)."""
    oh, ow = pair(output_size)
    n, c, h, w = x.shape
    pick = np.argmax if mode == "max" else np.argmin
    out = np.empty((n, c, oh, ow), dtype=np.intp)
    for i, (h0, h1) in enumerate(adaptive_bins(h, oh)):
        for j, (w0, w1) in enumerate(adaptive_bins(w, ow)):
            out[:, :, i, j] = pick(x[:, :, h0:h1, w0:w1].reshape(n, c, -1), axis=2)
    return out


# Activations: f(x) and the gradient through it, given the upstream dy and the input x.

_ZEROS: dict = {}


def _zeros_as(x: np.ndarray) -> np.ndarray:
    """A read-only array of zeros shaped and laid out like x, without allocating one each call.
    np.maximum(x, zeros) is about three times faster than np.maximum(x, 0) on the NumPy 2.4 x86-64
    build measured here (the scalar form misses the vectorised loop)."""
    block = _ZEROS.get(x.dtype)
    if block is None or block.size < x.size:
        block = np.zeros(max(x.size, 1 << 16), dtype=x.dtype)
        block.flags.writeable = False
        _ZEROS[x.dtype] = block
    if x.flags.c_contiguous:
        return block[:x.size].reshape(x.shape)
    if x.ndim == 4 and x.transpose(1, 2, 3, 0).flags.c_contiguous:
        return from_batch_last(block[:x.size].reshape(x.shape[1:] + x.shape[:1]))
    return np.zeros_like(x)


def relu(x):
    return np.maximum(x, _zeros_as(x))


def relu_backward(dy, x):
    return dy * (x > 0)


def identity(x):
    return x


def identity_backward(dy, x):
    return dy


def sigmoid(x):
    """1 / (1 + exp(-x)), without overflow for large |x|."""
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1 / (1 + e), e / (1 + e)).astype(x.dtype, copy=False)


def sigmoid_backward(dy, x):
    s = sigmoid(x)
    return dy * s * (1 - s)


def tanh(x):
    return np.tanh(x)


def tanh_backward(dy, x):
    return dy * (1 - np.tanh(x) ** 2)


LEAKY_SLOPE = 0.01


def leaky_relu(x, slope=LEAKY_SLOPE):
    return np.where(x > 0, x, x * slope).astype(x.dtype, copy=False)


def leaky_relu_backward(dy, x, slope=LEAKY_SLOPE):
    return dy * np.where(x > 0, 1, slope).astype(dy.dtype, copy=False)


ACTIVATION_FUNCTIONS = {
    "relu": (relu, relu_backward),
    "identity": (identity, identity_backward),
    "sigmoid": (sigmoid, sigmoid_backward),
    "tanh": (tanh, tanh_backward),
    "leaky_relu": (leaky_relu, leaky_relu_backward),
}


def dense(x, w, b=None):
    """Fully connected layer: x (N, in) @ w.T + b, with w (out, in) and b (out,) as in PyTorch."""
    y = x @ w.T
    if b is not None:
        y += b
    return y


def dense_backward(dy, x, w):
    """Returns (dx, dw, db) for upstream dy (N, out)."""
    return dy @ w, dy.T @ x, dy.sum(axis=0)


def standardize(x, mean, std):
    """Per-channel (x - mean[c]) / std[c]: x (N, C, H, W), mean and std (C,). Returns (N, C, H, W)."""
    return (x - np.asarray(mean, x.dtype).reshape(1, -1, 1, 1)) / np.asarray(std, x.dtype).reshape(1, -1, 1, 1)


def standardize_backward(dy, std):
    """d loss / d x of ``standardize``: dy (N, C, H, W) / std[c]. The mean drops out."""
    return dy / np.asarray(std, dy.dtype).reshape(1, -1, 1, 1)


def channel_statistics(x):
    """Mean and std (C,) float64 of every channel of x (N, C, H, W) over samples and positions: what
    ``standardize`` needs to give the training data mean 0 and std 1 per channel. A constant channel gets
    std 1 (nothing to scale)."""
    x = np.asarray(x, np.float64)
    mean = x.mean(axis=(0, 2, 3))
    std = x.std(axis=(0, 2, 3))
    return mean, np.where(std > 1e-6, std, 1.0)


def flatten(x):
    """(N, ...) to (N, features), in C order: (channel, row, column) for a feature map stack."""
    if x.ndim == 4 and not x.flags.c_contiguous:
        return batch_last(x).reshape(-1, x.shape[0]).T            # (features, N) block seen as (N, features)
    return x.reshape(x.shape[0], -1)


def flatten_backward(dy, x):
    """dy (N, features) back to x's shape, in x's memory layout."""
    if x.ndim == 4 and not x.flags.c_contiguous:
        n, c, h, w = x.shape
        return from_batch_last(np.ascontiguousarray(dy.T).reshape(c, h, w, n))
    return dy.reshape(x.shape)


def softmax(z, axis=-1):
    """exp(z) / sum(exp(z)), shifted by the maximum so that logits of 1e4 do not overflow."""
    z = np.asarray(z)
    if z.dtype.kind != "f":
        z = z.astype(np.float64)
    e = z - z.max(axis=axis, keepdims=True)
    np.exp(e, out=e)
    e /= e.sum(axis=axis, keepdims=True)
    return e


def log_softmax(z, axis=-1):
    shifted = z - np.max(z, axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def softmax_backward(dy, p, axis=-1):
    """Gradient through softmax given its output p: p * (dy - sum(dy * p))."""
    return p * (dy - np.sum(dy * p, axis=axis, keepdims=True))


def cross_entropy(logits, labels):
    """Mean over the batch of -log softmax(logits)[label]; logits (N, K), labels (N,) ints."""
    labels = np.asarray(labels)
    logp = log_softmax(logits, axis=1)
    return float(-logp[np.arange(len(labels)), labels].mean())


def cross_entropy_backward(logits, labels):
    """Gradient of cross_entropy with respect to the logits: (softmax - one_hot) / N."""
    labels = np.asarray(labels)
    grad = softmax(logits, axis=1)
    grad[np.arange(len(labels)), labels] -= 1
    return grad / len(labels)


# Convolution with another similarity between patch and filter than the inner product.
#
# With p a patch and w a filter, both flattened over (C, KH, KW) (all input channels together):
#   "dot"     w . p                                   (conv2d above: the standard)
#   "cosine"  (w . p) / (|w| |p| + eps)               in [-1, 1]: the angle only, not the ink's strength
#   "rbf"     exp(-gamma * |p - w|^2)                 in (0, 1]: 1 where the patch equals the filter
# and then + bias. Both build on the same im2col matrix and one matrix product W @ cols, since
# |p - w|^2 = |p|^2 - 2 w . p + |w|^2.

SIMILARITIES = ("dot", "cosine", "rbf")
COSINE_EPS = 1e-6   # keeps a blank patch (|p| = 0) at similarity 0; the slope there is 1/eps, so it stays small
RBF_GAMMA = 1.0


def _check_similarity(similarity: str, gamma) -> None:
    if similarity not in SIMILARITIES:
        raise ValueError(f"similarity must be one of {', '.join(SIMILARITIES)}, got {similarity!r}")
    if similarity == "rbf" and not (np.isfinite(gamma) and gamma > 0):
        raise ValueError(f"rbf similarity needs gamma > 0, got {gamma!r}")


def _safe_divide(a, b):
    """a / b where b > 0, else 0 (the direction of a zero vector is taken as none)."""
    out = np.zeros(np.broadcast_shapes(a.shape, b.shape), dtype=np.result_type(a, b))
    np.divide(a, b, out=out, where=b > 0)
    return out


def _similarity_terms(cols, wf, similarity, gamma, eps):
    """What forward and backward share, for cols (D, M) (M = every patch of every image) and flat filters wf (F, D).

    cosine: (dot (F, M), |w| (F, 1), |p| (1, M), q = 1 / (|w| |p| + eps) (F, M));
    rbf: (k = exp(-gamma * |p - w|^2) (F, M),).
    """
    dot = wf @ cols
    if similarity == "cosine":
        w_norm = np.sqrt(np.einsum("fd,fd->f", wf, wf)).reshape(-1, 1)
        p_norm = np.sqrt(np.einsum("dm,dm->m", cols, cols))[None, :]
        q = 1 / (w_norm * p_norm + np.asarray(eps, dot.dtype))
        return dot, w_norm, p_norm, q
    w_sq = np.einsum("fd,fd->f", wf, wf).reshape(-1, 1)
    p_sq = np.einsum("dm,dm->m", cols, cols)[None, :]
    distance_sq = p_sq - 2 * dot + w_sq
    np.maximum(distance_sq, 0, out=distance_sq)        # rounding can dip a hair below 0 where p == w
    distance_sq *= np.asarray(-gamma, distance_sq.dtype)
    return (np.exp(distance_sq, out=distance_sq),)


def conv2d_similarity_im2col(x, w, b=None, stride=1, padding=0, *, similarity="dot", gamma=RBF_GAMMA,
                             flip=False, eps=COSINE_EPS):
    """Slide filters w (F, C, KH, KW) over x (N, C, H, W), scoring each patch p against each filter w
    with ``similarity`` ("dot", "cosine" or "rbf", see above), plus b (F,).

    Returns ((N, F, OH, OW), cols) with OH = floor((H + 2*padding - KH) / stride) + 1 and cols the
    im2col matrix (C*KH*KW, OH*OW*N) that the backward can reuse. "dot" is exactly conv2d_im2col.
    """
    _check_similarity(similarity, gamma)
    if similarity == "dot":
        return conv2d_im2col(x, w, b, stride, padding, flip=flip)
    _check_conv(x, w)
    if flip:
        w = w[:, :, ::-1, ::-1]
    f = w.shape[0]
    cols, (oh, ow) = im2col(x, w.shape[2:], stride, padding)
    wf = np.ascontiguousarray(w.reshape(f, -1), dtype=np.result_type(w, cols))
    terms = _similarity_terms(cols, wf, similarity, gamma, eps)
    out = terms[0] * terms[3] if similarity == "cosine" else terms[0]
    if b is not None:
        out += b.reshape(f, 1)
    return _feature_maps(out, x.shape[0], oh, ow), cols


def conv2d_similarity(x, w, b=None, stride=1, padding=0, *, similarity="dot", gamma=RBF_GAMMA, flip=False,
                      eps=COSINE_EPS):
    """conv2d with a chosen similarity between patch and filter: (N, F, OH, OW). See conv2d_similarity_im2col."""
    return conv2d_similarity_im2col(x, w, b, stride, padding, similarity=similarity, gamma=gamma, flip=flip,
                                    eps=eps)[0]


def conv2d_similarity_backward(dy, x, w, stride=1, padding=0, *, similarity="dot", gamma=RBF_GAMMA, flip=False,
                               eps=COSINE_EPS, cols=None, input_gradient=True):
    """Gradients of conv2d_similarity: (dx, dw, db) for upstream dy (N, F, OH, OW).

    cosine, with s = d q, d = w . p, q = 1 / (|w| |p| + eps):
        ds/dp = q w - d q^2 |w| p / |p|,   ds/dw = q p - d q^2 |p| w / |w|   (the p/|p| term is 0 at p = 0)
    rbf, with k = exp(-gamma |p - w|^2):
        dk/dp = -2 gamma k (p - w),        dk/dw = 2 gamma k (p - w)
    ``cols`` may pass the im2col matrix saved by the forward pass to skip rebuilding it;
    ``input_gradient=False`` skips dx (returned as None).
    """
    _check_similarity(similarity, gamma)
    if similarity == "dot":
        return conv2d_backward(dy, x, w, stride, padding, flip=flip, cols=cols, input_gradient=input_gradient)
    _check_conv(x, w)
    f = dy.shape[1]
    wk = w[:, :, ::-1, ::-1] if flip else w
    if cols is None:
        cols = im2col(x, w.shape[2:], stride, padding)[0]
    wf = np.ascontiguousarray(wk.reshape(f, -1), dtype=np.result_type(w, cols))
    g = batch_last(dy).reshape(f, -1)
    terms = _similarity_terms(cols, wf, similarity, gamma, eps)
    if similarity == "cosine":
        dot, w_norm, p_norm, q = terms
        gq = g * q
        r = gq * dot * q                                                 # g d q^2, (F, M)
        radial_w = (r @ p_norm[0]).reshape(-1, 1)
        dwf = gq @ cols.T - wf * _safe_divide(radial_w, w_norm)
        if input_gradient:
            radial_p = (w_norm[:, 0] @ r)[None, :]                       # sum_f |w_f| r, (1, M)
            dcols = wf.T @ gq - cols * _safe_divide(radial_p, p_norm)
    else:
        h = g * terms[0]
        scale = np.asarray(2 * gamma, h.dtype)
        dwf = scale * (h @ cols.T - wf * h.sum(axis=1)[:, None])
        if input_gradient:
            dcols = scale * (wf.T @ h - cols * h.sum(axis=0, keepdims=True))
    dw = dwf.reshape(w.shape)
    if flip:
        dw = dw[:, :, ::-1, ::-1]
    dx = col2im(dcols, x.shape, w.shape[2:], stride, padding) if input_gradient else None
    return dx, np.ascontiguousarray(dw, dtype=w.dtype), g.sum(axis=1)


# Transposed convolution and upsampling: the ops that make a feature map larger.
#
# A transposed convolution is the adjoint of a convolution: each input cell stamps a copy of the filter,
# scaled by the cell's value, onto the output, stride cells apart, and where stamps overlap they add up.
# It computes exactly what conv2d_backward computes for the input gradient, with the filters of a
# convolution that maps the output back to the input, so it reuses col2im (forward) and im2col (backward).

UPSAMPLE_MODES = ("nearest", "bilinear")


def conv_transpose_output_size(n: int, kernel: int, stride: int = 1, padding: int = 0,
                               output_padding: int = 0) -> int:
    """Cells of a transposed convolution's output along `n` input cells: (n - 1)s - 2p + k + output_padding."""
    return (n - 1) * stride - 2 * padding + kernel + output_padding


def _transpose_geometry(x, w, stride, padding, output_padding):
    _check_4d(x, "input")
    if w.ndim != 4:
        raise ValueError(f"transposed conv weights must have shape (C_in, C_out, KH, KW), got {w.shape}")
    if x.shape[1] != w.shape[0]:
        raise ValueError(f"input has {x.shape[1]} channels but the filters expect {w.shape[0]}")
    (kh, kw), (sh, sw), (ph, pw), (oph, opw) = pair(w.shape[2:]), pair(stride), pair(padding), pair(output_padding)
    if oph >= sh or opw >= sw:
        raise ValueError(f"output_padding {(oph, opw)} must be smaller than the stride {(sh, sw)}")
    h, wd = x.shape[2:]
    oh = conv_transpose_output_size(h, kh, sh, ph, oph)
    ow = conv_transpose_output_size(wd, kw, sw, pw, opw)
    if oh < 1 or ow < 1:
        raise ValueError(f"padding {(ph, pw)} crops away the whole {oh + 2 * ph}x{ow + 2 * pw} output of a "
                         f"{kh}x{kw} transposed convolution on a {h}x{wd} input")
    return (x.shape[0], w.shape[1], oh, ow), (kh, kw), (sh, sw), (ph, pw)


def conv_transpose2d(x, w, b=None, stride=1, padding=0, output_padding=0):
    """Transposed convolution of x (N, C_in, H, W) with w (C_in, C_out, KH, KW), plus b (C_out,), as PyTorch's.

    Input cell (n, c, i, j) adds x[n, c, i, j] * w[c, :, u, v] to output cell (i*s + u - p, j*s + v - p)
    for every kernel offset (u, v); cells that several stamps reach sum them.
    Returns (N, C_out, OH, OW) with OH = (H - 1)*stride - 2*padding + KH + output_padding
    (output_padding < stride adds rows at the bottom and columns at the right that only the bias reaches
    unless a stamp does, which picks one of the stride input sizes a conv2d maps onto the same H).
    """
    geometry = _transpose_geometry(x, w, stride, padding, output_padding)
    if _by_dilation(w, geometry):
        y = _conv_transpose_by_dilation(x, w, geometry)
    else:
        y = _conv_transpose_by_stamps(x, w, geometry)
    if b is not None:
        y += b.reshape(1, -1, 1, 1)
    return y


def conv_transpose2d_backward(dy, x, w, stride=1, padding=0, output_padding=0):
    """Gradients of conv_transpose2d: returns (dx, dw, db) for upstream dy (N, C_out, OH, OW).

    dx is the ordinary convolution conv2d(dy, w) with w read as (F = C_in, C = C_out, KH, KW);
    dw[c, f, u, v] sums x[n, c, i, j] * dy[n, f, i*s + u - p, j*s + v - p]; db sums dy over (N, OH, OW).
    """
    geometry = _transpose_geometry(x, w, stride, padding, output_padding)
    if dy.shape != geometry[0]:
        raise ValueError(f"upstream gradient has shape {dy.shape}, expected {geometry[0]}")
    if _by_dilation(w, geometry):
        dx, dw = _conv_transpose_by_dilation_backward(dy, x, w, geometry)
    else:
        dx, dw = _conv_transpose_by_stamps_backward(dy, x, w, geometry)
    db = batch_last(dy).reshape(dy.shape[1], -1).sum(axis=1)
    return dx, np.ascontiguousarray(dw, dtype=w.dtype), db


# Two ways to compute the same transposed convolution, chosen by which makes the smaller intermediate matrix:
# "stamps" multiplies every input cell by every filter entry, (C_out*KH*KW, H*W*N) values, and adds them onto
# the output with col2im; "dilation" spreads the input s cells apart with zeros between, pads it by k - 1 - p,
# and runs an ordinary convolution with the kernels rotated by 180 degrees and in/out swapped, whose im2col
# matrix holds (C_in*KH*KW, OH*OW*N) ~ C_in*s*s*KH*KW*H*W*N values.

def _by_dilation(w, geometry) -> bool:
    (sh, sw) = geometry[2]
    return w.shape[0] * sh * sw < w.shape[1]


def _conv_transpose_by_stamps(x, w, geometry):
    """The input gradient of a conv2d by filters w (F = C_in, C = C_out) for upstream x: by col2im when
    the stamps are few, else by kernel rows (see _tap_rows_plan)."""
    y_shape, kernel, step, pad = geometry
    c_in = w.shape[0]
    x_cells = batch_last(x).reshape(c_in, -1)                               # (C_in, H*W*N)
    bands = _tap_rows_plan(y_shape, w.shape, x.itemsize, step, pad)
    if bands is not None:
        return _conv_backward_by_tap_rows(x_cells, y_shape, w, step, pad, bands)[1]
    cols = w.reshape(c_in, -1).T @ x_cells                                  # (C_out*KH*KW, H*W*N)
    return col2im(cols, y_shape, kernel, step, pad)


def _conv_transpose_by_stamps_backward(dy, x, w, geometry):
    """dx is conv2d(dy, w) and dw that convolution's weight gradient for upstream x."""
    _, _, step, pad = geometry
    dx, cols = conv2d_im2col(dy, w, None, step, pad)
    dw = conv2d_backward(x, dy, w, step, pad, cols=cols, input_gradient=False)[1]
    return dx, dw


def _dilated_extent(n, k, s, p, op):
    """Length of the input spread s apart and padded by k - 1 on both sides (+ op at the end), and the
    slice that crops p from each side: a conv with kernel k and stride 1 on it gives (n-1)s - 2p + k + op."""
    full = (n - 1) * s + 1 + 2 * (k - 1) + op
    return full, slice(p, full - p)


def _dilated(x, geometry):
    """x (N, C, H, W) spread stride cells apart into a zero (C, HD, WD, N) block, cropped: as (N, C, HD, WD)."""
    _, (kh, kw), (sh, sw), (ph, pw) = geometry
    oph = geometry[0][2] - ((x.shape[2] - 1) * sh - 2 * ph + kh)
    opw = geometry[0][3] - ((x.shape[3] - 1) * sw - 2 * pw + kw)
    n, c, h, w = x.shape
    (full_h, crop_h), (full_w, crop_w) = _dilated_extent(h, kh, sh, ph, oph), _dilated_extent(w, kw, sw, pw, opw)
    block = np.zeros((c, full_h, full_w, n), dtype=x.dtype)
    block[:, kh - 1:kh - 1 + (h - 1) * sh + 1:sh, kw - 1:kw - 1 + (w - 1) * sw + 1:sw] = batch_last(x)
    return from_batch_last(block[:, crop_h, crop_w]), (full_h, crop_h, full_w, crop_w)


def _rotated_swapped(w):
    """(C_in, C_out, KH, KW) transposed-convolution weights as (C_out, C_in, KH, KW) conv2d filters, rotated 180."""
    return np.ascontiguousarray(w.transpose(1, 0, 2, 3)[:, :, ::-1, ::-1])


def _conv_transpose_by_dilation(x, w, geometry):
    spread, _ = _dilated(x, geometry)
    return conv2d_im2col(spread, _rotated_swapped(w))[0]


def _conv_transpose_by_dilation_backward(dy, x, w, geometry):
    _, (kh, kw), (sh, sw), _ = geometry
    spread, (full_h, crop_h, full_w, crop_w) = _dilated(x, geometry)
    filters = _rotated_swapped(w)
    dspread, dfilters, _ = conv2d_backward(dy, spread, filters)
    n, c, h, wd = x.shape
    full = np.zeros((c, full_h, full_w, n), dtype=dspread.dtype)
    full[:, crop_h, crop_w] = batch_last(dspread)
    dx = from_batch_last(full[:, kh - 1:kh - 1 + (h - 1) * sh + 1:sh, kw - 1:kw - 1 + (wd - 1) * sw + 1:sw])
    return dx, dfilters[:, :, ::-1, ::-1].transpose(1, 0, 2, 3)


def _check_upsample(x, scale, mode) -> tuple[int, int]:
    _check_4d(x, "input")
    if mode not in UPSAMPLE_MODES:
        raise ValueError(f"upsampling mode must be one of {', '.join(UPSAMPLE_MODES)}, got {mode!r}")
    sh, sw = pair(scale)
    if sh < 1 or sw < 1:
        raise ValueError(f"upsampling scale must be a whole number >= 1, got {(sh, sw)}")
    return sh, sw


def bilinear_weights(n: int, scale: int, dtype=np.float64) -> np.ndarray:
    """The (n * scale, n) matrix that resamples n cells to n * scale cells linearly, align_corners=False as
    PyTorch: output cell i reads the input at src = (i + 0.5) / scale - 0.5 (clamped at 0), shared between
    cells floor(src) and floor(src) + 1 (the last cell repeats at the far edge)."""
    out = np.arange(n * scale)
    src = np.maximum((out + 0.5) / scale - 0.5, 0.0)
    low = np.minimum(src.astype(np.intp), n - 1)
    high = np.minimum(low + 1, n - 1)
    frac = src - low
    matrix = np.zeros((n * scale, n), dtype=np.float64)
    np.add.at(matrix, (out, low), 1 - frac)
    np.add.at(matrix, (out, high), frac)
    return matrix.astype(dtype)


def upsample2d(x, scale, mode="nearest"):
    """Enlarge x (N, C, H, W) by a whole-number scale (an int or (sh, sw)): returns (N, C, H*sh, W*sw).

    "nearest" repeats every cell into a sh x sw block; "bilinear" interpolates between the nearest cells
    as PyTorch's ``interpolate(..., mode="bilinear", align_corners=False)``. No weights are learnt.
    """
    sh, sw = _check_upsample(x, scale, mode)
    c, h, w, n = (x.shape[1],) + x.shape[2:] + (x.shape[0],)
    block = batch_last(x)
    if mode == "nearest":
        return from_batch_last(np.repeat(np.repeat(block, sh, axis=1), sw, axis=2))
    rows = np.matmul(bilinear_weights(h, sh, x.dtype), block.reshape(c, h, w * n))           # (C, OH, W*N)
    out = np.matmul(bilinear_weights(w, sw, x.dtype), rows.reshape(c * h * sh, w, n))        # (C*OH, OW, N)
    return from_batch_last(out.reshape(c, h * sh, w * sw, n))


def upsample2d_backward(dy, x, scale, mode="nearest"):
    """Gradient of upsample2d with respect to x, for upstream dy (N, C, H*sh, W*sw): every input cell
    collects the gradient of the output cells it fed, weighted as it fed them."""
    sh, sw = _check_upsample(x, scale, mode)
    n, c, h, w = x.shape
    if dy.shape != (n, c, h * sh, w * sw):
        raise ValueError(f"upstream gradient has shape {dy.shape}, expected {(n, c, h * sh, w * sw)}")
    block = batch_last(dy)                                                                   # (C, OH, OW, N)
    if mode == "nearest":
        return from_batch_last(block.reshape(c, h, sh, w, sw, n).sum(axis=(2, 4)))
    cols = np.matmul(bilinear_weights(w, sw, dy.dtype).T, block.reshape(c * h * sh, w * sw, n))   # (C*OH, W, N)
    out = np.matmul(bilinear_weights(h, sh, dy.dtype).T, cols.reshape(c, h * sh, w * n))          # (C, H, W*N)
    return from_batch_last(out.reshape(c, h, w, n))
