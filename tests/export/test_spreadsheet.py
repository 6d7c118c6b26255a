"""The spreadsheet bridge: the exported workbook's formulas, evaluated by an independent engine
(pycel), reproduce the engine's trace; edited filters import back; bad workbooks fail clearly."""
from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import openpyxl
import pytest

pycel = pytest.importorskip("pycel")
from pycel import ExcelCompiler  # noqa: E402

from cnnviz.data import make_sketch, to_network_input  # noqa: E402
from cnnviz.engine import Activation, Conv2D, Dense, Flatten, Pool2D, Sequential, he_init, load_model  # noqa: E402
from cnnviz.export import WorkbookError, export_workbook, import_filters, read_layout  # noqa: E402

RTOL = 1e-5


# -- helpers -----------------------------------------------------------------------------------
def sketch(label: str, seed: int) -> np.ndarray:
    return to_network_input(make_sketch(label, np.random.default_rng(seed))[0])


def engine_values(trace, stage: str, sample: int = 0) -> np.ndarray:
    if stage == "input":
        return trace.input[sample]
    if stage == "probabilities":
        return trace.probabilities[sample]
    return trace[stage][sample]


def evaluate(xl: ExcelCompiler, layout, stage: str, indices=None) -> tuple[list, np.ndarray]:
    """pycel's values of `stage` at `indices` (all elements by default)."""
    cells = layout.stages[stage]
    indices = list(np.ndindex(*cells.shape)) if indices is None else indices
    return indices, np.array([xl.evaluate(cells.address(*index)) for index in indices], dtype=np.float64)


def assert_matches_engine(xl, layout, trace, stage, indices=None, sample=0):
    expected_all = engine_values(trace, stage, sample).astype(np.float64)
    indices, got = evaluate(xl, layout, stage, indices)
    expected = np.array([expected_all[index] for index in indices])
    # float32 (engine) against float64 (spreadsheet): relative 1e-5, and an absolute floor tied to the
    # stage's scale for values that cancel to almost zero.
    scale = max(float(np.abs(expected_all).max()), 1e-12)
    np.testing.assert_allclose(got, expected, rtol=RTOL, atol=RTOL * 1e-1 * scale, err_msg=f"stage '{stage}'")


def block_cell(layout, layer: str, key: str, index: tuple, offset: tuple[int, int]) -> tuple[str, str]:
    """(sheet, A1) of element `offset` inside the exported block of `layer`.`key`[index]."""
    entry = next(b for b in layout.blocks if (b["layer"], b["parameter"], b["index"]) == (layer, key, tuple(index)))
    col, row = openpyxl.utils.range_boundaries(entry["range"])[:2]
    return entry["sheet"], f"{openpyxl.utils.get_column_letter(col + offset[1])}{row + offset[0]}"


def absolute(a1: str) -> str:
    return re.sub(r"([A-Z]+)([0-9]+)", r"$\1$\2", a1)


def set_cell(path: Path, sheet: str, address: str, value, out: Path) -> Path:
    wb = openpyxl.load_workbook(path)
    wb[sheet][address] = value
    wb.save(out)
    return out


def odd_model() -> Sequential:
    """Everything the shipped models do not exercise: a 2-channel non-square input, padding, stride,
    flip, a (3, 2) kernel, tanh / leaky ReLU / sigmoid / identity, average and min pooling, adaptive
    bins that overlap, dense -> dense, no softmax layer, and layer names that must be quoted."""
    layers = [Conv2D(2, 3, (3, 2), stride=(2, 1), padding=(1, 2), flip=True, name="conv a"),
              Activation("tanh", name="tanh"),
              Pool2D((2, 3), (1, 2), mode="avg", name="avg"),
              Conv2D(3, 2, 2, padding=1, name="fc1"),
              Activation("leaky_relu", name="leaky"),
              Pool2D(mode="min", output_size=(2, 3), name="min pool"),
              Flatten(name="flatten"),
              Dense(12, 5, name="hidden"), Activation("sigmoid", name="sigmoid"),
              Dense(5, 3, name="out"), Activation("identity", name="same")]
    model = Sequential(layers, class_names=("a", "b", "c"), input_shape=(2, 10, 11), name="odd")
    rng = np.random.default_rng(5)
    he_init(model, rng)
    for _, key, value in model.parameters():
        if key == "bias":
            value[...] = rng.normal(0, 0.3, value.shape)
    return model


