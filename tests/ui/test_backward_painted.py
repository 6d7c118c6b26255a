"""What the Backward dock puts on screen: the painted pixels at sample cells are the engine's gradient in its
level's colour, and new drawings change texts without moving the views below them."""
import numpy as np

from cnnviz.engine import gradients
from cnnviz.viz.colormap import diverging_table
from cnnviz.viz.gradient_maps import weight_key

from .experiments_helpers import experiment_window, open_backward, put_sketch  # noqa: F401


def painted_rgb(view, layout, block: int, dy: int, dx: int) -> tuple[int, int, int]:
    """The colour the view paints at the centre of cell (dy, dx) of mosaic block ``block`` (a grab of the widget)."""
    image = view.grab().toImage()
    rect = view.image_rect()
    height, width = view._shape
    y0, x0 = layout.origin(block)
    x = rect.left() + (x0 + dx + 0.5) * rect.width() / width
    y = rect.top() + (y0 + dy + 0.5) * rect.height() / height
    scale = image.width() / view.width()
    colour = image.pixelColor(int(x * scale), int(y * scale))
    return colour.red(), colour.green(), colour.blue()


def test_painted_gradient_colours_are_the_engines_gradients_at_sample_cells(experiment_window):
    window = experiment_window("lecture-ox")
    put_sketch(window, "cross", 3)
    panel = open_backward(window)
    model, trace = window.session.model, window.session.trace
    expected = gradients(model, trace.input[0], int(trace.predicted[0]))
    palette = window.session.palette
    checked = 0
    for stage in panel.stages:
        maps = stage.maps((expected.input if stage.name == "input" else expected.outputs[stage.name])[0])
        table = diverging_table(panel.frame.levels[stage.name], palette)
        flat = np.abs(maps).ravel()
        for cell in {int(np.argmax(flat)), int(np.argmin(flat)), len(flat) // 2}:       # largest, smallest, middle
            block, dy, dx = np.unravel_index(cell, maps.shape)
            want = tuple(int(v) for v in table.colours(np.array([maps[block, dy, dx]], np.float32))[0, :3])
            assert painted_rgb(panel.views[stage.name][1], panel.layouts[stage.name], block, dy, dx) == want, \
                (stage.name, (block, dy, dx))
            checked += 1
    conv = next(s.name for s in panel.stages if s.kind == "conv")
    key = weight_key(conv)
    g = expected.weights[conv]                              # (F, C, KH, KW); one channel: tile f is g[f, 0]
    table = diverging_table(panel.frame.levels[key], palette)
    for f, u, v in ((0, 0, 0), (len(g) - 1, g.shape[2] - 1, g.shape[3] - 1)):
        want = tuple(int(c) for c in table.colours(np.array([g[f, 0, u, v]], np.float32))[0, :3])
        assert painted_rgb(panel.views[key][1], panel.layouts[key], f, u, v) == want, (key, (f, u, v))
        checked += 1
    assert checked >= 3 * len(panel.stages)


def test_new_drawings_change_the_texts_without_moving_the_views(experiment_window, qtbot):
    window = experiment_window("lecture-ox")
    put_sketch(window, "cross", 1)
    panel = open_backward(window)
    label = panel.logits_label
    label.setText("\n".join(["a line of the logits that is long enough to wrap in a narrow dock " * 2] * 3))
    tall = label.heightForWidth(label.width())
    label.setText("short")
    assert label.heightForWidth(label.width()) == tall          # the tallest text's height is kept
    assert label.text() == "short"
    label.reset()                                               # a new model: the height fits the text again
    assert label.heightForWidth(label.width()) < tall
    positions = []
    for kind, seed in (("circle", 2), ("cross", 5), ("circle", 6), ("triangle", 7), ("cross", 8)):
        put_sketch(window, kind, seed)
        panel.refresh()
        qtbot.wait(1)
        positions.append(tuple(panel.views[s.name][1].y() for s in panel.stages))
    # the loss and logits texts only ever grow: once grown, no view below them moves up again
    assert all(later >= earlier for earlier, later in zip(positions, positions[1:]))


def test_repainting_only_the_image_and_bar_paints_what_a_full_repaint_does(experiment_window):
    """A new drawing repaints a view's image (and, at a new level, its colour bar) without its title: those
    pixels are the ones a full repaint gives."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPixmap, QRegion
    window = experiment_window("ox-cnn")
    put_sketch(window, "circle", 2)
    panel = open_backward(window)
    put_sketch(window, "cross", 9)
    panel.refresh()
    for key in [panel.stages[1].name, weight_key(panel.parameter_layers[0])]:
        view = panel.views[key][1]
        view.set_colour_bar(diverging_table(0.125, window.session.palette), ("−0.125", "0", "+0.125"))
        full = view.grab().toImage()
        top = int(view.image_rect().top()) - 2
        partial = QPixmap(view.size() * full.devicePixelRatio())
        partial.setDevicePixelRatio(full.devicePixelRatio())
        partial.fill(QColor(255, 0, 255))
        view.render(partial, QPoint(0, top), QRegion(0, top, view.width(), view.height() - top))
        partial = partial.toImage().convertToFormat(full.format())
        scale = full.devicePixelRatio()
        full_rows = full.copy(0, int(top * scale), full.width(), full.height() - int(top * scale))
        partial_rows = partial.copy(0, int(top * scale), full.width(), full.height() - int(top * scale))
        assert full_rows == partial_rows, key
