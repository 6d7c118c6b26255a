"""Model edits change the pipeline exactly as the engine predicts, and never touch the original."""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.engine import Activation, Conv2D, Dense, Flatten, Pool2D, Sequential, Softmax, he_init, load_model, ops, save_model
from cnnviz.analysis import edit, explain
from cnnviz.analysis.edit import EditError


def multi_model(*, flip=False, seed=0):
    """conv 1->4 -> relu -> maxpool 2 -> conv 4->3 (p 1, s 2) -> avgpool 2 -> flatten -> dense -> softmax."""
    layers = [Conv2D(1, 4, 3, flip=flip, name="conv1"), Activation("relu", name="relu1"),
              Pool2D(2, mode="max", name="pool1"), Conv2D(4, 3, 3, stride=2, padding=1, flip=flip, name="conv2"),
              Pool2D(2, mode="avg", name="pool2"), Flatten(name="flatten"), Dense(27, 2, name="dense"),
              Softmax(name="softmax")]
    model = Sequential(layers, class_names=("circle", "cross"), input_shape=(1, 28, 28), name="multi")
    he_init(model, np.random.default_rng(seed))
    return model


def drawing(seed=0):
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[:28, :28]
    x = np.exp(-((np.hypot(yy - 14, xx - 14) - 8) ** 2) / 4.0) + rng.uniform(0, 0.2, (28, 28))
    return np.clip(x, 0, 1).astype(np.float32)[None, None]


