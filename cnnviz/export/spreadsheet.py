"""The spreadsheet bridge: a model's forward pass as an .xlsx workbook of formulas, and filters back.

``export_workbook`` writes one sheet per stage, like the spreadsheet CNN of the lecture:

    about          what the workbook is, the sheets, the prediction cnnviz made
    input          the (C, H, W) input values, ink = 1.0 (plain numbers)
    conv1          the filters (yellow weight blocks, orange bias cells) and the feature maps, every
                   map cell =SUMPRODUCT(patch on the previous sheet, filter block) + bias cell
                   (one SUMPRODUCT per input channel; flip=True uses a rotated copy of each filter
                   whose cells are formulas pointing at the original weights)
    relu1          =MAX(0, cell) (or the formula of the activation)
    pool1          =MAX(window) / =MIN(window) / =AVERAGE(window), adaptive bins as in PyTorch
    flatten        the features as one column in flatten order (channel, row, column)
    dense          the weights, one column per output, the biases, and the outputs
                   =SUMPRODUCT(weight column, flattened features) + bias
    softmax        =EXP(logit - MAX(logits)) and =e / SUM(e), with the class names
    cnnviz         (hidden) where the weight and bias blocks are, so they can be read back

A stage whose next layer is a padded convolution is laid out with a border of zero cells (grey), so
that every patch is a plain range. openpyxl writes formulas without cached results, so the workbook
asks to be recalculated on open (``fullCalcOnLoad``); Excel, LibreOffice and Google Sheets do. The
softmax sheet also holds cnnviz's own numbers as plain values, for comparison.

``import_filters`` reads the (edited) weight and bias blocks back into a copy of the model.
No Qt here.
"""
from __future__ import annotations

import json
import math
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from openpyxl import Workbook, load_workbook
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.utils.exceptions import InvalidFileException

from ..engine import ops
from ..files import write_atomically
from ..messages import message, template
from ..engine.layers import Activation, Conv2D, Dense, Flatten, Pool2D, Softmax, Standardize
from ..engine.model import Sequential, Trace
from ..analysis.channels import plane_names

MAX_WORKBOOK_UNPACKED_BYTES = 256 * 1024 * 1024      # the parts of an .xlsx unpacked (an export is a few MB)
WORKBOOK_TOO_LARGE = template("cannot read '{file}': the workbook unpacks to {size:,} bytes, over the limit of "
                              "{limit:,}")
NESTED_TOO_DEEPLY = template("cannot read '{file}': not an .xlsx workbook (its XML is nested too deeply)")

FORMAT = "cnnviz-workbook"
VERSION = 1
META_SHEET = "cnnviz"
ABOUT_SHEET = "about"
INPUT_SHEET = "input"
PROBABILITIES = "probabilities"   # the stage added when a model does not end in a softmax layer
_BLOCK_COLUMNS = ["layer", "kind", "parameter", "index", "shape", "sheet", "range", "layout"]
_STAGE_COLUMNS = ["stage", "sheet", "shape", "cells"]

MAX_COLUMNS = 110          # maps are wrapped into rows of blocks about this many columns wide
MAP_WIDTH = 4.7            # column width (characters) and row height (points) that make map cells square
MAP_HEIGHT = 26

_TITLE = Font(bold=True, size=13)
_NOTE = Font(italic=True, size=9, color="595959")
_LABEL = Font(bold=True, size=9, color="404040")
_MAP = Font(size=8)
_HALO = Font(size=8, color="A6A6A6")
_WEIGHT_FILL = PatternFill("solid", start_color="FFF2CC")
_BIAS_FILL = PatternFill("solid", start_color="FCE4D6")
_ROTATED_FILL = PatternFill("solid", start_color="EDEDED")
_HALO_FILL = PatternFill("solid", start_color="F2F2F2")
_CENTER = Alignment(horizontal="center", vertical="center")
_MAP_FORMAT = "0.00"
_WEIGHT_FORMAT = "0.000"
_PROBABILITY_FORMAT = "0.0000"


class WorkbookError(ValueError):
    """A workbook cannot be written or read back; the message names the sheet and cell."""


# -- references --------------------------------------------------------------------------------
def _sheet_ref(name: str) -> str:
    """A sheet name as it appears in a formula, quoted when it could be misread."""
    plain = re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name)
    cell_like = re.fullmatch(r"[A-Za-z]{1,3}[0-9]+|[RrCc][0-9]*([RrCc][0-9]*)?|true|false", name, re.I)
    if plain and not cell_like:
        return name
    return "'" + name.replace("'", "''") + "'"


def _addr(row: int, col: int, *, absolute: bool = False) -> str:
    if absolute:
        return f"${get_column_letter(col)}${row}"
    return f"{get_column_letter(col)}{row}"


def _range(r0: int, c0: int, r1: int, c1: int, *, absolute: bool = False) -> str:
    if (r0, c0) == (r1, c1):
        return _addr(r0, c0, absolute=absolute)
    return f"{_addr(r0, c0, absolute=absolute)}:{_addr(r1, c1, absolute=absolute)}"


@dataclass
class _Maps:
    """Where a (C, H, W) stage sits: the sheet and, per channel, the cell of map[c, 0, 0]."""
    sheet: str
    shape: tuple[int, int, int]
    origins: list[tuple[int, int]]
    halo: tuple[int, int] = (0, 0)     # zero border around each map (padding of the next conv)

    def cell(self, c: int, i: int, j: int) -> tuple[int, int]:
        r, k = self.origins[c]
        return r + i, k + j

    def ref(self, c: int, i0: int, j0: int, i1: int, j1: int) -> str:
        """The rectangle of map c from (i0, j0) to (i1, j1) inclusive, with the sheet name."""
        (r0, c0), (r1, c1) = self.cell(c, i0, j0), self.cell(c, i1, j1)
        return f"{_sheet_ref(self.sheet)}!{_range(r0, c0, r1, c1)}"


