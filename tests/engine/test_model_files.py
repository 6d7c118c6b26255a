"""Model files: round trip, atomic save, validation with messages a user can act on, nothing executed."""
from __future__ import annotations

import copy
import json
import os
import pickle
import re
import stat
from pathlib import Path

import numpy as np
import pytest

from cnnviz.engine import (Activation, Conv2D, Dense, Flatten, ModelFileError, Pool2D, Sequential, Softmax,
                           he_init, load_model, model_from_dict, save_model, shipped_models)
from cnnviz.engine import model_files as model_io

LECTURE = Path(model_io.models_dir()) / "lecture-ox.json"


def lecture_dict() -> dict:
    """The shipped lecture model as plain JSON data, read without the engine."""
    return json.loads(LECTURE.read_text(encoding="utf-8"))


def write(tmp_path: Path, data, name="model.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def all_kinds_model(rng: np.random.Generator) -> Sequential:
    layers = [Conv2D(2, 3, (3, 2), stride=(1, 2), padding=(2, 1), flip=True, name="conv1"),
              Activation("leaky_relu", name="act1"),
              Pool2D((2, 3), (1, 2), mode="min", name="pool1"),
              Conv2D(3, 4, 1, name="conv2"), Activation("sigmoid", name="act2"),
              Pool2D(mode="avg", output_size=(2, 2), name="pool2"),
              Flatten(name="flatten"), Dense(16, 5, name="dense1"), Activation("tanh", name="act3"),
              Dense(5, 3, name="dense2"), Softmax(name="softmax")]
    model = Sequential(layers, class_names=("circle", "cross", "nothing"), input_shape=(2, 9, 10),
                       name="all-kinds", description="every layer kind", preprocess={"crop": True, "size": 28})
    he_init(model, rng)
    for layer in model.layers:
        if "bias" in layer.params:
            layer.params["bias"][...] = rng.normal(size=layer.params["bias"].shape)
    return model


# ---------------------------------------------------------------------------------------------
# round trip

def test_round_trip_keeps_every_weight_bit_for_bit(tmp_path):
    rng = np.random.default_rng(0)
    model = all_kinds_model(rng)
    # awkward float32 values: subnormals, the largest finite, negative zero, values with 9 digits
    conv = model.layer("conv1").params["weight"]
    conv.flat[:6] = np.array([1e-45, -1.4e-45, 3.0e30, -0.0, 1 / 3, 16777217.0], dtype=np.float32)
    path = save_model(model, tmp_path / "m.json")
    loaded = load_model(path)

    assert [(layer.kind, layer.name, layer.config()) for layer in loaded.layers] == \
           [(layer.kind, layer.name, layer.config()) for layer in model.layers]
    for (layer, key, value), (_, _, again) in zip(model.parameters(), loaded.parameters()):
        assert again.dtype == np.float32
        assert again.tobytes() == value.tobytes(), f"{layer.name}.{key} changed"
    assert loaded.class_names == model.class_names
    assert loaded.input_shape == model.input_shape
    assert (loaded.name, loaded.description, loaded.preprocess) == (model.name, model.description, model.preprocess)

    x = rng.normal(size=(3, 2, 9, 10)).astype(np.float32)
    np.testing.assert_array_equal(loaded.forward(x).probabilities, model.forward(x).probabilities)


def test_round_trip_of_random_float32_bit_patterns(tmp_path):
    rng = np.random.default_rng(1)
    model = Sequential([Flatten(name="flatten"), Dense(64, 2, name="dense")], ("a", "b"), (1, 8, 8))
    bits = rng.integers(0, 2**32, size=200, dtype=np.uint64).astype(np.uint32).view(np.float32)
    finite = bits[np.isfinite(bits)][:126]
    finite = np.concatenate([finite, np.finfo(np.float32).max * np.array([1, -1], dtype=np.float32)])
    model.layer("dense").params["weight"].flat[:finite.size] = finite
    loaded = load_model(save_model(model, tmp_path / "bits.json"))
    assert loaded.layer("dense").params["weight"].tobytes() == model.layer("dense").params["weight"].tobytes()


def test_round_trip_keeps_text_exactly(tmp_path):
    model = load_model("lecture-ox")
    model.description = 'weights [1,-1] and [ 2 ], quotes "\\" and / and ünïcode ○ ×'
    model.layer("conv1").notes = "a list in a note: [1,2,3]"
    loaded = load_model(save_model(model, tmp_path / "text.json"))
    assert loaded.description == model.description
    assert loaded.layer("conv1").notes == "a list in a note: [1,2,3]"


def test_saved_file_is_strict_readable_json(tmp_path):
    path = save_model(load_model("lecture-ox"), tmp_path / "strict.json")
    text = path.read_text(encoding="utf-8")
    data = json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} written to a model file"))
    assert data["format"] == "cnnviz-model" and data["version"] == 1
    assert data == json.loads(json.dumps(lecture_dict()))  # the shipped file is what save writes
    assert len(text.splitlines()) < 120, "kernel rows are written on one line each, not one number per line"


