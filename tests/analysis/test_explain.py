"""The inspector's arithmetic reproduces the engine's numbers, cell by cell, for every layer type.

Models: the shipped lecture-ox, and He-initialised multi-channel models (conv 1->4, relu, maxpool 2,
conv 4->3 with padding 1 and stride 2, avg/min/max pooling, flatten, dense, softmax), with and
without flipped (true convolution) kernels.
"""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.engine import Activation, Conv2D, Dense, Flatten, Pool2D, Sequential, Softmax, he_init, load_model, ops
from cnnviz.analysis import explain


def multi_model(*, flip=False, pool2=None, act2=None, seed=0):
    """conv 1->4 -> relu -> maxpool 2 -> conv 4->3 (p 1, s 2) -> pool -> flatten -> dense -> softmax."""
    pool2 = pool2 or Pool2D(2, mode="avg", name="pool2")
    layers = [Conv2D(1, 4, 3, flip=flip, name="conv1"), Activation("relu", name="relu1"),
              Pool2D(2, mode="max", name="pool1"),
              Conv2D(4, 3, 3, stride=2, padding=1, flip=flip, name="conv2")]
    if act2:
        layers.append(Activation(act2, name="act2"))
    layers += [pool2, Flatten(name="flatten")]
    shape = (1, 28, 28)
    for layer in layers:
        shape = layer.output_shape(shape)
    layers += [Dense(shape[0], 2, name="dense"), Softmax(name="softmax")]
    model = Sequential(layers, class_names=("circle", "cross"), input_shape=(1, 28, 28), name="multi")
    rng = np.random.default_rng(seed)
    he_init(model, rng)
    for layer in model.layers:
        if "bias" in layer.params:
            layer.params["bias"][...] = rng.normal(0, 0.1, layer.params["bias"].shape)
    return model


