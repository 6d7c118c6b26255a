"""python -m cnnviz render: the pipeline figure headless, and one clear line on bad input."""
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import cv2
import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_render(*args):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "cnnviz", "render", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, env=env)


@pytest.fixture(scope="module")
def circle(tmp_path_factory):
    path = tmp_path_factory.mktemp("render") / "circle.png"
    image = np.full((280, 280), 255, np.uint8)
    cv2.circle(image, (140, 140), 90, 0, 16)
    cv2.imwrite(str(path), image)
    return path


def test_png_without_a_display(circle, tmp_path):
    out = tmp_path / "figure.png"
    result = run_render(circle, "--out", out, "--width", 1200)
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout
    image = cv2.imread(str(out))
    assert image.shape[1] == 1200 and image.shape[0] > 300
    assert len(np.unique(image.reshape(-1, 3), axis=0)) > 50


def test_svg_with_another_model(circle, tmp_path):
    out = tmp_path / "figure.svg"
    result = run_render(circle, "--model", "lecture-ox", "--out", out)
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    assert root.get("width") == "1920px" and "conv1" in out.read_text()


@pytest.mark.parametrize("case, message", [
    ("image", "cannot read"),
    ("model", "model"),
    ("suffix", "written as .png or .svg"),
    ("width", "--width must be"),
])
def test_bad_input_fails_with_one_line(circle, tmp_path, case, message):
    args = {"image": [tmp_path / "missing.png", "--out", tmp_path / "f.png"],
            "model": [circle, "--model", tmp_path / "nomodel.json", "--out", tmp_path / "f.png"],
            "suffix": [circle, "--out", tmp_path / "f.jpg"],
            "width": [circle, "--out", tmp_path / "f.png", "--width", "5"]}[case]
    if case == "model":
        (tmp_path / "nomodel.json").write_text("{\"format\": \"something else\"}")
    result = run_render(*args)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cnnviz render: error:") and message in lines[0], result.stderr
    assert not (tmp_path / "f.png").exists()


@pytest.mark.parametrize("case", ["parent is a file", "a folder"])
def test_an_unwritable_svg_is_one_line_without_qt_warnings(circle, tmp_path, case):
    (tmp_path / "file.txt").write_text("a file where a folder should be: unwritable even for root")
    (tmp_path / "folder.svg").mkdir()
    out = {"parent is a file": tmp_path / "file.txt" / "figure.svg", "a folder": tmp_path / "folder.svg"}[case]
    result = run_render(circle, "--out", out)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("cnnviz render: error:") and str(out) in lines[0], result.stderr
    assert "Errno" not in lines[0] and "Qt" not in lines[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt", "folder.svg"]
    assert list((tmp_path / "folder.svg").iterdir()) == []
