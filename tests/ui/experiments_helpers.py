"""Shared bits of the experiment tests: a window on a throw-away collection folder, sketches on the canvas."""
import numpy as np
import pytest

from cnnviz.data.sketches import make_sketch


@pytest.fixture
def experiment_window(make_window, settings, tmp_path):
    settings.setValue("experiments/collection_dir", str(tmp_path / "session-collection"))

    def make(model="ox-cnn", size=(1500, 950)):
        return make_window(model, size)
    return make


def put_sketch(window, label, seed, placement="centre"):
    """Draw a generated sketch on the canvas as strokes; returns the strokes."""
    _, strokes = make_sketch(label, np.random.default_rng(seed), placement=placement, width=14)
    window.canvas.set_strokes(strokes, 14)
    window.live.run_now()
    return strokes


def open_backward(window):
    """Show the Backward pass dock and paint it for the drawing on the canvas; returns its panel."""
    window.experiments.show_dock("backward")
    panel = window.experiments.backward
    panel.refresh()
    return panel


def collect(window, count, seed=0):
    """Add `count` generated drawings (alternating ○ and ×) through the Add as ○ / × actions."""
    for i in range(count):
        label = ("circle", "cross")[i % 2]
        put_sketch(window, label, seed + i)
        action = window.experiments.add_circle_action if label == "circle" else window.experiments.add_cross_action
        action.trigger()