def test_save_adds_the_suffix_and_overwrites(tmp_path):
    model = load_model("lecture-ox")
    path = save_model(model, tmp_path / "sub" / "mine")
    assert path == tmp_path / "sub" / "mine.json" and path.is_file()
    model.layer("dense").params["bias"][:] = [0.25, -0.25]
    save_model(model, path)
    assert load_model(path).layer("dense").params["bias"].tolist() == [0.25, -0.25]
    assert sorted(p.name for p in path.parent.iterdir()) == ["mine.json"]


def test_saved_file_permissions_follow_the_umask_and_an_existing_file(tmp_path):
    """A saved model is readable like any other file the user writes (not 0600 from a temp file)."""
    umask = os.umask(0o022)
    try:
        path = save_model(load_model("lecture-ox"), tmp_path / "new.json")
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
        os.chmod(path, 0o640)
        save_model(load_model("lecture-ox"), path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o640
    finally:
        os.umask(umask)


def test_save_refuses_weights_that_could_not_be_loaded_again(tmp_path):
    model = load_model("lecture-ox")
    target = save_model(model, tmp_path / "m.json")
    before = target.read_bytes()
    model.layer("dense").params["weight"][0, 3] = np.nan
    with pytest.raises(ValueError, match=r"dense.*weight.*(NaN|finite)"):
        save_model(model, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json"]


# ---------------------------------------------------------------------------------------------
# atomic save

@pytest.fixture
def existing(tmp_path):
    model = load_model("lecture-ox")
    path = save_model(model, tmp_path / "model.json")
    model.layer("dense").params["weight"][...] *= 2     # the changed model a failed save tries to write
    return model, path, path.read_bytes()


def assert_untouched(path: Path, before: bytes):
    assert path.read_bytes() == before, "the old file was damaged"
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name], "a temporary file was left behind"
    load_model(path)


def test_failure_at_rename_keeps_the_old_file(existing, monkeypatch):
    model, path, before = existing

    def broken_replace(src, dst):
        raise OSError("simulated crash before the rename")

    monkeypatch.setattr(model_io.os, "replace", broken_replace)
    with pytest.raises(OSError, match="simulated"):
        save_model(model, path)
    assert_untouched(path, before)


def test_failure_while_writing_keeps_the_old_file(existing, monkeypatch):
    model, path, before = existing

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(model_io.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        save_model(model, path)
    assert_untouched(path, before)


def test_interrupt_while_writing_keeps_the_old_file(existing, monkeypatch):
    model, path, before = existing

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(model_io.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        save_model(model, path)
    assert_untouched(path, before)


def test_failure_while_encoding_keeps_the_old_file(existing, monkeypatch):
    model, path, before = existing

    def broken_dumps(*args, **kwargs):
        raise TypeError("simulated encoder failure")

    monkeypatch.setattr(model_io.json, "dumps", broken_dumps)
    with pytest.raises(TypeError):
        save_model(model, path)
    assert_untouched(path, before)


# ---------------------------------------------------------------------------------------------
# validation: one ModelFileError naming the layer and field and what was expected

def set_in(path, value):
    def mutate(d):
        *parents, last = path
        target = d
        for key in parents:
            target = target[key]
        target[last] = value
    return mutate


def delete(path):
    def mutate(d):
        *parents, last = path
        target = d
        for key in parents:
            target = target[key]
        del target[last]
    return mutate


def replace_number_in_text(layer_index, key, literal):
    """Change the first number of a layer's weights to a literal that plain JSON data cannot hold."""
    def mutate(d):
        numbers = json.dumps(d["layers"][layer_index][key])
        changed = re.sub(r"-?\d+\.\d+", literal, numbers, count=1)
        assert changed != numbers
        d["layers"][layer_index][key] = "__PLACEHOLDER__"
        return json.dumps(d).replace('"__PLACEHOLDER__"', changed, 1)
    return mutate


def _dense_in_features_9(d):
    d["layers"][4]["in_features"] = 9
    d["layers"][4]["weight"] = [row + [0.0] for row in d["layers"][4]["weight"]]


def _conv_in_channels_2(d):
    d["layers"][0]["in_channels"] = 2
    d["layers"][0]["weight"] = [[k[0], k[0]] for k in d["layers"][0]["weight"]]


def _no_flatten(d):
    del d["layers"][3]


def _three_classes(d):
    d["class_names"] = ["circle", "cross", "triangle"]


def _duplicate_names(d):
    d["layers"][1]["name"] = "conv1"


CONV, RELU, POOL, FLAT, DENSE = 0, 1, 2, 3, 4

INVALID = {
    # missing fields
    "missing format": (delete(["format"]), ["missing field 'format'"]),
    "missing version": (delete(["version"]), ["missing field 'version'"]),
    "missing class_names": (delete(["class_names"]), ["missing field 'class_names'"]),
    "missing input": (delete(["input"]), ["missing field 'input'"]),
    "missing input height": (delete(["input", "height"]), ["input", "missing field 'height'"]),
    "missing layers": (delete(["layers"]), ["missing field 'layers'"]),
    "missing layer type": (delete(["layers", CONV, "type"]), ["layer 1", "missing field 'type'"]),
    "missing kernel_size": (delete(["layers", CONV, "kernel_size"]), ["layer 1", "conv1", "'kernel_size'"]),
    "missing conv weight": (delete(["layers", CONV, "weight"]), ["conv1", "missing field 'weight'"]),
    "missing dense bias": (delete(["layers", DENSE, "bias"]), ["layer 5", "'dense'", "missing field 'bias'"]),
    "missing in_features": (delete(["layers", DENSE, "in_features"]), ["'dense'", "'in_features'"]),
    "missing activation function": (delete(["layers", RELU, "function"]), ["relu1", "'function'"]),
    # wrong format / version
    "wrong format": (set_in(["format"], "keras-model"), ["'format'", "cnnviz-model", "keras-model"]),
    "wrong version": (set_in(["version"], 2), ["version 2", "version 1"]),
    "version as string": (set_in(["version"], "1"), ["'version'", "integer"]),
    "version as bool": (set_in(["version"], True), ["'version'", "integer", "true"]),
    "version as float": (set_in(["version"], 1.5), ["'version'", "integer"]),
    # top-level structure
    "one class": (set_in(["class_names"], ["circle"]), ["'class_names'", "two"]),
    "repeated class": (set_in(["class_names"], ["circle", "circle"]), ["'class_names'", "different"]),
    "class not a string": (set_in(["class_names"], ["circle", 7]), ["'class_names'"]),
    "input not an object": (set_in(["input"], [1, 28, 28]), ["'input'", "object"]),
    "input height zero": (set_in(["input", "height"], 0), ["'height'", ">= 1"]),
    "input width string": (set_in(["input", "width"], "28"), ["'width'", "integer"]),
    "layers not a list": (set_in(["layers"], {"conv1": {}}), ["'layers'", "list"]),
    "no layers": (set_in(["layers"], []), ["no layers"]),
    "name not a string": (set_in(["name"], 12), ["'name'", "string"]),
    # layers
    "unknown layer type": (set_in(["layers", CONV, "type"], "conv3d"),
                           ["layer 1", "conv1", "unknown layer type", "conv3d", "conv2d", "dense"]),
    "layer not an object": (set_in(["layers", FLAT], "flatten"), ["layer 4", "object", "str"]),
    "layer is a list": (set_in(["layers", FLAT], ["flatten"]), ["layer 4", "object", "list"]),
    "type not a string": (set_in(["layers", CONV, "type"], 3), ["layer 1", "'type'", "string"]),
    # wrong shapes and values of weights
    "conv weight wrong shape": (set_in(["layers", CONV, "weight"], [[[[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]]] * 2),
                                ["conv1", "'weight'", "(2, 1, 3, 2)", "expected (2, 1, 3, 3)"]),
    "dense weight transposed": (lambda d: d["layers"][DENSE].__setitem__(
        "weight", np.array(d["layers"][DENSE]["weight"]).T.tolist()),
        ["'dense'", "'weight'", "(8, 2)", "expected (2, 8)"]),
    "dense bias too long": (set_in(["layers", DENSE, "bias"], [0.0, 0.0, 0.0]),
                            ["'dense'", "'bias'", "has shape (3", "expected (2"]),
    "ragged weight": (set_in(["layers", CONV, "weight", 0, 0, 0], [1.0, -0.5]), ["conv1", "'weight'", "(2, 1, 3, 3)"]),
    "weight not a list": (set_in(["layers", CONV, "weight"], {"__class__": "numpy.ndarray"}),
                          ["conv1", "'weight'", "list"]),
    "weight scalar": (set_in(["layers", DENSE, "bias"], 0.5), ["'dense'", "'bias'", "list"]),
    "weight number as string": (set_in(["layers", CONV, "weight", 0, 0, 0, 0], "0.5"), ["conv1", "'weight'", "number"]),
    "weight as bool": (set_in(["layers", CONV, "weight", 0, 0, 0, 0], True), ["conv1", "'weight'", "number"]),
    "weight null": (set_in(["layers", DENSE, "bias", 1], None), ["'dense'", "'bias'", "number"]),
    "NaN literal": (replace_number_in_text(CONV, "weight", "NaN"), ["conv1", "'weight'", "NaN"]),
    "Infinity literal": (replace_number_in_text(DENSE, "bias", "Infinity"), ["'dense'", "'bias'", "infinite"]),
    "-Infinity literal": (replace_number_in_text(DENSE, "weight", "-Infinity"), ["'dense'", "'weight'", "infinite"]),
    "huge number 1e999": (replace_number_in_text(CONV, "weight", "1e999"), ["conv1", "'weight'", "infinite"]),
    "huge negative number": (replace_number_in_text(DENSE, "bias", "-1e999"), ["'dense'", "'bias'", "infinite"]),
    # wrong types and values of settings
    "in_channels as string": (set_in(["layers", CONV, "in_channels"], "1"), ["conv1", "'in_channels'", "integer"]),
    "in_channels as bool": (set_in(["layers", CONV, "in_channels"], True), ["conv1", "'in_channels'", "integer"]),
    "in_channels as float": (set_in(["layers", CONV, "in_channels"], 1.0), ["conv1", "'in_channels'", "integer"]),
    "out_channels zero": (set_in(["layers", CONV, "out_channels"], 0), ["conv1", "'out_channels'", ">= 1"]),
    "kernel_size float": (set_in(["layers", CONV, "kernel_size"], 1.5), ["conv1", "'kernel_size'", "integer"]),
    "kernel_size bool in pair": (set_in(["layers", CONV, "kernel_size"], [3, True]), ["conv1", "'kernel_size'"]),
    "kernel_size triple": (set_in(["layers", CONV, "kernel_size"], [3, 3, 3]), ["conv1", "'kernel_size'", "pair"]),
    "stride zero": (set_in(["layers", CONV, "stride"], [0, 1]), ["conv1", "'stride'", ">= 1"]),
    "padding negative": (set_in(["layers", CONV, "padding"], -1), ["conv1", "'padding'", ">= 0"]),
    "flip not a bool": (set_in(["layers", CONV, "flip"], "yes"), ["conv1", "'flip'", "true or false"]),
    "flip as int": (set_in(["layers", CONV, "flip"], 1), ["conv1", "'flip'", "true or false"]),
    "unknown activation": (set_in(["layers", RELU, "function"], "swish"), ["relu1", "'function'", "swish", "relu"]),
    "unknown pool mode": (set_in(["layers", POOL, "mode"], "median"), ["pool1", "'mode'", "median", "max"]),
    "output_size zero": (set_in(["layers", POOL, "output_size"], [0, 2]), ["pool1", "'output_size'", ">= 1"]),
    "absurd in_channels": (set_in(["layers", CONV, "in_channels"], 10**13), ["conv1"]),
    # an input shape the layers cannot process
    "dense in_features mismatch": (_dense_in_features_9, ["'dense'", "8", "9"]),
    "kernel larger than input": (set_in(["input", "height"], 2), ["conv1", "3x3", "2x28"]),
    "pool grid larger than its input": (lambda d: d["input"].update(height=3, width=3), ["pool1", "1x1", "2x2"]),
    "channels mismatch": (_conv_in_channels_2, ["conv1", "1 channels", "expect 2"]),
    "dense without flatten": (_no_flatten, ["'dense'", "flatten"]),
    "classes and outputs disagree": (_three_classes, ["3 classes", "(2,)"]),
    "duplicate layer names": (_duplicate_names, ["conv1", "unique"]),
}


def invalid_text(case) -> str:
    mutate, _ = INVALID[case]
    data = lecture_dict()
    result = mutate(data)
    return result if isinstance(result, str) else json.dumps(data)


def assert_one_clear_error(excinfo, expected, path=None):
    message = str(excinfo.value)
    assert type(excinfo.value) is ModelFileError
    for part in expected:
        assert part.lower() in message.lower(), f"{part!r} not in {message!r}"
    if path is not None:
        assert path.name in message, f"the message does not name the file: {message!r}"
    assert excinfo.value.__cause__ is None
    assert excinfo.value.__context__ is None or excinfo.value.__suppress_context__, \
        "one error, not an exception chained to a traceback of another"
    assert "\n" not in message


@pytest.mark.parametrize("case", list(INVALID))
def test_invalid_file_gives_one_clear_error(case, tmp_path):
    path = write(tmp_path, invalid_text(case), "broken-model.json")
    with pytest.raises(ModelFileError) as excinfo:
        load_model(path)
    assert_one_clear_error(excinfo, INVALID[case][1], path)


@pytest.mark.parametrize("case", [c for c in INVALID if "literal" not in c and "1e999" not in c
                                  and "huge" not in c])
def test_invalid_data_gives_one_clear_error_from_a_dict(case):
    data = lecture_dict()
    INVALID[case][0](data)
    with pytest.raises(ModelFileError) as excinfo:
        model_from_dict(data)
    assert_one_clear_error(excinfo, INVALID[case][1])


def test_every_error_case_starts_from_a_valid_file(tmp_path):
    model = load_model(write(tmp_path, lecture_dict()))
    assert model.parameter_count == 38


@pytest.mark.parametrize("text, expected", [
    ('{"format": "cnnviz-model", "version": 1,', ["not valid JSON", "line 1"]),
    ("", ["not valid JSON"]),
    ("{'format': 'cnnviz-model'}", ["not valid JSON"]),
    ('{"format": "cnnviz-model"}\n// a comment', ["not valid JSON", "line 2"]),
    ("[1, 2, 3]", ["object", "list"]),
    ('"just a string"', ["object", "str"]),
])
def test_not_a_model_file(tmp_path, text, expected):
    path = write(tmp_path, text, "not-a-model.json")
    with pytest.raises(ModelFileError) as excinfo:
        load_model(path)
    assert_one_clear_error(excinfo, expected, path)


def test_absurdly_nested_or_long_values_are_a_clear_error(tmp_path):
    for name, text in [("deep.json", "[" * 100_000 + "]" * 100_000),
                       ("digits.json", '{"format": "cnnviz-model", "version": 1' + "0" * 5000 + "}")]:
        path = write(tmp_path, text, name)
        with pytest.raises(ModelFileError, match=name):
            load_model(path)


def test_binary_file_is_a_clear_error(tmp_path):
    path = tmp_path / "binary.json"
    path.write_bytes(b"\x80\x04\x95\xff\xfe garbage \x00")
    with pytest.raises(ModelFileError, match="binary.json"):
        load_model(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(ModelFileError, match=r"no such file.*lecture-ox") as excinfo:
        load_model(tmp_path / "absent.json")
    assert "absent.json" in str(excinfo.value)
    with pytest.raises(ModelFileError, match="no such file"):
        load_model("no-such-shipped-model")
    with pytest.raises(ModelFileError, match="directory"):
        load_model(tmp_path)


# ---------------------------------------------------------------------------------------------
# nothing in a file is executed

class _Exploit:
    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (Path(self.marker),))


def test_code_in_a_file_is_only_ever_data(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    marker = tmp_path / "executed"
    code = f"__import__('pathlib').Path({str(marker)!r}).touch()"

    data = lecture_dict()
    data["name"] = code
    data["description"] = code
    data["__class__"] = "subprocess.Popen"
    data["__reduce__"] = code
    data["notes"] = {"__class__": "os.system", "args": [code]}
    data["preprocess"] = {"crop": False, "py/object": "os.system"}
    data["layers"][0]["name"] = "conv1"
    data["layers"][0]["__class__"] = "builtins.eval"
    model = load_model(write(tmp_path, data))
    assert type(model) is Sequential
    assert model.name == code and model.description == code
    assert not marker.exists()

    for layer_type in (code, "__class__", "Conv2D", "eval", "__import__"):
        bad = lecture_dict()
        bad["layers"][0]["type"] = layer_type
        with pytest.raises(ModelFileError, match="unknown layer type"):
            load_model(write(tmp_path, bad))
    bad = lecture_dict()
    bad["layers"][1]["function"] = code
    with pytest.raises(ModelFileError):
        load_model(write(tmp_path, bad))
    assert not marker.exists()


def test_a_pickle_is_not_unpickled(tmp_path):
    marker = tmp_path / "unpickled"
    path = tmp_path / "model.json"
    path.write_bytes(pickle.dumps(_Exploit(str(marker))))
    with pytest.raises(ModelFileError):
        load_model(path)
    assert not marker.exists()


def test_model_file_code_has_no_way_to_execute():
    source = Path(model_io.__file__).read_text(encoding="utf-8")
    for forbidden in ("pickle", "eval(", "exec(", "__import__", "importlib", "allow_pickle=True", "yaml"):
        assert forbidden not in source, f"io.py uses {forbidden}"


# ---------------------------------------------------------------------------------------------
# the shipped lecture model

def test_lecture_model_is_shipped_and_small():
    assert "lecture-ox" in shipped_models()
    model = load_model("lecture-ox")
    assert model.parameter_count == 38
    assert model.input_shape == (1, 28, 28)
    assert model.class_names == ("circle", "cross")
    assert [layer.kind for layer in model.layers] == ["conv2d", "activation", "pool2d", "flatten", "dense", "softmax"]
    pool = model.layers[2]
    assert pool.adaptive and pool.output_size == (2, 2) and pool.mode == "max"
    assert model.layers[1].function == "relu"


def test_lecture_filters_are_the_two_diagonals():
    w = load_model("lecture-ox").layer("conv1").params["weight"]
    assert w.shape == (2, 1, 3, 3)
    backslash = np.where(np.eye(3, dtype=bool), 1.0, -0.5)     # "\": top-left to bottom-right
    slash = np.fliplr(backslash)                                # "/": bottom-left to top-right
    np.testing.assert_array_equal(w[0, 0], backslash)
    np.testing.assert_array_equal(w[1, 0], slash)
    assert load_model("lecture-ox").layer("conv1").params["bias"].tolist() == [0.0, 0.0]


def _line_image(kind: str) -> np.ndarray:
    img = np.zeros((28, 28), dtype=np.float32)
    for i in range(4, 24):
        if kind in ("\\", "x"):
            img[i, i] = 1
        if kind in ("/", "x"):
            img[i, 27 - i] = 1
    return img


def test_lecture_filters_respond_to_their_own_diagonal():
    model = load_model("lecture-ox")
    back = model.forward(_line_image("\\"))["conv1"][0]
    fwd = model.forward(_line_image("/"))["conv1"][0]
    assert back[0].max() == 3.0 and back[1].max() < 3.0
    assert fwd[1].max() == 3.0 and fwd[0].max() < 3.0


def test_lecture_model_tells_a_circle_from_a_cross():
    yy, xx = np.mgrid[0:28, 0:28]
    radius = np.hypot(yy - 13.5, xx - 13.5)
    circle = ((radius > 8) & (radius < 10.5)).astype(np.float32)
    cross = np.zeros((28, 28), dtype=np.float32)
    for i in range(5, 23):
        cross[i, i - 1:i + 2] = 1
        cross[i, 26 - i:29 - i] = 1
    trace = load_model("lecture-ox").forward(np.stack([circle[None], cross[None]]))
    assert trace.labels == ["circle", "cross"]


def test_shipped_file_is_unchanged_by_loading():
    before = LECTURE.read_bytes()
    model = load_model("lecture-ox")
    model.layer("conv1").params["weight"][...] = 0
    assert LECTURE.read_bytes() == before
    assert load_model("lecture-ox").layer("conv1").params["weight"].any()


def test_model_from_dict_does_not_keep_references_to_the_input():
    data = lecture_dict()
    original = copy.deepcopy(data)
    model = model_from_dict(data)
    model.layer("dense").params["weight"][...] = 0
    assert data == original


@pytest.mark.parametrize("target", ["/", "{tmp}"])
def test_saving_onto_a_directory_names_it_and_writes_nothing(tmp_path, target):
    target = target.format(tmp=tmp_path)
    with pytest.raises(IsADirectoryError, match="is a directory"):
        save_model(load_model("lecture-ox"), target)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_is_named_not_the_temporary_file():
    with pytest.raises(OSError) as error:
        save_model(load_model("lecture-ox"), "/proc/cnnviz-test.json")
    assert "cannot write '/proc/cnnviz-test.json'" in str(error.value) and ".tmp" not in str(error.value)
