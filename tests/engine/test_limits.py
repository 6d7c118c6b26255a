"""Loading a model checks what running it costs: named limits, one message naming the limit and by how much,
in time linear in the file."""
import copy
import json
import re

import pytest

from cnnviz.engine import ModelFileError, load_model, model_to_dict
from cnnviz.engine import limits
from cnnviz.engine.model_files import model_from_dict


@pytest.fixture
def ox():
    return model_to_dict(load_model("lecture-ox"))


def refused(data, match):
    with pytest.raises(ModelFileError, match=match) as error:
        model_from_dict(data, source="m.json")
    return str(error.value)


def test_a_huge_input_is_refused_naming_the_limit_and_the_excess(ox):
    ox["input"] = {"channels": 1, "height": 100000, "width": 100000}
    text = refused(ox, "the input has 10,000,000,000 cells")
    assert "over the limit of 1,000,000 by 9,999,000,000" in text


def test_an_output_too_large_is_refused_at_its_layer(ox):
    ox["input"] = {"channels": 1, "height": 1000, "width": 1000}          # 1,000,000 cells: within the limit
    conv = ox["layers"][0]
    conv["out_channels"] = 8
    conv["weight"] = [conv["weight"][0]] * 8
    conv["bias"] = [0.0] * 8
    text = refused(ox, "layer 1 \\('conv1'\\): its output has 7,968,032 cells")
    assert "over the limit of 4,000,000" in text


def test_padding_that_blows_up_the_output_is_refused(ox):
    ox["layers"][0]["padding"] = [5000, 5000]
    refused(ox, "its output has")


def test_too_many_parameters_are_refused_before_any_array_is_made(ox, monkeypatch):
    from cnnviz.engine import model_files
    made = []
    monkeypatch.setattr(model_files, "Conv2D", lambda *a, **k: made.append(a))
    ox["layers"][0].update(in_channels=1, out_channels=100000, kernel_size=[100, 100])
    refused(ox, "the model has 1,000,100,000 parameters up to this layer")
    assert made == []                                          # no 4 GB of zeros first


def test_layers_and_classes_are_counted_before_they_are_read(ox, monkeypatch):
    from cnnviz.engine import model_files
    read = []
    real = model_files._layer_from_dict
    monkeypatch.setattr(model_files, "_layer_from_dict", lambda *a: read.append(a) or real(*a))
    many = copy.deepcopy(ox)
    many["layers"] = [{"type": "flatten", "name": f"f{i}"} for i in range(100_000)]
    refused(many, "the model has 100,000 layers, over the limit of 1,000 by 99,000")
    assert read == []
    classes = copy.deepcopy(ox)
    classes["class_names"] = [f"c{i}" for i in range(100_000)]
    refused(classes, "the model has 100,000 classes")


def test_as_many_layers_as_the_limit_allows_load(ox):
    """The duplicate-name check was quadratic (100,000 layers took 95 s); it is one pass over a set now."""
    ox["layers"] = ox["layers"][:4] + [{"type": "activation", "name": f"a{i}", "function": "identity"}
                                       for i in range(limits.MAX_LAYERS - 6)] + ox["layers"][4:]
    assert len(model_from_dict(ox).layers) == limits.MAX_LAYERS
    ox["layers"][7]["name"] = "a0"
    refused(ox, "two layers are named 'a0'")


def test_weights_beyond_float32_are_refused_after_conversion(ox):
    ox["layers"][4]["weight"][0][0] = 1e39                 # finite as float64, inf as float32
    refused(ox, "layer 5 \\('dense'\\): 'weight' holds a value beyond float32's range")


@pytest.mark.parametrize("value", ["no", 0, 1, None, "false", [True]])
def test_crop_must_be_true_or_false(ox, value):
    ox["preprocess"] = {"crop": value}
    refused(ox, re.escape(f"preprocess: field 'crop' must be true or false, got {json.dumps(value)}"))


def test_a_model_file_too_large_or_not_regular_is_refused_unread(tmp_path, monkeypatch):
    import os
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(ModelFileError, match="not a regular file"):
        load_model(str(fifo))                               # would block forever if opened
    big = tmp_path / "big.json"
    big.write_text("{}")
    monkeypatch.setattr(limits, "MAX_MODEL_FILE_BYTES", 1)
    with pytest.raises(ModelFileError, match="the file is 2 bytes, over the limit of 1 by 1"):
        load_model(str(big))


def test_the_shipped_models_are_far_inside_every_limit():
    for name in ("ox-cnn", "lecture-ox"):
        model = load_model(name)
        assert model.parameter_count < limits.MAX_PARAMETERS / 100
        assert max(c * h * w for c, h, w in [model.input_shape]) < limits.MAX_INPUT_CELLS / 100
