"""cnnviz.engine.gradients: the backward pass of one drawing, against finite differences and PyTorch.

Finite differences perturb the input, each weight and each bias and call only the forward pass, so they
know nothing of the engine's backward. Step-output gradients are checked the same way by adding a
perturbation to one step's output (a forward "hook" written here, again only forward code).
Everything runs in float64 and must agree to 1e-4 relative.
"""
from __future__ import annotations

import numpy as np
import pytest

from cnnviz.engine import GradientError, gradients, load_model, ops

from .backward_models import (VARIANTS, no_softmax_model, random_input, shipped, sketch_input,
                              three_channel_model)
from .numerical import numerical_gradient

RTOL, ATOL = 1e-4, 1e-8


def close(analytic, numeric, what):
    assert analytic.shape == numeric.shape, what
    np.testing.assert_allclose(analytic, numeric, rtol=RTOL, atol=ATOL * max(1.0, float(np.abs(numeric).max())),
                               err_msg=what)


def loss_of(model, x, label, *, at=None, delta=None):
    """Cross-entropy of the forward pass, optionally with ``delta`` added to the output of step ``at``."""
    out = model.as_batch(x)
    for layer in model.layers:
        out = layer.forward(out)
        if layer.name == at:
            out = out + delta
    if model.layers[-1].kind == "softmax":
        return float(-np.log(out[0, label]))
    return ops.cross_entropy(out, [label])


def check_step_output_gradient(model, x, label, name, analytic):
    """Perturb each cell of one step's output and compare with the central difference. Where the loss
    has a kink there (a ReLU output at 0 feeding a pooling window with a tie), the two one-sided slopes
    differ and no derivative exists: such cells are skipped here (the engine then follows PyTorch's
    choice, the first winner, which the PyTorch tests below check). Returns how many cells were checked."""
    delta = np.zeros(analytic.shape)
    base = loss_of(model, x, label, at=name, delta=delta)
    h = 1e-6 if name != model.layers[-1].name else 1e-6 * float(model.forward(x).probabilities[0, label])
    checked = 0
    for index in np.ndindex(delta.shape):
        delta[index] = h
        up = loss_of(model, x, label, at=name, delta=delta)
        delta[index] = -h
        down = loss_of(model, x, label, at=name, delta=delta)
        delta[index] = 0
        right, left, central = (up - base) / h, (base - down) / h, (up - down) / (2 * h)
        scale = max(1.0, abs(central))
        if abs(right - left) <= 1e-5 * scale:
            assert analytic[index] == pytest.approx(central, rel=RTOL, abs=ATOL * scale), (name, index)
            checked += 1
    return checked


def check_against_finite_differences(model, x, label, *, every_step=True):
    g = gradients(model, x, label)
    assert g.loss == pytest.approx(loss_of(model, x, label), rel=1e-12)
    batch = np.array(model.as_batch(x))
    close(g.input, numerical_gradient(lambda: loss_of(model, batch, label), batch), "input")
    for layer, key, value in model.parameters():
        got = (g.weights if key == "weight" else g.biases)[layer.name]
        close(got, numerical_gradient(lambda: loss_of(model, x, label), value), f"{layer.name}.{key}")
    if every_step:
        for step in g.trace.steps:
            checked = check_step_output_gradient(model, x, label, step.name, g.outputs[step.name])
            assert checked >= min(step.output.size, 2), f"{step.name}: almost every cell sits on a kink"
    return g


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_layer_setting_matches_finite_differences(variant):
    model = VARIANTS[variant]()
    check_against_finite_differences(model, random_input(model, 1), label=2)


def test_a_model_without_softmax_step_starts_at_its_logits():
    model = no_softmax_model()
    x = random_input(model, 2)
    g = check_against_finite_differences(model, x, 1)
    assert list(g.outputs) == [layer.name for layer in model.layers]
    np.testing.assert_allclose(g.logits, g.trace.probabilities - [[0, 1]], rtol=1e-12)


