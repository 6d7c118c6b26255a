"""What the Qt-free layers say is a message id and its values (cnnviz.messages): English as text, the same
words structured for the interface, kept through errors, worker processes and model files."""
import errno
import json
import os
import pickle

import pytest

from cnnviz.engine import ModelFileError, load_model
from cnnviz.engine.model_files import TRAINED_BY_CLI, model_from_json, model_to_dict, model_to_json
from cnnviz.files import REASONS, error_reason, python_error_text, write_atomically
from cnnviz.messages import (ERRNO, TEXT, Message, MessageError, all_templates, as_message, message,
                             message_from_data, message_to_data, os_error, template)

FRAME = template("layer '{layer}': {reason}")
REASON = template("stride must be 1 or more, not {stride}")


def test_a_message_is_its_english_sentence_and_keeps_its_id_and_values():
    said = message(FRAME, layer="conv1", reason=message(REASON, stride=0))
    assert said == "layer 'conv1': stride must be 1 or more, not 0" and str(said) is said
    assert said.template == FRAME and said.values["reason"].values == {"stride": 0}
    russian = {FRAME: "слой «{layer}»: {reason}", REASON: "шаг должен быть не меньше 1, а не {stride}"}
    assert said.render(lambda t: russian.get(t, t)) == "слой «conv1»: шаг должен быть не меньше 1, а не 0"
    assert "stride" in said and json.dumps(said) == json.dumps(str.__str__(said))
    with pytest.raises(AttributeError):
        said.template = "changed"


def test_an_error_keeps_its_message_through_str_and_a_worker_process():
    error = MessageError(message(FRAME, layer="conv1", reason=message(REASON, stride=0)))
    assert isinstance(str(error), Message) and str(error).template == FRAME and f"{error}" == str(error)
    copied = pickle.loads(pickle.dumps(error))
    assert repr(copied.message) == repr(error.message)
    assert as_message(error) is error.message and as_message(ValueError("x")) == Message(TEXT, {"text": "x"})


def test_an_os_error_says_pythons_words_as_a_message_and_keeps_its_kind_and_errno(tmp_path):
    error = os_error(errno.EACCES, message(REASONS[errno.EACCES]))
    assert isinstance(error, PermissionError) and error.errno == errno.EACCES
    assert str(error) == f"[Errno {errno.EACCES}] Permission denied" and str(error).template == ERRNO
    (tmp_path / "file").write_text("a file where a folder should be")
    with pytest.raises(NotADirectoryError) as raised:
        write_atomically(tmp_path / "file" / "m.json", b"{}")
    assert str(raised.value) == f"[Errno 20] cannot write '{tmp_path / 'file' / 'm.json'}': Not a directory"
    assert error_reason(raised.value).template == "Not a directory"


def test_reasons_are_the_systems_words_by_errno():
    for number, said in REASONS.items():
        assert said == os.strerror(number) and said in all_templates()
    unknown = error_reason(OSError(errno.EXDEV, os.strerror(errno.EXDEV)))
    assert unknown == os.strerror(errno.EXDEV) and unknown.template == TEXT         # shown as the system says it
    for data in (b"\xff", b"\xe3\x81"):
        with pytest.raises(UnicodeDecodeError) as raised:
            data.decode("utf-8")
        said = python_error_text(raised.value)
        assert said == str(raised.value) and said.values["reason"].template in all_templates()


def test_a_model_file_keeps_its_description_as_a_message(tmp_path):
    model = load_model("lecture-ox")
    model.description = message(TRAINED_BY_CLI, arch="quadrants", samples=10, epochs=1, optimizer="adam", lr=0.01,
                                seed=3)
    data = model_to_dict(model)
    assert data["description"] == "Trained by cnnviz: quadrants, 10 synthetic sketches, 1 epochs, adam lr 0.01, seed 3."
    loaded = model_from_json(model_to_json(model))
    assert repr(loaded.description) == repr(model.description)
    for said in ({"template": "{text.__class__}", "values": {"text": "x"}},                # not a registered id
                 {"template": TRAINED_BY_CLI, "values": {**data["description_message"]["values"], "seed": 4}},
                 {"template": TRAINED_BY_CLI, "values": {"arch": [1]}}, "text", None,
                 {"template": ["a list"], "values": {}}, {"template": {"a": 1}, "values": {}}):   # junk, not a crash
        assert message_from_data(said, data["description"]) is None
    edited = json.loads(model_to_json(model))
    edited["description"] = "my own words"                                           # edited by hand
    assert type(model_from_json(json.dumps(edited)).description) is str
    edited = json.loads(model_to_json(model))
    edited["description_message"]["template"] = ["not", "a", "template"]              # a damaged file still loads
    assert model_from_json(json.dumps(edited)).description == data["description"]
    assert message_from_data(message_to_data(model.description), data["description"]) == model.description


def test_a_model_file_error_names_the_place_and_the_reason_as_messages(tmp_path):
    path = tmp_path / "m.json"
    path.write_text('{"format": "cnnviz-model"', encoding="utf-8")
    with pytest.raises(ModelFileError) as raised:
        load_model(path)
    said = raised.value.message
    assert said.values["place"] == str(path) and said.values["reason"].values["line"] == 1
    assert said.template in all_templates() and said.values["reason"].template in all_templates()
