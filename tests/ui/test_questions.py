"""Help -> Questions: each question sets up its model, drawing, pinned cell, stage and caption."""
import pytest
from PySide6.QtCore import Qt

from cnnviz.lecture_questions import QUESTIONS, caption, question, question_model


@pytest.fixture
def window(make_window, qtbot):
    return make_window("lecture-ox", size=(1280, 720))


def test_every_question_leaves_the_state_it_promises(window, qtbot):
    questions = window.questions
    for q in QUESTIONS:
        questions.actions[q.key].trigger()           # as from the Help -> Questions menu
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
