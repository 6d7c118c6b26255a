"""Languages: the catalogues are complete and finished, the compiled files match them, switching the language
at run time changes every visible string and carries the user's work over, and the choice is remembered."""
import importlib.util
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QPointF, QSettings, Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit,
                               QAbstractSpinBox, QMenu, QTableWidget, QTabBar, QWidget, QWidgetAction)

import pyqtgraph as pg

from cnnviz.analysis import explain
from cnnviz.ui import i18n
from cnnviz.messages import TEXT, Message, all_templates, message
from cnnviz.ui.explain_text import engine_text

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
CODES = ("ja", "ru")


def _tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()
needs_lupdate = pytest.mark.skipif(shutil.which("pyside6-lupdate") is None and
                                   not (Path(tool.sys.executable).parent / "pyside6-lupdate").exists(),
                                   reason="pyside6-lupdate is not installed")


def catalogue(code) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> translations (one, or the numerus forms)."""
    found = {}
    for context in ET.parse(TRANSLATIONS / f"cnnviz_{code}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
                else [translation.text or ""]
            found[(context.findtext("name"), message.findtext("source"))] = forms
    return found


@pytest.fixture
def english():
    """Whatever a test installs, the next one starts in English."""
    i18n.install_language("en")
    yield
    i18n.install_language("en")


# -- the catalogues --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("code", CODES)
def test_every_message_is_translated_and_finished(code):
    path = TRANSLATIONS / f"cnnviz_{code}.ts"
    assert tool.unfinished(path) == []
    assert all(all(f.strip() for f in forms) for forms in catalogue(code).values())
    assert 'type="unfinished"' not in path.read_text(encoding="utf-8")
    assert len(catalogue(code)) > 400


@pytest.mark.parametrize("code", CODES)
def test_translations_keep_the_placeholders_and_markup(code):
    def marks(text):
        return sorted(re.findall(r"\{\d[^}]*\}|%n|%\d|%s|%d|<b>|</b>|<br>|\n", text))
    for (context, source), forms in catalogue(code).items():
        for form in forms:
            assert marks(form) == marks(source), (context, source, form)


FIELD = re.compile(r"\{([A-Za-z_]\w*)\}")


def template_fields(text: str) -> set[tuple[str, str]]:
    """The {name:spec} fields of a template, with their format specs ("{rows:,}" is ("rows", ","))."""
    import string
    return {(name, spec) for _, name, spec, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("code", CODES)
def test_every_message_template_has_a_finished_translation_with_the_same_fields(code):
    """What the Qt-free layers say (cnnviz.messages) is in the catalogue under "Message": every template they
    register, translated, with exactly the fields of the English template (a field lost or misspelt would
    show the English sentence instead)."""
    templates = tool.message_templates()
    assert len(templates) > 200 and set(templates) <= set(all_templates())
    translations = catalogue(code)
    missing = [t for t in templates if ("Message", t) not in translations]
    assert missing == []
    for text in templates:
        translated = translations[("Message", text)][0]
        assert translated.strip(), text
        assert template_fields(translated) == template_fields(text), (text, translated)
        message(translated, **{name: 0 for name, _ in template_fields(text)})       # formats with the same values


@needs_lupdate
@pytest.mark.parametrize("code", CODES)
def test_catalogue_has_every_string_of_the_sources(code, tmp_path):
    """lupdate over the current sources finds nothing the committed catalogue lacks: a new string fails here
    until ``python tools/translations.py`` has added it and it has been translated."""
    fresh = tmp_path / f"cnnviz_{code}.ts"
    shutil.copy(TRANSLATIONS / fresh.name, fresh)
    tool.lupdate(fresh, tool.LANGUAGES[code])
    committed = set(tool.messages(TRANSLATIONS / fresh.name))
    found = set(tool.messages(fresh))
    assert found - committed == set(), "run python tools/translations.py and translate the new strings"
    assert committed - found == set(), "strings no longer in the sources: run python tools/translations.py"


@needs_lupdate
@pytest.mark.parametrize("code", CODES)
def test_compiled_files_match_the_sources(code, tmp_path):
    qm = tmp_path / f"cnnviz_{code}.qm"
    tool.lrelease(TRANSLATIONS / f"cnnviz_{code}.ts", qm)
    assert (TRANSLATIONS / qm.name).read_bytes() == qm.read_bytes(), "run python tools/translations.py"


@pytest.mark.parametrize("code", CODES)
def test_compiled_files_load_and_translate(qapp, english, code):
    assert i18n.install_language(code) == code and i18n.current_language() == code
    for (context, source), forms in list(catalogue(code).items())[::25]:
        if "%n" not in source:
            assert QCoreApplication.translate(context, source) == forms[0]
    assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    # Qt's own strings (standard buttons and dialogs) come with qtbase_*.qm
    assert len(i18n._installed) == 2


def test_russian_plurals(qapp, english):
    i18n.install_language("ru")
    say = [QCoreApplication.translate("StepperPanel", "%n step(s)/s", "", n) for n in (1, 3, 5, 21)]
    assert say == ["1 шаг/с", "3 шага/с", "5 шагов/с", "21 шаг/с"]


def test_unknown_language_falls_back_to_english(qapp, english):
    assert i18n.install_language("xx") == "en" and i18n.current_language() == "en"


def test_startup_language(tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(i18n, "system_language", lambda: "ru")
    assert i18n.startup_language(settings) == "ru"                 # first run: the system's language
    settings.setValue("language", "ja")
    assert i18n.startup_language(settings) == "ja"                 # then the remembered choice
    assert i18n.startup_language(settings, "en") == "en"           # --lang overrides it


# -- the engine's sentences ------------------------------------------------------------------------------------

def _engine_sentences():
    from cnnviz.engine import load_model
    model = load_model("lecture-ox")
    x = np.zeros((1,) + tuple(model.input_shape), np.float32)
    x[0, 0, 8:20, 8:20] = 1.0
    trace = model.forward(x)
    conv = next(layer for layer in model.layers if layer.kind == "conv2d")
    pool = next(layer for layer in model.layers if layer.kind == "pool2d")
    cell = explain.explain_cell(trace, conv.name, (0, 0, 5, 5))
    pooled = explain.explain_cell(trace, pool.name, (0, 0, 1, 1))
    soft = explain.explain_softmax(trace, 0)
    params = explain.parameter_counts(model)
    sentences = [explain.ROUNDING_NOTE, cell.flip_note, cell.agreement.text, pooled.formula, pooled.agreement.text,
                 soft.shift_note]
    sentences += [p.formula for p in params.layers] + [p.comparison for p in params.layers if p.comparison]
    dense = next(layer for layer in model.layers if layer.kind == "dense")
    sentences += list(explain.feature_labels(trace, dense.name)[:3])
    return sentences


@pytest.mark.parametrize("code", CODES)
def test_the_engine_explanations_are_shown_in_the_language(qapp, english, code):
    sentences = _engine_sentences()
    assert all(said_by_templates(s) for s in sentences), [s for s in sentences if not said_by_templates(s)]
    assert [engine_text(s) for s in sentences] == [str.__str__(s) for s in sentences]     # English as written
    i18n.install_language(code)
    for sentence in sentences:
        shown = engine_text(sentence)
        assert shown != sentence and english_left(shown, ["float32", "pool1"]) == [], (sentence, shown)


def said_by_templates(said, *, inside=False) -> bool:
    """A Message whose template, and that of every message inside it, is registered (so it is translated); a
    value may be a text as written (``TEXT``: a key Python names, its JSON parser's words)."""
    return isinstance(said, Message) and (said.template in all_templates() or inside and said.template == TEXT) \
        and all(said_by_templates(v, inside=True) for v in said.values.values() if isinstance(v, Message))


# -- the window in another language ----------------------------------------------------------------------------

@pytest.fixture
def window(make_window, settings, tmp_path, english):
    settings.setValue("experiments/collection_dir", str(tmp_path / "collection"))
    return make_window("lecture-ox", (1500, 950))


def switch(qtbot, window, code):
    new = window.set_language(code)
    if new is not window:
        qtbot.addWidget(new)
        qtbot.waitExposed(new)
    qtbot.wait(20)
    return new


def title_of(panel) -> str:
    """The text a stage's title shows (a LabelItem's attribute, or a text() method)."""
    text = panel.title.text
    return text() if callable(text) else text


def menu_texts(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def toolbar_texts(window) -> list[str]:
    return [a.text() for a in window.findChildren(pg.QtGui.QAction) if a.text() and not a.menu()]


def test_switching_to_japanese_and_back(qtbot, window, settings):
    english_title, english_menus = window.windowTitle(), menu_texts(window)
    english_panel = title_of(window.pipeline.panels["input"])
    assert english_menus[:3] == ["&File", "&Edit", "&View"]
    ja = switch(qtbot, window, "ja")
    assert ja is not window and ja.language() == "ja"
    assert ja.windowTitle() == "cnnviz — CNN が考えるところを見る"
    assert menu_texts(ja)[:3] == ["ファイル(&F)", "編集(&E)", "表示(&V)"] and len(menu_texts(ja)) == len(english_menus)
    assert ja.undo_action.text() == "元に戻す" and ja.eraser_action.text() == "消しゴム"
    assert title_of(ja.pipeline.panels["input"]).startswith("入力") and english_panel.startswith("input")
    assert ja.pipeline.result.tr("prediction") == "予測"
    assert ja.inspect.inspector_dock.windowTitle() == "インスペクタ"
    assert ja.language_actions["ja"].isChecked() and not ja.language_actions["en"].isChecked()
    assert settings.value("language", "", type=str) == "ja"
    en = switch(qtbot, ja, "en")
    assert en.windowTitle() == english_title and menu_texts(en) == english_menus
    assert title_of(en.pipeline.panels["input"]) == english_panel
    assert en.pipeline.result.tr("prediction") == "prediction"
    assert settings.value("language", "", type=str) == "en"


def test_the_view_menu_switches_the_language(qtbot, window, settings):
    replaced = []
    window.replaced.connect(replaced.append)
    window.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: bool(replaced), timeout=3000)
    qtbot.addWidget(replaced[0])
    assert replaced[0].windowTitle() == "cnnviz — как думает свёрточная сеть"
    assert settings.value("language", "", type=str) == "ru"



def test_two_switches_queued_at_once_end_in_one_window_in_the_last_language(qtbot, window):
    """Both choices reach the old window before the first switch runs: the second must not build a hidden
    window from the replaced one (whoever owns the windows would then follow it and delete the one shown)."""
    window.draw_example("circle")
    windows = []

    def follow(new):
        windows.append(new)
        qtbot.addWidget(new)
        new.replaced.connect(follow)
    window.replaced.connect(follow)
    window.language_actions["ja"].trigger()
    window.language_actions["ru"].trigger()
    qtbot.waitUntil(lambda: len(windows) >= 2, timeout=5000)
    qtbot.wait(50)
    current = windows[-1]
    assert current.isVisible() and current.language() == "ru"
    assert current.windowTitle() == "cnnviz — как думает свёрточная сеть"
    assert not current.canvas.is_blank()
    assert [w for w in windows + [window] if w.isVisible()] == [current]

def test_switching_keeps_the_drawing_the_model_edits_and_the_collection(qtbot, window):
    from cnnviz.analysis import edit
    window.draw_example("circle")
    window.canvas.clear()
    window.draw_example("cross")
    window.live.run_now()
    window.experiments.add_cross()
    conv = next(layer for layer in window.model.layers if layer.kind == "conv2d")
    result = edit.set_filter(window.model, conv.name, 0, np.eye(conv.kernel_size[0], dtype=np.float32)[None]
                             .repeat(conv.in_channels, 0), 0.5)
    window.inspect.apply_edit(result, keep_levels=True)
    window.lecture.presentation.set_palette("blue-orange")
    window.lecture.timeline_dock.show()
    pixels, history = window.canvas.image_array(), window.canvas.history
    weights = window.model.layer(conv.name).params["weight"].copy()
    collected = len(window.experiments.collection.drawings)

    ru = switch(qtbot, window, "ru")
    assert np.array_equal(ru.canvas.image_array(), pixels) and len(ru.canvas.history) == len(history)
    assert np.array_equal(ru.model.layer(conv.name).params["weight"], weights)
    assert ru.inspect.history.can_undo and ru.inspect.undo_action.isEnabled()
    assert len(ru.experiments.collection.drawings) == collected == 1
    assert ru.pipeline.palette == "blue-orange" and not ru.lecture.timeline_dock.isHidden()
    ru.canvas.undo()                                   # the undo steps came along: back to the cleared page...
    ru.canvas.undo()                                   # ... and to the first example
    assert ru.canvas.is_blank() is False
    assert ru.inspect.undo()                           # the model edit is undone in the new window
    assert not np.array_equal(ru.model.layer(conv.name).params["weight"], weights)


def test_switching_is_refused_while_training_runs(qtbot, window, monkeypatch):
    monkeypatch.setattr(type(window.experiments.training), "running", property(lambda self: True))
    assert window.set_language("ja") is window
    assert i18n.current_language() == "en" and window.language_actions["en"].isChecked()
    assert "training" in window.statusBar().currentMessage()


# -- no English left behind ------------------------------------------------------------------------------------

# data, not interface text: model names and descriptions, layer names, file formats, formulas
DATA = re.compile(r"ox-cnn|lecture-ox|selfedu-rgb|Trained by cnnviz[^\n]*|Hand-set[^\n]*|PyTorch, TensorFlow|Sobel [xy]|"
                  r"exp\(z - max\)|z - max|Ctrl\+[\w+/,.]+|Alt\+\w+|\(\*\.\w+\)|float\d+|GIF|MP4|PNG|SVG|CSV")
ENGLISH_RUN = re.compile(r"\b[A-Za-z]{2,}\b(?:[ \-]+\b[A-Za-z]{2,}\b)+")


def visible_texts(window) -> list[tuple[str, str]]:
    """(where, text) of everything the window can show: widgets (docks included, shown or not), menus,
    tool tips, table headers, the pipeline's titles."""
    texts = [("title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        kind = type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((kind, widget.text()))
        if isinstance(widget, QGroupBox):
            texts.append((kind, widget.title()))
        if isinstance(widget, QDockWidget):
            texts.append((kind, widget.windowTitle()))
        if isinstance(widget, QComboBox):
            texts += [(kind, widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QLineEdit):
            texts.append((kind, widget.placeholderText()))
        if isinstance(widget, QAbstractSpinBox):
            texts += [(kind, widget.prefix()), (kind, widget.suffix())]
        if isinstance(widget, QTabBar):
            texts += [(kind, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QTableWidget):
            texts += [(kind, widget.horizontalHeaderItem(i).text()) for i in range(widget.columnCount())
                      if widget.horizontalHeaderItem(i) is not None]
        texts.append((kind + " tooltip", widget.toolTip()))
    stack = [window.menuBar()]
    while stack:
        menu = stack.pop()
        for action in menu.actions():
            texts += [("menu", action.text()), ("menu tooltip", action.toolTip())]
            if action.menu() is not None:
                stack.append(action.menu())
    for panel in window.pipeline.panels.values():
        texts.append(("panel", title_of(panel)))
        texts.append(("colour bar", panel.colour_bar._note))
    return [(where, re.sub(r"<[^>]+>", " ", text)) for where, text in texts if text and text.strip()]


@pytest.mark.parametrize("code", CODES)
def test_no_english_is_left_in_the_window(qtbot, window, code):
    window.draw_example("circle")
    window.live.run_now()
    shown = switch(qtbot, window, code)
    shown.inspect.pin("conv1", (0, 5, 5))                  # the inspector's tables and sentences too
    sources = {source: forms[0] for (_, source), forms in catalogue(code).items()}
    leftovers = []
    for where, text in visible_texts(shown):
        if text in sources and sources[text] != text:
            leftovers.append((where, text))
            continue
        stripped = DATA.sub(" ", text)
        for name in [layer.name for layer in shown.model.layers] + list(i18n.LANGUAGES.values()):
            stripped = stripped.replace(name, " ")
        if ENGLISH_RUN.search(stripped):
            leftovers.append((where, text))
    assert leftovers == [], "\n".join(map(str, leftovers))


@pytest.mark.parametrize("code", CODES)
def test_the_inspector_explains_every_kind_of_cell_in_the_language(qtbot, window, code):
    """A pinned pooling, dense and softmax cell: the engine's formulas, checks and labels (messages) are shown
    translated, with their numbers as computed."""
    window.draw_example("circle")
    window.live.run_now()
    trace = window.live.last_trace
    pooled = explain.explain_cell(trace, "pool1", (0, 1, 0, 1))
    labels = explain.feature_labels(trace, "dense")
    shown = switch(qtbot, window, code)
    english_words = []
    for layer, index in (("pool1", (1, 0, 1)), ("dense", (0,)), ("softmax", (1,))):
        shown.inspect.pin(layer, index)
        text = shown.inspect.inspector.text()
        stripped = DATA.sub(" ", text)
        for name in [lay.name for lay in shown.model.layers]:
            stripped = stripped.replace(name, " ")
        english_words += [(layer, run) for run in ENGLISH_RUN.findall(stripped)]
        if layer == "pool1":
            assert engine_text(pooled.formula) in text and pooled.formula not in text
        if layer == "dense":
            assert engine_text(labels[0]) in text and str.__str__(labels[0]) not in text
    assert english_words == []


# -- pyqtgraph's own menus -------------------------------------------------------------------------------------

# What may stay Latin in a translated plot menu: axis letters, abbreviations, file formats, a program's name.
PLOT_MENU_LATIN = re.compile(r"\b(?:X|Y|FFT|dy/dx|PNG|TIF|JPG|SVG|CSV|HDF5|Matplotlib)\b|<[^>]+>")


def menu_contents(menu) -> list[tuple[str, str]]:
    """(where, text) of everything a context menu can show: its title, its actions and submenus, and in the
    widgets pyqtgraph puts into menus (the axis and plot settings) every label, button, title, suffix and tip."""
    texts, stack = [("menu title", menu.title())], [menu]
    while stack:
        current = stack.pop()
        for action in current.actions():
            texts.append(("action", action.text()))
            if action.menu() is not None:
                texts.append(("submenu", action.menu().title()))
                stack.append(action.menu())
            widget = action.defaultWidget() if isinstance(action, QWidgetAction) else None
            if widget is None:
                continue
            for child in [widget] + widget.findChildren(QWidget):
                kind = type(child).__name__
                if isinstance(child, (QLabel, QAbstractButton)):
                    texts.append((kind, child.text()))
                if isinstance(child, QGroupBox):
                    texts.append((kind, child.title()))
                if isinstance(child, QAbstractSpinBox):
                    texts += [(kind, child.prefix()), (kind, child.suffix())]
                texts.append((kind + " tooltip", child.toolTip()))
    return [(where, text) for where, text in texts if text and text.strip()]


def english_in(texts) -> list[tuple[str, str]]:
    """The texts with a Latin word that is none of PLOT_MENU_LATIN's."""
    return [(where, text) for where, text in texts if re.search(r"[A-Za-z]{2,}", PLOT_MENU_LATIN.sub(" ", text))]


@pytest.fixture
def popups(monkeypatch):
    """Every menu pyqtgraph pops up, recorded instead of shown."""
    shown = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, *args: shown.append(menu))
    return shown


def right_click(qtbot, view, scene_point) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.RightButton, pos=view.mapFromScene(scene_point))


def interactive_plots(window) -> list:
    """The plots whose pyqtgraph menu stays: the training curves and the probes' sweeps."""
    return [window.experiments.training.plots.loss_plot, window.experiments.training.plots.accuracy_plot] + \
        list(window.experiments.probes.plots.values())


@pytest.mark.parametrize("code", CODES)
def test_plot_menus_speak_the_language(qtbot, window, popups, code):
    """Right-clicking a training curve or a probe's sweep opens pyqtgraph's menu (View All, the axes, the mouse
    mode, Plot Options, Export…) entirely in the interface language."""
    shown = switch(qtbot, window, code)
    for key in ("training", "translation-map"):
        shown.experiments.show_dock(key)
    qtbot.wait(50)
    plots = interactive_plots(shown)
    assert len(plots) >= 3
    for plot in plots:
        assert plot.menuEnabled() and plot.vb.menuEnabled()
        popups.clear()
        right_click(qtbot, plot.scene().views()[0], plot.vb.sceneBoundingRect().center())
        assert popups, f"no menu on {plot.titleLabel.text!r}"
        menu = popups[-1]
        actions = menu.actions()
        assert plot.ctrlMenu.menuAction() in actions                      # Plot Options
        assert plot.scene().contextMenu[0] in actions                     # Export…
        texts = menu_contents(menu)
        assert len(texts) > 40
        assert english_in(texts) == [], "\n".join(map(str, english_in(texts)))


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)\(\)")    # offscreen, not ours
@pytest.mark.parametrize("code", CODES)
def test_plot_export_dialog_speaks_the_language(qtbot, window, code):
    """Export… opens pyqtgraph's dialog: its labels, buttons, formats and option names are translated. Not checked:
    what pyqtgraph writes without translate() (the item tree's "Entire Scene" / "Plot", the options' group name
    "params" and the values of list options such as the CSV separator "comma")."""
    shown = switch(qtbot, window, code)
    shown.experiments.show_dock("training")
    qtbot.wait(50)
    scene = shown.experiments.training.plots.loss_plot.scene()
    scene.contextMenuItem = shown.experiments.training.plots.loss_plot.vb
    scene.contextMenu[0].trigger()
    dialog = scene.exportDialog
    qtbot.addWidget(dialog)
    texts = [("title", dialog.windowTitle())]
    tree = dialog.ui.paramTree
    texts += [(type(w).__name__, w.text()) for w in dialog.findChildren(QWidget)
              if isinstance(w, (QLabel, QAbstractButton)) and not tree.isAncestorOf(w)]
    formats = dialog.ui.formatList
    for row in range(formats.count()):
        formats.setCurrentRow(row)
        texts.append(("format", formats.item(row).text()))
        stack = [tree.topLevelItem(i).child(j) for i in range(tree.topLevelItemCount())      # under "params"
                 for j in range(tree.topLevelItem(i).childCount())]
        while stack:
            item = stack.pop()
            texts.append(("option", item.text(0)))
            stack += [item.child(i) for i in range(item.childCount())]
    texts = [(where, text) for where, text in texts if text and text.strip()]
    assert len(texts) > 15
    assert english_in(texts) == [], "\n".join(map(str, english_in(texts)))
    dialog.close()


def test_image_panels_have_no_plot_menu(qtbot, window, popups):
    """The pipeline's maps and the stepper's grids are pictures, not plots: right-clicking them opens no
    pyqtgraph menu (nothing to zoom, link or transform there; figures are exported from the File menu)."""
    window.draw_example("circle")
    window.live.run_now()
    window.lecture.stepper_dock.show()
    qtbot.wait(50)
    stepper = window.lecture.stepper
    boxes = [panel.view for panel in window.pipeline.panels.values()] + [stepper.input_box, stepper.output_box]
    for box in boxes:
        assert not box.menuEnabled() and box.menu is None
    for view in (window.pipeline, stepper.view):
        assert view.scene().contextMenu == []                               # no "Export…" to add anywhere
        rect = view.sceneRect()
        for i in range(1, 12):
            for j in range(1, 12):
                right_click(qtbot, view, rect.topLeft() + QPointF(rect.width() * i / 12, rect.height() * j / 12))
    assert popups == []


# -- messages about files the user opens -----------------------------------------------------------------------
# What the engine (model files), cnnviz.data (images, collections) and cnnviz.scenes say about bad input, and the
# shipped models' descriptions, are messages (cnnviz.messages): shown in the interface language with
# their values (file names, field and layer names, numbers, shapes) as written.

def _model_file_messages(tmp_path, monkeypatch) -> list[str]:
    """The message of every invalid model file the engine's tests know, and of a few more."""
    from cnnviz.engine import ModelFileError, load_model as load
    from tests.engine.test_model_files import INVALID, invalid_text, lecture_dict, write

    def changed(change):
        data = lecture_dict()
        change(data)
        return json.dumps(data)

    def rbf(gamma):
        return lambda d: d["layers"][0].update(similarity="rbf", gamma=gamma)

    texts = [invalid_text(case) for case in INVALID]
    texts += ['{"format": "cnnviz-model", "version": 1,', "", "{'format': 'cnnviz-model'}",
              '{"format": "cnnviz-model"}\n// a comment', "[1, 2, 3]", '"just a string"',
              "[" * 100_000 + "]" * 100_000, '{"format": "cnnviz-model", "version": 1' + "0" * 5000 + "}"]
    texts += [changed(change) for change in (
        rbf(-1.0), rbf("wide"), rbf(float("nan")),
        lambda d: d["layers"][0].update(similarity="euclid"),
        lambda d: d.update(layers=[d["layers"][3]] + d["layers"][:3] + d["layers"][4:]),      # flatten first
        lambda d: d.update(layers=d["layers"][:1] + d["layers"][3:4] + d["layers"][2:3]),     # pool after flatten
        lambda d: d.update(layers=d["layers"][:1] + d["layers"][5:]),                          # softmax on maps
        lambda d: d["layers"].__setitem__(2, {"type": "pool2d", "name": "pool1", "size": [30, 30]}),
        lambda d: d.update(preprocess=[1]), lambda d: d.update(description=3),
        lambda d: d.update(format=""), lambda d: d["layers"][0].update(type=""))]
    targets = [write(tmp_path, text, f"broken-{i}.json") for i, text in enumerate(texts)]
    for name, data in (("binary.json", b"\x80\x04\x95\xff\xfe garbage \x00"), ("cut.json", b'{"name": "\xe3\x81'),
                       ("latin1.json", b'{"name": "\xe9t\xe9"}')):
        (tmp_path / name).write_bytes(data)
        targets.append(tmp_path / name)
    targets += [tmp_path / "absent.json", "no-such-shipped-model", tmp_path]
    messages = []
    for target in targets:
        with pytest.raises(ModelFileError) as error:
            load(target)
        messages.append(str(error.value))
    locked = write(tmp_path, changed(lambda d: None), "locked.json")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))
    with monkeypatch.context() as patch:
        patch.setattr(Path, "read_text", refuse)
        with pytest.raises(ModelFileError) as error:
            load(locked)
    messages.append(str(error.value))
    return messages