# -- fixtures ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def lecture(tmp_path_factory):
    model = load_model("lecture-ox")
    trace = model.forward(sketch("cross", 11))
    path = export_workbook(model, trace, tmp_path_factory.mktemp("lecture") / "lecture.xlsx")
    return model, trace, path


@pytest.fixture(scope="module")
def lecture_xl(lecture):
    return ExcelCompiler(filename=str(lecture[2]))


@pytest.fixture(scope="module")
def odd(tmp_path_factory):
    model = odd_model()
    x = np.random.default_rng(9).random((2, 2, 10, 11)).astype(np.float32)
    trace = model.forward(x)
    path = export_workbook(model, trace, tmp_path_factory.mktemp("odd") / "odd", sample=1)
    return model, trace, path


# -- the workbook computes what the engine computes --------------------------------------------
def test_lecture_ox_every_cell_reproduces_the_engine(lecture, lecture_xl):
    model, trace, path = lecture
    layout = read_layout(path)
    assert list(layout.stages) == ["input"] + [layer.name for layer in model.layers]
    assert_matches_engine(lecture_xl, layout, trace, "softmax")          # pulls in the whole chain
    for stage in layout.stages:
        assert_matches_engine(lecture_xl, layout, trace, stage)
    assert lecture_xl.evaluate("softmax!D8") == trace.label == "cross"
    assert lecture_xl.evaluate("about!B7") == trace.label


@pytest.fixture(scope="module")
def ox(tmp_path_factory):
    model = load_model("ox-cnn")
    trace = model.forward(sketch("circle", 3))
    path = export_workbook(model, trace, tmp_path_factory.mktemp("ox") / "ox.xlsx")
    return model, trace, path


def test_ox_cnn_samples_reproduce_the_engine(ox):
    """Cells sampled along the ox-cnn chain, each computed by pycel from the input up: every conv2
    cell is a sum of 8 SUMPRODUCTs over pool1, which pools relu1, which is conv1 of the input."""
    model, trace, path = ox
    layout = read_layout(path)
    xl = ExcelCompiler(filename=str(path))
    rng = np.random.default_rng(0)
    corners = [(0, 0, 0), (15, 10, 10), (7, 0, 10)]
    conv2 = corners + [tuple(int(v) for v in rng.integers(0, (16, 11, 11))) for _ in range(5)]
    assert_matches_engine(xl, layout, trace, "conv2", conv2)
    for stage, count in [("conv1", 25), ("relu1", 25), ("pool1", 25), ("relu2", 4), ("pool2", 2)]:
        shape = layout.stages[stage].shape
        sample = [tuple(int(v) for v in rng.integers(0, shape)) for _ in range(count)]
        assert_matches_engine(xl, layout, trace, stage, sample)


def test_ox_cnn_logits_and_softmax_reproduce_the_engine(ox, tmp_path):
    """The dense layer's 400-term SUMPRODUCTs and the softmax, computed by pycel from pool2 cells that
    hold the engine's pooled values (the chain above pool2 is the previous test's job; set
    CNNVIZ_FULL_WORKBOOK_TESTS=1 for the whole chain in one go)."""
    model, trace, path = ox
    layout = read_layout(path)
    wb = openpyxl.load_workbook(path)
    pool2 = layout.stages["pool2"]
    for index in np.ndindex(*pool2.shape):
        sheet, cell = pool2.address(*index).split("!")
        assert wb[sheet][cell].value.startswith("=MAX(")
        wb[sheet][cell] = float(trace["pool2"][(0,) + index])
    cut = tmp_path / "cut.xlsx"
    wb.save(cut)
    xl = ExcelCompiler(filename=str(cut))
    for stage in ("softmax", "dense", "flatten"):
        assert_matches_engine(xl, layout, trace, stage)
    assert xl.evaluate("softmax!D8") == trace.label


