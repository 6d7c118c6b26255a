"""The stepper's backward mode: the ∂L/∂w window slides over the input again and accumulates, step by step,
to the engine's ∂L/∂w; the ∂L/∂x page builds the input gradient as a full convolution with the rotated filter."""
import numpy as np
import pytest

from cnnviz.analysis.explain_backward import shown
from cnnviz.data import make_sketch, to_network_input
from cnnviz.engine import gradients, load_model
from cnnviz.ui.lecture.stepper import StepperPanel

from .test_lecture_stepper import small_model


@pytest.fixture
def setup(qtbot):
    model = small_model()
    x = np.random.default_rng(5).random((2, 11, 11), dtype=np.float32)
    trace = model.forward(x)
    panel = StepperPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    panel.show()
    panel.set_trace(trace)
    expected = gradients(small_model(), x, int(trace.predicted[0]))
    return panel, expected


def table_text(table):
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


@pytest.mark.parametrize("layer, f, c", [("conv_s2p1", 2, 1), ("conv_p1", 1, 0)])
def test_the_weight_gradient_window_accumulates_to_the_engines_dl_dw(setup, qtbot, layer, f, c):
    panel, expected = setup
    panel.set_layer(layer, f, c)
    panel.set_direction("backward")
    assert panel.direction == "backward" and panel.backward.isVisible()
    out = expected.outputs[layer][0, f]
    assert panel.count == out.size                         # one step per output cell, as in the forward pass
    first = panel.backward.window.positions[0]
    np.testing.assert_array_equal(panel.backward.partial(), first.contribution)     # step 1: one contribution only
    panel.step_forward()
    window = panel.backward.window
    step = window.positions[1]
    assert f"∂L/∂y = {shown(out[step.row, step.col])}" in panel.backward.explanation.text()
    rows = table_text(panel.backward.table)
    kh, kw = expected.weights[layer].shape[2:]
    assert rows[1 + kh // 2][kw] == shown(out[step.row, step.col])     # the upstream gradient picked up here
    panel.set_speed(60)
    panel.play()
    qtbot.waitUntil(lambda: not panel.playing, timeout=5000)
    assert panel.position == panel.count - 1
    np.testing.assert_allclose(panel.backward.partial(), expected.weights[layer][f, c], rtol=1e-5, atol=1e-6)
    rows = table_text(panel.backward.table)
    so_far = [row[2 * kw + 2:3 * kw + 2] for row in rows[1:]]
    assert so_far == [[shown(v) for v in r] for r in expected.weights[layer][f, c]]   # to the last shown digit
    assert "this is the engine's ∂L/∂w" in panel.backward.explanation.text()
    assert "slide over the input again" in panel.backward.explanation.text()
    # scrubbing back shows the partial sum of the first positions only
    panel.go_to(3)
    partial = sum(window.positions[k].contribution for k in range(4))
    np.testing.assert_allclose(panel.backward.partial(), partial)


def test_the_input_gradient_page_is_a_full_convolution_with_the_rotated_filter(setup, qtbot):
    panel, expected = setup
    panel.set_layer("conv_p1", 0, 2)
    panel.set_direction("backward")
    panel.backward.what_combo.setCurrentIndex(1)
    panel.backward.what_combo.activated.emit(1)
    assert panel.backward.what == "input"
    engine = expected.into("conv_p1")[0, 2]
    assert panel.count == engine.size
    panel.go_to(7)
    y, x = divmod(7, engine.shape[1])
    text = panel.backward.inspector.text()
    assert "filter rotated 180°" in text and f"= {shown(engine[y, x])}" in text
    assert shown(engine[y, x]) in panel.status.text()
    panel.finish()
    np.testing.assert_allclose(panel.backward.partial(), engine, rtol=1e-5, atol=1e-6)


def test_pooling_layers_and_back_to_forward(setup):
    panel, expected = setup
    panel.set_layer("pool")
    panel.set_direction("backward")
    assert panel.count == 0 and "choose a convolution" in panel.status.text()
    panel.set_direction("forward")
    assert panel.count == len(panel.window) and panel.pages.currentIndex() == 0


def test_a_flipped_layer_shows_each_patch_cell_beside_the_weight_it_is_added_to(qtbot):
    from cnnviz.engine import Conv2D, Flatten, Dense, Sequential, he_init
    model = Sequential([Conv2D(1, 2, 3, padding=1, flip=True, name="conv1"), Flatten(name="flatten"),
                        Dense(2 * 6 * 6, 2, name="dense")], class_names=("circle", "cross"), input_shape=(1, 6, 6))
    he_init(model, np.random.default_rng(1))
    x = np.random.default_rng(2).random((1, 6, 6), dtype=np.float32)
    trace = model.forward(x)
    panel = StepperPanel()
    qtbot.addWidget(panel)
    panel.set_trace(trace)
    panel.set_layer("conv1", 1, 0)
    panel.set_direction("backward")
    panel.go_to(8)                                    # output cell (1, 2)
    step = panel.backward.window.positions[8]
    rows = table_text(panel.backward.table)
    assert rows[0][0] == "input patch, turned 180°"
    for u in range(3):
        for v in range(3):
            patch = float(rows[1 + u][v])
            assert shown(step.upstream * patch) == rows[1 + u][4 + v] or abs(
                step.upstream * patch - step.contribution[u, v]) < 1e-3 * max(1e-9, abs(step.contribution[u, v]))
    panel.finish()
    expected = gradients(model, x, int(trace.predicted[0]))
    np.testing.assert_allclose(panel.backward.partial(), expected.weights["conv1"][1, 0], rtol=1e-5, atol=1e-6)


def test_in_the_window_the_stepper_follows_the_backward_docks_target_class(make_window, qtbot):
    from .experiments_helpers import put_sketch
    window = make_window("lecture-ox")
    put_sketch(window, "cross", 3)
    lecture = window.lecture
    window.show_dock(lecture.stepper_dock)
    stepper = lecture.stepper
    stepper.set_trace(window.session.trace, window.session.levels)
    stepper.set_layer("conv1", 1, 0)
    stepper.set_direction("backward")
    stepper.finish()
    predicted = int(window.session.trace.predicted[0])
    np.testing.assert_allclose(stepper.backward.partial(), window.session.backward.gradients().weights["conv1"][1, 0],
                               rtol=1e-5, atol=1e-7)
    assert stepper.backward.grads.label == predicted
    window.session.backward.set_target(1 - predicted)          # the Backward dock's target class
    assert stepper.backward.grads.label == 1 - predicted
    stepper.finish()
    expected = gradients(window.session.model, window.session.trace.input[0], 1 - predicted)
    np.testing.assert_allclose(stepper.backward.partial(), expected.weights["conv1"][1, 0], rtol=1e-5, atol=1e-7)


def test_skipping_the_steps_that_add_0_visits_only_the_cells_with_a_gradient(qtbot):
    """lecture-ox: ReLU and max-pooling leave a gradient on a handful of conv1's 676 output cells; with "Skip steps
    that add 0" Forward visits those (then the last step, where the sum is the engine's), Back returns over them."""
    model = load_model("lecture-ox")
    image, _ = make_sketch(1, np.random.default_rng(2))
    trace = model.forward(to_network_input(image, (28, 28)))
    panel = StepperPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    panel.show()
    panel.set_trace(trace)
    panel.set_layer("conv1", 0, 0)
    panel.set_direction("backward")
    panel.backward.skip_box.setChecked(True)
    expected = gradients(model, trace.input[0], int(trace.predicted[0]))
    window = panel.backward.window
    carrying = [k for k, p in enumerate(window.positions) if np.any(p.contribution != 0)]
    assert 0 < len(carrying) < 20 and panel.count == 676
    visited = []
    while panel.position < panel.count - 1:
        panel.step_forward()
        visited.append(panel.position)
    assert visited == [k for k in carrying if k > 0] + ([] if carrying[-1] == 675 else [675])
    np.testing.assert_allclose(panel.backward.partial(), expected.weights["conv1"][0, 0], rtol=1e-5, atol=1e-7)
    panel.step_back()
    assert panel.position == carrying[-1] if carrying[-1] != 675 else carrying[-2]
    panel.backward.skip_box.setChecked(False)           # every position again
    panel.step_back()
    assert panel.position == (carrying[-1] if carrying[-1] != 675 else carrying[-2]) - 1
    # the input-gradient page skips input cells under an all-zero upstream window
    panel.backward.skip_box.setChecked(True)
    panel.backward.set_what("input")
    panel.go_to(0)
    panel.step_forward()
    adds = panel.backward.window.adds_something()
    assert panel.position > 1 and adds[panel.position] and not adds[1:panel.position].any()
