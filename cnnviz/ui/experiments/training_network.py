"""Which network a training run trains: the training dock's Network group (from scratch, with an
architecture, a start and a convolution similarity; or fine-tuning the session's model) and the model it builds."""
from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QRadioButton

from cnnviz.engine import ops
from cnnviz.engine.architectures import ARCHITECTURES
from cnnviz.engine.model_files import load_model
from cnnviz.messages import MessageError
from cnnviz.engine.recipes import starting_model, trained_in_app
from ..explain_text import engine_text

HAND_SET_MODEL = "lecture-ox"


def app_description(notes) -> str:
    """The description of a network built here to be trained (``starting_model``'s notes): a message, English as
    text (as model files keep descriptions), shown in the interface language by its id."""
    return trained_in_app(notes)


class NetworkChoice(QGroupBox):
    """Network: train a new one (architecture, starting filters, similarity) or fine-tune the current model."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Network"))
        grid = QFormLayout(self)
        self.scratch_radio = QRadioButton(self.tr("from scratch"))
        self.finetune_radio = QRadioButton(self.tr("fine-tune the current model"))
        self.scratch_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.scratch_radio)
        group.addButton(self.finetune_radio)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.scratch_radio)
        mode_row.addWidget(self.finetune_radio)
        grid.addRow(mode_row)
        self.arch_combo = QComboBox()
        self.arch_combo.addItems(list(ARCHITECTURES))
        grid.addRow(self.tr("Architecture"), self.arch_combo)
        self.start_combo = QComboBox()
        self.start_combo.addItem(self.tr("random filters (He)"), "random")
        self.start_combo.addItem(self.tr("lecture-ox's hand-set filters"), "hand-set")
        grid.addRow(self.tr("Start from"), self.start_combo)
        self.similarity_combo = QComboBox()
        for name, text in (("dot", self.tr("dot product (standard)")), ("cosine", self.tr("cosine similarity")),
                           ("rbf", self.tr("radial basis (Gaussian of distance)"))):
            self.similarity_combo.addItem(text, name)
        grid.addRow(self.tr("Conv similarity"), self.similarity_combo)
        self.scratch_radio.toggled.connect(self._on_q_mode)

    def _on_q_mode(self, scratch: bool) -> None:
        for widget in (self.arch_combo, self.start_combo, self.similarity_combo):
            widget.setEnabled(scratch)

    def network(self, session, classes):
        """(the model to show and train, its source name while it trains, and after) for the chosen mode; built in
        the GUI thread. Raises ValueError with a message in the interface language when it cannot be trained (and
        ModelFileError or OSError when the hand-set model's file cannot be read); ``classes`` are the collection's."""
        if self.finetune_radio.isChecked():
            model = session.model
            if model is None:
                raise ValueError(self.tr("there is no current model to fine-tune"))
            if set(model.class_names) != set(classes):      # labels index the model's own order
                raise ValueError(self.tr("the current model's classes are {0}; the collection has {1}").format(
                    ", ".join(model.class_names), ", ".join(classes)))
            source = session.source or model.name
            return model, source, source
        arch = self.arch_combo.currentText()
        hand_set = load_model(HAND_SET_MODEL) if self.start_combo.currentData() == "hand-set" else None
        similarity = self.similarity_combo.currentData()
        try:                                           # the collection's classes (2 to 10)
            model, notes = starting_model(arch, np.random.default_rng(), similarity=similarity, gamma=ops.RBF_GAMMA,
                                          hand_set=hand_set, classes=classes)
        except MessageError as exc:
            raise ValueError(engine_text(exc)) from None
        suffix = "" if similarity == "dot" else f"-{similarity}"
        model.name = f"{arch}{suffix}-trained"
        model.description = app_description(notes)
        return model, self.tr("{0} (training)").format(model.name), model.name