@pytest.mark.skipif(not os.environ.get("CNNVIZ_FULL_WORKBOOK_TESTS"),
                    reason="the whole ox-cnn chain in pycel takes 10-20 s; set CNNVIZ_FULL_WORKBOOK_TESTS=1")
def test_ox_cnn_whole_chain_reproduces_the_engine(ox):
    model, trace, path = ox
    layout = read_layout(path)
    xl = ExcelCompiler(filename=str(path))
    assert_matches_engine(xl, layout, trace, "softmax")          # some 14,000 formulas
    for stage in layout.stages:
        indices = list(np.ndindex(*layout.stages[stage].shape))
        if stage in ("conv1", "relu1"):                            # cells no pooling window reaches are not computed
            indices = [i for i in indices if i[1] < 26 and i[2] < 26]
        assert_matches_engine(xl, layout, trace, stage, indices)


def test_every_layer_option_reproduces_the_engine(odd):
    model, trace, path = odd
    assert path.suffix == ".xlsx"
    layout = read_layout(path)
    assert layout.sample == 1 and layout.class_names == ("a", "b", "c")
    assert "probabilities" in layout.stages            # no softmax layer: the sheet is added
    xl = ExcelCompiler(filename=str(path))
    for stage in layout.stages:
        assert_matches_engine(xl, layout, trace, stage, sample=1)
    assert layout.stages["avg"].shape == (3, 4, 6) and layout.stages["min pool"].shape == (2, 2, 3)


# -- what a person sees ------------------------------------------------------------------------
def test_sheets_hold_the_lecture_formulas(lecture):
    model, trace, path = lecture
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["about", "input", "conv1", "relu1", "pool1", "flatten", "dense", "softmax", "cnnviz"]
    assert wb["cnnviz"].sheet_state == "hidden"
    assert wb.calculation.fullCalcOnLoad
    layout = read_layout(path)
    conv = layout.stages["conv1"]
    sheet, first = conv.address(0, 0, 0).split("!")
    formula = wb[sheet][first].value
    weights = next(b for b in layout.blocks if b["layer"] == "conv1" and b["index"] == (0, 0))["range"]
    bias = next(b for b in layout.blocks if b["layer"] == "conv1" and b["parameter"] == "bias" and b["index"] == (0,))
    patch = layout.stages["input"].address(0, 0, 0) + ":" + layout.stages["input"].address(0, 2, 2).split("!")[1]
    assert formula == f"=SUMPRODUCT({patch},{absolute(weights)})+{absolute(bias['range'])}"
    relu = layout.stages["relu1"].address(1, 3, 4).split("!")[1]
    assert wb["relu1"][relu].value == f"=MAX(0,{conv.address(1, 3, 4)})"
    pooled = wb["pool1"][layout.stages["pool1"].address(0, 1, 1).split("!")[1]].value
    assert pooled == f"=MAX({layout.stages['relu1'].address(0, 13, 13)}:" \
                     f"{layout.stages['relu1'].address(0, 25, 25).split('!')[1]})"     # bin [13, 26) of 26
    assert wb["softmax"]["C5"].value == "=EXP(B5-MAX($B$5:$B$6))"
    assert wb["softmax"]["D5"].value == "=C5/SUM($C$5:$C$6)"
    assert [wb["softmax"].cell(5 + k, 1).value for k in range(2)] == list(model.class_names)
    np.testing.assert_array_equal(np.float32([wb["softmax"].cell(5 + k, 5).value for k in range(2)]),
                                  trace.probabilities[0])          # cnnviz's own numbers, for comparison
    # the look: colour scales on the maps, narrow square-ish columns, every input value exact
    assert len(wb["conv1"].conditional_formatting) >= 2
    assert wb["conv1"].column_dimensions["C"].width < 6
    x = np.array([[wb["input"][layout.stages["input"].address(0, i, j).split("!")[1]].value
                   for j in range(28)] for i in range(28)], dtype=np.float32)
    np.testing.assert_array_equal(x, trace.input[0, 0])


