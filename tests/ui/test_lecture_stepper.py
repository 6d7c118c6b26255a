"""The convolution stepper: every output position is visited, and the filled map is the feature map."""
import numpy as np
import pytest
from PySide6.QtCore import Qt

from cnnviz.engine import Activation, Conv2D, Dense, Flatten, Pool2D, Sequential, Softmax, he_init
from cnnviz.ui.lecture.stepper import StepperPanel
from cnnviz.viz.stepper import SlidingWindow, StepperError, steppable_layers


def small_model():
    layers = [Conv2D(2, 3, 3, stride=2, padding=1, name="conv_s2p1"), Activation("relu", name="relu"),
              Pool2D(2, mode="max", name="pool"), Conv2D(3, 2, 2, stride=1, padding=1, name="conv_p1"),
              Flatten(name="flatten"), Dense(2 * 4 * 4, 2, name="dense"), Softmax(name="softmax")]
    model = Sequential(layers, class_names=("circle", "cross"), input_shape=(2, 11, 11), name="small")
    he_init(model, np.random.default_rng(3))
    for layer in model.layers:
        if "bias" in layer.params:
            layer.params["bias"][...] = np.random.default_rng(4).normal(size=layer.params["bias"].shape)
    return model


@pytest.fixture
def trace():
    model = small_model()
    return model.forward(np.random.default_rng(5).random((2, 11, 11), dtype=np.float32))


def test_sliding_window_positions_cover_the_padded_input(trace):
    window = SlidingWindow(trace, "conv_s2p1", 1)
    assert window.output_shape == (6, 6) and len(window) == 36
    assert window.positions[0].rect == (-1, -1, 3, 3)           # starts in the padding
    assert window.positions[-1].rect == (9, 9, 3, 3)            # stride 2: 5 * 2 - 1
    padded = window.padded_input(1)
    assert padded.shape == (13, 13) and not padded[0].any() and not padded[:, -1].any()
    np.testing.assert_allclose(window.partial_map(len(window)), trace["conv_s2p1"][0, 1], rtol=1e-5, atol=1e-5)
    partial = window.partial_map(7)
    assert np.isfinite(partial.ravel()[:7]).all() and np.isnan(partial.ravel()[7:]).all()
    assert steppable_layers(trace) == ["conv_s2p1", "pool", "conv_p1"]
    with pytest.raises(StepperError, match="relu"):
        SlidingWindow(trace, "relu")
    with pytest.raises(StepperError, match="output channels 0-2"):
        SlidingWindow(trace, "conv_s2p1", 3)


@pytest.mark.parametrize("layer, channel", [("conv_s2p1", 2), ("pool", 1), ("conv_p1", 0)])
def test_playing_visits_every_position_and_fills_the_feature_map(qtbot, trace, layer, channel):
    panel = StepperPanel()
    qtbot.addWidget(panel)
    panel.set_trace(trace)
    panel.set_layer(layer, channel)
    visited = [panel.position]
    panel.stepped.connect(visited.append)
    panel.set_speed(60)
    panel.play()
    assert panel.playing
    qtbot.waitUntil(lambda: not panel.playing, timeout=15000)
    expected = trace[layer][0, channel]
    assert visited == list(range(expected.size))
    assert [(p.row, p.col) for p in panel.window.positions] == [tuple(ix) for ix in np.ndindex(*expected.shape)]
    np.testing.assert_allclose(panel.partial_map(), expected, rtol=1e-5, atol=1e-5)
    # the inspector shows the arithmetic of the last cell
    assert panel.inspector.explanation is not None
    assert panel.inspector.explanation.index == (0, channel) + tuple(np.array(expected.shape) - 1)


def test_step_back_and_forward_partially_fill(qtbot, trace):
    panel = StepperPanel()
    qtbot.addWidget(panel)
    panel.set_trace(trace)
    panel.set_layer("conv_s2p1", 0)
    for _ in range(5):
        panel.step_forward()
    panel.step_back()
    assert panel.position == 4
    partial = panel.partial_map()
    assert np.isfinite(partial).sum() == 5
    np.testing.assert_allclose(partial.ravel()[:5], trace["conv_s2p1"][0, 0].ravel()[:5], rtol=1e-5, atol=1e-5)
    assert "padding 1" in panel.input_title.text
    panel.restart()
    assert panel.position == 0 and np.isfinite(panel.partial_map()).sum() == 1


def test_window_stepper_follows_the_drawing_and_keys(make_window, qtbot):
    window = make_window("ox-cnn")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    lecture = window.lecture
    assert lecture.stepper_dock.isHidden()
    window.draw_example("cross")
    window.live.run_now()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert not lecture.stepper_dock.isHidden()
    stepper = lecture.stepper
    assert stepper.layer_name == "conv1" and stepper.count == 26 * 26
    qtbot.keyClick(window, Qt.Key.Key_Period)
    qtbot.keyClick(window, Qt.Key.Key_Period)
    assert stepper.position == 2
    qtbot.keyClick(window, Qt.Key.Key_Comma)
    assert stepper.position == 1
    qtbot.keyClick(window, Qt.Key.Key_End)
    np.testing.assert_allclose(stepper.partial_map(), window.live.last_trace["conv1"][0, 0], rtol=1e-4, atol=1e-4)
    window.canvas.clear()
    window.live.run_now()
    assert stepper.trace is window.live.last_trace
