"""The README stays true: its model-file example loads and its test command is what CI runs."""
import re
from pathlib import Path

from cnnviz.engine import model_from_dict

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_model_file_example_loads_and_classifies():
    import json
    block = re.search(r"```json\n(.*?)```", README, re.S).group(1)
    model = model_from_dict(json.loads(block))
    assert model.class_names == ("circle", "cross")
    assert model.parameter_count == 9 + 1 + 8 + 2
    assert model.forward(__import__("numpy").zeros((28, 28), "float32")).probabilities.shape == (1, 2)


def test_ci_runs_the_readme_test_command():
    command = re.search(r"^(python -m pip install -e \"\.\[test\]\" && python -m pytest)", README, re.M).group(1)
    assert command in (ROOT / ".ci" / "run").read_text()
