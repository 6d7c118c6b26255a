"""Tests run headless: Qt renders offscreen, and PySide6 is imported before pyqtgraph picks a binding."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

# temporaries' journal (cnnviz.files.journal_path) of the test run, not the user's
import tempfile  # noqa: E402

os.environ.setdefault("CNNVIZ_STATE_DIR", tempfile.mkdtemp(prefix="cnnviz-test-state-"))
