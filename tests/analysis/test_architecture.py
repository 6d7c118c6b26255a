"""The architecture editor's model: the lectures' networks built by edits, weights kept where shapes allow,
refusals that say why and what fits, the shape flow's formulas, undo by keeping the old model, save -> load."""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.analysis import architecture as arch
from cnnviz.analysis.architecture import ArchitectureError
from cnnviz.analysis.edit import EditError
from cnnviz.engine import (Conv2D, ConvTranspose2D, Dense, Pool2D, Upsample, load_model, save_model)
from cnnviz.engine.train import TrainConfig, train
from cnnviz.messages import Message, MessageError


def weights_of(model):
    return {(layer.name, key): value.copy() for layer, key, value in model.parameters()}


def kinds(model):
    return [layer.kind for layer in model.layers]


def lecture_colour_network(rng):
    """3x32x32 -> conv 10 -> relu -> pool -> conv 30 -> relu -> pool -> flatten -> dense -> softmax, from
    lecture-ox (conv1 -> relu1 -> pool1 onto 2x2 -> flatten -> dense -> softmax), one edit per line."""
    model = load_model("lecture-ox")
    edits = [lambda m: arch.set_input(m, channels=3, height=32, width=32, rng=rng),
             lambda m: arch.set_filters(m, "conv1", 10, rng=rng),
             lambda m: arch.remove_layer(m, "pool1", rng=rng),
             lambda m: arch.insert_layer(m, 2, "pool2d", size=2, rng=rng),
             lambda m: arch.insert_layer(m, 3, "conv2d", out_channels=30, kernel_size=5, rng=rng),
             lambda m: arch.insert_layer(m, 4, "activation", function="relu", rng=rng),
             lambda m: arch.insert_layer(m, 5, "pool2d", size=2, rng=rng)]
    results = []
    for edit in edits:
        results.append(edit(model))
        model = results[-1].model
    return model, results


def test_the_lectures_colour_network_is_built_from_lecture_ox_in_at_most_twelve_edits():
    rng = np.random.default_rng(0)
    original = load_model("lecture-ox")
    before = weights_of(original)
    model, results = lecture_colour_network(rng)
    assert len(results) <= 12
    assert kinds(model) == ["conv2d", "activation", "pool2d", "conv2d", "activation", "pool2d", "flatten", "dense",
                            "softmax"]
    assert model.input_shape == (3, 32, 32)
    assert [s.output_shape for s in arch.shape_flow(model)] == [
        (10, 30, 30), (10, 30, 30), (10, 15, 15), (30, 11, 11), (30, 11, 11), (30, 5, 5), (750,), (2,), (2,)]
    # the hand-set "\" and "/" filters survive on the grey channel; everything new is He-initialised
    np.testing.assert_array_equal(model.layer("conv1").weight[:2, :1], original.layer("conv1").weight)
    new = model.layer("conv1").weight[2:]
    assert np.all(np.isfinite(new)) and 0.2 < new.std() < 0.8               # He: sqrt(2 / 27) = 0.27
    assert model.layer("dense").in_features == 750
    # each edit said what it did, as a message the interface can translate; lecture-ox is untouched
    assert all(isinstance(r.note, Message) and str(r.note) for r in results)
    assert "dense" in results[1].reinitialised
    for key, value in weights_of(original).items():
        np.testing.assert_array_equal(value, before[key])
    # and the network trains on colour input
    x = rng.random((64, 3, 32, 32)).astype(np.float32)
    y = (x[:, 0].mean(axis=(1, 2)) > x[:, 2].mean(axis=(1, 2))).astype(int)
    x[:, 0] += y[:, None, None] * 0.5
    list(train(model, x, y, config=TrainConfig(epochs=8, batch_size=16, learning_rate=0.003, seed=0)))
    assert (model.predict(x).argmax(axis=1) == y).mean() > 0.9


def test_128_input_with_a_3x3_kernel_and_no_padding_gives_126():
    result = arch.set_input(load_model("lecture-ox"), height=128, width=128, rng=np.random.default_rng(0))
    first = arch.shape_flow(result.model)[0]
    assert first.output_shape == (2, 126, 126)
    assert [str(f) for f in first.formulas] == ["out = floor((128 + 2·0 − 3) / 1) + 1 = 126"]
    assert first.formulas[0].values["out"] == 126
    # the hand-set filters still fit, so they are kept exactly
    np.testing.assert_array_equal(result.model.layer("conv1").weight, load_model("lecture-ox").layer("conv1").weight)
    assert result.reinitialised == ()


