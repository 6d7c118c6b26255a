"""The command line as a user runs it: python -m cnnviz ..."""
import json
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest

from cnnviz.data import make_sketch
from cnnviz.engine import load_model

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "cnnviz", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


@pytest.fixture(scope="module")
def sketches(tmp_path_factory):
    """A circle and a cross drawn by the generator, saved as PNG files like a user's scans."""
    folder = tmp_path_factory.mktemp("images")
    rng = np.random.default_rng(123)
    paths = {}
    for label in ("circle", "cross"):
        image, _ = make_sketch(label, rng, placement="centre")
        paths[label] = folder / f"{label}.png"
        cv2.imwrite(str(paths[label]), image)
    inverted = folder / "cross-light-on-dark.png"
    cv2.imwrite(str(inverted), 255 - cv2.imread(str(paths["cross"]), cv2.IMREAD_GRAYSCALE))
    paths["inverted"] = inverted
    not_image = folder / "notes.png"
    not_image.write_text("this is not a picture")
    paths["bad"] = not_image
    return paths


def test_help_lists_the_commands():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("gui", "info", "train", "predict"):
        assert command in result.stdout


def test_predict_text_names_class_and_probabilities(sketches):
    result = run_cli("predict", sketches["circle"], sketches["cross"], sketches["inverted"])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"{sketches['circle']}: circle (circle ")
    assert lines[1].startswith(f"{sketches['cross']}: cross (")
    assert lines[2].startswith(f"{sketches['inverted']}: cross (")
    assert "%" in lines[0]


def test_predict_json_lines_match_the_engine(sketches):
    result = run_cli("predict", "--json", "--model", "lecture-ox", sketches["circle"], sketches["cross"])
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [row["label"] for row in rows] == ["circle", "cross"]
    assert rows[0]["path"] == str(sketches["circle"])
    assert set(rows[0]["probabilities"]) == {"circle", "cross"}
    assert sum(rows[0]["probabilities"].values()) == pytest.approx(1.0)
    from cnnviz.data import load_input
    expected = load_model("lecture-ox").forward(load_input(sketches["circle"])).probabilities[0]
    assert rows[0]["probabilities"]["circle"] == pytest.approx(float(expected[0]), abs=1e-6)


def test_bad_file_among_good_ones_reports_it_and_predicts_the_rest(sketches):
    missing = sketches["circle"].parent / "missing.png"
    result = run_cli("predict", "--json", sketches["circle"], sketches["bad"], missing, sketches["cross"])
    assert result.returncode != 0
    labels = [json.loads(line)["label"] for line in result.stdout.strip().splitlines()]
    assert labels == ["circle", "cross"]
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 2
    assert "notes.png" in errors[0] and "not an image" in errors[0]
    assert "missing.png" in errors[1] and "not found" in errors[1]


@pytest.mark.parametrize("model", ["no-such-model", "some/dir/model.json"])
def test_unknown_model_is_one_readable_line(sketches, model):
    result = run_cli("predict", "--model", model, sketches["circle"])
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and model in lines[0] and "Traceback" not in result.stderr