def test_flip_uses_a_rotated_copy_that_follows_the_weights(odd):
    model, _, path = odd
    wb = openpyxl.load_workbook(path)
    layout = read_layout(path)
    sheet, corner = block_cell(layout, "conv a", "weight", (1, 0), (0, 0))
    formula = wb[sheet][layout.stages["conv a"].address(1, 2, 3).split("!")[1]].value
    assert formula.count("SUMPRODUCT(") == 2 and "'conv a'" not in formula      # one per input channel
    _, bottom_right = block_cell(layout, "conv a", "weight", (1, 0), (2, 1))
    rotated = [cell for row in wb[sheet].iter_rows() for cell in row if cell.value == f"={bottom_right}"]
    assert len(rotated) == 1                     # exactly one rotated cell points at the last weight
    # sheets whose names could be read as cells or hold spaces are quoted in formulas
    leaky = wb["leaky"][layout.stages["leaky"].address(0, 0, 0).split("!")[1]].value
    assert "'fc1'!" in leaky
    assert layout.stages["flatten"].address(0).startswith("flatten!")


def test_padding_is_a_border_of_zero_cells(odd):
    _, _, path = odd
    wb = openpyxl.load_workbook(path)
    layout = read_layout(path)
    stage = layout.stages["input"]                # conv a pads (1, 2): a zero border around each channel
    col, row = openpyxl.utils.range_boundaries(stage.origins[0])[:2]
    ws = wb["input"]
    border = [ws.cell(row - 1, col + j).value for j in range(-2, 13)] + [ws.cell(row + i, col - 2).value
                                                                        for i in range(10)]
    assert border == [0] * len(border)
    assert ws.cell(row, col).value != 0


# -- importing filters back --------------------------------------------------------------------
def test_unedited_workbook_imports_the_same_weights(lecture):
    model, _, path = lecture
    new, notes = import_filters(path, model)
    assert new is not model
    assert notes == ["no weight or bias differs from the model"]
    for (layer, key, value), (_, _, original) in zip(new.parameters(), model.parameters()):
        np.testing.assert_array_equal(value, original, err_msg=f"{layer.name}.{key}")
        assert value.dtype == original.dtype


def test_edited_filter_imports_back_and_changes_the_forward_as_predicted(lecture, tmp_path):
    model, trace, path = lecture
    layout = read_layout(path)
    before = model.layer("conv1").weight.copy()
    sheet, cell = block_cell(layout, "conv1", "weight", (0, 0), (1, 1))
    edited = set_cell(path, sheet, cell, 2.5, tmp_path / "edited.xlsx")
    bias_sheet, bias_cell = block_cell(layout, "dense", "bias", (), (0, 1))
    edited = set_cell(edited, bias_sheet, bias_cell, -0.75, edited)
    dense_sheet, dense_cell = block_cell(layout, "dense", "weight", (), (5, 0))   # input 5 -> output 0
    edited = set_cell(edited, dense_sheet, dense_cell, 0.125, edited)
    new, notes = import_filters(edited, model)

    assert new.layer("conv1").weight[0, 0, 1, 1] == np.float32(2.5)
    assert new.layer("dense").bias[1] == np.float32(-0.75)
    assert new.layer("dense").weight[0, 5] == np.float32(0.125)
    np.testing.assert_array_equal(model.layer("conv1").weight, before)        # the original is untouched
    assert any("conv1" in note and "1 weight value changed" in note for note in notes)
    assert len(notes) == 3

    expected = model.copy()
    expected.layer("conv1").weight[0, 0, 1, 1] = 2.5
    expected.layer("dense").bias[1] = -0.75
    expected.layer("dense").weight[0, 5] = 0.125
    x = trace.input[0]
    got = new.forward(x)
    np.testing.assert_array_equal(got.probabilities, expected.forward(x).probabilities)
    assert not np.allclose(got["conv1"][0, 0], trace["conv1"][0, 0])
    np.testing.assert_array_equal(got["conv1"][0, 1], trace["conv1"][0, 1])   # the other filter is unchanged

    # and the edited workbook, recomputed independently, agrees with the imported model
    xl = ExcelCompiler(filename=str(edited))
    for stage in ("softmax", "conv1", "pool1"):
        assert_matches_engine(xl, read_layout(edited), got, stage)


