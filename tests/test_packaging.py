"""An installed wheel holds every subpackage and the shipped models, not only a checkout."""
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib", reason="tomllib is in the standard library from Python 3.11")

ROOT = Path(__file__).resolve().parent.parent


def test_every_subpackage_is_listed_for_the_wheel():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "cnnviz").rglob("__init__.py")}
    assert on_disk - listed == set()
    assert config["package-dir"]["cnnviz.resources"] == "resources"
    assert "models/*.json" in config["package-data"]["cnnviz.resources"]
