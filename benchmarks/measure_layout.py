"""How readable the window is at a projector's sizes: lays out the real window (offscreen Qt, a virtual screen
of each size) in every mode and reports the smallest map per stage kind, the cell-number and logit font sizes,
and every text that is elided, clipped or dropped.

    python benchmarks/measure_layout.py                       # 1280x720, 1366x768, 1920x1080; both models
    python benchmarks/measure_layout.py --sizes 1280x720 --models lecture-ox --modes normal,presentation
    python benchmarks/measure_layout.py --sizes 1280x720 --models own:3,own:10 --lang ru --modes normal,dock:collection

Models: a shipped model's name, a model file, or ``own:N``: a fresh ox-cnn of N own classes with long names
("lighthouse", "saxophone"...; the first three "kiss", "ring", "roof"), as a student's trained model has.
``--lang ja|ru`` lays the window out in that language. The first-run hint is shown (fresh settings).

Each size runs in a child process (the offscreen screen's size is fixed when Qt starts), with fresh settings
in a temporary folder, a circle drawn on the canvas, and the window as large as the screen. Modes: normal,
presentation, stepper, timeline, focus (the first conv stage focused, when the app has it; ":map" its first
map alone, ":last" the last conv stage), one per experiment dock, and these joined by "+", entered in that order
("stepper+presentation": the stepper opened, then presentation mode). In a focused stage of 26 x 26 maps or
smaller, the values' font (em) and digit height are reported ("values"). Leaving each part (in reverse order), the
script checks the layout returned to what it was before that part: the window's and the pipeline's size, the
canvas split and every shown dock's size. With the stepper open it also measures the stepper's own input and
output maps, its titles' and arithmetic's fonts, and whether its table is whole. Sizes are screen pixels; a
font's size is its pixel size (the em).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SIZES = ("1280x720", "1366x768", "1920x1080")
MODELS = ("lecture-ox", "ox-cnn")
EXPERIMENTS = ("collection", "training", "translation-map", "compare", "attribution")
MODES = ("normal", "presentation", "stepper", "timeline", "presentation+stepper", "stepper+presentation",
         "presentation+timeline", "focus", "focus:map", "presentation+focus",
         "presentation+focus:map", "presentation+focus:last") + \
    tuple(f"dock:{key}" for key in EXPERIMENTS)
SETTLE_MS = 450          # the pipeline re-lays out 150 ms after a resize, presentation fits the canvas after 250


# -- inside the child process -------------------------------------------------------------------------------
def _settle(ms: int = SETTLE_MS) -> None:
    from PySide6.QtTest import QTest
    QTest.qWait(ms)


def _pixels(font) -> float:
    """A QFont's size in pixels (the em)."""
    from PySide6.QtGui import QFontInfo
    return float(QFontInfo(font).pixelSize())


def _map_figures(window) -> tuple[dict, list[str]]:
    """Smallest map side (px) per stage kind, cell-number font px per numbered stage, and dropped labels."""
    from PySide6.QtGui import QFontMetricsF

    from cnnviz.ui import panels as ui_panels
    pipeline = window.pipeline
    sides: dict[str, float] = {}
    stage_px: dict[str, float] = {}
    numbers: dict[str, float] = {}
    values: dict[str, dict] = {}          # a focused stage of small maps: its values' font and digit height
    notes = []
    target = pipeline
    focus = getattr(window, "stage_focus", None)
    focused = focus is not None and focus.active
    if focused:
        target = focus.view
    for name, panel in target.panels.items():
        stage = panel.stage
        rect = panel.view.viewRect()
        if rect.width() <= 0 or not panel.view.isVisible():
            continue
        scale = min(panel.view.width() / rect.width(), panel.view.height() / rect.height())
        side = scale * max(stage.map_shape)
        stage_px[name] = round(side, 1)
        if stage.kind != "dense":
            sides[stage.kind] = min(sides.get(stage.kind, 1e9), round(side, 1))
        if panel.numbers is not None:
            size = panel.numbers.font_pixels(scale) if hasattr(panel.numbers, "font_pixels") else _cell_font(scale)
            numbers[name] = size
            if focused and max(stage.map_shape) <= 26:
                values[name] = _value_text(panel.numbers, scale)
            if not size and not (focused and stage.count > 1):      # all maps at once: a click shows one's values
                notes.append(f"{name}: cell numbers dropped (cells {scale:.0f} px)")
        title = panel.title
        width = title.boundingRect().width() - 4
        metrics = QFontMetricsF(title._font)
        if title.two_lines:
            head, rest = title.split(title.text())
            small = QFontMetricsF(title._small)
            if metrics.horizontalAdvance(head) > width or small.horizontalAdvance(rest) > width:
                notes.append(f"{name}: title elided")
        elif metrics.horizontalAdvance(title.text()) > width:
            notes.append(f"{name}: title elided")
        for bar in [panel.colour_bar] + ([panel.weight_bar] if hasattr(panel, "weight_bar") else []):
            width = bar.boundingRect().width()
            margin = max(bar._ends) / 2 + 2
            strip = max(10.0, min(width - 2 * margin, ui_panels.BAR_MAX_STRIP))
            room = strip - max(bar._ends) - 2 * ui_panels.BAR_GAP
            if bar._middles[0][1] > room:
                notes.append(f"{name}: colour bar note dropped")
            if strip < sum(bar._ends) / 2 + ui_panels.BAR_GAP:
                notes.append(f"{name}: colour bar values dropped")
    return {"map_px": sides, "stage_px": stage_px, "cell_number_px": numbers, "values": values}, notes


