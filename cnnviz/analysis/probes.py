"""Probes: what does the network tolerate? The same drawing moved, scaled, turned, thickened or
made noisy, and the class probabilities of every variant.

* ``translation_map``: the drawing moved so that its bounding-box centre sits on every point of a
  G x G grid over the canvas; the probabilities form a (G, G, K) heatmap over positions.
* ``sweep``: one parameter (shift, scale, rotation, thickness, noise) over an array of values; the
  probabilities form a curve (V, K).

Every variant goes through the caller's ``preprocess`` (pass ``cnnviz.data.to_network_input``) and
the variants are classified in chunks, one batched forward pass per chunk. The engine stays free of
OpenCV: the drawing is moved here by whole canvas pixels with NumPy slicing (exact, nothing is
resampled), and the sweep's transforms come in as a callable from ``cnnviz.data.transforms``.

Long work is a plain generator (``iter_translation_map``, ``iter_sweep``) that yields a
``ProbeProgress`` after every chunk, the last one carrying the result; a GUI worker turns each yield
into a signal and cancels by no longer asking for the next one. ``translation_map`` and ``sweep``
run the same generators to the end, with optional ``progress(done, total)`` and ``should_stop()``
callbacks. The probes work on a private copy of the model, so the caller may keep using its own;
from a worker thread, hand over a ``model.copy()`` made in the GUI thread (weights being trained in
place must not be copied half-way through a step).

Pure NumPy: no Qt, no OpenCV.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

import numpy as np

from ..engine.model import Sequential
from ..messages import MessageError, message, template

BLANK_CANVAS = template("the canvas is blank: draw something to probe")

SWEEP_PARAMETERS = ("shift_x", "shift_y", "scale", "rotation", "thickness", "noise")
INK_THRESHOLD = 0.2         # a pixel is ink when it differs from the paper by more than this part of full scale
DEFAULT_CHUNK = 256         # variants per forward pass: ~6 MB of im2col for ox-cnn, near the best speed


@dataclass(frozen=True)
class ProbeProgress:
    """Where a probe is: ``done`` of ``total`` variants classified. ``probabilities`` is a copy of the
    result so far (NaN where not computed yet), shaped like the final one; ``result`` is set on the
    last progress only."""
    done: int
    total: int
    probabilities: np.ndarray
    result: "TranslationMap | Sweep | None" = None

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 1.0


@dataclass(frozen=True)
class TranslationMap:
    """Class probabilities of the drawing moved to each grid position.

    Row i, column j is the grid point at canvas (x, y) = ``centres[i, j]``: the drawing's bounding-box
    centre was moved there, rounded to whole pixels: by ``shifts[i, j]`` = (dx, dy) canvas pixels.
    Parts moved off the canvas are lost (unless ``keep_inside`` was asked for).
    """
    probabilities: np.ndarray          # (G, G, K)
    logits: np.ndarray                 # (G, G, K)
    centres: np.ndarray                # (G, G, 2) float x, y: the grid points
    shifts: np.ndarray                 # (G, G, 2) int dx, dy actually applied
    drawing_centre: tuple[float, float]
    class_names: tuple[str, ...]
    keep_inside: bool
    complete: bool = True

    def probability(self, class_name: str) -> np.ndarray:
        """(G, G) heatmap of one class."""
        return self.probabilities[:, :, self.class_names.index(class_name)]


@dataclass(frozen=True)
class Sweep:
    """Class probabilities against the values of one transform parameter."""
    parameter: str
    values: np.ndarray                 # (V,)
    probabilities: np.ndarray          # (V, K)
    logits: np.ndarray                 # (V, K)
    class_names: tuple[str, ...]
    complete: bool = True


# ---------------------------------------------------------------------------------------------
# the drawing on its canvas

def paper_level(image: np.ndarray) -> np.ndarray:
    """The paper's value: the median of the outermost ring of pixels (per channel for (H, W, C))."""
    ring = np.concatenate([image[0], image[-1], image[1:-1, 0], image[1:-1, -1]])
    return np.median(ring, axis=0).astype(image.dtype)


def _full_scale(image: np.ndarray) -> float:
    if image.dtype == np.uint8:
        return 255.0
    if image.dtype == np.uint16:
        return 65535.0
    return 1.0


