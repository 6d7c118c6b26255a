"""Which panels a model gets, and how to arrange them on a screen of a given size.

``plan_stages(model)`` lists the map panels (input, convolutions with their filters, activations,
pooling, hidden dense layers) in pipeline order; logits and softmax go to the result column.
``choose_placement`` puts the stages in one or more screen rows and picks each mosaic's column
count so the smallest map on screen is as large as possible, with square pixels everywhere; with
``strict=True`` it returns None rather than a placement where stages are narrower than ``min_widths``.
Rows are compared by the maps their panels actually draw (``drawn_sides``): a panel fills its share of
its row, so a stage given width for its title draws its maps larger than the size all stages share.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

import numpy as np

from cnnviz.engine import Activation, Conv2D, Dense, Flatten, Pool2D, Sequential, Softmax
from cnnviz.engine.model import RGB

from .mosaic import MosaicLayout, kernel_block, tile_geometry

MINUS = "\u2212"          # a real minus sign: legible where a hyphen is not
MAX_NUMBERED_CELLS = 64   # write values into the cells when a stage has at most this many
MAX_NUMBERED_SIDE = 4     # ... and each map is at most this many cells a side
GRID_LINE_SIDE = 64       # draw faint pixel grid lines on maps up to this size
INPUT_EMPHASIS = 2.0      # the input's maps are shown this much larger than the others


def shape_text(shape) -> str:
    return " \u00d7 ".join(str(int(v)) for v in shape)


def stage_title(name: str, shape) -> str:
    """"conv1 · 8 × 26 × 26"."""
    return f"{name} \u00b7 {shape_text(shape)}"


def format_value(value: float, digits: int = 2) -> str:
    """A number with a real minus sign, e.g. "−0.25"."""
    text = f"{value:.{digits}f}"
    if text.startswith("-"):
        text = MINUS + text[1:]
        if float(text[1:]) == 0:
            text = text[1:]
    return text


@dataclass(frozen=True)
class Stage:
    """One map panel: which trace array it shows, as ``count`` maps of ``map_shape``, and how."""
    kind: str                          # "input", "conv", "activation", "pool", "dense"
    name: str                          # layer name ("input" for the network input)
    shape: tuple[int, ...]             # one sample's output shape, as in the title
    count: int
    map_shape: tuple[int, int]
    level_key: str
    lead: np.ndarray | None = field(default=None, repr=False, compare=False)   # (count, bh, bw) filter blocks
    numbers: bool = False
    grid: bool = False
    map_names: tuple[str, ...] = field(default=(), compare=False)    # each map's name: "R", "G", "B" for the
    #                                                                  planes of a colour input (else none)
    lead_names: tuple[str, ...] = field(default=(), compare=False)   # each kernel's input channel in a filter
    #                                                                  block ("R", "G", "B" on colour input)
    emphasis: float = 1.0              # how much larger than other maps its maps are shown (the input: 2)
    lead_share: float = 1.0            # the filter block beside each map: about this share of the map's height
    first_map: int = 0                 # a stage reduced to some of its layer's maps (``count`` from this one on)

    @property
    def title(self) -> str:
        return stage_title(self.name, self.shape)

    @property
    def map_height(self) -> int:
        return self.map_shape[0]

    def maps(self, array: np.ndarray) -> np.ndarray:
        """This stage's (count, h, w) maps from one sample's trace array (all of the layer's maps, or just those
        of a reduced stage)."""
        maps = np.asarray(array).reshape((-1,) + self.map_shape)
        if len(maps) != self.count:          # the layer's maps: this stage shows ``count`` of them
            maps = maps[self.first_map:self.first_map + self.count]
        if len(maps) != self.count:
            raise ValueError(f"{self.name}: {len(maps)} maps where {self.count} are shown")
        return maps

    @property
    def reduced(self) -> bool:
        """Whether this stage shows fewer maps than its layer has (the stepper's channel, in presentation mode)."""
        return len(self.shape) == 3 and self.count < self.shape[0]

    def tile_shape(self, gap: int = 1) -> tuple[int, int]:
        return tile_geometry(self.map_shape, None if self.lead is None else self.lead.shape[1:], gap,
                             self.lead_share).tile_shape

    @property
    def colour_view(self) -> bool:
        """Whether the panel shows the R, G, B planes together as one colour picture too (a colour input)."""
        return self.kind == "input" and self.map_names == RGB

    def mosaic_shape(self, columns: int, gap: int = 1) -> tuple[int, int]:
        """(height, width) in map cells the panel draws: the mosaic, and a colour input's colour picture left of it
        when the mosaic has no free slot for it (as MapPanel places it)."""
        layout = MosaicLayout(self.count, self.tile_shape(gap), max(1, min(columns, self.count)), gap)
        h, w = layout.shape
        if self.colour_view and layout.rows * layout.columns == self.count:
            w += self.map_shape[1] + 2
        return h, w


def _maps_of(shape) -> tuple[int, tuple[int, int]]:
    if len(shape) == 3:
        return shape[0], (shape[1], shape[2])
    if len(shape) == 1:
        return 1, (shape[0], 1)
    return 1, (int(np.prod(shape[:-1])), shape[-1])


def _numbered(count: int, map_shape) -> bool:
    return max(map_shape) <= MAX_NUMBERED_SIDE and count * map_shape[0] * map_shape[1] <= MAX_NUMBERED_CELLS


def plan_stages(model: Sequential) -> list[Stage]:
    """The map panels of a model, in pipeline order."""
    stages = []
    count, map_shape = _maps_of(model.input_shape)
    planes = tuple(model.input_channel_names) if model.input_shape[0] == 3 else ()     # R, G, B (colour)
    stages.append(Stage("input", "input", tuple(model.input_shape), count, map_shape, "input",
                        grid=max(map_shape) <= GRID_LINE_SIDE, map_names=planes, emphasis=INPUT_EMPHASIS))
    shapes = model.shapes()
    logits_index = model.logits_index
    for index, (layer, shape) in enumerate(zip(model.layers, shapes)):
        if index >= logits_index or isinstance(layer, (Flatten, Softmax)):
            continue
        if isinstance(layer, Activation) and layer.function == "identity":
            continue
        count, map_shape = _maps_of(shape)
        kind = {Conv2D: "conv", Activation: "activation", Pool2D: "pool", Dense: "dense"}.get(type(layer), "layer")
        lead = None
        if isinstance(layer, Conv2D):
            lead = np.stack([kernel_block(w) for w in layer.params["weight"]])
        names = planes if len(shape) == 3 and shape[0] == len(planes) and not isinstance(layer, Conv2D) else ()
        stages.append(Stage(kind, layer.name, tuple(shape), count, map_shape, layer.name, lead,
                            numbers=_numbered(count, map_shape), grid=max(map_shape) <= 8, map_names=names,
                            lead_names=planes if isinstance(layer, Conv2D) else ()))
        if isinstance(layer, (Conv2D, Dense, Flatten)):
            planes = ()           # past the first layer that mixes them, maps are no longer colour planes
    return stages


def stage_emphasis(stage: Stage) -> float:
    """How much larger than other maps a stage's maps are shown: the input gets twice the size (its ``emphasis``)."""
    return stage.emphasis


@dataclass(frozen=True)
class StagePlacement:
    """Screen row of each stage, its mosaic column count, and the on-screen size of a map side."""
    rows: tuple[int, ...]
    columns: tuple[int, ...]
    map_pixels: float
    min_widths: tuple[float, ...] = ()
    drawn: tuple[float, ...] = ()      # each stage's map side as its panel draws it, per emphasis (drawn_sides)

    @property
    def row_count(self) -> int:
        return max(self.rows) + 1

    @property
    def smallest(self) -> float:
        """The smallest map side drawn (per emphasis, as ``map_pixels``): what placements are compared by."""
        return min(self.drawn) if self.drawn else self.map_pixels

    def drawn_scale(self, index: int, stage: Stage) -> float:
        """Screen pixels per map cell as stage ``index`` is drawn."""
        side = self.drawn[index] if index < len(self.drawn) else self.map_pixels
        return side * stage_emphasis(stage) / stage.map_height

    def scale(self, stage: Stage) -> float:
        """Screen pixels per map cell for a stage."""
        return self.map_pixels * stage_emphasis(stage) / stage.map_height


def _fit(stages, emphasis, groups, width, height, map_pixels, gap, row_overhead, stage_padding, min_widths):
    """Column counts for a trial map size, or None if it does not fit."""
    columns = [1] * len(stages)
    for group in groups:
        # a number: every row's overhead; a list: per stage, a row takes its largest
        overhead = row_overhead if np.isscalar(row_overhead) else max(row_overhead[i] for i in group)
        row_height = height / len(groups) - overhead
        if row_height <= 0:
            return None
        used = 0.0
        for i in group:
            stage = stages[i]
            scale = map_pixels * emphasis[i] / stage.map_height
            for c in range(1, stage.count + 1):
                h, w = stage.mosaic_shape(c, gap)
                if h * scale <= row_height:
                    break
            else:
                return None
            columns[i] = c
            used += max(w * scale + stage_padding, min_widths[i])
        if used > width:
            return None
    return columns


@dataclass(frozen=True)
class PanelFrame:
    """How a view draws the panels of a placement, to tell how large their maps come out: ``margin`` pixels of a
    panel's width are not its maps, a row's panels fill ``row_width`` (None: the width the placement was given)
    but for ``last_row_note`` pixels of the last row (a note beside the stages), and rows are ``row_spacing`` apart."""
    margin: float = 16.0
    row_width: float | None = None
    row_spacing: float = 0.0
    last_row_note: float = 0.0


def drawn_sides(stages, emphasis, groups, columns, width, height, map_pixels, gap=1, row_overhead=80.0,
                stage_padding=16.0, min_widths=None, frame: PanelFrame | None = None) -> list[float]:
    """Each stage's map side (per emphasis, comparable with ``map_pixels``) as its panel draws it: the panels of a
    row share the row's whole width in proportion to the widths they ask for (the pipeline gives each a stretch
    factor of its width), each row gets an equal share of the height less that stage's own title and colour bars,
    and the mosaic keeps square pixels, as large as the narrower of its panel's width and height allow.
    ``frame``: how the view draws them (default: ``stage_padding`` of margin, rows as wide as ``width``)."""
    min_widths = min_widths or [0.0] * len(stages)
    frame = frame or PanelFrame(margin=stage_padding)
    row_width = width if frame.row_width is None else frame.row_width
    row_height = (height - frame.row_spacing * (len(groups) - 1)) / len(groups)
    sides = [0.0] * len(stages)
    for r, group in enumerate(groups):
        fill = row_width - (frame.last_row_note if r == len(groups) - 1 else 0.0)
        shapes = {i: stages[i].mosaic_shape(columns[i], gap) for i in group}
        asked = {i: max(shapes[i][1] * map_pixels * emphasis[i] / stages[i].map_height + stage_padding, min_widths[i])
                 for i in group}
        stretch = fill / sum(asked.values())      # at least 1 where they fit
        for i in group:
            h, w = shapes[i]
            overhead = row_overhead if np.isscalar(row_overhead) else row_overhead[i]
            cell = max(0.0, min((asked[i] * stretch - frame.margin) / w, (row_height - overhead) / h))
            sides[i] = cell * stages[i].map_height / emphasis[i]
    return sides


def choose_placement(stages: list[Stage], width: float, height: float, *, gap: int = 1,
                     row_overhead: float | list[float] = 80,
                     stage_padding: float = 16, emphasis: list[float] | None = None,
                     max_rows: int = 3, min_widths: list[float] | None = None,
                     strict: bool = False, frame: PanelFrame | None = None) -> StagePlacement | None:
    """Place stages in 1..max_rows screen rows (in order, split into contiguous runs) inside width x height
    pixels, making the smallest emphasised map side as large as possible: for each split into rows the largest
    size all maps can share (binary search), then the split whose panels draw the largest smallest map
    (``drawn_sides``: a stage given room for its title uses it).
    ``row_overhead`` is the height of a row's titles and colour bars: one number, or a list (per stage; a row
    takes its largest). ``min_widths`` (pixels per stage) keeps room for titles and colour bars; if no placement can keep it,
    ``strict`` returns None, otherwise the placement ignores it (titles may then overlap). ``frame``: how the
    view draws the panels, to tell how large their maps come out (``drawn_sides``)."""
    min_widths = min_widths or [0.0] * len(stages)
    emphasis = emphasis or [stage_emphasis(s) for s in stages]
    n = len(stages)
    splits = []
    for rows in range(1, max(1, min(max_rows, n)) + 1):       # fewer rows first: they win ties
        for cuts in combinations(range(1, n), rows - 1):
            bounds = (0,) + cuts + (n,)
            splits.append([list(range(bounds[r], bounds[r + 1])) for r in range(rows)])
    best = None
    for groups in splits:
        low, high = 1.0, max(height, width)
        found = None
        if _fit(stages, emphasis, groups, width, height, low, gap, row_overhead, stage_padding, min_widths) is None:
            continue
        for _ in range(24):
            mid = (low + high) / 2
            columns = _fit(stages, emphasis, groups, width, height, mid, gap, row_overhead, stage_padding, min_widths)
            if columns is None:
                high = mid
            else:
                low, found = mid, columns
        found = found or _fit(stages, emphasis, groups, width, height, low, gap, row_overhead, stage_padding, min_widths)
        drawn = drawn_sides(stages, emphasis, groups, found, width, height, low, gap, row_overhead, stage_padding,
                            min_widths, frame)
        if best is None or min(drawn) > best[0] * 1.05:     # prefer fewer rows unless clearly better
            rows = tuple(r for r, group in enumerate(groups) for _ in group)
            best = (min(drawn), StagePlacement(rows, tuple(found), low, tuple(min_widths), tuple(drawn)))
    if best is None and strict:
        return None
    if best is None and any(min_widths):     # too narrow for the titles: let them overlap
        return choose_placement(stages, width, height, gap=gap, row_overhead=row_overhead, stage_padding=stage_padding,
                                emphasis=emphasis, max_rows=max_rows, frame=frame)
    if best is None:    # far too small: one row, one column each
        ones = [1] * n
        return StagePlacement(tuple([0] * n), tuple(ones), 1.0, tuple(min_widths),
                              tuple(drawn_sides(stages, emphasis, [list(range(n))], ones, width, height, 1.0, gap,
                                                row_overhead, stage_padding, min_widths, frame)))
    return best[1]
