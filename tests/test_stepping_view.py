"""The pipeline's order while the stepper leads it (cnnviz.viz.stepping_view), on a planned model's stages."""
import numpy as np

from cnnviz.viz.layout import Stage
from cnnviz.viz.stepping_view import Stepping, reduce_to, stepping_stages


def stages():
    lead = np.arange(8 * 3 * 3, dtype=float).reshape(8, 3, 3)
    return [Stage("input", "input", (1, 28, 28), 1, (28, 28), "input"),
            Stage("conv", "conv1", (8, 26, 26), 8, (26, 26), "conv1", lead),
            Stage("activation", "relu1", (8, 26, 26), 8, (26, 26), "relu1"),
            Stage("pool", "pool1", (8, 13, 13), 8, (13, 13), "pool1")]


def test_the_stepped_layer_and_its_input_lead_and_the_rest_follow_in_order():
    order = stepping_stages(stages(), Stepping("pool1", 2), one_map=False)
    assert [s.name for s in order] == ["relu1", "pool1", "input", "conv1"]
    assert [s.count for s in order] == [8, 8, 1, 8]
    assert [s.name for s in stepping_stages(stages(), Stepping("nope"), one_map=True)] == \
        ["input", "conv1", "relu1", "pool1"]


def test_one_map_shows_the_stepper_s_channels_with_their_own_values_and_filter():
    conv1 = stepping_stages(stages(), Stepping("conv1", 5), one_map=True)[1]
    assert (conv1.count, conv1.first_map, conv1.reduced) == (1, 5, True)
    assert (conv1.lead[0] == stages()[1].lead[5]).all()
    trace = np.random.default_rng(0).normal(size=(8, 26, 26))
    assert (conv1.maps(trace)[0] == trace[5]).all()           # the layer's whole output: its map 5
    assert (conv1.maps(trace[5:6]) == trace[5:6]).all()       # already that map
    relu, pool = stepping_stages(stages(), Stepping("pool1", 3, input_channel=7, pooling=True), one_map=True)[:2]
    assert (relu.first_map, pool.first_map) == (3, 3)         # pooling reads its own channel
    relu = stepping_stages(stages(), Stepping("pool1", 3, input_channel=7), one_map=True)[0]
    assert relu.first_map == 7
    assert reduce_to(stages()[0], 4) == stages()[0]           # a single map stays as it is
