"""A colour model's channels are called R, G and B wherever a person meets them: the pipeline's input (a colour
view beside each plane), the standardise stage, the first convolution's filter blocks, the inspector's
per-channel partial sums, the stepper's channel picker, the filter editor and the spreadsheet; grey models keep
their labels."""
import numpy as np
import openpyxl
import pytest

from cnnviz.analysis.channels import plane_names
from cnnviz.engine import load_model
from cnnviz.export.spreadsheet import export_workbook
from cnnviz.ui.lecture.stepper import StepperPanel

from .test_colour_canvas import RED, draw


def labels_of(panel):
    return [label.textItem.toPlainText() for label in panel.labels]


@pytest.fixture
def rgb_window(make_window):
    window = make_window("selfedu-rgb", size=(1600, 1000))
    window.pen_palette.choose(RED)
    draw(window.canvas, [(60, 140), (220, 140)])
    window.live.run_now()
    return window


def test_the_input_stage_shows_the_colour_view_and_each_plane_named(rgb_window):
    pipeline = rgb_window.pipeline
    panel = pipeline.panels["input"]
    assert labels_of(panel) == ["colour", "R", "G", "B"]
    x = rgb_window.session.trace.input[0]
    colour = panel.colour.image
    assert colour.shape == (32, 32, 4)
    np.testing.assert_array_equal(colour[..., :3], np.rint(np.moveaxis(x, 0, -1) * 255).astype(np.uint8))
    assert tuple(colour[16, 16, :3]) == tuple(int(round(v * 255)) for v in x[:, 16, 16])
    assert colour[16, 16, 0] > 150 and colour[16, 16, 1] < 90                  # the stroke is red in it
    # each plane is as bright as it is: white paper is white, the red stroke is dark in G only
    rgba = panel.mosaic.rgba
    y0, x0 = panel.mosaic.map_rect(1)[:2]                                     # the G plane
    assert rgba[y0 + 2, x0 + 2, :3].min() > 230 and rgba[y0 + 16, x0 + 16, :3].max() < 120
    assert panel.colour_bar._note == "brightness"
    standardize = rgb_window.model.standardize_layer.name
    assert labels_of(pipeline.panels[standardize]) == ["R", "G", "B"]
    conv = pipeline.panels["conv1"]
    assert labels_of(conv) == ["R", "G", "B"]                                 # the first filter's kernels
    assert "R" not in labels_of(pipeline.panels["conv2"]) if "conv2" in pipeline.panels else True


def test_a_grey_model_keeps_its_ink_input_without_names(make_window):
    window = make_window("lecture-ox")
    panel = window.pipeline.panels["input"]
    assert panel.colour is None and panel.labels == [] and panel.colour_bar._note == "ink"
    assert all(p.labels == [] for p in window.pipeline.panels.values())


def test_the_inspector_sums_the_r_g_and_b_kernels(rgb_window):
    inspector = rgb_window.inspect.inspector
    inspector.show_cell(rgb_window.session.trace, "conv1", (0, 16, 16))
    text = inspector.text()
    for name in "RGB":
        assert f"colour channel {name}: the {name} patch × filter 0's {name} kernel" in text
    inspector.show_cell(rgb_window.session.trace, "conv2", (0, 4, 4))
    text = inspector.text()
    assert "input channel 0: patch × filter 0 slice 0" in text and "colour channel" not in text


def test_the_stepper_offers_r_g_b_on_the_first_convolution(rgb_window, qtbot):
    panel = StepperPanel()
    qtbot.addWidget(panel)
    panel.set_trace(rgb_window.session.trace)
    panel.set_layer("conv1", 0, 2)
    spin = panel.input_spin
    assert spin.isEnabled() and spin.text() == "B"
    spin.stepBy(-1)
    assert spin.text() == "G" and spin.value() == 1
    panel.set_layer("conv2", 0, 1)
    assert panel.input_spin.text() == "1"


def test_the_filter_editor_names_the_channels(rgb_window):
    editor = rgb_window.host.filter_editor if hasattr(rgb_window.host, "filter_editor") else None
    from cnnviz.ui.filter_editor import FilterEditor
    editor = editor or FilterEditor()
    editor.set_from_model(rgb_window.model, "conv1", 3)
    assert [editor._channel.itemText(i) for i in range(editor._channel.count())] == ["R", "G", "B"]
    editor.set_from_model(rgb_window.model, "conv2", 0)
    assert editor._channel.itemText(0) == "0"


def test_plane_names_follow_the_planes_until_a_layer_mixes_them():
    model = load_model("selfedu-rgb")
    assert plane_names(model.layers, 3) == ("R", "G", "B")
    assert plane_names(model.layers, 3, "conv1") == ("R", "G", "B")
    assert plane_names(model.layers, 3, "conv2") == ()
    assert plane_names(load_model("lecture-ox").layers, 1, "conv1") == ()


def test_the_spreadsheet_names_the_colour_channels(tmp_path):
    model = load_model("selfedu-rgb")
    x = np.random.default_rng(0).uniform(0, 1, model.input_shape).astype(np.float32)
    path = export_workbook(model, model.forward(x), tmp_path / "rgb.xlsx")
    book = openpyxl.load_workbook(path, read_only=True)
    texts = {str(v) for v in (c for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row)
             if isinstance(v, str)}
    assert {"filter 0 R", "filter 0 G", "filter 0 B"} <= texts
    assert "filter 0 ch 0" in texts                                       # conv2's channels are conv1's maps
    assert any(t.startswith("R: mean") for t in texts)                   # the standardise sheet