def test_shape_flow_fills_in_every_formula_and_compares_with_an_all_dense_network():
    rng = np.random.default_rng(1)
    model = arch.set_input(load_model("lecture-ox"), height=30, width=28, rng=rng).model
    model = arch.insert_layer(model, 2, "conv_transpose2d", out_channels=3, kernel_size=3, stride=2, padding=1,
                              output_padding=1, rng=rng).model
    model = arch.insert_layer(model, 3, "upsample", scale=2, rng=rng).model
    model = arch.insert_layer(model, 4, "pool2d", size=3, stride=2, rng=rng).model
    flow = {step.name: step for step in arch.shape_flow(model)}
    assert [str(f) for f in flow["conv1"].formulas] == ["out = floor((30 + 2·0 − 3) / 1) + 1 = 28",
                                                        "out = floor((28 + 2·0 − 3) / 1) + 1 = 26"]
    assert [str(f) for f in flow["tconv1"].formulas] == ["out = (28 − 1)·2 − 2·1 + 3 + 1 = 56",
                                                         "out = (26 − 1)·2 − 2·1 + 3 + 1 = 52"]
    assert flow["tconv1"].output_shape == (3, 56, 52)
    assert [str(f) for f in flow["up1"].formulas] == ["out = 56·2 = 112", "out = 52·2 = 104"]
    assert [str(f) for f in flow["pool2"].formulas] == ["out = floor((112 − 3) / 2) + 1 = 55",
                                                        "out = floor((104 − 3) / 2) + 1 = 51"]
    assert str(flow["flatten"].formulas[0]) == "3·2·2 = 12 features"
    assert flow["tconv1"].parameters == 2 * 3 * 9 + 3
    assert flow["tconv1"].dense_parameters == (2 * 28 * 26) * (3 * 56 * 52) + 3 * 56 * 52
    params, dense = arch.parameter_comparison(model)
    assert params == model.parameter_count
    assert dense == sum(step.dense_parameters for step in flow.values()) > 1000 * params


def test_filters_and_dense_sizes_keep_the_weights_that_still_fit():
    rng = np.random.default_rng(2)
    model, _ = lecture_colour_network(rng)
    fewer = arch.set_filters(model, "conv1", 4, rng=rng).model
    np.testing.assert_array_equal(fewer.layer("conv1").weight, model.layer("conv1").weight[:4])
    np.testing.assert_array_equal(fewer.layer("conv2").weight, model.layer("conv2").weight[:, :4])
    hidden = arch.insert_layer(model, 7, "dense", out_features=20, rng=rng).model
    assert hidden.layer("dense1").weight.shape == (20, 750) and hidden.layer("dense").in_features == 20
    wider = arch.set_dense_size(hidden, "dense1", 24, rng=rng)
    np.testing.assert_array_equal(wider.model.layer("dense1").weight[:20], hidden.layer("dense1").weight)
    assert wider.model.layer("dense").in_features == 24 and wider.reinitialised == ("dense",)


def test_remove_and_move_refit_the_layers_after_them():
    rng = np.random.default_rng(3)
    model, _ = lecture_colour_network(rng)
    moved = arch.move_layer(model, "relu1", 2, rng=rng)                  # pool before relu: same shapes
    assert kinds(moved.model)[:3] == ["conv2d", "pool2d", "activation"] and moved.reinitialised == ()
    removed = arch.remove_layer(model, "pool2", rng=rng)
    assert removed.model.layer("dense").in_features == 30 * 11 * 11 and removed.reinitialised == ("dense",)
    assert "pool2" in str(removed.note)


