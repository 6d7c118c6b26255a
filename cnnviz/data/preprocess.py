"""The one preprocessing path: any image becomes network input here.

A canvas grabbed by the GUI, an image file and a synthetic sketch all go through
`to_network_input`, so what the network is trained on is what the user draws.

Convention: ink is 1.0 and paper is 0.0 in the output, whatever the colours of the
input (dark ink on light paper or light ink on dark paper).  Paper is the colour that
dominates the image border.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from pathlib import Path

# OpenCV's own pixel limit for formats whose header is not read here (read once, at the first decode)
os.environ.setdefault("OPENCV_IO_MAX_IMAGE_PIXELS", "50000000")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from ..files import errno_reason, python_error_text  # noqa: E402
from ..messages import MessageError, as_message, message, template  # noqa: E402
from .image_header import image_size  # noqa: E402

__all__ = ["ImageError", "to_network_input", "read_image", "decode_image", "load_input", "MAX_IMAGE_PIXELS",
           "MAX_IMAGE_FILE_BYTES"]

MAX_IMAGE_PIXELS = 50_000_000             # width x height of an image file (an 8000 x 6000 photo fits)
MAX_IMAGE_FILE_BYTES = 256 * 1024 * 1024
TOO_MANY_PIXELS = template("the image is {width} x {height} = {pixels:,} pixels, over the limit of {limit:,} "
                           "by {over:,}")
FILE_TOO_LARGE = template("the file is {size:,} bytes, over the limit of {limit:,}")
NOT_REGULAR = template("not a regular file (a pipe, device or socket)")

# Images larger than this (longest side, pixels) are first shrunk with INTER_AREA;
# the result is the same to within rounding, and an 8000x8000 photo stays fast.
_PRESHRINK_SIDE = 1024
# Width of the border band used to find the paper colour, as a fraction of the short side.
_BORDER_FRACTION = 0.02
# An ink value (0..1) above this counts as drawn when cropping to the bounding box.
_CROP_THRESHOLD = 0.2
# The weakest paper-to-ink contrast (fraction of the full range) that is stretched to 1.
_MIN_CONTRAST = 0.25


# Why an image file cannot be read (ids of messages, see cnnviz.messages)
CANNOT_READ = template("cannot read '{file}': {reason}")
IS_A_DIRECTORY = template("is a directory")
FILE_NOT_FOUND = template("file not found")
PERMISSION_DENIED = template("permission denied")
EMPTY_FILE = template("the file is empty")
NOT_AN_IMAGE = template("not an image or an unsupported format")


class ImageError(MessageError):
    """An image file that cannot be read; the message names the file and the reason."""

    def __init__(self, path: str | os.PathLike, reason: str):
        super().__init__(message(CANNOT_READ, file=str(path), reason=as_message(reason)))
        self.args = (str(path), reason)
        self.path = str(path)
        self.reason = reason


# --------------------------------------------------------------------------- checks


def _full_scale(image: np.ndarray) -> float:
    """The value of full white for the image's dtype (255, 65535 or 1.0)."""
    if image.dtype == np.uint8:
        return 255.0
    if image.dtype == np.uint16:
        return 65535.0
    # floats: [0, 1] is expected; a float image with values above 1 is taken as 0..255
    if image.size and float(np.nanmax(image)) > 1.0:
        return 255.0
    return 1.0


def _as_supported(image: np.ndarray) -> np.ndarray:
    """Validate shape and dtype; return uint8, uint16 or float32 data (no copy if possible)."""
    if not isinstance(image, np.ndarray):
        raise ValueError(f"image must be a NumPy array, got {type(image).__name__}")
    shape = image.shape
    if not (image.ndim == 2 or (image.ndim == 3 and shape[2] in (1, 3, 4))):
        raise ValueError(
            f"image must be 2-D gray or 3-D with 3 or 4 channels, got shape {shape}"
        )
    if image.ndim == 3 and shape[2] == 1:
        image = image[:, :, 0]
    if image.dtype == np.bool_:
        return image.astype(np.uint8) * np.uint8(255)
    if image.dtype in (np.uint8, np.uint16, np.float32):
        pass
    elif image.dtype.kind == "f":
        image = image.astype(np.float32)
    else:
        raise ValueError(
            f"image dtype {image.dtype} is not supported; use uint8, uint16 or float in [0, 1]"
        )
    if image.dtype == np.float32 and image.size and not np.isfinite(image).all():
        raise ValueError("image contains NaN or infinite values")
    return image