def drawing(seed=0, batch=1):
    """A ring plus noise: some zeros, some ink, some in-between."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[:28, :28]
    ring = np.exp(-((np.hypot(yy - 14, xx - 14) - 8) ** 2) / 4.0)
    x = np.clip(ring + rng.uniform(-0.2, 0.3, (batch, 1, 28, 28)), 0, 1).astype(np.float32)
    return x


MODELS = {
    "lecture": lambda: load_model("lecture-ox"),
    "multi": lambda: multi_model(),
    "multi-flip": lambda: multi_model(flip=True, seed=1),
    "multi-minpool": lambda: multi_model(pool2=Pool2D(3, 2, mode="min", name="pool2"), seed=2),
    "multi-adaptive-max": lambda: multi_model(pool2=Pool2D(mode="max", output_size=(3, 2), name="pool2"),
                                              act2="tanh", seed=3),
    "multi-adaptive-avg": lambda: multi_model(pool2=Pool2D(mode="avg", output_size=(2, 3), name="pool2"),
                                              act2="leaky_relu", seed=4),
}


@pytest.fixture(params=list(MODELS))
def traced(request):
    model = MODELS[request.param]()
    return model, model.forward(drawing(batch=2))


def random_cells(shape, rng, count=25):
    """Random batched indices of an output of `shape`, always including the corners."""
    cells = {tuple(0 for _ in shape), tuple(s - 1 for s in shape)}
    while len(cells) < min(count, int(np.prod(shape))):
        cells.add(tuple(int(rng.integers(s)) for s in shape))
    return sorted(cells)


def reference_cell(x, w, b, stride, padding, flip, idx):
    """Textbook value of conv output cell idx in float64: pad, take the patch, multiply, sum."""
    n, f, i, j = idx
    (sh, sw), (ph, pw) = stride, padding
    xp = np.pad(x.astype(np.float64), ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    k = w[f].astype(np.float64)
    if flip:
        k = np.rot90(k, 2, axes=(1, 2))
    kh, kw = k.shape[1:]
    return float((xp[n, :, i * sh:i * sh + kh, j * sw:j * sw + kw] * k).sum() + b[f])


# ---------------------------------------------------------------------------------------------
# convolution

def test_conv_cells_reproduce_the_engine(traced):
    model, trace = traced
    rng = np.random.default_rng(1)
    for step in trace.steps:
        if not isinstance(step.layer, Conv2D):
            continue
        layer = step.layer
        for idx in random_cells(step.output.shape, rng):
            cell = explain.explain_conv(trace, step.name, idx)
            assert cell.matches_engine, cell.agreement.text
            assert cell.agreement.engine == float(step.output[idx])
            assert cell.value == pytest.approx(reference_cell(step.input, layer.weight, layer.bias, layer.stride,
                                                              layer.padding, layer.flip, idx), abs=1e-9)
            assert cell.value == pytest.approx(cell.total + cell.bias, abs=0)
            assert cell.total == pytest.approx(sum(ch.partial_sum for ch in cell.channels), abs=1e-12)
            assert len(cell.channels) == layer.in_channels
            for ch in cell.channels:
                np.testing.assert_array_equal(ch.products, ch.patch * ch.weights)
                assert ch.partial_sum == pytest.approx(ch.products.sum(), abs=1e-12)
                assert np.all(ch.patch[ch.is_padding] == 0)
            # the value shown is the engine's value rounded to the stated decimals
            assert explain.fmt(cell.value) == explain.fmt(float(step.output[idx])) or \
                abs(cell.value - float(step.output[idx])) <= cell.agreement.tolerance


def test_conv_weights_are_shown_as_multiplied(traced):
    model, trace = traced
    for step in trace.steps:
        if isinstance(step.layer, Conv2D):
            cell = explain.explain_conv(trace, step.name, (1, 0, 2, 3))
            stored = step.layer.weight[0].astype(np.float64)
            shown = np.stack([ch.weights for ch in cell.channels])
            expected = np.rot90(stored, 2, axes=(1, 2)) if step.layer.flip else stored
            np.testing.assert_array_equal(shown, expected)
            assert ("rotated" in cell.flip_note) == step.layer.flip


def test_receptive_window_rows_cols_and_padding_cells():
    model = multi_model()
    trace = model.forward(drawing())
    # conv2: padding 1, stride 2, input 13x13 (after pool1)
    corner = explain.explain_conv(trace, "conv2", (0, 1, 0, 0))
    assert corner.rows == (-1, 0, 1) and corner.cols == (-1, 0, 1)
    assert corner.touches_padding
    expected_pad = np.array([[1, 1, 1], [1, 0, 0], [1, 0, 0]], dtype=bool)
    for ch in corner.channels:
        np.testing.assert_array_equal(ch.is_padding, expected_pad)
    last = explain.explain_conv(trace, "conv2", (0, 1, 6, 6))
    assert last.rows == (11, 12, 13)          # row 13 is the bottom padding of a 13-row input
    assert last.channels[0].is_padding[2].all() and not last.channels[0].is_padding[:2, :2].any()
    middle = explain.explain_conv(trace, "conv2", (0, 0, 3, 2))
    assert middle.rows == (5, 6, 7) and middle.cols == (3, 4, 5) and not middle.touches_padding
    assert middle.input_name == "pool1" and middle.input_shape == (4, 13, 13)


def test_inner_product_view():
    model = load_model("lecture-ox")
    x = np.zeros((28, 28), np.float32)
    for t in range(4, 24):
        x[t, t] = 1.0                         # a "\" line
    trace = model.forward(x)
    on_line = explain.explain_conv(trace, "conv1", (0, 0, 9, 9))
    ip = on_line.inner_product
    assert ip.dot == pytest.approx(3.0) and on_line.value == pytest.approx(3.0)
    assert ip.patch_norm == pytest.approx(np.sqrt(3)) and ip.filter_norm == pytest.approx(np.sqrt(3 + 6 * 0.25))
    assert ip.cosine == pytest.approx(3 / (np.sqrt(3) * np.sqrt(4.5)))
    np.testing.assert_array_equal(ip.filter, model.layers[0].weight[0].ravel())
    other = explain.explain_conv(trace, "conv1", (0, 1, 9, 9))      # "/" filter on a "\" line
    assert other.inner_product.cosine == pytest.approx(0.0, abs=1e-12)
    blank = explain.explain_conv(trace, "conv1", (0, 0, 0, 20))
    assert blank.inner_product.cosine is None and "undefined" in blank.inner_product.text
    multi = explain.explain_conv(multi_model().forward(drawing()), "conv2", (0, 2, 3, 3))
    assert multi.inner_product.patch.size == 4 * 9
    assert multi.inner_product.dot == pytest.approx(multi.total, abs=1e-12)
    assert -1 <= multi.inner_product.cosine <= 1


def test_activation_cell_is_explained_through_its_conv(traced):
    model, trace = traced
    rng = np.random.default_rng(2)
    for k, step in enumerate(trace.steps):
        if not isinstance(step.layer, Activation):
            continue
        before = trace.steps[k - 1]
        for idx in random_cells(step.output.shape, rng, 10):
            result = explain.explain_cell(trace, step.name, idx)
            assert explain.source_conv_cell(trace, step.name, idx) == (before.name, idx)
            assert result.layer_name == before.name and result.activation.layer_name == step.name
            assert result.activation.function == step.layer.function
            assert result.matches_engine, result.activation.agreement.text
            assert result.activation.output_value == pytest.approx(float(step.output[idx]), abs=1e-5)


def test_activation_after_a_non_conv_layer_is_explained_on_its_own():
    layers = [Flatten(name="flat"), Activation("tanh", name="squash"), Dense(784, 2, name="dense")]
    model = Sequential(layers, class_names=("a", "b"), input_shape=(1, 28, 28))
    he_init(model, np.random.default_rng(0))
    trace = model.forward(drawing())
    cell = explain.explain_cell(trace, "squash", (0, 400))
    assert isinstance(cell, explain.ActivationCell) and cell.matches_engine
    assert explain.source_conv_cell(trace, "squash", (0, 400)) is None
    labels = explain.feature_labels(trace, "dense")
    assert labels[5] == "squash feature 5"


# ---------------------------------------------------------------------------------------------
# pooling

def test_pool_cells_reproduce_the_engine_and_its_winners(traced):
    model, trace = traced
    rng = np.random.default_rng(3)
    for step in trace.steps:
        layer = step.layer
        if not isinstance(layer, Pool2D):
            continue
        if layer.mode != "avg":
            winners = (ops.adaptive_pool2d_winners(step.input, layer.output_size, layer.mode) if layer.adaptive
                       else ops.pool2d_winners(step.input, layer.size, layer.stride, layer.mode))
        for idx in random_cells(step.output.shape, rng):
            cell = explain.explain_pool(trace, step.name, idx)
            assert cell.matches_engine, cell.agreement.text
            n, c, i, j = idx
            np.testing.assert_array_equal(cell.values, step.input[n, c][np.ix_(cell.rows, cell.cols)])
            if layer.adaptive:
                h, w = step.input.shape[2:]
                assert (cell.rows[0], cell.rows[-1] + 1) == ops.adaptive_bins(h, layer.output_size[0])[i]
                assert (cell.cols[0], cell.cols[-1] + 1) == ops.adaptive_bins(w, layer.output_size[1])[j]
            else:
                assert cell.rows == tuple(range(i * layer.stride[0], i * layer.stride[0] + layer.size[0]))
            if layer.mode == "avg":
                assert cell.winner is None and cell.value == pytest.approx(cell.values.mean())
                assert "average" in cell.formula
            else:
                assert cell.winner == winners[idx]
                assert cell.value == float(step.output[idx])
                r, q = cell.winner_cell
                assert step.input[n, c, r, q] == step.output[idx]


@pytest.mark.parametrize("mode", ["max", "min"])
@pytest.mark.parametrize("adaptive", [False, True])
def test_pool_ties_pick_the_first_cell_like_the_engine(mode, adaptive):
    pool = Pool2D(mode=mode, output_size=(2, 2), name="p") if adaptive else Pool2D(2, mode=mode, name="p")
    model = Sequential([pool, Flatten(name="f"), Dense(8, 2, name="d")], class_names=("a", "b"),
                       input_shape=(2, 4, 4))
    x = np.zeros((1, 2, 4, 4), np.float32)
    x[0, 1, 1, 1] = x[0, 1, 0, 1] = 1.0 if mode == "max" else -1.0     # a tie in the second channel
    trace = model.forward(x)
    assert explain.explain_pool(trace, "p", (0, 0, 0, 0)).winner == 0       # all zeros: the first
    tie = explain.explain_pool(trace, "p", (0, 1, 0, 0))
    assert tie.winner == 1 and tie.winner_cell == (0, 1)
    winners = (ops.adaptive_pool2d_winners(x, (2, 2), mode) if adaptive else ops.pool2d_winners(x, 2, 2, mode))
    assert winners[0, 1, 0, 0] == 1


# ---------------------------------------------------------------------------------------------
# dense and softmax

def test_dense_contributions_sum_to_the_logit(traced):
    model, trace = traced
    step = trace.step("dense")
    for n in range(2):
        for k in range(2):
            out = explain.explain_dense(trace, "dense", (n, k))
            assert out.matches_engine, out.agreement.text
            assert out.class_name == model.class_names[k]
            np.testing.assert_array_equal(out.contributions, out.weights * out.values)
            assert out.contributions.sum() + out.bias == pytest.approx(float(trace.logits[n, k]),
                                                                       abs=out.agreement.tolerance)
            assert out.value == float(np.float64(out.total) + out.bias)
            assert len(out.labels) == step.input.shape[1]
            order = out.order
            assert np.all(np.diff(np.abs(out.contributions[order])) <= 0)


def test_dense_feature_labels_follow_flatten_order():
    model = load_model("lecture-ox")
    trace = model.forward(drawing())
    out = explain.explain_dense(trace, "dense", (0, 1))
    assert out.labels[:5] == ("pool1 map 0, row 0, col 0", "pool1 map 0, row 0, col 1", "pool1 map 0, row 1, col 0",
                              "pool1 map 0, row 1, col 1", "pool1 map 1, row 0, col 0")
    flat = explain.explain_cell(trace, "flatten", (0, 6))
    assert flat.label == "pool1 map 1, row 1, col 0" and flat.source_index == (0, 1, 1, 0)
    assert flat.value == float(trace["pool1"][0, 1, 1, 0])
    dense, soft = explain.explain_class(trace, 1)
    assert dense.index == (0, 1) and dense.class_name == "cross"


def test_softmax_numbers_give_the_probabilities(traced):
    model, trace = traced
    for n in range(2):
        soft = explain.explain_softmax(trace, n)
        assert soft.matches_engine
        assert soft.shift == trace.logits[n].astype(np.float64).max()
        np.testing.assert_allclose(soft.exps, np.exp(soft.logits - soft.shift))
        np.testing.assert_allclose(soft.probabilities, soft.exps / soft.total)
        np.testing.assert_allclose(soft.probabilities, trace.probabilities[n], atol=1e-6)
        assert soft.percentages.sum() == pytest.approx(100.0)
        assert soft.exps.max() == 1.0
        k = int(trace.predicted[n])
        assert soft.percent_text(k) == f"{100 * trace.probabilities[n, k]:.1f} %"
        assert "shifted by the largest" in soft.shift_note
        np.testing.assert_array_equal(explain.explain_cell(trace, "softmax", (n, 0)).probabilities,
                                      soft.probabilities)


def test_softmax_with_huge_logits_does_not_overflow():
    model = load_model("lecture-ox")
    big = model.copy()
    big.layers[-2].params["bias"][...] = [1e4, 0.0]
    soft = explain.explain_softmax(big.forward(drawing()), 0)
    assert np.all(np.isfinite(soft.exps)) and soft.probabilities[0] == pytest.approx(1.0)


# ---------------------------------------------------------------------------------------------
# receptive fields

def test_receptive_field_lecture():
    model = load_model("lecture-ox")
    trace = model.forward(drawing())
    rf = explain.receptive_field(trace, "conv1", (0, 1, 4, 7))
    assert rf.rows == (4, 7) and rf.cols == (7, 10) and rf.input_mask.sum() == 9
    quadrant = explain.receptive_field(trace, "pool1", (0, 0, 1, 0))      # bottom-left quadrant of 26x26
    assert quadrant.rows == (13, 28) and quadrant.cols == (0, 15)
    assert [r.layer_name for r in quadrant.regions] == ["pool1", "relu1", "conv1"]
    assert quadrant.regions[0].mask.shape == (2, 26, 26) and quadrant.regions[0].mask[0].sum() == 13 * 13
    assert not quadrant.regions[0].mask[1].any()          # pooling keeps to its own map
    logit = explain.receptive_field(trace, "dense", (0, 0))
    assert logit.input_mask.all()
    feature = explain.receptive_field(trace, "flatten", (0, 3))      # pool1 map 0, row 1, col 1
    assert feature.rows == (13, 28) and feature.cols == (13, 28)


def _cell_gradient(model, trace, layer_name, idx):
    """d cell / d input by back-propagating a one-hot through the layers up to layer_name."""
    k = [s.name for s in trace.steps].index(layer_name)
    dy = np.zeros_like(trace.steps[k].output, dtype=np.float64)
    dy[idx] = 1.0
    for layer in reversed(model.layers[:k + 1]):
        dy = layer.backward(dy)
    return dy[idx[0]]


def test_receptive_field_is_exactly_where_the_gradient_can_reach():
    """With identity activations and average pooling every cell in the field matters, so the
    gradient's support must be the field itself (random weights are never exactly zero)."""
    model = multi_model(pool2=Pool2D(mode="avg", output_size=(2, 3), name="pool2"))
    linear = Sequential([Activation("identity", name="relu1") if isinstance(lay, Activation) else
                         (Pool2D(2, mode="avg", name="pool1") if lay.name == "pool1" else lay)
                         for lay in model.layers], class_names=model.class_names, input_shape=model.input_shape)
    trace = linear.forward(drawing().astype(np.float64))
    rng = np.random.default_rng(4)
    for name in ["conv1", "pool1", "conv2", "pool2", "flatten", "dense"]:
        for idx in random_cells(trace[name].shape[:1] + trace[name].shape[1:], rng, 6):
            idx = (0,) + idx[1:]
            grad = _cell_gradient(linear, trace, name, idx)
            rf = explain.receptive_field(trace, name, idx)
            np.testing.assert_array_equal(grad[0] != 0, rf.input_mask, err_msg=f"{name} {idx}")


