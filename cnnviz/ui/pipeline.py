"""The pipeline view: every stage of the network as a panel, all in one graphics view (one paint).

The view renders a ``cnnviz.session.Session``: ``rebuild()`` builds the panels for the session's model,
colour levels and palette (the window calls it when the session's model changes); ``show_trace(trace)`` puts
one forward pass on them (the session's, pushed once). The view keeps no model state of its own, only what it
painted (``painted_trace``, ``painted_palette``) to paint again when the panels are rebuilt. A panel that fails
is reported through ``panelFailed`` and the others go on.
"""
from __future__ import annotations

import logging

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QColor, QFontMetricsF

import pyqtgraph as pg

from cnnviz.engine import Sequential, Softmax, Trace
from cnnviz.viz.colormap import PALETTES, brightness_table, diverging_table, ink_table
from cnnviz.viz.layout import PanelFrame, StagePlacement, choose_placement, plan_stages
from dataclasses import replace

from cnnviz.viz.readable import NORMAL_SIZING, PipelineSizing, readable_prefix, readable_size
from cnnviz.viz.stepping_view import Stepping, stepping_stages

from . import panels as _panels
from .collapsed_note import NOTE_WIDTH, CollapsedNote
from .panels import BACKGROUND, PANEL_MARGINS, TITLE_POINTS, MapPanel, StageTitle, bar_labels, bar_notes, bar_widths, font
from .result_panel import ResultPanel

log = logging.getLogger(__name__)

RESULT_WIDTH = 310          # pixels kept for the result column
NARROW_RESULT_WIDTH = 230   # ... in a view narrower than NARROW_VIEW (a side dock is open)
NARROW_VIEW = 900
SIDE_DOCK_VIEW = 700        # narrower than this (a side dock open at 720p): the result goes compact under the note
STAGE_PADDING = 18
PANEL_MARGIN = PANEL_MARGINS[0] + PANEL_MARGINS[2]     # of a panel's width, what its maps cannot use
VIEW_SPACING = 6            # pixels between rows and columns of the view's layout (pyqtgraph's)
MIN_STAGE_WIDTH = 120       # pixels at least per stage (titles and colour bars ask for what they need)
MAX_ROWS = 4                # screen rows of stages at most (narrow views: more rows before titles collide)
TWO_LINE_GAIN = 1.08        # titles go on two lines only when that makes the maps this much larger
SQUEEZED_STAGE_WIDTH = 64   # pixels per stage when titles are elided and colour bars unlabelled ...
SQUEEZE_GAIN = 2.0          # ... which happens only when it makes the maps this much larger
RELAYOUT_DELAY_MS = 150


def input_table(stage, level: float):
    """The input's colours: ink on paper for a grey model, each plane's brightness for R, G, B planes."""
    return brightness_table(level) if stage.map_names else ink_table(level)


