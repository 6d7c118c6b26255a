"""The standardisation stage: (x - mean) / std per channel, stored in the model file, measured on the training
data, visible in the trace, and switchable off to show a picture that was not standardised."""
import json

import numpy as np
import pytest

from cnnviz.engine import ModelFileError, Standardize, load_model, model_to_dict, ops, save_model
from cnnviz.engine.model_files import model_from_json
from cnnviz.engine.architectures import build
from cnnviz.engine.train import TrainConfig, fit_standardization, train

from .numerical import numerical_gradient


def test_forward_is_per_channel_x_minus_mean_over_std():
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 1, (4, 3, 5, 6))
    layer = Standardize([0.5, 0.2, 0.8], [0.25, 0.5, 2.0])
    y = layer.forward(x)
    assert y.shape == x.shape and y.dtype == x.dtype
    np.testing.assert_allclose(y[:, 0], (x[:, 0] - 0.5) / 0.25, rtol=1e-6)
    np.testing.assert_allclose(y[:, 2], (x[:, 2] - 0.8) / 2.0, rtol=1e-6)
    assert layer.parameter_count == 0 and not layer.params   # nothing for an optimizer to change


def test_backward_matches_finite_differences():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(2, 3, 4, 4))
    upstream = rng.normal(size=x.shape)
    layer = Standardize([0.1, -0.3, 0.7], [0.5, 1.5, 0.9])
    layer.forward(x)
    dx = layer.backward(upstream)
    numeric = numerical_gradient(lambda: float((ops.standardize(x, layer.mean, layer.std) * upstream).sum()), x)
    np.testing.assert_allclose(dx, numeric, rtol=1e-4, atol=1e-6)


def test_matches_torchvision_style_normalisation_in_pytorch():
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(2)
    x = rng.uniform(0, 1, (3, 3, 8, 8)).astype(np.float32)
    mean, std = np.array([0.485, 0.456, 0.406]), np.array([0.229, 0.224, 0.225])
    expected = (torch.from_numpy(x) - torch.tensor(mean, dtype=torch.float32).view(1, 3, 1, 1)) \
        / torch.tensor(std, dtype=torch.float32).view(1, 3, 1, 1)
    np.testing.assert_allclose(Standardize(mean, std).forward(x), expected.numpy(), rtol=1e-5, atol=1e-6)


def test_channel_statistics_give_the_training_data_mean_zero_and_std_one():
    rng = np.random.default_rng(3)
    x = np.stack([rng.normal(0.7, 0.1, (50, 8, 8)), rng.normal(0.2, 0.3, (50, 8, 8)),
                  np.full((50, 8, 8), 0.5)], axis=1).astype(np.float32)
    model = build("selfedu-rgb", np.random.default_rng(0), input_size=8)
    mean, std = fit_standardization(model, x)
    np.testing.assert_allclose(mean, [0.7, 0.2, 0.5], atol=0.02)
    assert std[2] == 1.0                       # a constant channel is only shifted
    seen = model.forward(x).step("standardize").output
    np.testing.assert_allclose(seen[:, :2].mean(axis=(0, 2, 3)), 0, atol=1e-4)
    np.testing.assert_allclose(seen[:, :2].std(axis=(0, 2, 3)), 1, atol=1e-3)


def test_the_trace_shows_the_step_and_can_run_without_it():
    model = build("selfedu-rgb", np.random.default_rng(4), classes=("a", "b", "c"))
    model.standardize_layer.set_statistics([0.8, 0.8, 0.8], [0.1, 0.1, 0.1])
    x = np.random.default_rng(5).uniform(0, 1, (3, 32, 32)).astype(np.float32)
    standardised = model.forward(x)
    raw = model.forward(x, standardize=False)
    assert [s.name for s in standardised.steps][:2] == ["standardize", "conv1"]
    np.testing.assert_allclose(standardised["standardize"][0], (x - 0.8) / 0.1, rtol=1e-5, atol=1e-5)
    assert np.array_equal(raw["standardize"], raw.input)      # the step is there, and passes the picture as it is
    assert not np.allclose(raw.probabilities, standardised.probabilities)


def test_training_leaves_the_statistics_alone():
    rng = np.random.default_rng(6)
    model = build("selfedu-rgb", rng, input_size=8)
    x = rng.uniform(0, 1, (40, 3, 8, 8)).astype(np.float32)
    y = (x[:, 0].mean(axis=(1, 2)) > 0.5).astype(np.int64)
    mean, std = fit_standardization(model, x)
    for _ in train(model, x, y, config=TrainConfig(epochs=2, batch_size=8)):
        pass
    assert np.array_equal(model.standardize_layer.mean, mean) and np.array_equal(model.standardize_layer.std, std)


def test_model_file_keeps_mean_and_std(tmp_path):
    model = build("selfedu-rgb", np.random.default_rng(7))
    model.standardize_layer.set_statistics([0.5, 0.25, 0.125], [0.2, 0.3, 0.4])
    entry = model_to_dict(model)["layers"][0]
    assert entry["type"] == "standardize" and entry["mean"] == pytest.approx([0.5, 0.25, 0.125])
    loaded = load_model(save_model(model, tmp_path / "m.json"))
    x = np.random.default_rng(8).uniform(0, 1, (3, 32, 32)).astype(np.float32)
    np.testing.assert_array_equal(loaded.forward(x).probabilities, model.forward(x).probabilities)


def _file_with(**standardize):
    model = build("selfedu-rgb", np.random.default_rng(9), input_size=8)
    data = model_to_dict(model)
    data["layers"][0].update(standardize)
    return json.dumps(data)


@pytest.mark.parametrize("fields, words", [
    ({"std": [0.2, 0.0, 0.3]}, "std must be a finite number > 0"),
    ({"std": [0.2, 0.3]}, "mean has 3 values and std 2"),
    ({"mean": [0.1, 0.2, 0.3, 0.4], "std": [1, 1, 1, 1]}, "the input has 3 channels, its mean and std are for 4"),
    ({"mean": [0.1, "0.2", 0.3]}, "field 'mean' must be a list of numbers"),
    ({"std": []}, "field 'std' must be a list of numbers"),
])
def test_bad_statistics_in_a_file_name_the_layer_and_field(fields, words):
    with pytest.raises(ModelFileError) as error:
        model_from_json(_file_with(**fields), source="m.json")
    assert "m.json" in str(error.value) and "'standardize'" in str(error.value) and words in str(error.value)


@pytest.mark.parametrize("standardize", [True, False])
def test_input_gradient_follows_the_forward_that_ran(standardize):
    model = build("selfedu-rgb", np.random.default_rng(10), input_size=8)
    for layer in model.layers:
        for key in layer.params:
            layer.params[key] = layer.params[key].astype(np.float64)
    model.standardize_layer.set_statistics([0.6, 0.5, 0.4], [0.2, 0.4, 0.8])
    x = np.random.default_rng(11).uniform(0, 1, (1, 3, 8, 8))
    _, dx = model.input_gradient(x, 1) if standardize else (None, None)
    if not standardize:
        trace = model.forward(x, standardize=False)
        dlogits = np.zeros_like(trace.logits)
        dlogits[:, 1] = 1
        dx = model.backward(dlogits)
    numeric = numerical_gradient(lambda: float(model.forward(x, standardize=standardize).logits[0, 1]), x)
    np.testing.assert_allclose(dx, numeric, rtol=1e-4, atol=1e-7)