def _scene_messages(tmp_path, monkeypatch) -> list[str]:
    from cnnviz.scenes import SceneError, load_scene, scene_from_dict, scene_to_dict
    from tests.test_scenes import make_scene

    def broken(change):
        data = scene_to_dict(make_scene())
        change(data)
        return data
    changes = [
        lambda d: d.update(format="cnnviz-model"), lambda d: d.update(version=7),
        lambda d: d["canvas"]["strokes"][1].update(points=[[1, 2]]),
        lambda d: d["canvas"]["strokes"][0].update(points=[]),
        lambda d: d["canvas"]["strokes"][0].update(points=[[1, 2, float("nan")]]),
        lambda d: d["canvas"]["strokes"][0].update(width="wide"),
        lambda d: d["canvas"]["strokes"][0].update(width=1e9), lambda d: d["canvas"].update(pen_width=0),
        lambda d: d["canvas"].update(size=5), lambda d: d["canvas"].update(size="big"),
        lambda d: d["canvas"].pop("strokes"), lambda d: d["canvas"].update(strokes=[5]),
        lambda d: d["canvas"]["strokes"][0].update(erase="yes"), lambda d: d.update(canvas="big"),
        lambda d: d["view"].update(palette="rainbow"), lambda d: d["view"].update(palette=""),
        lambda d: d["view"].update(timeline=2),
        lambda d: d["view"].update(hidden_stages=[1]), lambda d: d["view"].update(docks={"dock-x": "yes"}),
        lambda d: d.update(view=[]), lambda d: d.update(language=""), lambda d: d.update(model_source=5),
        lambda d: d["model"]["layers"][0].pop("weight"), lambda d: d["model"].update(version=2),
        lambda d: d["model"]["layers"][4].update(in_features=9)]
    data = [broken(change) for change in changes] + [[1, 2]]
    messages = []
    for entry in data:
        with pytest.raises(SceneError) as error:
            scene_from_dict(entry, source=str(tmp_path / "talk.cnnscene"))
        messages.append(str(error.value))
    (tmp_path / "bad.cnnscene").write_text("{\"format\": ", encoding="utf-8")
    (tmp_path / "binary.cnnscene").write_bytes(b"\x80\x04\x95\xff\xfe")
    (tmp_path / "folder.cnnscene").mkdir()
    for path in (tmp_path / "missing.cnnscene", tmp_path / "bad.cnnscene", tmp_path / "binary.cnnscene",
                 tmp_path / "folder.cnnscene"):
        with pytest.raises(SceneError) as error:
            load_scene(path)
        messages.append(str(error.value))
    return messages