def correlate(x, kernel, bias=0.0, stride=1, padding=0):
    """Independent 2-D cross-correlation of one (H, W) image with one (KH, KW) kernel, float64."""
    xp = np.pad(x.astype(np.float64), padding)
    kh, kw = kernel.shape
    oh, ow = (xp.shape[0] - kh) // stride + 1, (xp.shape[1] - kw) // stride + 1
    out = np.empty((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = (xp[i * stride:i * stride + kh, j * stride:j * stride + kw] * kernel).sum() + bias
    return out


def weights_of(model):
    return {(layer.name, key): value.copy() for layer, key, value in model.parameters()}


def assert_unchanged(model, before_weights, before_config):
    after = weights_of(model)
    assert after.keys() == before_weights.keys()
    for key in after:
        np.testing.assert_array_equal(after[key], before_weights[key])
    assert [layer.config() for layer in model.layers] == before_config
    model.validate()


@pytest.fixture
def lecture():
    model = load_model("lecture-ox")
    return model, weights_of(model), [layer.config() for layer in model.layers]


# ---------------------------------------------------------------------------------------------
# filters

def test_set_filter_changes_the_feature_map_to_the_independent_correlation(lecture):
    model, before, config = lecture
    kernel = np.array([[0.5, -1, 0], [2, 0.25, -0.5], [0, 1, -2]], np.float32)
    result = edit.set_filter(model, "conv1", 1, kernel, bias=0.3)
    assert result.model is not model and result.changed == ("conv1",)
    assert "filter 1" in result.notes[0]
    x = drawing()
    new_map = result.model.forward(x)["conv1"][0, 1]
    np.testing.assert_allclose(new_map, correlate(x[0, 0], kernel, 0.3), atol=1e-5)
    # the other filter and the original model are untouched
    np.testing.assert_array_equal(result.model.forward(x)["conv1"][0, 0], model.forward(x)["conv1"][0, 0])
    assert_unchanged(model, before, config)


@pytest.mark.parametrize("preset", edit.PRESETS)
def test_each_preset_gives_the_independent_correlation(lecture, preset):
    model, before, config = lecture
    result = edit.apply_preset(model, "conv1", 0, preset, rng=np.random.default_rng(5))
    kernel = result.model.layers[0].weight[0, 0].astype(np.float64)
    if preset != "random":
        np.testing.assert_array_equal(kernel, edit.filter_preset(preset, 3))
    x = drawing()
    trace = result.model.forward(x)
    np.testing.assert_allclose(trace["conv1"][0, 0], correlate(x[0, 0], kernel), atol=1e-5)
    cell = explain.explain_conv(trace, "conv1", (0, 0, 10, 12))
    assert cell.matches_engine
    assert_unchanged(model, before, config)


def test_three_by_three_presets_are_the_textbook_kernels():
    assert edit.filter_preset("\\").tolist() == [[1, -.5, -.5], [-.5, 1, -.5], [-.5, -.5, 1]]
    assert edit.filter_preset("/").tolist() == [[-.5, -.5, 1], [-.5, 1, -.5], [1, -.5, -.5]]
    assert edit.filter_preset("sobel_x").tolist() == [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]]
    assert edit.filter_preset("sobel_y").tolist() == [[-1, -2, -1], [0, 0, 0], [1, 2, 1]]
    assert edit.filter_preset("laplacian").tolist() == [[0, 1, 0], [1, -4, 1], [0, 1, 0]]
    assert edit.filter_preset("identity").tolist() == [[0, 0, 0], [0, 1, 0], [0, 0, 0]]
    assert edit.filter_preset("horizontal")[1].tolist() == [1, 1, 1]
    assert edit.filter_preset("vertical")[:, 1].tolist() == [1, 1, 1]
    np.testing.assert_allclose(edit.filter_preset("box_blur"), np.full((3, 3), 1 / 9))
    assert not edit.filter_preset("zero").any()
    # the lecture's own filters are the diagonal presets
    lecture = load_model("lecture-ox").layers[0].weight
    np.testing.assert_array_equal(lecture[0, 0], edit.filter_preset("\\"))
    np.testing.assert_array_equal(lecture[1, 0], edit.filter_preset("/"))


def test_presets_generalise_to_other_sizes_or_refuse_clearly():
    five = {name: edit.filter_preset(name, 5, rng=np.random.default_rng(0)) for name in edit.PRESETS}
    for name in ("\\", "/", "horizontal", "vertical", "sobel_x", "sobel_y", "laplacian"):
        assert five[name].shape == (5, 5) and five[name].sum() == pytest.approx(0, abs=1e-6), name
    assert five["sobel_x"][2].tolist() == [-6, -12, 0, 12, 6]          # OpenCV's 5x5 Sobel
    assert five["identity"][2, 2] == 1 and five["identity"].sum() == 1
    assert five["box_blur"].sum() == pytest.approx(1)
    np.testing.assert_array_equal(edit.filter_preset("sobel_x", (3, 5))[1], [-2, -4, 0, 4, 2])
    for name, size, words in [("identity", 2, "odd kernel sizes"), ("laplacian", 4, "odd kernel sizes"),
                              ("\\", (3, 5), "square kernel"), ("horizontal", 2, "odd kernel height"),
                              ("vertical", (3, 4), "odd kernel width"), ("sobel_x", 1, "at least 2x2"),
                              ("random", 3, "random generator"), ("blob", 3, "unknown preset")]:
        with pytest.raises(EditError, match=words):
            edit.filter_preset(name, size)


def test_random_preset_is_seeded_he():
    a = edit.filter_preset("random", 3, rng=np.random.default_rng(7), fan_in=36)
    b = edit.filter_preset("random", 3, rng=np.random.default_rng(7), fan_in=36)
    np.testing.assert_array_equal(a, b)
    big = edit.filter_preset("random", 51, rng=np.random.default_rng(0), fan_in=51 * 51)
    assert big.std() == pytest.approx(np.sqrt(2 / (51 * 51)), rel=0.05)


def test_preset_on_a_multi_channel_filter():
    model = multi_model()
    all_channels = edit.apply_preset(model, "conv2", 2, "sobel_y")
    for c in range(4):
        np.testing.assert_array_equal(all_channels.model.layer("conv2").weight[2, c], edit.filter_preset("sobel_y"))
    assert "every input channel" in all_channels.notes[0]
    one = edit.apply_preset(model, "conv2", 2, "zero", channel=1)
    w = one.model.layer("conv2").weight
    assert not w[2, 1].any()
    np.testing.assert_array_equal(w[2, 0], model.layer("conv2").weight[2, 0])
    with pytest.raises(EditError, match="input channels 0 to 3"):
        edit.apply_preset(model, "conv2", 2, "zero", channel=4)


def test_preset_on_a_flipping_layer_says_the_kernel_is_rotated():
    model = multi_model(flip=True)
    result = edit.apply_preset(model, "conv1", 0, "sobel_x")
    assert any("rotated by 180°" in note and "Sobel flips sign" in note for note in result.notes)
    x = drawing()
    # true convolution with sobel_x = correlation with the rotated kernel = -sobel_x
    np.testing.assert_allclose(result.model.forward(x)["conv1"][0, 0],
                               correlate(x[0, 0], -edit.filter_preset("sobel_x")), atol=1e-5)
    symmetric = edit.apply_preset(model, "conv1", 0, "laplacian")
    assert len(symmetric.notes) == 1


def test_invalid_filter_edits_raise_and_change_nothing(lecture):
    model, before, config = lecture
    cases = [(dict(filter_index=2, weights=np.zeros((3, 3))), "filters 0 to 1"),
             (dict(filter_index=0, weights=np.zeros((2, 2))), "expected"),
             (dict(filter_index=0, weights=np.full((3, 3), np.nan)), "finite"),
             (dict(filter_index=0, weights=[["a"] * 3] * 3), "numbers"),
             (dict(filter_index=0, weights=np.zeros((3, 3)), bias=float("inf")), "finite")]
    for kwargs, words in cases:
        with pytest.raises(EditError, match=words):
            edit.set_filter(model, "conv1", **kwargs)
    with pytest.raises(EditError, match="not a convolution"):
        edit.set_filter(model, "dense", 0, np.zeros((3, 3)))
    with pytest.raises(EditError, match="no layer named"):
        edit.set_filter(model, "conv7", 0, np.zeros((3, 3)))
    assert_unchanged(model, before, config)


# ---------------------------------------------------------------------------------------------
# layer settings

@pytest.mark.parametrize("padding,stride,kernel", [(1, 1, 3), (2, 1, 3), (0, 2, 3), (1, 3, 3), (0, 1, 5),
                                                   (2, 2, 5), (0, 1, 1), (0, 1, 2)])
def test_conv_settings_give_the_formula_sizes_and_the_engine_output(lecture, padding, stride, kernel):
    model, before, config = lecture
    result = edit.set_conv_options(model, "conv1", padding=padding, stride=stride, kernel_size=kernel,
                                   rng=np.random.default_rng(0))
    new = result.model
    size = explain.output_size_formula(28, kernel, stride, padding).out
    assert new.shapes()[0] == (2, size, size)
    assert f"floor((28 + {2 * padding} - {kernel}) / {stride}) + 1 = {size}" in \
        explain.size_formulas(new, "conv1")[0].text
    x = drawing()
    layer = new.layers[0]
    for f in range(2):
        np.testing.assert_allclose(new.forward(x)["conv1"][0, f],
                                   correlate(x[0, 0], layer.weight[f, 0].astype(np.float64), 0, stride, padding),
                                   atol=1e-5)
    # the adaptive pool keeps the dense layer's input at 8 features: nothing to re-initialise
    assert result.reinitialised == ()
    np.testing.assert_array_equal(new.layer("dense").weight, model.layer("dense").weight)
    assert_unchanged(model, before, config)


def test_kernel_resizing_crops_or_pads_around_the_centre(lecture):
    model, *_ = lecture
    old = model.layers[0].weight
    bigger = edit.set_conv_options(model, "conv1", kernel_size=5)
    w5 = bigger.model.layers[0].weight
    np.testing.assert_array_equal(w5[:, :, 1:4, 1:4], old)
    assert not w5[:, :, 0].any() and not w5[:, :, :, 4].any()
    assert any("zero-padded" in note for note in bigger.notes)
    smaller = edit.set_conv_options(bigger.model, "conv1", kernel_size=3)
    np.testing.assert_array_equal(smaller.model.layers[0].weight, old)
    assert any("centre-cropped" in note for note in smaller.notes)
    one = edit.set_conv_options(model, "conv1", kernel_size=1)
    np.testing.assert_array_equal(one.model.layers[0].weight[:, :, 0, 0], old[:, :, 1, 1])


def test_a_size_change_reinitialises_the_dense_layer_with_a_note():
    model = multi_model()
    before = weights_of(model)
    config = [layer.config() for layer in model.layers]
    result = edit.set_conv_options(model, "conv2", padding=0, rng=np.random.default_rng(3))
    # conv2: floor((13 + 0 - 3) / 2) + 1 = 6; avgpool 2 -> 3; 3 maps x 3 x 3 = 27: unchanged
    assert result.model.shapes()[3] == (3, 6, 6) and result.reinitialised == ()
    result = edit.set_conv_options(model, "conv2", stride=1, rng=np.random.default_rng(3))
    # conv2: floor((13 + 2 - 3) / 1) + 1 = 13; avgpool 2 -> 6; 3 x 6 x 6 = 108 features
    assert result.model.shapes()[3] == (3, 13, 13)
    assert result.reinitialised == ("dense",)
    assert "dense: its input changed from 27 to 108 features, so its weights were re-initialised (undo to restore)" \
        in result.notes
    dense = result.model.layer("dense")
    assert dense.weight.shape == (2, 108) and not dense.bias.any()
    assert dense.weight.std() == pytest.approx(np.sqrt(2 / 108), rel=0.35)
    again = edit.set_conv_options(model, "conv2", stride=1, rng=np.random.default_rng(3))
    np.testing.assert_array_equal(again.model.layer("dense").weight, dense.weight)      # seeded
    trace = result.model.forward(drawing())
    assert trace.probabilities.shape == (1, 2)
    out = explain.explain_dense(trace, "dense", (0, 1))
    assert out.matches_engine
    assert_unchanged(model, before, config)


def test_flip_switch_turns_correlation_into_true_convolution(lecture):
    model, before, config = lecture
    kernel = np.array([[1, 2, 0], [0, -1, 0], [0, 0, 3]], np.float32)
    asym = edit.set_filter(model, "conv1", 0, kernel).model
    flipped = edit.set_conv_options(asym, "conv1", flip=True)
    assert any("true convolution" in note for note in flipped.notes)
    x = drawing()
    np.testing.assert_allclose(flipped.model.forward(x)["conv1"][0, 0], correlate(x[0, 0], kernel[::-1, ::-1]),
                               atol=1e-5)
    back = edit.apply_change(flipped.model, "conv1", {"flip": False})
    np.testing.assert_allclose(back.model.forward(x)["conv1"][0, 0], correlate(x[0, 0], kernel), atol=1e-5)
    assert_unchanged(model, before, config)


@pytest.mark.parametrize("function", ops.ACTIVATIONS)
def test_activation_change(lecture, function):
    model, before, config = lecture
    result = edit.apply_change(model, "conv1", {"activation": function})
    assert result.model.layer("relu1").function == function
    trace = result.model.forward(drawing())
    np.testing.assert_allclose(trace["relu1"], ops.ACTIVATION_FUNCTIONS[function][0](trace["conv1"]), atol=1e-7)
    assert_unchanged(model, before, config)


def test_activation_is_inserted_after_a_conv_without_one():
    model = multi_model()
    result = edit.set_activation(model, "conv2", "tanh")
    names = [layer.name for layer in result.model.layers]
    assert names[4] == "conv2_act" and result.model.layers[4].function == "tanh"
    assert "added an activation layer" in result.notes[0]
    assert len(model.layers) == 8
    assert explain.layer_settings(result.model, "conv2").activation == "tanh"
    assert explain.layer_settings(model, "conv2").activation == "identity"


@pytest.mark.parametrize("mode", ops.POOL_MODES)
def test_pool_mode_changes_the_pooled_values(lecture, mode):
    model, before, config = lecture
    result = edit.set_pool_options(model, "pool1", mode=mode)
    trace = result.model.forward(drawing())
    relu = trace["relu1"][0].astype(np.float64)
    reduce = {"max": np.max, "min": np.min, "avg": np.mean}[mode]
    for c in range(2):
        for i, (r0, r1) in enumerate(ops.adaptive_bins(26, 2)):
            for j, (c0, c1) in enumerate(ops.adaptive_bins(26, 2)):
                assert trace["pool1"][0, c, i, j] == pytest.approx(reduce(relu[c, r0:r1, c0:c1]), abs=1e-6)
    assert_unchanged(model, before, config)


def test_pool_window_and_stride_changes(lecture):
    model, before, config = lecture
    rng = np.random.default_rng(1)
    window = edit.apply_change(model, "pool1", {"size": (13, 13)}, rng=rng)
    assert window.model.shapes()[2] == (2, 2, 2) and window.reinitialised == ()      # same grid: dense kept
    assert "was adaptive" in window.notes[0]
    np.testing.assert_array_equal(window.model.forward(drawing())["pool1"], model.forward(drawing())["pool1"])
    small = edit.apply_change(window.model, "pool1", {"size": (3, 3), "stride": (2, 2)}, rng=rng)
    size = explain.output_size_formula(26, 3, 2).out
    assert small.model.shapes()[2] == (2, size, size) and small.reinitialised == ("dense",)
    assert any(f"from 8 to {2 * size * size} features" in note for note in small.notes)
    adaptive = edit.apply_change(small.model, "pool1", {"output_size": (3, 3)}, rng=rng)
    assert adaptive.model.layer("pool1").adaptive and adaptive.model.shapes()[2] == (2, 3, 3)
    assert_unchanged(model, before, config)


def test_impossible_layer_changes_raise_and_change_nothing():
    model = multi_model()
    before = weights_of(model)
    config = [layer.config() for layer in model.layers]
    rng = np.random.default_rng(0)
    cases = [(lambda: edit.set_conv_options(model, "conv1", kernel_size=29, rng=rng), "does not fit"),
             (lambda: edit.set_conv_options(model, "conv1", stride=14, rng=rng), "cannot be made"),   # pool1 empty
             (lambda: edit.set_conv_options(model, "conv1", padding=-1, rng=rng), "padding"),
             (lambda: edit.set_conv_options(model, "conv1", stride=0, rng=rng), "stride"),
             (lambda: edit.set_conv_options(model, "conv2", kernel_size=16, rng=rng), "does not fit"),
             (lambda: edit.set_pool_options(model, "pool2", size=8, rng=rng), "does not fit"),
             (lambda: edit.set_pool_options(model, "pool2", output_size=9, rng=rng), "cannot pool"),
             (lambda: edit.set_pool_options(model, "pool1", mode="median", rng=rng), "max, min, avg"),
             (lambda: edit.set_activation(model, "conv1", "softplus"), "unknown activation"),
             (lambda: edit.set_activation(model, "pool1", "relu"), "activations follow"),
             (lambda: edit.apply_change(model, "conv1", {"dilation": 2}), "unknown conv setting"),
             (lambda: edit.apply_change(model, "flatten", {"size": 2}), "no settings"),
             (lambda: edit.set_pool_options(model, "conv1", mode="max"), "not a pooling")]
    for action, words in cases:
        with pytest.raises(ValueError, match=words):
            action()
    # a change that would need a re-initialisation but got no rng is refused too
    with pytest.raises(EditError, match="random generator"):
        edit.set_conv_options(model, "conv2", stride=1)
    assert_unchanged(model, before, config)


def test_edited_model_saves_and_reopens(tmp_path):
    model = load_model("lecture-ox")
    edited = edit.apply_preset(model, "conv1", 1, "sobel_x").model
    edited = edit.set_conv_options(edited, "conv1", padding=1, flip=True).model
    edited = edit.set_pool_options(edited, "pool1", mode="avg").model
    path = save_model(edited, tmp_path / "mine")
    reopened = load_model(str(path))
    assert [layer.config() for layer in reopened.layers] == [layer.config() for layer in edited.layers]
    x = drawing()
    np.testing.assert_array_equal(reopened.predict(x), edited.predict(x))
    # "reset to shipped model" is loading it again: the shipped file was never touched
    shipped = load_model("lecture-ox")
    np.testing.assert_array_equal(shipped.layers[0].weight, model.layers[0].weight)
