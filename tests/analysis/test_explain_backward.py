"""Explanations of gradient cells: their terms add up to the engine's gradient, for every layer type,
and they say what the learner asked (the filter slides again, ReLU gates, pooling routes to the winner)."""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.analysis import explain_backward as eb
from cnnviz.data import make_sketch, to_network_input
from cnnviz.engine import (Activation, Conv2D, ConvTranspose2D, Dense, Flatten, Pool2D, Sequential, Softmax,
                           gradients, load_model)
from cnnviz.messages import Message


def random_model(body, input_shape, *, dtype=np.float32, softmax=True, seed=0) -> Sequential:
    shape = input_shape
    for layer in body:
        shape = layer.output_shape(shape)
    head = [Flatten(name="flatten"), Dense(int(np.prod(shape)), 3, name="dense", dtype=dtype)]
    model = Sequential(body + head + ([Softmax(name="softmax")] if softmax else []),
                       class_names=("circle", "cross", "other"), input_shape=input_shape)
    rng = np.random.default_rng(seed)
    for layer in model.layers:
        for key, value in layer.params.items():
            layer.params[key] = rng.normal(scale=0.6, size=value.shape).astype(dtype)
    return model


def conv(cin, cout, k=3, **kw):
    return Conv2D(cin, cout, k, **kw)


MODELS = {
    "relu-max": lambda: random_model([conv(1, 2, name="conv1"), Activation("relu", name="relu1"),
                                      Pool2D(2, name="pool1")], (1, 8, 8)),
    "stride-padding-flip-min-overlap": lambda: random_model(
        [conv(2, 3, (3, 2), stride=2, padding=(1, 2), flip=True, name="conv1"), Activation("leaky_relu", name="a"),
         Pool2D(3, 1, mode="min", name="pool1")], (2, 9, 8)),
    "avg-adaptive-sigmoid-tanh": lambda: random_model(
        [conv(1, 2, padding=1, name="conv1"), Activation("sigmoid", name="s"), Pool2D(2, 1, mode="avg", name="p1"),
         conv(2, 2, 2, stride=(1, 2), name="conv2"), Activation("tanh", name="t"),
         Pool2D(mode="max", output_size=(2, 2), name="p2")], (1, 9, 10)),
    "cosine-identity-adaptive-avg": lambda: random_model(
        [conv(2, 2, similarity="cosine", padding=1, name="conv1"), Activation("identity", name="i"),
         Pool2D(mode="avg", output_size=(3, 2), name="pool1")], (2, 7, 6)),
    "rbf-no-softmax": lambda: random_model(
        [conv(1, 2, similarity="rbf", gamma=0.5, stride=2, name="conv1"),
         Pool2D(mode="min", output_size=(2, 2), name="pool1")], (1, 9, 9), softmax=False),
    "float64": lambda: random_model([conv(1, 2, stride=2, padding=1, name="conv1"), Activation("relu", name="r"),
                                     Pool2D(2, mode="avg", name="pool1")], (1, 9, 9), dtype=np.float64),
}


def sketch(model, seed=0, label=0):
    rng = np.random.default_rng(seed)
    image, _ = make_sketch(label, rng)
    return to_network_input(image, model.input_shape[1:], channels=model.input_shape[0])


def input_for(model, seed):
    x = np.random.default_rng(seed).random(model.input_shape)
    return x.astype(model.layers[0].params["weight"].dtype)


def every_explanation(grads):
    """(explanation, engine value) for every gradient cell, weight and bias of the model."""
    stages = ["input"] + [s.name for s in grads.trace.steps]
    for stage in stages:
        array = grads.input if stage == "input" else grads.outputs[stage]
        for index in np.ndindex(array.shape):
            yield eb.explain_gradient(grads, stage, index), array[index]
    for name, weights in grads.weights.items():
        for index in np.ndindex(weights.shape):
            yield eb.explain_weight_gradient(grads, name, index), weights[index]
        for f in range(grads.biases[name].size):
            yield eb.explain_bias_gradient(grads, name, f), grads.biases[name][f]


