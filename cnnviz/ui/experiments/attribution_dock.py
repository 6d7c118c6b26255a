"""Why did it say that? Saliency and the exact attribution of a logit, beside the logit itself.

Saliency: d logit_k / d input over the input as a diverging overlay. Exact attribution (for
piecewise-linear networks): the per-pixel contributions input x gradient along the active path,
whose sum plus the bias term is the logit; both numbers are shown side by side. For curved
networks the engine's reason is shown instead.
"""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cnnviz.analysis.attribution import attribute
from cnnviz.viz.colormap import diverging_table
from cnnviz.viz.experiments import attribution_sentence, overlay, symmetric_level

from ..explain_text import engine_text
from ..i18n import class_name
from .widgets import ArrayImage, FollowsTrace, caption

PREDICTED = "predicted"


class AttributionPanel(FollowsTrace, QWidget):
    """The attribution dock: class choice, saliency overlay, contributions, the sum and the logit."""

    def __init__(self, session, host, parent=None):
        super().__init__(parent)
        self.session, self.host = session, host
        self.attribution = None
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Explain the logit of")))
        self.class_combo = QComboBox()
        self.class_combo.currentIndexChanged.connect(self._on_q_class)
        row.addWidget(self.class_combo, 1)
        layout.addLayout(row)
        grid = QGridLayout()
        self.saliency_view = ArrayImage(minimum=150)
        self.saliency_view.set_title(self.tr("saliency: \u2202 logit / \u2202 input"))
        self.contribution_view = ArrayImage(minimum=150)
        self.contribution_view.set_title(self.tr("contributions: input \u00d7 gradient"))
        grid.addWidget(self.saliency_view, 0, 0)
        grid.addWidget(self.contribution_view, 0, 1)
        layout.addLayout(grid, 1)
        self.sum_label = caption(bold=True, points=12)
        self.logit_label = caption(bold=True, points=12)
        self.note = caption(points=10)
        for label in (self.sum_label, self.logit_label, self.note):
            layout.addWidget(label)
        session.trace_changed.connect(self._on_trace)
        session.model_changed.connect(self._on_model)
        self._on_model(session.model)

    @property
    def class_index(self) -> int | None:
        """The chosen class, or None for "the predicted one"."""
        data = self.class_combo.currentData()
        return None if data is None or data < 0 else int(data)

    def _on_model(self, model) -> None:
        current = self.class_combo.currentText()
        self.class_combo.blockSignals(True)
        self.class_combo.clear()
        self.class_combo.addItem(self.tr("the predicted class"), -1)
        for index, name in enumerate([] if model is None else model.class_names):
            self.class_combo.addItem(class_name(name), index)
        found = self.class_combo.findText(current)
        self.class_combo.setCurrentIndex(max(found, 0))
        self.class_combo.blockSignals(False)

    def _on_q_class(self, index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        model, trace = self.session.model, self.session.trace
        if model is None or trace is None:
            return
        k = self.class_index
        if k is None:
            k = int(trace.predicted[0])
        result = attribute(model, trace.input[0], k, strict=False)
        self.attribution = result
        ink = result.input[0]
        level = symmetric_level(result.saliency)
        self.saliency_view.set_rgba(overlay(ink, result.saliency[0], level))
        self.saliency_view.set_colour_bar(diverging_table(level), (f"\u2212{level:g}", "0", f"+{level:g}"))
        if not result.supported:
            self.contribution_view.setVisible(False)
            self.sum_label.setText(self.tr("No exact attribution for this model."))
            self.logit_label.setText(self.tr("logit({0}) = {1:+.5f}").format(result.class_name, result.logit))
            self.note.setText(result.reason)
            self.note.setStyleSheet("color: #b2182b")
            return
        self.contribution_view.setVisible(True)
        contributions = result.contributions[0]
        level_c = symmetric_level(contributions)
        self.contribution_view.set_rgba(overlay(ink, contributions, level_c))
        self.contribution_view.set_colour_bar(diverging_table(level_c), (f"\u2212{level_c:g}", "0", f"+{level_c:g}"))
        total_text, logit_text = map(engine_text, attribution_sentence(result.total, result.bias_term, result.logit))
        self.sum_label.setText(total_text)
        self.logit_label.setText(self.tr("{0} of {1}").format(logit_text, class_name(result.class_name)))
        self.note.setStyleSheet("")
        self.note.setText(self.tr("Along the active path (ReLUs on/off and pooling winners as they are now) the "
                                  "network is affine: every pixel adds input \u00d7 gradient; the bias term is "
                                  "what a blank input would give through the same path. Residual {0:.1e}.")
                          .format(result.residual))

    @property
    def displayed_total(self) -> float:
        return float("nan") if self.attribution is None else self.attribution.total