@pytest.mark.parametrize("edit,expected", [
    (lambda m, r: arch.insert_layer(m, 0, "conv2d", kernel_size=40, rng=r),
     "a 40x40 kernel does not fit its 32x32 input with padding 0 .* a kernel of at most 32 fits, or padding of at "
     "least 4"),
    (lambda m, r: arch.insert_layer(m, 7, "conv2d", rng=r), "gets 750 flat features; put it before the flatten"),
    (lambda m, r: arch.insert_layer(m, 2, "dense", rng=r), "insert a flatten layer before it"),
    (lambda m, r: arch.remove_layer(m, "dense", rng=r), "must end with a dense layer of 2 outputs"),
    (lambda m, r: arch.set_dense_size(m, "dense", 5, rng=r), "one per class .* keeps 2 outputs"),
    (lambda m, r: arch.insert_layer(m, 3, "softmax", rng=r), "can only be the last layer"),
    (lambda m, r: arch.insert_layer(m, 6, "pool2d", size=8, rng=r), "a window of at most 5 fits"),
    (lambda m, r: arch.insert_layer(m, 1, "conv_transpose2d", output_padding=2, rng=r),
     r"output padding \[2, 2\] must be smaller than the stride \[2, 2\] \(try output padding 0 to 1\)"),
    (lambda m, r: arch.insert_layer(m, 1, "conv_transpose2d", padding=40, rng=r), "use padding 29 or less"),
    (lambda m, r: arch.insert_layer(m, 1, "upsample", scale=40, rng=r), "a whole number from 1 to 16"),
    (lambda m, r: arch.insert_layer(m, 1, "upsample", scale=16, rng=r), "over the limit"),
    (lambda m, r: arch.set_filters(m, "relu1", 4, rng=r), "has no filters"),
    (lambda m, r: arch.set_filters(m, "conv1", 0, rng=r), "from 1 to 512, not 0"),
    (lambda m, r: arch.set_input(m, height=4, rng=r), "a kernel of at most 1 fits"),
    (lambda m, r: arch.move_layer(m, "flatten", 0, rng=r), "put it before the flatten layer"),
    (lambda m, r: arch.insert_layer(m, 1, "lstm", rng=r), "choose one of conv2d, conv_transpose2d, upsample"),
    (lambda m, r: arch.insert_layer(m, 1, "conv2d", strid=2, rng=r), "unknown setting.* strid"),
    (lambda m, r: arch.remove_layer(m, "conv9", rng=r), "no layer named 'conv9'"),
])
def test_an_edit_that_cannot_work_is_refused_in_one_sentence_and_changes_nothing(edit, expected):
    rng = np.random.default_rng(4)
    model, _ = lecture_colour_network(rng)
    before, config = weights_of(model), [layer.config() for layer in model.layers]
    with pytest.raises(ArchitectureError, match=expected) as caught:
        edit(model, rng)
    assert isinstance(caught.value, EditError) and isinstance(caught.value, MessageError)
    text = str(caught.value)
    assert "\n" not in text and text == caught.value.message.render()
    assert [layer.config() for layer in model.layers] == config
    for key, value in weights_of(model).items():
        np.testing.assert_array_equal(value, before[key])


def test_an_edited_model_saves_and_loads_exactly(tmp_path):
    rng = np.random.default_rng(5)
    model, _ = lecture_colour_network(rng)
    model = arch.insert_layer(model, 3, "conv_transpose2d", out_channels=6, kernel_size=3, stride=2, rng=rng).model
    model = arch.insert_layer(model, 4, "upsample", scale=(1, 2), mode="bilinear", rng=rng).model
    loaded = load_model(save_model(model, tmp_path / "edited.json"))
    assert [(layer.kind, layer.name, layer.config()) for layer in loaded.layers] == \
           [(layer.kind, layer.name, layer.config()) for layer in model.layers]
    for (_, _, a), (_, _, b) in zip(model.parameters(), loaded.parameters()):
        assert a.tobytes() == b.tobytes()
    assert loaded.input_shape == (3, 32, 32)
    x = rng.random((2, 3, 32, 32)).astype(np.float32)
    np.testing.assert_array_equal(loaded.predict(x), model.predict(x))
    assert isinstance(loaded.layer("tconv1"), ConvTranspose2D) and isinstance(loaded.layer("up1"), Upsample)


def test_new_layers_get_unique_names_and_he_weights():
    rng = np.random.default_rng(6)
    model, _ = lecture_colour_network(rng)
    names = [layer.name for layer in model.layers]
    assert names == ["conv1", "relu1", "pool1", "conv2", "relu2", "pool2", "flatten", "dense", "softmax"]
    layer = arch.new_layer("conv2d", (30, 16, 16), name="big", rng=rng, out_channels=64, kernel_size=3)
    assert isinstance(layer, Conv2D) and layer.weight.shape == (64, 30, 3, 3)
    assert abs(layer.weight.std() - np.sqrt(2 / 270)) < 0.01 and not layer.bias.any()
    assert isinstance(arch.new_layer("pool2d", (4, 8, 8), name="p", rng=rng, output_size=(2, 2)), Pool2D)
    assert isinstance(arch.new_layer("dense", (4, 2, 2), name="d", rng=rng, out_features=3), Dense)
