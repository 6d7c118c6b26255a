"""Each pipeline stage's tooltip: what it is, its parameters and size formula, and what pointing at it does."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cnnviz.analysis import explain
from cnnviz.engine import Activation, Conv2D, Dense, Pool2D

# The translation context is "InspectController", where these texts have always been.


def set_stage_tooltips(pipeline, model, formula_text) -> None:
    """Put a tooltip on every panel's title and maps; ``formula_text`` formats ``explain.size_formulas``."""
    summary = {p.layer_name: p for p in explain.parameter_counts(model).layers}
    for name, panel in pipeline.panels.items():
        text = input_tooltip(panel.stage) if name == "input" else \
            stage_tooltip(model, name, panel.stage, summary.get(name), formula_text)
        panel.title.setToolTip(text)
        panel.view.setToolTip(text)


def input_tooltip(stage) -> str:
    return QCoreApplication.translate(
        "InspectController", "%s: the drawing as the network sees it (0 = paper, 1 = ink)") % stage.title


def stage_tooltip(model, name: str, stage, params, formula_text) -> str:
    layer = model.layer(name)
    lines = [stage.title]
    if params is not None and params.total:
        lines.append(QCoreApplication.translate("InspectController", "%s parameters: %s")
                     % (f"{params.total:,}", params.formula))
    else:
        lines.append(QCoreApplication.translate("InspectController", "no parameters"))
    formulas = explain.size_formulas(model, name)
    if formulas:
        lines.append(formula_text(formulas))
    if isinstance(layer, Activation):
        lines.append(QCoreApplication.translate("InspectController", "%s applied to every cell") % layer.function)
    if params is not None and params.comparison:
        lines.append(params.comparison)
    hints = {Conv2D: QCoreApplication.translate("InspectController",
                                                "Point at a map cell for its arithmetic, click to pin; click the "
                                                "filter left of a map to edit it; click this title for the layer's "
                                                "settings."),
             Pool2D: QCoreApplication.translate("InspectController",
                                                "Point at a cell to see the window it pooled; click this title for "
                                                "the layer's settings."),
             Activation: QCoreApplication.translate("InspectController", "Point at a cell for the sum behind it."),
             Dense: QCoreApplication.translate("InspectController", "Point at a unit for each input's contribution.")}
    lines.append(hints.get(type(layer), ""))
    return "\n".join(line for line in lines if line)