def terms_sum(explanation) -> float:
    """Add the explanation's own terms up again, independently of its ``value``."""
    if isinstance(explanation, (eb.ConvWeightGradient, eb.ConvInputGradient, eb.DenseInputGradient)):
        return float(np.sum(explanation.products))
    if isinstance(explanation, eb.PoolGradient):
        return float(sum(w.upstream * w.share for w in explanation.windows))
    if isinstance(explanation, eb.BiasGradient):
        return float(explanation.upstream.sum())
    if isinstance(explanation, eb.ActivationGradient):
        return explanation.upstream * explanation.slope
    if isinstance(explanation, eb.LogitGradient):
        return explanation.probability - explanation.one_hot
    if isinstance(explanation, eb.DenseWeightGradient):
        return explanation.upstream * explanation.x
    return explanation.value


@pytest.mark.parametrize("name", sorted(MODELS))
def test_every_explanation_adds_up_to_the_engine_value(name):
    model = MODELS[name]()
    grads = gradients(model, input_for(model, 1), 1)
    kinds = set()
    for explanation, engine in every_explanation(grads):
        kinds.add(type(explanation).__name__)
        assert explanation.agreement.matches_engine, (explanation, explanation.agreement)
        assert terms_sum(explanation) == pytest.approx(explanation.value, rel=1e-12, abs=1e-300)
        assert explanation.agreement.engine == float(engine)
        assert isinstance(explanation.formula, Message) and str(explanation.formula)
        if "value" in explanation.formula.values:                    # the result shown is the engine's number
            assert explanation.formula.values["value"] == eb.shown(engine)
    expected = {"ConvWeightGradient", "BiasGradient", "DenseWeightGradient", "ConvInputGradient", "PoolGradient",
                "DenseInputGradient", "LogitGradient"}         # a flatten before a dense: through the dense
    assert expected <= kinds


@pytest.mark.parametrize("model_name", ["lecture-ox", "ox-cnn"])
def test_shipped_models_every_gradient_cell_adds_up(model_name):
    model = load_model(model_name)
    grads = gradients(model, sketch(model, 2, label=1), 0)
    count = 0
    for explanation, _ in every_explanation(grads):
        assert explanation.agreement.matches_engine, explanation
        count += 1
    assert count > 2 * 26 * 26 * 2


def test_a_mismatch_is_reported_not_hidden():
    model = MODELS["relu-max"]()
    grads = gradients(model, input_for(model, 0), 0)
    grads.weights["conv1"][0, 0, 1, 1] += 0.01                   # as if the engine had got it wrong
    assert not eb.explain_weight_gradient(grads, "conv1", (0, 0, 1, 1)).agreement.matches_engine


def test_a_conv_weight_gradient_is_the_forward_window_sliding_over_the_upstream_gradient():
    model = load_model("lecture-ox")
    x = sketch(model, 3)
    grads = gradients(model, x, 1)
    e = eb.explain_weight_gradient(grads, "conv1", (1, 0, 0, 2))
    # the input value under weight (0, 2) at output cell (i, j) is x[i + 0, j + 2]: the forward pass's window
    np.testing.assert_array_equal(e.under, x[0, 0:26, 2:28])
    np.testing.assert_array_equal(e.upstream, grads.outputs["conv1"][0, 1])
    assert e.input_rows == tuple(range(26)) and e.input_cols == tuple(range(2, 28))
    assert e.value == pytest.approx(float(np.sum(grads.outputs["conv1"][0, 1] * x[0, :26, 2:28])), rel=1e-6)
    assert "slide" in str(e.meaning) and "Yes" in str(e.meaning)
    assert str(e.formula).startswith("∂L/∂w = sum over the 676 positions")
    assert e.formula.values["value"] == eb.shown(grads.weights["conv1"][1, 0, 0, 2])


