"""Presentation mode at a projector's 1280 x 720, laid out for real (benchmarks/measure_layout.py runs the
window on a virtual screen of that size in a child process): the issue's numbers, and nothing elided."""
import importlib.util
from pathlib import Path

import pytest

from cnnviz.viz.readable import NORMAL_SIZING, PRESENTING_SIZING

ROOT = Path(__file__).resolve().parents[2]


def measure_layout():
    spec = importlib.util.spec_from_file_location("measure_layout", ROOT / "benchmarks" / "measure_layout.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def rows_720():
    rows = measure_layout().run_size("1280x720", ["lecture-ox", "ox-cnn"],
                                     ["presentation", "dock:collection", "dock:compare", "presentation+focus:map",
                                      "presentation+stepper"])
    return {(row["model"], row["mode"]): row for row in rows}


def test_presenting_at_720p_every_conv_map_is_150_px_and_pooled_numbers_14(rows_720):
    lecture = rows_720["lecture-ox", "presentation"]
    assert lecture["stage_px"]["conv1"] >= 150 and lecture["stage_px"]["relu1"] >= 150
    assert lecture["left_out"] == []                       # the whole lecture pipeline is on screen
    assert lecture["cell_number_px"]["pool1"] >= 14        # the pooled values read from the back
    assert lecture["logit_px"] >= 14
    cnn = rows_720["ox-cnn", "presentation"]
    assert cnn["stage_px"]["conv1"] >= 150
    for name, side in cnn["stage_px"].items():             # no stage shrinks to fit: it is named in the note
        assert side >= 150, (name, side)
    assert set(cnn["left_out"]) | set(cnn["stage_px"]) == {"input", "conv1", "relu1", "pool1", "conv2", "relu2",
                                                             "pool2"}
    for row in (lecture, cnn):
        assert row["elided"] == [], row["elided"]
        assert "not_restored" not in row                   # leaving gives the layout back


def test_a_focused_26_by_26_map_writes_its_values_readably_at_720p(rows_720):
    for model in ("lecture-ox", "ox-cnn"):
        row = rows_720[model, "presentation+focus:map"]
        values = row["values"]["conv1"]                    # one conv1 map (26 x 26) focused in presentation mode
        assert values["font_px"] >= 12 and values["digits_high_px"] >= 9, (model, values)
        assert values["cell_px"] >= 30                     # drawn larger than the 16 px cells a fitted map has
        assert row["elided"] == [], row["elided"]


def test_stepping_through_a_convolution_while_presenting_at_720p_both_read_from_the_back(rows_720):
    """The stepped layer leads the pipeline (ox-cnn's conv1: the stepped channel alone, at 150 px and more),
    the stepper's own input and output maps are 150 px and more, its arithmetic whole in 14 px numbers."""
    for model in ("lecture-ox", "ox-cnn"):
        row = rows_720[model, "presentation+stepper"]
        assert row["stage_px"]["conv1"] >= 150 and row["stage_px"]["input"] >= 150, (model, row["stage_px"])
        stepper = row["stepper"]
        assert min(stepper["map_px"].values()) >= 150, (model, stepper)
        assert stepper["numbers_px"] >= 14 and stepper["title_px"] >= 14 and stepper["status_px"] >= 14
        assert row["elided"] == [], (model, row["elided"])     # titles, the table, the status line whole
        assert "not_restored" not in row, row.get("not_restored")   # closing the stepper, leaving presenting


def test_with_an_experiment_dock_open_at_720p_no_text_is_elided(rows_720):
    for model in ("lecture-ox", "ox-cnn"):
        for mode in ("dock:collection", "dock:compare"):
            row = rows_720[model, mode]
            assert row["elided"] == [], (model, mode, row["elided"])
            assert min(row["map_px"].values()) >= 24, (model, mode, row["map_px"])


def test_presentation_sizing_is_given_back_exactly(make_window, qtbot):
    window = make_window("ox-cnn", size=(1280, 720))
    pipeline = window.pipeline
    qtbot.wait(300)
    before = (window.canvas_share, window.CANVAS_MIN)
    window.lecture.presentation.set_presenting(True)
    qtbot.wait(300)
    assert pipeline.sizing == PRESENTING_SIZING
    stages = {stage.name: stage for stage in pipeline.stages}
    assert stages["input"].emphasis == 1.0 and stages["conv1"].lead_share == PRESENTING_SIZING.lead_share
    window.lecture.presentation.set_presenting(False)
    qtbot.wait(300)
    assert pipeline.sizing == NORMAL_SIZING
    assert (window.canvas_share, window.CANVAS_MIN) == before
    stages = {stage.name: stage for stage in pipeline.stages}
    assert stages["input"].emphasis == 2.0 and stages["conv1"].lead_share == 1.0
    assert stages["conv1"].tile_shape() == (26, 52)      # the filter block as tall as the map again


def test_the_stepped_layer_leads_the_pipeline_only_while_presenting(make_window, qtbot):
    window = make_window("ox-cnn", size=(1280, 720))
    window.draw_example("circle")
    window.live.run_now()
    lecture, pipeline = window.lecture, window.pipeline
    order = [stage.name for stage in pipeline.stages]
    lecture.stepper_action.trigger()
    qtbot.wait(100)
    assert [stage.name for stage in pipeline.stages] == order     # not presenting: the pipeline as it was
    lecture.presentation.set_presenting(True)
    qtbot.wait(500)
    lecture.stepper.set_layer("conv2", channel=3, input_channel=5)
    qtbot.wait(300)
    first = pipeline.stages[:2]
    assert [(s.name, s.first_map, s.count) for s in first] == [("pool1", 5, 1), ("conv2", 3, 1)]
    assert pipeline.panels["conv2"].title_text == "conv2 \u00b7 channel 3 of 16"
    shown = pipeline.panels["conv2"].values
    assert shown.shape == (1, 11, 11) and (shown[0] == window.session.trace["conv2"][0][3]).all()
    lecture.stepper_action.trigger()                             # closing the stepper: the pipeline order again
    qtbot.wait(300)
    assert [stage.name for stage in pipeline.stages] == order and pipeline.stepping is None
    lecture.presentation.set_presenting(False)
    qtbot.wait(300)
