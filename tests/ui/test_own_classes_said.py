"""A model of the user's own classes is named as such where the window speaks to the user: the line over the
canvas names the model's classes, and a training run that cannot use synthetic sketches for the collection's own
classes is refused at once, in the interface language, before anything changes."""
import numpy as np
import pytest

from cnnviz.engine import save_model
from cnnviz.engine.architectures import build
from cnnviz.ui import i18n

from .experiments_helpers import experiment_window  # noqa: F401


@pytest.fixture
def own_model(tmp_path):
    model = build("quadrants", np.random.default_rng(0), classes=("ring", "kiss", "roof"))
    model.name = "mine"
    return save_model(model, tmp_path / "mine.json")


def test_the_line_over_the_canvas_names_the_models_classes(make_window, own_model):
    window = make_window("lecture-ox")
    assert window.canvas_hint.text() == "Draw a \u25cb or a \u00d7"            # the lecture's two, as always
    window.load_model("selfedu-rgb")
    assert window.canvas_hint.text() == "Draw one of: \u25cb, \u00d7, triangle"
    window.load_model(str(own_model))
    hint = window.canvas_hint.text()
    assert hint == "Draw one of: ring, kiss, roof" and "\u25cb" not in hint
    window.load_model("ox-cnn")
    assert window.canvas_hint.text() == "Draw a \u25cb or a \u00d7"


def test_ten_long_class_names_are_counted_over_the_canvas_and_named_on_it(make_window, tmp_path):
    names = ("Eichhörnchen", "Schmetterling", "Straßenbahn", "Regenschirm", "Wasserflasche", "Fahrradhelm",
             "Kaffeetasse", "Schreibtischlampe", "Gießkanne", "Zahnbürste")
    path = save_model(build("ox-cnn", np.random.default_rng(0), classes=names), tmp_path / "ten.json")
    window = make_window(str(path))
    assert window.canvas_hint.text() == "Draw one of the model's 10 classes"     # not six lines over the canvas
    assert all(name in window.canvas.toolTip() for name in names)


@pytest.mark.parametrize("code", ["ja", "ru"])
def test_the_line_over_the_canvas_is_translated(code):
    try:
        i18n.install_language(code)
        two, three = i18n.draw_hint(("circle", "cross")), i18n.draw_hint(("ring", "kiss", "roof"))
    finally:
        i18n.install_language("en")
    assert "Draw" not in two and "Draw" not in three
    assert all(name in three for name in ("ring", "kiss", "roof"))


@pytest.mark.parametrize("code", ["en", "ja", "ru"])
def test_synthetic_sketches_for_own_classes_are_refused_before_anything_changes(experiment_window, code):
    window = experiment_window("ox-cnn")
    panel, training = window.experiments.collection_panel, window.experiments.training
    assert panel.rename_class("circle", "ring")
    training.data.synthetic_spin.setValue(1200)                   # the dock's default
    model, could_undo = window.model, window.session.history.can_undo
    try:
        i18n.install_language(code)
        started = training.start()
        said = window.statusBar().currentMessage()
    finally:
        i18n.install_language("en")
    assert not started and not training.running
    assert window.model is model                                  # the model was not swapped for a fresh one
    assert window.session.history.can_undo == could_undo       # no model edit recorded
    assert "ring" in said and "Error" not in said                 # its own sentence, no "MessageError:" before it
    if code == "en":
        assert said.startswith("synthetic sketches exist only for circle, cross, triangle")
    else:
        assert "synthetic sketches" not in said                   # in the interface language


def test_a_failed_job_reports_the_message_its_error_carries():
    from cnnviz.data.augment import NO_SYNTHETIC_SHAPE
    from cnnviz.jobs import JobError
    from cnnviz.messages import Message, message
    from cnnviz.ui.experiments.workers import failure_text
    said = message(NO_SYNTHETIC_SHAPE, shapes="circle, cross, triangle", name="ring")
    assert failure_text(JobError(said)) is said and isinstance(failure_text(JobError(said)), Message)
    assert failure_text(RuntimeError("boom")) == "RuntimeError: boom"      # a bug still says what it was


def test_the_add_to_class_button_shows_the_chosen_class_shortcut(experiment_window):
    from PySide6.QtGui import QKeySequence
    window = experiment_window("ox-cnn")
    panel, collection = window.experiments.collection_panel, window.experiments.collection
    assert panel.new_class("roof")                                    # chosen: the third class
    assert panel.chosen_class() == "roof" and panel.add_to_class.text().endswith("(Ctrl+3)")
    action = next(a for a in panel.class_actions if a.shortcut() == QKeySequence("Ctrl+3"))
    window.canvas.set_strokes([[(60, 60), (200, 200)]], 14)
    action.trigger()                                                  # what the button says is what Ctrl+3 does
    assert collection.drawings[-1].label == "roof"
    panel.class_combo.setCurrentIndex(0)
    assert panel.add_to_class.text().endswith("(Ctrl+1)")


def test_long_class_names_leave_the_probabilities_in_the_result_panel(qapp):
    from PySide6.QtGui import QFontMetricsF
    from cnnviz.ui.result_panel import ResultPanel
    long = ("Eichhörnchen", "Schmetterling", "Schreibtischlampe", "Wasserflasche")
    panel = ResultPanel(long, logits_name="dense", softmax_name="softmax", logits_level=1.0)
    metrics = QFontMetricsF(panel._body)
    for width in (200.0, 260.0):                                      # the panel's width at 1280 x 720 and more
        names, name_width, bar_width, value_width = panel.columns(metrics, width)
        assert name_width + bar_width + value_width <= width + 1e-6   # "25.0 %" is drawn inside, not cut off
        assert bar_width >= 40
        assert all(metrics.horizontalAdvance(n) <= name_width for n in names)
        assert any(n.endswith("\u2026") for n in names)               # shortened, said so with "…"
    names, *_ = ResultPanel(("ring", "kiss"), logits_name="d", softmax_name="s", logits_level=1.0).columns(metrics, 260)
    assert names == ["ring", "kiss"]                                  # short names as they are


@pytest.mark.parametrize("code", ["ja", "ru"])
def test_selfedu_rgbs_third_class_is_translated_as_the_other_two(code):
    try:
        i18n.install_language(code)
        names = [i18n.class_name(n) for n in ("circle", "cross", "triangle")]
        hint = i18n.draw_hint(("circle", "cross", "triangle"))
        own = i18n.class_name("Dreieck")
    finally:
        i18n.install_language("en")
    assert "triangle" not in names and "triangle" not in hint       # not "丸, バツ, triangle" on a shipped model
    assert own == "Dreieck"                                         # the user's own names stay as they are
