"""The workbook's backward sheet: its formulas, recomputed by pycel from the exported input and the
upstream gradient, give the engine's dL/dw and dL/db of the first convolution."""
from __future__ import annotations

import numpy as np
import openpyxl
import pytest

pycel = pytest.importorskip("pycel")
from pycel import ExcelCompiler  # noqa: E402

from cnnviz.data import make_sketch, to_network_input  # noqa: E402
from cnnviz.engine import Activation, Conv2D, Dense, Flatten, Pool2D, Sequential, gradients, he_init, load_model  # noqa: E402
from cnnviz.export import WorkbookError, export_workbook, import_filters, read_layout  # noqa: E402


def sketch(label, seed):
    return to_network_input(make_sketch(label, np.random.default_rng(seed))[0])


def sheet_values(xl, layout, stage):
    cells = layout.stages[stage]
    return np.array([xl.evaluate(cells.address(*index)) for index in np.ndindex(*cells.shape)],
                    dtype=np.float64).reshape(cells.shape)


def assert_reproduces(path, grads, conv="conv1"):
    layout = read_layout(path)
    xl = ExcelCompiler(filename=str(path))
    expected = grads.weights[conv].astype(np.float64)
    got = sheet_values(xl, layout, conv + ".weight_gradient").reshape(expected.shape)
    scale = float(np.abs(expected).max())
    np.testing.assert_allclose(got, expected, rtol=1e-5, atol=1e-6 * scale)
    np.testing.assert_allclose(sheet_values(xl, layout, conv + ".bias_gradient"), grads.biases[conv],
                               rtol=1e-5, atol=1e-6 * scale)
    np.testing.assert_array_equal(sheet_values(xl, layout, conv + ".upstream_gradient").astype(np.float32),
                                  grads.outputs[conv][0])                    # float32's shortest decimals
    return layout, xl


@pytest.mark.parametrize("target", [0, 1])
def test_lecture_ox_backward_sheet_reproduces_dl_dw(tmp_path, target):
    model = load_model("lecture-ox")
    x = sketch("circle", 4)
    grads = gradients(model, x, target)
    path = export_workbook(model, model.forward(x), tmp_path / "backward.xlsx", backward=grads)
    layout, xl = assert_reproduces(path, grads)
    sheet = layout.stages["conv1.weight_gradient"].sheet
    formula = openpyxl.load_workbook(path)[sheet][layout.stages["conv1.weight_gradient"].address(0, 0, 2)
                                                   .split("!")[1]].value
    assert formula == "=SUMPRODUCT(input!D5:AC30,'backward conv1'!B6:AA31)"    # the input under weight (0, 2)
    names = openpyxl.load_workbook(path).sheetnames
    assert names[-2:] == [sheet, "cnnviz"]
    assert list(layout.stages)[:len(model.layers) + 1] == ["input"] + [layer.name for layer in model.layers]


def test_the_forward_sheets_and_filter_import_are_unchanged_by_the_option(tmp_path):
    model = load_model("lecture-ox")
    x = sketch("cross", 5)
    path = export_workbook(model, model.forward(x), tmp_path / "b.xlsx", backward=gradients(model, x, 0))
    new, notes = import_filters(path, model)
    assert notes == ["no weight or bias differs from the model"]
    xl = ExcelCompiler(filename=str(path))
    assert xl.evaluate("softmax!D8") == "cross"


def test_changing_an_input_cell_recomputes_the_gradient(tmp_path):
    """The weight gradients are formulas of the input: with the top-left input cell set to 1, the gradient of
    weight (0, 0) of every filter grows by upstream[f, 0, 0] (only output cell (0, 0) sees that input cell)."""
    model = load_model("lecture-ox")
    x = sketch("circle", 6)
    x[0, 0, 0] = 0
    grads = gradients(model, x, 1)
    path = export_workbook(model, model.forward(x), tmp_path / "c.xlsx", backward=grads)
    layout = read_layout(path)
    xl = ExcelCompiler(filename=str(path))
    before = sheet_values(xl, layout, "conv1.weight_gradient")
    xl.set_value(layout.stages["input"].address(0, 0, 0), 1.0)
    after = sheet_values(xl, layout, "conv1.weight_gradient")
    upstream = grads.outputs["conv1"][0, :, 0, 0]
    np.testing.assert_allclose(after[:, 0, 0] - before[:, 0, 0], upstream, rtol=1e-6)
    np.testing.assert_allclose(np.delete((after - before).reshape(2, -1), 0, axis=1), 0, atol=1e-12)


def three_channel_model(stride, flip):
    layers = [Conv2D(3, 2, (3, 2), stride=stride, padding=(1, 2), flip=flip, name="conv a"),
              Activation("relu", name="relu"), Pool2D(mode="avg", output_size=(2, 2), name="pool"),
              Flatten(name="flatten"), Dense(8, 2, name="dense")]
    model = Sequential(layers, class_names=("a", "b"), input_shape=(3, 7, 8), name="three")
    he_init(model, np.random.default_rng(1))
    return model


@pytest.mark.parametrize("stride, flip", [(1, True), (2, False), ((2, 1), True)])
def test_padding_stride_flip_and_channels(tmp_path, stride, flip):
    model = three_channel_model(stride, flip)
    x = np.random.default_rng(2).random((2,) + model.input_shape).astype(np.float32)
    grads = gradients(model, x[1], 0)
    path = export_workbook(model, model.forward(x), tmp_path / "odd.xlsx", sample=1, backward=grads)
    assert_reproduces(path, grads, "conv a")


def test_gradients_of_another_drawing_or_model_are_refused(tmp_path):
    model = load_model("lecture-ox")
    x, other = sketch("circle", 7), sketch("cross", 8)
    with pytest.raises(WorkbookError, match="another input than sample 0"):
        export_workbook(model, model.forward(x), tmp_path / "d.xlsx", backward=gradients(model, other, 0))
    ox = load_model("ox-cnn")
    with pytest.raises(WorkbookError, match="another model"):
        export_workbook(model, model.forward(x), tmp_path / "e.xlsx", backward=gradients(ox, x, 0))
    assert not list(tmp_path.iterdir())                                   # nothing half-written
