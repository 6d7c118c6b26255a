"""Export to PyTorch: the written script rebuilds the same network (logits to 1e-5 for every shipped model
and for every layer kind), never overwrites a file it did not write, refuses symbolic links, and the CLI
reports problems in one line."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import uuid
from pathlib import Path

import numpy as np
import pytest

from cnnviz.cli import main
from cnnviz.engine import (Activation, Conv2D, ConvTranspose2D, Dense, Flatten, Pool2D, Sequential, Softmax,
                           Upsample, he_init, load_model, save_model, shipped_models)
from cnnviz.export.pytorch import ExportError, export_pytorch, pytorch_script

ROOT = Path(__file__).resolve().parents[2]


def load_script(folder: Path):
    """Import folder/model.py as a fresh module, as a learner's `import model` would."""
    spec = importlib.util.spec_from_file_location(f"exported_{uuid.uuid4().hex}", folder / "model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def assert_same_logits(model: Sequential, folder: Path, x: np.ndarray):
    torch = pytest.importorskip("torch")
    module = load_script(folder)
    net = module.build()
    with torch.no_grad():
        logits = net[:model.logits_index + 1](torch.from_numpy(x)).numpy()
        probabilities = net(torch.from_numpy(x)).numpy()
    trace = model.forward(x)
    scale = max(1.0, float(np.abs(trace.logits).max()))
    np.testing.assert_allclose(logits, trace.logits, rtol=1e-5, atol=1e-5 * scale)
    np.testing.assert_allclose(probabilities, trace.probabilities, rtol=1e-5, atol=1e-6)
    assert module.CLASS_NAMES == model.class_names and module.INPUT_SHAPE == model.input_shape


def every_kind_model(rng) -> Sequential:
    layers = [Conv2D(2, 4, 3, padding=1, flip=True, name="conv1"), Activation("leaky_relu", name="act1"),
              Pool2D(2, mode="min", name="pool1"),
              ConvTranspose2D(4, 3, 3, stride=2, padding=1, output_padding=1, name="up"),
              Activation("tanh", name="act2"), Upsample((2, 1), mode="bilinear", name="bilinear"),
              Conv2D(3, 3, (3, 2), stride=(2, 1), name="conv2"), Activation("sigmoid", name="act3"),
              Upsample(2, name="nearest"), Pool2D(3, 2, mode="avg", name="pool2"),
              Pool2D(mode="min", output_size=(3, 2), name="pool3"), Flatten(name="flatten"),
              Dense(18, 5, name="dense1"), Activation("identity", name="act4"), Dense(5, 3, name="dense2"),
              Softmax(name="softmax")]
    model = Sequential(layers, ("a", "b", "c"), (2, 10, 8), name="every kind")
    he_init(model, rng)
    for layer in model.layers:
        if "bias" in layer.params:
            layer.params["bias"][...] = rng.normal(size=layer.params["bias"].shape)
    return model


@pytest.mark.parametrize("name", shipped_models())
def test_every_shipped_model_gives_the_same_logits_in_pytorch(name, tmp_path):
    model = load_model(name)
    assert main(["export", name, "--to", "pytorch", "--out", str(tmp_path / "out")]) == 0
    x = np.random.default_rng(0).random((8,) + model.input_shape).astype(np.float32)
    assert_same_logits(model, tmp_path / "out", x)


def test_every_layer_kind_gives_the_same_logits_in_pytorch(tmp_path):
    model = every_kind_model(np.random.default_rng(1))
    export_pytorch(model, tmp_path)
    assert_same_logits(model, tmp_path, np.random.default_rng(2).normal(size=(5, 2, 10, 8)).astype(np.float32))


def test_the_script_runs_on_its_own_and_prints_a_prediction(tmp_path):
    pytest.importorskip("torch")
    export_pytorch(load_model("lecture-ox"), tmp_path)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "model.py"], cwd=tmp_path, capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert "blank input: circle 50.0%, cross 50.0%" in result.stdout


def test_free_text_in_the_model_cannot_become_code(tmp_path):
    model = load_model("lecture-ox")
    model.name = 'x"""\nimport os; os.system("echo pwned")\n"""'
    model.description = "'''\\\n" + model.name
    script = pytorch_script(model)
    compile(script, "model.py", "exec")
    assert "\nimport os" not in script


def test_running_the_export_again_replaces_its_own_files(tmp_path):
    export_pytorch(load_model("lecture-ox"), tmp_path)
    export_pytorch(load_model("ox-cnn"), tmp_path)
    assert "'ox-cnn'" in (tmp_path / "model.py").read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.py", "weights.npz"]     # no temporary files


@pytest.mark.parametrize("name", ["model.py", "weights.npz"])
def test_a_file_the_export_did_not_write_is_never_overwritten(tmp_path, name):
    (tmp_path / name).write_text("my own work\n")
    with pytest.raises(ExportError, match=f"{name} already exists and was not written by cnnviz export"):
        export_pytorch(load_model("lecture-ox"), tmp_path)
    assert (tmp_path / name).read_text() == "my own work\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]                          # nothing else written


def test_symbolic_links_are_refused(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    with pytest.raises(ExportError, match="is a symbolic link"):
        export_pytorch(load_model("lecture-ox"), tmp_path / "link")
    target = tmp_path / "elsewhere.py"
    target.write_text("keep me\n")
    (real / "model.py").symlink_to(target)
    with pytest.raises(ExportError, match="model.py is a symbolic link"):
        export_pytorch(load_model("lecture-ox"), real)
    assert target.read_text() == "keep me\n" and not (real / "weights.npz").exists()


def test_a_layer_pytorch_cannot_compute_is_refused_by_name(tmp_path):
    model = load_model("lecture-ox")
    model.layers[0].similarity = "cosine"
    with pytest.raises(ExportError, match="layer 'conv1' cannot be exported to PyTorch: .*cosine similarity"):
        export_pytorch(model, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_the_cli_reports_a_refusal_in_one_line(tmp_path, capsys):
    (tmp_path / "model.py").write_text("mine\n")
    assert main(["export", "lecture-ox", "--to", "pytorch", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("cnnviz export: error: ") and "not written by cnnviz" in err
    assert main(["export", str(tmp_path / "missing.json"), "--to", "pytorch", "--out", str(tmp_path / "o")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_an_edited_model_file_exports_too(tmp_path):
    model = every_kind_model(np.random.default_rng(3))
    path = save_model(model, tmp_path / "every.json")
    result = subprocess.run([sys.executable, "-m", "cnnviz", "export", str(path), "--to", "pytorch", "--out",
                             str(tmp_path / "torch")], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert_same_logits(load_model(path), tmp_path / "torch",
                       np.random.default_rng(4).random((3, 2, 10, 8)).astype(np.float32))
