"""Display maths without Qt: colour tables and levels, tiling maps into mosaics, the pipeline layout.

Nothing here imports Qt; the widgets in ``cnnviz.ui`` turn these arrays into pixels.
"""
from .colormap import DIVERGING_STOPS, GAP_RGBA, INK_STOPS, ColourTable, diverging_table, ink_table
from .layout import Stage, StagePlacement, choose_placement, plan_stages, shape_text, stage_title
from .levels import calibrate_levels, interval_bounds, nice_level
from .mosaic import MosaicImage, MosaicLayout, kernel_block

__all__ = ["DIVERGING_STOPS", "GAP_RGBA", "INK_STOPS", "ColourTable", "diverging_table", "ink_table",
           "Stage", "StagePlacement", "choose_placement", "plan_stages", "shape_text", "stage_title",
           "calibrate_levels", "interval_bounds", "nice_level", "MosaicImage", "MosaicLayout", "kernel_block"]
