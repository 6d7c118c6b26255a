"""The Backward pass dock: the engine's gradients of the displayed drawing, explanations, Step and Undo."""
import numpy as np
from PySide6.QtGui import QImage

from cnnviz.analysis.explain_backward import shown
from cnnviz.analysis.learning_step import loss_shown
from cnnviz.engine import gradients
from cnnviz.ui.backward.hits import bias_key, logits_key
from cnnviz.viz.block_mosaic import tile_blocks
from cnnviz.viz.colormap import diverging_table
from cnnviz.viz.experiments import colour_image
from cnnviz.viz.gradient_maps import weight_key

from .experiments_helpers import experiment_window, open_backward, put_sketch  # noqa: F401


def shown_pixels(view):
    view.colour_now()                   # what the view paints next (it colours when painted)
    image = view._image.convertToFormat(QImage.Format.Format_RGBA8888)      # the view keeps Qt's ARGB32 words
    return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.width(), 4).copy()


def test_the_dock_shows_the_engines_gradients_of_the_drawing(experiment_window):
    window = experiment_window("lecture-ox")
    put_sketch(window, "cross", 2)
    panel = open_backward(window)
    model, trace = window.session.model, window.session.trace
    expected = gradients(model, trace.input[0], int(trace.predicted[0]))
    assert panel.grads.label == expected.label
    assert shown(expected.loss) in panel.loss_label.text()
    for stage in panel.stages:
        want = stage.maps((expected.input if stage.name == "input" else expected.outputs[stage.name])[0])
        np.testing.assert_array_equal(panel.frame.maps[stage.name], want)
        image, _ = tile_blocks(want)
        level = panel.frame.levels[stage.name]
        np.testing.assert_array_equal(shown_pixels(panel.views[stage.name][1]),
                                      colour_image(image, diverging_table(level, window.session.palette)))
    # the logits gradient, softmax - one-hot, is where the text starts
    for k, value in enumerate(expected.logits[0]):
        assert shown(value) in panel.logits_label.text()
    # clicking a gradient cell explains it with the engine's number to the displayed digit
    conv = next(s for s in panel.stages if s.kind == "conv")
    result = panel.explain_pixel(conv.name, 1 + 3, 1 + 4)       # map 0, row 3, column 4 (1-pixel gap)
    assert result is not None and result.index[-3:] == (0, 3, 4)
    assert shown(expected.outputs[conv.name][0, 0, 3, 4]) in panel.formula_label.text()
    # a weight-gradient tile: the sliding window again, and the learners' question answered
    result = panel.explain_pixel(weight_key(conv.name), 1, 1)
    assert result.index == (0, 0, 0, 0)
    assert shown(expected.weights[conv.name][0, 0, 0, 0]) in panel.formula_label.text()
    assert "slide over the input again" in panel.meaning_label.text()
    dense = panel.parameter_layers[-1]
    result = panel.explain_pixel(weight_key(dense), 1, 1)
    assert result is not None and result.index[0] == 0
    assert shown(expected.weights[dense][result.index]) in panel.formula_label.text()


def test_a_class_change_retargets(experiment_window):
    window = experiment_window("lecture-ox")
    put_sketch(window, "circle", 4)
    panel = open_backward(window)
    predicted = int(window.session.trace.predicted[0])
    panel.class_combo.setCurrentIndex(2 - predicted)          # item 0 is "the predicted class"
    other = 1 - predicted
    assert window.session.backward.target == other and panel.grads.label == other
    expected = gradients(window.session.model, window.session.trace.input[0], other)
    assert panel.grads.logits[0, other] < 0
    np.testing.assert_array_equal(panel.grads.logits, expected.logits)
    assert shown(expected.loss) in panel.loss_label.text()


def test_step_moves_each_weight_by_minus_eta_g_and_undo_takes_it_back(experiment_window, qtbot):
    window = experiment_window("lecture-ox")
    put_sketch(window, "cross", 5)
    panel = open_backward(window)
    panel.rate_box.setValue(0.05)
    assert window.session.backward.learning_rate == 0.05
    before = window.session.model.copy()
    grads = panel.grads
    panel.step_button.click()
    step = window.session.backward.last_step
    for old, new in zip(before.layers, window.session.model.layers):
        for key, value in old.params.items():
            g = (grads.weights if key == "weight" else grads.biases)[old.name]
            np.testing.assert_array_equal(new.params[key], value - np.float32(0.05) * g)
    assert step.loss_after < step.loss_before
    assert loss_shown(step.loss_after) in panel.step_label.text()
    assert panel.filters_view.isVisible() and panel.change_view.isVisible()
    qtbot.waitUntil(lambda: panel.grads.loss == window.session.backward.gradients().loss)   # follows the new model
    panel.step_button.click()
    assert window.session.backward.last_step.loss_after < step.loss_after     # repeating Step lowers the loss
    losses = window.session.backward.losses                                  # and the dock lists it falling
    assert " → ".join(loss_shown(v) for v in losses[:3]) in panel.step_label.text()
    window.session.undo()
    assert not panel.step_label.isVisibleTo(panel) and not panel.filters_view.isVisibleTo(panel)   # taken back
    window.session.undo()
    for old, new in zip(before.layers, window.session.model.layers):
        for key, value in old.params.items():
            np.testing.assert_array_equal(new.params[key], value)


