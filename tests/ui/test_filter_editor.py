"""The filter editor: typed and painted values are emitted; invalid text is refused, visibly, and never applied."""
from __future__ import annotations

import PySide6  # noqa: F401
import numpy as np
import pytest
from PySide6.QtCore import Qt

from cnnviz.engine import Activation, Conv2D, Dense, Flatten, Pool2D, Sequential, he_init, load_model
from cnnviz.analysis import edit
from cnnviz.ui.filter_editor import FilterEditor, parse_number


@pytest.fixture
def editor(qtbot):
    widget = FilterEditor(rng=np.random.default_rng(0))
    qtbot.addWidget(widget)
    widget.resize(420, 480)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_from_model(load_model("lecture-ox"), "conv1", 0)
    return widget


def centre(grid, row, col):
    return grid.cell_rect(row, col).center()


def test_parse_number():
    assert parse_number("0.5") == (0.5, "") and parse_number(" -1 ")[0] == -1 and parse_number("2,5")[0] == 2.5
    assert parse_number("\u22120.25")[0] == -0.25 and parse_number("1e-2")[0] == 0.01
    for bad in ["", "abc", "1.2.3", "nan", "inf", "1e9", "--1"]:
        value, hint = parse_number(bad)
        assert value is None and hint


def test_typing_a_number_in_a_cell_emits_the_new_filter(editor, qtbot):
    grid = editor.grid
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=centre(grid, 1, 2))
    assert grid.editing == (1, 2) and grid.line_edit.isVisible()
    grid.line_edit.selectAll()
    qtbot.keyClicks(grid.line_edit, "0.75")
    with qtbot.waitSignal(editor.weights_changed) as blocker:
        qtbot.keyClick(grid.line_edit, Qt.Key.Key_Return)
    layer, index, weights, bias = blocker.args
    assert (layer, index, bias) == ("conv1", 0, 0.0)
    expected = edit.filter_preset("\\")[None].copy()
    expected[0, 1, 2] = 0.75
    np.testing.assert_array_equal(weights, expected)
    assert weights.dtype == np.float32
    assert not grid.line_edit.isVisible() and editor.hint_text == ""


def test_invalid_text_is_refused_with_a_visible_hint(editor, qtbot):
    grid = editor.grid
    emitted = []
    editor.weights_changed.connect(lambda *args: emitted.append(args))
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=centre(grid, 0, 0))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    grid.line_edit.selectAll()
    qtbot.keyClicks(grid.line_edit, "abc")
    qtbot.keyClick(grid.line_edit, Qt.Key.Key_Return)
    assert emitted == []
    assert "not a number" in editor.hint_text and editor._hint.isVisible()
    assert grid.line_edit.isVisible() and "c0392b" in grid.line_edit.styleSheet()     # stays open, marked
    assert editor.weights[0, 0, 0] == 1.0 and grid.values[0, 0] == 1.0
    # Escape gives up; the value is unchanged
    qtbot.keyClick(grid.line_edit, Qt.Key.Key_Escape)
    assert not grid.line_edit.isVisible() and editor.weights[0, 0, 0] == 1.0
    for bad in ["", "nan", "1e12"]:
        assert not editor.set_cell_text(0, 0, bad)
    assert emitted == [] and editor.weights[0, 0, 0] == 1.0
    # a valid edit then clears the hint
    assert editor.set_cell_text(0, 0, "-2")
    assert len(emitted) == 1 and editor.hint_text == "" and emitted[0][2][0, 0, 0] == -2


def test_typing_a_digit_starts_editing(editor, qtbot):
    grid = editor.grid
    grid.setFocus()
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=centre(grid, 0, 0))
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    qtbot.keyClick(grid, "3")
    assert grid.editing == (1, 1) and grid.line_edit.text() == "3"
    with qtbot.waitSignal(editor.weights_changed) as blocker:
        qtbot.keyClick(grid.line_edit, Qt.Key.Key_Return)
    assert blocker.args[2][0, 1, 1] == 3


