"""The shown cell's receptive field drawn on the pipeline: solid on the layer's input, dotted further
down the network; where a filter reaches past the input's edge the window is dashed, and zero padding is
a hatched border around each map of a padded conv layer's input. The geometry is
``cnnviz.analysis.receptive_field``'s; this only turns it into mosaic rectangles.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF

from cnnviz.analysis.receptive_field import conv_window
from cnnviz.engine import Activation, Conv2D, Dense, Pool2D
from cnnviz.session import cell_exists

from ..overlays import RegionOverlay


class FieldOverlays:
    """One ``RegionOverlay`` per pipeline panel, showing the receptive field of one cell (or none)."""

    def __init__(self, pipeline, hits):
        self.pipeline = pipeline
        self.hits = hits
        self.overlays: dict[str, RegionOverlay] = {}
        self.field = None
        self._field_model = None        # the model the field was computed for: a field of another is not drawn

    def rebuild(self) -> None:
        """New panels: give each an overlay and the padding borders; draw the field again."""
        self.overlays = {}
        model = self.pipeline.model
        if model is None:
            return
        for name, panel in self.pipeline.panels.items():
            overlay = RegionOverlay()
            panel.view.addItem(overlay, ignoreBounds=True)
            self.overlays[name] = overlay
        self._draw_padding(model)
        self.draw()

    def set_field(self, field) -> None:
        """Show this ``explain.ReceptiveField`` (of the model shown now), or nothing (None)."""
        self.field, self._field_model = field, self.pipeline.model
        self.draw()

    def input_panel_of(self, model, k: int) -> str | None:
        """The panel showing the input of layer k (skipping layers without a panel, e.g. identity)."""
        while k > 0:
            name = model.layers[k - 1].name
            if name in self.pipeline.panels:
                return name
            if not (isinstance(model.layers[k - 1], Activation) and model.layers[k - 1].function == "identity"):
                return None
            k -= 1
        return "input"

    def _draw_padding(self, model) -> None:
        pads: dict[str, int] = {}
        for k, layer in enumerate(model.layers):
            if isinstance(layer, Conv2D) and max(layer.padding) > 0:
                name = self.input_panel_of(model, k)
                if name is not None:
                    pads[name] = max(pads.get(name, 0), max(layer.padding))
        for name, p in pads.items():
            panel = self.pipeline.panels[name]
            mosaic = panel.mosaic
            self.overlays[name].set_padding([(mosaic.map_rect(i), p) for i in range(mosaic.count)])
            h, w = mosaic.shape
            panel.view.setRange(QRectF(-p, -p, w + 2 * p, h + 2 * p), padding=0)

    def draw(self) -> None:
        shapes = {name: {"field": [], "deeper": [], "outside": [], "cell": []} for name in self.overlays}
        field, model = self.field, self.pipeline.model
        if field is not None and model is not None and self._field_model is model \
                and cell_exists(model, ("cell", field.layer_name, field.index[1:])):
            names = [layer.name for layer in model.layers]
            out_mask = None
            if field.layer_name in shapes:
                shapes[field.layer_name]["cell"].append(self.hits.cell_rect(field.layer_name, field.index[1:]))
                out_mask = np.zeros(model.shapes()[names.index(field.layer_name)], dtype=bool)
                out_mask[tuple(field.index[1:])] = True
            solid = True
            for region in field.regions:
                layer = model.layer(region.layer_name)
                target = shapes.get(region.input_name)
                if target is not None and region.mask.ndim == 3:
                    target["field" if solid else "deeper"] += self._mask_rects(region.input_name, region.mask)
                    if isinstance(layer, Conv2D) and max(layer.padding) > 0 and out_mask is not None:
                        target["outside"] += self._outside_rects(region.input_name, layer, out_mask, region.mask)
                if isinstance(layer, (Conv2D, Pool2D, Dense)):
                    solid = False
                out_mask = region.mask
        for name, overlay in self.overlays.items():
            overlay.set_field(**shapes[name])

    def _mask_rects(self, name: str, mask: np.ndarray) -> list[tuple[int, int, int, int]]:
        """Bounding rectangle, per map, of the True cells of one sample's mask on a panel."""
        panel = self.pipeline.panels[name]
        maps = panel.stage.maps(mask)
        rects = []
        for tile in np.flatnonzero(maps.any(axis=(1, 2))):
            rows = np.flatnonzero(maps[tile].any(axis=1))
            cols = np.flatnonzero(maps[tile].any(axis=0))
            my, mx, _, _ = panel.mosaic.map_rect(int(tile))
            rects.append((my + int(rows[0]), mx + int(cols[0]), int(rows[-1] - rows[0] + 1),
                          int(cols[-1] - cols[0] + 1)))
        return rects

    def _outside_rects(self, name: str, layer: Conv2D, out_mask: np.ndarray, in_mask: np.ndarray):
        """The whole window (zero padding included) of the field's conv cells, where it leaves the input."""
        window = conv_window(layer, out_mask) if out_mask.ndim == 3 else None
        if window is None:
            return []
        r0, r1, c0, c1 = window
        _, h, w = in_mask.shape
        if r0 >= 0 and c0 >= 0 and r1 <= h and c1 <= w:
            return []
        panel = self.pipeline.panels[name]
        rects = []
        for tile in np.flatnonzero(panel.stage.maps(in_mask).any(axis=(1, 2))):
            my, mx, _, _ = panel.mosaic.map_rect(int(tile))
            rects.append((my + r0, mx + c0, r1 - r0, c1 - c0))
        return rects