def _image_and_collection_messages(tmp_path, monkeypatch) -> list[str]:
    import cv2
    from cnnviz.data import ImageError, read_image
    from cnnviz.data.preprocess import PERMISSION_DENIED
    from cnnviz.data import collection
    from cnnviz.data.collection import CollectionError, load_collection, make_drawing, save_collection

    messages = []
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path / "text.png").write_text("not an image")
    for path in (tmp_path, tmp_path / "absent.png", tmp_path / "empty.png", tmp_path / "text.png"):
        with pytest.raises(ImageError) as error:
            read_image(path)
        messages.append(str(error.value))
    messages.append(str(ImageError(tmp_path / "locked.png", message(PERMISSION_DENIED))))

    folders = {name: tmp_path / name for name in ("none", "columns", "binary", "problems", "strokes")}
    for folder in folders.values():
        folder.mkdir()
    (folders["columns"] / "labels.csv").write_text("name,class\na.png,circle\n")
    (folders["binary"] / "labels.csv").write_bytes(b"\xff\xfe\x00\x80garbage")
    for name in ("problems", "strokes"):
        cv2.imwrite(str(folders[name] / "good.png"), np.full((280, 280), 255, np.uint8))
        cv2.imwrite(str(folders[name] / "small.png"), np.full((50, 50), 255, np.uint8))
        (folders[name] / "text.png").write_text("not an image")
        (folders[name] / "labels.csv").write_text("file,label\ngood.png,circle\nsmall.png,cross\ntext.png,circle\n"
                                                  "absent.png,cross\ngood.png,square\n")
    (folders["problems"] / "strokes.json").write_text("[1, 2]")
    (folders["strokes"] / "strokes.json").write_text('{"good.png": [{"width": 3}]}')
    for folder in (folders["none"], folders["columns"], folders["binary"]):
        with pytest.raises(CollectionError) as error:
            load_collection(folder, size=280)
        messages.append(str(error.value))
    for folder in (folders["problems"], folders["strokes"]):
        messages += load_collection(folder, size=280).problems
    (folders["problems"] / "strokes.json").write_text("{broken")
    messages += load_collection(folders["problems"], size=280).problems
    drawing = make_drawing(np.full((28, 28), 255, np.uint8), "circle")
    for target in (tmp_path / "empty.png" / "sub", tmp_path / "empty.png"):
        with pytest.raises(CollectionError) as error:
            save_collection([drawing], target)
        messages.append(str(error.value))
    with monkeypatch.context() as patch:
        patch.setattr(collection.cv2, "imencode", lambda *args: (False, None))
        with pytest.raises(CollectionError) as error:
            save_collection([drawing], tmp_path / "out")
    messages.append(str(error.value))
    return messages


