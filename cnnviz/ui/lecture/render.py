"""``python -m cnnviz render IMAGE --out FIG.png|FIG.svg``: the pipeline figure of one image, headless.

Everything that can be wrong with the request (the output type, the model, the image) is checked
before Qt starts; errors are ValueError/OSError with one-line messages for the CLI to print.
"""
from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from .export import FIGURE_FORMATS, MAX_WIDTH, MIN_WIDTH

VIEW_SIZE = (1700, 820)         # the pipeline's layout size in logical pixels (a wide slide)


def render_figure(image, *, model: str = "ox-cnn", out, width: int = 1920, target: str = "pipeline",
                  palette: str | None = None) -> Path:
    out = Path(out)
    if out.suffix.lower() not in FIGURE_FORMATS:
        raise ValueError(f"'{out.name}': the figure is written as .png or .svg, not '{out.suffix or 'no suffix'}'")
    if not MIN_WIDTH <= int(width) <= MAX_WIDTH:
        raise ValueError(f"--width must be {MIN_WIDTH} to {MAX_WIDTH} pixels, got {width}")
    from cnnviz.data import load_input
    from cnnviz.engine import load_model
    from cnnviz.viz.levels import calibrate_levels, example_inputs

    network = load_model(model)
    x = load_input(image, network.input_shape[1:], channels=network.input_shape[0],
                   crop=bool(network.preprocess.get("crop", False)))
    try:
        levels = calibrate_levels(network, example_inputs(network))
    except Exception:
        levels = calibrate_levels(network)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6  # noqa: F401  (before pyqtgraph)
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from cnnviz.session import Session

    from ..app import configure_pyqtgraph
    from ..pipeline import PipelineView
    from .export import export_figure, settle_layout

    configure_pyqtgraph()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = Session(palette=palette) if palette else Session()
    view = PipelineView(session)
    try:
        view.resize(*VIEW_SIZE)
        view.show()
        app.processEvents()
        session.open_model(network, model, levels=levels)
        view.rebuild()
        view.show_trace(network.forward(x))
        app.processEvents()
        settle_layout(view)
        app.processEvents()
        return export_figure(view, out, target=target, width=int(width))
    finally:
        view.close()
        view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del view
        gc.collect()
