"""The backward pass in the workbook: one sheet whose formulas compute dL/dw of the first convolution.

The sheet holds the upstream gradient dL/dy of that convolution's output as plain numbers (cnnviz's
backward pass: softmax - one-hot carried back down to it), and then every weight's gradient as a formula

    dL/dw[f, c, u, v] = SUMPRODUCT(the input cells under weight (u, v) at every position of the filter,
                                   upstream map f)

which is the forward pass's sliding window again, now paired with the gradient instead of the weight.
With stride 1 the cells under one weight are one rectangle of the convolution's input sheet (its zero
border included); with a larger stride they are gathered first into a helper block of references. Each
bias gradient is =SUM(upstream map f). Change an input cell and the gradients recompute (the upstream
gradient stays as exported). No Qt.
"""
from __future__ import annotations

import json

import numpy as np
from openpyxl.utils import range_boundaries

from ..engine.gradients import Gradients
from ..engine.layers import Conv2D
from ..messages import MessageError, message, template
from .spreadsheet import (_LABEL, _MAP, _MAP_FORMAT, ABOUT_SHEET, META_SHEET, WorkbookError, _addr, _grid, _Maps,
                          _range, _sheet_ref, _sheet_title, _Writer)

NO_CONVOLUTION = template("the model has no convolution layer, so there is no ∂L/∂w of a first convolution to "
                          "write as formulas")
OTHER_INPUT = template("the gradients were computed for another input than sample {sample} of the exported "
                       "forward pass; compute them for the drawing being exported")
OTHER_MODEL = template("the gradients were computed by another model (layers {got}), not this one ({expected})")

UPSTREAM = ".upstream_gradient"      # stage names in the hidden layout table: "<conv>.upstream_gradient", ...
WEIGHT_GRADIENT = ".weight_gradient"
BIAS_GRADIENT = ".bias_gradient"


class BackwardWorkbookError(MessageError, WorkbookError):
    """The gradients cannot be written next to this forward pass."""


def check_backward(writer: _Writer, grads: Gradients) -> Conv2D:
    """The first convolution, after checking that ``grads`` belong to the model and input exported."""
    names = [layer.name for layer in writer.model.layers]
    steps = [step.name for step in grads.trace.steps]
    if steps != names:
        raise BackwardWorkbookError(message(OTHER_MODEL, got=", ".join(steps), expected=", ".join(names)))
    if not np.array_equal(grads.trace.input[0], writer.trace.input[writer.sample]):
        raise BackwardWorkbookError(message(OTHER_INPUT, sample=writer.sample))
    conv = next((layer for layer in writer.model.layers if isinstance(layer, Conv2D)), None)
    if conv is None:
        raise BackwardWorkbookError(message(NO_CONVOLUTION))
    return conv


def _source_maps(writer: _Writer, conv: Conv2D) -> _Maps:
    """Where the written workbook holds the convolution's input (a stage row of the layout table)."""
    index = writer.model.layers.index(conv)
    stage = writer.stages[index]                  # row 0 is the input; row k + 1 is layer k's output
    _, sheet, shape, origins = stage
    cells = []
    for a1 in json.loads(origins):
        col, row = range_boundaries(a1)[:2]
        cells.append((row, col))
    return _Maps(sheet, tuple(json.loads(shape)), cells, tuple(conv.padding))


