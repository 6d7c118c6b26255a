"""A pen tablet on the drawing canvas: real QTabletEvents, pressure setting the stroke width.

No tablet is needed: the events are built with a QPointingDevice of type Stylus and sent as Qt would
send them, to the canvas itself or through its window (Qt's own routing to the widget under the pen).
"""
import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from cnnviz.data.preprocess import to_network_input
from cnnviz.ui.canvas import MIN_PRESSURE_WIDTH, DrawingCanvas

PRESS, MOVE, RELEASE = QEvent.Type.TabletPress, QEvent.Type.TabletMove, QEvent.Type.TabletRelease
LEFT, NO_BUTTON = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
PATH = [(60 + 8 * i, 140) for i in range(21)]          # a horizontal line, 160 px, through the middle


@pytest.fixture
def stylus(qapp):
    cap = QInputDevice.Capability
    return QPointingDevice("cnnviz test stylus", 4711, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                           cap.Position | cap.Pressure | cap.XTilt | cap.YTilt | cap.Hover, 1, 3)


@pytest.fixture
def canvas(qtbot):
    """A 280-pixel page shown at 280 x 280: widget and image pixels are the same."""
    canvas = DrawingCanvas(280)
    qtbot.addWidget(canvas)
    canvas.resize(280, 280)
    assert canvas.to_image(QPointF(60, 140)) == (60, 140)
    return canvas


def tablet_event(kind, device, pos, global_pos, pressure):
    button = NO_BUTTON if kind == MOVE else LEFT
    held = NO_BUTTON if kind == RELEASE else LEFT
    event = QTabletEvent(kind, device, QPointF(pos), QPointF(global_pos), pressure, 0.0, 0.0, 0.0, 0.0, 0.0,
                         Qt.KeyboardModifier.NoModifier, button, held)
    event.setAccepted(False)            # as Qt delivers it: only the widget's accept() keeps Qt from making mouse events
    return event


def send(widget, kind, device, point, pressure):
    """Send one tablet event to the widget; True if it was accepted."""
    pos = QPointF(*point)
    event = tablet_event(kind, device, pos, widget.mapToGlobal(pos), pressure)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def pen_stroke(canvas, device, points, pressure):
    """Pen down, along the points, pen up (the tip reports no pressure as it lifts). Returns the accept flags."""
    accepted = [send(canvas, PRESS, device, points[0], pressure)]
    accepted += [send(canvas, MOVE, device, p, pressure) for p in points[1:]]
    accepted.append(send(canvas, RELEASE, device, points[-1], 0.0))
    return accepted


def ink(canvas):
    return int(np.count_nonzero(canvas.image_array() < 128))


def stroke_width(canvas, x=140):
    """Inked pixels down one column of the page: the stroke's width there."""
    return int(np.count_nonzero(canvas.image_array()[:, x] < 128))


def expected_width(canvas, pressure):
    return canvas.pen_width * (MIN_PRESSURE_WIDTH + (1 - MIN_PRESSURE_WIDTH) * pressure)


def test_pen_pressure_sets_the_width_of_the_ink(canvas, stylus):
    assert all(pen_stroke(canvas, stylus, PATH, 0.2))
    light, light_width = ink(canvas), stroke_width(canvas)
    light_input = to_network_input(canvas.image_array(), (28, 28))
    points = canvas.strokes()[0].points
    assert len(points) == len(PATH)
    np.testing.assert_allclose(points[:, 2], 0.2)                   # the pressure is recorded with every point
    np.testing.assert_array_equal(points[:, :2], np.array(PATH, np.float32))

    canvas.clear()
    assert all(pen_stroke(canvas, stylus, PATH, 1.0))
    heavy, heavy_width = ink(canvas), stroke_width(canvas)
    heavy_input = to_network_input(canvas.image_array(), (28, 28))

    assert light > 0 and heavy > 1.8 * light
    assert abs(light_width - expected_width(canvas, 0.2)) <= 1.5      # 14 px pen: about 6 px at pressure 0.2
    assert abs(heavy_width - expected_width(canvas, 1.0)) <= 1.5      # and the full 14 px at 1.0
    assert heavy_input.sum() > 1.5 * light_input.sum()                # the network sees the difference too


def test_full_pressure_draws_exactly_what_the_mouse_draws(canvas, stylus, qtbot):
    pen_stroke(canvas, stylus, PATH, 1.0)
    by_pen = canvas.image_array()
    canvas.clear()
    qtbot.mousePress(canvas, LEFT, pos=QPoint(*PATH[0]))
    for p in PATH[1:]:
        qtbot.mouseMove(canvas, QPoint(*p))
    qtbot.mouseRelease(canvas, LEFT, pos=QPoint(*PATH[-1]))
    np.testing.assert_array_equal(canvas.image_array(), by_pen)