def _check_size(size) -> tuple[int, int]:
    try:
        height, width = (int(s) for s in size)
    except (TypeError, ValueError):
        raise ValueError(f"size must be (height, width), got {size!r}") from None
    if height < 1 or width < 1:
        raise ValueError(f"size must be positive, got {size!r}")
    return height, width


# --------------------------------------------------------------------------- steps


def _border(plane: np.ndarray) -> np.ndarray:
    """The pixels of an outer band of a 2-D plane, flattened."""
    h, w = plane.shape
    k = max(1, int(min(h, w) * _BORDER_FRACTION))
    if 2 * k >= h or 2 * k >= w:
        return plane.ravel()
    return np.concatenate(
        (plane[:k].ravel(), plane[-k:].ravel(), plane[k:-k, :k].ravel(), plane[k:-k, -k:].ravel())
    )


def _paper_level(plane: np.ndarray) -> float:
    """The paper value of a 2-D plane: the median of its border band."""
    band = _border(plane)
    middle = band.size // 2
    return float(np.partition(band, middle)[middle])


def _ink(plane: np.ndarray, full: float) -> tuple[np.ndarray, float]:
    """Turn a 2-D plane into ink (same dtype, paper 0); return (ink, scale to [0, 1]).

    Paper lighter than mid-grey means dark ink (ink = paper - value); otherwise light
    ink (ink = value - paper).  Values on the paper's far side are clipped to 0.  The
    scale maps the strongest ink to 1 (grey pencil on grey paper becomes full ink), but
    never stretches a contrast below a quarter of the full range (noise stays faint).
    """
    paper = _paper_level(plane)
    darkest, brightest, _, _ = cv2.minMaxLoc(plane)
    if paper >= full / 2:
        if paper == full and plane.dtype != np.float32:
            ink = cv2.bitwise_not(plane)  # exact full - value, the common white canvas
        else:
            ink = cv2.subtract(paper, plane)
        contrast = paper - darkest
    else:
        ink = cv2.subtract(plane, paper) if paper > 0 else plane
        contrast = brightest - paper
    return ink, 1.0 / max(contrast, _MIN_CONTRAST * full)


def _composite_alpha(image: np.ndarray, full: float) -> np.ndarray:
    """Flatten (H, W, 4) BGRA to (H, W, 3) BGR float32 so that transparent pixels are paper.

    Paper is the colour of the opaque border if most of the border is opaque; on a
    transparent background it is white for dark ink and black for light ink.
    """
    bgr = image[:, :, :3].astype(np.float32)
    alpha = image[:, :, 3].astype(np.float32) * np.float32(1.0 / full)
    opaque_border = _border(alpha) >= 0.5
    if opaque_border.mean() > 0.5:
        paper = np.array([np.median(_border(bgr[:, :, c])[opaque_border]) for c in range(3)])
    else:
        drawn = alpha >= 0.5
        if not drawn.any():
            return np.zeros(bgr.shape, np.float32)
        gray = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
        paper = np.full(3, full if np.median(gray[drawn]) < full / 2 else 0.0)
    paper = paper.astype(np.float32)
    return bgr * alpha[:, :, None] + paper * (1.0 - alpha[:, :, None])


