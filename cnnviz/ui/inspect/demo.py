"""Screenshot hooks: ``CNNVIZ_DEMO`` (read once, when the window opens) runs a few inspector actions.

``pin:conv1:0:12:8`` pins cell (map 0, row 12, col 8) of conv1; ``pin:softmax:0`` pins class 0;
``filter:conv1:0`` opens a filter; ``layer:pool1`` shows a layer's settings; join several with ``;``.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer

DEMO_VARIABLE = "CNNVIZ_DEMO"
DEMO_INSPECTOR_SHARE = 0.42   # of the window's height for the inspector when CNNVIZ_DEMO pins a cell


def run_demo(controller, spec: str) -> None:
    """Run ``CNNVIZ_DEMO`` actions on an ``InspectController``, e.g. "pin:conv1:0:12:8;filter:conv1:1"."""
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        words = part.split(":")
        if words[0] == "pin" and len(words) >= 3:
            controller.pin(words[1], tuple(int(v) for v in words[2:]))
            # a screenshot of the arithmetic: the inspector gets room (after the window's first layout)
            QTimer.singleShot(300, controller, lambda: controller.host.show_dock(
                controller.inspector_dock, height_share=DEMO_INSPECTOR_SHARE))
        elif words[0] == "filter" and len(words) == 3:
            controller.edit_filter(words[1], int(words[2]))
        elif words[0] == "layer" and len(words) == 2:
            controller.select_layer(words[1], show=True)
        else:
            raise ValueError(f"{DEMO_VARIABLE}: cannot read {part!r}")