def ink_bounds(image: np.ndarray) -> tuple[int, int, int, int] | None:
    """(x0, y0, x1, y1), inclusive, of the pixels that differ from the paper by more than
    INK_THRESHOLD of full scale; None for a blank image. image: (H, W) or (H, W, C)."""
    _check_image(image)
    difference = np.abs(image.astype(np.float32) - paper_level(image).astype(np.float32))
    if difference.ndim == 3:
        difference = difference.max(axis=2)
    ink = difference > INK_THRESHOLD * _full_scale(image)
    rows, cols = np.flatnonzero(ink.any(axis=1)), np.flatnonzero(ink.any(axis=0))
    if rows.size == 0:
        return None
    return int(cols[0]), int(rows[0]), int(cols[-1]), int(rows[-1])


def drawing_centre(image: np.ndarray) -> tuple[float, float]:
    """(x, y) of the centre of the ink's bounding box; ValueError for a blank canvas."""
    box = ink_bounds(image)
    if box is None:
        raise MessageError(message(BLANK_CANVAS))
    x0, y0, x1, y1 = box
    return (x0 + x1) / 2, (y0 + y1) / 2


def shift_image(image: np.ndarray, dx: int, dy: int, *, paper=None, out: np.ndarray | None = None) -> np.ndarray:
    """The image moved by whole pixels (dx right, dy down); uncovered pixels become paper and what
    leaves the canvas is lost. Exact: nothing is resampled. ``out`` may be a buffer to fill."""
    dx, dy = int(dx), int(dy)
    if out is None:
        out = np.empty_like(image)
    out[...] = paper_level(image) if paper is None else paper
    h, w = image.shape[:2]
    if abs(dx) < w and abs(dy) < h:
        out[max(dy, 0):h + min(dy, 0), max(dx, 0):w + min(dx, 0)] = \
            image[max(-dy, 0):h + min(-dy, 0), max(-dx, 0):w + min(-dx, 0)]
    return out


def grid_centres(height: int, width: int, grid=(28, 28)) -> np.ndarray:
    """(G_rows, G_cols, 2) float x, y: the centres of a regular grid of cells over the canvas
    (for 280 pixels and 28 cells: 4.5, 14.5, ..., 274.5, one point per network-input pixel)."""
    rows, cols = _grid(grid)
    ys = (np.arange(rows) + 0.5) * height / rows - 0.5
    xs = (np.arange(cols) + 0.5) * width / cols - 0.5
    centres = np.empty((rows, cols, 2))
    centres[:, :, 0], centres[:, :, 1] = xs[None, :], ys[:, None]
    return centres


def _grid(grid) -> tuple[int, int]:
    rows, cols = (grid, grid) if isinstance(grid, (int, np.integer)) else grid
    if int(rows) < 1 or int(cols) < 1:
        raise ValueError(f"grid must be at least 1 x 1, got {grid!r}")
    return int(rows), int(cols)


def _check_image(image) -> None:
    if not isinstance(image, np.ndarray) or image.ndim not in (2, 3) or min(image.shape[:2]) < 3:
        shape = getattr(image, "shape", None)
        raise ValueError(f"the canvas must be an (H, W) or (H, W, C) image of at least 3 x 3 pixels, got {shape}")


def _round_half_up(values: np.ndarray) -> np.ndarray:
    return np.floor(values + 0.5).astype(np.int64)


def translation_shifts(image: np.ndarray, grid=(28, 28), *, keep_inside: bool = False):
    """(centres (G, G, 2), shifts (G, G, 2) int, drawing centre): where the drawing goes for each cell.

    keep_inside=False (the default): the drawing's centre goes onto every grid point even if part of
    the drawing then falls off the canvas (what leaves is lost), so the map covers the whole canvas
    evenly and shows what happens at the edges. keep_inside=True clamps each shift so the ink's
    bounding box stays on the canvas; positions near the edges then repeat the nearest one inside.
    """
    x0, y0, x1, y1 = ink_bounds(image) or (None,) * 4
    if x0 is None:
        raise MessageError(message(BLANK_CANVAS))
    h, w = image.shape[:2]
    centre = ((x0 + x1) / 2, (y0 + y1) / 2)
    centres = grid_centres(h, w, grid)
    shifts = _round_half_up(centres - np.array(centre))
    if keep_inside:
        shifts[:, :, 0] = np.clip(shifts[:, :, 0], -x0, w - 1 - x1)
        shifts[:, :, 1] = np.clip(shifts[:, :, 1], -y0, h - 1 - y1)
    return centres, shifts, centre


