"""A strided convolution computed as a stride-1 convolution of its input split by phase ("space to depth").

Output cell (i, j) of a stride-s convolution reads the padded input cells (i*s + u, j*s + v). Write the kernel
row u as q*s + a with the phase a in [0, s): the cell is row (i + q)*s + a, which is row i + q of phase a's
sub-image (every s-th row, starting at a). So the convolution equals a stride-1 convolution, with a
ceil(K/s)-sized kernel, of an input with C*s*s channels, channel (c, a, b) holding phase (a, b) of channel c, by
the same filters with their entries moved the same way: entry (q, r) of channel (c, a, b) is w[c, q*s + a, r*s + b],
zero where that falls outside the kernel. Only the phases the kernel reads are split: min(S, K) per axis, so a
1x1 kernel at stride 3 reads one phase of nine and becomes a 1x1 convolution of every third cell.
The same holds for the gradients: the stride-1 convolution's are moved back cell for cell, nothing is added.

Why: at stride s, im2col (see ops) gathers every s-th cell, so it copies runs of N values (one per image of the
batch) and is slow for small batches; at stride 1 it copies runs of OW*N. Splitting costs one copy of the input,
and the zero entries cost multiply-adds: (ceil(K/s)*min(s, K) / K)^2 times as many ("waste": 1 when s divides K
or K <= s, 1.65 at 7x7, stride 3). ``worth`` takes this path where that measured faster (bench_conv_shapes.py):
small batches, little waste. The inner convolution goes through ops as any stride-1 convolution does.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np

# When the split pays, measured side by side with im2col at stride 2-3 on the 184 strided settings of
# bench_conv_shapes.py that waste at most 2.25 (2 cores; the rule picks the faster within 1.25x on all but 12):
# - up to WASTE (3x3 at stride 2 wastes 1.78) for a batch up to BATCH; above, im2col's runs of N values are long
#   enough, and the wasted multiply-adds cost more, unless there are few filters (FEW_FILTERS: cheap products)
#   or the output is WIDE (its runs of OW*N values are long);
# - up to HIGH_WASTE (4x4 at stride 3 wastes 2.25) only for the smallest batches (HIGH_WASTE_BATCH);
# - never for outputs narrower than MIN_WIDTH (runs of OW*N gain little over N), nor with fewer than
#   MIN_CHANNELS input channels unless nothing is wasted (im2col's copy is small then).
WASTE, BATCH, FEW_FILTERS, WIDE = 1.8, 24, 12, 16
HIGH_WASTE, HIGH_WASTE_BATCH = 2.25, 6
MIN_WIDTH, MIN_CHANNELS = 4, 3
BY_IMAGE_BATCH = 4          # see _move_cells


class Saved(NamedTuple):
    """What a forward pass by phases keeps for its backward: the split input and the inner convolution's columns."""
    x_split: np.ndarray
    cols: np.ndarray | None


class Phases(NamedTuple):
    """The split of a convolution: strides, paddings, input size, sub-kernel size and sub-image size."""
    stride: tuple[int, int]
    padding: tuple[int, int]
    size: tuple[int, int]           # H, W of the input
    kernel: tuple[int, int]         # KH, KW of the filters
    sub_kernel: tuple[int, int]     # ceil(KH / SH), ceil(KW / SW)
    sub_size: tuple[int, int]       # rows and columns of one phase that the outputs read: OH + KQ - 1, ...
    read: tuple[int, int]           # phases the kernel reads along each axis: min(S, K) (a 2x2 kernel at stride
                                    # 3 never reads phase 2)

    @property
    def waste(self) -> float:
        (kh, kw), (qh, qw), (rh, rw) = self.kernel, self.sub_kernel, self.read
        return (qh * rh * qw * rw) / (kh * kw)


