"""A transposed convolution in the inspector and the stepper: pointing at a cell lists the stamps that overlap
on it with the engine's numbers; stepping lays one input cell's scaled filter at a time and ends on the
engine's output; both link it to the input gradient of an ordinary convolution."""
import numpy as np
import pytest

from cnnviz.analysis.explain import fmt
from cnnviz.analysis.explain_transpose import explain_transposed_conv, explain_upsample
from cnnviz.lecture_questions import question, question_model
from cnnviz.size_scenes import scene_model
from cnnviz.ui.inspector import InspectorPanel
from cnnviz.ui.lecture.stepper import StepperPanel


@pytest.fixture
def trace():
    model = question_model(question("transposed-convolution"))        # lecture-ox with deconv1 after relu1
    return model.forward(np.random.default_rng(7).random((1, 1, 28, 28), dtype=np.float32))


def table_rows(table):
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_the_inspector_lists_every_stamp_on_a_transposed_convolution_cell(qtbot, trace):
    panel = InspectorPanel()
    qtbot.addWidget(panel)
    panel.show_cell(trace, "deconv1", (0, 1, 5, 7))
    cell = explain_transposed_conv(trace, "deconv1", (0, 1, 5, 7))
    assert panel.explanation == cell and cell.matches_engine
    rows = table_rows(panel._table)
    assert len(rows) == len(cell.terms) == 18                         # 3x3 filter, 2 input channels, stride 1
    for row, t in zip(rows, sorted(cell.terms, key=lambda t: -abs(t.product))):     # the largest first
        assert row[0] == f"({t.channel}, {t.row}, {t.col})" and row[1] == fmt(t.value)
        assert row[3] == f"w[{t.channel}, 1, {t.offset[0]}, {t.offset[1]}]" and row[4] == fmt(t.weight)
        assert row[6] == fmt(t.product)
    text = panel.text()
    engine = float(trace["deconv1"][0, 1, 5, 7])
    assert f"= {fmt(engine)}" in text                                  # the sum is the engine's value
    assert "input gradient of an ordinary convolution" in text and "stamps the filter" in text
    nonzero = [t for t in cell.terms if t.product != 0]
    assert f"(and {len(cell.terms) - len(nonzero)} products of 0)" in text      # the sum written out without them


def test_a_cell_with_many_stamps_lists_the_largest_and_sums_the_rest(qtbot):
    from cnnviz.engine.layers import ConvTranspose2D, Dense, Flatten
    from cnnviz.engine.model import Sequential
    rng = np.random.default_rng(1)
    layer = ConvTranspose2D(6, 2, 3, name="t")
    layer.params["weight"][...] = rng.standard_normal(layer.weight.shape)
    model = Sequential([layer, Flatten(name="f"), Dense(2 * 7 * 7, 2, name="d")], ("a", "b"), (6, 5, 5))
    trace = model.forward(rng.standard_normal((1, 6, 5, 5)).astype(np.float32))
    panel = InspectorPanel()
    qtbot.addWidget(panel)
    panel.show_cell(trace, "t", (0, 0, 3, 3))                          # 6 channels x 9 stamps = 54
    rows = table_rows(panel._table)
    assert len(rows) == 27 + 1 and "27 smaller stamps, summed" in rows[-1][0]
    products = [abs(float(r[6])) for r in rows[:-1]]
    assert products == sorted(products, reverse=True)
    assert "54 stamps overlap on this cell" in panel.text()


def test_the_inspector_explains_an_upsampling_cell(qtbot):
    model = scene_model("size-upsample-convolve")
    trace = model.forward(np.random.default_rng(2).random((1, 1, 28, 28), dtype=np.float32))
    panel = InspectorPanel()
    qtbot.addWidget(panel)
    panel.show_cell(trace, "up1", (0, 1, 9, 4))
    cell = explain_upsample(trace, "up1", (0, 1, 9, 4))
    assert table_rows(panel._table) == [["(1, 4, 2)", fmt(cell.terms[0].value), "×", fmt(1.0), "=",
                                         fmt(cell.terms[0].product)]]
    assert "nearest" in panel.text() and cell.matches_engine


def test_the_stepper_stamps_input_cells_and_ends_on_the_engines_output(qtbot, trace):
    panel = StepperPanel()
    qtbot.addWidget(panel)
    panel.set_trace(trace)
    assert [panel.layer_combo.itemText(i) for i in range(panel.layer_combo.count())] == ["conv1", "deconv1", "pool1"]
    panel.set_layer("deconv1", 1)
    assert panel.count == 26 * 26                                        # one step per input cell
    panel.go_to(30)                                                      # input cell (1, 4)
    shown = panel.partial_map()
    assert np.isnan(shown[10:]).all() and not np.isnan(shown[1:4, 4:7]).any()     # only stamped cells so far
    assert "input cell (1, 4)" in panel.status.text() and "rows 1 to 3, cols 4 to 6" in panel.status.text()
    assert "input gradient of an ordinary convolution" in panel.status.text()
    assert panel.inspector.target == ("cell", "deconv1", (0, 1, 1, 4))    # the cell this stamp completes
    assert panel.partial_map()[1, 4] == pytest.approx(float(trace["deconv1"][0, 1, 1, 4]), abs=1e-5)
    panel.finish()
    np.testing.assert_allclose(panel.partial_map(), trace["deconv1"][0, 1], rtol=1e-5, atol=1e-5)
    panel.set_layer("conv1")                                             # back to a sliding window
    panel.go_to(5)
    assert panel.status.text().startswith("cell (0, 5)") and panel.padding_ring.isVisible() is False


def test_the_stepper_plays_a_transposed_convolution_to_the_end(qtbot, trace):
    panel = StepperPanel()
    qtbot.addWidget(panel)
    panel.set_trace(trace)
    panel.set_layer("deconv1", 0)
    panel.go_to(panel.count - 40)
    visited = []
    panel.stepped.connect(visited.append)
    panel.set_speed(60)
    panel.play()
    qtbot.waitUntil(lambda: not panel.playing, timeout=15000)
    assert visited == list(range(panel.count - 39, panel.count))
    np.testing.assert_allclose(panel.partial_map(), trace["deconv1"][0, 0], rtol=1e-5, atol=1e-5)


def test_transposed_convolution_texts_are_translated(qtbot, trace):
    from cnnviz.ui.i18n import install_language
    assert install_language("ja") == "ja"
    try:
        panel = StepperPanel()
        qtbot.addWidget(panel)
        panel.set_trace(trace)
        panel.set_layer("deconv1", 0)
        panel.go_to(30)
        assert "入力セル (1, 4)" in panel.status.text() and "ストライド" in panel.status.text()
        text = panel.inspector.text()
        assert "転置畳み込み" in text and "誤差逆伝播" in text and "stamps" not in text
    finally:
        install_language("en")
