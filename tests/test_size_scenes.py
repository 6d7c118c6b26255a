"""The shipped size scenes as plain data: each model has the promised shapes, is built the same every time,
still tells the drawing's class, and its caption quotes the model's own numbers."""
import numpy as np
import pytest

from cnnviz.analysis import architecture
from cnnviz.data import to_network_input
from cnnviz.data.sketches import render_strokes
from cnnviz.engine import load_model
from cnnviz.engine.model_files import model_from_dict, model_to_dict
from cnnviz.scenes import load_scene, save_scene
from cnnviz.size_scenes import (SIZE_SCENES, scene_caption, scene_model, scene_state, scene_strokes, size_change,
                                size_scene)

KEYS = [s.key for s in SIZE_SCENES]


def probabilities(model, key):
    channels, height, width = model.input_shape
    image = render_strokes(scene_strokes(key), canvas=280, width=16)
    return model.forward(to_network_input(image, (height, width), channels=channels)[None]).probabilities[0]


def test_the_four_scenes_are_shipped():
    assert KEYS == ["size-128-126", "size-padding", "size-stride-2", "size-upsample-convolve"]


def test_128_becomes_126():
    model = scene_model("size-128-126")
    assert model.input_shape == (1, 128, 128)
    assert size_change(model, "conv1") == ((1, 128, 128), (2, 126, 126))
    assert str(scene_caption("size-128-126", model)).startswith("A 3×3 filter fits 128 − 3 + 1 = 126 times")


def test_padding_keeps_the_size():
    model = scene_model("size-padding")
    assert model.layer("conv1").padding == (1, 1)
    assert size_change(model, "conv1") == ((1, 28, 28), (2, 28, 28))
    assert "28 + 2·1 − 3 + 1 = 28" in str(scene_caption("size-padding", model))


def test_stride_2_halves_it():
    model = scene_model("size-stride-2")
    assert model.layer("conv1").stride == (2, 2)
    assert size_change(model, "conv1") == ((1, 28, 28), (2, 14, 14))
    said = str(scene_caption("size-stride-2", model))
    assert "floor((28 + 2·1 − 3) / 2) + 1 = 14" in said and "28×28 to 14×14" in said


def test_upsample_then_convolve():
    model = scene_model("size-upsample-convolve")
    kinds = [layer.kind for layer in model.layers]
    assert kinds[:4] == ["conv2d", "activation", "upsample", "conv2d"]
    assert size_change(model, "up1") == ((2, 26, 26), (2, 52, 52))
    assert size_change(model, "conv2") == ((2, 52, 52), (2, 52, 52))
    weight = model.layer("conv2").params["weight"]
    np.testing.assert_array_equal(weight[0, 0], np.full((3, 3), 1 / 9, np.float32))     # channel by channel
    assert not weight[0, 1].any() and not weight[1, 0].any()
    assert "26×26 → 52×52" in str(scene_caption("size-upsample-convolve", model))


@pytest.mark.parametrize("key", KEYS)
def test_every_scene_is_deterministic_keeps_the_hand_set_filters_and_still_classifies(key):
    a, b = scene_model(key), scene_model(key)
    assert model_to_dict(a) == model_to_dict(b)                      # the same scene on every opening
    np.testing.assert_array_equal(a.layer("conv1").weight, load_model("lecture-ox").layer("conv1").weight)
    # the shape flow the editor shows is the one the caption speaks of
    flow = {step.name: step.output_shape for step in architecture.shape_flow(a)}
    assert flow[size_scene(key).layer] == size_change(a, size_scene(key).layer)[1]
    said = str(scene_caption(key, a))
    assert "{" not in said and len(said) < 160
    p = probabilities(a, key)
    expected = 0 if size_scene(key).drawing == "circle" else 1
    assert int(np.argmax(p)) == expected, p                            # circle (class 0) or cross (class 1)


@pytest.mark.parametrize("key", KEYS)
def test_a_scene_saves_and_opens_as_a_scene_file(key, tmp_path):
    scene = scene_state(key, language="ja")
    path = save_scene(scene, tmp_path / key)
    back = load_scene(path)
    assert back.language == "ja" and back.model_source == key
    assert model_to_dict(back.model) == model_to_dict(model_from_dict(model_to_dict(scene.model)))
    assert len(back.strokes) == len(scene_strokes(key))