def test_malformed_model_file_is_one_readable_line(sketches, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "cnnviz-model", "version": 1, ')
    result = run_cli("predict", "--model", broken, sketches["circle"])
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1 and "not valid JSON" in result.stderr


def test_train_writes_a_model_that_loads_and_learned(tmp_path):
    out = tmp_path / "tiny.json"
    result = run_cli("train", "--out", out, "--epochs", "2", "--samples", "3000", "--val-samples", "300",
                     "--seed", "3")
    assert result.returncode == 0, result.stderr
    assert "epoch 1/2" in result.stderr and "epoch 2/2" in result.stderr
    assert "validation accuracy" in result.stdout and "saved" in result.stdout
    model = load_model(out)
    assert model.class_names == ("circle", "cross")
    accuracy = float(result.stdout.split("validation accuracy ")[1].split("%")[0])
    assert accuracy > 85


def test_train_rejects_bad_arguments(tmp_path):
    result = run_cli("train", "--out", tmp_path / "m.json", "--epochs", "0")
    assert result.returncode != 0 and "at least 1" in result.stderr
    assert not (tmp_path / "m.json").exists()



def test_train_with_an_unusable_out_fails_before_training():
    result = run_cli("train", "--out", "/proc/no-such-folder/m.json", "--epochs", "1", "--samples", "2",
                     "--val-samples", "2")
    assert result.returncode == 1 and "/proc/no-such-folder" in result.stderr
    assert "epoch" not in result.stderr and "Traceback" not in result.stderr

def test_info_lists_shipped_models():
    result = run_cli("info")
    assert result.returncode == 0
    assert "lecture-ox: 38 parameters" in result.stdout and "ox-cnn" in result.stdout


# -- hostile inputs: one line, never a traceback, never NaN ---------------------------------------------------------
def _ox_dict():
    from cnnviz.engine import model_to_dict
    return model_to_dict(load_model("lecture-ox"))


def test_a_picture_bomb_is_refused_per_file_and_the_others_predicted(tmp_path, sketches):
    from tests.data.test_image_limits import png_claiming
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(png_claiming(65535, 65535))
    done = run_cli("predict", sketches["circle"], bomb, sketches["cross"], "--json")
    assert done.returncode == 1
    assert [json.loads(line)["label"] for line in done.stdout.splitlines()] == ["circle", "cross"]
    assert done.stderr.strip().splitlines() == [
        f"cnnviz predict: cannot read '{bomb}': the image is 65535 x 65535 = 4,294,836,225 pixels, over the limit "
        f"of 50,000,000 by 4,244,836,225"]


def test_weights_that_overflow_float32_never_print_nan(tmp_path, sketches):
    data = _ox_dict()
    dense = data["layers"][4]
    dense["weight"] = [[3e38] * len(dense["weight"][0]), [-3e38] * len(dense["weight"][0])]
    model = tmp_path / "overflow.json"
    model.write_text(json.dumps(data))
    for extra in ([], ["--json"]):
        done = run_cli("predict", sketches["cross"], "--model", model, *extra)
        assert done.returncode == 1 and done.stdout == ""
        assert "nan" not in done.stderr.lower().replace("cannot", "")
        assert done.stderr.strip().endswith("no prediction") and len(done.stderr.strip().splitlines()) == 1


def test_info_escapes_control_characters(tmp_path):
    data = _ox_dict()
    data["name"] = "evil\x1b[31mred\nline\x00"
    data["class_names"] = ["circle\u202e", "\x1b]0;title\x07"]
    model = tmp_path / "ctrl.json"
    model.write_text(json.dumps(data))
    done = run_cli("info", model)
    assert done.returncode == 0
    assert "\x1b" not in done.stdout and "\x00" not in done.stdout and "\u202e" not in done.stdout
    assert done.stdout.splitlines()[0].startswith("evil\\x1b[31mred\\nline\\x00: input 1 x 28 x 28, classes "
                                                  "circle\\u202e, \\x1b]0;title\\x07")


def test_a_model_too_large_is_one_line_naming_the_limit(tmp_path):
    data = _ox_dict()
    data["input"] = {"channels": 1, "height": 100000, "width": 100000}
    model = tmp_path / "huge.json"
    model.write_text(json.dumps(data))
    done = run_cli("info", model)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "over the limit of 1,000,000 by 9,999,000,000" in done.stderr


def test_an_unexpected_error_is_one_line_not_a_traceback(monkeypatch, capsys):
    from cnnviz import cli

    def broken(args):
        raise KeyError("surprise")

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    parser._subparsers._group_actions[0].choices["info"].set_defaults(run=broken)
    assert cli.main(["info"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cnnviz info: error: KeyError: 'surprise' (this is a bug in cnnviz") and err.count("\n") == 1