@pytest.mark.parametrize("name", ["lecture-ox", "ox-cnn"])
@pytest.mark.parametrize("seed", [0, 1])
def test_shipped_models_match_finite_differences(name, seed):
    model = shipped(name)
    check_against_finite_differences(model, sketch_input(model, seed), label=seed, every_step=name == "lecture-ox")


def test_three_channel_model_with_padding_stride_and_average_pooling():
    model = three_channel_model()
    check_against_finite_differences(model, random_input(model, 5), label=0)


def test_shapes_follow_the_trace_and_the_parameters():
    model = shipped("ox-cnn")
    g = gradients(model, sketch_input(model, 3)[None], 1)          # a batch of one is accepted too
    for step in g.trace.steps:
        assert g.outputs[step.name].shape == step.output.shape
    assert set(g.weights) == set(g.biases) == {"conv1", "conv2", "dense"}
    for name in g.weights:
        assert g.weights[name].shape == model.layer(name).weight.shape
        assert g.biases[name].shape == model.layer(name).bias.shape
    assert g.input.shape == (1,) + model.input_shape
    np.testing.assert_array_equal(g.into("conv2"), g.outputs["pool1"])
    np.testing.assert_array_equal(g.into("conv1"), g.input)


def test_logits_gradient_is_softmax_minus_one_hot_and_softmax_step_is_minus_one_over_p():
    model = shipped("lecture-ox")
    g = gradients(model, sketch_input(model, 4), 0)
    p = g.trace.probabilities[0]
    np.testing.assert_allclose(g.outputs["dense"][0], p - [1, 0], rtol=1e-12)
    np.testing.assert_allclose(g.logits, g.outputs["dense"])
    np.testing.assert_allclose(g.outputs["softmax"][0], [-1 / p[0], 0], rtol=1e-12)
    assert g.loss == pytest.approx(-np.log(p[0]), rel=1e-12)


def test_the_app_dtype_is_kept_and_a_hopeless_class_gives_finite_gradients_below_the_softmax():
    model = load_model("lecture-ox")
    for layer in model.layers:
        for value in layer.params.values():
            value *= 200                                              # p of the wrong class underflows
    x = np.zeros(model.input_shape, np.float32)
    x[0, 4:24, 4:24] = np.eye(20)                                    # a long "\" stroke
    g = gradients(model, x, 0)
    assert g.weights["conv1"].dtype == np.float32
    assert np.isfinite(g.loss) and g.loss > 100
    assert all(np.isfinite(v).all() for name, v in g.outputs.items() if name != "softmax")
    with np.errstate(over="ignore"):
        assert g.outputs["softmax"][0, 0] == -np.exp(np.float64(g.loss))     # -1/p, beyond float64 here: -inf


@pytest.mark.parametrize("bad, words", [(5, "0-1"), (-1, "0-1"), (True, "0-1"), ("circle", "0-1")])
def test_a_class_that_does_not_exist_is_one_clear_error(bad, words):
    model = shipped("lecture-ox")
    with pytest.raises(GradientError, match=words) as info:
        gradients(model, sketch_input(model, 0), bad)
    assert "circle, cross" in str(info.value)
    assert info.value.message.values["label"] == bad


def test_a_batch_of_several_drawings_is_refused_with_the_expected_shape():
    model = shipped("lecture-ox")
    with pytest.raises(GradientError, match=r"one drawing at a time.*1 x 28 x 28.*got 2 x 1 x 28 x 28"):
        gradients(model, np.zeros((2, 1, 28, 28)), 0)


# ---------------------------------------------------------------------------------------------
# PyTorch as an independent reference

@pytest.fixture(scope="module")
def torch():
    return pytest.importorskip("torch")


