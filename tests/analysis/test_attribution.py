"""Saliency and the exact attribution of a logit to pixels.

The oracle here is a frozen-gate forward pass written independently of the engine: ReLU masks and
pooling winners are read from the trace with explicit loops (np.argmax picks the first cell at ties,
as the engine does), then any input is pushed through those frozen gates. For a piecewise-linear
network this map is affine, so its value at zero is the bias term, its value at the input is the
logit, and its value at each one-hot input minus the value at zero is that pixel's gradient.
"""
from __future__ import annotations

import zlib

import numpy as np
import pytest

from cnnviz.data import make_sketch, to_network_input
from cnnviz.engine import Activation, Conv2D, Dense, Flatten, Pool2D, Sequential, Softmax, load_model
from cnnviz.analysis.attribution import Attribution, AttributionError, attribute, frozen_forward, saliency
from cnnviz.engine.model import he_init


def rng_for(*key) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(repr(key).encode()))


def as_float64(model: Sequential) -> Sequential:
    clone = model.copy()
    for layer in clone.layers:
        for key in layer.params:
            layer.params[key] = layer.params[key].astype(np.float64)
    return clone


# ---------------------------------------------------------------------------------------------
# the independent oracle

def oracle_frozen(model: Sequential, x_seen: np.ndarray, inputs: np.ndarray) -> np.ndarray:
    """Logits (N, K) of `inputs` through the gates that x_seen (1, C, H, W) opens, by explicit loops."""
    seen = model.as_batch(x_seen)
    out = np.asarray(inputs, np.float64)
    for layer in model.layers[:model.logits_index + 1]:
        if isinstance(layer, Conv2D):
            w = layer.weight.astype(np.float64)
            if layer.flip:
                w = w[:, :, ::-1, ::-1]
            (sh, sw), (ph, pw) = layer.stride, layer.padding
            n, c, h, wd = out.shape
            f, _, kh, kw = w.shape
            padded = np.zeros((n, c, h + 2 * ph, wd + 2 * pw))
            padded[:, :, ph:ph + h, pw:pw + wd] = out
            oh, ow = (h + 2 * ph - kh) // sh + 1, (wd + 2 * pw - kw) // sw + 1
            new = np.empty((n, f, oh, ow))
            for i in range(oh):
                for j in range(ow):
                    patch = padded[:, :, i * sh:i * sh + kh, j * sw:j * sw + kw]
                    new[:, :, i, j] = np.einsum("nckl,fckl->nf", patch, w) + layer.bias
            out = new
        elif isinstance(layer, Dense):
            out = out @ layer.weight.astype(np.float64).T + layer.bias
        elif isinstance(layer, Activation):
            slope = {"relu": 0.0, "leaky_relu": 0.01, "identity": 1.0}[layer.function]
            out = out * np.where(seen > 0, 1.0, slope)
        elif isinstance(layer, Pool2D):
            out = oracle_pool(layer, seen, out)
        elif isinstance(layer, Flatten):
            out = out.reshape(out.shape[0], -1)
        seen = layer.forward(seen)
    return out


