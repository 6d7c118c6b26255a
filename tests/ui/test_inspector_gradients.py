"""The inspector explains a gradient of the backward pass as it explains a forward cell: a weight's gradient
as the sum over output cells of upstream x input under the weight, ReLU's gate, pooling's routing, dense and
softmax with the numbers, each number the engine's to its last displayed digit; pointing at the Backward
dock shows it, a click pins it, and a pinned gradient follows the pen and a learning step."""
import numpy as np
import pytest

from cnnviz.analysis import explain_backward as eb
from cnnviz.analysis.explain_backward import shown
from cnnviz.engine import gradients, load_model
from cnnviz.ui.backward.hits import bias_key, logits_key
from cnnviz.ui.inspector import InspectorPanel
from cnnviz.viz.block_mosaic import tile_blocks
from cnnviz.viz.colormap import diverging_table
from cnnviz.viz.experiments import colour_image
from cnnviz.viz.gradient_maps import weight_key

from ..analysis.test_explain_backward import MODELS, input_for
from .experiments_helpers import experiment_window, open_backward, put_sketch  # noqa: F401
from .test_backward_dock import shown_pixels

QUESTION = "Does the filter slide over the input again when it learns? Yes"


@pytest.fixture
def panel(qtbot):
    widget = InspectorPanel(columns=2)
    qtbot.addWidget(widget)
    return widget


def engine_value(grads, target):
    kind, name, index = target
    if kind == "weight-gradient":
        return grads.weights[name][index]
    array = grads.input if name == "input" else grads.outputs[name]
    return array[(0,) + tuple(index)]


def table_cells(panel):
    table = panel._table
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_a_conv_weight_gradient_lists_upstream_times_input_and_answers_the_question(panel):
    model = MODELS["relu-max"]()
    grads = gradients(model, input_for(model, 1), 1)
    target = ("weight-gradient", "conv1", (1, 0, 2, 1))
    panel.show_gradient(grads, target)
    text = panel.text()
    result = panel.explanation
    assert isinstance(result, eb.ConvWeightGradient)
    assert QUESTION in text
    assert f"= {shown(grads.weights['conv1'][1, 0, 2, 1])}" in text          # the engine's number, as displayed
    rows = table_cells(panel)
    assert panel._table.horizontalHeaderItem(0).text() == "output cell"
    assert panel._table.horizontalHeaderItem(3).text() == "× input under w"
    for row in rows[:-1]:
        if row[0].startswith("("):                   # one listed term: output cell, upstream, input cell, x, product
            i, j = (int(v) for v in row[0].strip("()").split(", "))
            assert row[1] == shown(grads.outputs["conv1"][0, 1, i, j])
            r, t = (int(v) for v in row[2].strip("()").split(", "))
            assert row[3] == shown(grads.trace.input[0, 0, r, t])        # the input value under the weight
            assert row[4] == shown(result.products[i, j])
    assert rows[-1][0] == "sum" and rows[-1][-1] == shown(grads.weights["conv1"][1, 0, 2, 1])
    assert "Check: computed exactly" in text and "DIFFERENCE" not in text


def test_every_gradient_of_every_model_shows_the_engines_number(panel):
    for name in ("relu-max", "stride-padding-flip-min-overlap", "avg-adaptive-sigmoid-tanh", "float64", "ox-cnn"):
        model = load_model(name) if name == "ox-cnn" else MODELS[name]()
        grads = gradients(model, input_for(model, 3), 0)
        targets = [("weight-gradient", layer, tuple(int(v) for v in np.unravel_index(int(np.argmax(
            np.abs(g))), g.shape))) for layer, g in grads.weights.items()]
        for stage in ["input"] + [s.name for s in grads.trace.steps]:
            array = grads.input if stage == "input" else grads.outputs[stage]
            for flat in (0, int(np.argmax(np.abs(array))), array.size - 1):
                targets.append(("gradient", stage, tuple(int(v) for v in np.unravel_index(flat, array.shape))[1:]))
        for target in targets:
            panel.show_gradient(grads, target)
            assert panel.target == target
            value = shown(engine_value(grads, target))
            formula = panel._formula.text()
            assert f"= <b>{value}</b>" in formula or f", {value}" in formula or (
                value == "0" and "its gradient is 0" in formula), (name, target, formula)


