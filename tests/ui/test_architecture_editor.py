"""The architecture editor in the Layers and model dock: the lectures' colour network built from lecture-ox in
at most 12 user actions, each one undoable model edit; refusals say why and keep the model; the shape flow."""
from __future__ import annotations

import PySide6  # noqa: F401
import numpy as np
import pytest

from cnnviz.engine import load_model, save_model


class User:
    """Drives the editor's widgets as a person does, counting the actions."""

    def __init__(self, editor):
        self.editor, self.actions = editor, 0

    def select(self, name):
        names = [self.editor.layer_list.item(k).text().split()[1] for k in range(self.editor.layer_list.count())]
        self.editor.layer_list.setCurrentRow(names.index(name))
        self.actions += 1

    def insert(self, kind):
        combo = self.editor.insert_combo
        index = combo.findData(kind)
        assert index > 0
        combo.setCurrentIndex(index)
        combo.activated.emit(index)          # what Qt emits when a person picks the item
        self.actions += 1

    def enter(self, spin, value):
        assert spin.isEnabled()
        spin.setValue(value)                  # keyboard tracking is off: one edit per number entered
        self.actions += 1


@pytest.fixture
def window(make_window):
    return make_window("lecture-ox")


def test_lectures_colour_network_from_lecture_ox_in_at_most_12_actions(window, tmp_path):
    editor = window.inspect.architecture_editor
    session = window.session
    user = User(editor)
    history_before = len(session.history)

    user.enter(editor.channels_spin, 3)
    user.enter(editor.height_spin, 32)
    user.enter(editor.width_spin, 32)
    user.select("conv1")
    user.enter(editor.filters_spin, 10)
    user.select("relu1")
    user.insert("pool2d")
    user.insert("conv2d")
    user.enter(editor.filters_spin, 30)
    user.insert("activation")

    assert user.actions <= 12
    model = session.model
    assert model.input_shape == (3, 32, 32)
    assert [layer.kind for layer in model.layers] == ["conv2d", "activation", "pool2d", "conv2d", "activation",
                                                       "pool2d", "flatten", "dense", "softmax"]
    assert [layer.function for layer in model.layers if layer.kind == "activation"] == ["relu", "relu"]
    assert [layer.out_channels for layer in model.layers if layer.kind == "conv2d"] == [10, 30]
    assert model.shapes()[:6] == [(10, 30, 30), (10, 30, 30), (10, 15, 15), (30, 13, 13), (30, 13, 13),
                                  (30, 2, 2)]
    assert model.layers[-2].in_features == 120 and model.layers[-2].out_features == 2
    # every action was one undoable edit, and the network runs on a colour input
    assert len(session.history) == history_before + 8
    probabilities = model.forward(np.random.default_rng(0).random((1, 3, 32, 32), dtype=np.float32)).probabilities
    assert np.all(np.isfinite(probabilities)) and probabilities.shape[-1] == 2
    # the shape flow shows the second convolution's formula filled in, and the dense comparison
    flow = editor.flow_label.text()
    assert "out = floor((15 + 2·0 − 3) / 1) + 1 = 13" in flow
    assert f"{model.parameter_count:,} parameters" in flow and "all-dense" in flow
    # save -> load round-trips exactly
    loaded = load_model(save_model(model, tmp_path / "colour.json"))
    assert [lay.name for lay in loaded.layers] == [lay.name for lay in model.layers]
    for a, b in zip(loaded.layers, model.layers):
        for key in a.params:
            assert np.array_equal(a.params[key], b.params[key])
    # undo walks back one edit at a time: the relu goes first
    window.inspect.undo()
    assert [layer.kind for layer in session.model.layers][3:5] == ["conv2d", "pool2d"]
    assert editor.layer_list.count() == 8


def test_refused_edit_says_why_and_keeps_the_model(window):
    editor = window.inspect.architecture_editor
    session = window.session
    before, entries = session.model, len(session.history)
    user = User(editor)
    user.select("dense")
    user.enter(editor.dense_spin, 5)      # the last dense layer gives one score per class
    assert session.model is before and len(session.history) == entries
    assert "circle, cross" in editor.error_label.text()
    assert editor.dense_spin.value() == 2          # the field went back to the model's value
    user.enter(editor.height_spin, 2)     # a 3x3 kernel cannot fit a 2-pixel input
    assert session.model is before
    assert "conv1" in editor.error_label.text()
    assert editor.height_spin.value() == 28


def test_remove_and_move_are_undoable_edits(window):
    editor = window.inspect.architecture_editor
    session = window.session
    user = User(editor)
    user.select("pool1")
    editor.up_button.click()
    assert [layer.name for layer in session.model.layers][:3] == ["conv1", "pool1", "relu1"]
    assert editor.selected_layer == "pool1"
    editor.remove_button.click()
    assert "pool1" not in [layer.name for layer in session.model.layers]
    assert session.model.layers[-2].in_features == 2 * 26 * 26      # the dense layer was fitted to its input
    window.inspect.undo()
    window.inspect.undo()
    assert [layer.name for layer in session.model.layers] == [layer.name for layer in
                                                               load_model("lecture-ox").layers]


def test_shape_flow_fills_in_the_transposed_convolution_formula(window):
    editor = window.inspect.architecture_editor
    user = User(editor)
    user.select("pool1")
    user.insert("conv_transpose2d")
    model = window.session.model
    assert model.layers[3].kind == "conv_transpose2d" and model.shapes()[3] == (8, 4, 4)
    assert editor.selected_layer == model.layers[3].name and editor.filters_spin.isEnabled()
    assert "out = (2 − 1)·2 − 2·0 + 2 + 0 = 4" in editor.flow_label.text()
    assert model.layers[-2].in_features == 8 * 4 * 4