def _value_text(numbers, cell: float) -> dict:
    """The values written in a focused map's cells ``cell`` px wide: font em, digit height, cell, an example."""
    from PySide6.QtGui import QFont, QFontMetricsF
    style = numbers.style(cell)
    if style is None:
        return {"font_px": 0, "digits_high_px": 0, "cell_px": round(cell, 1), "example": ""}
    f = QFont()
    f.setPixelSize(style.font_px)
    f.setBold(True)
    return {"font_px": style.font_px, "digits_high_px": round(QFontMetricsF(f).tightBoundingRect("0123456789").height(), 1),
            "cell_px": round(cell, 1), "example": style.text(-0.35)}


def _cell_font(cell: float) -> float:
    """CellNumbers' font rule before it was exposed (the baseline): pixel size, 0 when not drawn."""
    from PySide6.QtGui import QFont, QFontMetricsF
    if cell < 18:
        return 0.0
    f = QFont()
    f.setPixelSize(int(min(max(cell * 0.26, 10), 40)))
    f.setBold(True)
    if QFontMetricsF(f).horizontalAdvance("\u22120.00") > cell - 2:
        return 0.0
    return float(f.pixelSize())


def _result_figures(window) -> tuple[dict, list[str]]:
    result = window.pipeline.result
    notes = []
    if result is None or not result.isVisible():
        return {}, ["result: not shown"]
    window.pipeline.grab()                           # paint, so bar_rows are those on screen
    bottom = result.boundingRect().bottom()
    rows = result.bar_rows
    shown = [r for r, _, _ in rows if r.bottom() <= bottom + 0.5]
    expected = 2 * len(result.class_names)
    if len(shown) < expected:
        notes.append(f"result: {expected - len(shown)} of {expected} bar rows clipped")
    from PySide6.QtGui import QFontMetricsF
    figures = {"logit_px": _pixels(result._body), "prediction_px": _pixels(result._big)}
    width = result.boundingRect().width() - 20
    if hasattr(result, "arrangement"):            # the bars arranged to the room (apart or together, a font size)
        mode, points, _ = result.arrangement()
        figures["bars"] = f"{mode} {points:g} pt"
        from cnnviz.ui.panels import font
        if not result._fits_width(mode, font(points), width):
            notes.append("result: class names shortened")
    elif any(n.endswith("\u2026") for n in result.columns(QFontMetricsF(result._body), width)[0]):
        notes.append("result: class names shortened")
    return figures, notes


