"""What the inspector points at, and how that survives a change of model.

A target is ``("cell", layer_name, index)`` (the index of one output cell of a layer, without the sample:
``(map, row, column)`` for a map, ``(unit,)`` for a vector) or ``("class", class_index)``. When the model
changes, a pinned target is carried over only if the new model has such a cell: same layer name, same number
of axes; a map keeps its number if it still exists and its row and column are scaled to the new map size
(pool1 13x13 -> 8x8 keeps the cell over the same part of the drawing). Anything else is dropped, so no view
is ever asked about a cell that does not exist.
"""
from __future__ import annotations

from cnnviz.engine import Sequential

Target = tuple


def layer_shape(model: Sequential, layer_name: str) -> tuple[int, ...] | None:
    """Output shape (one sample) of the layer with this name, or None if the model has no such layer."""
    names = [layer.name for layer in model.layers]
    if layer_name not in names:
        return None
    try:
        return tuple(model.shapes()[names.index(layer_name)])
    except Exception:       # noqa: BLE001 - a model whose shapes do not chain has no cells to point at
        return None


def cell_exists(model: Sequential | None, target: Target | None) -> bool:
    """True if ``target`` names a cell or class of ``model``."""
    if model is None or not target:
        return False
    if target[0] == "class":
        return len(target) == 2 and 0 <= int(target[1]) < len(model.class_names)
    if target[0] != "cell" or len(target) != 3:
        return False
    shape = layer_shape(model, target[1])
    index = tuple(target[2])
    return shape is not None and len(index) == len(shape) and all(0 <= i < n for i, n in zip(index, shape))


def without_sample(model: Sequential | None, target: Target | None) -> Target | None:
    """``target`` with plain ints, and a cell index given with its sample ((n, map, row, column)) without it."""
    if not target:
        return None
    if target[0] != "cell":
        return (target[0], int(target[1]))
    index = tuple(int(v) for v in target[2])
    shape = layer_shape(model, target[1]) if model is not None else None
    if shape is not None and len(index) == len(shape) + 1:
        index = index[1:]
    return ("cell", target[1], index)


def remap_target(target: Target | None, old: Sequential | None, new: Sequential | None) -> Target | None:
    """The target of ``new`` that stands where ``target`` stood in ``old``, or None if there is none."""
    if target is None or new is None:
        return None
    if target[0] == "class":
        return target if cell_exists(new, target) else None
    if target[0] != "cell" or len(target) != 3:
        return None
    name, index = target[1], tuple(int(v) for v in target[2])
    new_shape = layer_shape(new, name)
    if new_shape is None or len(index) != len(new_shape):
        return None
    old_shape = layer_shape(old, name) if old is not None else None
    if old_shape is None or len(old_shape) != len(index) or old_shape == new_shape:
        moved = index
    else:       # first axis: the map (or unit) number; further axes: positions, scaled to the new size
        moved = (index[0],) + tuple(min(n - 1, (i * 2 + 1) * n // (2 * m))
                                    for i, m, n in zip(index[1:], old_shape[1:], new_shape[1:]))
    candidate = ("cell", name, moved)
    return candidate if cell_exists(new, candidate) else None
