"""Whatever is on disk, the app starts: damaged settings, a remembered model that no longer loads and a
damaged collection are set aside, named once, and nothing is deleted."""
import json
import os
import subprocess
import sys
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QSettings

from cnnviz.engine import load_model, model_to_dict
from cnnviz.ui.window import DEFAULT_MODEL

ROOT = Path(__file__).resolve().parents[2]

GARBAGE_SETTINGS = """[General]
geometry=hello
dock_state=a, b, c
model=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1cQJunk)
language=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1cQJunk)
"""


def damaged_collection(folder: Path) -> None:
    """What an interrupted auto-save of the old kind left: labels.csv lists a 0-byte PNG beside a good one."""
    folder.mkdir(parents=True)
    cv2.imwrite(str(folder / "0001-circle.png"), np.full((280, 280), 255, np.uint8))
    (folder / "0002-cross.png").write_bytes(b"")
    (folder / "labels.csv").write_text("file,label\n0001-circle.png,circle\n0002-cross.png,cross\n")
    (folder / "strokes.json").write_text("[" * 100000 + "]" * 100000)       # nested past Python's recursion limit


def huge_model(path: Path) -> Path:
    data = model_to_dict(load_model("lecture-ox"))
    data["input"] = {"channels": 1, "height": 100000, "width": 100000}
    path.write_text(json.dumps(data))
    return path


@pytest.mark.qt_log_ignore(r"QVariant::load: unknown user type", r"This plugin does not support propagateSizeHints")   # Qt's own words on reading the junk
def test_garbage_settings_give_a_working_window_and_are_named_once(qtbot, tmp_path):
    from cnnviz.ui.window import MainWindow
    ini = tmp_path / "cnnviz.ini"
    ini.write_text(GARBAGE_SETTINGS)
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    settings.setValue("experiments/collection_dir", str(tmp_path / "collection"))
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.model is not None and window.model.name == DEFAULT_MODEL       # the default, not the junk
    shown = window.statusBar().currentMessage()
    assert "Not restored at start" in shown and "'geometry'" in shown and "'dock_state'" in shown
    assert shown.count("'geometry'") == 1                                     # named once, not per read
    window.canvas.set_strokes([np.array([[40.0, 40.0], [200.0, 200.0]])], 14.0)
    window.live.run_now()
    assert window.pipeline.panels                                             # and it works


def test_a_remembered_model_that_no_longer_loads_is_named_and_the_default_used(qtbot, tmp_path, settings):
    from cnnviz.ui.window import MainWindow
    settings.setValue("model", str(huge_model(tmp_path / "huge.json")))
    settings.setValue("experiments/collection_dir", str(tmp_path / "collection"))
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert window.model.name == DEFAULT_MODEL
    shown = window.statusBar().currentMessage()
    assert "huge.json" in shown and "over the limit" in shown
    assert not hasattr(window, "_message_box")          # the start opens no dialog: the status bar names it


def test_a_damaged_collection_is_set_aside_not_deleted(qtbot, tmp_path, settings):
    from cnnviz.ui.window import MainWindow
    folder = tmp_path / "collection"
    damaged_collection(folder)
    settings.setValue("experiments/collection_dir", str(folder))
    window = MainWindow("lecture-ox", settings=settings)
    qtbot.addWidget(window)
    assert [d.label for d in window.experiments.collection.drawings] == ["circle"]
    shown = window.statusBar().currentMessage()
    assert "0002-cross.png" in shown and "strokes.json" in shown
    assert (folder / "0002-cross.png").exists() and (folder / "strokes.json").exists()


def _env(home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYQTGRAPH_QT_LIB="PySide6", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), CNNVIZ_QUIT_AFTER_MS="200", CNNVIZ_REPORT_STARTUP="1")
    env.pop("CNNVIZ_STATE_DIR", None)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_main_py_starts_on_everything_damaged_at_once(tmp_path):
    """The issue's reproduction: a 0-byte PNG in the session's collection, a huge remembered model and junk
    settings; `python main.py` paints a window and exits 0, and --reset-settings is not needed."""
    config = tmp_path / "config" / "cnnviz"
    config.mkdir(parents=True)
    (config / "cnnviz.conf").write_text(GARBAGE_SETTINGS.replace("model=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1cQJunk)",
                                                                 f"model={huge_model(tmp_path / 'huge.json')}"))
    damaged_collection(tmp_path / "data" / "cnnviz" / "cnnviz" / "collection")
    done = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "first-paint" in done.stdout
    assert "Traceback" not in done.stderr
    assert (tmp_path / "data" / "cnnviz" / "cnnviz" / "collection" / "0002-cross.png").exists()


@pytest.mark.qt_log_ignore(r"QVariant::load: unknown user type", r"This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("junk", ["hello", "1, 2, 3", "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1cQJunk)", "@ByteArray()",
                                  "@Rect(1 2 3 4)", "true"])
def test_setting_bytes_never_raises_and_notes_a_wrong_type(qtbot, tmp_path, junk):
    from cnnviz.ui.startup import setting_bytes
    ini = tmp_path / "s.ini"
    ini.write_text(f"[General]\ngeometry={junk}\n")
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    notes = []
    value = setting_bytes(settings, "geometry", notes)
    assert value.isEmpty() or isinstance(value.data(), bytes)
    assert len(notes) <= 1


@pytest.mark.qt_log_ignore(r"QVariant::load", r"This plugin does not support propagateSizeHints")
def test_text_settings_that_are_not_utf8_are_set_aside(qtbot, tmp_path, monkeypatch):
    """A @ByteArray that is not UTF-8 under "model", "language" or the collection folder made Qt's conversion raise
    UnicodeDecodeError before the window existed (found by benchmarks/launch_resilience.py)."""
    from cnnviz.ui.i18n import startup_language
    from cnnviz.ui.window import MainWindow
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))     # the default collection folder: not the user's
    ini = tmp_path / "cnnviz.ini"
    ini.write_text("[General]\nmodel=@ByteArray(\\xff\\0garbage)\nlanguage=@ByteArray(\\xff\\0garbage)\n"
                   "experiments/collection_dir=@ByteArray(\\xff\\0garbage)\n")
    settings = QSettings(str(ini), QSettings.Format.IniFormat)
    assert startup_language(settings, None) in ("en", "ja", "ru")
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    assert window.model.name == DEFAULT_MODEL
    assert "the saved setting 'model' (not understood)" in window.statusBar().currentMessage()


FAILING_FIRST_BUILD = r"""
import sys
from cnnviz.ui import window
real, calls = window.MainWindow._restore_dock_state, []
def once(self):
    calls.append(1)
    if len(calls) == 1:
        raise RuntimeError("a damage nobody foresaw")
    real(self)
window.MainWindow._restore_dock_state = once
from cnnviz.ui.app import run
sys.exit(run())
"""


def test_damage_nobody_foresaw_still_gives_a_window_on_defaults(tmp_path):
    done = subprocess.run([sys.executable, "-c", FAILING_FIRST_BUILD], cwd=ROOT, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "first-paint" in done.stdout
    assert "a damage nobody foresaw" in done.stderr and "starting with default settings" in done.stderr
    assert not (tmp_path / "config" / "cnnviz" / "cnnviz.conf").exists()       # the saved state is left alone