def oracle_pool(layer: Pool2D, seen: np.ndarray, out: np.ndarray) -> np.ndarray:
    n, c, h, w = out.shape
    if layer.adaptive:
        oh, ow = layer.output_size
        windows = [[(slice(i * h // oh, -(-(i + 1) * h // oh)), slice(j * w // ow, -(-(j + 1) * w // ow)))
                    for j in range(ow)] for i in range(oh)]
    else:
        (kh, kw), (sh, sw) = layer.size, layer.stride
        oh, ow = (h - kh) // sh + 1, (w - kw) // sw + 1
        windows = [[(slice(i * sh, i * sh + kh), slice(j * sw, j * sw + kw)) for j in range(ow)] for i in range(oh)]
    pooled = np.empty((n, c, oh, ow))
    for i in range(oh):
        for j in range(ow):
            rows, cols = windows[i][j]
            for ch in range(c):
                region = out[:, ch, rows, cols].reshape(n, -1)
                if layer.mode == "avg":
                    pooled[:, ch, i, j] = region.mean(axis=1)
                    continue
                window = seen[0, ch, rows, cols].ravel()
                winner = np.argmax(window) if layer.mode == "max" else np.argmin(window)
                pooled[:, ch, i, j] = region[:, winner]
    return pooled


# ---------------------------------------------------------------------------------------------
# models

def ox_like(pool="max", activation="relu", *, size=16, stride=1, padding=0, flip=False, adaptive=False,
            seed=0) -> Sequential:
    """conv -> act -> pool -> conv -> act -> pool -> dense, He-initialised, with nonzero biases."""
    rng = rng_for("model", pool, activation, size, stride, padding, flip, adaptive, seed)
    conv1 = Conv2D(1, 4, 3, stride=stride, padding=padding, flip=flip, name="conv1")
    shape = conv1.output_shape((1, size, size))
    pool1 = Pool2D(2, mode=pool, name="pool1")
    shape = pool1.output_shape(shape)
    conv2 = Conv2D(4, 5, 3, padding=padding, name="conv2")
    shape = conv2.output_shape(shape)
    pool2 = Pool2D(mode=pool, output_size=(2, 2), name="pool2") if adaptive else Pool2D(2, mode=pool, name="pool2")
    shape = pool2.output_shape(shape)
    layers = [conv1, Activation(activation, name="act1"), pool1, conv2, Activation(activation, name="act2"), pool2,
              Flatten(name="flatten"), Dense(int(np.prod(shape)), 3, name="dense"), Softmax(name="softmax")]
    model = Sequential(layers, class_names=("a", "b", "c"), input_shape=(1, size, size))
    he_init(model, rng)
    for layer in model.layers:
        if "bias" in layer.params:
            layer.params["bias"][...] = rng.normal(0, 0.3, layer.params["bias"].shape)
    return model


VARIANTS = [dict(), dict(pool="min"), dict(pool="avg"), dict(activation="leaky_relu"), dict(activation="identity"),
            dict(adaptive=True), dict(pool="min", adaptive=True), dict(pool="avg", adaptive=True),
            dict(stride=2, size=20), dict(padding=1, flip=True)]


def sketch_input(label, placement, seed, size=28):
    image, _ = make_sketch(label, np.random.default_rng(seed), placement=placement)
    return to_network_input(image, (size, size))


def assert_exact(result: Attribution, logit: float):
    scale = max(1.0, float(np.abs(result.contributions).sum()) + abs(result.bias_term))
    assert result.supported
    assert result.total == pytest.approx(logit, abs=1e-5 * scale)
    assert abs(result.residual) <= 1e-5 * scale


@pytest.mark.parametrize("variant", range(len(VARIANTS)))
def test_contributions_and_bias_sum_to_the_logit(variant):
    model = ox_like(**VARIANTS[variant])
    size = model.input_shape[1]
    rng = rng_for("inputs", variant)
    inputs = [rng.uniform(0, 1, (1, size, size)).astype(np.float32), sketch_input(0, "any", variant, size),
              sketch_input(1, "corner", variant, size), np.zeros((1, size, size), np.float32)]
    for x in inputs:
        trace = model.forward(x)
        for k in range(3):
            result = attribute(model, x, k)
            assert result.logit == float(trace.logits[0, k])
            assert_exact(result, result.logit)


@pytest.mark.parametrize("variant", range(len(VARIANTS)))
def test_bias_term_and_gradient_agree_with_an_independent_frozen_forward(variant):
    model = ox_like(**VARIANTS[variant])
    size = model.input_shape[1]
    x = sketch_input(variant % 2, "any", 100 + variant, size)
    x64 = x[None].astype(np.float64)
    for k in (0, 2):
        result = attribute(model, x, k)
        at_zero = oracle_frozen(model, x[None], np.zeros_like(x64))[0, k]
        at_x = oracle_frozen(model, x[None], x64)[0, k]
        assert result.bias_term == pytest.approx(at_zero, abs=1e-9)
        assert at_x == pytest.approx(result.logit, abs=1e-5)      # the frozen path reproduces the network
        # every pixel's gradient, as f(e_i) - f(0) of the affine frozen map
        basis = np.eye(size * size).reshape(-1, 1, size, size)
        gradient = (oracle_frozen(model, x[None], basis)[:, k] - at_zero).reshape(1, size, size)
        np.testing.assert_allclose(result.contributions, x64[0] * gradient, atol=1e-9)
        # and the engine's own frozen forward says the same
        trace = model.forward(x)
        np.testing.assert_allclose(frozen_forward(model, trace, np.zeros_like(x64))[0], oracle_frozen(
            model, x[None], np.zeros_like(x64))[0], atol=1e-9)


@pytest.mark.parametrize("name", ["lecture-ox", "ox-cnn"])
@pytest.mark.parametrize("placement", ["centre", "corner", "any"])
def test_shipped_models_on_real_sketches(name, placement):
    model = load_model(name)
    for seed in range(3):
        for label in (0, 1):
            x = sketch_input(label, placement, seed)
            trace = model.forward(x)
            for k, class_name in enumerate(model.class_names):
                result = attribute(model, x, k)
                assert result.class_name == class_name
                assert_exact(result, float(trace.logits[0, k]))
                at_zero = oracle_frozen(model, x[None], np.zeros((1, 1, 28, 28)))[0, k]
                assert result.bias_term == pytest.approx(at_zero, abs=1e-9)


def test_lecture_ox_has_no_bias_term():
    """Its biases are 0, so a blank input along any path scores 0: the pixels carry the whole logit."""
    result = attribute(load_model("lecture-ox"), sketch_input(0, "centre", 3), 0)
    assert result.bias_term == 0.0
    assert np.sum(result.contributions) == pytest.approx(result.logit, abs=1e-5)


def finite_difference_gradient(model64: Sequential, x: np.ndarray, k: int, h: float = 1e-6) -> np.ndarray:
    """d logit_k / d x by central differences, all perturbed inputs in one batch."""
    flat = x.astype(np.float64).ravel()
    steps = np.eye(flat.size) * h
    batch = np.concatenate([flat + steps, flat - steps]).reshape((-1,) + x.shape)
    logits = model64.forward(batch).logits[:, k]
    return ((logits[:flat.size] - logits[flat.size:]) / (2 * h)).reshape(x.shape)


@pytest.mark.parametrize("variant", range(len(VARIANTS)))
def test_saliency_equals_finite_differences(variant):
    model = as_float64(ox_like(**VARIANTS[variant]))
    size = model.input_shape[1]
    x = rng_for("fd", variant).uniform(0, 1, (1, size, size))       # no ties, no ReLU input exactly 0
    for k in range(3):
        numeric = finite_difference_gradient(model, x, k)
        np.testing.assert_allclose(saliency(model, x, k), numeric, rtol=1e-5, atol=1e-7)
        np.testing.assert_allclose(attribute(model, x, k).contributions, x * numeric, rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("name", ["lecture-ox", "ox-cnn"])
def test_saliency_of_shipped_models_equals_finite_differences(name):
    model = as_float64(load_model(name))
    x = 0.8 * sketch_input(0, "any", 7) + 0.2 * rng_for("noise", name).uniform(0, 1, (1, 28, 28))
    for k in range(2):
        np.testing.assert_allclose(saliency(model, x, k), finite_difference_gradient(model, x, k),
                                   rtol=1e-5, atol=1e-7)


def test_float32_saliency_matches_the_float64_frozen_gradient():
    model = load_model("ox-cnn")
    x = sketch_input(1, "any", 11)
    result = attribute(model, x, 1)
    assert result.saliency.dtype == np.float32 and result.contributions.dtype == np.float64
    np.testing.assert_allclose(result.saliency * x, result.contributions, atol=1e-5)


@pytest.mark.parametrize("function", ["sigmoid", "tanh"])
def test_curved_activations_are_refused(function):
    model = ox_like()
    model.layers[1] = Activation(function, name="act1")
    x = np.zeros((1, 16, 16), np.float32)
    with pytest.raises(ValueError, match=f"exact attribution needs a piecewise-linear network; "
                                         f"layer 'act1' uses {function}"):
        attribute(model, x, 0)
    result = attribute(model, x, 0, strict=False)
    assert not result.supported and "act1" in result.reason
    assert result.contributions is None and result.saliency.shape == (1, 16, 16)
    assert np.isnan(result.total)


@pytest.mark.parametrize("similarity", ["cosine", "rbf"])
def test_curved_similarities_are_refused(similarity):
    model = ox_like()
    old = model.layers[0]
    new = Conv2D(1, 4, 3, name="conv1", similarity=similarity)
    new.params["weight"][...] = old.weight
    model.layers[0] = new
    with pytest.raises(AttributionError, match=f"layer 'conv1' uses {similarity} similarity"):
        attribute(model, np.zeros((16, 16), np.float32), 0)
    with pytest.raises(AttributionError, match="layer 'conv1'"):
        frozen_forward(model, model.forward(np.zeros((16, 16), np.float32)), np.zeros((1, 1, 16, 16)))


def test_bad_requests():
    model = load_model("lecture-ox")
    with pytest.raises(ValueError, match="one drawing at a time"):
        attribute(model, np.zeros((2, 1, 28, 28), np.float32), 0)
    with pytest.raises(ValueError, match="class index 2 is out of range"):
        attribute(model, np.zeros((28, 28), np.float32), 2)
