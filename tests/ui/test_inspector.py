"""The inspector renders the explain dataclasses: the numbers shown are the engine's, rounded as stated."""
from __future__ import annotations

import PySide6  # noqa: F401
import numpy as np
import pytest

from cnnviz.engine import Activation, Conv2D, Dense, Flatten, Pool2D, Sequential, Softmax, he_init, load_model
from cnnviz.analysis import edit, explain
from cnnviz.analysis.explain import fmt
from cnnviz.ui.cell_tables import NEGATIVE, POSITIVE, sign_color
from cnnviz.ui.inspector import InspectorPanel
from cnnviz.viz.colormap import PALETTES, diverging_table


def multi_model(*, flip=False):
    layers = [Conv2D(1, 4, 3, flip=flip, name="conv1"), Activation("relu", name="relu1"),
              Pool2D(2, mode="max", name="pool1"), Conv2D(4, 3, 3, stride=2, padding=1, flip=flip, name="conv2"),
              Pool2D(2, mode="avg", name="pool2"), Flatten(name="flatten"), Dense(27, 2, name="dense"),
              Softmax(name="softmax")]
    model = Sequential(layers, class_names=("circle", "cross"), input_shape=(1, 28, 28))
    he_init(model, np.random.default_rng(0))
    return model


def drawing(seed=0):
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[:28, :28]
    x = np.exp(-((np.hypot(yy - 14, xx - 14) - 8) ** 2) / 4.0) + rng.uniform(0, 0.2, (28, 28))
    return np.clip(x, 0, 1).astype(np.float32)


@pytest.fixture
def panel(qtbot):
    widget = InspectorPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def table_texts(table):
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_conv_cell_shows_the_engine_value_and_its_arithmetic(panel):
    trace = load_model("lecture-ox").forward(drawing())
    panel.show_cell(trace, "conv1", (0, 0, 8, 5))
    cell = panel.explanation
    assert isinstance(cell, explain.ConvCell) and cell.matches_engine
    text = panel.text()
    engine = float(trace["conv1"][0, 0, 8, 5])
    assert f"= {fmt(engine)}" in text and "rounded to 3 decimals" in text
    assert "cosine" in text and "20 parameters" in text.replace("= 20", "20 parameters") or "= 20" in text
    rows = table_texts(panel._table)
    assert rows[0][0] == "patch" and rows[0][4] == "filter" and rows[0][8] == "products"
    ch = cell.channels[0]
    for u in range(3):
        assert rows[1 + u][0:3] == [fmt(v) for v in ch.patch[u]]
        assert rows[1 + u][4:7] == [fmt(v) for v in ch.weights[u]]
        assert rows[1 + u][8:11] == [fmt(v) for v in ch.products[u]]
    assert rows[2][11] == fmt(ch.partial_sum)
    # products coloured by sign as the pipeline colours maps: positive red, negative blue
    for u in range(3):
        for v in range(3):
            color = panel._table.item(1 + u, 8 + v).background().color()
            if ch.products[u, v] > 1e-3:
                assert color.red() > color.blue()
            elif ch.products[u, v] < -1e-3:
                assert color.blue() > color.red()
    assert f"relu({fmt(cell.value)})" in text


def test_multi_channel_conv_has_one_block_per_channel_with_padding(panel):
    trace = multi_model().forward(drawing())
    panel.show_cell(trace, "conv2", (0, 1, 0, 3))
    cell = panel.explanation
    rows = table_texts(panel._table)
    assert len(rows) == 1 + 4 * 4
    for c in range(4):
        assert rows[1 + 4 * c][0].startswith(f"input channel {c}:")
        assert rows[1 + 4 * c][0].endswith(fmt(cell.channels[c].partial_sum))
    padding_item = panel._table.item(2, 0)          # channel 0, kernel row 0 is above the input
    assert padding_item.font().italic() and "padding" in padding_item.toolTip()
    text = panel.text()
    assert "channels: " + explain.signed_sum(ch.partial_sum for ch in cell.channels) in text
    assert f"= {fmt(float(trace['conv2'][0, 1, 0, 3]))}" in text
    assert "padding zeros" in text


def test_flipped_conv_says_so(panel):
    trace = multi_model(flip=True).forward(drawing())
    panel.show_cell(trace, "conv1", (0, 2, 5, 5))
    assert table_texts(panel._table)[0][4] == "filter (rotated 180°)"
    assert "true convolution" in panel.text().lower()