def test_each_pen_stroke_is_one_undo_step(canvas, stylus):
    finished, changed = [], []
    canvas.strokeFinished.connect(lambda: finished.append(1))
    canvas.changed.connect(lambda: changed.append(1))
    blank = canvas.image_array()
    pen_stroke(canvas, stylus, PATH, 0.2)
    light = canvas.image_array()
    assert len(finished) == 1 and len(changed) == len(PATH)           # one repaint signal per pen position
    pen_stroke(canvas, stylus, PATH, 1.0)
    both = canvas.image_array()
    assert len(finished) == 2
    assert len(canvas.history) == 2 and [len(s) for s in canvas.strokes()] == [len(PATH), len(PATH)]
    assert ink(canvas) > 1.8 * int(np.count_nonzero(light < 128))

    canvas.undo()                                                      # the heavy stroke goes, the light one stays
    np.testing.assert_array_equal(canvas.image_array(), light)
    canvas.undo()
    np.testing.assert_array_equal(canvas.image_array(), blank)
    assert not canvas.can_undo()
    canvas.redo()
    np.testing.assert_array_equal(canvas.image_array(), light)         # replaying the record paints what the pen did
    canvas.redo()
    np.testing.assert_array_equal(canvas.image_array(), both)


def test_the_canvas_accepts_every_tablet_event_so_qt_makes_no_mouse_events(canvas, stylus):
    # Qt turns a tablet event nobody accepted into mouse events; the canvas would then draw the stroke twice
    # (a second, full-pressure stroke and a second undo step). Accepting every one of them prevents that.
    assert all(pen_stroke(canvas, stylus, PATH, 0.5))
    assert send(canvas, MOVE, stylus, (10, 10), 0.0)                  # hovering with the pen up: accepted, no ink
    assert send(canvas, RELEASE, stylus, (10, 10), 0.0)               # a stray release: harmless
    assert len(canvas.history) == 1
    assert canvas.image_array()[:40, :40].min() == 255


def test_pen_events_routed_through_the_window_reach_the_canvas_once(qtbot, stylus):
    # The real delivery path: the window hands each tablet event to the widget under the pen (and keeps
    # sending to it until pen up), mapping the position into the widget.
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    layout.setContentsMargins(30, 20, 30, 20)
    canvas = DrawingCanvas(280)
    layout.addWidget(canvas)
    top.resize(340, 320)
    top.show()
    qtbot.waitExposed(top)
    assert canvas.geometry().topLeft() == QPoint(30, 20) and canvas.size().width() == 280
    window = top.windowHandle()

    def via_window(kind, point, pressure):
        local = QPointF(*point)
        event = tablet_event(kind, stylus, canvas.mapTo(top, local), canvas.mapToGlobal(local), pressure)
        QApplication.sendEvent(window, event)
        return event.isAccepted()

    accepted = [via_window(PRESS, PATH[0], 0.2)] + [via_window(MOVE, p, 0.2) for p in PATH[1:]]
    accepted.append(via_window(RELEASE, PATH[-1], 0.0))
    assert all(accepted)
    assert len(canvas.history) == 1
    points = canvas.strokes()[0].points
    np.testing.assert_allclose(points[:, :2], np.array(PATH, np.float32), atol=1e-3)
    np.testing.assert_allclose(points[:, 2], 0.2)
    assert abs(stroke_width(canvas) - expected_width(canvas, 0.2)) <= 1.5


@pytest.mark.parametrize("pressure", [0.0, 0.2, 1.0])
def test_a_tap_leaves_a_dot_as_wide_as_its_pressure_and_zero_still_marks(canvas, stylus, pressure):
    # Qt paints nothing for a zero-length line, so a tap used to leave no mark at all; it is a round dot now,
    # at least MIN_PRESSURE_WIDTH of the pen width across even when the pen reports no pressure.
    assert send(canvas, PRESS, stylus, (140, 140), pressure)
    assert send(canvas, RELEASE, stylus, (140, 140), 0.0)
    image = canvas.image_array()
    rows, cols = np.nonzero(image < 128)
    assert rows.size > 0
    expected = expected_width(canvas, pressure)
    for extent in (np.ptp(rows) + 1, np.ptp(cols) + 1):
        assert abs(extent - expected) <= 1.5
    assert abs(rows.mean() - 140) <= 1 and abs(cols.mean() - 140) <= 1
    assert len(canvas.history) == 1
    canvas.undo()
    canvas.redo()
    np.testing.assert_array_equal(canvas.image_array(), image)        # the recorded tap replays as the same dot


def test_a_mouse_click_leaves_a_dot(canvas, qtbot):
    qtbot.mouseClick(canvas, LEFT, pos=QPoint(100, 100))
    rows, cols = np.nonzero(canvas.image_array() < 128)
    assert rows.size > 0
    assert abs(np.ptp(rows) + 1 - canvas.pen_width) <= 1.5 and abs(np.ptp(cols) + 1 - canvas.pen_width) <= 1.5


def test_any_pointing_device_draws(canvas):
    # A tablet event's device is never None in Qt; an unknown device without a pressure capability still draws.
    device = QPointingDevice()
    assert all(pen_stroke(canvas, device, PATH, 0.5))
    assert len(canvas.history) == 1 and ink(canvas) > 0


def test_the_eraser_follows_pen_pressure_too(canvas, stylus):
    pen_stroke(canvas, stylus, PATH, 1.0)
    canvas.eraser = True
    pen_stroke(canvas, stylus, PATH, 0.2)                              # a narrow eraser line along the middle
    canvas.eraser = False
    remaining = stroke_width(canvas)
    assert 0 < remaining < canvas.pen_width
    assert abs((canvas.pen_width - remaining) - expected_width(canvas, 0.2)) <= 2