class PipelineView(pg.GraphicsLayoutWidget):
    """Panels for input, convolutions (filters and maps), activations, pooling, logits and softmax."""

    panelFailed = Signal(str)
    rebuilt = Signal()          # the panels were created anew (a new model or a new layout): re-attach overlays
    paletteChanged = Signal(str)    # set_palette: the panels were painted anew in another palette

    def __init__(self, session, parent=None):
        """``session``: the model, colour levels and palette shown (``cnnviz.session.Session``)."""
        super().__init__(parent)
        self.session = session
        self.setBackground(BACKGROUND)
        self.ci.setContentsMargins(6, 6, 6, 6)
        self.ci.setSpacing(VIEW_SPACING)
        self.scene().contextMenu = []      # pictures, not plots: no pyqtgraph Export... (File menu exports the figure)
        self.stages = []
        self._planned = []                                # plan_stages' order, before sizing and stepping
        self.stepping: Stepping | None = None             # the stepper's layer leads (presentation mode)
        self.panels: dict[str, MapPanel] = {}
        self.result: ResultPanel | None = None
        self.placement: StagePlacement | None = None
        self.two_line_titles = False                      # the placement puts each stage's shape under its name
        # the render cache: what the panels show now, to paint again when they are rebuilt (not model state)
        self.painted_trace: Trace | None = None          # the forward pass shown last (show_trace)
        self.painted_palette = session.palette           # the palette the panels were built with
        self.hidden: frozenset[str] = frozenset()         # stages concealed until revealed ("result": the softmax)
        self.concealed_text = ""
        self.blank = False                                # nothing drawn: the result invites a drawing
        self.sizing = NORMAL_SIZING                       # later stages give way rather than maps shrink below its min
        self.shown_count = 0                              # the first stages shown (the others: collapsed_note)
        self.collapsed_note = None
        self.note_under_result = True                     # the note goes under the result (else beside the stages)
        self._relayout = QTimer(self, singleShot=True, interval=RELAYOUT_DELAY_MS)
        self._relayout.timeout.connect(self._relayout_if_needed)
        self.setMinimumSize(120, 120)

    # -- what is shown: the session's -------------------------------------------------------
    @property
    def model(self) -> Sequential | None:
        """The model the panels show (the session's)."""
        return self.session.model

    @property
    def levels(self) -> dict[str, float]:
        """The fixed colour level of each layer (the session's)."""
        return self.session.levels

    @property
    def palette(self) -> str:
        """The diverging palette name (the session's; ``cnnviz.viz.colormap.PALETTES``)."""
        return self.session.palette

    # -- building ---------------------------------------------------------------------------
    def rebuild(self) -> None:
        """Build the panels anew for the session's model (a new model, edit, undo or training result), with
        its fixed colour levels per layer; they stay empty until ``show_trace``."""
        self._planned = plan_stages(self.model)
        self.stages = self._sized(self._planned)
        self.painted_trace = None
        self._build(self._placement())

    def _sized(self, stages):
        """The stages with the sizing's emphases and filter block share."""
        sizing = self.sizing

        def emphasis(stage) -> float:
            if stage.kind == "input":
                return sizing.input_emphasis
            return sizing.numbered_emphasis if stage.numbers else 1.0
        return [replace(stage, emphasis=emphasis(stage), lead_share=sizing.lead_share) for stage in stages]

    @property
    def min_map_px(self) -> float:
        return self.sizing.min_map_px

    @min_map_px.setter
    def min_map_px(self, pixels: float) -> None:
        self.sizing = replace(self.sizing, min_map_px=float(pixels))

    def set_sizing(self, sizing: PipelineSizing) -> None:
        """Another trade of room (cnnviz.viz.readable: normal, presenting): the panels are built again."""
        if sizing != self.sizing:
            self.sizing = sizing
            if self.model is not None:
                self.stages = self._sized(self._planned)
            self._rebuild()

    def set_stepping(self, stepping: Stepping | None) -> None:
        """Lead with the stepper's layer (cnnviz.viz.stepping_view), or back to pipeline order (None)."""
        if stepping != self.stepping:
            self.stepping = stepping
            if self.model is not None:
                self.stages = self._sized(self._planned)
            self._rebuild()

    def _result_base_width(self) -> float:
        """The result column's width before the font scale."""
        if self.sizing.result_width is not None:
            return self.sizing.result_width
        return RESULT_WIDTH if self.viewport().width() >= NARROW_VIEW * _panels.FONT_SCALE else NARROW_RESULT_WIDTH

    def _bar_widths(self, stage) -> tuple[float, float]:
        """(pixels the stage's colour bars need with their notes, without them)."""
        note, weight_note = bar_notes(stage)
        level = self.levels.get(stage.level_key, 1.0)
        bars = [(bar_labels(0.0, level) if stage.kind == "input" else bar_labels(-level, level), note)]
        if stage.lead is not None:
            weight = self.levels.get(stage.name + ".weight", 1.0)
            bars.append((bar_labels(-weight, weight), weight_note))
        widths = [bar_widths(labels, text, font(12, bold=True)) for labels, text in bars]
        return max(w[0] for w in widths), max(w[1] for w in widths)

    def _placement(self) -> StagePlacement:
        """The readable placement (below); while stepping, of the stepped layer's input and output first, with
        all their maps if the two stages can be read so, else with the stepper's map of each."""
        if self.stepping is None:
            return self._readable_placement()
        for one_map in (False, True):
            self.stages = stepping_stages(self._sized(self._planned), self.stepping, one_map=one_map)
            placement = self._readable_placement()
            if self.shown_count >= min(2, len(self.stages)) and placement.map_pixels >= self.min_map_px:
                break
        return placement

    def _readable_placement(self) -> StagePlacement:
        """The placement of the first ``shown_count`` stages: all of them when their maps reach ``min_map_px``,
        else as many as reach it, beside a note naming the others (cnnviz.viz.readable)."""
        tried = {}          # (count, squeeze): (placement, its titles' mode); _placement_of sets two_line_titles
        self._memo = {}     # choose_placement's answers during this call (both passes ask for the same ones)
        self.note_under_result = self._room_under_result()
        beside = 0.0 if self.note_under_result else NOTE_WIDTH * _panels.FONT_SCALE + STAGE_PADDING
        # every title and colour bar whole if that keeps the maps readable (fewer stages); squeezed labels only if not
        for squeeze in (False, True):
            def place(count: int, collapsed: bool):      # under the result the note takes no width from the stages
                if (count, squeeze) not in tried:
                    placement = self._placement_of(self.stages[:count], beside if collapsed else 0.0, squeeze=squeeze)
                    tried[count, squeeze] = (placement, self.two_line_titles)
                return tried[count, squeeze][0]
            count, placement = readable_prefix(place, len(self.stages), self.min_map_px,
                                               lambda p: readable_size(p, self.stages))
            if placement is not None and (squeeze or placement.smallest >= self.min_map_px):
                break
        self.shown_count = count
        self.two_line_titles = tried[count, squeeze][1]
        return placement

    def _room_under_result(self) -> bool:
        """Whether the result column has height to spare for the note on the stages left out (in a narrow view,
        a side dock open, with the result drawn compact: every bar keeps its row)."""
        if self.model is None:
            return False
        scale = _panels.FONT_SCALE
        width = self._result_base_width() * scale
        result = ResultPanel(self.model.class_names, logits_name="", softmax_name="", logits_level=1.0)
        note = CollapsedNote([stage.name for stage in self.stages], width - 10)
        compact = self.viewport().width() < SIDE_DOCK_VIEW * scale    # a side dock open: every pixel of width counts
        return result.content_height(compact=compact) + note.minimumHeight() <= self.viewport().height() - 12

    def _placement_of(self, stages, reserved: float = 0.0, *, squeeze: bool = True) -> StagePlacement | None:
        """The largest maps for which every stage's title and colour bars fit its width: titles on one line,
        or (when that makes the maps clearly larger, or nothing else fits) with the shape on a second line;
        up to MAX_ROWS rows. If even that fails, titles are elided and bars drop their notes: never overlap.
        ``squeeze=False``: None rather than elided titles."""
        scale = _panels.FONT_SCALE
        self.result_width = self._result_base_width() * scale
        width = max(100, self.viewport().width() - self.result_width - 28 - reserved)   # less margins, spacing, note
        height = max(100, self.viewport().height() - 12)
        # what panels get (placements are compared by the maps drawn): the view less margins, spacing, result (its
        # width less 10); a note beside the stages takes from the last row
        frame = PanelFrame(margin=PANEL_MARGIN, row_spacing=VIEW_SPACING, last_row_note=reserved,
                           row_width=max(width + reserved, self.viewport().width() - self.result_width - 8))
        title_height = QFontMetricsF(font(TITLE_POINTS, bold=True)).height() + 4
        second_line = QFontMetricsF(font(TITLE_POINTS * 0.85)).height()
        bar_height = 12 + QFontMetricsF(font(12, bold=True)).height() + 6
        # per stage: title, one colour bar (two with the filters' weights), margins and spacing
        overhead = [title_height + bar_height * (2 if stage.lead is not None else 1) + 10 for stage in stages]
        titles = [StageTitle.widths(_panels.stage_title(stage), TITLE_POINTS) for stage in stages]
        bars = [self._bar_widths(stage) for stage in stages]
        floor = MIN_STAGE_WIDTH * scale

        memo = getattr(self, "_memo", {})

        def place(two_lines: bool, notes: bool = True, strict: bool = True):
            key = (len(stages), width, height, two_lines, notes, strict)
            if key not in memo:
                mins = [max(t[1 if two_lines else 0] + 16, b[0 if notes else 1] + 12, floor) for t, b in zip(titles, bars)]
                memo[key] = choose_placement(stages, width, height,
                                             row_overhead=[o + (second_line if two_lines else 0) for o in overhead],
                                             stage_padding=STAGE_PADDING, min_widths=mins, max_rows=MAX_ROWS,
                                             strict=strict, frame=frame)
            return memo[key]

        one, two = place(False), place(True)
        best = max((p for p in (one, two) if p is not None), key=lambda p: p.smallest, default=None)
        if not squeeze:
            if best is None:
                return None
        else:
            # a squeezed view (a side dock open on a small screen): names only, bars without their values, but
            # maps that can still be seen, rather than every label at the price of maps a few pixels wide
            squeezed = choose_placement(stages, width, height, row_overhead=[o + second_line for o in overhead],
                                        stage_padding=STAGE_PADDING,
                                        min_widths=[SQUEEZED_STAGE_WIDTH * scale] * len(titles), max_rows=MAX_ROWS,
                                        frame=frame)
        if best is None or (squeeze and best.smallest * SQUEEZE_GAIN < squeezed.smallest):
            self.two_line_titles = True
            return squeezed
        if one is not None and (two is None or two.smallest < one.smallest * TWO_LINE_GAIN):
            self.two_line_titles = False
            return one
        self.two_line_titles = True
        return two

    def _build(self, placement: StagePlacement) -> None:
        self.placement = placement
        self.painted_palette = self.palette
        self.ci.clear()
        self.panels = {}
        stages_area = self.ci.addLayout(row=0, col=0, rowspan=2)
        stages_area.setContentsMargins(0, 0, 0, 0)      # the placement counted every pixel of width
        stages_area.setSpacing(VIEW_SPACING)
        rows = [stages_area.addLayout(row=r, col=0) for r in range(placement.row_count)]
        for r, row in enumerate(rows):
            row.setSpacing(0)
            row.setContentsMargins(0, 0, 0, 0)
            stages_area.layout.setRowStretchFactor(r, 1)
        # rows of equal height, as the placement counted (else a row of taller panels takes more)
        row_height = (max(100, self.viewport().height() - 12) - VIEW_SPACING * (len(rows) - 1)) / len(rows)
        for stage, row, columns in zip(self.stages, placement.rows, placement.columns):
            level = self.levels.get(stage.level_key, 1.0)
            table = input_table(stage, level) if stage.kind == "input" else diverging_table(level, self.palette)
            lead_table = diverging_table(self.levels.get(stage.name + ".weight", 1.0), self.palette) \
                if stage.lead is not None else None
            panel = MapPanel(stage, table, columns=columns, lead_table=lead_table, two_lines=self.two_line_titles)
            wide = stage.mosaic_shape(columns)[1]      # with a colour input's colour picture, as the placement
            width = max(wide * placement.scale(stage) + STAGE_PADDING,
                        placement.min_widths[len(self.panels)] if placement.min_widths else 0)
            panel.layout.setPreferredWidth(width)
            panel.layout.setPreferredHeight(row_height)
            target = rows[row]
            target.addItem(panel.layout)
            target.layout.setColumnStretchFactor(target.layout.columnCount() - 1, max(1, int(width)))
            self.panels[stage.name] = panel
        self.collapsed_note = None
        if self.shown_count < len(self.stages):       # no room at a readable size for the rest: say so
            names = [s.name for s in self.stages[self.shown_count:]]
            if self.note_under_result:
                self.collapsed_note = CollapsedNote(names, getattr(self, "result_width", RESULT_WIDTH) - 10)
            else:                                      # beside the stages, in the width the placement kept
                self.collapsed_note = CollapsedNote(names, NOTE_WIDTH * _panels.FONT_SCALE)
                rows[-1].addItem(self.collapsed_note)
        model = self.model
        logits_name = model.layers[model.logits_index].name
        softmax_name = model.layers[-1].name if isinstance(model.layers[-1], Softmax) else "softmax"
        self.result = ResultPanel(model.class_names, logits_name=logits_name, softmax_name=softmax_name,
                                  logits_level=self.levels.get(logits_name, 1.0))
        stops = PALETTES[self.palette]
        self.result.signed_colours = (QColor(stops[-2]), QColor(stops[1]))    # the palette's strong ends
        result_width = getattr(self, "result_width", RESULT_WIDTH * _panels.FONT_SCALE)
        self.result.setMinimumWidth(min(self.result.minimumWidth(), result_width - 10))
        self.result.setPreferredWidth(result_width - 10)
        self.result.setMaximumWidth(max(result_width + 50, self.result.minimumWidth()))
        self.result.blank = self.blank
        self.ci.addItem(self.result, row=0, col=1)
        if self.collapsed_note is not None and self.note_under_result:     # the stages keep the whole width
            self.result.setMinimumHeight(self.result.content_height(
                compact=self.viewport().width() < SIDE_DOCK_VIEW * _panels.FONT_SCALE))
            self.ci.addItem(self.collapsed_note, row=1, col=1)
        self.ci.layout.setColumnStretchFactor(0, 10)
        self.ci.layout.setColumnStretchFactor(1, 0)
        self._apply_hidden()
        self.ci.setGeometry(self.range)     # the view's size: a layout built before may have stretched it taller
        self.rebuilt.emit()

    # -- lecture styles -----------------------------------------------------------------------
    def _rebuild(self) -> None:
        if self.model is not None:
            self._build(self._placement())
            if self.painted_trace is not None:
                self.show_trace(self.painted_trace)

    def set_palette(self, name: str) -> None:
        """The session's palette is now ``name`` (its ``palette_changed``): paint the signed maps and filters
        in it."""
        if name != self.painted_palette:
            self._rebuild()
            self.painted_palette = name
            self.paletteChanged.emit(name)

    def set_min_map_pixels(self, pixels: float) -> None:
        """The smallest map side (screen pixels) shown: later stages give way to a note below it."""
        if float(pixels) != self.min_map_px:
            self.set_sizing(replace(self.sizing, min_map_px=float(pixels)))

    def set_font_scale(self, scale: float) -> None:
        """Scale every text of the panels (titles, colour bars, the result): 1.0 normal, larger to present."""
        if float(scale) != _panels.FONT_SCALE:
            _panels.FONT_SCALE = float(scale)
            self._rebuild()

    def set_blank(self, blank: bool) -> None:
        """Nothing is drawn: the result says so instead of a prediction (the maps still show the blank input)."""
        if self.result is not None:
            self.result.blank = bool(blank)
        self.blank = bool(blank)

    def set_hidden(self, stages, text: str = "") -> None:
        """Conceal these stages (map panel names, "result" for the prediction) until set_hidden(())."""
        self.hidden, self.concealed_text = frozenset(stages), text
        self._apply_hidden()

    def _apply_hidden(self) -> None:
        for name, panel in self.panels.items():
            shown = name not in self.hidden
            panel.image.setVisible(shown)
            if panel.colour is not None:        # the colour view of an R, G, B input is concealed with it
                panel.colour.setVisible(shown)
            if panel.numbers is not None:
                panel.numbers.setVisible(shown)
            panel.title.setText(panel.title_text if shown else f"{panel.title_text}  \u00b7  ?")
        if self.result is not None:
            self.result.concealed = (self.concealed_text or "?") if "result" in self.hidden else ""
            self.result.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if getattr(self, "model", None) is not None:
            self._relayout.start()     # a debounce is right here: only the final size matters

    def _relayout_if_needed(self) -> None:
        if self.model is None:
            return
        two_lines = self.two_line_titles
        result_width = getattr(self, "result_width", None)
        shown, under = self.shown_count, self.note_under_result
        placement = self._placement()
        if shown != self.shown_count or under != self.note_under_result or placement.rows != self.placement.rows or placement.columns != self.placement.columns or \
                result_width != self.result_width or two_lines != self.two_line_titles or placement.min_widths != self.placement.min_widths or \
                abs(placement.map_pixels - self.placement.map_pixels) > 0.03 * self.placement.map_pixels or \
                placement.map_pixels < self.placement.map_pixels * 0.999:     # narrower: squeezed panels elide titles
            self._build(placement)
            if self.painted_trace is not None:
                self.show_trace(self.painted_trace)

    # -- showing ----------------------------------------------------------------------------
    def show_trace(self, trace: Trace) -> list[str]:
        """Put the first sample of a forward pass on every panel; returns the errors (also emitted)."""
        self.painted_trace = trace
        errors = []
        for name, panel in self.panels.items():
            try:
                array = trace.input[0] if name == "input" else trace[name][0]
                panel.show(array)
            except Exception as exc:      # one broken panel must not stop the others
                errors.append(self._report(name, exc))
        try:
            self.result.show(trace.logits[0], trace.probabilities[0])
        except Exception as exc:
            errors.append(self._report("result", exc))
        return errors

    def _report(self, name: str, exc: Exception) -> str:
        message = self.tr("panel '{0}' could not be updated: {1}: {2}").format(name, type(exc).__name__, exc)
        log.exception(message)
        self.panelFailed.emit(message)
        return message

    def panel_values(self) -> dict[str, np.ndarray]:
        """The arrays behind every map panel now, by layer name ("input" for the input)."""
        return {name: panel.values for name, panel in self.panels.items()}

    def refresh_filters(self) -> None:
        """Repaint the filter tiles from the model's current weights (changed in place, e.g. by training);
        colour levels stay as they are."""
        from cnnviz.viz.mosaic import kernel_block
        for name, panel in self.panels.items():
            if panel.stage.lead is not None:
                weight = self.model.layer(name).params["weight"]
                panel.set_lead(np.stack([kernel_block(w) for w in weight]))

    def repaint_now(self) -> None:
        """Paint the view immediately (for benchmarks and screenshots)."""
        self.viewport().repaint()
