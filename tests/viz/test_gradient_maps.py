"""Display maths of the Backward view: maps match the engine's gradients, levels are symmetric per stage and
steady while drawing, dL/dw tiles line up with the filters, dense dL/dW is laid out like its weights."""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.data import make_sketch, to_network_input
from cnnviz.engine import gradients, load_model
from cnnviz.viz.gradient_maps import (LOGITS, GradientLevels, backward_frame, dense_block_cell, dense_blocks,
                                      kernel_blocks, weight_gradient_blocks, weight_key)
from cnnviz.viz.mosaic import kernel_block
from cnnviz.viz.layout import plan_stages
from cnnviz.viz.levels import nice_level


def sketch(seed=0, label=0):
    image, _ = make_sketch(label, np.random.default_rng(seed))
    return to_network_input(image, (28, 28))


@pytest.fixture(scope="module", params=["lecture-ox", "ox-cnn"])
def model(request):
    return load_model(request.param)


def test_every_stage_gets_its_gradient_beside_its_activation_map(model):
    grads = gradients(model, sketch(1), 0)
    stages = plan_stages(model)
    frame = backward_frame(stages, grads, GradientLevels(), model)
    for stage in stages:
        forward = stage.maps(grads.trace.input[0] if stage.name == "input" else grads.trace[stage.name][0])
        assert frame.maps[stage.name].shape == forward.shape
        source = grads.input if stage.name == "input" else grads.outputs[stage.name]
        np.testing.assert_array_equal(frame.maps[stage.name].ravel(), source.ravel())
        level = frame.levels[stage.name]
        assert level >= np.abs(frame.maps[stage.name]).max() or not np.abs(frame.maps[stage.name]).max()
        assert level == nice_level(level)
    np.testing.assert_array_equal(frame.logits, grads.logits[0])
    np.testing.assert_allclose(frame.logits, grads.trace.probabilities[0] - [1, 0], atol=1e-6)
    assert frame.levels[LOGITS] == 1.0 or frame.levels[LOGITS] >= np.abs(frame.logits).max()


def test_each_stage_has_its_own_scale():
    model = load_model("ox-cnn")
    grads = gradients(model, sketch(2, 1), 0)                         # wrong target: large gradients
    frame = backward_frame(plan_stages(model), grads, GradientLevels(), model)
    for name, maps in frame.maps.items():
        biggest = np.abs(maps).max()
        if biggest:
            assert biggest <= frame.levels[name] < 4 * biggest + 1e-30, name      # tight, not a shared scale
    assert len({frame.levels[name] for name in frame.maps}) > 1


def test_levels_grow_at_once_and_shrink_only_when_much_smaller():
    levels = GradientLevels()
    assert levels.update("conv1", np.array([0.3, -0.7])) == 0.8
    assert levels.update("conv1", np.array([0.25])) == 0.8                 # 0.25 >= 0.8 / 4: stays
    assert levels.update("conv1", np.array([-2.2])) == 2.5                 # grows at once
    assert levels.update("conv1", np.array([0.01])) == 0.01                # far below: shrinks
    assert levels.update("conv1", np.zeros(3)) == 0.01                     # nothing flows back: unchanged
    assert levels.update("new", np.zeros(3)) == 1.0
    assert levels.update("nan", np.array([np.nan])) == 1.0
    levels.reset()
    assert levels.levels == {}


def test_weight_gradient_tiles_sit_beside_their_filters(model):
    grads = gradients(model, sketch(3), 1)
    filters, tiles = weight_gradient_blocks(model, grads, "conv1")
    layer = model.layer("conv1")
    assert filters.shape == tiles.shape and len(tiles) == layer.out_channels
    np.testing.assert_array_equal(filters[0][:3, :3], layer.weight[0, 0])
    np.testing.assert_array_equal(tiles[0][:3, :3], grads.weights["conv1"][0, 0])
    frame = backward_frame(plan_stages(model), grads, GradientLevels(), model)
    np.testing.assert_array_equal(frame.weights["conv1"], tiles)
    assert frame.levels[weight_key("conv1")] >= np.abs(grads.weights["conv1"]).max()
    with pytest.raises(ValueError, match="not a convolution"):
        weight_gradient_blocks(model, grads, "dense")


def test_conv2_tiles_put_every_input_channel_in_a_grid():
    model = load_model("ox-cnn")
    grads = gradients(model, sketch(4), 0)
    _, tiles = weight_gradient_blocks(model, grads, "conv2")
    assert tiles.shape == (16, 11, 11)                                    # 8 kernels: 3 x 3 grid, 1 px gaps
    np.testing.assert_array_equal(tiles[4][4:7, 8:11], grads.weights["conv2"][4, 5])   # kernel 5: row 1, col 2
    assert np.isnan(tiles[4][3]).all() and np.isnan(tiles[4][8:, 7:]).all()     # gaps; no ninth kernel


def test_lecture_ox_dense_gradient_is_laid_out_by_quadrant():
    model = load_model("lecture-ox")
    grads = gradients(model, sketch(5), 0)
    blocks = dense_blocks(model, "dense", grads.weights["dense"])
    assert blocks.shape == (2, 2, 5)                                       # per class: "\" 2x2 | gap | "/" 2x2
    g = grads.weights["dense"]
    # feature order is (map, row, column): map 0 quadrants top-left, top-right, bottom-left, bottom-right
    np.testing.assert_array_equal(blocks[1][:, :2], g[1, :4].reshape(2, 2))
    np.testing.assert_array_equal(blocks[1][:, 3:], g[1, 4:].reshape(2, 2))
    assert np.isnan(blocks[0][:, 2]).all()
    weights = dense_blocks(model, "dense", model.layer("dense").weight)    # the same layout as the weights
    assert weights[0][0, 0] == model.layer("dense").weight[0, 0]
    assert dense_block_cell(model, "dense", 1, 4) == 7 and dense_block_cell(model, "dense", 0, 2) is None
    for j in range(8):
        c, r, q = np.unravel_index(j, (2, 2, 2))
        assert dense_block_cell(model, "dense", r, c * 3 + q) == j


def test_a_dense_layer_not_behind_a_flatten_is_one_strip():
    from cnnviz.engine import Dense, Flatten, Sequential
    model = Sequential([Flatten(name="f"), Dense(4, 3, name="h"), Dense(3, 2, name="out")],
                       class_names=("a", "b"), input_shape=(1, 2, 2))
    blocks = dense_blocks(model, "out", np.arange(6.0).reshape(2, 3))
    assert blocks.shape == (2, 1, 3) and blocks[1, 0, 2] == 5
    assert dense_block_cell(model, "out", 0, 2) == 2 and dense_block_cell(model, "out", 0, 3) is None
    with pytest.raises(ValueError, match="expected a \\(2, 3\\) matrix"):
        dense_blocks(model, "out", np.zeros((3, 2)))


@pytest.mark.parametrize("channels", [1, 2, 3, 8, 10])
def test_kernel_blocks_lay_out_every_item_as_kernel_block_does(channels):
    stack = np.random.default_rng(channels).normal(size=(4, channels, 3, 2))
    expected = np.stack([kernel_block(item) for item in stack])
    np.testing.assert_array_equal(kernel_blocks(stack), expected)