def test_the_open_dock_follows_the_pen(experiment_window, qtbot):
    window = experiment_window("lecture-ox")
    panel = open_backward(window)
    put_sketch(window, "circle", 7)
    qtbot.waitUntil(lambda: panel.grads is not None
                    and np.array_equal(panel.grads.trace.input, window.session.trace.input))
    put_sketch(window, "cross", 8)
    qtbot.waitUntil(lambda: np.array_equal(panel.grads.trace.input, window.session.trace.input))
    assert window.session.trace.input.any()


def test_pixels_recoloured_in_place_stay_those_of_the_gradients_after_the_drawing_changes(experiment_window):
    """The dock recolours one buffer per view in place: after other drawings (new levels, new maps) every
    gradient image still shows exactly the current gradients in the current level's colours."""
    window = experiment_window("ox-cnn")
    put_sketch(window, "circle", 1)
    panel = open_backward(window)
    for label, seed in (("cross", 4), ("circle", 9)):
        put_sketch(window, label, seed)
        panel.refresh()
        palette = window.session.palette
        for stage in panel.stages:
            image, _ = tile_blocks(panel.frame.maps[stage.name])
            want = colour_image(image, diverging_table(panel.frame.levels[stage.name], palette))
            np.testing.assert_array_equal(shown_pixels(panel.views[stage.name][1]), want)
        for name in panel.parameter_layers:
            image, _ = tile_blocks(panel.frame.weights[name])
            want = colour_image(image, diverging_table(panel.frame.levels[weight_key(name)], palette))
            np.testing.assert_array_equal(shown_pixels(panel.views[weight_key(name)][1]), want)


def test_the_dock_reads_in_the_backward_passs_order_with_the_step_at_the_top(experiment_window):
    """From the logits (softmax - one-hot, where the backward pass starts) down to the input; each layer's dL/dw and dL/db right under its output's gradient; the
    Step button and its result above all the maps, so they are seen without scrolling."""
    window = experiment_window("ox-cnn")
    put_sketch(window, "circle", 3)
    panel = open_backward(window)
    grid = panel.grid
    rows = sorted((grid.getItemPosition(grid.indexOf(view[1]))[0], key) for key, view in panel.views.items())
    assert [key for _, key in rows] == [
        logits_key("dense"), weight_key("dense"), bias_key("dense"), "pool2", "relu2", "conv2", weight_key("conv2"), bias_key("conv2"),
        "pool1", "relu1", "conv1", weight_key("conv1"), bias_key("conv1"), "input"]
    layout = panel.layout()
    items = [layout.itemAt(i) for i in range(layout.count())]
    step_row = next(i for i, item in enumerate(items) if item.layout() is not None
                    and item.layout().indexOf(panel.step_button) >= 0)
    where = {thing: i for i, item in enumerate(items) for thing in (item.widget(), item.layout()) if thing is not None}
    assert where[panel.logits_label] < step_row < where[panel.step_view] < where[grid]


def test_undo_step_button_and_a_too_big_step_said_in_the_dock(experiment_window):
    """The toolbar's Undo (Ctrl+Z) undoes strokes; the dock's own button takes a Step back exactly. ox-cnn at
    η = 1 teaching the other class of a sure drawing moves weights by several times their size: the dock says so."""
    window = experiment_window("ox-cnn")
    put_sketch(window, "cross", 2)
    panel = open_backward(window)
    before = [layer.params["weight"].copy() for layer in window.session.model.layers if "weight" in layer.params]
    assert not panel.undo_button.isEnabled()
    panel.class_combo.setCurrentIndex(1 + window.session.model.class_names.index("circle"))
    panel.step_button.click()                        # the default η (0.03) nudges: no warning
    assert panel.undo_button.isEnabled() and not panel.step_view.warning.isVisibleTo(panel)
    panel.undo_button.click()
    panel.rate_box.setValue(1.0)
    panel.step_button.click()
    assert panel.undo_button.isEnabled()
    assert panel.step_view.warning.isVisibleTo(panel) and "was a big step" in panel.step_view.warning.text()
    panel.undo_button.click()
    assert not panel.undo_button.isEnabled() and not panel.step_view.warning.isVisibleTo(panel)
    after = [layer.params["weight"] for layer in window.session.model.layers if "weight" in layer.params]
    for a, b in zip(before, after):
        np.testing.assert_array_equal(a, b)
    assert window.canvas.strokes()                   # the drawing is untouched


def test_the_default_target_names_the_predicted_class(experiment_window):
    window = experiment_window("lecture-ox")
    panel = open_backward(window)
    for label, seed in (("circle", 1), ("cross", 4)):
        put_sketch(window, label, seed)
        panel.refresh()
        predicted = window.session.model.class_names[int(window.session.trace.predicted[0])]
        assert panel.class_combo.itemText(0) == f"the predicted class ({predicted})"
        assert panel.grads.label == int(window.session.trace.predicted[0])