def test_relu_gate_pool_routing_and_averaging_in_words_and_numbers(panel):
    model = MODELS["relu-max"]()
    grads = gradients(model, input_for(model, 2), 2)
    conv = grads.trace["conv1"][0]
    passes = tuple(int(v) for v in np.argwhere(conv > 0)[0])
    blocks = tuple(int(v) for v in np.argwhere(conv <= 0)[0])
    panel.show_gradient(grads, ("gradient", "conv1", passes))
    assert f"ReLU passed its input {shown(conv[passes])} > 0" in panel.text()
    assert f"{shown(grads.outputs['relu1'][(0,) + passes])} × 1 = {shown(grads.outputs['conv1'][(0,) + passes])}" \
        in panel.text()
    panel.show_gradient(grads, ("gradient", "conv1", blocks))
    assert "blocks the gradient too" in panel.text() and "× 0 = 0" in panel.text()
    # max pooling: the winner of its window gets the window's whole gradient, the others 0
    relu = grads.trace["relu1"][0, 0, 0:2, 0:2]
    winner = np.unravel_index(int(np.argmax(relu)), relu.shape)
    loser = (1 - winner[0], winner[1])
    panel.show_gradient(grads, ("gradient", "relu1", (0,) + tuple(int(v) for v in winner)))
    assert "routes each window's gradient to its winning cell only" in panel.text()
    assert any(cell.startswith("★") for row in table_cells(panel) for cell in row)
    assert f"= {shown(grads.outputs['pool1'][0, 0, 0, 0])}" in panel.text()
    if relu[loser] != relu[winner]:
        panel.show_gradient(grads, ("gradient", "relu1", (0,) + tuple(int(v) for v in loser)))
        assert "did not win any" in panel.text()
    # average pooling spreads evenly: upstream x 1/4 with the numbers
    model = MODELS["float64"]()
    grads = gradients(model, input_for(model, 2), 1)
    panel.show_gradient(grads, ("gradient", "r", (1, 0, 0)))
    upstream = grads.outputs["pool1"][0, 1, 0, 0]
    assert "spreads each window's gradient evenly over its 4 cells" in panel.text()
    assert ["(0, 0)", "rows 0–1, cols 0–1", shown(upstream), "1/4", shown(upstream / 4)] in table_cells(panel)


def test_dense_softmax_and_logits_as_formulas_with_numbers(panel):
    model = MODELS["relu-max"]()
    grads = gradients(model, input_for(model, 4), 1)
    p = grads.trace.probabilities[0]
    panel.show_gradient(grads, ("gradient", "dense", (0,)))
    text = panel.text()
    assert f"∂L/∂z(circle) = p(circle) - y(circle) = {shown(p[0])} - 0 = {shown(grads.logits[0, 0])}" in text
    assert "softmax minus one-hot" in text
    assert ["cross", shown(p[1]), "1", shown(grads.logits[0, 1])] in table_cells(panel)
    panel.show_gradient(grads, ("gradient", "softmax", (1,)))
    assert f"-1 / p(cross) = -1 / {shown(p[1])} = {shown(grads.outputs['softmax'][0, 1])}" in panel.text()
    panel.show_gradient(grads, ("gradient", "flatten", (5,)))
    w = model.layer("dense").weight[:, 5]
    assert f"sum over 3 outputs of ∂L/∂z[k] × W[k, 5]" in panel.text()
    rows = table_cells(panel)
    for k in range(3):
        assert any(row[1:4] == [shown(grads.logits[0, k]), shown(w[k]), shown(grads.logits[0, k] * w[k])]
                   for row in rows)
    panel.show_gradient(grads, ("weight-gradient", "dense", (2, 5)))
    x = grads.trace["flatten"][0, 5]
    assert (f"∂L/∂W[2, 5] = ∂L/∂z[2] × x[5] = {shown(grads.logits[0, 2])} × {shown(x)} = "
            f"{shown(grads.weights['dense'][2, 5])}") in panel.text()