# ---------------------------------------------------------------------------------------------
# running variants through the model in chunks

def _classify(model: Sequential, count: int, make_input: Callable[[int], np.ndarray],
              chunk: int) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """Yield (start, logits, probabilities) for each chunk of variants 0..count-1."""
    if chunk < 1:
        raise ValueError(f"chunk must be at least 1, got {chunk}")
    batch = None
    for start in range(0, count, chunk):
        stop = min(start + chunk, count)
        for i in range(start, stop):
            x = np.asarray(make_input(i))
            if batch is None:
                batch = np.empty((min(chunk, count),) + x.shape, dtype=x.dtype if x.dtype.kind == "f" else np.float32)
            batch[i - start] = x
        trace = model.forward(batch[:stop - start])
        yield start, trace.logits, trace.probabilities


def _private(model: Sequential) -> Sequential:
    return model.copy()


def iter_translation_map(model: Sequential, image: np.ndarray, *, grid=(28, 28),
                         preprocess: Callable[[np.ndarray], np.ndarray], keep_inside: bool = False,
                         chunk: int = DEFAULT_CHUNK) -> Iterator[ProbeProgress]:
    """The translation map as a generator of progress; the last ProbeProgress holds the TranslationMap.

    image: the canvas as drawn, (H, W) or (H, W, C), e.g. uint8 dark ink on white paper.
    preprocess(canvas) -> (C, H, W) network input: pass ``cnnviz.data.to_network_input`` (or a
    functools.partial of it with the model's size and crop setting).
    """
    _check_image(image)
    centres, shifts, centre = translation_shifts(image, grid, keep_inside=keep_inside)
    rows, cols = shifts.shape[:2]
    flat = shifts.reshape(-1, 2)
    paper, canvas = paper_level(image), np.empty_like(image)
    net = _private(model)
    k = len(net.class_names)

    def make_input(i):
        return preprocess(shift_image(image, flat[i, 0], flat[i, 1], paper=paper, out=canvas))

    logits = np.full((rows * cols, k), np.nan)
    probabilities = np.full((rows * cols, k), np.nan)
    for start, chunk_logits, chunk_probabilities in _classify(net, rows * cols, make_input, chunk):
        stop = start + len(chunk_logits)
        logits[start:stop], probabilities[start:stop] = chunk_logits, chunk_probabilities
        done = stop == rows * cols
        result = None
        if done:
            result = TranslationMap(probabilities.reshape(rows, cols, k), logits.reshape(rows, cols, k), centres,
                                    shifts, centre, net.class_names, keep_inside)
        yield ProbeProgress(stop, rows * cols, probabilities.reshape(rows, cols, k).copy(), result)


def translation_map(model: Sequential, image: np.ndarray, *, grid=(28, 28),
                    preprocess: Callable[[np.ndarray], np.ndarray], keep_inside: bool = False,
                    chunk: int = DEFAULT_CHUNK, progress: Callable[[int, int], None] | None = None,
                    should_stop: Callable[[], bool] | None = None) -> TranslationMap:
    """Class probabilities (G, G, K) of the drawing moved to every point of a G x G grid over the canvas.

    The drawing's bounding-box centre goes onto each grid point (see ``translation_shifts`` for
    ``keep_inside``), the moved canvas goes through ``preprocess`` and the model, in batches of
    ``chunk``. ``progress(done, total)`` is called after every chunk; ``should_stop()`` before each
    one: when it returns True the map comes back early with ``complete=False`` and NaN where it was
    not computed.
    """
    stub = _partial_map(model, image, grid, keep_inside)
    return _drive(iter_translation_map(model, image, grid=grid, preprocess=preprocess, keep_inside=keep_inside,
                                       chunk=chunk), progress, should_stop, stub)


