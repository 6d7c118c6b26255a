"""Languages: English (the source), Japanese and Russian, through Qt's translation system.

Translation sources live in ``resources/translations/cnnviz_*.ts`` (made by ``python tools/translations.py``);
the compiled ``.qm`` files beside them are what the app loads.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cnnviz.files import resource_dir
from cnnviz.session import LANGUAGES  # noqa: F401  (code -> the language in its own words)

SETTINGS_KEY = "language"


def translations_dir() -> Path:
    return resource_dir("translations")


def system_language() -> str:
    """The system's language if cnnviz speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


# Translators must outlive the call that installs them: one left without a reference is garbage-collected
# and the interface silently falls back to English.
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The language installed by the last ``install_language`` ("en" before any)."""
    return _current


def install_language(code: str) -> str:
    """Make ``code`` the interface language of the running application; returns the language used.

    Unknown codes and missing files fall back to English. Widgets receive a LanguageChange event.
    """
    global _current
    app = QCoreApplication.instance()
    if code not in LANGUAGES:
        code = "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = "en"
    if code == "en":
        return code
    ours = QTranslator()
    if not ours.load(str(translations_dir() / f"cnnviz_{code}.qm")):
        return "en"
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    _current = code
    return code


def startup_language(settings, override: str | None = None) -> str:
    """The language to start in: ``override`` (e.g. ``--lang``), else the remembered choice, else the system's."""
    from .startup import setting_text
    for code in (override, setting_text(settings, SETTINGS_KEY), system_language()):
        if code in LANGUAGES:
            return code
    return "en"


def class_name(name: str) -> str:
    """How a class name of a model is shown: the shipped models' "circle", "cross" and "triangle" in the interface
    language, anything else as the model file spells it (the model's own names are never changed)."""
    names = {"circle": QCoreApplication.translate("ClassNames", "circle"),
             "cross": QCoreApplication.translate("ClassNames", "cross"),
             "triangle": QCoreApplication.translate("ClassNames", "triangle")}     # selfedu-rgb's third
    return names.get(name, name)


CLASS_SYMBOLS = {"circle": "\u25cb", "cross": "\u00d7"}    # how the lecture's two classes are drawn in hints


def class_symbol(name: str) -> str:
    """A class as lists and buttons name it: ○ and × for the lecture's two, else ``class_name`` (triangle translated,
    the user's own names as they are)."""
    return CLASS_SYMBOLS.get(name) or class_name(name)


HINT_LIST_CHARACTERS = 40     # a longer list of classes is said as "one of the model's N classes" over the canvas


def draw_hint(class_names, *, full: bool = False) -> str:
    """The line over the canvas for a model of ``class_names``: "Draw a ○ or a ×" for the lecture's two classes,
    else the classes named ("Draw one of: ○, ×, triangle"; "Draw one of: ring, kiss, roof"), or, when that
    list is long and not ``full`` (the canvas's tooltip names them all), "Draw one of the model's 10 classes"."""
    names = tuple(class_names)
    if names == ("circle", "cross"):
        return QCoreApplication.translate("MainWindow", "Draw a \u25cb or a \u00d7")
    shown = ", ".join(class_symbol(name) for name in names)
    if len(shown) > HINT_LIST_CHARACTERS and not full:
        return QCoreApplication.translate("MainWindow", "Draw one of the model's %1 classes").replace("%1", str(len(names)))
    return QCoreApplication.translate("MainWindow", "Draw one of: %1").replace("%1", shown)
