"""Figures for slides: the whole pipeline or any single panel as PNG or SVG at a chosen width, with its
title, labels and colour bar, rendered from the live graphics scene (vector text, crisp map pixels).
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from ..panels import BACKGROUND

FIGURE_FORMATS = (".png", ".svg")
PIPELINE = "pipeline"
RESULT = "result"
MIN_WIDTH, MAX_WIDTH = 64, 16384


class FigureError(ValueError):
    """The figure cannot be made: unknown panel, unknown file type, impossible size."""


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
    raise FigureError(f"no panel '{target}' to export; choose one of {', '.join(figure_targets(pipeline))}")


def figure_size(pipeline, target: str, width: int) -> QSize:
    """Pixel size of the figure of ``target`` at ``width`` (the height keeps the panel's proportions)."""
    width = int(width)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise FigureError(f"a figure's width must be {MIN_WIDTH} to {MAX_WIDTH} pixels, got {width}")
    rect = source_rect(pipeline, target)
    if rect.width() <= 0 or rect.height() <= 0:
        raise FigureError(f"panel '{target}' has no size yet (is the window shown?)")
    return QSize(width, max(1, int(round(width * rect.height() / rect.width()))))


def settle_layout(pipeline) -> None:
    """Lay the panels out for the view's current size now, not after the resize debounce."""
    timer = getattr(pipeline, "_relayout", None)
    if timer is not None and timer.isActive():
        timer.stop()
        pipeline._relayout_if_needed()


def _svg_pixels(path: Path, size: QSize) -> None:
    """QSvgGenerator gives the size in millimetres; a figure for slides is sized in pixels."""
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'<svg width="[^"]*" height="[^"]*"', f'<svg width="{size.width()}px" height="{size.height()}px"',
                  text, count=1)
    path.write_text(text, encoding="utf-8")


def _paint(pipeline, target: str, painter: QPainter, size: QSize, background: QColor) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), background)
    pipeline.scene().render(painter, QRectF(0, 0, size.width(), size.height()), source_rect(pipeline, target))


def export_figure(pipeline, path, *, target: str = PIPELINE, width: int = 1920) -> Path:
    """Write ``target`` of the pipeline as PNG or SVG (by the suffix), ``width`` pixels wide."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FIGURE_FORMATS:
        raise FigureError(f"'{path.name}': a figure is saved as .png or .svg, not '{suffix or 'no suffix'}'")
    settle_layout(pipeline)
    size = figure_size(pipeline, target, width)
    background = pipeline.backgroundBrush().color() if pipeline.backgroundBrush().style() else QColor(BACKGROUND)
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".png":
        image = QImage(size, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        _paint(pipeline, target, painter, size, background)
        painter.end()
        if not image.save(str(path), "PNG"):
            raise FigureError(f"could not write '{path}'")
        return path
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(f"cnnviz: {target}")
    generator.setDescription(f"cnnviz figure of {target} ({getattr(pipeline.model, 'name', '')})")
    painter = QPainter()
    if not painter.begin(generator):
        raise FigureError(f"could not write '{path}'")
    _paint(pipeline, target, painter, size, background)
    painter.end()
    _svg_pixels(path, size)
    return path