def _file_messages(tmp_path, monkeypatch) -> list[str]:
    return (_model_file_messages(tmp_path / "models", monkeypatch) + _scene_messages(tmp_path / "scenes", monkeypatch)
            + _image_and_collection_messages(tmp_path / "images", monkeypatch))


# values a message may hold as written: quoted names and values, Python's JSON parser's own words
QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|«[^»\n]*»|「[^」\n]*」")
JSON_DETAIL = re.compile(r"Expecting [^()\n:]*|Extra data|Unterminated string[^()\n]*|Invalid [^()\n]*")


def english_left(text: str, values=()) -> list[str]:
    """The runs of English words in a message once its values are taken out."""
    for value in sorted(map(str, values), key=len, reverse=True):
        text = text.replace(value, " ")
    text = JSON_DETAIL.sub(" ", QUOTED.sub(" ", DATA.sub(" ", text)))
    return ENGLISH_RUN.findall(text)


@pytest.fixture
def file_messages(tmp_path, monkeypatch):
    for name in ("models", "scenes", "images"):
        (tmp_path / name).mkdir()
    messages = _file_messages(tmp_path, monkeypatch)
    assert len(messages) > 120 and len(set(messages)) > 110
    return messages, tmp_path


def assert_translated_everywhere(messages, values, *, translated_names=()):
    """Every message is said by registered templates, reads exactly as written in English, and in each other
    language is translated with no English phrase left (``values`` are allowed) and its quoted names kept as
    written (except ``translated_names``, which are words of their own)."""
    assert [m for m in messages if not said_by_templates(m)] == []
    assert [m for m in messages if engine_text(m) != m] == []                  # English: exactly as written
    for code in CODES:
        i18n.install_language(code)
        for message in messages:
            shown = engine_text(message)
            assert shown != message, message
            for value in re.findall(r"'[^']*'", message):                     # names stay as written
                if value.strip("'") not in translated_names:
                    assert value.strip("'") in shown, (value, shown)
            assert english_left(shown, values) == [], (message, shown)