def _letterbox(ink: np.ndarray, height: int, width: int) -> np.ndarray:
    """Pad an ink plane with paper (0) to the aspect ratio height:width, centred."""
    h, w = ink.shape
    if h * width == w * height:
        return ink
    if h * width > w * height:  # too tall: widen
        new_h, new_w = h, max(w, round(h * width / height))
    else:
        new_h, new_w = max(h, round(w * height / width)), w
    out = np.zeros((new_h, new_w), ink.dtype)
    top, left = (new_h - h) // 2, (new_w - w) // 2
    out[top:top + h, left:left + w] = ink
    return out


def _crop_box(planes: list[np.ndarray], scales: list[float], height: int, width: int,
              margin: float) -> tuple[int, int, int, int] | None:
    """(top, left, box_h, box_w) around all ink, with margin and the output's aspect; None if blank."""
    mask = None
    for plane, scale in zip(planes, scales):
        drawn = plane > _CROP_THRESHOLD / scale
        mask = drawn if mask is None else mask | drawn
    rows = np.flatnonzero(mask.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(mask.any(axis=0))
    y0, y1, x0, x1 = rows[0], rows[-1] + 1, cols[0], cols[-1] + 1
    # smallest box of the output's aspect that holds the ink, grown by the margin on each side
    box_h = max(y1 - y0, (x1 - x0) * height / width) * (1.0 + 2.0 * margin)
    box_h = max(1, round(box_h))
    box_w = max(1, round(box_h * width / height))
    top = round((y0 + y1) / 2 - box_h / 2)
    left = round((x0 + x1) / 2 - box_w / 2)
    return top, left, box_h, box_w


def _cut(plane: np.ndarray, top: int, left: int, box_h: int, box_w: int) -> np.ndarray:
    """The box of a plane, padded with paper (0) where it leaves the plane."""
    h, w = plane.shape
    out = np.zeros((box_h, box_w), plane.dtype)
    y0, x0 = max(top, 0), max(left, 0)
    y1, x1 = min(top + box_h, h), min(left + box_w, w)
    if y1 > y0 and x1 > x0:
        out[y0 - top:y1 - top, x0 - left:x1 - left] = plane[y0:y1, x0:x1]
    return out


def _colour_input(planes: list[np.ndarray], full: float, height: int, width: int, crop: bool,
                  margin: float) -> np.ndarray:
    """R, G, B (or one grey) planes as they are, scaled to [0, 1]: (3, height, width) float32.

    Margins added by letterboxing or cropping take the paper colour (each plane's border median); the crop
    box is found from the ink (distance from paper) of every plane, as for grey input.
    """
    planes = [np.ascontiguousarray(p) for p in planes]
    box = None
    if crop:
        inks, scales = zip(*(_ink(p, full) for p in planes))
        box = _crop_box(list(inks), list(scales), height, width, margin)
    framed = []
    for plane in planes:
        h, w = plane.shape
        if box is None and h * width == w * height:          # nothing to add around it: the plane as it is
            framed.append(plane)
            continue
        paper = np.float32(_paper_level(plane))
        above_paper = plane.astype(np.float32) - paper        # margins are added as 0, i.e. as paper
        above_paper = _cut(above_paper, *box) if box is not None else _letterbox(above_paper, height, width)
        framed.append(above_paper + paper)
    # one resize of the planes side by side (H, W, C): INTER_AREA treats each channel alone, as per plane
    stacked = framed[0] if len(framed) == 1 else cv2.merge(framed)
    small = cv2.resize(stacked.astype(np.float32, copy=False), (width, height), interpolation=cv2.INTER_AREA)
    small = small.reshape(height, width, len(framed))
    out = np.empty((len(framed), height, width), np.float32)
    for i in range(len(framed)):
        np.multiply(small[:, :, i], np.float32(1.0 / full), out=out[i])
    np.clip(out, 0.0, 1.0, out=out)
    return np.repeat(out, 3, axis=0) if len(framed) == 1 else out


# --------------------------------------------------------------------------- public


def to_network_input(image: np.ndarray, size: tuple[int, int] = (28, 28), *, channels: int = 1,
                     crop: bool = False, margin: float = 0.15) -> np.ndarray:
    """Turn an image into network input: float32 in [0, 1], shape (channels, H, W).

    image: (H0, W0) gray, (H0, W0, 3) BGR or (H0, W0, 4) BGRA; uint8, uint16, or float
    in [0, 1] (floats above 1 are taken as 0..255).  size: (H, W) of the output.

    channels=1 (grey models) measures ink, ink = 1: grayscale; paper is the median of
    the border band and ink is the distance from it on the side away from paper, scaled
    so the strongest ink is 1, so dark-on-light and light-on-dark give the same result
    and grey pencil on grey paper looks like pen on white; transparent pixels are paper.
    channels=3 (colour models) keeps the colours as they are: the R, G and B planes
    (in that order) scaled to [0, 1], white = 1, a grey image giving three equal planes;
    paper (the border's median colour) only fills the margins that padding or cropping
    adds and decides what counts as drawn for cropping.
    With crop=True the ink's bounding box, made square (the output's aspect) and grown
    by `margin` of its side on each side, is cut out and centred; otherwise a non-square
    image is padded with paper to the output's aspect.  Resizing uses cv2.INTER_AREA, so a
    thin stroke survives a 10x shrink.  A blank image of any colour, or an empty one,
    gives zeros.  Raises ValueError for a wrong shape, dtype, size or channel count.
    """
    height, width = _check_size(size)
    if channels not in (1, 3):
        raise ValueError(f"channels must be 1 (gray) or 3 (RGB), got {channels!r}")
    if margin < 0:
        raise ValueError(f"margin must be >= 0, got {margin!r}")
    image = _as_supported(image)
    if image.shape[0] == 0 or image.shape[1] == 0:
        return np.zeros((channels, height, width), np.float32)

    # a cheap pre-shrink keeps huge images fast; INTER_AREA averages like the final resize
    longest = max(image.shape[:2])
    if longest > _PRESHRINK_SIDE and longest > 8 * max(height, width):
        factor = _PRESHRINK_SIDE / longest
        new_w = max(1, round(image.shape[1] * factor))
        new_h = max(1, round(image.shape[0] * factor))
        image = cv2.resize(image, (new_w, new_h), interpolation=cv2.INTER_AREA)

    full = _full_scale(image)
    if image.ndim == 3 and image.shape[2] == 4:
        image = _composite_alpha(image, full)
        if full == 65535.0:  # composite is float32 on the 16-bit scale
            image = image * np.float32(1.0 / 65535.0)
            full = 1.0
        elif full == 255.0 and image.dtype == np.float32:
            image = image * np.float32(1.0 / 255.0)
            full = 1.0

    if channels == 1:
        if image.ndim == 3:
            image = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        planes = [image]
    elif image.ndim == 2:
        planes = [image]  # gray in, three equal planes out
    else:
        planes = [image[:, :, 2], image[:, :, 1], image[:, :, 0]]  # BGR -> R, G, B
    if channels == 3:
        return _colour_input(planes, full, height, width, crop, margin)

    inks, scales = zip(*(_ink(np.ascontiguousarray(p), full) for p in planes))
    inks, scales = list(inks), list(scales)

    if crop:
        box = _crop_box(inks, scales, height, width, margin)
        if box is None:
            return np.zeros((channels, height, width), np.float32)
        inks = [_cut(ink, *box) for ink in inks]
    else:
        inks = [_letterbox(ink, height, width) for ink in inks]

    out = np.empty((len(inks), height, width), np.float32)
    for i, (ink, scale) in enumerate(zip(inks, scales)):
        small = cv2.resize(ink, (width, height), interpolation=cv2.INTER_AREA)
        np.multiply(small, np.float32(scale), out=out[i], casting="unsafe")
    np.clip(out, 0.0, 1.0, out=out)
    if channels == 3 and len(inks) == 1:
        out = np.repeat(out, 3, axis=0)
    return out


def read_image(path: str | os.PathLike, flags: int = cv2.IMREAD_UNCHANGED, *,
               max_pixels: int | None = None) -> np.ndarray:
    """Read an image file as stored: (H, W) gray, (H, W, 3) BGR or (H, W, 4) BGRA.

    dtype is uint8, uint16 (16-bit files) or float32 (HDR formats).  Non-ASCII paths
    work.  Alpha is kept; `to_network_input` treats transparent pixels as paper.
    Only regular files are read (a pipe named x.png would block forever), at most
    MAX_IMAGE_FILE_BYTES of them, and an image whose header claims more than
    MAX_IMAGE_PIXELS is refused before it is decoded.  Raises ImageError naming the
    file when it is missing, a directory, not a regular file, unreadable, empty, too
    large, or not a decodable image. ``max_pixels`` replaces the pixel limit MAX_IMAGE_PIXELS (a collection's
    pages have a lower one).
    """
    p = Path(path)
    try:
        status = p.stat()
    except FileNotFoundError:
        raise ImageError(path, message(FILE_NOT_FOUND)) from None
    except OSError as error:
        raise ImageError(path, errno_reason(error.errno) if error.errno else python_error_text(error)) from None
    if stat.S_ISDIR(status.st_mode):
        raise ImageError(path, message(IS_A_DIRECTORY))
    if not stat.S_ISREG(status.st_mode):
        raise ImageError(path, message(NOT_REGULAR))
    if status.st_size > MAX_IMAGE_FILE_BYTES:
        raise ImageError(path, message(FILE_TOO_LARGE, size=status.st_size, limit=MAX_IMAGE_FILE_BYTES))
    try:
        with open(p, "rb") as handle:
            data = handle.read(MAX_IMAGE_FILE_BYTES + 1)
    except PermissionError:
        raise ImageError(path, message(PERMISSION_DENIED)) from None
    except OSError as error:
        raise ImageError(path, errno_reason(error.errno) if error.errno else python_error_text(error)) from None
    return decode_image(data, path, flags, max_pixels=max_pixels)


def decode_image(data: bytes, path: str | os.PathLike, flags: int = cv2.IMREAD_UNCHANGED, *,
                 max_pixels: int | None = None) -> np.ndarray:
    """Decode an image file's bytes (see read_image); ``path`` only names the file in errors."""
    max_pixels = MAX_IMAGE_PIXELS if max_pixels is None else max_pixels
    if len(data) == 0:
        raise ImageError(path, message(EMPTY_FILE))
    size = image_size(data)
    if size is not None and size[0] * size[1] > max_pixels:
        width, height = size
        raise ImageError(path, message(TOO_MANY_PIXELS, width=width, height=height, pixels=width * height,
                                       limit=max_pixels, over=width * height - max_pixels))
    try:
        with quiet_stderr():      # libpng and OpenCV print their own warnings; the error below is the one message
            image = cv2.imdecode(np.frombuffer(data, np.uint8), flags)
    except cv2.error:
        image = None
    if image is None or image.size == 0:
        raise ImageError(path, message(NOT_AN_IMAGE))
    if image.shape[0] * image.shape[1] > max_pixels:       # a format whose header was not read above
        height, width = image.shape[:2]
        raise ImageError(path, message(TOO_MANY_PIXELS, width=width, height=height, pixels=width * height,
                                       limit=max_pixels, over=width * height - max_pixels))
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    return image


@contextlib.contextmanager
def quiet_stderr():
    """Send what native libraries write to the process's stderr (file descriptor 2) to /dev/null for a while."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError, AttributeError):
        yield
        return
    try:
        with open(os.devnull, "wb") as sink:
            os.dup2(sink.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def load_input(path: str | os.PathLike, size: tuple[int, int] = (28, 28), *, channels: int = 1,
               crop: bool = False) -> np.ndarray:
    """read_image + to_network_input: float32 (channels, H, W) in [0, 1], ink = 1.

    Raises ImageError naming the file, also for what the image holds (NaN pixels)."""
    image = read_image(path)
    try:
        return to_network_input(image, size, channels=channels, crop=crop)
    except ValueError as exc:
        raise ImageError(path, str(exc)) from None