def test_activation_cell_is_shown_through_its_conv(panel):
    trace = load_model("lecture-ox").forward(drawing())
    panel.show_cell(trace, "relu1", (1, 4, 9))
    assert isinstance(panel.explanation, explain.ConvCell) and panel.explanation.index == (0, 1, 4, 9)
    assert "pointed at relu1" in panel.text()
    assert f"= {fmt(float(trace['relu1'][0, 1, 4, 9]))}" in panel.text()


@pytest.mark.parametrize("mode", ["max", "min", "avg"])
def test_pool_cell_highlights_the_winner(panel, mode):
    model = edit.set_pool_options(load_model("lecture-ox"), "pool1", mode=mode).model
    trace = model.forward(drawing())
    panel.show_cell(trace, "pool1", (0, 1, 0, 1))
    cell = panel.explanation
    rows = table_texts(panel._table)
    assert len(rows) == 13 and len(rows[0]) == 13
    stars = [(r, c) for r, row in enumerate(rows) for c, t in enumerate(row) if t.startswith("★")]
    if mode == "avg":
        assert stars == [] and "average of 169 cells" in panel.text()
    else:
        assert stars == [divmod(cell.winner, 13)]
    assert f"= {fmt(float(trace['pool1'][0, 1, 0, 1]))}" in panel.text()


def test_class_view_contributions_sum_to_the_logit_and_softmax_gives_the_percentages(panel):
    trace = load_model("lecture-ox").forward(drawing())
    panel.show_class(trace, 1)
    dense, soft = panel.explanation, panel.softmax
    assert dense.class_name == "cross"
    rows = table_texts(panel._table)
    contributions = [float(r[3]) for r in rows[:8]]
    assert contributions == sorted(contributions, key=abs, reverse=True)
    assert rows[-1][0] == "= logit of 'cross'" and rows[-1][3] == fmt(float(trace.logits[0, 1]))
    soft_rows = table_texts(panel._table2)
    for k in range(2):
        assert soft_rows[k][5] == f"{100 * trace.probabilities[0, k]:.1f} %"
        assert soft_rows[k][1] == fmt(float(trace.logits[0, k]))
    assert "shifted by the largest" in panel.text() and "38 parameters" in panel.text()
    assert panel.target == ("class", 1)


def test_softmax_cell_and_flatten_cell(panel):
    trace = load_model("lecture-ox").forward(drawing())
    panel.show_cell(trace, "softmax", (0, 0))
    assert panel.softmax is not None and "p(circle)" in panel.text()
    panel.show_cell(trace, "flatten", (0, 6))
    assert "pool1 map 1, row 1, col 0" in panel.text()
    panel.show_cell(trace, "dense", (0, 0))
    assert "logit of 'circle'" in panel.text()


def test_hover_pin_and_refresh(panel, qtbot):
    model = load_model("lecture-ox")
    trace = model.forward(drawing())
    with qtbot.waitSignal(panel.field_changed) as blocker:
        panel.hover_cell(trace, "conv1", (0, 0, 3, 3))
    assert blocker.args[0].rows == (3, 6)
    with qtbot.waitSignal(panel.pinned_changed, check_params_cb=lambda pinned: pinned):
        panel.set_pinned(True)
    panel.hover_cell(trace, "pool1", (0, 0, 0, 0))        # ignored while pinned
    assert panel.target == ("cell", "conv1", (0, 0, 3, 3))
    # the pen moves: the pinned cell follows the new forward pass
    other = model.forward(np.roll(drawing(), 3, axis=1))
    panel.refresh(other)
    assert f"= {fmt(float(other['conv1'][0, 0, 3, 3]))}" in panel.text()
    # an edit that removes the cell clears the panel instead of crashing
    smaller = edit.set_conv_options(model, "conv1", stride=14, rng=np.random.default_rng(0)).model
    panel.show_cell(trace, "conv1", (0, 0, 25, 25))
    panel.refresh(smaller.forward(drawing()))
    assert panel.target is None and "no longer exists" in panel.text()
    panel.set_pinned(False)
    panel.hover_cell(trace, "pool1", (0, 0, 0, 0))
    assert panel.target[1] == "pool1"