def test_a_convolutions_input_gradient_shows_the_rotated_filter(panel):
    model = MODELS["relu-max"]()
    grads = gradients(model, input_for(model, 5), 0)
    panel.show_gradient(grads, ("gradient", "input", (0, 4, 4)))
    text = panel.text()
    assert "filter rotated 180°" in text and "full convolution" in text
    rows = table_cells(panel)
    kernel = model.layer("conv1").weight[0, 0]
    filter_rows = [r for r, row in enumerate(rows) if row[0].startswith("filter 0")]
    top = filter_rows[0] + 1
    for r in range(3):
        assert rows[top + r][4:7] == [shown(v) for v in kernel[::-1, ::-1][r]]
    assert f"= {shown(grads.input[0, 0, 4, 4])}" in text


def test_pointing_at_the_backward_dock_shows_and_pins_in_the_inspector(experiment_window, qtbot):
    window = experiment_window("lecture-ox")
    put_sketch(window, "cross", 2)
    dock = open_backward(window)
    inspector = window.inspect.inspector
    # hover a dL/dw tile: the inspector explains it (the engine's number) and answers the question
    dock.point(weight_key("conv1"), 1, 2, clicked=False)
    qtbot.waitUntil(lambda: inspector.target == ("weight-gradient", "conv1", (0, 0, 0, 1)))
    expected = gradients(window.session.model, window.session.trace.input[0], int(window.session.trace.predicted[0]))
    assert f"= {shown(expected.weights['conv1'][0, 0, 0, 1])}" in inspector.text()
    assert QUESTION in inspector.text()
    # click a conv1 cell: ReLU's gate, pinned; hovering elsewhere keeps it
    dock.point("conv1", 1 + 12, 1 + 13, clicked=True)
    target = ("gradient", "conv1", (0, 12, 13))
    assert inspector.target == target and inspector.pinned
    assert "ReLU" in inspector.text() and f"= {shown(expected.outputs['conv1'][0, 0, 12, 13])}" in inspector.text()
    assert window.session.pinned is None             # the session pins forward cells only
    dock.point(weight_key("conv1"), 1, 1, clicked=False)
    qtbot.wait(40)
    assert inspector.target == target
    # the pinned gradient follows a learning step: the new model's gradient
    window.session.backward.step()
    after = window.session.backward.gradients()
    assert inspector.target == target and inspector.pinned
    assert f"= {shown(after.outputs['conv1'][0, 0, 12, 13])}" in inspector.text()
    # and the pen
    put_sketch(window, "circle", 3)
    window.inspect.flush()
    now = window.session.backward.gradients()
    assert f"= {shown(now.outputs['conv1'][0, 0, 12, 13])}" in inspector.text()
    # clicking the pinned cell again unpins; then forward hovering works as before
    dock.point("conv1", 1 + 12, 1 + 13, clicked=True)
    assert not inspector.pinned
    # Esc (Unpin inspector) unpins a gradient as it does a forward cell
    dock.point(weight_key("conv1"), 1, 2, clicked=True)
    assert inspector.pinned and window.inspect.unpin_action.isEnabled()
    window.inspect.unpin_action.trigger()
    assert not inspector.pinned
    window.inspect.pin("conv1", (0, 3, 3))
    assert inspector.target == ("cell", "conv1", (0, 3, 3)) and window.session.pinned == ("cell", "conv1", (0, 3, 3))


