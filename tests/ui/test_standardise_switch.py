"""The switch "Standardise like the training data" in the window: shown for a model with a Standardize stage,
it changes what the network sees and predicts, marks the stage "off", and the inspector gives the numbers of
(x - mean) / std for a pointed cell of that stage."""
from PySide6.QtCore import Qt

from cnnviz.ui.inspect import Hit

from .test_colour_canvas import RED, draw


def test_the_switch_is_there_for_a_colour_model_and_changes_what_the_network_sees(make_window, qtbot):
    window = make_window("selfedu-rgb", size=(1280, 720))
    switch = window.standardise
    assert switch.check_box.isVisible() and switch.check_box.isChecked() and switch.action.isEnabled()
    assert switch.label.text() == "Standardise like the training data" and switch.label.isVisible()
    window.pen_palette.choose(RED)
    draw(window.canvas, [(60, 60), (220, 220)])
    on = window.live.run_now()
    name = window.model.standardize_layer.name
    assert "off" not in switch.title_of_stage()
    switch.check_box.click()                              # the user switches it off
    assert window.session.standardize is False and not switch.action.isChecked()
    qtbot.mouseClick(switch.label, Qt.MouseButton.LeftButton)   # the words toggle it too
    assert window.session.standardize is True
    switch.check_box.click()
    assert window.session.standardize is False
    off = window.session.trace
    assert off is not on and (off[name] == off.input).all()
    assert switch.title_of_stage().startswith(f"{name} \u00b7 off \u00b7 ")        # before the shape: never elided
    shown = window.pipeline.panels[name].values
    assert abs(shown - off.input[0]).max() < 1e-6       # the stage's panel shows x itself
    assert "Standardisation is off" in window.statusBar().currentMessage()

    inspector = window.inspect.inspector
    window.pipeline.repaint_now()
    controller = window.inspect                          # the pointer on the stage's R map, row 16, col 16
    hit = controller.hit_test(controller.cell_scene_pos(name, (0, 16, 16)))
    assert hit == Hit("cell", name, (0, 16, 16))
    controller.hover(hit)
    text = inspector.text()
    assert "switched off" in text and "(x \u2212 mean) / std" in text and "channel R" in text
    switch.action.trigger()                               # on again, from the Model menu
    assert switch.check_box.isChecked() and "off" not in switch.title_of_stage()
    inspector.show_cell(window.session.trace, name, (1, 16, 16))
    layer = window.model.standardize_layer
    assert "channel G" in inspector.text() and f"{layer.mean[1]:.3f}"[:4] in inspector.text()


def test_a_model_without_a_standardize_stage_has_no_switch_to_use(make_window):
    window = make_window("lecture-ox")
    assert not window.standardise.check_box.isVisible() and not window.standardise.action.isEnabled()