def phases(x_shape, w_shape, stride, padding) -> Phases:
    """The Phases of a convolution of an x_shape (N, C, H, W) input by w_shape (F, C, KH, KW) filters."""
    (h, wd), (kh, kw), (sh, sw), (ph, pw) = x_shape[2:], w_shape[2:], stride, padding
    oh, ow = (h + 2 * ph - kh) // sh + 1, (wd + 2 * pw - kw) // sw + 1
    qh, qw = -(-kh // sh), -(-kw // sw)
    return Phases((sh, sw), (ph, pw), (h, wd), (kh, kw), (qh, qw), (oh + qh - 1, ow + qw - 1),
                  (min(sh, kh), min(sw, kw)))


def worth(x_shape, w_shape, stride, padding) -> bool:
    """Whether a strided convolution goes by phases (the rule above)."""
    if stride == (1, 1):
        return False
    n, c, f = x_shape[0], x_shape[1], w_shape[0]
    g = phases(x_shape, w_shape, stride, padding)
    out_width = g.sub_size[1] - g.sub_kernel[1] + 1
    if out_width < MIN_WIDTH or (c < MIN_CHANNELS and g.waste > 1):
        return False
    if g.waste <= WASTE:
        return n <= BATCH or f <= FEW_FILTERS or out_width >= WIDE
    return g.waste <= HIGH_WASTE and n <= HIGH_WASTE_BATCH


def _spans(g: Phases, axis: int, phase: int) -> tuple[int, int, int]:
    """(first, count, first input cell) of the cells of one phase along one axis that hold a real input cell:
    sub-image cell i is padded cell i*s + phase, input cell i*s + phase - p."""
    s, p, n, sub = g.stride[axis], g.padding[axis], g.size[axis], g.sub_size[axis]
    first = max(0, -(-(p - phase) // s))
    end = min(sub, (n - 1 + p - phase) // s + 1)
    return first, max(end - first, 0), first * s + phase - p


def _phase_pairs(g: Phases):
    """For each phase (a, b): (a, b, the sub-image's rows and columns that hold input, the input cells they hold)."""
    (sh, sw), (rh, rw) = g.stride, g.read
    for a in range(rh):
        i0, rows, r0 = _spans(g, 0, a)
        for b in range(rw):
            j0, cols, c0 = _spans(g, 1, b)
            if rows and cols:
                sub = (slice(i0, i0 + rows), slice(j0, j0 + cols))
                cells = (slice(r0, r0 + sh * (rows - 1) + 1, sh), slice(c0, c0 + sw * (cols - 1) + 1, sw))
                yield a, b, sub, cells


def split_input(x: np.ndarray, g: Phases) -> np.ndarray:
    """x (N, C, H, W) padded and split into the phases it reads: (N, C*RH*RW, HQ, WQ). Stored batch last as ops
    keeps a batch, except for a 1x1 sub-kernel, which ops computes in the (N, C, H, W) layout (conv_paths)."""
    n, c = x.shape[:2]
    (rh, rw), (hq, wq) = g.read, g.sub_size
    batch_last = g.sub_kernel != (1, 1)
    if batch_last:
        block = np.zeros((c, rh, rw, hq, wq, n), dtype=x.dtype)
        split, cells = block.transpose(5, 0, 1, 2, 3, 4), x          # (N, C, RH, RW, HQ, WQ) views
    else:
        block = split = np.zeros((n, c, rh, rw, hq, wq), dtype=x.dtype)
        cells = x
    _move_cells(g, split, cells, into_split=True)
    if batch_last:
        return block.reshape(c * rh * rw, hq, wq, n).transpose(3, 0, 1, 2)
    return block.reshape(n, c * rh * rw, hq, wq)


def split_filters(w: np.ndarray, g: Phases) -> np.ndarray:
    """w (F, C, KH, KW) as the sub-kernel filters (F, C*RH*RW, QH, QW) of the split input."""
    f, c, kh, kw = w.shape
    (sh, sw), (qh, qw), (rh, rw) = g.stride, g.sub_kernel, g.read
    padded = np.zeros((f, c, qh * sh, qw * sw), dtype=w.dtype)
    padded[:, :, :kh, :kw] = w
    entries = padded.reshape(f, c, qh, sh, qw, sw)[:, :, :, :rh, :, :rw]
    return np.ascontiguousarray(entries.transpose(0, 1, 3, 5, 2, 4)).reshape(f, c * rh * rw, qh, qw)


def merge_filter_gradient(dw_split: np.ndarray, g: Phases) -> np.ndarray:
    """The gradient (F, C*RH*RW, QH, QW) of split_filters' result as the gradient (F, C, KH, KW) of its input."""
    f = dw_split.shape[0]
    (sh, sw), (qh, qw), (kh, kw), (rh, rw) = g.stride, g.sub_kernel, g.kernel, g.read
    c = dw_split.shape[1] // (rh * rw)
    full = np.zeros((f, c, qh, sh, qw, sw), dtype=dw_split.dtype)
    full[:, :, :, :rh, :, :rw] = dw_split.reshape(f, c, rh, rw, qh, qw).transpose(0, 1, 4, 2, 5, 3)
    return np.ascontiguousarray(full.reshape(f, c, qh * sh, qw * sw)[:, :, :kh, :kw])


def merge_input_gradient(dx_split: np.ndarray, g: Phases) -> np.ndarray:
    """The gradient (N, C*RH*RW, HQ, WQ) of split_input's result as the gradient (N, C, H, W) of its input, stored
    as dx_split is. Every input cell sits in exactly one phase, so this only moves cells; padding's cells drop out."""
    (rh, rw), (h, wd) = g.read, g.size
    n, _, hq, wq = dx_split.shape
    c = dx_split.shape[1] // (rh * rw)
    split = dx_split.reshape(n, c, rh, rw, hq, wq)         # a view: the channel axis is split in place
    if dx_split.transpose(1, 2, 3, 0).flags.c_contiguous:
        dx = np.zeros((c, h, wd, n), dtype=dx_split.dtype).transpose(3, 0, 1, 2)
    else:
        dx = np.zeros((n, c, h, wd), dtype=dx_split.dtype)
    _move_cells(g, split, dx, into_split=False)
    return dx


def _move_cells(g: Phases, split: np.ndarray, cells: np.ndarray, into_split: bool) -> None:
    """Copy each phase's cells between cells (N, C, H, W) and split (N, C, RH, RW, HQ, WQ), either way. A batch
    stored last makes NumPy copy runs of N values; for the smallest batches, image by image is faster (runs of a
    row's cells, measured 2.5 times faster at batch 2)."""
    by_image = split.shape[0] <= BY_IMAGE_BATCH and split.strides[0] < split.strides[-1]
    images = [(slice(None),)] if not by_image else [(i,) for i in range(split.shape[0])]
    for a, b, (rows, cols), (in_rows, in_cols) in _phase_pairs(g):
        for i in images:
            if into_split:
                split[i + (slice(None), a, b, rows, cols)] = cells[i + (slice(None), in_rows, in_cols)]
            else:
                cells[i + (slice(None), in_rows, in_cols)] = split[i + (slice(None), a, b, rows, cols)]
