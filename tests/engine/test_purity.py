"""The engine is NumPy only: importing it in a fresh interpreter loads no Qt, pyqtgraph or OpenCV."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "cv2", "PyQt5", "PyQt6", "matplotlib", "torch")

PROBE = """
import json, sys
import cnnviz.engine
from cnnviz.engine import load_model
load_model("lecture-ox").forward(__import__("numpy").zeros((28, 28)))
print(json.dumps(sorted(sys.modules)))
"""


@pytest.mark.parametrize("module", ["cnnviz.engine"])
def test_engine_imports_no_gui_or_opencv(module):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONSTARTUP",)}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, env=env,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert "cnnviz.engine" in loaded and "numpy" in loaded
    offending = sorted(m for m in loaded if m.split(".")[0] in FORBIDDEN)
    assert not offending, f"importing {module} loaded {offending}"