def test_padding_and_flip_put_the_right_input_under_a_weight():
    model = random_model([conv(1, 1, 3, padding=1, stride=2, flip=True, name="conv1")], (1, 6, 6))
    x = input_for(model, 4)
    grads = gradients(model, x, 2)
    e = eb.explain_weight_gradient(grads, "conv1", (0, 0, 0, 0))
    # flipped: stored weight (0, 0) multiplies patch offset (2, 2); output cell (i, j) reads row 2i - 1 + 2
    assert e.input_rows == (1, 3, 5) and e.input_cols == (1, 3, 5)
    np.testing.assert_array_equal(e.under, x[0][1::2, 1::2])
    e = eb.explain_weight_gradient(grads, "conv1", (0, 0, 2, 2))         # patch offset (0, 0): row -1 is padding
    assert e.input_rows == (-1, 1, 3)
    assert np.all(e.under[0] == 0) and np.all(e.under[:, 0] == 0)


def test_the_input_gradient_is_a_full_convolution_with_the_rotated_filter():
    model = random_model([conv(2, 3, 3, padding=1, name="conv1"), Activation("relu", name="r")], (2, 6, 7),
                         dtype=np.float64)
    grads = gradients(model, input_for(model, 5), 0)
    g = grads.outputs["conv1"][0]                                          # (F, 6, 7)
    w = model.layer("conv1").weight
    padded = np.pad(g, ((0, 0), (1, 1), (1, 1)))                          # kernel - 1 - padding = 1
    rotated = w[:, :, ::-1, ::-1]
    for c, h, col in [(0, 0, 0), (1, 3, 4), (0, 5, 6)]:
        full = float(np.sum(padded[:, h:h + 3, col:col + 3] * rotated[:, c]))
        e = eb.explain_gradient(grads, "input", (c, h, col))
        assert e.value == pytest.approx(full, rel=1e-12)
        np.testing.assert_array_equal(e.weights, rotated[:, c])
        np.testing.assert_array_equal(e.upstream, padded[:, h:h + 3, col:col + 3])
        assert "rotated by 180°" in str(e.meaning)


def test_a_strided_input_gradient_says_the_upstream_gradient_is_spread_out():
    model = random_model([conv(1, 1, 3, stride=2, name="conv1")], (1, 7, 7), dtype=np.float64)
    grads = gradients(model, input_for(model, 6), 0)
    e = eb.explain_gradient(grads, "input", (0, 3, 3))
    assert e.has_cell[0].sum() == 1 and tuple(e.cells[0, 1, 1]) == (1, 1)   # only the centre weight lands here
    assert "1 zeros between" in str(e.meaning)


def test_relu_passes_or_blocks_the_gradient():
    model = load_model("lecture-ox")
    grads = gradients(model, sketch(model, 5), 0)
    z = grads.trace["conv1"][0]
    blocked = tuple(int(v) for v in np.argwhere(z <= 0)[0])
    open_ = tuple(int(v) for v in np.argwhere(z > 0)[0])
    e = eb.explain_gradient(grads, "conv1", blocked)
    assert not e.passes and e.value == 0 and e.formula.template == eb.RELU_BLOCKS
    e = eb.explain_gradient(grads, "conv1", open_)
    assert e.passes and e.value == e.upstream and e.formula.template == eb.RELU_PASSES


def test_max_pooling_routes_the_gradient_to_the_winner_only():
    model = load_model("lecture-ox")
    grads = gradients(model, sketch(model, 6), 1)
    relu = grads.trace["relu1"][0, 0, :13, :13]                             # quadrant 0 of map 0
    winner = np.unravel_index(np.argmax(relu), relu.shape)
    e = eb.explain_gradient(grads, "relu1", (0, *winner))
    assert e.value == pytest.approx(float(grads.outputs["pool1"][0, 0, 0, 0])) and e.formula.template == eb.POOL_WINNER
    loser = (0, (winner[0] + 1) % 13, winner[1])
    e = eb.explain_gradient(grads, "relu1", loser)
    assert e.value == 0 and e.formula.template == eb.POOL_LOSER and e.windows[0].winner == tuple(winner)
    assert np.count_nonzero(grads.outputs["relu1"][0, 0, :13, :13]) <= 1


def test_average_pooling_shares_evenly():
    model = MODELS["float64"]()
    grads = gradients(model, input_for(model, 2), 0)
    e = eb.explain_gradient(grads, "r", (0, 2, 3))
    assert [w.share for w in e.windows] == [0.25]
    assert e.value == pytest.approx(grads.outputs["pool1"][0, 0, 1, 1] / 4)
    assert "evenly over its 4 cells" in str(e.formula)


