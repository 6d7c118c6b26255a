"""Hit-testing the pipeline: what is under a point of its scene, and where a cell is drawn.

A ``Hit`` is a map "cell" (layer, index without the sample), a "filter" (layer, (filter,)), a stage
"title" (layer), a "class" bar ("softmax"/"logits", (class,)) or an "input" cell.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QPointF


@dataclass(frozen=True)
class Hit:
    """What is under the pointer."""
    kind: str
    layer: str = ""
    index: tuple = ()


class PipelineHits:
    """Maps scene points of a ``PipelineView`` to hits, and cells back to mosaic pixels."""

    def __init__(self, pipeline):
        self.pipeline = pipeline

    def hit_test(self, scene_pos: QPointF) -> Hit | None:
        """What is under a point of the pipeline's scene."""
        result = self.pipeline.result
        if result is not None and result.sceneBoundingRect().contains(scene_pos):
            bar = result.bar_at(result.mapFromScene(scene_pos))
            return Hit("class", bar[0], (bar[1],)) if bar else None
        for name, panel in self.pipeline.panels.items():
            if panel.title.sceneBoundingRect().contains(scene_pos):
                return Hit("title", name)
            if panel.view.sceneBoundingRect().contains(scene_pos):
                point = panel.view.mapSceneToView(scene_pos)
                return self.hit_mosaic(name, point.y(), point.x())
        return None

    def hit_mosaic(self, name: str, y: float, x: float) -> Hit | None:
        """What is at mosaic pixel (y, x) of a panel: a map cell, a filter block, or nothing (a gap)."""
        panel = self.pipeline.panels[name]
        mosaic = panel.mosaic
        tile = mosaic.layout.tile_at(y, x)
        if tile is None:
            return None
        my, mx, mh, mw = mosaic.map_rect(tile)
        if my <= y < my + mh and mx <= x < mx + mw:
            i, j = int(y - my), int(x - mx)
            flat = ((tile + panel.stage.first_map) * mh + i) * mw + j     # a reduced stage: its layer's map
            index = tuple(int(v) for v in np.unravel_index(flat, panel.stage.shape))
            return Hit("input" if name == "input" else "cell", name, index)
        lead = mosaic.lead_rect(tile)
        if lead is not None and lead[0] <= y < lead[0] + lead[2] and lead[1] <= x < lead[1] + lead[3]:
            return Hit("filter", name, (tile + panel.stage.first_map,))
        return None

    def cell_rect(self, name: str, index) -> tuple[int, int, int, int]:
        """(y, x, 1, 1) in mosaic pixels of cell ``index`` (without the sample) of a panel."""
        panel = self.pipeline.panels[name]
        mosaic = panel.mosaic
        index = tuple(index)[-len(panel.stage.shape):]
        flat = int(np.ravel_multi_index(index, panel.stage.shape))
        mh, mw = mosaic.map_shape
        tile, rest = divmod(flat, mh * mw)
        tile -= panel.stage.first_map
        if not 0 <= tile < panel.stage.count:         # a map the reduced stage does not show: nowhere
            return 0, 0, 0, 0
        i, j = divmod(rest, mw)
        my, mx, _, _ = mosaic.map_rect(tile)
        return my + i, mx + j, 1, 1

    def cell_scene_pos(self, name: str, index) -> QPointF:
        """The scene point at the centre of a cell of a panel (for tests and demos)."""
        y, x, _, _ = self.cell_rect(name, index)
        return self.pipeline.panels[name].view.mapViewToScene(QPointF(x + 0.5, y + 0.5))
