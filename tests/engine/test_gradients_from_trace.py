"""gradients(..., trace=): the live view's forward pass is reused only while the layers still hold it, and the
gradients are then exactly those of a fresh forward pass."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from cnnviz.engine import load_model, shipped_models
from cnnviz.engine import gradients

engine_gradients = sys.modules["cnnviz.engine.gradients"]      # the module (the package exports the function)


def same(a, b):
    assert a.label == b.label and a.loss == b.loss
    for kind in ("outputs", "weights", "biases"):
        x, y = getattr(a, kind), getattr(b, kind)
        assert x.keys() == y.keys()
        for key in x:
            np.testing.assert_array_equal(x[key], y[key], err_msg=f"{kind}[{key}]")
    np.testing.assert_array_equal(a.input, b.input)


@pytest.mark.parametrize("name", shipped_models())
def test_a_trace_the_layers_hold_is_reused_and_gives_the_same_gradients(name):
    model = load_model(name)
    rng = np.random.default_rng(3)
    x = rng.random(model.input_shape).astype(np.float32)
    fresh = gradients(model, x, 1)
    trace = model.forward(x)
    assert engine_gradients.holds(model, trace)
    reused = gradients(model, x, 1, trace=trace)
    assert reused.trace is trace                            # no second forward pass
    same(reused, fresh)


@pytest.mark.parametrize("name", shipped_models())
def test_a_trace_the_layers_no_longer_hold_is_run_again(name):
    model = load_model(name)
    rng = np.random.default_rng(4)
    x, other = (rng.random(model.input_shape).astype(np.float32) for _ in range(2))
    trace = model.forward(x)
    model.forward(other)                                    # the layers now hold another drawing
    assert not engine_gradients.holds(model, trace)
    result = gradients(model, x, 0, trace=trace)
    assert result.trace is not trace
    same(result, gradients(model, x, 0))
    # the layers hold x again, but from a forward pass without standardisation: not the trace's
    plain = model.forward(x, standardize=False)
    if any(type(layer).__name__ == "Standardize" for layer in model.layers):
        assert not engine_gradients.holds(model, plain)
    same(gradients(model, x, 0, trace=plain), gradients(model, x, 0))
    # a trace of another input than x is not used for x
    trace = model.forward(other)
    same(gradients(model, x, 0, trace=trace), gradients(model, x, 0))


def test_an_unstandardised_trace_serves_only_unstandardised_gradients():
    """With 'Standardise like the training data' off, the live pass skips Standardize: that pass is reused for
    the gradients of the network as shown, and never for the standardised network's."""
    model = load_model("selfedu-rgb")
    x = np.random.default_rng(5).random(model.input_shape).astype(np.float32)
    fresh = gradients(model, x, 0, standardize=False)
    trace = model.forward(x, standardize=False)
    assert engine_gradients.holds(model, trace, standardize=False)
    assert not engine_gradients.holds(model, trace, standardize=True)
    reused = gradients(model, x, 0, standardize=False, trace=trace)
    assert reused.trace is trace
    same(reused, fresh)
    standardised = gradients(model, x, 0, trace=trace)        # asks for the other network: runs it
    assert standardised.trace is not trace
    same(standardised, gradients(model, x, 0))
