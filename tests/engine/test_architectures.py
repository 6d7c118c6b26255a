"""Architectures for any class list, and the one chosen for a data set."""
import numpy as np
import pytest

from cnnviz.engine import Standardize
from cnnviz.engine.architectures import ARCHITECTURES, build, choose_architecture
from cnnviz.engine.train import holdout


@pytest.mark.parametrize("arch", sorted(ARCHITECTURES))
@pytest.mark.parametrize("count", [2, 3, 10])
def test_every_architecture_builds_for_two_to_ten_classes(arch, count):
    classes = tuple(f"class {i}" for i in range(count))
    model = build(arch, np.random.default_rng(0), classes=classes)
    assert model.class_names == classes
    x = np.random.default_rng(1).uniform(0, 1, (2,) + model.input_shape).astype(np.float32)
    assert model.forward(x).probabilities.shape == (2, count)


def test_class_counts_outside_two_to_ten_and_unknown_names_are_refused():
    with pytest.raises(ValueError, match="a model needs 2 to 10 different classes, got 11"):
        build("ox-cnn", np.random.default_rng(0), classes=tuple("abcdefghijk"))
    with pytest.raises(ValueError, match="got 2 .*a, a"):
        build("ox-cnn", np.random.default_rng(0), classes=("a", "a"))
    with pytest.raises(ValueError, match="unknown architecture 'lenet'; choose one of ox-cnn, quadrants, selfedu-rgb"):
        build("lenet", np.random.default_rng(0))


def test_selfedu_rgb_is_the_lectures_colour_network():
    model = build("selfedu-rgb", np.random.default_rng(0), classes=("a", "b", "c"))
    assert model.input_shape == (3, 32, 32)
    assert isinstance(model.layers[0], Standardize)
    assert [layer.kind for layer in model.layers[1:]] == ["conv2d", "activation", "pool2d", "conv2d", "activation",
                                                           "pool2d", "flatten", "dense", "softmax"]
    assert model.layer("conv1").weight.shape == (10, 3, 3, 3) and model.layer("conv2").weight.shape == (30, 10, 3, 3)


def test_the_data_chooses_the_architecture():
    assert choose_architecture(colour=True, classes=3, image_side=500) == \
        ("selfedu-rgb", {"channels": 3, "input_size": 32})
    assert choose_architecture(colour=False, classes=3, image_side=280) == \
        ("ox-cnn", {"channels": 1, "input_size": 28, "crop": True})
    arch, shape = choose_architecture(colour=False, classes=8, image_side=20)
    assert shape["filters"] == (16, 32) and shape["input_size"] == 20
    build(arch, np.random.default_rng(0), classes=tuple("abcdefgh"), **shape)     # and it builds


def test_holdout_keeps_a_share_of_every_class():
    y = np.array([0] * 50 + [1] * 6 + [2] * 3)
    train_index, validation_index = holdout(y, 0.2, np.random.default_rng(0))
    assert np.bincount(y[validation_index], minlength=3).tolist() == [10, 1, 1]
    assert sorted(np.concatenate([train_index, validation_index]).tolist()) == list(range(len(y)))
