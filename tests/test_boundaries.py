"""The floors of the house, enforced: every module outside ``cnnviz/ui/`` works without Qt, and the network
with its analyses and exports needs neither OpenCV nor a plotting or deep-learning library.

Each rule imports every module it covers, one after the other, in one fresh interpreter and, after each,
looks at what is loaded: the first module that pulls in a forbidden one is named. New modules are covered
as soon as they exist (the package is walked, not listed).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cnnviz"
QT = ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6")
NOT_RUNNABLE = {"cnnviz.__main__"}          # importing it starts the app

# rule: (which modules, by name prefix; which top-level modules they must not load)
RULES = {
    "outside cnnviz.ui: no Qt": (("cnnviz",), QT),
    "engine, analysis, export: no OpenCV, plotting or deep learning": (
        ("cnnviz.engine", "cnnviz.analysis", "cnnviz.export", "cnnviz.messages", "cnnviz.files"),
        QT + ("cv2", "matplotlib", "torch")),
}

PROBE = """
import importlib, json, sys
forbidden = tuple(sys.argv[1].split(","))
for name in sys.argv[2:]:
    importlib.import_module(name)
    bad = sorted(m for m in sys.modules if m.split(".")[0] in forbidden)
    if bad:
        print(json.dumps({"module": name, "loaded": bad}))
        sys.exit(0)
print(json.dumps({"module": None, "count": len(sys.argv) - 2}))
"""


def modules_outside_ui() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if not name.startswith("cnnviz.ui") and name not in NOT_RUNNABLE:
            names.append(name)
    return names


def test_the_walk_finds_the_modules_the_old_probes_missed():
    names = modules_outside_ui()
    for name in ("cnnviz.jobs", "cnnviz.data.augment", "cnnviz.data.collection", "cnnviz.engine.train",
                 "cnnviz.session.session", "cnnviz.scenes", "cnnviz.cli"):
        assert name in names
    assert not [n for n in names if n.startswith("cnnviz.ui")]


@pytest.mark.parametrize("rule", list(RULES))
def test_modules_load_nothing_their_floor_forbids(rule):
    prefixes, forbidden = RULES[rule]
    names = [n for n in modules_outside_ui() if n.startswith(prefixes)]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONSTARTUP", "PYQTGRAPH_QT_LIB")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run([sys.executable, "-c", PROBE, ",".join(forbidden), *names], capture_output=True,
                            text=True, cwd=ROOT, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    verdict = json.loads(result.stdout.strip().splitlines()[-1])
    assert verdict["module"] is None, f"{rule}: importing {verdict['module']} loaded {verdict['loaded']}"
    assert verdict["count"] == len(names) > 3
