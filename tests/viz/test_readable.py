"""The minimum readable map size: later stages give way rather than every map shrinking to a strip."""
from types import SimpleNamespace

import pytest

from cnnviz.engine import load_model
from cnnviz.viz.layout import choose_placement, plan_stages
from cnnviz.viz.readable import readable_prefix

NOTE_WIDTH = 150


def placer(stages, width, height):
    def place(k, collapsed):
        return choose_placement(stages[:k], width - (NOTE_WIDTH if collapsed else 0), height, max_rows=3)
    return place


def test_all_stages_stay_when_they_are_readable():
    stages = plan_stages(load_model("lecture-ox"))
    count, placement = readable_prefix(placer(stages, 1000, 600), len(stages), 36)
    assert count == len(stages) and placement.map_pixels >= 36


def test_later_stages_give_way_until_the_maps_are_readable():
    stages = plan_stages(load_model("ox-cnn"))
    place = placer(stages, 600, 550)
    squeezed = place(len(stages), False)
    assert squeezed.map_pixels < 60                   # everything at once: small maps
    count, placement = readable_prefix(place, len(stages), 60)
    assert 1 <= count < len(stages)
    assert placement.map_pixels >= 60 and len(placement.rows) == count
    more = place(count + 1, True)                      # one stage more would not be readable
    assert more is None or more.map_pixels < 60


def test_if_nothing_is_readable_the_first_two_stages_are_shown_as_large_as_they_can_be():
    place = lambda k, collapsed: SimpleNamespace(map_pixels=10.0 * (8 - k), k=k)
    count, placement = readable_prefix(place, 4, 100)
    assert count == 2 and placement.k == 2                 # the input and the first layer, not the input alone
    assert readable_prefix(place, 1, 100)[0] == 1
    with pytest.raises(ValueError, match="at least one stage"):
        readable_prefix(place, 0, 10)


def test_a_pooled_map_too_small_for_its_values_is_not_readable():
    from cnnviz.viz.readable import MIN_NUMBERED_CELL_PX, readable_size
    stages = plan_stages(load_model("lecture-ox"))          # input, conv1, relu1, pool1 (2 x 2, with its values)
    pool = stages[3]
    assert pool.numbers and pool.map_shape == (2, 2)
    small = choose_placement(stages, 300, 200)               # a small view: pool1 maps of 32 px, cells of 16
    assert small.scale(pool) < MIN_NUMBERED_CELL_PX and readable_size(small, stages) == 0.0
    assert readable_size(choose_placement(stages[:3], 300, 200), stages) > 24     # without pool1: its maps count
    large = choose_placement(stages, 1400, 500)
    assert large.scale(pool) >= MIN_NUMBERED_CELL_PX and readable_size(large, stages) == large.smallest >= large.map_pixels
