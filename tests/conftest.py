"""Tests run headless: Qt renders offscreen, and PySide6 is imported before pyqtgraph picks a binding."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
