"""The switch "Standardise like the training data" (a check box under the canvas, shown for models with a
Standardize stage, and the Model menu), the session's ``standardize``.

On (the default) a model's Standardize stage computes (x − mean) / std with the mean and std of its training
data; off, the stage passes the input through, so the pipeline, the inspector and the prediction show what
the network makes of a photo that was not standardised the same way. Enabled only for models with a
Standardize stage; the stage's title says "off" while it is switched off.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from .panels import stage_title


class StandardiseSwitch(QObject):
    """A checkable action bound to ``session.standardize``."""

    def __init__(self, session, host):
        super().__init__(host.parent)
        self.host = host
        self.session = session
        self.action = QAction(self.tr("Standardise like the training data"), self)
        self.action.setCheckable(True)
        self.action.setChecked(self.session.standardize)
        self.action.setToolTip(self.tr(
            "On: the input goes through (x \u2212 mean) / std with the mean and std of the training data, as the "
            "network learned. Off: the network sees the picture as it is, like a photo nobody standardised."))
        self.action.toggled.connect(self._on_q_toggled)
        host.menu("&Model").addSeparator()
        host.menu("&Model").addAction(self.action)
        # in sight, under the canvas: a box and a label that wraps, so a narrow canvas column (presentation mode,
        # a dock open) is not held wide by the sentence; a click on the words toggles it too
        self.check_box = QCheckBox()
        self.check_box.setToolTip(self.action.toolTip())
        self.check_box.setChecked(self.session.standardize)
        self.check_box.toggled.connect(self.action.setChecked)
        self.action.toggled.connect(self.check_box.setChecked)
        self.label = QLabel(self.action.text())
        self.label.setWordWrap(True)
        self.label.setToolTip(self.action.toolTip())
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.mousePressEvent = lambda event: self.check_box.toggle()
        self.row = QWidget()
        row = QHBoxLayout(self.row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check_box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)
        host.add_under_canvas(self.row)
        self.session.standardize_changed.connect(self._on_standardize_changed)
        self.session.model_changed.connect(self._on_model_changed)
        host.pipeline.rebuilt.connect(self._mark_stage)
        self._on_model_changed(self.session.model)

    @property
    def available(self) -> bool:
        model = self.session.model
        return model is not None and model.standardize_layer is not None

    def _on_q_toggled(self, checked: bool) -> None:
        self.session.set_standardize(checked)

    def _on_standardize_changed(self, on: bool) -> None:
        if self.action.isChecked() != on:
            self.action.setChecked(on)          # toggled -> set_standardize(on): already so, nothing runs
        self._mark_stage()
        if self.available:
            self.host.status(
                self.tr("The input is standardised like the training data.") if on else
                self.tr("Standardisation is off: the network sees the picture as it is, not as it learned."), 10000)

    def _on_model_changed(self, model) -> None:
        self.action.setEnabled(self.available)
        self.row.setVisible(self.available)
        self._mark_stage()

    def _mark_stage(self) -> None:
        """The Standardize stage's title says "off" while the switch is off (the model has one)."""
        model = self.session.model
        if model is None or model.standardize_layer is None:
            return
        panel = self.host.pipeline.panels.get(model.standardize_layer.name)
        if panel is None:
            return
        base = stage_title(panel.stage)            # "standardize · 3 × 32 × 32": "off" goes before the shape,
        name, sep, shape = base.partition(" \u00b7 ")   # so a title too long for its stage loses the shape first
        off = self.tr("off")                         # (lupdate does not read tr() inside an f-string)
        panel.title_text = f"{name} \u00b7 {off}{sep}{shape}" if not self.session.standardize else base
        concealed = panel.stage.name in self.host.pipeline.hidden       # the pipeline adds "?" to its title_text
        panel.title.setText(f"{panel.title_text}  \u00b7  ?" if concealed else panel.title_text)

    def title_of_stage(self) -> str | None:
        """The Standardize stage's title as shown now (None without one)."""
        model = self.session.model
        if model is None or model.standardize_layer is None:
            return None
        panel = self.host.pipeline.panels.get(model.standardize_layer.name)
        if panel is None:
            return None
        return panel.title.text()


def install(session, host) -> StandardiseSwitch:
    return StandardiseSwitch(session, host)