def test_drag_paints_the_brush_value(editor, qtbot):
    editor.set_mode("paint")
    editor.set_brush(-1.5)
    grid = editor.grid
    emitted = []
    editor.weights_changed.connect(lambda *args: emitted.append(args[2]))
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=centre(grid, 0, 0))
    qtbot.mouseMove(grid, centre(grid, 0, 1))
    qtbot.mouseMove(grid, centre(grid, 0, 2))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=centre(grid, 0, 2))
    assert len(emitted) == 3
    np.testing.assert_array_equal(emitted[-1][0, 0], [-1.5, -1.5, -1.5])
    np.testing.assert_array_equal(emitted[-1][0, 1:], edit.filter_preset("\\")[1:])
    # painting a cell that already has the brush value emits nothing
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=centre(grid, 0, 1))
    assert len(emitted) == 3


def test_bias_field(editor, qtbot):
    emitted = []
    editor.weights_changed.connect(lambda *args: emitted.append(args[3]))
    field = editor._bias_edit
    field.selectAll()
    qtbot.keyClicks(field, "x1")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert emitted == [] and "Bias" in editor.hint_text and editor.bias == 0.0
    field.selectAll()
    qtbot.keyClicks(field, "0.25")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert emitted == [0.25] and editor.hint_text == "" and field.text() == "0.250"


def test_presets(editor, qtbot):
    with qtbot.waitSignal(editor.weights_changed) as blocker:
        assert editor.apply_preset("sobel_x")
    np.testing.assert_array_equal(blocker.args[2][0], edit.filter_preset("sobel_x"))
    # through the combobox
    box = editor._preset
    with qtbot.waitSignal(editor.weights_changed) as blocker:
        box.activated.emit(box.findData("laplacian"))
    np.testing.assert_array_equal(blocker.args[2][0], edit.filter_preset("laplacian"))
    assert box.currentIndex() == 0
    # a preset that does not fit the kernel is refused with a hint
    editor.set_filter("convX", 0, np.zeros((1, 2, 2)), 0.0)
    emitted = []
    editor.weights_changed.connect(lambda *args: emitted.append(args))
    assert not editor.apply_preset("identity")
    assert emitted == [] and "odd kernel sizes" in editor.hint_text
    assert editor.apply_preset("random") and emitted[-1][2].shape == (1, 2, 2)


def test_multi_channel_filters(qtbot, editor):
    model = Sequential([Conv2D(3, 2, 3, name="c"), Activation("relu", name="r"),
                        Pool2D(mode="max", output_size=2, name="p"),
                        Flatten(name="f"), Dense(8, 2, name="d")], class_names=("a", "b"), input_shape=(3, 8, 8))
    he_init(model, np.random.default_rng(1))
    editor.set_from_model(model, "c", 1)
    assert editor._channel.isVisibleTo(editor) and editor._channel.count() == 3
    editor._channel.setCurrentIndex(2)
    np.testing.assert_array_equal(editor.grid.values, model.layer("c").weight[1, 2])
    with qtbot.waitSignal(editor.weights_changed) as blocker:
        editor.set_cell_text(1, 1, "9")
    sent = blocker.args[2]
    assert sent.shape == (3, 3, 3) and sent[2, 1, 1] == 9
    np.testing.assert_array_equal(sent[:2], model.layer("c").weight[1, :2])
    editor._all_channels.setChecked(False)
    with qtbot.waitSignal(editor.weights_changed) as blocker:
        editor.apply_preset("zero")
    assert not blocker.args[2][2].any() and blocker.args[2][0].any()
    # the emitted weights make a valid edit
    result = edit.set_filter(model, "c", 1, blocker.args[2], blocker.args[3])
    np.testing.assert_array_equal(result.model.layer("c").weight[1], blocker.args[2])


def test_the_editor_never_mutates_the_model(editor):
    model = load_model("lecture-ox")
    before = model.layer("conv1").weight.copy()
    editor.set_from_model(model, "conv1", 0)
    editor.set_cell_text(0, 0, "5")
    editor.apply_preset("zero")
    np.testing.assert_array_equal(model.layer("conv1").weight, before)
    assert not editor.grab().isNull()