def test_every_message_about_a_bad_file_is_translated(qapp, english, file_messages):
    from cnnviz.viz.colormap import PALETTES
    messages, tmp_path = file_messages
    values = [tmp_path, "no-such-shipped-model", *PALETTES]                      # names that look like English
    assert_translated_everywhere(messages, values)


def test_what_is_not_a_known_message_is_shown_as_written(qapp, english):
    from cnnviz.engine import ModelFileError
    from cnnviz.engine.model_files import CANNOT_READ_MODEL
    i18n.install_language("ja")
    for text in ("something else went wrong", "/tmp/m.json: something else", "layer 3 ('conv1'): who knows"):
        assert engine_text(text) == text                                      # plain text: as it is
    unknown = Message("an id no catalogue has: {value}", {"value": 3})
    assert engine_text(unknown) == "an id no catalogue has: 3"
    inside = ModelFileError(message(CANNOT_READ_MODEL, file="/tmp/m.json", reason=unknown))
    shown = engine_text(inside)                                               # the frame translated, the rest as said
    assert shown.endswith("an id no catalogue has: 3") and "/tmp/m.json" in shown
    assert not shown.startswith("cannot read") and engine_text(ValueError("plain")) == "plain"


@pytest.fixture
def language_window(make_window, settings, tmp_path, english):
    """A window in the language asked for, the lecture model loaded and a circle drawn."""
    def make(code):
        settings.setValue("experiments/collection_dir", str(tmp_path / "collection"))
        i18n.install_language(code)
        window = make_window("lecture-ox", (1500, 950))
        window.draw_example("circle")
        window.live.run_now()
        return window
    return make


def shown_message(window) -> str:
    """What the window said last: the message box's text (the status bar says the same)."""
    box = window._message_box
    text = box.text()
    assert window.statusBar().currentMessage() == text
    box.close()
    return text


def assert_told_in(code, text, english, values):
    if code == "en":
        assert text == english
    else:
        assert text != english and english_left(text, values) == [], text


@pytest.mark.parametrize("code", ("en",) + CODES)
def test_a_malformed_model_file_is_explained_in_the_language(qtbot, language_window, tmp_path, monkeypatch, code):
    from PySide6.QtWidgets import QFileDialog
    from cnnviz.engine import ModelFileError, load_model as load
    from tests.engine.test_model_files import invalid_text, write
    window = language_window(code)
    model, source, pixels = window.model, window.model_source, window.canvas.image_array()
    cases = ["dense weight transposed", "missing input height", "kernel larger than input", "NaN literal",
             "unknown layer type", "duplicate layer names"]
    files = [write(tmp_path, invalid_text(case), f"broken-{i}.json") for i, case in enumerate(cases)]
    files.append(write(tmp_path, '{"format": "cnnviz-model",', "truncated.json"))
    for path in files:
        with pytest.raises(ModelFileError) as error:
            load(path)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, path=path, **kwargs: (str(path), ""))
        window.open_model_file()                                    # File → Open model file…
        assert_told_in(code, shown_message(window), str(error.value), [path])
        assert window.model is model and window.model_source == source
        assert window.model_combo.currentText() == source
        np.testing.assert_array_equal(window.canvas.image_array(), pixels)


