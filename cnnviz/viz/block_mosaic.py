"""Blocks (maps, dL/dw tiles, dense rows) side by side in one float image, and the way back from a pixel.

    image, layout = tile_blocks(blocks)          # blocks (n, h, w) -> image (H, W), NaN in the gaps
    block_at(layout, y, x)                       # (n, dy, dx) of the block pixel under image pixel (y, x), or None
    kernel_cell((C, KH, KW), dy, dx)             # (c, u, v) of a kernel_block pixel, or None over a gap
No Qt.
"""
from __future__ import annotations

import math

import numpy as np

from .mosaic import MosaicLayout


def tile_blocks(blocks: np.ndarray, columns: int | None = None, gap: int = 1) -> tuple[np.ndarray, MosaicLayout]:
    """n blocks (n, h, w) in a near-square grid (or ``columns`` across) as one (H, W) float32 image."""
    blocks = np.asarray(blocks, dtype=np.float32)
    count = len(blocks)
    columns = columns or math.ceil(math.sqrt(count))
    layout = MosaicLayout(count, blocks.shape[1:], max(1, min(columns, count)), gap)
    height = layout.rows * layout.pitch[0] + gap
    image = np.full((height, layout.shape[1]), np.nan, np.float32)
    h, w = blocks.shape[1:]
    for i, block in enumerate(blocks):
        y, x = layout.origin(i)
        image[y:y + h, x:x + w] = block
    return image, layout


def block_at(layout: MosaicLayout, y: float, x: float) -> tuple[int, int, int] | None:
    """(block index, row, column inside the block) under image pixel (y, x), or None over a gap."""
    index = layout.tile_at(y, x)
    if index is None:
        return None
    top, left = layout.origin(index)
    return index, int(math.floor(y)) - top, int(math.floor(x)) - left


def kernel_cell(kernel_shape, dy: int, dx: int) -> tuple[int, int, int] | None:
    """(channel, u, v) of pixel (dy, dx) of a kernel_block / kernel_blocks block of (C, KH, KW) kernels."""
    channels, kh, kw = kernel_shape
    columns = math.ceil(math.sqrt(channels))
    (r, u), (q, v) = divmod(dy, kh + 1), divmod(dx, kw + 1)
    c = r * columns + q
    if dy < 0 or dx < 0 or u >= kh or v >= kw or q >= columns or c >= channels:
        return None
    return c, u, v
