"""Focusing a stage: a title click enlarges it over the pipeline, keys walk the stages, Esc goes back."""
import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication


def click_title(window, qtbot, name):
    pipeline = window.pipeline
    title = pipeline.panels[name].title
    point = pipeline.mapFromScene(title.sceneBoundingRect().center())
    qtbot.mouseClick(pipeline.viewport(), Qt.MouseButton.LeftButton, pos=point)


def map_side(panel):
    rect = panel.view.viewRect()
    return panel.view.width() / rect.width() * max(panel.stage.map_shape)


@pytest.fixture
def window(make_window, qtbot):
    window = make_window("lecture-ox", size=(1280, 720))
    window.draw_example("circle")
    window.live.run_now()
    qtbot.wait(250)
    return window


def test_clicking_a_title_enlarges_the_stage_with_its_values(window, qtbot):
    focus = window.stage_focus
    small = map_side(window.pipeline.panels["pool1"])
    click_title(window, qtbot, "pool1")
    assert focus.name == "pool1" and focus.view.isVisible()
    assert focus.view.geometry() == window.pipeline.rect()            # over the pipeline area
    qtbot.wait(200)
    panel = focus.view.panels["pool1"]
    assert map_side(panel) > 1.5 * small
    np.testing.assert_array_equal(panel.values, window.pipeline.panels["pool1"].values)   # the same drawing
    cell = panel.view.width() / panel.view.viewRect().width()
    assert panel.numbers is not None and panel.numbers.font_pixels(cell) >= 14   # values written, large
    assert "2 \u00d7 2 \u00d7 2" in focus.view.title.text() and "4" in focus.view.title.text()


def test_arrows_walk_the_stages_and_esc_returns_without_unpinning(window, qtbot):
    focus = window.stage_focus
    focus.focus("conv1")
    qtbot.wait(50)
    assert QApplication.focusWidget() is focus.view
    qtbot.keyClick(focus.view, Qt.Key.Key_Right)
    assert focus.name == "relu1"
    qtbot.keyClick(focus.view, Qt.Key.Key_Left)
    qtbot.keyClick(focus.view, Qt.Key.Key_Left)
    qtbot.keyClick(focus.view, Qt.Key.Key_Left)                         # stops at the input
    assert focus.name == "input"
    assert not focus.view.previous_button.isEnabled()
    qtbot.keyClick(focus.view, Qt.Key.Key_Escape)
    assert not focus.active and not focus.view.isVisible()


def test_one_map_alone_is_larger_and_follows_the_drawing(window, qtbot):
    focus = window.stage_focus
    focus.focus("conv1")
    qtbot.wait(200)
    both = map_side(focus.view.panel)
    qtbot.keyClick(focus.view, Qt.Key.Key_Down)
    qtbot.wait(200)
    assert focus.view.map_index == 0 and focus.view.panel.stage.count == 1
    assert map_side(focus.view.panel) > both
    window.canvas.clear()
    window.live.run_now()
    qtbot.wait(50)
    expected = window.pipeline.panels["conv1"].values[0]
    np.testing.assert_allclose(focus.view.panel.values[0], expected)    # a new drawing reaches the focused map
    qtbot.keyClick(focus.view, Qt.Key.Key_Escape)                         # first Esc: all maps again
    assert focus.active and focus.view.map_index is None


def test_f_focuses_the_stage_under_the_pointer_and_follows_a_new_model(window, qtbot):
    focus = window.stage_focus
    pipeline = window.pipeline
    focus._on_q_scene_moved(pipeline.panels["relu1"].layout.sceneBoundingRect().center())
    focus.action.trigger()
    assert focus.name == "relu1"
    window.load_model("ox-cnn")
    qtbot.wait(100)
    assert focus.name == "relu1" and focus.view.panels["relu1"].stage.count == 8
    focus.focus("pool2")
    with pytest.raises(KeyError, match="no stage 'nope'"):
        focus.focus("nope")
    window.load_model("lecture-ox")                                       # pool2 is gone: back to the pipeline
    qtbot.wait(100)
    assert not focus.active


def test_one_map_too_small_for_its_values_is_read_larger_around_the_clicked_cell(window, qtbot):
    from cnnviz.ui.focus_reading import least_px
    focus = window.stage_focus
    focus.focus("conv1")
    qtbot.wait(200)
    view = focus.view
    panel = view.panel
    assert panel.numbers.font_pixels(panel.view.width() / panel.view.viewRect().width()) == 0   # both: too small
    y, x = panel.mosaic.map_rect(1)[:2]
    point = panel.view.mapViewToScene(QPointF(x + 20.5, y + 17.5))          # row 17, column 20 of map 2
    qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=view.graphics.mapFromScene(point))
    qtbot.wait(200)
    assert view.map_index == 1 and view.anchor == (17, 20) and view.reading is not None
    panel = view.panel
    rect = panel.view.viewRect()
    cell = panel.view.width() / rect.width()
    assert panel.numbers.font_pixels(cell) >= least_px() >= 12                # the values are written, readable
    y, x = panel.mosaic.map_rect(0)[:2]
    assert rect.contains(QPointF(x + 20.5, y + 17.5))                         # the clicked cell is in view
    assert rect.height() < panel.mosaic.shape[0]                              # (a part of the map: drag for more)
    assert "drag" in panel.title.text()


def test_a_pinned_cell_of_the_focused_stage_is_shown_in_view(window, qtbot):
    focus = window.stage_focus
    focus.focus("conv1")
    qtbot.wait(100)
    window.session.set_pinned(("cell", "conv1", (0, 24, 3)))
    qtbot.wait(200)
    view = focus.view
    assert view.map_index == 0 and view.anchor == (24, 3)
    y, x = view.panel.mosaic.map_rect(0)[:2]
    assert view.panel.view.viewRect().contains(QPointF(x + 3.5, y + 24.5))


def test_page_down_scrolls_a_map_read_at_its_larger_size(window, qtbot):
    focus = window.stage_focus
    focus.focus("conv1", map_index=0, cell=(0, 0))
    qtbot.wait(200)
    view = focus.view.panel.view
    top = view.viewRect().top()
    qtbot.keyClick(focus.view, Qt.Key.Key_PageDown)
    qtbot.wait(50)
    lower = view.viewRect()
    assert lower.top() > top and lower.bottom() <= focus.view.panel.mosaic.shape[0] + 1e-6
    qtbot.keyClick(focus.view, Qt.Key.Key_PageUp)
    qtbot.wait(50)
    assert abs(view.viewRect().top() - top) < 1e-6
