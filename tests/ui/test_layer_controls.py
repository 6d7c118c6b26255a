"""Layer controls: requests as dicts for edit.apply_change, formulas filled in, notes and undo."""
from __future__ import annotations

import PySide6  # noqa: F401
import numpy as np
import pytest

from cnnviz.engine import load_model
from cnnviz.analysis import edit, explain
from cnnviz.ui.layer_controls import CORRELATION_NOTE, LayerControls


@pytest.fixture
def controls(qtbot):
    widget = LayerControls()
    qtbot.addWidget(widget)
    widget.resize(440, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


class Host:
    """What the main window will do: apply each request, keep the old model for undo."""

    def __init__(self, controls, model):
        self.controls, self.model, self.history = controls, model, []
        self.rng = np.random.default_rng(0)
        controls.change_requested.connect(self.apply)
        controls.undo_requested.connect(self.undo)

    def apply(self, layer_name, change):
        try:
            result = edit.apply_change(self.model, layer_name, change, rng=self.rng)
        except ValueError as exc:
            self.controls.show_error(str(exc))
            self.controls.set_layer(self.model, layer_name)
            return
        self.history.append(self.model)
        self.model = result.model
        self.controls.set_layer(self.model, layer_name)
        self.controls.show_notes(result.notes)

    def undo(self):
        self.model = self.history.pop()
        self.controls.set_layer(self.model, self.controls.layer_name)
        self.controls.show_notes(["undone"], undo_available=bool(self.history))


def test_conv_layer_shows_its_settings_and_formula(controls, qtbot):
    model = load_model("lecture-ox")
    with qtbot.assertNotEmitted(controls.change_requested):
        controls.set_layer(model, "conv1")
    assert controls.padding.value() == 0 and controls.stride.value() == 1 and controls.kernel.value() == 3
    assert controls.activation.currentText() == "relu" and controls.operation.currentIndex() == 0
    assert controls.formula() == ("height and width: out = floor((n + 2p - k) / s) + 1 = "
                                  "floor((28 + 0 - 3) / 1) + 1 = 26")
    assert "20 parameters" in controls._params.text()
    assert controls._correlation_note.text() == CORRELATION_NOTE and "convolution" in CORRELATION_NOTE


def test_each_control_emits_its_change(controls, qtbot):
    controls.set_layer(load_model("lecture-ox"), "conv1")
    cases = [(lambda: controls.padding.setValue(2), {"padding": (2, 2)}),
             (lambda: controls.stride.setValue(3), {"stride": (3, 3)}),
             (lambda: controls.kernel.setValue(5), {"kernel_size": (5, 5)}),
             (lambda: controls.activation.setCurrentText("tanh"), {"activation": "tanh"}),
             (lambda: controls.operation.setCurrentIndex(1), {"flip": True})]
    for action, change in cases:
        with qtbot.waitSignal(controls.change_requested) as blocker:
            action()
        assert blocker.args == ["conv1", change]
    controls.set_layer(load_model("lecture-ox"), "pool1")
    assert controls.adaptive.isChecked() and controls.grid.value() == 2 and controls.pool_size.value() == 13
    cases = [(lambda: controls.mode.setCurrentIndex(controls.mode.findData("avg")), {"mode": "avg"}),
             (lambda: controls.grid.setValue(3), {"output_size": (3, 3)}),
             (lambda: controls.adaptive.setChecked(False), {"size": (13, 13), "stride": (13, 13)})]
    for action, change in cases:
        with qtbot.waitSignal(controls.change_requested) as blocker:
            action()
        assert blocker.args == ["pool1", change]


def test_round_trip_through_the_edits_with_notes_and_undo(controls, qtbot):
    original = load_model("lecture-ox")
    host = Host(controls, original)
    controls.set_layer(original, "conv1")
    assert not controls.undo_button.isEnabled()
    controls.padding.setValue(1)
    assert host.model.shapes()[0] == (2, 28, 28)
    assert "floor((28 + 2 - 3) / 1) + 1 = 28" in controls.formula()
    assert "padding 0 -> 1" in controls.notes_text and controls.undo_button.isEnabled()
    controls.set_layer(host.model, "pool1")
    controls.adaptive.setChecked(False)          # window pooling with 14x14 windows: 2x2 again, dense kept
    assert host.model.shapes()[2] == (2, 2, 2)
    controls.pool_size.setValue(4)               # 4x4 windows, stride 4 -> 7x7 grid: dense re-initialised
    assert host.model.shapes()[2] == (2, 7, 7)
    assert "dense: its input changed from 8 to 98 features" in controls.notes_text
    assert "floor((28 + 0 - 4) / 4) + 1 = 7" in controls.formula()
    with qtbot.waitSignal(controls.undo_requested):
        controls.undo_button.click()
    assert host.model.shapes()[2] == (2, 2, 2) and controls.pool_size.value() == 14
    # the original was never touched
    assert original.shapes()[0] == (2, 26, 26) and original.layer("pool1").adaptive


def test_a_refused_change_shows_why_and_reverts_the_control(controls):
    model = load_model("lecture-ox")
    host = Host(controls, model)
    controls.set_layer(model, "conv1")
    controls.kernel.setValue(29)
    assert "does not fit" in controls.error_text
    assert controls.kernel.value() == 3 and host.model is model and host.history == []
    controls.padding.setValue(1)
    assert controls.error_text == ""


def test_layers_without_controls(controls):
    model = load_model("lecture-ox")
    controls.set_layer(model, "dense")
    assert controls.settings is None and "dense" in controls._title.text()
    controls.set_layer(model, "pool1")
    assert "adaptive pooling: out = 2" in controls.formula()
    assert not controls.grab().isNull()


def test_settings_from_explain_are_plain_data(controls):
    model = load_model("lecture-ox")
    settings = explain.layer_settings(model, "conv1")
    controls.set_settings(settings)
    assert controls.settings is settings and controls.layer_name == "conv1"
