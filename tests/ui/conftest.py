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
