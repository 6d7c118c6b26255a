"""CSV of any single table the app shows: the input grid, a filter, a feature map, pooled values,
dense weights, the logits and probabilities.

A table is a 2-D array, or a ``Table``: the array plus optional column names (a header row) and
row names (a first column). Numbers are written at full precision for their dtype (the shortest
decimal that reads back to the same float32 or float64), so

    np.loadtxt(path, delimiter=",", dtype=table.dtype)           # a plain grid
    np.loadtxt(path, delimiter=",", skiprows=1, usecols=...)     # a named table

gives back exactly the same numbers. Files are UTF-8 (class names may be in any language). No Qt here.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..files import write_atomically
from ..engine.layers import Conv2D, Dense, Flatten, Pool2D
from ..engine.model import Sequential, Trace


@dataclass(frozen=True)
class Table:
    """values (rows, columns); columns: names over the value columns; rows: a label per row, written
    as a first column headed `corner`; title: what the table is (for a window or a file name)."""
    values: np.ndarray
    columns: tuple[str, ...] = ()
    rows: tuple[str, ...] = ()
    corner: str = ""
    title: str = ""

    def __post_init__(self):
        values = np.asarray(self.values)
        if values.ndim == 1:
            values = values[None, :]
        if values.ndim != 2:
            raise ValueError(f"a table is 2-D (rows, columns), got shape {values.shape}")
        object.__setattr__(self, "values", values)
        object.__setattr__(self, "columns", tuple(str(c) for c in self.columns))
        object.__setattr__(self, "rows", tuple(str(r) for r in self.rows))
        if self.columns and len(self.columns) != values.shape[1]:
            raise ValueError(f"table '{self.title}': {len(self.columns)} column names for {values.shape[1]} columns")
        if self.rows and len(self.rows) != values.shape[0]:
            raise ValueError(f"table '{self.title}': {len(self.rows)} row names for {values.shape[0]} rows")


def _as_table(table) -> Table:
    return table if isinstance(table, Table) else Table(np.asarray(table))


def _text(value) -> str:
    """Full precision for the value's own dtype: str of a NumPy float is its shortest round-trip repr."""
    if isinstance(value, (np.bool_, bool)):
        return str(int(value))
    if isinstance(value, np.integer):
        return str(int(value))
    if isinstance(value, np.floating):
        return str(value)
    return repr(float(value))


