"""Compare (A, B, B - A on every panel; pooling modes side by side) and attribution in the app."""
import numpy as np

from cnnviz.data.preprocess import to_network_input
from cnnviz.engine import Pool2D, load_model
from cnnviz.engine.recipes import set_similarity

from .experiments_helpers import experiment_window, put_sketch  # noqa: F401


def forward(model, image):
    return model.forward(to_network_input(image, (28, 28)))


def test_panels_show_a_b_and_b_minus_a(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    window.pipeline.set_min_map_pixels(0)       # every stage on screen, however small (B - A on each is checked)
    experiments = window.experiments
    controller = experiments.compare_controller
    put_sketch(window, "cross", 7)
    image_a = window.canvas.image_array()
    experiments.freeze_action.trigger()
    put_sketch(window, "circle", 8)
    image_b = window.canvas.image_array()
    trace_a, trace_b = forward(window.model, image_a), forward(window.model, image_b)

    experiments.mode_actions["B-A"].trigger()
    assert controller.mode == "B-A"
    values = window.pipeline.panel_values()
    np.testing.assert_allclose(values["input"], trace_b.input[0] - trace_a.input[0], atol=1e-6)
    for name in ("conv1", "relu1", "pool1", "conv2", "pool2"):
        np.testing.assert_allclose(values[name], (trace_b[name][0] - trace_a[name][0]).reshape(values[name].shape),
                                   rtol=1e-5, atol=1e-5)
    table = window.pipeline.panels["conv1"].mosaic.table
    assert table.low == -table.high == -window.pipeline.levels["conv1"]        # symmetric levels
    assert window.pipeline.panels["input"].mosaic.table.low == -1.0

    # drawing more updates B - A live
    put_sketch(window, "circle", 9)
    trace_b2 = forward(window.model, window.canvas.image_array())
    np.testing.assert_allclose(window.pipeline.panel_values()["pool2"],
                               (trace_b2["pool2"][0] - trace_a["pool2"][0]).reshape(-1, 5, 5), rtol=1e-5, atol=1e-5)

    experiments.mode_actions["A"].trigger()
    np.testing.assert_allclose(window.pipeline.panel_values()["conv2"], trace_a["conv2"][0], rtol=1e-6)
    np.testing.assert_allclose(window.pipeline.result.probabilities, trace_a.probabilities[0], rtol=1e-6)
    assert window.pipeline.panels["input"].mosaic.table.low == 0.0               # the ink table is back

    experiments.mode_actions["B"].trigger()
    np.testing.assert_allclose(window.pipeline.panel_values()["conv2"], trace_b2["conv2"][0], rtol=1e-6)

    # logits and probabilities of A and B side by side
    compare = experiments.compare
    compare.refresh()
    assert compare.table.item(0, 1).text() == f"{trace_a.logits[0, 0]:+.3f}"
    assert compare.table.item(1, 4).text() == f"{trace_b2.probabilities[0, 1]:.3f}"


def test_b_minus_a_survives_a_relayout(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    put_sketch(window, "cross", 11)
    image_a = window.canvas.image_array()
    window.experiments.compare_controller.freeze()
    put_sketch(window, "circle", 12)
    window.experiments.compare_controller.set_mode("B-A")
    window.pipeline.rebuild()     # panels built anew
    window.live.run_now()
    qtbot.wait(50)
    expected = forward(window.model, window.canvas.image_array())["conv1"][0] - forward(window.model, image_a)["conv1"][0]
    np.testing.assert_allclose(window.pipeline.panel_values()["conv1"], expected, rtol=1e-5, atol=1e-5)


def test_pooling_comparison_equals_forwards_of_mode_swapped_models(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    compare = window.experiments.compare
    put_sketch(window, "circle", 13)
    x = window.live.last_trace.input[0]
    for choice, names in (("pool1", ["pool1"]), ("all pooling layers", ["pool1", "pool2"])):
        compare.pool_combo.setCurrentText(choice)
        compare.refresh()
        comparison = compare.comparison
        for mode in ("max", "min", "avg"):
            swapped = window.model.copy()
            for layer in swapped.layers:
                if isinstance(layer, Pool2D) and layer.name in names:
                    layer.mode = mode
            trace = swapped.forward(x)
            np.testing.assert_allclose(comparison.probabilities[mode], trace.probabilities[0], rtol=1e-6)
            np.testing.assert_allclose(comparison.pooled[mode], trace["pool1"][0], rtol=1e-6)
            assert f"{trace.probabilities[0, 0]:.1%}" in compare.pool_captions[mode].text()
        np.testing.assert_array_equal(comparison.feature_maps, window.live.last_trace["relu1"][0])


def test_attribution_sum_equals_the_logit(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    panel = window.experiments.attribution
    window.experiments.show_dock("attribution")
    put_sketch(window, "cross", 14)
    for index in range(panel.class_combo.count()):
        panel.class_combo.setCurrentIndex(index)
        panel.refresh()
        result = panel.attribution
        trace = window.live.last_trace
        k = int(trace.predicted[0]) if index == 0 else index - 1
        assert result.class_index == k
        assert abs(panel.displayed_total - float(trace.logits[0, k])) < 1e-4
        total_text = panel.sum_label.text().split("=")[-1].strip()
        logit_text = panel.logit_label.text().split("=")[-1].split()[0]
        assert abs(float(total_text) - float(logit_text)) <= 2e-5 * max(1.0, abs(float(logit_text)))
        np.testing.assert_allclose(result.saliency, window.model.input_gradient(trace.input, k)[1][0], rtol=1e-5,
                                   atol=1e-6)


def test_attribution_refuses_curved_models(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    model = set_similarity(load_model("ox-cnn"), "cosine")
    window.set_model(model, "cosine ox-cnn")
    panel = window.experiments.attribution
    put_sketch(window, "circle", 15)
    panel.refresh()
    assert not panel.attribution.supported
    assert "cosine similarity" in panel.note.text()
    assert not panel.contribution_view.isVisible()


def test_a_focused_stage_shows_b_minus_a_labelled_as_the_pipeline_does(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    experiments = window.experiments
    put_sketch(window, "cross", 7)
    image_a = window.canvas.image_array()
    experiments.freeze_action.trigger()
    put_sketch(window, "circle", 8)
    experiments.mode_actions["B-A"].trigger()
    focus = window.stage_focus
    focus.focus("conv2")                          # also a stage the pipeline has no room for
    trace_a = forward(window.model, image_a)
    trace_b = forward(window.model, window.canvas.image_array())
    view = focus.view
    np.testing.assert_allclose(view.panel.values, (trace_b["conv2"][0] - trace_a["conv2"][0]).reshape(16, 11, 11),
                               rtol=1e-5, atol=1e-5)
    assert view.title.text().endswith("B \u2212 A")
    assert view.panel.colour_bar._note == "B \u2212 A"
    assert view.table.low == -view.table.high == -window.pipeline.levels["conv2"]
    put_sketch(window, "circle", 9)                # drawing on updates the focused difference live
    qtbot.wait(50)
    trace_b2 = forward(window.model, window.canvas.image_array())
    np.testing.assert_allclose(view.panel.values, (trace_b2["conv2"][0] - trace_a["conv2"][0]).reshape(16, 11, 11),
                               rtol=1e-5, atol=1e-5)
    experiments.mode_actions["B"].trigger()       # back to B: the stage's own output, no label
    np.testing.assert_allclose(view.panel.values, trace_b2["conv2"][0], rtol=1e-5, atol=1e-5)
    assert "B \u2212 A" not in view.title.text() and view.panel.colour_bar._note != "B \u2212 A"
