"""Figures for slides: the whole pipeline or any single panel as PNG or SVG at a chosen width, with its
title, labels and colour bar, rendered from the live graphics scene (vector text, crisp map pixels).
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from cnnviz.files import write_atomically

from ..panels import BACKGROUND

FIGURE_FORMATS = (".png", ".svg")
PIPELINE = "pipeline"
RESULT = "result"
MIN_WIDTH, MAX_WIDTH = 64, 16384


class FigureError(ValueError):
    """The figure cannot be made: unknown panel, unknown file type, impossible size. The message is in the
    interface language (English where none is installed, as on the command line)."""


def figure_targets(pipeline) -> list[str]:
    """What can be exported: "pipeline" (everything), each map panel by layer name, "result"."""
    targets = [PIPELINE] + list(pipeline.panels)
    if pipeline.result is not None:
        targets.append(RESULT)
    return targets


def source_rect(pipeline, target: str = PIPELINE) -> QRectF:
    """The scene rectangle of a target."""
    if target == PIPELINE:
        return pipeline.ci.sceneBoundingRect()
    if target == RESULT and pipeline.result is not None:
        return pipeline.result.sceneBoundingRect()
    if target in pipeline.panels:
        return pipeline.panels[target].layout.sceneBoundingRect()
    raise FigureError(QCoreApplication.translate("FigureExport", "no panel '{0}' to export; choose one of {1}").format(
        target, ", ".join(figure_targets(pipeline))))


def figure_size(pipeline, target: str, width: int) -> QSize:
    """Pixel size of the figure of ``target`` at ``width`` (the height keeps the panel's proportions)."""
    width = int(width)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise FigureError(QCoreApplication.translate("FigureExport", "a figure's width must be {0} to {1} pixels, got "
                                                                     "{2}").format(MIN_WIDTH, MAX_WIDTH, width))
    rect = source_rect(pipeline, target)
    if rect.width() <= 0 or rect.height() <= 0:
        raise FigureError(QCoreApplication.translate("FigureExport", "panel '{0}' has no size yet (is the window "
                                                                     "shown?)").format(target))
    return QSize(width, max(1, int(round(width * rect.height() / rect.width()))))


def settle_layout(pipeline) -> None:
    """Lay the panels out for the view's current size now, not after the resize debounce."""
    timer = getattr(pipeline, "_relayout", None)
    if timer is not None and timer.isActive():
        timer.stop()
        pipeline._relayout_if_needed()


def _svg_pixels(data: bytes, size: QSize) -> bytes:
    """QSvgGenerator gives the size in millimetres; a figure for slides is sized in pixels."""
    text = re.sub(r'<svg width="[^"]*" height="[^"]*"', f'<svg width="{size.width()}px" height="{size.height()}px"',
                  data.decode("utf-8"), count=1)
    return text.encode("utf-8")


def _paint(pipeline, target: str, painter: QPainter, size: QSize, background: QColor) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), background)
    pipeline.scene().render(painter, QRectF(0, 0, size.width(), size.height()), source_rect(pipeline, target))


def export_figure(pipeline, path, *, target: str = PIPELINE, width: int = 1920) -> Path:
    """Write ``target`` of the pipeline as PNG or SVG (by the suffix), ``width`` pixels wide.

    The figure is drawn in memory and written with ``write_atomically``: Qt never opens the file, so an
    unwritable place is an OSError naming it (and its reason), not a Qt warning, and nothing half-written is left."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FIGURE_FORMATS:
        if not suffix:
            raise FigureError(QCoreApplication.translate("FigureExport", "'{0}': a figure is saved as .png or .svg, "
                                                                         "not 'no suffix'").format(path.name))
        raise FigureError(QCoreApplication.translate("FigureExport", "'{0}': a figure is saved as .png or .svg, not "
                                                                     "'{1}'").format(path.name, suffix))
    settle_layout(pipeline)
    size = figure_size(pipeline, target, width)
    background = pipeline.backgroundBrush().color() if pipeline.backgroundBrush().style() else QColor(BACKGROUND)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if suffix == ".png":
        image = QImage(size, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        _paint(pipeline, target, painter, size, background)
        painter.end()
        if not image.save(buffer, "PNG"):
            raise FigureError(QCoreApplication.translate("FigureExport", "could not encode the figure of '{0}' as "
                                                                         "PNG").format(target))
        return write_atomically(path, bytes(buffer.data()))
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(f"cnnviz: {target}")
    generator.setDescription(f"cnnviz figure of {target} ({getattr(pipeline.model, 'name', '')})")
    painter = QPainter()
    if not painter.begin(generator):
        raise FigureError(QCoreApplication.translate("FigureExport", "could not draw the figure of '{0}' as "
                                                                     "SVG").format(target))
    _paint(pipeline, target, painter, size, background)
    painter.end()
    return write_atomically(path, _svg_pixels(bytes(buffer.data()), size))