# ---------------------------------------------------------------------------------------------
# sizes and parameters

def test_output_size_formula_text():
    f = explain.output_size_formula(28, 3, 1, 0)
    assert f.text == "out = floor((n + 2p - k) / s) + 1 = floor((28 + 0 - 3) / 1) + 1 = 26" and f.out == 26
    assert explain.output_size_formula(128, 3).out == 126
    assert explain.output_size_formula(13, 3, 2, 1).text.endswith("floor((13 + 2 - 3) / 2) + 1 = 7")
    empty = explain.output_size_formula(2, 5)
    assert empty.out < 1 and "does not fit" in empty.text


@pytest.mark.parametrize("name", list(MODELS))
def test_size_formulas_agree_with_the_model(name):
    model = MODELS[name]()
    for layer, shape in zip(model.layers, model.shapes()):
        formulas = explain.size_formulas(model, layer.name)
        if isinstance(layer, (Conv2D, Pool2D)):
            assert [f.out for f in formulas] == list(shape[1:])
            assert all(f.text.endswith(str(f.out)) or "adaptive" in f.text for f in formulas)
            settings = explain.layer_settings(model, layer.name)
            assert settings.output_shape == shape and settings.formulas == formulas
        else:
            assert formulas == ()
    conv1 = explain.layer_settings(model, "conv1")
    assert conv1.activation == "relu" and conv1.activation_layer == "relu1"