def test_pointer_events_on_a_gradient_map_reach_the_inspector(experiment_window, qtbot):
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication
    window = experiment_window("lecture-ox")
    put_sketch(window, "circle", 6)
    dock = open_backward(window)
    inspector = window.inspect.inspector
    view = dock.views["relu1"][1]

    def send(kind, y, x):
        rect, (h, w) = view.image_rect(), view._shape          # where the picture is now
        pos = QPointF(rect.left() + (x + 0.5) * rect.width() / w, rect.top() + (y + 0.5) * rect.height() / h)
        button = Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
        event = QMouseEvent(kind, pos, view.mapToGlobal(pos), button, button, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(view, event)
    send(QEvent.Type.MouseMove, 1 + 5, 1 + 7)              # map 0 (a one-pixel gap around each map), row 5, col 7
    qtbot.waitUntil(lambda: inspector.target == ("gradient", "relu1", (0, 5, 7)))
    assert "pooling" in inspector.text() and not inspector.pinned
    send(QEvent.Type.MouseButtonPress, 1 + 6, 1 + 7)
    assert inspector.pinned and inspector.target == ("gradient", "relu1", (0, 6, 7))
    expected = window.session.backward.gradients()
    value = shown(expected.outputs["relu1"][0, 0, 6, 7])
    assert f"= {value}" in inspector.text() or (value == "0" and "its gradient is 0" in inspector.text())


def test_a_bias_gradient_is_the_sum_of_the_upstream_gradient_over_its_map(panel):
    model = load_model("ox-cnn")
    grads = gradients(model, input_for(model, 2), 1)
    panel.show_gradient(grads, ("bias-gradient", "conv2", (5,)))
    text, rows = panel.text(), table_cells(panel)
    assert panel.target == ("bias-gradient", "conv2", (5,))
    assert panel._title.text() == "∂L/∂b · conv2 · filter 5"
    value = shown(grads.biases["conv2"][5])
    assert f"= <b>{value}</b>" in panel._formula.text() and "sum of the upstream gradient ∂L/∂y over the 121 cells" \
        in text
    assert "added to every one of the 121 cells of map 5" in text
    assert [panel._table.horizontalHeaderItem(c).text() for c in range(2)] == ["output cell", "∂L/∂y there"]
    for row in rows[:-1]:
        if row[0].startswith("("):                   # each listed term is the upstream gradient at that cell
            i, j = (int(v) for v in row[0].strip("()").split(", "))
            assert row[1] == shown(grads.outputs["conv2"][0, 5, i, j])
    assert rows[-1] == ["sum", value]
    assert "Check: computed exactly" in text and "DIFFERENCE" not in text
    # the dense layer's bias at the logits: softmax - one-hot, numbers filled in
    panel.show_gradient(grads, ("bias-gradient", "dense", (0,)))
    p = float(grads.trace.probabilities[0, 0])
    assert panel._title.text() == "∂L/∂b · dense · output 0"
    assert f"p(circle) - y(circle) = {shown(p)} - 0 = <b>{shown(grads.biases['dense'][0])}</b>" in \
        panel._formula.text()
    assert panel._table.isHidden()


def test_pointing_at_a_bias_cell_of_the_backward_dock_explains_it(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    put_sketch(window, "cross", 4)
    dock = open_backward(window)
    inspector = window.inspect.inspector
    expected = window.session.backward.gradients()
    for name, f in (("conv1", 4), ("conv2", 13), ("dense", 1)):
        layout = dock.layouts[bias_key(name)]            # the biases sit in the grid of their filters' tiles
        y, x = layout.origin(f)
        assert layout.columns == dock.layouts[weight_key(name)].columns
        dock.point(bias_key(name), y + 0.5, x + 0.5, clicked=False)
        qtbot.waitUntil(lambda: inspector.target == ("bias-gradient", name, (f,)))
        assert f"<b>{shown(expected.biases[name][f])}</b>" in inspector._formula.text()
    dock.point(bias_key("conv1"), *dock.layouts[bias_key("conv1")].origin(2), clicked=True)
    assert inspector.pinned and inspector.target == ("bias-gradient", "conv1", (2,))
    assert shown(expected.biases["conv1"][2]) in dock.formula_label.text()      # the dock says it too
    window.session.backward.step()                    # a pinned bias gradient follows a learning step
    after = window.session.backward.gradients()
    assert inspector.target == ("bias-gradient", "conv1", (2,))
    assert f"<b>{shown(after.biases['conv1'][2])}</b>" in inspector._formula.text()
    # the dock paints the biases and their gradients
    bias_view, gradient_view = dock.views[bias_key("conv1")]
    image, _ = tile_blocks(after.biases["conv1"].reshape(-1, 1, 1))
    level = dock.levels.levels[bias_key("conv1")]
    np.testing.assert_array_equal(shown_pixels(gradient_view),
                                  colour_image(image, diverging_table(level, window.session.palette)))


def test_the_start_of_the_backward_pass_and_the_dense_formula_can_be_pointed_at(experiment_window, qtbot):
    """The logits row (softmax - one-hot) explains p - y for each class; a cell of the last map before the flatten
    is explained through the dense layer (the flatten only reorders), with the numbers."""
    window = experiment_window("lecture-ox")
    put_sketch(window, "circle", 2)
    dock = open_backward(window)
    inspector = window.inspect.inspector
    grads = window.session.backward.gradients()
    layout = dock.layouts[logits_key("dense")]
    for k in range(2):
        y, x = layout.origin(k)
        dock.point(logits_key("dense"), y + 0.5, x + 0.5, clicked=False)
        qtbot.waitUntil(lambda: inspector.target == ("gradient", "dense", (k,)))
        assert isinstance(inspector.explanation, eb.LogitGradient)
        assert f"<b>{shown(grads.logits[0, k])}</b>" in inspector._formula.text() and "starts here" in inspector.text()
    np.testing.assert_array_equal(shown_pixels(dock.views[logits_key("dense")][1]), colour_image(
        tile_blocks(grads.logits[0].reshape(-1, 1, 1))[0], diverging_table(dock.frame.levels["logits"],
                                                                             window.session.palette)))
    dock.point("pool1", 1 + 1, 1 + 0, clicked=True)           # map 0, row 1, column 0: feature 2 of the dense input
    result = inspector.explanation
    assert isinstance(result, eb.DenseInputGradient) and result.feature == 2
    assert "∂L/∂x[2] = sum over 2 outputs of ∂L/∂z[k] × W[k, 2]" in inspector.text()
    assert f"<b>{shown(grads.outputs['pool1'][0, 0, 1, 0])}</b>" in inspector._formula.text()
    assert "only reorders" in inspector.text()


def test_class_names_in_gradient_formulas_are_in_the_interface_language(panel):
    from cnnviz.ui import i18n
    model = load_model("lecture-ox")
    grads = gradients(model, input_for(model, 1), 0)
    try:
        i18n.install_language("ja")
        panel.show_gradient(grads, ("gradient", "dense", (0,)))
        circle = i18n.class_name("circle")
        assert circle != "circle" and f"p({circle}) - y({circle})" in panel._formula.text()
        panel.show_gradient(grads, ("bias-gradient", "dense", (1,)))
        assert f"∂L/∂z({i18n.class_name('cross')})" in panel._formula.text()
    finally:
        i18n.install_language("en")


def test_a_gradient_through_a_layer_it_cannot_explain_is_said_not_raised(panel):
    from cnnviz.engine import Activation, ConvTranspose2D
    from ..analysis.test_explain_backward import conv, random_model
    model = random_model([conv(1, 2, name="conv1"), Activation("relu", name="relu1"),
                          ConvTranspose2D(2, 2, 2, stride=2, name="up")], (1, 6, 6))
    grads = gradients(model, input_for(model, 1), 0)
    panel.show_gradient(grads, ("gradient", "relu1", (0, 1, 1)))
    assert "does not explain gradients through a conv_transpose2d layer ('up') yet" in panel.text()
    assert shown(grads.outputs["relu1"][0, 0, 1, 1]) in panel.text()
    with pytest.raises(eb.BackwardExplainError):                 # a cell that does not exist still raises
        panel.show_gradient(grads, ("gradient", "relu1", (5, 1, 1)))