def test_every_cell_kind_renders_without_warnings(panel):
    for trace in (load_model("lecture-ox").forward(drawing()), multi_model().forward(drawing()),
                  multi_model(flip=True).forward(drawing(1))):
        rng = np.random.default_rng(0)
        for step in trace.steps:
            shape = step.output.shape
            for _ in range(3):
                idx = tuple(int(rng.integers(s)) for s in shape)
                panel.show_cell(trace, step.name, idx)
                assert panel.text()
        for k in range(len(trace.class_names)):
            panel.show_class(trace, k)
        image = panel.grab()
        assert not image.isNull()


def test_sign_colours_are_the_pipelines():
    """One convention everywhere: a value's colour in the inspector is its colour in the pipeline's table."""
    assert sign_color(0, 1).name() == "#ffffff"
    pos, neg = sign_color(1, 1), sign_color(-1, 1)
    assert pos.red() > pos.blue() and neg.blue() > neg.red()
    assert POSITIVE != NEGATIVE and POSITIVE.red() > POSITIVE.blue() and NEGATIVE.blue() > NEGATIVE.red()
    for palette in PALETTES:
        table = diverging_table(2.0, palette)
        for value in (-2.0, -0.7, 0.0, 0.3, 2.0):
            r, g, b, _ = table.colours(np.array([value], np.float32))[0]
            assert sign_color(value, 2.0, palette).getRgb()[:3] == (r, g, b)
    orange = sign_color(1, 1, "blue-orange")
    assert orange.red() > orange.green() > orange.blue()


def test_inspector_follows_the_palette(panel):
    trace = load_model("lecture-ox").forward(drawing())
    panel.show_cell(trace, "conv1", (0, 0, 8, 5))
    weights = panel.explanation.channels[0].weights
    u, v = np.unravel_index(np.argmax(weights), weights.shape)
    red = panel._table.item(1 + u, 4 + v).background().color()
    panel.set_palette("blue-orange", trace)
    orange = panel._table.item(1 + u, 4 + v).background().color()
    scale = float(np.abs(weights).max())
    assert red == sign_color(weights[u, v], scale) and orange == sign_color(weights[u, v], scale, "blue-orange")
    assert red != orange


def test_large_layers_stay_readable_and_still_add_up(panel):
    """Many dense inputs: the largest contributions, then the rest in one row; the rows still sum to the logit.
    Big pooling windows are shown around their winner; many input channels beyond the first are summarised."""
    from cnnviz.ui.inspector_cells import MAX_CHANNEL_BLOCKS, MAX_DENSE_ROWS, MAX_POOL_SIDE

    model = edit.apply_change(load_model("lecture-ox"), "pool1", {"size": (2, 2)}, rng=np.random.default_rng(0)).model
    trace = model.forward(drawing())
    panel.show_class(trace, 0)
    rows = table_texts(panel._table)
    assert len(rows) == MAX_DENSE_ROWS + 1 + 3 and rows[MAX_DENSE_ROWS][0] == "the other 322 features, together"
    out = panel.explanation
    shown, rest, rest_sum = out.top(MAX_DENSE_ROWS)
    assert out.contributions[shown].sum() + rest_sum + out.bias == pytest.approx(float(trace.logits[0, 0]), abs=1e-5)
    assert rows[-1][3] == fmt(float(trace.logits[0, 0]))

    wide = Sequential([Conv2D(1, 12, 3, name="c1"), Conv2D(12, 2, 3, name="c2"),
                       Pool2D(mode="max", output_size=1, name="p"), Flatten(name="f"), Dense(2, 2, name="d")],
                      class_names=("a", "b"), input_shape=(1, 28, 28))
    he_init(wide, np.random.default_rng(2))
    trace = wide.forward(drawing())
    panel.show_cell(trace, "p", (0, 1, 0, 0))
    cell = panel.explanation
    rows = table_texts(panel._table)
    assert len(rows) == MAX_POOL_SIDE and len(rows[0]) == MAX_POOL_SIDE
    assert sum(t.startswith("★") for row in rows for t in row) == 1 and "Showing rows" in panel.text()
    panel.show_cell(trace, "c2", (0, 0, 5, 5))
    rows = table_texts(panel._table)
    assert len(rows) == 1 + 4 * MAX_CHANNEL_BLOCKS + 1
    assert rows[-1][0].startswith(f"input channels {MAX_CHANNEL_BLOCKS} to 11")
    assert f"= {fmt(float(trace['c2'][0, 0, 5, 5]))}" in panel.text()
