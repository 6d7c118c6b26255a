"""Stepping through a transposed convolution: each input cell stamps a scaled copy of the filter, and the stamps
accumulate to exactly the engine's output."""
import numpy as np
import pytest

from cnnviz.analysis.explain_transpose import explain_transposed_conv
from cnnviz.engine.layers import ConvTranspose2D, Dense, Flatten
from cnnviz.engine.model import Sequential
from cnnviz.viz.stamping import Stamping
from cnnviz.viz.stepper import StepperError, steppable_layers

SETTINGS = [(3, 1, 0, 0), (3, 2, 1, 1), (2, 2, 0, 0), (4, 3, 2, 2), (1, 3, 0, 2), (5, 2, 3, 0)]


def traced(kernel, stride, padding, output_padding, seed=0, in_channels=3):
    rng = np.random.default_rng(seed)
    layer = ConvTranspose2D(in_channels, 2, kernel, stride=stride, padding=padding, output_padding=output_padding,
                            name="tconv")
    layer.params["weight"][...] = rng.standard_normal(layer.weight.shape)
    layer.params["bias"][...] = rng.standard_normal(2)
    shape = layer.output_shape((in_channels, 5, 6))
    model = Sequential([layer, Flatten(name="flatten"), Dense(int(np.prod(shape)), 2, name="dense")], ("a", "b"),
                       (in_channels, 5, 6))
    return model.forward(rng.standard_normal((1, in_channels, 5, 6)).astype(np.float32))


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: "k{}s{}p{}op{}".format(*s))
def test_the_stamps_accumulate_to_the_engines_output(setting):
    trace = traced(*setting)
    for f in range(2):
        stamping = Stamping(trace, "tconv", f)
        assert len(stamping) == 5 * 6                                    # one step per input cell
        np.testing.assert_allclose(stamping.partial_map(len(stamping)), trace["tconv"][0, f], rtol=1e-5, atol=1e-5)


def test_each_step_adds_its_input_cells_scaled_filter_at_stride_times_position_minus_padding():
    trace = traced(3, 2, 1, 1)
    stamping = Stamping(trace, "tconv", 1)
    x, w = trace.step("tconv").input[0].astype(np.float64), trace.step("tconv").layer.weight.astype(np.float64)
    bias = float(trace.step("tconv").layer.bias[1])
    # by hand: a canvas with room for the padding, then cropped
    canvas = np.zeros(((5 - 1) * 2 + 3 + 1, (6 - 1) * 2 + 3 + 1))
    for k, (i, j) in enumerate((i, j) for i in range(5) for j in range(6)):
        canvas[2 * i:2 * i + 3, 2 * j:2 * j + 3] += sum(x[c, i, j] * w[c, 1] for c in range(3))
        np.testing.assert_allclose(stamping.stamp(k), sum(x[c, i, j] * w[c, 1] for c in range(3)))
        shown = stamping.partial_map(k + 1)
        expected = canvas[1:1 + 10, 1:1 + 12] + bias
        reached = ~np.isnan(shown)
        np.testing.assert_allclose(shown[reached], expected[reached], atol=1e-9)
        if k < len(stamping) - 1:
            rows, cols = stamping.positions[k].rows, stamping.positions[k].cols
            assert reached[rows.start:rows.stop, cols.start:cols.stop].all()       # the stamp's footprint


def test_going_back_and_forth_gives_the_same_maps():
    stamping = Stamping(traced(4, 3, 2, 2), "tconv", 0)
    late, early = stamping.partial_map(20).copy(), stamping.partial_map(4).copy()
    np.testing.assert_array_equal(stamping.partial_map(20), late)
    np.testing.assert_array_equal(stamping.partial_map(4), early)
    assert np.isnan(stamping.partial_map(0)).all()                                # nothing stamped yet


def test_the_cell_a_step_completes_has_its_final_value_and_the_inspectors_arithmetic():
    trace = traced(3, 2, 1, 0, seed=3)
    stamping = Stamping(trace, "tconv", 0)
    for k in (0, 7, 13, 29):
        r, c = stamping.completed_cell(k)
        now = stamping.partial_map(k + 1)[r, c]
        assert now == pytest.approx(float(trace["tconv"][0, 0, r, c]), abs=1e-5)
        cell = explain_transposed_conv(trace, "tconv", (0, 0, r, c))
        assert cell.matches_engine and cell.value == pytest.approx(now, abs=1e-9)


def test_the_stepper_lists_transposed_convolutions_and_refuses_other_layers():
    trace = traced(3, 1, 0, 0)
    assert steppable_layers(trace) == ["tconv"]
    with pytest.raises(StepperError, match="dense"):
        Stamping(trace, "dense")
    with pytest.raises(StepperError, match="output channels 0-1"):
        Stamping(trace, "tconv", 2)
