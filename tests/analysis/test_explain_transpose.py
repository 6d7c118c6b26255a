"""Explaining a transposed-convolution cell (the stamps that overlap on it) and an upsampling cell: the terms
add up to the engine's value, the weights are the filter entries that land there, and the receptive field
is exactly the input cells the cell's gradient reaches."""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.analysis import explain
from cnnviz.analysis.explain_transpose import (TransposedConvCell, UpsampleCell, WrongLayerError,
                                               explain_transposed_conv, explain_upsample, stamp_region)
from cnnviz.engine import Activation, ConvTranspose2D, Dense, Flatten, Sequential, Upsample, he_init
from cnnviz.messages import Message


def model(mode="bilinear", stride=2, padding=1, output_padding=1) -> Sequential:
    """2x4x5 -> transposed conv 3 (3x3) -> relu -> upsample 2x3 -> flatten -> dense 2."""
    c, h, w = 2, 4, 5
    tconv = ConvTranspose2D(c, 3, 3, stride=stride, padding=padding, output_padding=output_padding, name="tconv")
    _, oh, ow = tconv.output_shape((c, h, w))
    layers = [tconv, Activation("relu", name="relu"), Upsample((2, 3), mode=mode, name="up"), Flatten(name="flatten"),
              Dense(3 * oh * 2 * ow * 3, 2, name="dense")]
    net = Sequential(layers, ("a", "b"), (c, h, w))
    rng = np.random.default_rng(0)
    he_init(net, rng)
    net.layer("tconv").params["bias"][...] = rng.normal(size=3)
    return net


@pytest.fixture
def trace():
    return model().forward(np.random.default_rng(1).normal(size=(2, 2, 4, 5)).astype(np.float32))


def test_every_transposed_cell_is_the_sum_of_its_stamps_and_matches_the_engine(trace):
    out = trace["tconv"]
    layer = trace.step("tconv").layer
    counts = set()
    for index in np.ndindex(out.shape):
        cell = explain.explain_cell(trace, "tconv", index)
        assert isinstance(cell, TransposedConvCell) and cell.matches_engine, (index, cell.agreement.text)
        assert cell.value == pytest.approx(sum(t.product for t in cell.terms) + cell.bias, abs=1e-12)
        n, f, r, s = index
        for t in cell.terms:                       # the filter entry that lands on (r, s) from input cell (i, j)
            u, v = t.offset
            assert (t.row * 2 + u - 1, t.col * 2 + v - 1) == (r, s)
            assert t.weight == layer.weight[t.channel, f, u, v]
            assert t.value == trace.step("tconv").input[n, t.channel, t.row, t.col]
        counts.add(len(cell.terms) // 2)           # per input channel
    assert counts == {1, 2, 4}                     # stride 2, 3x3: stamps overlap on one, two or four


def test_one_nonzero_input_cell_stamps_its_scaled_filter():
    net = model()
    x = np.zeros((1, 2, 4, 5), np.float32)
    x[0, 1, 2, 3] = 2.0
    trace = net.forward(x)
    layer = net.layer("tconv")
    rows, cols, (u0, v0) = stamp_region(layer, 2, 3, trace["tconv"].shape[2:])
    assert (rows, cols, (u0, v0)) == (range(3, 6), range(5, 8), (0, 0))
    for r in rows:
        for s in cols:
            cell = explain_transposed_conv(trace, "tconv", (0, 2, r, s))
            stamp = [t for t in cell.terms if t.value != 0]
            assert len(stamp) == 1 and stamp[0].product == 2.0 * layer.weight[1, 2, r - 3, s - 5]


def test_the_notes_say_how_stamps_overlap_and_link_to_the_gradient_of_a_convolution(trace):
    cell = explain_transposed_conv(trace, "tconv", (0, 0, 3, 4))
    assert isinstance(cell.formula, Message) and isinstance(cell.gradient_note, Message)
    assert str(cell.formula).startswith(f"{len(cell.terms)} stamps overlap on this cell: ")
    assert "(top-left corner at (i·2 − 1, j·2 − 1))" in str(cell.stamp_note)
    assert "input gradient of an ordinary convolution" in str(cell.gradient_note)
    assert "maps this 8x10 map back to 4x5" in str(cell.gradient_note)
    assert cell.output_size == (8, 10) and cell.activation is not None


def test_a_cell_no_stamp_reaches_is_the_bias_alone():
    net = model(stride=3, padding=0, output_padding=2)     # 3x3 stamps 3 apart, 2 extra rows at the bottom
    trace = net.forward(np.ones((1, 2, 4, 5), np.float32))
    h = trace["tconv"].shape[2]
    cell = explain_transposed_conv(trace, "tconv", (0, 1, h - 1, 0))
    assert cell.terms == () and cell.value == pytest.approx(float(net.layer("tconv").bias[1]))
    assert "only the bias" in str(cell.formula) and cell.matches_engine


@pytest.mark.parametrize("mode", ["nearest", "bilinear"])
def test_every_upsampled_cell_is_a_weighted_sum_of_the_cells_it_reads(mode):
    trace = model(mode).forward(np.random.default_rng(2).normal(size=(1, 2, 4, 5)).astype(np.float32))
    for index in np.ndindex(trace["up"].shape):
        cell = explain.explain_cell(trace, "up", index)
        assert isinstance(cell, UpsampleCell) and cell.matches_engine
        assert sum(t.weight for t in cell.terms) == pytest.approx(1.0)
        assert len(cell.terms) == 1 if mode == "nearest" else 1 <= len(cell.terms) <= 4
    cell = explain_upsample(trace, "up", (0, 0, 5, 7))
    assert str(cell.formula).startswith(f"{mode} upsampling by 2x3: ")


@pytest.mark.parametrize("mode", ["nearest", "bilinear"])
def test_receptive_field_is_exactly_where_the_gradient_reaches(mode):
    net = model(mode)
    net.layers[1] = Activation("identity", name="relu")           # linear all the way: no gradient is cut
    x = np.random.default_rng(3).normal(size=(1, 2, 4, 5))
    trace = net.forward(x)
    for index in [(0, 0, 0, 0), (0, 2, 7, 13), (0, 1, 9, 29), (0, 0, 15, 2)]:
        field = explain.receptive_field(trace, "up", index)
        # d cell / d input by the chain rule through the engine's backward
        g = np.zeros(trace["up"].shape)
        g[index] = 1
        up, tconv = net.layer("up"), net.layer("tconv")
        tconv.forward(x)
        up.forward(net.layer("relu").forward(trace["tconv"]))
        dx = tconv.backward(net.layer("relu").backward(up.backward(g)))
        np.testing.assert_array_equal(field.regions[-1].mask, np.abs(dx[0]) > 1e-12)


def test_asking_the_wrong_layer_is_refused_with_a_message(trace):
    with pytest.raises(WrongLayerError, match=r"layer 'up' \(upsample\) is not a conv_transpose2d layer"):
        explain_transposed_conv(trace, "up", (0, 0, 0, 0))
    with pytest.raises(explain.ExplainError):
        explain_upsample(trace, "tconv", (0, 0, 0, 0))