def torch_similarity(torch, x, w, b, layer):
    f = torch.nn.functional
    if layer.flip:
        w = torch.flip(w, dims=(2, 3))
    if layer.similarity == "dot":
        return f.conv2d(x, w, b, stride=layer.stride, padding=layer.padding)
    n, _, h, wd = x.shape
    kh, kw = layer.kernel_size
    oh, ow = ops.conv_output_shape(h, wd, (kh, kw), layer.stride, layer.padding)
    cols = f.unfold(x, (kh, kw), padding=layer.padding, stride=layer.stride)      # (N, D, L)
    wf = w.reshape(w.shape[0], -1)                                               # (F, D)
    if layer.similarity == "cosine":
        dot = torch.einsum("fd,ndl->nfl", wf, cols)
        denominator = wf.norm(dim=1)[None, :, None] * cols.norm(dim=1)[:, None, :] + ops.COSINE_EPS
        score = dot / denominator
    else:
        distance = ((cols[:, None, :, :] - wf[None, :, :, None]) ** 2).sum(dim=2)
        score = torch.exp(-layer.gamma * distance)
    return (score + b[None, :, None]).reshape(n, -1, oh, ow)


def torch_layer(torch, layer, x, params):
    f = torch.nn.functional
    kind = layer.kind
    if kind == "conv2d":
        return torch_similarity(torch, x, params["weight"], params["bias"], layer)
    if kind == "activation":
        return {"relu": f.relu, "identity": lambda v: v * 1, "sigmoid": torch.sigmoid, "tanh": torch.tanh,
                "leaky_relu": lambda v: f.leaky_relu(v, ops.LEAKY_SLOPE)}[layer.function](x)
    if kind == "pool2d":
        if layer.adaptive:
            pools = {"max": lambda v: f.adaptive_max_pool2d(v, layer.output_size),
                     "avg": lambda v: f.adaptive_avg_pool2d(v, layer.output_size)}
        else:
            pools = {"max": lambda v: f.max_pool2d(v, layer.size, layer.stride),
                     "avg": lambda v: f.avg_pool2d(v, layer.size, layer.stride)}
        return -pools["max"](-x) if layer.mode == "min" else pools[layer.mode](x)
    if kind == "flatten":
        return x.reshape(x.shape[0], -1)
    if kind == "dense":
        return f.linear(x, params["weight"], params["bias"])
    if kind == "softmax":
        return torch.softmax(x, dim=1)
    raise AssertionError(kind)


def torch_gradients(torch, model, x, label):
    """The same model in PyTorch autograd: loss, step-output gradients, parameter and input gradients."""
    tx = torch.tensor(np.ascontiguousarray(model.as_batch(x)), dtype=torch.float64, requires_grad=True)
    params = {layer.name: {k: torch.tensor(v.astype(np.float64), requires_grad=True) for k, v in layer.params.items()}
              for layer in model.layers}
    outputs, out = {}, tx
    for layer in model.layers:
        out = torch_layer(torch, layer, out, params[layer.name])
        out.retain_grad()
        outputs[layer.name] = out
    if model.layers[-1].kind == "softmax":
        loss = -torch.log(out[0, label])
    else:
        loss = torch.nn.functional.cross_entropy(out, torch.tensor([label]))
    loss.backward()
    return (loss.item(), {k: v.grad.numpy() for k, v in outputs.items()},
            {name: {k: v.grad.numpy() for k, v in p.items()} for name, p in params.items()}, tx.grad.numpy())


def check_against_torch(torch, model, x, label):
    g = gradients(model, x, label)
    loss, outputs, params, dx = torch_gradients(torch, model, x, label)
    assert g.loss == pytest.approx(loss, rel=1e-10)
    close(g.input, dx, "input")
    for name, grad in outputs.items():
        close(g.outputs[name], grad, name)
    for name in g.weights:
        close(g.weights[name], params[name]["weight"], f"{name}.weight")
        close(g.biases[name], params[name]["bias"], f"{name}.bias")


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_layer_setting_matches_torch(torch, variant):
    model = VARIANTS[variant]()
    check_against_torch(torch, model, random_input(model, 6), 1)


@pytest.mark.parametrize("name", ["lecture-ox", "ox-cnn"])
def test_shipped_models_match_torch(torch, name):
    model = shipped(name)
    for seed in range(3):
        check_against_torch(torch, model, sketch_input(model, seed), seed % 2)


def test_three_channel_and_no_softmax_models_match_torch(torch):
    for model in (three_channel_model(), no_softmax_model()):
        check_against_torch(torch, model, random_input(model, 7), 1)