def test_softmax_and_logits_with_numbers_filled_in():
    model = load_model("lecture-ox")
    grads = gradients(model, sketch(model, 7), 0)
    p = grads.trace.probabilities[0].astype(np.float64)
    e = eb.explain_gradient(grads, "dense", (0, 0))
    assert e.value == pytest.approx(p[0] - 1) and "= p(circle) - y(circle)" in str(e.formula)
    assert "starts here" in str(e.meaning)
    e = eb.explain_gradient(grads, "dense", (0, 1))
    assert e.one_hot == 0 and e.value == pytest.approx(p[1])
    e = eb.explain_gradient(grads, "softmax", 0)
    assert e.value == pytest.approx(-1 / p[0], rel=1e-6) and str(e.formula).startswith("∂L/∂p(circle) = -1 / ")
    e = eb.explain_gradient(grads, "softmax", 1)
    assert e.value == 0 and e.formula.template == eb.SOFTMAX_OTHER


def test_dense_gradients_with_numbers():
    model = load_model("lecture-ox")
    grads = gradients(model, sketch(model, 8), 1)
    e = eb.explain_weight_gradient(grads, "dense", (1, 3))
    assert e.value == pytest.approx(float(grads.outputs["dense"][0, 1]) * float(grads.trace["flatten"][0, 3]))
    e = eb.explain_gradient(grads, "flatten", (0, 5))
    np.testing.assert_allclose(e.products, grads.outputs["dense"][0] * model.layer("dense").weight[:, 5])
    # the stage before the flatten: the flatten only reorders, so the dense formula for its feature, with numbers
    e = eb.explain_gradient(grads, "pool1", (1, 0, 1))
    assert isinstance(e, eb.DenseInputGradient) and e.feature == 5 and e.agreement.matches_engine
    assert e.agreement.engine == grads.outputs["pool1"][0, 1, 0, 1] == grads.outputs["flatten"][0, 5]
    np.testing.assert_allclose(e.products, grads.outputs["dense"][0] * model.layer("dense").weight[:, 5])
    assert str(e.formula).startswith("∂L/∂x[5] = sum over 2 outputs of ∂L/∂z[k] × W[k, 5] = ")
    assert str(e.meaning) == ("flatten only reorders: this cell is input feature 5 of the dense layer dense, so its "
                              "gradient comes straight back from dense.")


def test_shown_numbers_keep_four_significant_digits_and_no_minus_zero():
    assert eb.shown(0.000123456) == "0.0001235"
    assert eb.shown(-1e-30 * 0) == "0"
    assert eb.shown(-12345.6) == "-1.235e+04"
    assert eb.signed_terms([0.5, -0.25, 0.0]) == "0.5 - 0.25 + 0"


@pytest.mark.parametrize("call, words", [
    (lambda g: eb.explain_weight_gradient(g, "relu1", (0, 0)), "activation layer; only convolution"),
    (lambda g: eb.explain_weight_gradient(g, "conv1", (2, 0, 0, 0)), "outside its shape"),
    (lambda g: eb.explain_gradient(g, "nope", (0,)), "no layer named 'nope'"),
    (lambda g: eb.explain_bias_gradient(g, "dense", 5), "bias (5,) is outside"),
])
def test_bad_requests_are_one_clear_error(call, words):
    model = load_model("lecture-ox")
    grads = gradients(model, sketch(model, 0), 0)
    with pytest.raises(eb.BackwardExplainError, match=words.replace("(", r"\(").replace(")", r"\)")):
        call(grads)


