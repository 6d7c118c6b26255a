"""The shipped colour model: the lecture's shape, standardised like its training pictures, right on colour
pictures it never saw, and wrong more often when a picture is not standardised."""
import numpy as np

from cnnviz.data.colour_shapes import make_colour_dataset
from cnnviz.engine import load_model, shipped_models


def test_selfedu_rgb_is_shipped_with_its_standardisation():
    assert "selfedu-rgb" in shipped_models()
    model = load_model("selfedu-rgb")
    assert model.input_shape == (3, 32, 32) and model.class_names == ("circle", "cross", "triangle")
    stage = model.standardize_layer
    assert stage is model.layers[0]
    assert np.all((0.6 < stage.mean) & (stage.mean < 0.9)) and np.all((0.1 < stage.std) & (stage.std < 0.3))
    assert model.layer("conv1").weight.shape == (10, 3, 3, 3) and model.layer("conv2").weight.shape == (30, 10, 3, 3)


def test_selfedu_rgb_recognises_unseen_colour_pictures_and_needs_its_standardisation():
    model = load_model("selfedu-rgb")
    x, y = make_colour_dataset(300, seed=4242)          # training used seeds 0 and 1000
    standardised = (model.forward(x).predicted == y).mean()
    raw = (model.forward(x, standardize=False).predicted == y).mean()
    assert standardised >= 0.95
    assert raw < standardised - 0.1