def _partial_map(model, image, grid, keep_inside):
    def build(partial: np.ndarray | None) -> TranslationMap:
        centres, shifts, centre = translation_shifts(image, grid, keep_inside=keep_inside)
        shape = shifts.shape[:2] + (len(model.class_names),)
        probabilities = np.full(shape, np.nan) if partial is None else partial
        logits = np.full(shape, np.nan)          # the partial logits are not kept: the map is incomplete
        return TranslationMap(probabilities, logits, centres, shifts, centre, tuple(model.class_names),
                              keep_inside, complete=False)
    return build


def _drive(generator, progress, should_stop, incomplete):
    """Run a probe generator to its end, or until should_stop(); returns the result."""
    last = None
    try:
        while True:
            if should_stop is not None and should_stop():
                return incomplete(None if last is None else last.probabilities)
            try:
                last = next(generator)
            except StopIteration:
                break
            if progress is not None:
                progress(last.done, last.total)
            if last.result is not None:
                return last.result
    finally:
        generator.close()
    return incomplete(None if last is None else last.probabilities)


def iter_sweep(model: Sequential, strokes: Sequence[np.ndarray], *, parameter: str, values,
               variant: Callable[[Sequence[np.ndarray], str, float], np.ndarray],
               preprocess: Callable[[np.ndarray], np.ndarray], chunk: int = DEFAULT_CHUNK) -> Iterator[ProbeProgress]:
    """The sweep as a generator of progress; the last ProbeProgress holds the Sweep.

    variant(strokes, parameter, value) -> canvas image: pass ``cnnviz.data.transforms.variant`` (or a
    functools.partial of it with the pen width, canvas size and noise seed).
    """
    if parameter not in SWEEP_PARAMETERS:
        raise ValueError(f"parameter must be one of {', '.join(SWEEP_PARAMETERS)}, got {parameter!r}")
    values = np.asarray(values, dtype=np.float64).ravel()
    if values.size == 0 or not np.all(np.isfinite(values)):
        raise ValueError("values must be a non-empty array of finite numbers")
    net = _private(model)
    k, count = len(net.class_names), values.size
    logits, probabilities = np.full((count, k), np.nan), np.full((count, k), np.nan)

    def make_input(i):
        return preprocess(variant(strokes, parameter, float(values[i])))

    for start, chunk_logits, chunk_probabilities in _classify(net, count, make_input, chunk):
        stop = start + len(chunk_logits)
        logits[start:stop], probabilities[start:stop] = chunk_logits, chunk_probabilities
        result = Sweep(parameter, values, probabilities, logits, net.class_names) if stop == count else None
        yield ProbeProgress(stop, count, probabilities.copy(), result)


def sweep(model: Sequential, strokes: Sequence[np.ndarray], *, parameter: str, values,
          variant: Callable[[Sequence[np.ndarray], str, float], np.ndarray],
          preprocess: Callable[[np.ndarray], np.ndarray], chunk: int = DEFAULT_CHUNK,
          progress: Callable[[int, int], None] | None = None,
          should_stop: Callable[[], bool] | None = None) -> Sweep:
    """Class probabilities (V, K) of the drawing transformed by each value of one parameter.

    parameter: "shift_x", "shift_y" (canvas pixels), "scale" (factor about the drawing's centre),
    "rotation" (degrees about the centre, counter-clockwise on screen), "thickness" (pen width in
    canvas pixels) or "noise" (amount 0..1); the meaning is ``variant``'s. Callbacks as in
    ``translation_map``; a stopped sweep comes back with ``complete=False`` and NaN rows.
    """
    values_array = np.asarray(values, dtype=np.float64).ravel()

    def incomplete(partial):
        shape = (values_array.size, len(model.class_names))
        probabilities = np.full(shape, np.nan) if partial is None else partial
        return Sweep(parameter, values_array, probabilities, np.full(shape, np.nan), tuple(model.class_names),
                     complete=False)

    return _drive(iter_sweep(model, strokes, parameter=parameter, values=values, variant=variant,
                             preprocess=preprocess, chunk=chunk), progress, should_stop, incomplete)