def _widget_notes(window) -> list[str]:
    """Visible widgets whose text does not fit: labels and buttons narrower than their text, elided tabs,
    a toolbar whose actions overflow into its extension menu."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QToolBar, QToolButton
    notes = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap() and label.pixmap().isNull() \
                and label.width() + 1 < label.sizeHint().width() and label.window() is window:
            notes.append(f"label clipped: {label.text()[:40]!r} ({label.width()} < {label.sizeHint().width()} px)")
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() + 1 < button.minimumSizeHint().width() \
                and button.objectName() != "qt_toolbar_ext_button":
            notes.append(f"button clipped: {button.text()[:40]!r}")
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            for i in range(bar.count()):
                if bar.tabRect(i).width() + 1 < bar.tabSizeHint(i).width():
                    notes.append(f"tab elided: {bar.tabText(i)[:40]!r}")
    for toolbar in window.findChildren(QToolBar):
        for button in toolbar.findChildren(QToolButton):
            if button.objectName() == "qt_toolbar_ext_button" and button.isVisible():
                notes.append(f"toolbar '{toolbar.windowTitle()}' overflows (actions hidden behind \u00bb)")
    return notes


def _stepper_figures(window) -> tuple[dict, list[str]]:
    """The stepper's own maps (input under the window, output filling in: side in px), its titles' and its
    arithmetic's font px, and whether the arithmetic's table is whole (not scrolled, not cut)."""
    from PySide6.QtGui import QFontInfo
    lecture = window.lecture
    stepper = lecture.stepper
    if lecture.stepper_dock.isHidden() or stepper.direction != "forward":
        return {}, []
    window.grab()                                    # paint, so the views have their ranges
    sides = {}
    for key, box in (("input", stepper.input_box), ("output", stepper.output_box)):
        rect = box.viewRect()
        scale = min(box.width() / rect.width(), box.height() / rect.height()) if rect.width() > 0 else 0.0
        image = stepper.input_image if key == "input" else stepper.output_image
        sides[key] = round(scale * max(image.width() or 0, image.height() or 0), 1)
    table = stepper.inspector._table
    notes = []
    scroll = stepper.pages.widget(0).widget(1)
    hidden = table.mapTo(scroll, table.rect().bottomRight()).y() - scroll.viewport().height()
    if table.isVisible() and hidden > 2:
        notes.append(f"stepper: arithmetic table cut ({hidden} px below the dock)")
    if table.isVisible() and table.horizontalScrollBar().isVisible():
        notes.append("stepper: arithmetic table scrolls sideways")
    for title in (stepper.input_title, stepper.output_title):       # pyqtgraph labels: sized in points, by CSS
        if title.item.boundingRect().width() > title.width() + 1:
            notes.append(f"stepper: title clipped: {title.text[:40]!r}")
    title_px = round(float(stepper.input_title.opts["size"].rstrip("pt")) * 96 / 72, 1)
    return {"stepper": {"map_px": sides, "title_px": title_px, "numbers_px": _pixels(table.font()),
                        "status_px": float(QFontInfo(stepper.status.font()).pixelSize()),
                        "dock": [lecture.stepper_dock.width(), lecture.stepper_dock.height()]}}, notes


def _column_notes(window) -> tuple[dict, list[str]]:
    """The canvas column: its width, the canvas's side, the first-run hint's height; word-wrapped texts taller
    than their room (the canvas's title, the hint) and a "no room" note taller than its box are clipped."""
    from PySide6.QtWidgets import QLabel
    notes = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.text() and label.wordWrap() and label.window() is window \
                and label.heightForWidth(label.width()) > label.height() + 1:
            notes.append(f"label clipped: {label.text()[:40]!r} ({label.height()} < "
                         f"{label.heightForWidth(label.width())} px high)")
    note = getattr(window.pipeline, "collapsed_note", None)
    if note is not None and note.isVisible():
        box = note.boundingRect()
        needed = note.needed_height(box.width()) if not hasattr(note, "fits") else (0 if note.fits() else 1e9)
        if needed > box.height() + 1:
            notes.append(f"'no room' note clipped ({box.height():.0f} < {needed:.0f} px high)")
    hint = getattr(window, "first_run", None)
    shown = hint is not None and hint.frame.isVisible()
    figures = {"canvas_px": min(window.canvas.width(), window.canvas.height()), "column_px": window.splitter.widget(0).width(),
               "pipeline_share": round(window.pipeline.width() / window.width(), 2),
               "hint": f"{hint.frame.height()} px high" if shown else "-"}
    return figures, notes


def measure(window) -> dict:
    maps, notes = _map_figures(window)
    column, column_notes = _column_notes(window)
    notes += column_notes
    pipeline = window.pipeline
    focus = getattr(window, "stage_focus", None)
    if focus is not None and focus.active:        # the focused stage covers the pipeline and its result
        result, result_notes, left_out = {}, [], []
    else:
        result, result_notes = _result_figures(window)
        left_out = [s.name for s in pipeline.stages[getattr(pipeline, "shown_count", len(pipeline.stages)):]]
    stepper, stepper_notes = _stepper_figures(window)
    return {**maps, **result, **stepper, **column, "pipeline": [pipeline.width(), pipeline.height()],
            "left_out": left_out, "elided": notes + result_notes + stepper_notes + _widget_notes(window)}


def _parts(mode: str) -> list[str]:
    """A mode's steps, entered in this order and left in the reverse one ("stepper+presentation": the stepper
    opened first, then presentation mode entered)."""
    return [] if mode == "normal" else mode.split("+")


def _enter(window, part: str) -> None:
    lecture, experiments = window.lecture, window.experiments
    if part == "presentation":
        lecture.presentation.set_presenting(True)
    elif part in ("stepper", "timeline"):
        action = lecture.stepper_action if part == "stepper" else lecture.timeline_action
        if not action.isChecked():
            action.trigger()
    elif part.startswith("focus"):
        focus = getattr(window, "stage_focus", None)
        if focus is None:
            raise LookupError("this version has no focused stage")
        convs = [stage.name for stage in window.pipeline.stages if stage.kind == "conv"]
        focus.focus(convs[-1] if part.endswith(":last") else convs[0], map_index=0 if part.endswith(":map") else None)
    elif part.startswith("dock:"):
        experiments.show_dock(part[5:])
    else:
        raise SystemExit(f"unknown mode part {part!r}")


def _leave(window, part: str) -> None:
    lecture, experiments = window.lecture, window.experiments
    if part.startswith("focus"):
        window.stage_focus.leave()
    elif part in ("stepper", "timeline"):
        action = lecture.stepper_action if part == "stepper" else lecture.timeline_action
        if action.isChecked():
            action.trigger()
    elif part.startswith("dock:"):
        experiments.docks[part[5:]].hide()
    elif part == "presentation":
        lecture.presentation.set_presenting(False)


def _layout(window) -> dict:
    """What leaving a mode must give back: the window's and the pipeline's size, the canvas split, every shown
    dock's size."""
    from PySide6.QtWidgets import QDockWidget
    docks = {d.objectName(): [d.width(), d.height()] for d in window.findChildren(QDockWidget)
             if d.parent() is window and not d.visibleRegion().isEmpty()}    # a tab behind another: a stale size
    return {"window": [window.width(), window.height()], "pipeline": [window.pipeline.width(),
            window.pipeline.height()], "splitter": window.splitter.sizes(), "docks": docks}


OWN_NAMES = ("kiss", "ring", "roof", "lighthouse", "saxophone", "butterfly", "pineapple", "snowflake", "umbrella",
             "telephone", "mushroom", "bicycle")


def _own_model(spec: str) -> str:
    """``own:N``: a model file of a fresh ox-cnn with N own classes (a student's trained model); else ``spec``."""
    if not spec.startswith("own:"):
        return spec
    import numpy as np

    from cnnviz.engine.architectures import build
    from cnnviz.engine.model_files import save_model
    count = int(spec[4:])
    model = build("ox-cnn", np.random.default_rng(0), classes=OWN_NAMES[:count])
    model.name = f"own{count}"
    return str(save_model(model, Path(tempfile.mkdtemp()) / f"own{count}.json"))


def child(size: str, models: list[str], modes: list[str], lang: str = "en") -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cnnviz.ui.app import configure_pyqtgraph
    from cnnviz.ui.window import MainWindow
    from cnnviz.ui.i18n import install_language
    app = QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    install_language(lang)
    rows = []
    for model in models:
        settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(_own_model(model), settings=settings)
        window.show()
        _settle(600)
        window.draw_example("circle")
        window.live.run_now()
        _settle()
        for mode in modes:
            row = {"size": size, "model": model + (f" {lang}" if lang != "en" else ""), "mode": mode,
                   "window": [window.width(), window.height()]}
            entered = []                          # (part, the layout before it)
            try:
                for part in _parts(mode):
                    entered.append((part, _layout(window)))
                    _enter(window, part)
                    _settle()
            except LookupError as exc:
                rows.append({**row, "skipped": str(exc)})
                continue
            row.update(measure(window))
            for part, before in reversed(entered):     # each step left gives back the layout before it
                _leave(window, part)
                _settle()
                after = _layout(window)
                if after != before:
                    row.setdefault("not_restored", []).append({"left": part, "before": before, "after": after})
            rows.append(row)
        window.close()
        window.deleteLater()
        _settle(50)
    app.processEvents()
    return rows


# -- the parent: one child per screen size, then a table ------------------------------------------------------
def run_size(size: str, models, modes, lang: str = "en") -> list[dict]:
    width, height = (int(v) for v in size.split("x"))
    folder = Path(tempfile.mkdtemp(prefix="cnnviz-layout-"))
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "projector", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", HOME=str(folder),
               XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder / "data"),
               PYTHONPATH=os.pathsep.join([str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")]))
    command = [sys.executable, __file__, "--child", size, "--models", ",".join(models), "--modes", ",".join(modes), "--lang", lang]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("ROWS ")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"measuring {size} failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(lines[-1][5:])


def table(rows: list[dict]) -> str:
    out = [f"{'size':9} {'model':10} {'mode':22} {'input':>6} {'conv':>6} {'act':>6} {'pool':>6} "
           f"{'numbers':>8} {'logit':>6}  elided / clipped"]
    for row in rows:
        if "skipped" in row:
            out.append(f"{row['size']:9} {row['model']:10} {row['mode']:22} (skipped: {row['skipped']})")
            continue
        maps = row["map_px"]
        numbers = row["cell_number_px"]
        number = f"{min(numbers.values()):.0f}" if numbers else "-"
        notes = list(row["elided"])
        elided = len(notes)
        shown = "  ".join(f"{name} {px:.0f}" for name, px in row.get("stage_px", {}).items())
        if "column_px" in row:
            notes.insert(0, f"canvas column {row['column_px']} px (canvas {row['canvas_px']}), pipeline "
                            f"{row['pipeline_share']:.0%} of the width, first-run hint: {row['hint']}")
        notes.insert(0, f"maps: {shown}" + (f"; no room for {', '.join(row['left_out'])}" if row.get("left_out") else ""))
        for name, v in row.get("values", {}).items():
            notes.insert(1, f"values in {name}: font {v['font_px']} px, digits {v['digits_high_px']:.0f} px high, "
                            f"cells {v['cell_px']:.0f} px ('{v['example']}')" if v["font_px"] else
                         f"values in {name}: not written (cells {v['cell_px']:.0f} px; one map shows them)")
        for lost in row.get("not_restored", []):
            changed = {k: (lost["before"][k], lost["after"][k]) for k in lost["before"] if lost["before"][k] != lost["after"][k]}
            notes.append(f"layout not restored on leaving {lost['left']}: " +
                         "; ".join(f"{k} {b} -> {a}" for k, (b, a) in changed.items()))
        cells = [f"{maps[k]:6.0f}" if k in maps else f"{'-':>6}" for k in ("input", "conv", "activation", "pool")]
        out.append(f"{row['size']:9} {row['model']:10} {row['mode']:22} {' '.join(cells)} {number:>8} "
                   f"{row.get('logit_px', 0):6.0f}  {elided}" + "".join(f"\n{'':30}- {n}" for n in notes))
    return "\n".join(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(SIZES))
    parser.add_argument("--models", default=",".join(MODELS))
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--lang", default="en", choices=["en", "ja", "ru"], help="the interface language")
    parser.add_argument("--json", help="also write the rows to this file")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    models, modes = args.models.split(","), args.modes.split(",")
    if args.child:
        print("ROWS " + json.dumps(child(args.child, models, modes, args.lang)), flush=True)
        return 0
    rows = []
    for size in args.sizes.split(","):
        rows += run_size(size, models, modes, args.lang)
    print(table(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