def test_parameter_counts_lecture():
    model = load_model("lecture-ox")
    summary = explain.parameter_counts(model)
    assert summary.total == 38 == model.parameter_count
    by_name = {p.layer_name: p for p in summary.layers}
    assert by_name["conv1"].total == 20 and by_name["conv1"].formula.startswith("2 filters x (1 x 3 x 3)")
    assert by_name["dense"].total == 18
    assert by_name["conv1"].dense_equivalent == 784 * 1352 + 1352
    assert "1,061,320" in by_name["conv1"].comparison
    assert summary.dense_equivalent == 784 * 2 + 2
    assert "= 38 parameters" in summary.text
    assert explain.parameter_counts(model.forward(drawing())).total == 38
    assert explain.layer_parameters(model.forward(drawing()), "dense").total == 18


def test_parameter_counts_multi():
    model = multi_model()
    summary = explain.parameter_counts(model)
    assert summary.total == model.parameter_count
    conv2 = next(p for p in summary.layers if p.layer_name == "conv2")
    assert conv2.weights == 3 * 4 * 9 and conv2.biases == 3
    assert conv2.dense_equivalent == (4 * 13 * 13) * (3 * 7 * 7) + 3 * 7 * 7


# ---------------------------------------------------------------------------------------------
# odds and ends