@pytest.mark.parametrize("code", CODES)
def test_a_malformed_model_named_on_the_command_line_is_explained_in_the_language(make_window, settings, english,
                                                                                   tmp_path, code):
    from tests.engine.test_model_files import invalid_text, write
    path = write(tmp_path, invalid_text("conv weight wrong shape"), "broken.json")
    i18n.install_language(code)
    window = make_window(str(path))                                 # --model broken.json
    text = window._message_box.text()
    window._message_box.close()
    assert "broken.json" in text and english_left(text, [path]) == [], text
    assert window.model is not None and window.model_source != str(path)


@pytest.mark.parametrize("code", ("en",) + CODES)
def test_a_file_that_is_not_an_image_is_explained_in_the_language(qtbot, language_window, tmp_path, monkeypatch,
                                                                  code):
    from PySide6.QtWidgets import QFileDialog
    window = language_window(code)
    folder = tmp_path / "drawings"
    folder.mkdir()
    (folder / "photo.png").write_text("this is no image")
    (folder / "labels.csv").write_text("file,label\nphoto.png,circle\n")
    collected = len(window.experiments.collection.drawings)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    window.experiments.collection_panel.import_dialog()             # Experiments → Import collection…
    english = "Imported 0 drawings; 1 skipped:\nphoto.png: not a readable image"
    assert_told_in(code, shown_message(window), english, ["photo.png"])
    assert len(window.experiments.collection.drawings) == collected
    (folder / "labels.csv").unlink()
    window.experiments.collection_panel.import_dialog()
    english = f"{folder} has no labels.csv: export a collection first, or choose its folder"
    assert_told_in(code, shown_message(window), english, [folder, "labels.csv"])
    assert len(window.experiments.collection.drawings) == collected


@pytest.mark.parametrize("code", ("en",) + CODES)
def test_a_broken_scene_is_explained_in_the_language(qtbot, language_window, tmp_path, code):
    from cnnviz.scenes import SceneError, load_scene, scene_to_dict
    from cnnviz.ui.lecture.scene_state import capture_scene
    window = language_window(code)
    model, source, pixels = window.model, window.model_source, window.canvas.image_array()
    good = scene_to_dict(capture_scene(window.lecture))
    scenes = {}
    for name, change in (("no-weights", lambda d: d["model"]["layers"][0].pop("weight")),
                         ("future", lambda d: d.update(version=3)),
                         ("wide-pen", lambda d: d["canvas"].update(pen_width=500))):
        data = json.loads(json.dumps(good))
        change(data)
        scenes[name] = tmp_path / f"{name}.cnnscene"
        scenes[name].write_text(json.dumps(data), encoding="utf-8")
    scenes["truncated"] = tmp_path / "truncated.cnnscene"
    scenes["truncated"].write_text(json.dumps(good)[:200], encoding="utf-8")
    for path in scenes.values():
        with pytest.raises(SceneError) as error:
            load_scene(path)
        assert not window.lecture.open_scene(path)
        assert_told_in(code, shown_message(window), str(error.value), [path])
    big = scene_to_dict(capture_scene(window.lecture))
    big["canvas"]["size"] = 560                                     # drawn on another canvas: said by the UI
    data = tmp_path / "big.cnnscene"
    data.write_text(json.dumps(big), encoding="utf-8")
    assert not window.lecture.open_scene(data)
    english = f"{data}: the scene was drawn on a 560-pixel canvas; this canvas has 280 pixels"
    assert_told_in(code, shown_message(window), english, [data])
    assert window.model is model and window.model_source == source
    np.testing.assert_array_equal(window.canvas.image_array(), pixels)


@pytest.mark.parametrize("code", CODES)
def test_the_shipped_models_descriptions_are_shown_in_the_language(qtbot, language_window, code):
    from cnnviz.engine import load_model as load
    window = language_window(code)
    for name in shipped_names():
        description = load(name).description
        assert window.load_model(name)
        shown = window.statusBar().currentMessage()
        assert shown.startswith(f"{name}: ") and shown != f"{name}: {description}"
        assert english_left(shown, [name, "adam", "ReLU"]) == [], shown
        for number in re.findall(r"\d+(?:\.\d+)?", description):
            assert number in shown


def shipped_names():
    from cnnviz.engine import shipped_models
    names = shipped_models()
    assert {"lecture-ox", "ox-cnn"} <= set(names)
    return names


# -- model edits, training in the app, saving ------------------------------------------------------------------
# What the engine says when a model edit cannot be made, the description of a network trained in the app, and why
# a file could not be written fit templates too; what the interface itself says is translated with tr().

def _edit_messages() -> list[str]:
    """Every message of an edit the engine refuses: each impossible setting the layer controls can ask for (their
    spin boxes' whole ranges and the values just outside them, every choice of their lists) on every conv and
    pool layer of the shipped models and of the engine tests' model, and the filter edits tests/engine/test_edit.py
    refuses."""
    from cnnviz.engine import load_model as load, shipped_models
    from cnnviz.analysis import edit
    from cnnviz.analysis.edit import EditError
    from cnnviz.ui.layer_controls import MAX_SPIN
    from tests.analysis.test_edit import multi_model

    rng = np.random.default_rng(0)
    messages = []

    def refused(action, expected=True):
        try:
            action()
        except EditError as error:
            messages.append(str(error))
        else:
            assert not expected, "the edit was made"

    models = [load(name) for name in shipped_models()] + [multi_model(), multi_model(flip=True)]
    for model in models:
        for layer in model.layers:
            name = layer.name
            if layer.kind == "conv2d":
                changes = [{key: (v, v)} for v in range(-1, MAX_SPIN + 2)
                           for key in ("padding", "stride", "kernel_size")]
                changes += [{"similarity": "euclid"}, {"gamma": 0.0}, {"gamma": -1.0}, {"gamma": float("nan")},
                            {"gamma": "wide"}, {"activation": "softplus"}, {"dilation": 2}, {}]
            elif layer.kind == "pool2d":
                changes = [{key: (v, v)} for v in range(0, MAX_SPIN + 2) for key in ("size", "stride", "output_size")]
                changes += [{"size": (v, v), "stride": (v, v)} for v in range(0, MAX_SPIN + 2)]
                changes += [{"mode": "median"}, {"output_size": (2, 2), "size": (2, 2)}, {"dilation": 2}]
            else:
                changes = [{"size": (2, 2)}]
            for change in changes:
                refused(lambda: edit.apply_change(model, name, change, rng=rng), expected=False)
        for layer in model.layers:                                   # no rng: a later layer cannot be re-initialised
            if layer.kind == "conv2d":
                refused(lambda: edit.apply_change(model, layer.name, {"padding": (3, 3)}), expected=False)
    model = multi_model()
    for preset in edit.PRESETS + ("blob",):
        for size in (1, 2, 4, (3, 4), (4, 3)):
            refused(lambda: edit.filter_preset(preset, size), expected=False)
    refused(lambda: edit.apply_preset(model, "conv2", 2, "zero", channel=4))
    refused(lambda: edit.apply_preset(model, "conv2", 7, "zero"))
    for kwargs in (dict(filter_index=9, weights=np.zeros((3, 3))), dict(filter_index=0, weights=np.zeros((2, 2))),
                   dict(filter_index=0, weights=[["a"] * 3] * 3), dict(filter_index=0, weights=np.full((3, 3), np.inf)),
                   dict(filter_index=0, weights=np.zeros((3, 3)), bias=float("inf"))):
        refused(lambda: edit.set_filter(model, "conv1", **kwargs))
    refused(lambda: edit.set_filter(model, "dense", 0, np.zeros((3, 3))))
    refused(lambda: edit.set_filter(model, "conv7", 0, np.zeros((3, 3))))
    refused(lambda: edit.set_pool_options(model, "conv1", mode="max"))
    refused(lambda: edit.set_conv_options(model, "pool1", padding=1))
    refused(lambda: edit.set_activation(model, "conv1", "softplus"))
    refused(lambda: edit.set_activation(model, "pool1", "relu"))
    refused(lambda: edit.apply_change(model, "flatten", {"size": 2}))
    refused(lambda: edit.apply_change(model, "conv1", {}))
    refused(lambda: edit.set_conv_options(model, "conv2", stride=1))
    return list(dict.fromkeys(messages))


