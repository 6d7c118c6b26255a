"""Every user action's failure ends in one readable message, in the user's language, and the window stays
usable: the app's guard (cnnviz.ui.guard), and the slots the hostile-user session broke."""
import json
import sys
import zipfile

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog

from cnnviz.engine import load_model, model_to_dict
from cnnviz.ui.guard import failure_text, install_guard, uninstall_guard


def _draw(window):
    window.canvas.set_strokes([np.array([[40.0, 40.0], [240.0, 240.0]]), np.array([[240.0, 40.0], [40.0, 240.0]])],
                              14.0)
    window.live.run_now()
    return window.live.last_trace


@pytest.fixture
def guarded(make_window):
    window = make_window()
    guard = install_guard(lambda: window)
    yield window, guard
    uninstall_guard(guard)
    box = guard.box
    if box is not None:
        box.close()


def test_an_exception_in_a_slot_is_one_message_and_the_window_stays_usable(guarded, qtbot):
    window, guard = guarded

    def broken_slot():
        raise KeyError("no layer named 'conv2'")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: guard.caught == 1)
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Something went wrong (KeyError") and "still usable" in shown
    assert guard.box.isVisible() and guard.box.text() == shown
    QTimer.singleShot(0, broken_slot)                          # again: the same box, not a second one
    qtbot.waitUntil(lambda: guard.caught == 2)
    assert len([b for b in window.findChildren(type(guard.box)) if b.isVisible()]) == 1
    assert _draw(window) is not None and window.pipeline.panels     # still drawing and classifying


def test_the_guard_speaks_the_interface_language(qtbot):
    from cnnviz.ui.i18n import install_language
    try:
        install_language("ja")
        assert failure_text(MemoryError()) == "その操作に必要なメモリが足りませんでした。ウィンドウは変わっていません。"
        install_language("ru")
        assert failure_text(ValueError("x")).startswith("Не получилось")
    finally:
        install_language("en")
    assert failure_text(RecursionError()).startswith("That input is nested too deeply")


def test_file_open_of_a_huge_model_is_refused_with_a_dialog(make_window, tmp_path, monkeypatch):
    window = make_window()
    data = model_to_dict(load_model("lecture-ox"))
    data["input"] = {"channels": 1, "height": 100000, "width": 100000}
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(data))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.open_model_file()
    assert window.model.name == "lecture-ox"                   # unchanged, and still working
    assert "over the limit of 1,000,000" in window._message_box.text()
    window._message_box.close()
    assert _draw(window) is not None


@pytest.mark.parametrize("damage", ["parse", "nested"])
def test_importing_filters_from_a_damaged_workbook_says_so(make_window, tmp_path, monkeypatch, damage):
    from cnnviz.export import export_workbook
    window = make_window()
    trace = _draw(window)
    good = export_workbook(window.model, trace, tmp_path / "good.xlsx")
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/workbook.xml":
                content = b"<workbook><unclosed>" if damage == "parse" else b"<a>" * 200000 + b"</a>" * 200000
            target.writestr(item, content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    before = window.model
    window.lecture.import_filters_dialog()
    assert window.model is before
    assert "bad.xlsx" in window._message_box.text()              # one readable message naming the file
    window._message_box.close()


def test_exceptions_reaching_the_event_loop_fail_the_ui_tests(request):
    """The UI suite runs with pytest-qt's exception capture on (tests/ui/conftest.py refuses to run without
    it), so an exception in any slot during any UI test fails that test; outside a test, the session hook
    of the conftest counts it and fails the run."""
    assert not request.config.getini("qt_no_exception_capture")
    assert getattr(sys, "_cnnviz_uncaught", None) is not None