def test_display_rounding():
    assert explain.fmt(-0.0001) == "0.000" and explain.fmt(-0.0006) == "-0.001" and explain.fmt(2.4) == "2.400"
    assert "3 decimals" in explain.ROUNDING_NOTE


def test_bad_requests_say_what_is_wrong():
    trace = load_model("lecture-ox").forward(drawing())
    with pytest.raises(explain.ExplainError, match="no layer named 'conv9'"):
        explain.explain_cell(trace, "conv9", (0, 0, 0))
    with pytest.raises(explain.ExplainError, match="outside"):
        explain.explain_conv(trace, "conv1", (0, 0, 26, 0))
    with pytest.raises(explain.ExplainError, match="not a convolution"):
        explain.explain_conv(trace, "pool1", (0, 0, 0, 0))
    with pytest.raises(explain.ExplainError, match="class 5"):
        explain.explain_class(trace, 5)
    # an index without the sample means sample 0
    assert explain.explain_conv(trace, "conv1", (1, 3, 4)).index == (0, 1, 3, 4)


@pytest.mark.skipif(not hasattr(ops, "SIMILARITIES"), reason="this engine has no similarity convolutions")
@pytest.mark.parametrize("similarity", ["cosine", "rbf"])
def test_similarity_convolutions_are_explained_too(similarity):
    """A conv layer scoring patches by cosine or RBF similarity: same products, a different score."""
    model = multi_model(seed=5)
    layers = [Conv2D(1, 4, 3, name="conv1", similarity=similarity, gamma=0.5) if lay.name == "conv1" else lay
              for lay in model.layers]
    layers[0].params["weight"][...] = model.layers[0].weight
    layers[0].params["bias"][...] = 0.1
    sim = Sequential(layers, class_names=model.class_names, input_shape=model.input_shape)
    trace = sim.forward(drawing(batch=2))
    rng = np.random.default_rng(6)
    for idx in random_cells(trace["conv1"].shape, rng, 30):
        cell = explain.explain_conv(trace, "conv1", idx)
        assert cell.similarity == similarity and cell.matches_engine, cell.agreement.text
        assert cell.value == pytest.approx(cell.score + cell.bias, abs=1e-12) and cell.bias == np.float32(0.1)
        ip = cell.inner_product
        if similarity == "cosine":
            assert cell.score == pytest.approx(ip.dot / (ip.patch_norm * ip.filter_norm + ops.COSINE_EPS))
        else:
            assert cell.score == pytest.approx(np.exp(-0.5 * ((ip.patch - ip.filter) ** 2).sum()))
        assert similarity in cell.formula or "exp(" in cell.formula
    from cnnviz.analysis import edit
    edited = edit.set_conv_options(sim, "conv1", padding=1, rng=rng).model
    assert edited.layer("conv1").similarity == similarity and edited.layer("conv1").gamma == 0.5


def test_a_value_that_does_not_come_from_the_numbers_is_flagged():
    """The check is not vacuous: change a weight after the forward pass and the cell no longer matches."""
    model = load_model("lecture-ox")
    trace = model.forward(drawing())
    assert explain.explain_conv(trace, "conv1", (0, 0, 9, 9)).matches_engine
    model.layers[0].params["weight"][0, 0, 1, 1] += 1e-3
    cell = explain.explain_conv(trace, "conv1", (0, 0, 9, 9))
    assert not cell.agreement.matches_engine and "OUTSIDE" in cell.agreement.text