def _training_messages() -> list[str]:
    """The descriptions the Training dock writes (every architecture, start and similarity, and a hand-set model
    that fits nowhere), and what a failed run says (as the worker reports it)."""
    from cnnviz.engine import load_model as load
    from cnnviz.analysis import edit
    from cnnviz.engine.architectures import ARCHITECTURES
    from cnnviz.engine.recipes import starting_model
    import pickle
    from cnnviz import jobs
    from cnnviz.jobs import TrainingRequest, training_run
    from cnnviz.messages import as_message
    from cnnviz.ui.experiments.training_network import app_description

    hand_set = load("lecture-ox")
    wide = edit.set_conv_options(hand_set, "conv1", kernel_size=5, rng=np.random.default_rng(0)).model
    messages = []
    for arch in ARCHITECTURES:
        for start in (None, hand_set, wide):
            for similarity in ("dot", "cosine", "rbf"):
                _, notes = starting_model(arch, np.random.default_rng(0), similarity=similarity, hand_set=start)
                messages.append(app_description(notes))
    with pytest.raises(ValueError) as error:
        next(training_run(load("ox-cnn"), TrainingRequest((), synthetic=0), (28, 28), False))
    messages.append(str(error.value))
    said = message(jobs.FAILED_WITH, kind="ValueError", reason=as_message(error.value))   # as the worker says it
    assert pickle.loads(pickle.dumps(said)) == said and repr(pickle.loads(pickle.dumps(said))) == repr(said)
    messages += [str(jobs.JobError(said)), str(jobs.JobError(message(jobs.WORKER_DIED, code=-9))),
                 str(jobs.JobError(message(jobs.WORKER_GONE)))]
    return messages


def _save_messages(tmp_path, monkeypatch) -> list[str]:
    """Why a model, a scene or an animation could not be written: the error and the reason taken from it."""
    import errno
    import os
    from cnnviz import files as io
    from cnnviz.engine import load_model as load, save_model
    from cnnviz.viz.animation import write_animation

    model = load("lecture-ox")
    (tmp_path / "f.txt").write_text("a file where a folder should be")
    errors = []
    for target in (tmp_path / "f.txt" / "m.json", tmp_path / "f.txt" / "sub" / "m.json", tmp_path):
        with pytest.raises(OSError) as error:
            save_model(model, target)
        errors.append(error.value)
    for reason in (errno.EACCES, errno.ENOSPC, errno.EROFS):
        with monkeypatch.context() as patch:
            patch.setattr(io.os, "open", lambda *args, reason=reason: (_ for _ in ()).throw(
                OSError(reason, os.strerror(reason))))
            with pytest.raises(OSError) as error:
                save_model(model, tmp_path / "m.json")
        errors.append(error.value)
    with monkeypatch.context() as patch:                                      # a full disk while writing
        patch.setattr(io.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))))
        with pytest.raises(OSError) as error:
            save_model(model, tmp_path / "m.json")
    assert str(error.value) == "[Errno 28] No space left on device"
    errors.append(error.value)
    frames = [np.zeros((8, 8, 3), np.uint8)]
    for name in ("drawing.avi", "drawing"):
        with pytest.raises(ValueError) as error:
            write_animation(frames, tmp_path / name)
        errors.append(error.value)
    return [str(e) for e in errors] + [io.error_reason(e) for e in errors]


def test_every_message_about_an_impossible_edit_a_trained_model_or_a_failed_save_is_translated(
        qapp, english, tmp_path, monkeypatch):
    edits = _edit_messages()
    assert len(edits) > 150
    for words in ("does not fit", "cannot pool", "this change cannot be made", "random generator", "preset needs",
                  "must be 1 or more", "must be 0 or more", "filters 0 to", "not both"):
        assert any(words in m for m in edits), words
    messages = edits + _training_messages() + _save_messages(tmp_path, monkeypatch)
    values = [tmp_path, "softplus", "leaky_relu", "euclid", "median", "dilation", "blob", "wide", "inf"]
    assert_translated_everywhere(messages, values, translated_names=(
        "horizontal", "vertical", "sobel_x", "sobel_y", "laplacian", "identity", "random", "\\", "/", "no suffix"))


def _edit_notes() -> list[str]:
    """The notes of every edit the layer controls and the filter editor can make on the shipped models and the
    engine tests' model: what the notes panel, the status bar and the undo and redo labels show."""
    from cnnviz.engine import load_model as load, shipped_models
    from cnnviz.analysis import edit
    from tests.analysis.test_edit import multi_model

    rng = np.random.default_rng(0)
    notes = []

    def made(action):
        try:
            result = action()
        except edit.EditError:
            return None
        notes.extend(result.notes)
        return result

    models = [load(name) for name in shipped_models()] + [multi_model(), multi_model(flip=True)]
    for model in models:
        for layer in model.layers:
            name = layer.name
            if layer.kind == "conv2d":
                changes = [{key: (v, v)} for v in range(0, 8) for key in ("padding", "stride", "kernel_size")]
                changes += [{"flip": flip} for flip in (False, True)] + [{"gamma": 2.0}]
                changes += [{"activation": function} for function in ("relu", "tanh", "identity", "leaky_relu")]
                for similarity in ("dot", "cosine", "rbf"):
                    changed = made(lambda: edit.apply_change(model, name, {"similarity": similarity}, rng=rng))
                    for other in ("dot", "cosine", "rbf") if changed else ():
                        made(lambda: edit.apply_change(changed.model, name, {"similarity": other, "gamma": 3.0}))
                for preset in edit.PRESETS:
                    for channel in (None, 0):
                        made(lambda: edit.apply_preset(model, name, 0, preset, channel=channel, rng=rng))
                made(lambda: edit.set_filter(model, name, 0, layer.weight[0]))
                made(lambda: edit.set_filter(model, name, 0, layer.weight[0], 0.5))
            elif layer.kind == "pool2d":
                changes = [{key: (v, v)} for v in range(1, 8) for key in ("size", "stride", "output_size")]
                changes += [{"mode": mode} for mode in ("max", "min", "avg")] + [{"size": (2, 2), "stride": (2, 2)}]
            elif layer.kind == "activation":
                changes = [{"activation": "tanh"}]
            else:
                continue
            for change in changes:
                made(lambda: edit.apply_change(model, name, change, rng=rng))
    made(lambda: edit.set_conv_options(multi_model(), "conv1", kernel_size=(2, 5), rng=rng))
    return list(dict.fromkeys(notes))


