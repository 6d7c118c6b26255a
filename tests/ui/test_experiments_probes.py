"""Probes in the app: the translation map against single forward passes, the sliders and their sweeps."""
import numpy as np

from cnnviz.data.augment import transformed
from cnnviz.data.preprocess import to_network_input
from cnnviz.analysis.probes import shift_image
from cnnviz.ui.experiments.probes_dock import PARAMETERS, canvas_strokes
from cnnviz.viz.experiments import colour_image, probability_table

from .experiments_helpers import experiment_window, put_sketch  # noqa: F401


def test_the_translation_map_shown_equals_single_forward_passes(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    probes = window.experiments.probes
    probes.auto_check.setChecked(False)
    window.experiments.show_dock("translation-map")
    put_sketch(window, "circle", 1, placement="corner")
    image = window.canvas.image_array()
    assert probes.run_map()
    qtbot.waitUntil(lambda: not probes.busy, timeout=10000)
    result = probes.result
    assert result is not None and result.complete
    assert probes.progress.value() == 1000
    shown = probes.partial
    model = window.model
    rng = np.random.default_rng(0)
    for i, j in [(0, 0), (27, 27), (13, 14)] + [tuple(rng.integers(0, 28, 2)) for _ in range(5)]:
        dx, dy = result.shifts[i, j]
        moved = shift_image(image, dx, dy)
        expected = model.forward(to_network_input(moved, (28, 28))).probabilities[0]
        np.testing.assert_allclose(shown[i, j], expected, rtol=1e-5, atol=1e-6)
    # the heatmap's pixels are the chosen class's probabilities in the probability colours
    probes.class_combo.setCurrentIndex(1)
    np.testing.assert_array_equal(
        np.frombuffer(probes.heatmap._image.constBits(), np.uint8).reshape(28, 28, 4),
        colour_image(shown[:, :, 1], probability_table()))
    # the ring marks where the drawing is: its grid cell holds the drawing's own (unmoved) probability
    col, row = (int(round(v)) for v in probes.marker)
    own = model.forward(to_network_input(image, (28, 28))).probabilities[0]
    np.testing.assert_allclose(shown[row, col], own, atol=0.2)


def test_cancel_stops_the_map(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    probes = window.experiments.probes
    probes.auto_check.setChecked(False)
    put_sketch(window, "cross", 2)
    probes.grid_spin.setValue(56)
    assert probes.run_map()
    probes.cancel()
    qtbot.waitUntil(lambda: not probes.busy, timeout=2000)


def test_sliders_preview_and_sweeps(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    probes = window.experiments.probes
    probes.auto_check.setChecked(False)
    put_sketch(window, "circle", 3)
    probes.set_value("rotation", 30)
    probes.set_value("scale", 0.6)
    probes.set_value("noise", 0.1)
    settings = probes.settings()
    assert (settings.rotation, settings.scale, settings.noise) == (30, 0.6, 0.1)
    strokes, width = canvas_strokes(window.canvas)
    expected = window.model.forward(to_network_input(transformed(strokes, settings, width=width), (28, 28)))
    np.testing.assert_allclose(probes.preview_probabilities, expected.probabilities[0], rtol=1e-5, atol=1e-6)
    assert probes.run_sweeps()
    qtbot.waitUntil(lambda: not probes.busy, timeout=20000)
    assert set(probes.sweeps) == set(PARAMETERS)
    for name in ("rotation", "scale", "noise"):
        sweep = probes.sweeps[name]
        at = int(np.argmin(np.abs(sweep.values - getattr(settings, name))))
        assert abs(sweep.values[at] - getattr(settings, name)) < 1e-9
        # each curve passes through the preview at the slider's current value (the others held)
        np.testing.assert_allclose(sweep.probabilities[at], probes.preview_probabilities, rtol=1e-5, atol=1e-6)
        xs, ys = probes.curves[name][0].getData()
        np.testing.assert_allclose(ys, sweep.probabilities[:, 0])
        assert probes.marks[name].value() == getattr(settings, name)


def test_a_model_with_as_many_classes_as_allowed_draws_a_bounded_number_of_sweep_curves(experiment_window):
    """A curve per class in each of the six sweep plots: 100,000 classes hung the dock, 1,000 took 40 s."""
    from cnnviz.engine import load_model, model_to_dict
    from cnnviz.engine.limits import MAX_CLASSES
    from cnnviz.engine.model_files import model_from_dict
    from cnnviz.ui.experiments.probe_sweeps import MAX_SWEEP_CURVES
    data = model_to_dict(load_model("lecture-ox"))
    data["class_names"] = [f"class {k}" for k in range(MAX_CLASSES)]
    data["layers"][4].update(out_features=MAX_CLASSES, weight=[[0.0] * 8] * MAX_CLASSES, bias=[0.0] * MAX_CLASSES)
    window = experiment_window("lecture-ox")
    window.set_model(model_from_dict(data))
    probes = window.experiments.probes
    assert probes.class_combo.count() == MAX_CLASSES
    assert all(len(curves) == MAX_SWEEP_CURVES for curves in probes.curves.values())
