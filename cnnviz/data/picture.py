"""A picture (an opened, dropped or pasted image) fitted onto the square drawing page.

A colour picture stays in colour (R, G, B); a grey one stays grey. This only places the picture on the page as the user will see and edit it; what the network sees is the page
read back through the one preprocessing path (`preprocess.to_network_input`), as for a drawing.
"""
from __future__ import annotations

import cv2
import numpy as np

from .preprocess import _as_supported, _composite_alpha, _full_scale, _paper_level


def fit_to_page(image: np.ndarray, side: int) -> tuple[np.ndarray, bool]:
    """The image as a page, and whether it had to be resized: uint8 (side, side) grey (0 black, 255 white) for
    a grey image (or a colour file whose three channels are equal), else uint8 (side, side, 3) R, G, B.

    image: (H, W) grey, (H, W, 3) BGR or (H, W, 4) BGRA as `read_image` gives it (uint8, uint16 or float).
    The whole picture is kept: it is scaled to fit the page (INTER_AREA shrinking, INTER_LINEAR growing) and
    centred, the rest of the page filled with its paper (the median of its border per channel, as preprocessing
    takes it), so the padding adds no ink. Transparent pixels are paper. Raises ValueError for an unsupported
    array."""
    if side < 1:
        raise ValueError(f"the page side must be positive, got {side!r}")
    image = _as_supported(image)
    if image.shape[0] == 0 or image.shape[1] == 0:
        return np.full((side, side), 255, np.uint8), True
    full = _full_scale(image)
    if image.ndim == 3 and image.shape[2] == 4:
        image = _composite_alpha(image, full)
    if image.ndim == 3 and np.array_equal(image[:, :, 0], image[:, :, 1]) \
            and np.array_equal(image[:, :, 1], image[:, :, 2]):
        image = np.ascontiguousarray(image[:, :, 0])               # a grey picture stored in colour
    height, width = image.shape[:2]
    resized = (height, width) != (side, side)
    scale = side / max(height, width)
    new_h, new_w = max(1, round(height * scale)), max(1, round(width * scale))
    top, left = (side - new_h) // 2, (side - new_w) // 2
    # all channels at once (one contiguous conversion and one resize: 4x faster than plane by plane on a
    # 1600 x 1200 photo, the same numbers); only float images can leave [0, full]
    scaled = image.astype(np.float32)
    if full != 255:
        scaled *= np.float32(255.0 / full)
    if image.dtype.kind == "f":
        np.clip(scaled, 0, 255, out=scaled)
    if (new_h, new_w) != (height, width):
        method = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        scaled = cv2.resize(scaled, (new_w, new_h), interpolation=method)
    planes = [scaled] if scaled.ndim == 2 else [scaled[:, :, 2], scaled[:, :, 1], scaled[:, :, 0]]   # R, G, B
    pages = []
    for plane in planes:
        page = np.full((side, side), _paper_level(plane), np.float32)
        page[top:top + new_h, left:left + new_w] = plane
        pages.append(np.rint(page).astype(np.uint8))
    return (pages[0] if len(pages) == 1 else np.stack(pages, axis=2)), resized


def as_page(image: np.ndarray) -> np.ndarray:
    """An image as ``read_image`` gives it, kept at its size, as a page: uint8 (H, W) grey (a grey image, or a
    colour file whose three channels are equal) or uint8 (H, W, 3) R, G, B. An 8-bit grey image is returned as
    it is; 16-bit and float images are scaled to 0..255, and transparent pixels become paper (as
    preprocessing takes them). Raises ValueError for an unsupported array."""
    image = _as_supported(image)
    if image.ndim == 2 and image.dtype == np.uint8:
        return image
    full = _full_scale(image)
    if image.ndim == 3 and image.shape[2] == 4:
        image = _composite_alpha(image, full)
    if image.dtype != np.uint8:
        image = np.rint(np.clip(image.astype(np.float32) * np.float32(255.0 / full), 0, 255)).astype(np.uint8)
    if image.ndim == 2:
        return image
    pixels = image.reshape(-1, 3)
    if np.array_equal(pixels[:, 0], pixels[:, 1]) and np.array_equal(pixels[:, 1], pixels[:, 2]):
        return np.ascontiguousarray(image[:, :, 0])
    return cv2.cvtColor(image, cv2.COLOR_BGR2RGB)
