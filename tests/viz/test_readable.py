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
