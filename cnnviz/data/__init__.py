"""Data for cnnviz: synthetic hand-drawn sketches and the one preprocessing path.

NumPy + OpenCV only; never imports Qt.
"""

from .preprocess import ImageError, load_input, read_image, to_network_input
from .sketches import (
    CLASS_NAMES,
    PLACEMENTS,
    SHAPE_NAMES,
    circle_strokes,
    cross_strokes,
    make_dataset,
    make_sketch,
    render_strokes,
    triangle_strokes,
)

__all__ = [
    "CLASS_NAMES",
    "PLACEMENTS",
    "SHAPE_NAMES",
    "ImageError",
    "circle_strokes",
    "cross_strokes",
    "load_input",
    "make_dataset",
    "make_sketch",
    "read_image",
    "render_strokes",
    "triangle_strokes",
    "to_network_input",
]
