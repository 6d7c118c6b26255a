"""`cnnviz train --data DIR` as a user runs it: one subfolder per class, any class names, grey or colour,
every error one line and a non-zero exit; `predict --json` gives every class's probability."""
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


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "cnnviz", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def write_class(folder: Path, shape: str, count: int, seed: int, *, ink_bgr=None, side=120):
    folder.mkdir(parents=True)
    rng = np.random.default_rng(seed)
    for i in range(count):
        image, _ = make_sketch(shape, rng, placement="centre")
        image = cv2.resize(image, (side + 7 * i % 40, side), interpolation=cv2.INTER_AREA)   # any size
        if ink_bgr is not None:
            coverage = (255 - image.astype(np.float32)) / 255
            paper = np.full(image.shape + (3,), 255, np.float32)
            image = (paper * (1 - coverage[..., None]) + np.array(ink_bgr, np.float32) * coverage[..., None])
            image = image.astype(np.uint8)
        cv2.imwrite(str(folder / f"{i:03d}{('.png', '.jpg', '.bmp')[i % 3]}"), image)


@pytest.fixture(scope="module")
def shapes(tmp_path_factory):
    """Three classes named in three languages, grey sketches."""
    root = tmp_path_factory.mktemp("shapes")
    for seed, (name, shape) in enumerate([("круг", "circle"), ("バツ", "cross"), ("triangle", "triangle")]):
        write_class(root / name, shape, 40, seed)
    return root


def test_grey_folder_trains_an_ink_model_with_the_folders_classes(shapes, tmp_path):
    out = tmp_path / "mine.json"
    result = run_cli("train", "--data", shapes, "--out", out, "--epochs", "12", "--seed", "1")
    assert result.returncode == 0, result.stderr
    assert "120 images (triangle 40, круг 40, バツ 40), grey: ox-cnn 1 x 28 x 28" in result.stderr
    assert "epoch 12/12" in result.stderr and "validation accuracy" in result.stdout
    model = load_model(out)
    assert model.class_names == ("triangle", "круг", "バツ")          # sorted, as ImageFolder
    assert model.input_shape == (1, 28, 28) and model.standardize_layer is None
    assert model.preprocess["crop"] is True
    assert "image folder 'shapes" in model.description
    probe = shapes / "круг" / "000.png"
    result = run_cli("predict", "--json", "--model", out, probe)
    assert result.returncode == 0, result.stderr
    line = json.loads(result.stdout)
    assert set(line["probabilities"]) == {"triangle", "круг", "バツ"}
    assert sum(line["probabilities"].values()) == pytest.approx(1.0, abs=1e-5)
    assert line["label"] == "круг"


def test_colour_folder_gets_a_colour_model_standardised_like_its_data(tmp_path):
    root = tmp_path / "inks"
    write_class(root / "red", "circle", 12, 0, ink_bgr=(30, 30, 220))
    write_class(root / "blue", "circle", 12, 1, ink_bgr=(220, 60, 30))
    out = tmp_path / "inks.json"
    result = run_cli("train", "--data", root, "--out", out, "--epochs", "3")
    assert result.returncode == 0, result.stderr
    assert "colour: selfedu-rgb 3 x 32 x 32" in result.stderr
    model = load_model(out)
    assert model.class_names == ("blue", "red") and model.input_shape == (3, 32, 32)
    stage = model.standardize_layer
    assert stage is not None and np.all(stage.mean > 0.5) and np.all(stage.std < 0.5)   # mostly white paper
    assert stage.mean[1] < min(stage.mean[0], stage.mean[2])     # R, G, B: both inks lack green


def test_an_architecture_can_be_named(shapes, tmp_path):
    result = run_cli("train", "--data", shapes, "--out", tmp_path / "q.json", "--arch", "quadrants", "--epochs", "1")
    assert result.returncode == 0, result.stderr
    assert load_model(tmp_path / "q.json").class_names == ("triangle", "круг", "バツ")


@pytest.mark.parametrize("build, words", [
    (lambda root: None, "has no class folders"),
    (lambda root: write_class(root / "alone", "circle", 6, 0), ": 1 (alone); training needs 2 to 10"),
    (lambda root: (write_class(root / "a", "circle", 6, 0), write_class(root / "b", "cross", 1, 1)),
     "images in class 'b': 1 ("),
    (lambda root: (write_class(root / "a", "circle", 6, 0), write_class(root / "b", "cross", 6, 1),
                   (root / "b" / "zz.png").write_text("not a picture")), "zz.png: cannot be used for training"),
])
def test_unusable_data_is_one_line_and_a_non_zero_exit(tmp_path, build, words):
    root = tmp_path / "data"
    root.mkdir()
    build(root)
    out = tmp_path / "m.json"
    result = run_cli("train", "--data", root, "--out", out)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if not line.startswith("reading ")]
    assert len(errors) == 1 and words in errors[0] and errors[0].startswith("cnnviz train: error: ")
    assert "Traceback" not in result.stderr and not out.exists()


def test_a_missing_data_folder_and_classes_with_data_are_refused(tmp_path, shapes):
    result = run_cli("train", "--data", tmp_path / "nowhere", "--out", tmp_path / "m.json")
    assert result.returncode == 1 and "nowhere: no such folder" in result.stderr
    result = run_cli("train", "--data", shapes, "--classes", "a,b", "--out", tmp_path / "m.json")
    assert result.returncode == 1 and "the class folders are the classes" in result.stderr


def test_synthetic_training_takes_a_class_list(tmp_path):
    out = tmp_path / "three.json"
    result = run_cli("train", "--out", out, "--epochs", "1", "--samples", "300", "--val-samples", "60",
                     "--classes", "circle,cross,triangle")
    assert result.returncode == 0, result.stderr
    assert load_model(out).class_names == ("circle", "cross", "triangle")
    result = run_cli("train", "--out", out, "--epochs", "1", "--samples", "30", "--classes", "circle,square")
    assert result.returncode == 1 and "classes must be two or more different shapes" in result.stderr


@pytest.mark.parametrize("target, words", [
    (lambda tmp: tmp, "it is a directory, not a file name"),                     # --out names a folder
    (lambda tmp: tmp / "file.txt" / "m.json", "Not a directory"),               # a file where its folder should be
])
def test_an_unusable_out_is_refused_before_the_data_is_read(shapes, tmp_path, target, words):
    (tmp_path / "file.txt").write_text("a file")
    result = run_cli("train", "--data", shapes, "--out", target(tmp_path), "--epochs", "1")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [result.stderr.strip()]              # one line: nothing read or trained
    assert result.stderr.startswith("cnnviz train: error: cannot write") and words in result.stderr