def test_a_conv_bias_gradient_is_the_sum_of_its_maps_upstream_gradient_with_the_numbers():
    model = MODELS["relu-max"]()
    grads = gradients(model, input_for(model, 4), 1)
    for f in range(2):
        e = eb.explain_bias_gradient(grads, "conv1", f)
        upstream = grads.outputs["conv1"][0, f].astype(np.float64)
        np.testing.assert_array_equal(e.upstream, upstream)
        assert e.value == pytest.approx(upstream.sum(), rel=1e-12) and e.agreement.matches_engine
        text = str(e.formula)
        assert text.startswith(f"∂L/∂b[{f}] = sum of the upstream gradient ∂L/∂y over the 36 cells of map {f}")
        assert text.endswith(f"= {eb.shown(grads.biases['conv1'][f])}")
        nonzero = upstream[upstream != 0]
        if nonzero.size > eb.BIAS_TERMS:                                   # many terms: listed in the table
            assert f"{nonzero.size} of them not 0" in text
        else:
            assert f": {eb.signed_terms(nonzero)} = " in text
        assert "added to every one of the 36 cells" in str(e.meaning)
    # few non-zero terms: the formula lists them, numbers filled in
    grads.outputs["conv1"][0, 0] = 0
    grads.outputs["conv1"][0, 0, 1, 2], grads.outputs["conv1"][0, 0, 4, 4] = 0.25, -0.0625
    e = eb.explain_bias_gradient(grads, "conv1", 0)
    assert ": 0.25 - 0.0625 = " in str(e.formula) and e.value == 0.1875


def test_a_dense_bias_gradient_is_its_outputs_gradient_and_at_the_logits_softmax_minus_one_hot():
    model = load_model("lecture-ox")
    grads = gradients(model, sketch(model, 5), 1)
    p = grads.trace.probabilities[0].astype(np.float64)
    for k, name in enumerate(model.class_names):
        e = eb.explain_bias_gradient(grads, "dense", k)
        assert e.dense and e.value == float(grads.logits[0, k]) == e.agreement.engine
        y = 1 if k == 1 else 0
        assert str(e.formula) == (f"∂L/∂b[{k}] = ∂L/∂z({name}) = p({name}) - y({name}) = {eb.shown(p[k])} - {y} = "
                                  f"{eb.shown(grads.biases['dense'][k])}")
        assert "added to output" in str(e.meaning)
    model = random_model([conv(1, 2, name="conv1"), Activation("relu", name="relu1"), Flatten(name="flat1"),
                          Dense(72, 4, name="fc1"), Activation("tanh", name="tanh1")], (1, 8, 8))
    grads = gradients(model, input_for(model, 5), 0)      # fc1 is below the logits: dL/db = dL/dz, the number
    e = eb.explain_bias_gradient(grads, "fc1", 3)
    assert e.logit is None and e.value == float(grads.outputs["fc1"][0, 3])
    assert str(e.formula) == f"∂L/∂b[3] = ∂L/∂z[3] = {eb.shown(grads.outputs['fc1'][0, 3])}"


def test_through_standardize_the_gradient_is_divided_by_std_and_an_unexplained_layer_is_said():
    model = load_model("selfedu-rgb")
    grads = gradients(model, np.random.default_rng(2).random(model.input_shape).astype(np.float32), 1)
    layer = model.layer("standardize")
    for index in ((0, 3, 4), (2, 10, 7)):
        e = eb.explain_gradient(grads, "input", index)
        c = index[0]
        assert isinstance(e, eb.StandardizeGradient) and e.agreement.matches_engine
        assert e.value == pytest.approx(float(grads.outputs["standardize"][(0,) + index]) / layer.std[c], rel=1e-12)
        assert str(e.formula) == (f"standardize computed y = (x - {eb.shown(layer.mean[c])}) / {eb.shown(layer.std[c])}"
                                  f" on this channel, so ∂L/∂x = ∂L/∂y / {eb.shown(layer.std[c])} = "
                                  f"{eb.shown(e.upstream)} / {eb.shown(layer.std[c])} = "
                                  f"{eb.shown(grads.input[(0,) + index])}")
    model = random_model([conv(1, 2, name="conv1"), Activation("relu", name="relu1"),
                          ConvTranspose2D(2, 2, 2, stride=2, name="up")], (1, 6, 6))
    grads = gradients(model, input_for(model, 1), 0)
    with pytest.raises(eb.BackwardExplainError, match="does not explain gradients through a conv_transpose2d"):
        eb.explain_gradient(grads, "relu1", (0, 1, 1))
