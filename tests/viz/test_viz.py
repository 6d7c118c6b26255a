"""Display maths: colour tables, levels, mosaics, layout. No Qt here."""

import numpy as np
import pytest

from cnnviz.engine import Activation, Conv2D, Dense, Flatten, Pool2D, Sequential, Softmax, he_init, load_model
from cnnviz.viz import (MosaicImage, MosaicLayout, calibrate_levels, choose_placement, diverging_table, ink_table,
                        interval_bounds, kernel_block, nice_level, plan_stages, stage_title)
from cnnviz.viz.layout import format_value


def ox_cnn_like(seed=0):
    model = Sequential([Conv2D(1, 8, 3, name="conv1"), Activation("relu", name="relu1"), Pool2D(2, name="pool1"),
                        Conv2D(8, 16, 3, name="conv2"), Activation("relu", name="relu2"), Pool2D(2, name="pool2"),
                        Flatten(name="flatten"), Dense(400, 2, name="dense"), Softmax(name="softmax")],
                       class_names=("circle", "cross"), input_shape=(1, 28, 28), name="he")
    he_init(model, np.random.default_rng(seed))
    return model


def test_zero_is_the_neutral_middle_and_levels_saturate():
    table = diverging_table(2.0)
    idx = table.indices(np.array([-5, -2, 0, 2, 5], np.float32))
    assert list(idx) == [0, 0, 127, 254, 254]
    assert tuple(table.rgba[127]) == (255, 255, 255, 255)
    assert table.rgba[0][2] > table.rgba[0][0]          # negative is blue
    assert table.rgba[254][0] > table.rgba[254][2]      # positive is red
    ink = ink_table()
    assert list(ink.indices(np.array([0, 1], np.float32))) == [0, 254]


def test_nice_levels():
    assert nice_level(0.7) == 0.8 and nice_level(3.0) == 3.0 and nice_level(11) == 15 and nice_level(0) == 1.0


def test_format_value_uses_a_real_minus_sign():
    assert format_value(-0.25) == "\u22120.25" and format_value(-0.001) == "0.00" and format_value(1.5) == "1.50"
    assert stage_title("conv1", (8, 26, 26)) == "conv1 \u00b7 8 \u00d7 26 \u00d7 26"


def test_mosaic_places_each_map_in_its_tile():
    rng = np.random.default_rng(1)
    maps = rng.normal(size=(5, 4, 3)).astype(np.float32)
    table = diverging_table(1.0)
    mosaic = MosaicImage(5, (4, 3), table, columns=2, gap=1)
    mosaic.update(maps)
    assert mosaic.shape == (3 * 5 + 1, 2 * 4 + 1)
    for i in range(5):
        y, x, h, w = mosaic.map_rect(i)
        np.testing.assert_array_equal(mosaic.rgba[y:y + h, x:x + w], table.colours(maps[i]))
    # the unused slot and the gaps are the gap colour
    y, x = mosaic.layout.origin(5)
    assert (mosaic.rgba[y:y + 4, x:x + 3] == table.rgba[table.gap_index]).all()
    assert (mosaic.rgba[0] == table.rgba[table.gap_index]).all()
    assert mosaic.layout.tile_at(y=1.5, x=1.2) == 0 and mosaic.layout.tile_at(0.2, 0.2) is None


def test_mosaic_with_filter_weights_keeps_them_while_maps_change():
    lead = np.stack([kernel_block(np.ones((8, 3, 3)) * k) for k in (1, -1)])
    assert lead.shape == (2, 11, 11)
    mosaic = MosaicImage(2, (11, 11), diverging_table(4), columns=1, lead=lead, lead_table=diverging_table(1))
    before = mosaic.rgba.copy()
    mosaic.update(np.ones((2, 11, 11), np.float32))
    y, x, h, w = mosaic.lead_rect(0)
    np.testing.assert_array_equal(mosaic.rgba[y:y + h, x:x + w], before[y:y + h, x:x + w])
    assert not np.array_equal(mosaic.rgba, before)


def test_interval_bounds_are_tight_for_one_layer():
    model = load_model("lecture-ox")
    low, high = interval_bounds(model)["conv1"]
    assert (low, high) == pytest.approx((-3.0, 3.0))     # 1 on the diagonal, -0.5 elsewhere, input in [0, 1]


def test_levels_are_fixed_symmetric_and_shared_along_a_block():
    model = ox_cnn_like()
    x = np.random.default_rng(0).random((4, 1, 28, 28)).astype(np.float32)
    levels = calibrate_levels(model, x)
    assert levels["relu1"] == levels["conv1"] == levels["pool1"] and levels["softmax"] == 1.0
    bound = max(map(abs, interval_bounds(model)["conv1"]))
    assert 0 < levels["conv1"] <= nice_level(bound)
    assert calibrate_levels(model, x) == levels


