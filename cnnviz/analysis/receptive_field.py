"""Receptive-field geometry: which cells of a layer's input a set of its output cells reads.

Plain NumPy over one sample: masks are bool arrays without the batch axis, (C, H, W) for maps and (K,) for
vectors. ``conv_window`` is the window itself, zero padding included, so a view can show where a filter
reaches past the input's edge; ``input_mask`` is the part of it inside the input, for any layer.
"""
from __future__ import annotations

import numpy as np

from cnnviz.engine import ops
from cnnviz.engine.layers import (Activation, Conv2D, ConvTranspose2D, Dense, Flatten, Layer, Pool2D, Softmax,
                                  Standardize, Upsample)
from cnnviz.messages import MessageError, message, template

NO_FIELD_RULE = template("layer '{layer}': no receptive field rule for a {kind} layer")


class ReceptiveFieldError(MessageError):
    """A layer of a kind whose receptive field is not known."""


def conv_window(layer: Conv2D, out_mask: np.ndarray) -> tuple[int, int, int, int] | None:
    """[r0, r1) x [c0, c1): the bounding window in input coordinates (padding counted, so it may start
    below 0 or end past the input) of the conv cells marked in ``out_mask`` (F, H_out, W_out) or
    (H_out, W_out); None if none is marked. Cell (i, j) reads rows i*s - p to i*s - p + k."""
    hits = out_mask.any(axis=0) if out_mask.ndim == 3 else out_mask
    if not hits.any():
        return None
    (kh, kw), (sh, sw), (ph, pw) = layer.kernel_size, layer.stride, layer.padding
    rows, cols = np.flatnonzero(hits.any(axis=1)), np.flatnonzero(hits.any(axis=0))
    return (int(rows[0]) * sh - ph, int(rows[-1]) * sh - ph + kh,
            int(cols[0]) * sw - pw, int(cols[-1]) * sw - pw + kw)


def pool_bins(layer: Pool2D, in_hw: tuple[int, int], out_hw: tuple[int, int]) -> tuple[list, list]:
    """The [start, end) rows and columns each output cell of a pooling layer pools."""
    h, w = in_hw
    if layer.adaptive:
        return ops.adaptive_bins(h, layer.output_size[0]), ops.adaptive_bins(w, layer.output_size[1])
    (kh, kw), (sh, sw) = layer.size, layer.stride
    return ([(i * sh, i * sh + kh) for i in range(out_hw[0])], [(j * sw, j * sw + kw) for j in range(out_hw[1])])


def input_mask(layer: Layer, out_mask: np.ndarray, in_shape: tuple[int, ...]) -> np.ndarray:
    """Cells of one sample's input (``in_shape``) that the True cells of ``out_mask`` depend on."""
    mask = np.zeros(in_shape, dtype=bool)
    if isinstance(layer, (Activation, Standardize)):      # cell by cell
        return out_mask.copy()
    if isinstance(layer, Flatten):
        return out_mask.reshape(in_shape).copy()
    if isinstance(layer, (Dense, Softmax)):
        mask[...] = bool(out_mask.any())
        return mask
    if isinstance(layer, Conv2D):
        _, h, w = in_shape
        (kh, kw), (sh, sw), (ph, pw) = layer.kernel_size, layer.stride, layer.padding
        for i, j in zip(*np.nonzero(out_mask.any(axis=0))):
            r0, c0 = i * sh - ph, j * sw - pw
            mask[:, max(r0, 0):min(r0 + kh, h), max(c0, 0):min(c0 + kw, w)] = True
        return mask
    if isinstance(layer, Pool2D):
        rows, cols = pool_bins(layer, in_shape[1:], out_mask.shape[1:])
        for c, i, j in zip(*np.nonzero(out_mask)):
            mask[c, rows[i][0]:rows[i][1], cols[j][0]:cols[j][1]] = True
        return mask
    if isinstance(layer, (ConvTranspose2D, Upsample)):
        from .explain_transpose import input_cells_mask
        return input_cells_mask(layer, out_mask, in_shape)
    raise ReceptiveFieldError(message(NO_FIELD_RULE, layer=layer.name, kind=layer.kind))
