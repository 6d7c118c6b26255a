"""Languages: the catalogues are complete and finished, the compiled files match them, switching the language
at run time changes every visible string and carries the user's work over, and the choice is remembered."""
import importlib.util
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

from cnnviz.engine import explain
from cnnviz.ui import i18n
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


def test_engine_sentences_fit_a_template(qapp, english):
    sentences = _engine_sentences()
    i18n.install_language("ja")
    for sentence in sentences:
        assert engine_text(sentence) != sentence, f"no template fits {sentence!r}"


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
    from cnnviz.engine import edit
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
DATA = re.compile(r"ox-cnn|lecture-ox|Trained by cnnviz[^\n]*|Hand-set[^\n]*|PyTorch, TensorFlow|Sobel [xy]|"
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
    return [window.experiments.training.loss_plot, window.experiments.training.accuracy_plot] + \
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
    scene = shown.experiments.training.loss_plot.scene()
    scene.contextMenuItem = shown.experiments.training.loss_plot.vb
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
