"""Help -> Questions: every learner question one click away (issue 16).

Each menu entry (and each row of the Questions page) applies one ``cnnviz.lecture_questions.Question``
through the existing controllers: the model opens in the session, the drawing goes onto the canvas as
strokes (one undo step), the inspector pins the cell, a stage is enlarged or a dock opened, and the caption
stays in the status bar until something else is said.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from cnnviz.engine import load_model
from cnnviz.lecture_questions import QUESTIONS, Question, caption, question_model, question_strokes

from .explain_text import engine_text, translate
from .panels import font
from .weight_panel import WeightPanel


class QuestionsPage(QDialog):
    """The list of questions; double-click, Enter or Show sets one up (the page stays open)."""

    def __init__(self, questions: Questions, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Questions learners asked"))
        self.questions = questions
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose a question: the model, a drawing, the cell to look at and a one-line "
                               "answer are set up for you."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setFont(font(12))
        for q in QUESTIONS:
            item = QListWidgetItem(translate(q.title))
            item.setData(Qt.ItemDataRole.UserRole, q.key)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self._on_q_activated)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        show = buttons.addButton(self.tr("Show"), QDialogButtonBox.ButtonRole.ActionRole)
        show.clicked.connect(lambda: self._on_q_activated(self.list.currentItem()))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(560, 520)

    def _on_q_activated(self, item) -> None:
        if item is not None:
            self.questions.show(item.data(Qt.ItemDataRole.UserRole))


class Questions(QObject):
    """Sets up the question's demonstration; ``caption`` is the last caption shown (in the interface language)."""

    def __init__(self, session, host, *, pin, stage_focus, show_dock, start_training=None):
        super().__init__(host.parent)
        self.session = session
        self.host = host
        self.pin = pin                      # pin(layer, index): the inspector's pin, as a click on the cell
        self.stage_focus = stage_focus
        self.show_dock = show_dock          # show_dock("compare"): an experiment dock by its key
        self.start_training = start_training    # start_training(): random filters trained slowly (Training dock)
        self.weights: WeightPanel | None = None     # the dense layer's weights, or hand-set beside learned filters
        self.caption = ""
        self.current: Question | None = None
        self.page: QuestionsPage | None = None
        menu = host.menu("&Help").addMenu(self.tr("&Questions"))
        self.menu = menu
        self.page_action = host.action(self.tr("All questions\u2026"), self.show_page)
        menu.addAction(self.page_action)
        menu.addSeparator()
        self.actions = {}
        for q in QUESTIONS:
            action = host.action(translate(q.title), lambda checked=False, key=q.key: self.show(key))
            menu.addAction(action)
            self.actions[q.key] = action

    def show_page(self) -> QuestionsPage:
        if self.page is None:
            self.page = QuestionsPage(self, self.host.parent)
        if self.page.isVisible():
            self.page.raise_()          # already open, perhaps behind the window
        self.page.show()
        return self.page

    def show(self, key: str) -> None:
        """Set up the question ``key`` (see the module docstring)."""
        q = next(q for q in QUESTIONS if q.key == key)
        model = question_model(q)
        self.stage_focus.leave()
        self.host.open_model(model, q.model)
        canvas = self.host.canvas
        canvas.set_strokes(question_strokes(q, canvas.size_pixels), 16.0 * canvas.size_pixels / 280)
        self.host.live.run_now()
        if q.pin is None:
            self.session.set_pinned(None)
        elif q.pin[0] == "class":
            self.pin("class", (q.pin[1],))
        else:
            self.pin(q.pin[1], q.pin[2])
        if q.focus:
            self.stage_focus.focus(q.focus)
        if q.dock:
            self.show_dock(q.dock)
        if q.panel:
            self.show_weights(q.panel, model)
        elif self.weights is not None:
            self.weights.hide()
        if q.training and self.start_training is not None:
            self.start_training()
        self.current = q
        self.caption = engine_text(caption(q, model))
        self.host.status(self.caption, 0)


    def show_weights(self, panel: str, model) -> WeightPanel:
        """The weight panel: "dense" (``model``'s dense layer by the maps it reads) or "filters" (lecture-ox's
        hand-set filters beside ``model``'s learned ones)."""
        if self.weights is None:
            self.weights = WeightPanel(self.host.parent)
        if panel == "dense":
            self.weights.show_dense(model)
        else:
            self.weights.show_filters(load_model("lecture-ox"), model)
        return self.weights


def install(session, host, *, pin, stage_focus, show_dock, start_training=None) -> Questions:
    """Add Help -> Questions to the window behind ``host``: ``pin`` (the inspector's), ``stage_focus``,
    ``show_dock`` and ``start_training`` (the experiments') are how a question sets itself up."""
    return Questions(session, host, pin=pin, stage_focus=stage_focus, show_dock=show_dock,
                     start_training=start_training)