def test_plan_and_placement_cover_every_map_layer():
    model = ox_cnn_like()
    stages = plan_stages(model)
    assert [s.name for s in stages] == ["input", "conv1", "relu1", "pool1", "conv2", "relu2", "pool2"]
    assert stages[1].lead.shape == (8, 3, 3) and stages[4].lead.shape == (16, 11, 11)
    lecture = plan_stages(load_model("lecture-ox"))
    assert lecture[-1].name == "pool1" and lecture[-1].numbers and not lecture[1].numbers
    for width, height in [(1000, 800), (600, 400), (2400, 1300), (50, 50)]:
        placement = choose_placement(stages, width, height)
        assert len(placement.columns) == len(stages) and placement.map_pixels >= 1
        assert all(1 <= c <= s.count for c, s in zip(placement.columns, stages))


def test_placement_uses_more_rows_rather_than_squeezing_titles():
    from cnnviz.engine import load_model
    from cnnviz.viz.layout import choose_placement, plan_stages
    stages = plan_stages(load_model("ox-cnn"))
    wide = [180.0] * len(stages)
    assert choose_placement(stages, 500, 700, row_overhead=90, min_widths=wide, max_rows=3, strict=True) is None
    placement = choose_placement(stages, 500, 700, row_overhead=90, min_widths=wide, max_rows=4, strict=True)
    assert placement is not None and placement.row_count == 4
    for row in range(placement.row_count):        # every row's stages keep their minimum widths
        assert sum(wide[i] for i, r in enumerate(placement.rows) if r == row) <= 500
    # per-stage overheads: a row is as tall as its tallest title and colour bars
    tall = choose_placement(stages, 1000, 500, row_overhead=[120.0] * len(stages))
    short = choose_placement(stages, 1000, 500, row_overhead=[60.0] * len(stages))
    assert short.map_pixels > tall.map_pixels


def test_placements_are_compared_by_the_maps_their_panels_draw():
    from cnnviz.viz.layout import PanelFrame, drawn_sides
    stages = plan_stages(load_model("lecture-ox"))          # input, conv1 (filters beside its maps), relu1, pool1
    frame = PanelFrame(margin=8, row_width=680, row_spacing=6)
    # relu1's title asks for 190 px, far more than its one column of maps: its panel draws them larger
    one = choose_placement(stages, 660, 500, row_overhead=[80, 110, 80, 80], min_widths=[150, 170, 190, 120],
                           max_rows=1, frame=frame)
    drawn = drawn_sides(stages, [s.emphasis for s in stages], [[0, 1, 2, 3]], one.columns, 660, 500, one.map_pixels,
                        row_overhead=[80, 110, 80, 80], stage_padding=16, min_widths=[150, 170, 190, 120], frame=frame)
    assert list(one.drawn) == pytest.approx(drawn) and one.smallest == pytest.approx(min(drawn))
    assert all(side >= one.map_pixels - 1e-6 for side in drawn)
    assert drawn[2] > 1.5 * one.map_pixels                # its panel's width, not the size every map shares
    # with more rows allowed, the placement only moves to them when the maps drawn grow
    best = choose_placement(stages, 660, 500, row_overhead=[80, 110, 80, 80], min_widths=[150, 170, 190, 120],
                            max_rows=3, frame=frame)
    assert best.smallest >= one.smallest


def test_single_cells_take_the_pipelines_colours():
    from cnnviz.viz.colormap import PALETTES, diverging_table, ink_rgb, ink_table, signed_rgb
    for palette in PALETTES:
        table = diverging_table(3.0, palette)
        for value in (-5.0, -3.0, -1.0, 0.0, 0.5, 3.0):
            assert signed_rgb(value, 3.0, palette) == tuple(int(c) for c in table.colours(np.float32([value]))[0][:3])
    assert signed_rgb(0.0, 1.0) == (255, 255, 255)
    r, g, b = signed_rgb(1.0, 1.0)
    assert r > b                                  # positive is red
    assert ink_rgb(1.0) == tuple(int(c) for c in ink_table(1.0).colours(np.float32([1.0]))[0][:3])


def test_a_standardise_stage_gets_a_level_that_shows_its_paper_and_ink_apart():
    """(x - mean) / std moves white paper to about +1.4 and black ink to about -3.9 on selfedu-rgb: a level of
    1 (the input's) painted both full red/blue. The bound follows the standardisation, and every layer after it
    is bounded from the standardised range."""
    model = load_model("selfedu-rgb")
    standardize = model.layers[0]
    low, high = interval_bounds(model)["standardize"]
    assert low == pytest.approx(float(((0 - standardize.mean) / standardize.std).min()))
    assert high == pytest.approx(float(((1 - standardize.mean) / standardize.std).max()))
    x = np.ones((4,) + model.input_shape, np.float32)
    x[:, :, 10:20, 10:20] = 0.0                         # a black square on white paper
    levels = calibrate_levels(model, x)
    out = model.forward(x).steps[0].output
    assert levels["standardize"] >= np.abs(out).max()   # neither paper nor ink saturates
    assert levels["standardize"] < 2 * np.abs(out).max()
