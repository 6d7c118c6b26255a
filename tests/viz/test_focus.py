"""The focused stage's layout maths: largest maps, readable cell values, walking the stages."""
import pytest

from cnnviz.engine import load_model
from cnnviz.viz.focus import (MIN_NUMBER_PX, TWO_DECIMALS_PX, VALUE_EMS, cell_number_style, focus_layout, neighbour,
                              numbered_when_focused)
from cnnviz.viz.layout import plan_stages


@pytest.fixture(scope="module")
def stages():
    return {s.name: s for s in plan_stages(load_model("ox-cnn"))}


def test_focus_layout_picks_the_columns_that_make_maps_largest(stages):
    conv2 = stages["conv2"]              # 16 maps of 11 x 11, each with its 3 x 3 x 8 filter tile
    wide = focus_layout(conv2, 1600, 400)
    tall = focus_layout(conv2, 400, 1600)
    assert wide.columns > tall.columns
    for layout, (width, height) in ((wide, (1600, 400)), (tall, (400, 1600))):
        h, w = conv2.mosaic_shape(layout.columns)
        assert h * layout.cell_px <= height + 1e-6 and w * layout.cell_px <= width + 1e-6
        for columns in range(1, conv2.count + 1):       # no other column count gives larger cells
            h, w = conv2.mosaic_shape(columns)
            assert min(width / w, height / h) <= layout.cell_px + 1e-9
    assert wide.map_px == pytest.approx(wide.cell_px * 11)


def test_one_pooled_map_of_the_lecture_model_fills_a_projector_area():
    pool = {s.name: s for s in plan_stages(load_model("lecture-ox"))}["pool1"]
    layout = focus_layout(pool, 900, 500)
    assert layout.map_px >= 150
    style = cell_number_style(layout.cell_px)
    assert style is not None and style.font_px >= 14 and style.digits == 2


def test_values_are_written_only_in_cells_where_they_fit():
    assert cell_number_style(10) is None
    for cell in (20, 26, 40, 60, 120, 400):
        style = cell_number_style(cell)
        assert style is not None, cell
        assert style.font_px >= MIN_NUMBER_PX
        assert style.font_px * VALUE_EMS[style.digits] <= cell          # "0.00" fits its cell
        assert style.font_px <= cell * 0.5                               # ... and stays inside its height
    assert cell_number_style(30).digits == 1 and cell_number_style(60).digits == 2
    assert cell_number_style(60).font_px >= TWO_DECIMALS_PX
    sizes = [cell_number_style(c).font_px for c in (40, 60, 80, 120)]
    assert sizes == sorted(sizes) and cell_number_style(1000).font_px == 40


def test_which_stages_write_their_values_when_focused(stages):
    assert [n for n, s in stages.items() if numbered_when_focused(s)] == \
        ["conv1", "relu1", "pool1", "conv2", "relu2", "pool2"]            # the 28 x 28 input is not


def test_neighbour_walks_in_order_and_stops_at_the_ends():
    names = ["input", "conv1", "relu1", "pool1"]
    assert neighbour(names, "conv1", 1) == "relu1"
    assert neighbour(names, "conv1", -1) == "input"
    assert neighbour(names, "input", -1) == "input"
    assert neighbour(names, "pool1", 1) == "pool1"
    with pytest.raises(ValueError, match="no stages"):
        neighbour([], "conv1", 1)


def test_compact_values_have_at_most_two_digits_and_a_narrow_minus():
    from cnnviz.viz.focus import compact_value
    assert [compact_value(v) for v in (0.0, 0.004, -0.004, 0.35, -0.35, 0.996, 1.234, -9.96, 12.4, 123.0)] == \
        ["0", "0", "0", ".35", "\u2013.35", "1.0", "1.2", "\u201310", "12", "123"]


def test_a_focused_map_writes_signed_values_at_the_reading_size():
    from cnnviz.viz.focus import focused_number_style, reading_cell_px, reads_at
    for least in (12, 14):
        cell = reading_cell_px(least)
        style = focused_number_style(cell, least)
        assert style.compact and style.font_px >= least and not reads_at(cell - 1, least)
        assert style.font_px * 2.27 <= cell - 2        # "–.35" (2.27 ems) fits the cell, no smaller font needed
    assert focused_number_style(16, 14) is None        # a 26 x 26 map fitted at 720p: too small to write
    wide = focused_number_style(80, 14)                 # zoomed in far: two decimals, "−0.35" fits
    assert not wide.compact and wide.text(-0.35) == "\u22120.35" and wide.font_px * 3.31 <= 80