def test_every_note_of_an_edit_is_translated(qapp, english):
    notes = _edit_notes()
    assert len(notes) > 250
    assert [n for n in notes if not said_by_templates(n)] == []
    for code in CODES:
        i18n.install_language(code)
        for note in notes:
            shown = engine_text(note)
            assert shown != note, note
            assert english_left(shown, ["leaky_relu"]) == [], (note, shown)


@pytest.mark.parametrize("code", ("en",) + CODES)
def test_an_impossible_layer_setting_is_explained_in_the_language(qtbot, language_window, code):
    window = language_window(code)
    c, model = window.inspect, window.model
    controls = c.model_dock.controls
    cases = [("conv1", controls.kernel, 29, "layer 'conv1': a 29x29 kernel with padding 0 does not fit its 28x28 "
                                            "input (out = floor((n + 2p - k) / s) + 1 would be 0); nothing was "
                                            "changed"),
             ("conv1", controls.stride, 26, "this change cannot be made, nothing was changed: layer 'pool1': cannot "
                                            "pool a 1x1 input onto a 2x2 grid"),
             ("pool1", controls.grid, 29, "layer 'pool1': cannot pool a 26x26 input onto a 29x29 grid; nothing was "
                                          "changed")]
    for layer, spin, value, english in cases:
        assert c.select_layer(layer)
        before = spin.value()
        spin.setValue(value)
        assert window.model is model and spin.value() == before              # refused; the knob goes back
        assert window.statusBar().currentMessage() == controls.error_text
        assert_told_in(code, controls.error_text, english, [])
    assert c.select_layer("conv1")
    controls.kernel.setValue(4)                                              # a 4x4 kernel has no middle row
    assert window.model.layer("conv1").kernel_size == (4, 4)
    english = "conv1: kernels resized from 3x3 to 4x4 (zero-padded around the centre)"
    assert_told_in(code, window.statusBar().currentMessage(), f"{english}; conv1: output 2 x 26 x 26 -> 2 x 25 x 25",
                   [])
    assert_told_in(code, c.undo_action.text(), f"Undo model edit: {english[:47]}\u2026", [])
    assert c.undo()
    assert_told_in(code, window.statusBar().currentMessage(), f"Undone: {english}", [])
    assert c.redo()
    c.edit_filter("conv1", 0)
    assert not c.filter_editor.apply_preset("horizontal")
    english = "the 'horizontal' preset needs an odd kernel height of at least 3 (a middle row), not 4x4. Not applied."
    assert_told_in(code, c.filter_editor.hint_text, english, [])


@pytest.mark.parametrize("code", ("en",) + CODES)
def test_a_failed_save_says_why_in_the_language(qtbot, language_window, tmp_path, monkeypatch, code):
    """Saving the model, a trained model or a scene, or exporting a figure or the collection, where a regular
    file stands in for a folder: the reason the system gives is in the language too."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog
    window = language_window(code)
    window.experiments.add_circle()
    (tmp_path / "f.txt").write_text("a file where a folder should be: unwritable even for root")
    model = window.model
    chosen = {}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (chosen["path"], ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: chosen["path"])
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *args, **kwargs: (items[0], True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args, **kwargs: (640, True))
    training = window.experiments.training
    training.model = model                                                  # as after a run

    def save_model_as():
        assert window.inspect.save_to(chosen["path"]) is None
    cases = [
        ("m.json", save_model_as, "Could not save the model to {0}: [Errno 20] cannot write '{0}': Not a directory. "
                                  "Nothing was lost: the edited model is still open."),
        ("trained.json", training.save_dialog, "[Errno 20] cannot write '{0}': Not a directory"),
        ("talk.cnnscene", window.lecture.save_scene_dialog,
         "Could not save the scene: [Errno 20] cannot write '{0}': Not a directory"),
        ("pipeline.png", window.lecture.export_figure_dialog, "Could not export the figure to {0}: Not a directory"),
        ("export", window.experiments.collection_panel.export_dialog,
         "Could not export the collection to {0}: Not a directory")]
    for name, action, english in cases:
        chosen["path"] = str(tmp_path / "f.txt" / name)
        action()
        assert_told_in(code, shown_message(window), english.format(chosen["path"]), [chosen["path"]])
    chosen["path"] = str(tmp_path / "pipeline.jpg")
    window.lecture.export_figure_dialog()
    english = f"Could not export the figure to {chosen['path']}: 'pipeline.jpg': a figure is saved as .png or .svg, " \
              f"not '.jpg'"
    assert_told_in(code, shown_message(window), english, [chosen["path"]])
    assert window.model is model and (tmp_path / "f.txt").is_file()


@pytest.mark.parametrize("code", ("en",) + CODES)
def test_a_model_trained_in_the_app_is_described_in_the_language(qtbot, language_window, code):
    from cnnviz.engine.train import TrainConfig
    from tests.ui.test_experiments_training import request_for
    window = language_window(code)
    training = window.experiments.training
    training.network.arch_combo.setCurrentText("quadrants")
    training.network.start_combo.setCurrentIndex(training.network.start_combo.findData("hand-set"))
    training.network.similarity_combo.setCurrentIndex(training.network.similarity_combo.findData("cosine"))
    said = []
    window.statusBar().messageChanged.connect(said.append)
    assert training.start(request_for(window, synthetic=100, config=TrainConfig(epochs=1, batch_size=32)))
    model = training.model
    assert model.description == ("trained in the app; quadrants: random (He) initial weights; conv1: 2 of 2 filters "
                                 "start from lecture-ox's; convolutions use cosine similarity")
    english = f"{model.name}: {model.description}"
    assert_told_in(code, window.statusBar().currentMessage(), english, [model.name, "lecture-ox"])
    assert_told_in(code, window.model_combo.currentText(), f"{model.name} (training)", [model.name])
    qtbot.waitUntil(lambda: not training.running, timeout=30000)
    assert window.model is model and window.model_source == model.name == "quadrants-cosine-trained"
    described = [text for text in said if text.startswith(f"{model.name}: ")]
    assert described
    for text in described:
        assert_told_in(code, text, english, [model.name, "lecture-ox"])


@pytest.mark.parametrize("code", ("en",) + CODES)
def test_the_training_dock_and_the_collection_refuse_in_the_language(qtbot, language_window, code):
    from cnnviz.engine import load_model as load
    window = language_window(code)
    other = load("lecture-ox")
    other.class_names = ("cat", "dog")
    window.set_model(other, "pets")
    training = window.experiments.training
    training.network.finetune_radio.setChecked(True)
    assert not training.start()
    english = "the current model's classes are cat, dog; the collection has circle, cross"
    assert_told_in(code, shown_message(window), english, ["cat, dog", "circle, cross"])
    window.canvas.clear()
    assert not window.experiments.collection_panel.add_current("circle")
    assert_told_in(code, window.statusBar().currentMessage(), "the canvas is empty: draw a \u25cb or a \u00d7 first",
                   [])
