"""The stepper's transposed-convolution mode: each input cell stamps a scaled copy of the filter onto the output.

Left: one channel of the layer's input, the current input cell framed. Right: the output channel, the cells no
stamp has reached yet in grey, the current stamp's footprint framed; every step adds one stamp, so the map
accumulates to the engine's output. Below: the arithmetic of the output cell this stamp completes (the
inspector's transposed-convolution cell), and under the status line a note linking it to the input gradient
of an ordinary convolution. The steps and sums come from ``cnnviz.viz.stamping.Stamping`` (plain NumPy);
``StepperPanel`` calls ``window_for`` to make its window and ``show_stamping`` to draw it.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF

from cnnviz.analysis.explain_transpose import GRADIENT_NOTE
from cnnviz.engine import Trace
from cnnviz.engine.layers import ConvTranspose2D
from cnnviz.messages import message
from cnnviz.viz.layout import format_value
from cnnviz.viz.stamping import Stamping
from cnnviz.viz.stepper import SlidingWindow

from ..explain_text import engine_text

translate = QCoreApplication.translate


def window_for(trace: Trace, layer_name: str, channel: int):
    """What the stepper steps through: a ``Stamping`` for a transposed convolution, else a ``SlidingWindow``."""
    if isinstance(trace.step(layer_name).layer, ConvTranspose2D):
        return Stamping(trace, layer_name, channel)
    return SlidingWindow(trace, layer_name, channel)


def gradient_note(stamping: Stamping) -> str:
    """The link to backpropagation, in the interface language."""
    layer = stamping.layer
    pair = lambda p: str(p[0]) if p[0] == p[1] else f"{p[0]}x{p[1]}"          # noqa: E731
    _, h, w = stamping.input_shape
    return engine_text(message(GRADIENT_NOTE, stride=pair(layer.stride), padding=pair(layer.padding),
                               output="{}x{}".format(*stamping.output_shape), input=f"{h}x{w}"))


def show_stamping(panel) -> None:
    """Draw the panel's ``Stamping`` at its position: input cell, partial output, stamp footprint, arithmetic."""
    stamping: Stamping = panel.window
    k = panel.position
    position = stamping.positions[k]
    x = stamping.padded_input(panel._input_channel)
    panel.padding_ring.setVisible(False)
    panel.input_image.setImage(panel._table(stamping.input_name, x).colours(x.astype(np.float32)), autoLevels=False)
    panel.input_image.setRect(QRectF(0, 0, x.shape[1], x.shape[0]))
    panel.input_edge.setRect(QRectF(0, 0, x.shape[1], x.shape[0]))
    panel.window_rect.setRect(QRectF(position.col, position.row, 1, 1))
    panel.input_box.setRange(QRectF(0, 0, x.shape[1], x.shape[0]), padding=0.02)

    partial = stamping.partial_map(k + 1)
    table = panel._table(panel.layer_name, stamping.feature_map)
    panel.output_image.setImage(table.colours(partial.astype(np.float32)), autoLevels=False)
    oh, ow = stamping.output_shape
    panel.output_image.setRect(QRectF(0, 0, ow, oh))
    rows, cols = position.rows, position.cols
    panel.current_rect.setVisible(bool(len(rows) and len(cols)))
    panel.current_rect.setRect(QRectF(cols.start, rows.start, len(cols), len(rows)))
    panel.output_edge.setRect(QRectF(0, 0, ow, oh))
    panel.output_box.setRange(QRectF(0, 0, ow, oh), padding=0.02)

    panel.input_title.setText(translate("StepperPanel", "%1 channel %2%3").replace("%1", stamping.input_name)
                              .replace("%2", str(panel._input_channel)).replace("%3", ""))
    panel.output_title.setText(translate("StepperPanel", "%1 channel %2").replace("%1", panel.layer_name)
                               .replace("%2", str(stamping.channel)))
    values = stamping.input_values(k)
    scale = format_value(float(values[panel._input_channel]), 3)
    if len(rows) and len(cols):
        where = translate("StepperPanel", "onto rows %1 to %2, cols %3 to %4").replace("%1", str(rows.start)).replace(
            "%2", str(rows.stop - 1)).replace("%3", str(cols.start)).replace("%4", str(cols.stop - 1))
    else:
        where = translate("StepperPanel", "entirely into the cropped border (padding)")
    stride = " \u00d7 ".join(map(str, stamping.layer.stride))
    status = (translate("StepperPanel", "input cell (%1, %2) = %3 stamps the filter, scaled by its value, %4  \u00b7  step %5 of %6  "
                 "\u00b7  stride %7").replace("%1", str(position.row)).replace("%2", str(position.col))
              .replace("%3", scale).replace("%4", where).replace("%5", str(k + 1)).replace("%6", str(len(stamping)))
              .replace("%7", stride))
    if len(values) > 1:
        status += translate("StepperPanel", "  (every input channel stamps its own filter slice; they add)")
    panel.status.setWordWrap(True)         # the note is long: wrapped, it never widens the dock
    panel.status.setText(status + "\n" + gradient_note(stamping)[:1].upper() + gradient_note(stamping)[1:] + ".")
    r, c = stamping.completed_cell(k)
    panel.inspector.show_cell(panel.trace, panel.layer_name, (0, stamping.channel, r, c))
