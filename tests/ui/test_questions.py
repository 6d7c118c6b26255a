"""Help -> Questions: each question sets up its model, drawing, pinned cell, stage and caption."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from cnnviz.engine import load_model

from cnnviz.lecture_questions import QUESTIONS, caption, question, question_model


@pytest.fixture
def window(make_window, qtbot):
    return make_window("lecture-ox", size=(1280, 720))


def test_every_question_leaves_the_state_it_promises(window, qtbot):
    questions = window.questions
    for q in QUESTIONS:
        questions.actions[q.key].trigger()           # as from the Help -> Questions menu
        if q.training:                               # the run trains a new network of random filters
            training = window.experiments.training
            assert training.running and window.model.name == "quadrants-trained"
            training.stop()
        else:
            assert window.model.name == q.model
        assert not window.canvas.is_blank()
        assert window.session.trace is not None
        assert window.session.pinned == q.pin
        if q.pin is not None:
            assert window.inspect.inspector.pinned and window.inspect.inspector.target == q.pin   # shown there
        assert window.stage_focus.name == (q.focus or "")
        assert questions.caption == caption(q, question_model(q))       # English in this window
        assert window.statusBar().currentMessage() == questions.caption
        if q.dock:
            assert window.experiments.docks[q.dock].isVisible()


def test_the_page_lists_every_question_and_a_double_click_sets_it_up(window, qtbot):
    page = window.questions.show_page()
    assert page.list.count() == len(QUESTIONS)
    row = [q.key for q in QUESTIONS].index("padding")
    item = page.list.item(row)
    assert item.text() == question("padding").title
    page.list.itemActivated.emit(item)
    assert window.model.shapes()[0] == (2, 28, 28)
    assert window.session.pinned == ("cell", "conv1", (0, 0, 0))
    page.close()


def test_titles_and_captions_follow_the_interface_language(window, qtbot):
    for code, title, said in (("ja", "ソフトマックスはどうやって百分率を作るのか？", "ソフトマックス"),
                              ("ru", "Как softmax получает проценты?", "softmax")):
        shown = window.set_language(code)
        qtbot.addWidget(shown)
        qtbot.waitExposed(shown)
        assert shown.questions.actions["softmax"].text() == title
        shown.questions.actions["softmax"].trigger()
        assert said in shown.questions.caption and "Softmax raises" not in shown.questions.caption
        assert shown.statusBar().currentMessage() == shown.questions.caption
        window = shown.set_language("en")
        qtbot.addWidget(window)
    assert window.questions.actions["softmax"].text() == "How does softmax make percentages?"


def test_the_dense_layer_question_lays_its_weights_out_by_quadrant(window, qtbot):
    window.questions.actions["dense-layer"].trigger()
    panel = window.questions.weights
    assert panel.isVisible()
    dense = window.model.layer("dense").params["weight"]          # (2 classes, 2 filters x 2 x 2 quadrants)
    assert [label.split()[0] for label, _ in panel.rows] == ["circle", "cross"]
    for k, (_, grids) in enumerate(panel.rows):
        assert [a.shape for _, a in grids] == [(2, 2), (2, 2)]      # one quadrant grid per filter's pooled map
        np.testing.assert_array_equal(np.stack([a for _, a in grids]).ravel(), dense[k])
    window.questions.actions["softmax"].trigger()                  # another question puts the panel away
    assert not panel.isVisible()


def test_hand_set_and_learned_filters_side_by_side(window, qtbot):
    window.questions.actions["learned-filters"].trigger()
    panel = window.questions.weights
    (hand_label, hand), (learned_label, learned) = panel.rows
    assert "lecture-ox" in hand_label and "ox-cnn" in learned_label
    np.testing.assert_array_equal(np.stack([a for _, a in hand]), load_model("lecture-ox").layer("conv1").params["weight"][:, 0])
    np.testing.assert_array_equal(np.stack([a for _, a in learned]), window.model.layer("conv1").params["weight"][:, 0])
    assert len(learned) == 8 and window.model.name == "ox-cnn"       # the pipeline shows the learned ones at work


def test_backpropagation_trains_random_filters_slowly_with_the_filters_in_view(window, qtbot):
    window.questions.actions["backpropagation"].trigger()
    training = window.experiments.training
    try:
        request = training.request()
        assert training.running and request.step_seconds > 0 and request.weights_every == 1
        assert training.network.start_combo.currentData() == "random" and training.network.arch_combo.currentText() == "quadrants"
        assert window.experiments.docks["training"].isVisible()
        # before -> after above the fold: the filters are inside the dock's visible area, above the curves
        dock = window.experiments.docks["training"]
        top = training.filters.title.mapTo(dock, training.filters.title.rect().topLeft()).y()
        assert 0 <= top < dock.height() and training.filters.y() < training.plots.y()
        assert training.filters.isVisible()
    finally:
        training.stop()


def test_radial_basis_inspector_speaks_of_distance_not_products(window, qtbot):
    window.questions.actions["radial-basis"].trigger()
    inspector = window.inspect.inspector
    texts = " ".join([inspector._formula.text(), inspector._inner.text()] +
                     [inspector._table.item(0, c).text() for c in range(inspector._table.columnCount())
                      if inspector._table.item(0, c) is not None])
    assert "distance" in texts and "products" not in texts and "(patch \u2212 filter)\u00b2" in texts
    from cnnviz.analysis.explain import explain_conv
    cell = explain_conv(window.session.trace, "conv1", (0, 0, 12, 12))
    assert cell.similarity == "rbf"
    assert np.isclose(np.exp(-cell.gamma * cell.squared_distance), cell.score, rtol=1e-5)
