"""Colour tables that turn values into RGBA, and the value -> table index mapping.

A signed value v with a fixed symmetric level L maps to index round((v / L + 1) * mid): zero
lands exactly on the neutral middle entry, -L and below on the first, +L and above on the last.
Tables are packed as uint32 so one ``np.take`` colours a whole mosaic.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

# ColorBrewer RdBu, reversed so that negative is blue and positive is red; the middle is white.
DIVERGING_STOPS = ("#053061", "#2166ac", "#4393c3", "#92c5de", "#d1e5f0", "#ffffff",
                   "#fddbc7", "#f4a582", "#d6604d", "#b2182b", "#67001f")
# Colour-blind safe (blue and orange stay apart for every common colour vision deficiency, and in
# grey the two sides still differ from white by lightness): negative blue, zero white, positive orange.
BLUE_ORANGE_STOPS = ("#003c71", "#1f6fb2", "#5fa2d6", "#a9cfee", "#dcebf7", "#ffffff",
                     "#fde3c4", "#fbb872", "#ee8a2e", "#c35f0a", "#7f3b08")
# Named diverging palettes the pipeline can switch between (``PipelineView.set_palette``).
PALETTES = {"red-blue": DIVERGING_STOPS, "blue-orange": BLUE_ORANGE_STOPS}
DEFAULT_PALETTE = "red-blue"
# Paper (0) to ink (1), as on the canvas.
INK_STOPS = ("#ffffff", "#1a1a1a")
# Between tiles: the panel background.
GAP_RGBA = (236, 236, 236, 255)
TABLE_SIZE = 255        # odd, so that one entry sits exactly on zero


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    value = hex_colour.lstrip("#")
    return tuple(int(value[i:i + 2], 16) for i in (0, 2, 4))


def _interpolate(stops, size: int) -> np.ndarray:
    """(size, 4) uint8 RGBA, linear in RGB between equally spaced stops."""
    rgb = np.array([_rgb(s) for s in stops], dtype=np.float64)
    at = np.linspace(0.0, len(stops) - 1, size)
    lower = np.minimum(at.astype(int), len(stops) - 2)
    frac = (at - lower)[:, None]
    colours = rgb[lower] * (1 - frac) + rgb[lower + 1] * frac
    out = np.full((size, 4), 255, dtype=np.uint8)
    out[:, :3] = np.rint(colours)
    return out


@dataclass(frozen=True)
class ColourTable:
    """A colour table with the value range it spans.

    ``rgba`` is (TABLE_SIZE + 1, 4) uint8: the colours, then one entry for gaps (``gap_index``).
    ``low`` and ``high`` are the values of the first and last colour; values outside saturate.
    """
    rgba: np.ndarray
    low: float
    high: float

    @property
    def size(self) -> int:
        return len(self.rgba) - 1

    @property
    def gap_index(self) -> int:
        return len(self.rgba) - 1

    @property
    def packed(self) -> np.ndarray:
        """The table as uint32, one word per RGBA entry, for ``np.take``."""
        return np.ascontiguousarray(self.rgba).view(np.uint32).ravel()

    def indices(self, values: np.ndarray, out: np.ndarray | None = None, scratch: np.ndarray | None = None) -> np.ndarray:
        """Table index (uint8) of every value; NaN gets the gap index."""
        scale = (self.size - 1) / (self.high - self.low)
        work = np.subtract(values, self.low, out=scratch, dtype=np.float32)
        work *= np.float32(scale)
        np.clip(work, 0, self.size - 1, out=work)
        np.rint(work, out=work)
        nan = np.isnan(work)
        if nan.any():
            work[nan] = self.gap_index
        if out is None:
            return work.astype(np.uint8)
        np.copyto(out, work, casting="unsafe")
        return out

    def colours(self, values: np.ndarray) -> np.ndarray:
        """(..., 4) uint8 RGBA of values; NaN is the gap colour. Not for the hot path."""
        return self.rgba[self.indices(np.asarray(values, dtype=np.float32))]

    def value_at(self, fraction: float) -> float:
        return self.low + fraction * (self.high - self.low)


def _with_gap(colours: np.ndarray) -> np.ndarray:
    return np.concatenate([colours, np.array([GAP_RGBA], dtype=np.uint8)])


def diverging_table(level: float, palette: str = DEFAULT_PALETTE) -> ColourTable:
    """Blue (-level) - white (0) - red (+level); ``palette`` names another diverging set of ``PALETTES``."""
    level = float(level)
    if not level > 0:
        raise ValueError(f"a diverging level must be positive, got {level}")
    if palette not in PALETTES:
        raise ValueError(f"unknown palette {palette!r}; choose one of {', '.join(PALETTES)}")
    return ColourTable(_with_gap(_interpolate(PALETTES[palette], TABLE_SIZE)), -level, level)


def ink_table(high: float = 1.0) -> ColourTable:
    """White paper (0) to dark ink (high), for the network input."""
    return ColourTable(_with_gap(_interpolate(INK_STOPS, TABLE_SIZE)), 0.0, float(high))


def brightness_table(high: float = 1.0) -> ColourTable:
    """Black (0) to white (high): one colour plane of a colour input, as bright as the plane is."""
    return ColourTable(_with_gap(_interpolate(INK_STOPS[::-1], TABLE_SIZE)), 0.0, float(high))


def is_dark(rgba) -> bool:
    """Whether text on this colour should be white (relative luminance below about 0.4)."""
    r, g, b = (float(c) / 255 for c in rgba[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.45


# -- single cells (the inspector's and the filter editor's tables), in the pipeline's colours ----------------------
@lru_cache(maxsize=None)
def _unit_table(palette: str) -> ColourTable:
    return diverging_table(1.0, palette)


def signed_rgb(value: float, scale: float, palette: str = DEFAULT_PALETTE) -> tuple[int, int, int]:
    """A signed value's colour on a symmetric scale, as the pipeline colours maps and filters: negative blue,
    zero white, positive the palette's positive colour (red, or orange in the colour-blind palette),
    saturating at |value| = scale."""
    t = float(value) / scale if scale > 0 else 0.0
    rgba = _unit_table(palette).colours(np.array([t], dtype=np.float32))[0]
    return int(rgba[0]), int(rgba[1]), int(rgba[2])


def ink_rgb(value: float, high: float = 1.0) -> tuple[int, int, int]:
    """An input value's colour as on the pipeline's input panel: white paper (0) to dark ink (high)."""
    rgba = _ink_unit_table().colours(np.array([float(value) / high if high > 0 else 0.0], dtype=np.float32))[0]
    return int(rgba[0]), int(rgba[1]), int(rgba[2])


@lru_cache(maxsize=1)
def _ink_unit_table() -> ColourTable:
    return ink_table(1.0)