def add_backward_sheet(writer: _Writer, grads: Gradients) -> str:
    """Add the sheet to a built workbook (before it is saved); returns its title."""
    conv = check_backward(writer, grads)
    source = _source_maps(writer, conv)
    upstream = grads.outputs[conv.name][0]                             # (F, OH, OW)
    f_count, c_count, kh, kw = conv.weight.shape
    oh, ow = upstream.shape[1:]
    (sh, sw), (ph, pw) = conv.stride, conv.padding
    target = grads.trace.class_names[grads.label]
    title = _sheet_title(f"backward {conv.name}", writer.taken)
    ws = writer.new_sheet(
        title, f"backward pass: ∂L/∂w of '{conv.name}' for the target class '{target}' "
               f"(loss = -log p({target}) = {grads.loss:.4f})",
        f"Top: the upstream gradient ∂L/∂y at the output of '{conv.name}' (plain numbers from cnnviz's backward "
        f"pass: softmax minus one-hot, carried back). Below: each weight's gradient = SUMPRODUCT(the cells of "
        f"'{source.sheet}' under that weight at every position of the filter, the upstream map): the same "
        f"sliding window as the forward pass, now over the gradient. Each bias gradient = SUM(upstream map).")
    writer.wb.move_sheet(ws, offset=writer.wb.sheetnames.index(META_SHEET) - writer.wb.sheetnames.index(title))
    ws.cell(4, 2, "upstream gradient ∂L/∂y").font = _LABEL
    up, bottom = writer.write_maps(ws, upstream, 5, (0, 0), lambda f: f"∂L/∂y map {f}",
                                   formula=None)
    helpers = {}
    if (sh, sw) != (1, 1):                           # gather the strided cells under each weight offset
        ws.cell(bottom + 1, 2, "input under each weight offset (stride > 1)").font = _LABEL
        offsets = [(c, a, b) for c in range(c_count) for a in range(kh) for b in range(kw)]
        corners, bottom = _grid(len(offsets), oh + 1, ow, bottom + 2)
        for (c, a, b), (r, k) in zip(offsets, corners):
            ws.cell(r, k, f"ch {c} offset ({a}, {b})").font = _LABEL
            for i in range(oh):
                for j in range(ow):
                    row, col = source.cell(c, i * sh - ph + a, j * sw - pw + b)
                    cell = ws.cell(r + 1 + i, k + j, f"={_sheet_ref(source.sheet)}!{_addr(row, col)}")
                    cell.font, cell.number_format = _MAP, _MAP_FORMAT
            helpers[c, a, b] = _range(r + 1, k, r + oh, k + ow - 1)

    def under(c: int, a: int, b: int) -> str:
        if helpers:
            return helpers[c, a, b]
        return source.ref(c, a - ph, b - pw, a - ph + oh - 1, b - pw + ow - 1)

    ws.cell(bottom + 1, 2, "∂L/∂w (each cell a SUMPRODUCT)").font = _LABEL
    corners, bottom = _grid(f_count * c_count, kh + 1, kw, bottom + 2)
    origins, areas = [], []
    for k, (r, col0) in enumerate(corners):
        f, c = divmod(k, c_count)
        ws.cell(r, col0, f"∂L/∂w filter {f}" + (f" ch {c}" if c_count > 1 else "")).font = _LABEL
        upstream_map = up.ref(f, 0, 0, oh - 1, ow - 1)
        for u in range(kh):
            for v in range(kw):
                a, b = (kh - 1 - u, kw - 1 - v) if conv.flip else (u, v)
                cell = ws.cell(r + 1 + u, col0 + v, f"=SUMPRODUCT({under(c, a, b)},{upstream_map})")
                cell.font, cell.number_format = _MAP, "0.0000"
        origins.append(_addr(r + 1, col0))
        areas.append(_range(r + 1, col0, r + kh, col0 + kw - 1))
    writer.colour(ws, areas, grads.weights[conv.name])
    ws.cell(bottom + 1, 2, "∂L/∂b").font = _LABEL
    for f in range(f_count):
        ws.cell(bottom + 2 + f, 2, f"filter {f}").font = _LABEL
        cell = ws.cell(bottom + 2 + f, 3, f"=SUM({up.ref(f, 0, 0, oh - 1, ow - 1)})")
        cell.font, cell.number_format = _MAP, "0.0000"
    meta = writer.wb[META_SHEET]
    meta.append([conv.name + UPSTREAM, title, json.dumps([f_count, oh, ow]),
                 json.dumps([_addr(r, k) for r, k in up.origins])])
    meta.append([conv.name + WEIGHT_GRADIENT, title, json.dumps([f_count * c_count, kh, kw]), json.dumps(origins)])
    meta.append([conv.name + BIAS_GRADIENT, title, json.dumps([f_count]), json.dumps([_addr(bottom + 2, 3)])])
    about = writer.wb[ABOUT_SHEET]
    about.cell(10 + len(writer.sheets), 1, title)
    about.cell(10 + len(writer.sheets), 2, f"the backward pass: ∂L/∂w of '{conv.name}' as formulas")
    writer.sheets.append((title, "backward"))
    return title
