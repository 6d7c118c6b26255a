"""Tiling a layer's maps into one RGBA image, so a whole layer is one image item to paint.

A mosaic is a grid of tiles separated (and surrounded) by ``gap`` pixels. A tile holds one map and,
optionally, a static block on its left (a filter's weights) that is coloured once. Every frame only
the map cells are recoloured, through one strided view, into a buffer allocated once.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import as_strided

from .colormap import ColourTable


@dataclass(frozen=True)
class MosaicLayout:
    """Where the tiles go: ``count`` tiles of ``tile_shape`` (h, w) in ``columns`` columns."""
    count: int
    tile_shape: tuple[int, int]
    columns: int
    gap: int = 1

    def __post_init__(self):
        if self.count < 1 or self.columns < 1 or min(self.tile_shape) < 1 or self.gap < 0:
            raise ValueError(f"invalid mosaic layout {self}")

    @property
    def rows(self) -> int:
        return math.ceil(self.count / self.columns)

    @property
    def pitch(self) -> tuple[int, int]:
        return self.tile_shape[0] + self.gap, self.tile_shape[1] + self.gap

    @property
    def shape(self) -> tuple[int, int]:
        """(height, width) of the whole mosaic in pixels, gaps around the edge included."""
        return self.rows * self.pitch[0] + self.gap, min(self.columns, self.count) * self.pitch[1] + self.gap

    def origin(self, index: int) -> tuple[int, int]:
        """(y, x) of the top-left pixel of tile ``index``."""
        row, column = divmod(index, self.columns)
        return self.gap + row * self.pitch[0], self.gap + column * self.pitch[1]

    def tile_at(self, y: float, x: float) -> int | None:
        """The tile under mosaic pixel (y, x), or None over a gap or outside."""
        row, dy = divmod(int(math.floor(y)) - self.gap, self.pitch[0])
        column, dx = divmod(int(math.floor(x)) - self.gap, self.pitch[1])
        if not (0 <= row < self.rows and 0 <= column < self.columns) or dy >= self.tile_shape[0] \
                or dx >= self.tile_shape[1]:
            return None
        index = row * self.columns + column
        return index if index < self.count else None

    def cells(self, buffer: np.ndarray, offset: tuple[int, int], size: tuple[int, int]) -> np.ndarray:
        """Writable view (rows, columns, h, w) of the (h, w) rectangle at ``offset`` inside every grid slot."""
        if buffer.shape[:2] != (self.rows * self.pitch[0] + self.gap, self.columns * self.pitch[1] + self.gap):
            raise ValueError("buffer does not have the full grid shape of this layout")
        s0, s1 = buffer.strides[:2]
        start = buffer[self.gap + offset[0]:, self.gap + offset[1]:]
        shape = (self.rows, self.columns, size[0], size[1]) + buffer.shape[2:]
        strides = (self.pitch[0] * s0, self.pitch[1] * s1, s0, s1) + buffer.strides[2:]
        return as_strided(start, shape, strides, writeable=True)


def kernel_block(weights: np.ndarray, *, gap_value: float = np.nan) -> np.ndarray:
    """One filter's weights (C, KH, KW) as one 2-D block: the C kernels in a near-square grid, 1 px apart.

    Gaps are ``gap_value`` (NaN: drawn in the gap colour).
    """
    weights = np.asarray(weights, dtype=np.float32)
    if weights.ndim == 2:
        weights = weights[None]
    channels, kh, kw = weights.shape
    columns = math.ceil(math.sqrt(channels))
    rows = math.ceil(channels / columns)
    block = np.full((rows * (kh + 1) - 1, columns * (kw + 1) - 1), gap_value, dtype=np.float32)
    for c in range(channels):
        r, q = divmod(c, columns)
        block[r * (kh + 1):r * (kh + 1) + kh, q * (kw + 1):q * (kw + 1) + kw] = weights[c]
    return block


@dataclass(frozen=True)
class TileGeometry:
    tile_shape: tuple[int, int]
    map_offset: tuple[int, int]
    lead_scale: int
    lead_shape: tuple[int, int]


def tile_geometry(map_shape, lead_shape=None, gap: int = 1, lead_share: float = 1.0) -> TileGeometry:
    """Size of a tile holding a map and, on its left, a lead block scaled up by a whole factor to about
    ``lead_share`` of the map's height (at least 1), one gap + 1 pixels apart."""
    mh, mw = (int(v) for v in map_shape)
    if lead_shape is None:
        return TileGeometry((mh, mw), (0, 0), 0, (0, 0))
    lh, lw = (int(v) for v in lead_shape)
    scale = max(1, int(mh * lead_share) // lh)
    lead = (lh * scale, lw * scale)
    tile_h = max(mh, lead[0])
    offset = ((tile_h - mh) // 2, lead[1] + gap + 1)
    return TileGeometry((tile_h, offset[1] + mw), offset, scale, lead)


class MosaicImage:
    """The RGBA pixels of one layer: ``count`` maps of ``map_shape`` coloured by ``table``.

    ``lead`` (optional, (count, bh, bw) floats) is a static block drawn left of each map, coloured by
    ``lead_table`` and scaled up by a whole factor to about ``lead_share`` of the map's height (for filter
    weights). ``update(maps)`` recolours the maps in place; ``rgba`` is the (H, W, 4) uint8 image to show.

    ``argb=True`` keeps the pixels as Qt's 32-bit ARGB words instead (``words``, (H, W) uint32, 0xAARRGGBB: a
    QImage of Format_RGB32 reads them in place, the raster engine's fastest format to scale; ``rgba`` is then
    not available). ``opaque`` says whether every colour in use has alpha 255 (the colormap's tables all do).
    """

    def __init__(self, count: int, map_shape: tuple[int, int], table: ColourTable, *, columns: int = 1,
                 gap: int = 1, lead: np.ndarray | None = None, lead_table: ColourTable | None = None,
                 lead_share: float = 1.0, argb: bool = False):
        self.argb = bool(argb)
        self.opaque = True
        self.count, self.map_shape, self.table = int(count), tuple(int(v) for v in map_shape), table
        mh, mw = self.map_shape
        if lead is not None:
            lead = np.asarray(lead, dtype=np.float32)
            if lead.ndim != 3 or len(lead) != self.count:
                raise ValueError(f"lead must be (count, h, w) with count {self.count}, got {lead.shape}")
        geometry = tile_geometry(self.map_shape, None if lead is None else lead.shape[1:], gap, lead_share)
        self.lead_scale, self.lead_shape, self.map_offset = geometry.lead_scale, geometry.lead_shape, geometry.map_offset
        self.layout = MosaicLayout(self.count, geometry.tile_shape, max(1, min(columns, self.count)), gap)
        grid_shape = (self.layout.rows * self.layout.pitch[0] + gap, self.layout.columns * self.layout.pitch[1] + gap)
        self._packed = self._packing(table)
        self._words = np.full(grid_shape, self._packed[table.gap_index], dtype=np.uint32)
        self._map_cells = self.layout.cells(self._words, self.map_offset, self.map_shape)
        slots = self.layout.rows * self.layout.columns
        self._indices = np.full((slots, mh, mw), table.gap_index, dtype=np.uint8)
        self._scratch = np.empty((self.count, mh, mw), dtype=np.float32)
        self._tile_words = np.empty((slots, mh, mw), dtype=np.uint32)
        self.values = np.zeros((self.count, mh, mw), dtype=np.float32)
        if lead is not None:
            self._paint_lead(lead, lead_table or table)
        self.update(self.values)

    def set_table(self, table: ColourTable) -> None:
        """Colour the maps with another table from now on (e.g. a diverging one for differences) and
        recolour the maps shown; the lead blocks keep their own colours."""
        self.table, self._packed = table, self._packing(table)
        self.update(self.values)

    def set_lead(self, lead: np.ndarray) -> None:
        """Repaint the lead blocks (count, bh, bw) with new values, e.g. filters that were trained."""
        lead = np.asarray(lead, dtype=np.float32)
        if not self.lead_scale or lead.shape != np.shape(self.lead):
            raise ValueError(f"expected lead blocks of shape {np.shape(getattr(self, 'lead', None))}, got {lead.shape}")
        self._paint_lead(lead, self.lead_table)

    def _paint_lead(self, lead: np.ndarray, table: ColourTable) -> None:
        self.lead_table = table
        k = self.lead_scale
        big = np.repeat(np.repeat(lead, k, axis=1), k, axis=2)
        words = self._packing(table)[table.indices(big)]
        top = (self.layout.tile_shape[0] - self.lead_shape[0]) // 2
        for i in range(self.count):
            y, x = self.layout.origin(i)
            self._words[y + top:y + top + self.lead_shape[0], x:x + self.lead_shape[1]] = words[i]
        self.lead = lead

    def _packing(self, table: ColourTable) -> np.ndarray:
        """The table as the uint32 words this mosaic stores: RGBA bytes, or ARGB32 words (``argb``)."""
        self.opaque = self.opaque and bool((table.rgba[:, 3] == 255).all())
        if not self.argb:
            return table.packed
        rgba = table.rgba.astype(np.uint32)
        return (rgba[:, 3] << 24) | (rgba[:, 0] << 16) | (rgba[:, 1] << 8) | rgba[:, 2]

    @property
    def rgba(self) -> np.ndarray:
        """(H, W, 4) uint8 view of the pixels (no copy)."""
        if self.argb:
            raise ValueError("this mosaic keeps ARGB32 words: read .words")
        return self._words.view(np.uint8).reshape(self._words.shape + (4,))

    @property
    def words(self) -> np.ndarray:
        """(H, W) uint32 pixels, one word per pixel (RGBA bytes, or 0xAARRGGBB with ``argb``), no copy."""
        return self._words

    @property
    def shape(self) -> tuple[int, int]:
        return self._words.shape

    def update(self, maps: np.ndarray, table: ColourTable | None = None) -> None:
        """Recolour the maps (count, h, w) with this mosaic's levels, or from now on with ``table`` (one pass, where
        set_table then update would colour twice); keeps a reference as ``values``."""
        if maps.shape != self.values.shape:
            raise ValueError(f"expected maps of shape {self.values.shape}, got {maps.shape}")
        if table is not None and table is not self.table:
            self.table, self._packed = table, self._packing(table)
        self.values = maps
        self.table.indices(maps, out=self._indices[:self.count], scratch=self._scratch)
        np.take(self._packed, self._indices, out=self._tile_words)
        rows, columns, mh, mw = self._map_cells.shape
        self._map_cells[...] = self._tile_words.reshape(rows, columns, mh, mw)

    def map_rect(self, index: int) -> tuple[int, int, int, int]:
        """(y, x, h, w) of map ``index`` in mosaic pixels."""
        y, x = self.layout.origin(index)
        return y + self.map_offset[0], x + self.map_offset[1], self.map_shape[0], self.map_shape[1]

    def lead_rect(self, index: int) -> tuple[int, int, int, int] | None:
        if not self.lead_scale:
            return None
        y, x = self.layout.origin(index)
        return y + (self.layout.tile_shape[0] - self.lead_shape[0]) // 2, x, self.lead_shape[0], self.lead_shape[1]
