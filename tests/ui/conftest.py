"""A main window on a throw-away settings file, closed after each test."""
import PySide6  # noqa: F401  (before pyqtgraph)
import pytest
from PySide6.QtCore import QSettings

from cnnviz.ui.app import configure_pyqtgraph

configure_pyqtgraph()

# The offscreen platform plugin says this when a top-level window is shown; it is not our warning.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "cnnviz.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings):
    from cnnviz.ui.window import MainWindow

    def make(model="lecture-ox", size=(1400, 900)):
        window = MainWindow(model, settings=settings)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        return window
    return make


# -- no exception may reach Qt's event loop unnoticed ------------------------------------------------------------
# PySide6 hands an exception raised in a slot, timer or event handler to sys.excepthook and carries on. Inside a
# test, pytest-qt replaces that hook and fails the test that raised (its exception capture, on unless the ini
# option qt_no_exception_capture is set: it must stay on). Between tests (fixtures, teardown, deleteLater) the
# hook below counts what arrives, and the run fails at the end if anything did.
def pytest_configure(config):
    if config.getini("qt_no_exception_capture"):
        raise pytest.UsageError("tests/ui need pytest-qt's exception capture: remove qt_no_exception_capture")
    import sys
    uncaught: list[str] = []
    previous = sys.excepthook

    def count(exc_type, exc, tb):
        uncaught.append(f"{exc_type.__name__}: {exc}")
        previous(exc_type, exc, tb)

    sys.excepthook = count
    sys._cnnviz_uncaught = uncaught


def pytest_sessionfinish(session, exitstatus):
    import sys
    uncaught = getattr(sys, "_cnnviz_uncaught", [])
    if uncaught:
        print(f"\n{len(uncaught)} exception(s) reached Qt's event loop outside a test: " + "; ".join(uncaught[:5]))
        session.exitstatus = 1