def test_edit_under_flip_imports_the_original_orientation(odd, tmp_path):
    model, trace, path = odd
    layout = read_layout(path)
    sheet, cell = block_cell(layout, "conv a", "weight", (2, 1), (0, 1))
    edited = set_cell(path, sheet, cell, -1.5, tmp_path / "flip.xlsx")
    new, notes = import_filters(edited, model)
    assert new.layer("conv a").weight[2, 1, 0, 1] == np.float32(-1.5)
    assert len(notes) == 1 and "'conv a'" in notes[0]
    got = new.forward(trace.input)
    xl = ExcelCompiler(filename=str(edited))
    for stage in ("conv a", "probabilities"):
        assert_matches_engine(xl, read_layout(edited), got, stage, sample=1)


@pytest.mark.parametrize("value, message", [
    ("abc", "'abc' is not a number"),
    ("0.5", "'0.5' is text, not a number (a spreadsheet computes with text as 0)"),
    (None, "is empty; every weight and bias needs a number"),
    ("=1+1", "holds the formula '=1+1' without a saved result"),
    (True, "True is not a number"),
])
def test_bad_weight_cells_name_the_sheet_and_cell(lecture, tmp_path, value, message):
    model, _, path = lecture
    sheet, cell = block_cell(read_layout(path), "conv1", "weight", (1, 0), (2, 0))
    bad = set_cell(path, sheet, cell, value, tmp_path / "bad.xlsx")
    with pytest.raises(WorkbookError) as info:
        import_filters(bad, model)
    assert str(info.value).startswith(f"sheet '{sheet}', cell {cell}")
    assert message in str(info.value)
    assert isinstance(info.value, ValueError)


def test_bad_workbooks_give_clear_errors(lecture, tmp_path):
    model, _, path = lecture
    plain = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(plain)
    with pytest.raises(WorkbookError, match="is not a workbook exported by cnnviz"):
        import_filters(plain, model)
    text = tmp_path / "notes.xlsx"
    text.write_text("weights: 1, 2, 3")
    with pytest.raises(WorkbookError, match="not an .xlsx workbook"):
        import_filters(text, model)
    sheet, cell = block_cell(read_layout(path), "conv1", "weight", (0, 0), (0, 0))
    with pytest.raises(WorkbookError, match=r"layer 'conv1': weight\[0, 0, 0, 0\] = 1e\+300 is too large for the "
                                            r"model's float32 numbers"):
        import_filters(set_cell(path, sheet, cell, 1e300, tmp_path / "huge.xlsx"), model)
    with pytest.raises(WorkbookError, match="no such file"):
        import_filters(tmp_path / "missing.xlsx", model)
    with pytest.raises(WorkbookError, match=r"layer 'conv1': the workbook's weight has shape \(2, 1, 3, 3\), "
                                            r"the model's has \(8, 1, 3, 3\)"):
        import_filters(path, load_model("ox-cnn"))
    wb = openpyxl.load_workbook(path)
    del wb["conv1"]
    wb.save(tmp_path / "no-conv.xlsx")
    with pytest.raises(WorkbookError, match="sheet 'conv1' with the weight of layer 'conv1' is missing"):
        import_filters(tmp_path / "no-conv.xlsx", model)
    wb = openpyxl.load_workbook(path)
    wb["cnnviz"]["B2"] = 99
    wb.save(tmp_path / "future.xlsx")
    with pytest.raises(WorkbookError, match="version 99 is not supported"):
        import_filters(tmp_path / "future.xlsx", model)


def test_export_refuses_a_trace_from_another_model(lecture, tmp_path):
    model, trace, _ = lecture
    other = load_model("ox-cnn")
    with pytest.raises(WorkbookError, match="the trace was not made by model 'ox-cnn'"):
        export_workbook(other, trace, tmp_path / "x.xlsx")
    with pytest.raises(WorkbookError, match="sample must be an index from 0 to 0, got 3"):
        export_workbook(model, trace, tmp_path / "x.xlsx", sample=3)
    assert not list(tmp_path.iterdir())                  # nothing half-written