def _label(text) -> str:
    """A row or column label (a class or layer name) as text a spreadsheet program will not run as a formula:
    a leading =, +, -, @, tab or carriage return gets an apostrophe in front (OWASP's CSV-injection rule)."""
    text = str(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _rows(table: Table):
    if table.columns:
        yield [_label(c) for c in ([table.corner] if table.rows else []) + list(table.columns)]
    for k, row in enumerate(table.values):
        cells = [_text(v) for v in row]
        yield ([_label(table.rows[k])] if table.rows else []) + cells


def table_to_csv_text(table) -> str:
    """The CSV of a table as a string (for the clipboard)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(_rows(_as_table(table)))
    return buffer.getvalue()


def table_to_csv(table, path) -> Path:
    """Write a 2-D array (or a 1-D one, as a single row) or a Table to `path` as CSV; returns the path."""
    return write_atomically(path, table_to_csv_text(table).encode("utf-8"))   # a failed export leaves no broken file


# -- the tables the app shows ------------------------------------------------------------------
def _layer(model: Sequential, name: str, kind=None):
    try:
        layer = model.layer(name)
    except KeyError:
        names = ", ".join(layer.name for layer in model.layers)
        raise ValueError(f"model '{model.name}' has no layer named '{name}' (layers: {names})") from None
    if kind is not None and not isinstance(layer, kind):
        raise ValueError(f"layer '{name}' is a {layer.kind} layer, not a {kind.kind} layer")
    return layer


def _check_index(what: str, index: int, count: int) -> int:
    if not isinstance(index, (int, np.integer)) or not 0 <= index < count:
        raise ValueError(f"{what} must be an index from 0 to {count - 1}, got {index!r}")
    return int(index)


def input_table(trace: Trace, *, sample: int = 0, channel: int = 0) -> Table:
    """The (H, W) input grid the network saw (paper 0, ink 1)."""
    sample = _check_index("sample", sample, trace.input.shape[0])
    channel = _check_index("channel", channel, trace.input.shape[1])
    title = "input" if trace.input.shape[1] == 1 else f"input channel {channel}"
    return Table(trace.input[sample, channel], title=title)


def filter_table(model: Sequential, layer: str, filter_index: int, *, channel: int = 0) -> Table:
    """The (KH, KW) weights of one filter of a conv layer, for one input channel (its bias is separate)."""
    conv = _layer(model, layer, Conv2D)
    filter_index = _check_index("filter", filter_index, conv.out_channels)
    channel = _check_index("channel", channel, conv.in_channels)
    suffix = f" channel {channel}" if conv.in_channels > 1 else ""
    return Table(conv.weight[filter_index, channel], title=f"{layer} filter {filter_index}{suffix}")


def feature_map_table(trace: Trace, layer: str, channel: int, *, sample: int = 0) -> Table:
    """The (H, W) output map `channel` of any map stage: a conv's feature map, an activation, a pooling."""
    try:
        output = trace[layer]
    except KeyError:
        raise ValueError(f"the trace has no layer named '{layer}' "
                         f"(layers: {', '.join(s.name for s in trace.steps)})") from None
    if output.ndim != 4:
        raise ValueError(f"layer '{layer}' gives a flat vector, not feature maps")
    sample = _check_index("sample", sample, output.shape[0])
    channel = _check_index("map", channel, output.shape[1])
    return Table(output[sample, channel], title=f"{layer} map {channel}")


def pooled_table(trace: Trace, layer: str, channel: int, *, sample: int = 0) -> Table:
    """The pooled values of map `channel` of a pooling layer."""
    layers = {step.name: step.layer for step in trace.steps}
    if layer in layers and not isinstance(layers[layer], Pool2D):
        raise ValueError(f"layer '{layer}' is a {layers[layer].kind} layer, not a pooling layer")
    table = feature_map_table(trace, layer, channel, sample=sample)
    return Table(table.values, title=f"{layer} pooled {channel}")


def _feature_names(model: Sequential, index: int, count: int) -> list[str]:
    """Names of the inputs of layer `index`: (channel, row, column) after a flatten of maps."""
    if index > 0 and isinstance(model.layers[index - 1], Flatten):
        shapes = [model.input_shape] + model.shapes()
        before = shapes[index - 1]
        if len(before) == 3 and int(np.prod(before)) == count:
            return [f"ch{c} row{i} col{j}" for c, i, j in np.ndindex(*before)]
    return [f"in {k}" for k in range(count)]


def dense_weights_table(model: Sequential, layer: str | None = None, *, bias: bool = True) -> Table:
    """A dense layer's weights (out, in): one row per output (named by class for the logits layer),
    one column per input feature, and the bias as a last column. `layer` defaults to the last dense."""
    if layer is None:
        dense = [l for l in model.layers if isinstance(l, Dense)]
        if not dense:
            raise ValueError(f"model '{model.name}' has no dense layer")
        layer = dense[-1].name
    weights = _layer(model, layer, Dense)
    index = model.layers.index(weights)
    out_count, in_count = weights.weight.shape
    names = model.class_names if index == model.logits_index and out_count == len(model.class_names) \
        else tuple(f"unit {k}" for k in range(out_count))
    columns = _feature_names(model, index, in_count)
    values = weights.weight
    if bias:
        values = np.concatenate([values, weights.bias[:, None]], axis=1)
        columns = columns + ["bias"]
    return Table(values, columns=tuple(columns), rows=tuple(names), corner="output", title=f"{layer} weights")


def output_table(trace: Trace, *, sample: int = 0) -> Table:
    """The logits and probabilities of one sample, headed by the class names."""
    sample = _check_index("sample", sample, trace.logits.shape[0])
    values = np.stack([trace.logits[sample], trace.probabilities[sample]])
    return Table(values, columns=trace.class_names, rows=("logit", "probability"), corner="", title="outputs")