@dataclass
class _Vector:
    """Where a flat stage sits: one column, element k at row top + k."""
    sheet: str
    top: int
    col: int
    length: int
    labels: list[str] = field(default_factory=list)

    def cell(self, k: int) -> tuple[int, int]:
        return self.top + k, self.col

    def ref(self, k: int) -> str:
        return f"{_sheet_ref(self.sheet)}!{_addr(*self.cell(k))}"

    def whole(self, *, absolute: bool = True) -> str:
        bottom = self.top + self.length - 1
        return f"{_sheet_ref(self.sheet)}!{_range(self.top, self.col, bottom, self.col, absolute=absolute)}"


def _grid(count: int, height: int, width: int, top: int, *, left: int = 2, gap: int = 1):
    """Place `count` blocks of height x width (label row included) in rows of at most MAX_COLUMNS
    columns. Returns the (row, col) of each block's corner and the first free row below."""
    fit = max(1, MAX_COLUMNS // (width + gap))
    bands = math.ceil(count / fit)
    per_row = math.ceil(count / bands)
    corners = [(top + (k // per_row) * (height + gap), left + (k % per_row) * (width + gap)) for k in range(count)]
    return corners, top + bands * (height + gap)


def _number(value) -> float:
    """A float32 as its shortest decimal (0.1, not 0.10000000149011612), which reads back exactly."""
    if isinstance(value, np.floating) and value.dtype == np.float32:
        return float(str(value))
    return float(value)


def _sheet_title(name: str, taken: set[str]) -> str:
    """A legal, unique (case-insensitively) sheet title for a layer name."""
    base = re.sub(r"[\[\]:*?/\\]", "_", name).strip("'") or "layer"
    title, k = base[:31], 2
    while title.lower() in taken or title.lower() == "history":
        suffix = f"_{k}"
        title, k = base[:31 - len(suffix)] + suffix, k + 1
    taken.add(title.lower())
    return title


# -- writing -----------------------------------------------------------------------------------
class _Writer:
    def __init__(self, model: Sequential, trace: Trace, sample: int):
        self.model, self.trace, self.sample = model, trace, sample
        self.wb = Workbook()
        self.wb.active.title = ABOUT_SHEET
        self.taken = {ABOUT_SHEET, META_SHEET, INPUT_SHEET}
        self.blocks: list[list] = []           # rows of the metadata table of weight and bias blocks
        self.stages: list[list] = []           # rows of the metadata table of where each stage's values are
        self.sheets: list[tuple[str, str]] = []  # (sheet, what it holds) for the about sheet
        self.prediction = ""                     # the cell holding the predicted class name

    # helpers
    def new_sheet(self, title: str, heading: str, note: str):
        ws = self.wb.create_sheet(title)
        ws["A1"] = heading
        ws["A1"].font = _TITLE
        ws["A2"] = note
        ws["A2"].font = _NOTE
        ws.column_dimensions["A"].width = 3
        ws.sheet_view.zoomScale = 85
        return ws

    def halo_for(self, index: int) -> tuple[int, int]:
        """Padding the layer after stage `index` needs (stage -1 is the input)."""
        following = self.model.layers[index + 1] if index + 1 < len(self.model.layers) else None
        return tuple(following.padding) if isinstance(following, Conv2D) else (0, 0)

    def output(self, index: int) -> np.ndarray:
        """One sample's output of layer `index` (-1: the input), as the engine computed it."""
        if index < 0:
            return self.trace.input[self.sample]
        return self.trace.steps[index].output[self.sample]

    def write_maps(self, ws, values: np.ndarray, top: int, halo, label, *, formula=None, scale="diverging"):
        """Lay out a (C, H, W) stack with a label above each map; cells hold formula(c, i, j) or the
        values themselves. Returns the placement and the first free row below."""
        c_count, h, w = values.shape
        ph, pw = halo
        corners, bottom = _grid(c_count, h + 2 * ph + 1, w + 2 * pw, top)
        placement = _Maps(ws.title, (c_count, h, w), [(r + 1 + ph, k + pw) for r, k in corners], (ph, pw))
        areas = []
        for c, (r, k) in enumerate(corners):
            ws.cell(r, k, label(c)).font = _LABEL
            for i in range(-ph, h + ph):
                for j in range(-pw, w + pw):
                    row, col = placement.cell(c, i, j)
                    if 0 <= i < h and 0 <= j < w:
                        cell = ws.cell(row, col, formula(c, i, j) if formula else _number(values[c, i, j]))
                        cell.font, cell.number_format = _MAP, _MAP_FORMAT
                    else:
                        cell = ws.cell(row, col, 0)
                        cell.font, cell.fill, cell.number_format = _HALO, _HALO_FILL, "0"
                    cell.alignment = _CENTER
            areas.append(_range(*placement.cell(c, 0, 0), *placement.cell(c, h - 1, w - 1)))
            for i in range(h + 2 * ph):
                ws.row_dimensions[r + 1 + i].height = MAP_HEIGHT
        self.colour(ws, areas, values, scale)
        last = max(k for _, k in corners) + w + 2 * pw
        for col in range(2, last + 1):
            ws.column_dimensions[get_column_letter(col)].width = MAP_WIDTH
        return placement, bottom

    @staticmethod
    def colour(ws, areas, values, scale="diverging"):
        """A colour scale like the lecture's sheet: white at zero, blue below, red above (or, for the
        input, white paper to grey ink)."""
        if not areas:
            return
        finite = np.asarray(values, dtype=np.float64)
        finite = finite[np.isfinite(finite)]
        top = float(np.abs(finite).max()) if finite.size else 1.0
        top = top or 1.0
        if scale == "ink":
            rule = ColorScaleRule(start_type="num", start_value=0, start_color="FFFFFF",
                                  end_type="num", end_value=top, end_color="7F7F7F")
        else:
            rule = ColorScaleRule(start_type="num", start_value=-top, start_color="4393C3",
                                  mid_type="num", mid_value=0, mid_color="FFFFFF",
                                  end_type="num", end_value=top, end_color="D6604D")
        ws.conditional_formatting.add(" ".join(areas), rule)

    def weight_block(self, ws, row, col, values: np.ndarray, *, fill=_WEIGHT_FILL):
        for i in range(values.shape[0]):
            for j in range(values.shape[1]):
                cell = ws.cell(row + i, col + j, _number(values[i, j]))
                cell.fill, cell.font, cell.number_format, cell.alignment = fill, _MAP, _WEIGHT_FORMAT, _CENTER
        return _range(row, col, row + values.shape[0] - 1, col + values.shape[1] - 1)

    def record(self, layer, key: str, index, sheet: str, where: str, layout: str):
        shape = list(layer.params[key].shape)
        self.blocks.append([layer.name, layer.kind, key, json.dumps(list(index)), json.dumps(shape), sheet, where,
                            layout])

    # stages
    def input_sheet(self) -> _Maps:
        x = self.output(-1)
        c, h, w = x.shape
        seen = ("its red, green and blue planes, 0.0 dark to 1.0 full" if c == 3 and self.model.input_shape[0] == 3
                else "paper 0.0, ink 1.0")
        ws = self.new_sheet(INPUT_SHEET, f"input: {c} x {h} x {w}",
                            f"The picture as the network sees it: {seen}. Plain numbers; "
                            "everything on the later sheets is computed from them.")
        names = self.model.input_channel_names
        placement, _ = self.write_maps(ws, x, 4, self.halo_for(-1), lambda k: names[k], scale="ink")
        self.sheets.append((ws.title, f"the input, {c} x {h} x {w}"))
        return placement

    def conv_sheet(self, index: int, layer: Conv2D, source: _Maps) -> _Maps:
        f_count, c_count, kh, kw = layer.weight.shape
        (sh, sw), (ph, pw) = layer.stride, layer.padding
        title = _sheet_title(layer.name, self.taken)
        what = "convolution (filters rotated 180 degrees)" if layer.flip else "convolution"
        ws = self.new_sheet(
            title, f"{layer.name}: {what}, {f_count} filters of {c_count} x {kh} x {kw}, stride {sh} x {sw}, "
                   f"padding {ph} x {pw}",
            f"Each feature-map cell = SUMPRODUCT(the patch of '{source.sheet}' under the filter, the filter) "
            f"+ bias{', summed over the input channels' if c_count > 1 else ''}. Edit the yellow weights and "
            f"orange biases, save, and import the workbook back into cnnviz."
            + (" The grey blocks are the filters rotated by 180 degrees (true convolution); they follow the "
               "yellow ones, which are the ones to edit." if layer.flip else ""))
        ws.cell(4, 2, "filters").font = _LABEL
        band = c_count * (kw + 1) + 2 + (c_count * (kw + 1) if layer.flip else 0)
        corners, bottom = _grid(f_count, kh + 1, band - 1, 5)
        filter_refs: dict[tuple[int, int], str] = {}
        bias_refs: dict[int, str] = {}
        weight_areas = []
        planes = plane_names(self.model.layers, self.model.input_shape[0], layer.name)    # R, G, B on colour planes
        for f, (r, k) in enumerate(corners):
            for c in range(c_count):
                col = k + c * (kw + 1)
                name = f"filter {f}" + ((f" {planes[c]}" if len(planes) == c_count else f" ch {c}")
                                        if c_count > 1 else "")
                ws.cell(r, col, name).font = _LABEL
                where = self.weight_block(ws, r + 1, col, layer.weight[f, c])
                weight_areas.append(where)
                self.record(layer, "weight", (f, c), title, where, "block")
                filter_refs[f, c] = _range(r + 1, col, r + kh, col + kw - 1, absolute=True)
            bias_col = k + c_count * (kw + 1)
            ws.cell(r, bias_col, "bias").font = _LABEL
            cell = ws.cell(r + 1, bias_col, _number(layer.bias[f]))
            cell.fill, cell.font, cell.number_format, cell.alignment = _BIAS_FILL, _MAP, _WEIGHT_FORMAT, _CENTER
            self.record(layer, "bias", (f,), title, _addr(r + 1, bias_col), "cell")
            bias_refs[f] = _addr(r + 1, bias_col, absolute=True)
            if layer.flip:     # a rotated copy made of formulas, so editing the originals still works
                for c in range(c_count):
                    col = bias_col + 2 + c * (kw + 1)
                    ws.cell(r, col, "rotated 180°").font = _LABEL
                    for u in range(kh):
                        for v in range(kw):
                            cell = ws.cell(r + 1 + u, col + v, "=" + _addr(r + kh - u, k + c * (kw + 1) + kw - 1 - v))
                            cell.fill, cell.font, cell.number_format, cell.alignment = (_ROTATED_FILL, _MAP,
                                                                                        _WEIGHT_FORMAT, _CENTER)
                    filter_refs[f, c] = _range(r + 1, col, r + kh, col + kw - 1, absolute=True)
            for i in range(kh):
                ws.row_dimensions[r + 1 + i].height = MAP_HEIGHT
        self.colour(ws, weight_areas, layer.weight)
        for col in range(2, max(k for _, k in corners) + band):
            ws.column_dimensions[get_column_letter(col)].width = MAP_WIDTH

        def formula(f, i, j):
            r0, c0 = i * sh - ph, j * sw - pw
            parts = [f"SUMPRODUCT({source.ref(c, r0, c0, r0 + kh - 1, c0 + kw - 1)},{filter_refs[f, c]})"
                     for c in range(c_count)]
            return "=" + "+".join(parts) + "+" + bias_refs[f]

        ws.cell(bottom + 1, 2, "feature maps").font = _LABEL
        placement, _ = self.write_maps(ws, self.output(index), bottom + 2, self.halo_for(index),
                                       lambda f: f"feature map {f}", formula=formula)
        self.sheets.append((title, f"{f_count} filters and their feature maps"))
        return placement

    def activation_formula(self, function: str, x: str) -> str:
        formulas = {
            "relu": f"=MAX(0,{x})",
            "identity": f"={x}",
            "sigmoid": f"=IF({x}>=0,1/(1+EXP(-{x})),EXP({x})/(1+EXP({x})))",
            "tanh": f"=TANH({x})",
            "leaky_relu": f"=IF({x}>0,{x},{ops.LEAKY_SLOPE!r}*{x})",
        }
        if function not in formulas:
            raise WorkbookError(f"activation '{function}' has no spreadsheet formula")
        return formulas[function]

    def activation_sheet(self, index: int, layer: Activation, source):
        title = _sheet_title(layer.name, self.taken)
        example = self.activation_formula(layer.function, "x")[1:]
        ws = self.new_sheet(title, f"{layer.name}: {layer.function}",
                            f"Each cell = {example}, where x is the same cell on '{source.sheet}'.")
        self.sheets.append((title, f"{layer.function} of '{source.sheet}'"))
        if isinstance(source, _Maps):
            placement, _ = self.write_maps(
                ws, self.output(index), 4, self.halo_for(index), lambda c: f"{layer.function} of map {c}",
                formula=lambda c, i, j: self.activation_formula(
                    layer.function, f"{_sheet_ref(source.sheet)}!{_addr(*source.cell(c, i, j))}"))
            return placement
        return self.vector_table(ws, index, source.labels, lambda k: self.activation_formula(layer.function,
                                                                                               source.ref(k)))

    def standardize_sheet(self, index: int, layer: Standardize, source: _Maps) -> _Maps:
        title = _sheet_title(layer.name, self.taken)
        ws = self.new_sheet(title, f"{layer.name}: standardise each channel, (x - mean) / std",
                            f"Each cell = (x - mean) / std of its channel, where x is the same cell on "
                            f"'{source.sheet}' and mean and std were measured on the training data.")
        names = self.model.input_channel_names if source.shape[0] == self.model.input_shape[0] else None

        def label(c):
            name = names[c] if names else f"channel {c}"
            return f"{name}: mean {float(layer.mean[c]):.4g}, std {float(layer.std[c]):.4g}"

        placement, _ = self.write_maps(
            ws, self.output(index), 4, self.halo_for(index), label,
            formula=lambda c, i, j: f"=({_sheet_ref(source.sheet)}!{_addr(*source.cell(c, i, j))}"
                                    f"-{_number(layer.mean[c])})/{_number(layer.std[c])}")
        self.sheets.append((title, f"'{source.sheet}' standardised"))
        return placement

    def pool_sheet(self, index: int, layer: Pool2D, source: _Maps) -> _Maps:
        c_count, h, w = source.shape
        function = {"max": "MAX", "min": "MIN", "avg": "AVERAGE"}[layer.mode]
        title = _sheet_title(layer.name, self.taken)
        if layer.adaptive:
            oh, ow = layer.output_size
            rows, cols = ops.adaptive_bins(h, oh), ops.adaptive_bins(w, ow)
            how = f"onto a {oh} x {ow} grid (bins as in PyTorch: bin i covers floor(i*n/k) .. ceil((i+1)*n/k)-1)"
        else:
            (kh, kw), (sh, sw) = layer.size, layer.stride
            oh, ow = ops.output_size(h, kh, sh), ops.output_size(w, kw, sw)
            rows = [(i * sh, i * sh + kh) for i in range(oh)]
            cols = [(j * sw, j * sw + kw) for j in range(ow)]
            how = f"over {kh} x {kw} windows, stride {sh} x {sw}"
        ws = self.new_sheet(title, f"{layer.name}: {layer.mode} pooling {how}",
                            f"Each cell = {function}(its window on '{source.sheet}').")

        def formula(c, i, j):
            (r0, r1), (c0, c1) = rows[i], cols[j]
            return f"={function}({source.ref(c, r0, c0, r1 - 1, c1 - 1)})"

        placement, _ = self.write_maps(ws, self.output(index), 4, self.halo_for(index),
                                       lambda c: f"pooled {c}", formula=formula)
        self.sheets.append((title, f"{layer.mode} pooling of '{source.sheet}'"))
        return placement

    def vector_table(self, ws, index: int, labels: list[str], formula, *, header="value") -> _Vector:
        ws.cell(4, 1, "#").font = _LABEL
        ws.cell(4, 2, "what").font = _LABEL
        ws.cell(4, 3, header).font = _LABEL
        ws.column_dimensions["B"].width = 18
        ws.column_dimensions["C"].width = 11
        values = self.output(index)
        for k, label in enumerate(labels):
            ws.cell(5 + k, 1, k).font = _MAP
            ws.cell(5 + k, 2, label).font = _MAP
            cell = ws.cell(5 + k, 3, formula(k))
            cell.font, cell.number_format = _MAP, "0.0000"
        self.colour(ws, [_range(5, 3, 4 + len(labels), 3)], values)
        return _Vector(ws.title, 5, 3, len(labels), list(labels))

    def flatten_sheet(self, index: int, layer: Flatten, source) -> _Vector:
        title = _sheet_title(layer.name, self.taken)
        ws = self.new_sheet(title, f"{layer.name}: the maps of '{source.sheet}' as one column",
                            "In flatten order: channel by channel, each map row by row "
                            "(index = (channel * rows + row) * columns + column).")
        self.sheets.append((title, f"'{source.sheet}' flattened"))
        if isinstance(source, _Vector):
            return self.vector_table(ws, index, source.labels, source.ref)
        c_count, h, w = source.shape
        for col, text in enumerate(("#", "channel", "row", "col", "value"), start=1):
            ws.cell(4, col, text).font = _LABEL
        ws.freeze_panes = "A5"
        ws.column_dimensions["E"].width = 11
        labels = []
        for k, (c, i, j) in enumerate(np.ndindex(c_count, h, w)):
            for col, value in enumerate((k, c, i, j), start=1):
                ws.cell(5 + k, col, value).font = _MAP
            cell = ws.cell(5 + k, 5, f"={_sheet_ref(source.sheet)}!{_addr(*source.cell(c, i, j))}")
            cell.font, cell.number_format = _MAP, "0.0000"
            labels.append(f"ch {c}, row {i}, col {j}")
        self.colour(ws, [_range(5, 5, 4 + len(labels), 5)], self.output(index))
        return _Vector(title, 5, 5, len(labels), labels)

    def dense_sheet(self, index: int, layer: Dense, source: _Vector) -> _Vector:
        out_count, in_count = layer.weight.shape
        title = _sheet_title(layer.name, self.taken)
        logits = index == self.model.logits_index
        names = list(self.model.class_names) if logits and out_count == len(self.model.class_names) \
            else [f"unit {k}" for k in range(out_count)]
        ws = self.new_sheet(
            title, f"{layer.name}: fully connected, {in_count} inputs -> {out_count} outputs"
                   + (" (the logits)" if logits else ""),
            f"One yellow column of weights per output, one row per input feature of '{source.sheet}', the "
            f"biases below them. Each output = SUMPRODUCT(its weight column, the features) + its bias.")
        top = 5
        ws.freeze_panes = ws.cell(top, 3)
        ws.cell(top - 1, 1, "#").font = _LABEL
        ws.cell(top - 1, 2, "input feature").font = _LABEL
        ws.column_dimensions["B"].width = 20
        for k in range(in_count):
            ws.cell(top + k, 1, k).font = _MAP
            ws.cell(top + k, 2, source.labels[k] if k < len(source.labels) else f"feature {k}").font = _MAP
        for o, name in enumerate(names):
            ws.cell(top - 1, 3 + o, f"w -> {name}").font = _LABEL
            ws.column_dimensions[get_column_letter(3 + o)].width = 11
        where = self.weight_block(ws, top, 3, layer.weight.T)
        self.record(layer, "weight", (), title, where, "transposed")
        bias_row = top + in_count
        ws.cell(bias_row, 2, "bias").font = _LABEL
        for o in range(out_count):
            cell = ws.cell(bias_row, 3 + o, _number(layer.bias[o]))
            cell.fill, cell.font, cell.number_format, cell.alignment = _BIAS_FILL, _MAP, _WEIGHT_FORMAT, _CENTER
        self.record(layer, "bias", (), title, _range(bias_row, 3, bias_row, 2 + out_count), "row")
        self.colour(ws, [where], layer.weight)

        out_col = 3 + out_count + 1
        for k, text in enumerate(("output", "value", "cnnviz computed")):
            ws.cell(top - 1, out_col + k, text).font = _LABEL
            ws.column_dimensions[get_column_letter(out_col + k)].width = 14
        features = source.whole()
        values = self.output(index)
        for o, name in enumerate(names):
            ws.cell(top + o, out_col, name).font = _MAP
            weights = _range(top, 3 + o, top + in_count - 1, 3 + o, absolute=True)
            bias = _addr(bias_row, 3 + o, absolute=True)
            cell = ws.cell(top + o, out_col + 1, f"=SUMPRODUCT({weights},{features})+{bias}")
            cell.font, cell.number_format = _LABEL, "0.0000"
            cell = ws.cell(top + o, out_col + 2, _number(values[o]))
            cell.font, cell.number_format = _NOTE, "0.0000"
        self.sheets.append((title, f"fully connected: {in_count} -> {out_count}" + (", the logits" if logits else "")))
        return _Vector(title, top, out_col + 1, out_count, names)

    def softmax_sheet(self, title: str, heading: str, source: _Vector, computed: np.ndarray) -> _Vector:
        ws = self.new_sheet(title, heading,
                            "e = EXP(logit - the largest logit) (the shift keeps EXP from overflowing and does "
                            "not change the result); probability = e / SUM(e).")
        count = source.length
        names = list(self.model.class_names) if count == len(self.model.class_names) else source.labels
        for col, text in enumerate(("class", "logit", "e = exp(logit - max)", "probability", "cnnviz computed"), 1):
            ws.cell(4, col, text).font = _LABEL
            ws.column_dimensions[get_column_letter(col)].width = 20 if col == 3 else 14
        logits = _range(5, 2, 4 + count, 2, absolute=True)
        exps = _range(5, 3, 4 + count, 3, absolute=True)
        probs = _range(5, 4, 4 + count, 4, absolute=True)
        for k in range(count):
            ws.cell(5 + k, 1, names[k]).font = _LABEL
            ws.cell(5 + k, 2, f"={source.ref(k)}").number_format = "0.0000"
            ws.cell(5 + k, 3, f"=EXP(B{5 + k}-MAX({logits}))").number_format = "0.0000"
            cell = ws.cell(5 + k, 4, f"=C{5 + k}/SUM({exps})")
            cell.font, cell.number_format = _LABEL, _PROBABILITY_FORMAT
            cell = ws.cell(5 + k, 5, _number(computed[k]))
            cell.font, cell.number_format = _NOTE, _PROBABILITY_FORMAT
        row = 5 + count + 1
        ws.cell(row, 1, "prediction").font = _LABEL
        classes = _range(5, 1, 4 + count, 1, absolute=True)
        ws.cell(row, 4, f"=INDEX({classes},MATCH(MAX({probs}),{probs},0))").font = _TITLE
        ws.cell(row, 5, names[int(np.argmax(computed))]).font = _NOTE
        self.colour(ws, [_range(5, 4, 4 + count, 4)], np.array([1.0]))
        self.sheets.append((title, "softmax: the probabilities and the prediction"))
        self.prediction = f"{_sheet_ref(title)}!{_addr(row, 4)}"
        return _Vector(title, 5, 4, count, names)

    def record_stage(self, name: str, placement):
        if isinstance(placement, _Maps):
            shape, origins = list(placement.shape), [_addr(r, c) for r, c in placement.origins]
        else:
            shape, origins = [placement.length], [_addr(placement.top, placement.col)]
        self.stages.append([name, placement.sheet, json.dumps(shape), json.dumps(origins)])

    # the whole workbook
    def build(self):
        placement = self.input_sheet()
        self.record_stage(INPUT_SHEET, placement)
        for index, layer in enumerate(self.model.layers):
            if isinstance(layer, Conv2D) and isinstance(placement, _Maps):
                placement = self.conv_sheet(index, layer, placement)
            elif isinstance(layer, Activation):
                placement = self.activation_sheet(index, layer, placement)
            elif isinstance(layer, Standardize) and isinstance(placement, _Maps):
                placement = self.standardize_sheet(index, layer, placement)
            elif isinstance(layer, Pool2D) and isinstance(placement, _Maps):
                placement = self.pool_sheet(index, layer, placement)
            elif isinstance(layer, Flatten):
                placement = self.flatten_sheet(index, layer, placement)
            elif isinstance(layer, Dense) and isinstance(placement, _Vector):
                placement = self.dense_sheet(index, layer, placement)
            elif isinstance(layer, Softmax) and isinstance(placement, _Vector):
                placement = self.softmax_sheet(_sheet_title(layer.name, self.taken),
                                               f"{layer.name}: softmax, the probabilities",
                                               placement, self.output(index))
            else:
                raise WorkbookError(f"layer '{layer.name}' ({layer.kind}) cannot be written as spreadsheet "
                                    f"formulas after a {'map' if isinstance(placement, _Maps) else 'flat'} stage")
            self.record_stage(layer.name, placement)
            if index == self.model.logits_index:
                logits = placement
        if not isinstance(self.model.layers[-1], Softmax):
            if PROBABILITIES in (layer.name for layer in self.model.layers):
                raise WorkbookError(f"a model without a softmax layer cannot have a layer named '{PROBABILITIES}' "
                                    f"in a workbook: that name is kept for the probabilities it adds")
            placement = self.softmax_sheet(_sheet_title(PROBABILITIES, self.taken),
                                           "probabilities: softmax of the logits", logits,
                                           self.trace.probabilities[self.sample])
            self.record_stage(PROBABILITIES, placement)
        self.about_sheet()
        self.meta_sheet()
        self.names_as_text()
        self.wb.calculation.fullCalcOnLoad = True

    def names_as_text(self):
        """A model, layer or class name is text, never a formula: a class named "=HYPERLINK(...)" must not run
        in the reader's spreadsheet program (openpyxl makes any string starting with "=" a formula)."""
        names = {self.model.name, *self.model.class_names, *(layer.name for layer in self.model.layers)}
        risky = tuple(n for n in names if n and n.startswith("="))
        if not risky:
            return
        for ws in self.wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if cell.data_type == "f" and isinstance(cell.value, str) and cell.value.startswith(risky):
                        cell.data_type = "s"

    def about_sheet(self):
        ws = self.wb[ABOUT_SHEET]
        model, trace = self.model, self.trace
        probabilities = trace.probabilities[self.sample]
        lines = [
            (f"cnnviz: the network '{model.name or 'model'}' as a spreadsheet", _TITLE),
            ("Every number after the 'input' sheet is a formula: SUMPRODUCT of patch and filter, MAX over "
             "each pooling window, the softmax. Change an input cell or a weight and everything recomputes.", None),
            ("Yellow cells are weights, orange cells biases: edit them, save, and import the workbook back into "
             "cnnviz to see the network with your filters.", None),
            ("If you see no numbers, your viewer did not recalculate: open the file in Excel, LibreOffice or "
             "Google Sheets.", _NOTE),
            (None, None),
            ("cnnviz predicted: " + ", ".join(f"{n} {p:.4f}" for n, p in zip(model.class_names, probabilities)), None),
            ("the workbook predicts:", None),
            (None, None),
            ("sheet", _LABEL),
        ]
        for row, (text, font) in enumerate(lines, start=1):
            if text is not None:
                ws.cell(row, 1, text).font = font or Font(size=10)
        ws.cell(7, 2, "=" + self.prediction).font = _LABEL
        for k, (sheet, what) in enumerate(self.sheets):
            ws.cell(10 + k, 1, sheet).font = Font(size=10, bold=True)
            ws.cell(10 + k, 2, what).font = Font(size=10)
        ws.column_dimensions["A"].width = 16
        ws.column_dimensions["B"].width = 48

    def meta_sheet(self):
        ws = self.wb.create_sheet(META_SHEET)
        ws.sheet_state = "hidden"
        rows = [["format", FORMAT], ["version", VERSION], ["model", self.model.name], ["sample", self.sample],
                ["class_names", json.dumps(list(self.model.class_names))], [],
                _BLOCK_COLUMNS, *self.blocks, [], _STAGE_COLUMNS, *self.stages]
        for row in rows:
            ws.append(row)


def _check_trace(model: Sequential, trace: Trace, sample: int) -> None:
    names = [layer.name for layer in model.layers]
    steps = [step.name for step in trace.steps]
    if steps != names:
        raise WorkbookError(f"the trace was not made by model '{model.name}': it has layers {steps}, "
                            f"the model has {names}")
    count = trace.input.shape[0]
    if not isinstance(sample, (int, np.integer)) or not 0 <= sample < count:
        raise WorkbookError(f"sample must be an index from 0 to {count - 1}, got {sample!r}")
    for step, shape in zip(trace.steps, model.shapes()):
        if tuple(step.output.shape[1:]) != tuple(shape):
            raise WorkbookError(f"layer '{step.name}': the trace has output shape {step.output.shape[1:]}, "
                                f"the model gives {shape}")
    for layer, key, value in model.parameters():
        if not np.all(np.isfinite(value)):
            raise WorkbookError(f"layer '{layer.name}': {key} contains NaN or infinite values")
    if not np.all(np.isfinite(trace.input[sample])):
        raise WorkbookError("the input contains NaN or infinite values")


def export_workbook(model: Sequential, trace: Trace, path, *, sample: int = 0, backward=None) -> Path:
    """Write the forward pass `trace` of `model` (sample `sample` of its batch) as an .xlsx workbook
    whose formulas reproduce it. Returns the path written ('.xlsx' is added if it has no suffix).

    `backward` (a cnnviz.engine.Gradients of the same model and input) adds a sheet whose formulas
    compute dL/dw of the first convolution from the input and the upstream gradient (backward_sheet.py).
    The file is written to a temporary name beside the target and renamed, so a failed export
    never leaves a broken workbook behind.
    """
    _check_trace(model, trace, sample)
    writer = _Writer(model, trace, int(sample))
    writer.build()
    if backward is not None:
        from .backward_sheet import add_backward_sheet
        add_backward_sheet(writer, backward)
    return write_atomically(path, writer.wb.save, default_suffix=".xlsx")


# -- reading back ------------------------------------------------------------------------------
class _Values:
    """Reads numbers from cells, with errors naming the sheet and cell. A weight cell may hold a
    formula if the workbook was saved by a spreadsheet program, which stores its result."""

    def __init__(self, path: Path, workbook):
        self.path, self.workbook, self._cached = path, workbook, None

    def cached(self):
        if self._cached is None:
            self._cached = load_workbook(self.path, data_only=True)
        return self._cached

    def number(self, sheet: str, row: int, col: int) -> float:
        where = f"sheet '{sheet}', cell {_addr(row, col)}"
        value = self.workbook[sheet].cell(row, col).value
        formula = value if isinstance(value, str) and value.startswith("=") else getattr(value, "text", None)
        if formula is not None:
            value = self.cached()[sheet].cell(row, col).value
            if value is None:
                raise WorkbookError(f"{where} holds the formula {formula!r} without a saved result; type a number "
                                    f"there, or open and save the workbook in a spreadsheet program first")
        if value is None or (isinstance(value, str) and not value.strip()):
            raise WorkbookError(f"{where} is empty; every weight and bias needs a number")
        if isinstance(value, bool):
            raise WorkbookError(f"{where}: {value!r} is not a number")
        if isinstance(value, str):
            try:
                float(value.strip().replace("\u2212", "-"))
            except ValueError:
                raise WorkbookError(f"{where}: {value!r} is not a number") from None
            raise WorkbookError(f"{where}: {value!r} is text, not a number (a spreadsheet computes with text as 0); "
                                f"enter it again as a number")
        if not isinstance(value, (int, float)):
            raise WorkbookError(f"{where}: {value!r} is not a number")
        if not math.isfinite(value):
            raise WorkbookError(f"{where}: {value!r} is not a finite number")
        return float(value)

    def block(self, sheet: str, where: str) -> np.ndarray:
        c0, r0, c1, r1 = range_boundaries(where)
        return np.array([[self.number(sheet, r, c) for c in range(c0, c1 + 1)] for r in range(r0, r1 + 1)])


def _open(path: Path):
    if not path.is_file():
        raise WorkbookError(f"cannot read '{path}': no such file")
    try:
        with zipfile.ZipFile(path) as archive:       # a few KB can unpack to gigabytes: check before openpyxl reads
            unpacked = sum(item.file_size for item in archive.infolist())
        if unpacked > MAX_WORKBOOK_UNPACKED_BYTES:
            raise WorkbookError(message(WORKBOOK_TOO_LARGE, file=path, size=unpacked,
                                        limit=MAX_WORKBOOK_UNPACKED_BYTES))
        return load_workbook(path)
    except WorkbookError:
        raise
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError, SyntaxError, TypeError,
            AttributeError, IndexError) as exc:  # a damaged part: ElementTree's ParseError is a SyntaxError
        raise WorkbookError(f"cannot read '{path}': not an .xlsx workbook ({type(exc).__name__}: {exc})") from None
    except RecursionError:
        raise WorkbookError(message(NESTED_TOO_DEEPLY, file=path)) from None


@dataclass(frozen=True)
class StageCells:
    """Where one stage's values are in a workbook: `origins` holds, per channel, the cell of
    element (c, 0, 0) of a (C, H, W) stage, or the cell of element 0 of a flat one (a column)."""
    name: str
    sheet: str
    shape: tuple[int, ...]
    origins: tuple[str, ...]

    def address(self, *index: int) -> str:
        """'sheet!A1' of element `index` ((c, i, j) or (k,)), as a formula would refer to it."""
        if len(index) != len(self.shape) or not all(0 <= k < n for k, n in zip(index, self.shape)):
            raise IndexError(f"stage '{self.name}' has shape {self.shape}; no element {index}")
        col, row = range_boundaries(self.origins[index[0] if len(self.shape) == 3 else 0])[:2]
        if len(self.shape) == 3:
            row, col = row + index[1], col + index[2]
        else:
            row += index[0]
        return f"{_sheet_ref(self.sheet)}!{_addr(row, col)}"


@dataclass(frozen=True)
class WorkbookLayout:
    """What the hidden 'cnnviz' sheet of an exported workbook says: the model it came from, where each
    stage's values are ('input', each layer's name, and 'probabilities' if the model has no softmax
    layer), and where each weight and bias block is."""
    model: str
    sample: int
    class_names: tuple[str, ...]
    stages: dict[str, StageCells]
    blocks: tuple[dict, ...]       # layer, kind, parameter, index, shape, sheet, range, layout


def _table(rows: list[list], columns: list[str]) -> list[dict]:
    """The rows under the header `columns`, up to the first blank row."""
    start = next(k for k, r in enumerate(rows) if list(r[:len(columns)]) == columns) + 1
    out = []
    for r in rows[start:]:
        if not any(v is not None for v in r):
            break
        out.append(dict(zip(columns, r)))
    return out


def _layout(path: Path, workbook) -> WorkbookLayout:
    not_ours = (f"'{path.name}' is not a workbook exported by cnnviz (no '{META_SHEET}' sheet saying where the "
                f"filters are); export one from cnnviz, edit that, and import it")
    if META_SHEET not in workbook.sheetnames:
        raise WorkbookError(not_ours)
    rows = [list(r) + [None] * 8 for r in workbook[META_SHEET].iter_rows(values_only=True)]
    header = {r[0]: r[1] for r in rows[:5]}
    if header.get("format") != FORMAT:
        raise WorkbookError(not_ours)
    if header.get("version") != VERSION:
        raise WorkbookError(f"'{path.name}': cnnviz workbook version {header.get('version')!r} is not supported "
                            f"(this cnnviz reads version {VERSION})")
    try:
        blocks = []
        for entry in _table(rows, _BLOCK_COLUMNS):
            entry["index"] = tuple(json.loads(entry["index"]))
            entry["shape"] = tuple(json.loads(entry["shape"]))
            range_boundaries(entry["range"])
            blocks.append(entry)
        stages = {}
        for entry in _table(rows, _STAGE_COLUMNS):
            stages[entry["stage"]] = StageCells(entry["stage"], entry["sheet"], tuple(json.loads(entry["shape"])),
                                                tuple(json.loads(entry["cells"])))
        classes = tuple(json.loads(header.get("class_names") or "[]"))
    except (StopIteration, TypeError, ValueError) as exc:
        raise WorkbookError(f"'{path.name}': the hidden '{META_SHEET}' sheet is damaged ({exc}); export the "
                            f"workbook again") from None
    return WorkbookLayout(str(header.get("model") or ""), int(header.get("sample") or 0), classes, stages,
                          tuple(blocks))


def read_layout(path) -> WorkbookLayout:
    """Where everything is in a workbook written by export_workbook (raises WorkbookError if it isn't one)."""
    path = Path(path)
    return _layout(path, _open(path))


def import_filters(path, model: Sequential) -> tuple[Sequential, list[str]]:
    """Read the weight and bias blocks of an exported (and edited) workbook into a copy of `model`.

    Returns (new_model, notes): notes are sentences for the user saying what changed. The workbook
    must come from a model with the same layers and parameter shapes; any cell that is empty or not
    a number raises WorkbookError naming the sheet and cell. `model` itself is not modified.
    """
    path = Path(path)
    workbook = _open(path)
    layout = _layout(path, workbook)
    values = _Values(path, workbook)
    new = model.copy()
    staged = {(layer.name, key): np.full(value.shape, np.nan) for layer, key, value in new.parameters()}
    exported_from = layout.model or "another model"
    for entry in layout.blocks:
        layer_name, key = entry["layer"], entry["parameter"]
        if (layer_name, key) not in staged:
            raise WorkbookError(f"'{path.name}' holds {key} of layer '{layer_name}', which model '{model.name}' does "
                                f"not have (the workbook was exported from '{exported_from}')")
        target = staged[layer_name, key]
        if tuple(entry["shape"]) != target.shape:
            raise WorkbookError(f"layer '{layer_name}': the workbook's {key} has shape {tuple(entry['shape'])}, the "
                                f"model's has {target.shape} (the workbook was exported from '{exported_from}')")
        sheet = entry["sheet"]
        if sheet not in workbook.sheetnames:
            raise WorkbookError(f"'{path.name}': sheet '{sheet}' with the {key} of layer '{layer_name}' is missing")
        block = values.block(sheet, entry["range"])
        if entry["layout"] == "transposed":
            block = block.T
        try:
            view = target[tuple(entry["index"]) + (Ellipsis,)]
            view[...] = block.reshape(view.shape)
        except (ValueError, IndexError, TypeError):
            raise WorkbookError(f"'{path.name}': the block {entry['range']} on sheet '{sheet}' does not fit "
                                f"{key}{list(entry['index'])} of layer '{layer_name}'; export the workbook "
                                f"again") from None
    notes = []
    for layer, key, value in new.parameters():
        incoming = staged[layer.name, key]
        missing = np.argwhere(np.isnan(incoming))
        if missing.size:
            raise WorkbookError(f"'{path.name}' does not hold all of layer '{layer.name}' {key} "
                                f"(for example {key}{list(missing[0])}); export the workbook again")
        with np.errstate(over="ignore"):
            new_value = incoming.astype(value.dtype)
        if not np.all(np.isfinite(new_value)):
            at = [int(k) for k in np.argwhere(~np.isfinite(new_value))[0]]
            raise WorkbookError(f"layer '{layer.name}': {key}{at} = {incoming[tuple(at)]:g} is too large for the "
                                f"model's {value.dtype} numbers")
        changed = np.argwhere(new_value != value)
        if changed.size:
            delta = np.abs(new_value.astype(np.float64) - value)
            at = np.unravel_index(int(np.argmax(delta)), value.shape)
            notes.append(f"layer '{layer.name}': {len(changed)} {key} value{'s' if len(changed) > 1 else ''} changed "
                         f"(largest change {float(delta[at]):.4g} at {key}{list(map(int, at))}: "
                         f"{float(value[at]):.4g} -> {float(new_value[at]):.4g})")
        value[...] = new_value
    if layout.model and model.name and layout.model != model.name:
        notes.append(f"the workbook was exported from model '{layout.model}', read into '{model.name}'")
    if not notes:
        notes.append("no weight or bias differs from the model")
    return new, notes
