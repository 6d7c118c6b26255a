"""The application as a process: it exits with 0, and the Qt binding survives many void calls."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def env(tmp_path):
    e = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYQTGRAPH_QT_LIB="PySide6",
             HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), CNNVIZ_QUIT_AFTER_MS="200")
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    return e


@pytest.mark.parametrize("command", [["main.py"], ["-m", "cnnviz", "gui", "--model", "lecture-ox"]])
def test_the_app_closes_with_exit_code_0(tmp_path, command):
    done = subprocess.run([sys.executable, *command], cwd=ROOT, env=env(tmp_path), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Fatal" not in done.stderr and "Traceback" not in done.stderr
    settings = next((tmp_path / "config").rglob("cnnviz.conf"))
    assert "model=" in settings.read_text()


REGRESSION = r"""
import PySide6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget
import pyqtgraph as pg
pg.setConfigOptions(imageAxisOrder="row-major")
import numpy as np
app = QApplication([])

class Emitter(QObject):
    flag = Signal(bool)

emitter, seen = Emitter(), []
emitter.flag.connect(seen.append)
widget = QWidget()
image = pg.ImageItem(np.zeros((4, 4, 4), np.uint8))
for i in range(20000):
    widget.setEnabled(i % 2 == 0)          # void calls
    widget.update()
    image.setImage(np.zeros((4, 4, 4), np.uint8), autoLevels=False)
    emitter.flag.emit(i % 2 == 0)          # bool signals
widget.close()
print("survived", len(seen))
"""


def test_many_void_calls_and_bool_signals_do_not_abort_the_interpreter(tmp_path):
    """PySide6 6.12.0 on Python < 3.12 loses references to None/True here and aborts (none_dealloc)."""
    done = subprocess.run([sys.executable, "-c", REGRESSION], env=env(tmp_path), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived 20000" in done.stdout
