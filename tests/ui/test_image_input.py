"""Pictures as the input: open, drop and paste put an image on the canvas (one undo step, the pen draws on it,
the network sees it through the one preprocessing path); bad files say why once and change nothing."""
import cv2
import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage

import cnnviz.data.preprocess as preprocess


def circle_file(tmp_path, size=(300, 500)):
    image = np.full(size + (3,), 255, np.uint8)
    cv2.circle(image, (size[1] // 2, size[0] // 2), min(size) // 3, (0, 0, 0), 14)
    path = tmp_path / "circle.png"
    cv2.imwrite(str(path), image)
    return path



def test_an_opened_image_is_the_input_resized_said_and_undone(make_window, tmp_path):
    window = make_window()
    assert window.image_input.open_file(str(circle_file(tmp_path)))
    assert window.canvas.picture() is not None and not window.canvas.is_blank()
    assert "500 x 300" in window.statusBar().currentMessage()        # another size: resized, and said so
    window.live.run_now()
    seen = window.session.network_input(window.canvas.image_array())
    assert seen.max() > 0.5 and seen[0, 14, 14] < 0.1                 # a ring: ink around an empty middle
    window.canvas.undo()
    assert window.canvas.is_blank() and (window.canvas.image_array() == 255).all()


def test_the_pen_draws_on_the_picture_and_clear_takes_both(make_window, tmp_path):
    window = make_window()
    window.image_input.open_file(str(circle_file(tmp_path)))
    before = window.canvas.image_array()
    window.canvas.begin_stroke(140, 140)
    window.canvas.extend_stroke(150, 150)
    window.canvas.end_stroke()
    after = window.canvas.image_array()
    assert after[145, 145] == 0 and before[145, 145] == 255           # new ink in the empty middle
    assert np.array_equal(after[:40], before[:40])                   # the picture is still there
    window.canvas.undo()
    assert np.array_equal(window.canvas.image_array(), before)       # the stroke undone, the picture kept
    window.canvas.clear()
    assert window.canvas.is_blank()


@pytest.mark.parametrize("kind", ["text", "folder", "missing", "too large"])
def test_a_bad_file_says_why_and_changes_nothing(make_window, tmp_path, monkeypatch, kind):
    window = make_window()
    window.draw_example("cross")
    history, pixels = window.canvas.history, window.canvas.image_array()
    if kind == "text":
        path = tmp_path / "notes.png"
        path.write_text("not a picture")
    elif kind == "folder":
        path = tmp_path
    elif kind == "missing":
        path = tmp_path / "gone.png"
    else:
        path = circle_file(tmp_path)
        monkeypatch.setattr(preprocess, "MAX_IMAGE_PIXELS", 1000)
    assert not window.image_input.open_file(str(path))
    said = window.statusBar().currentMessage()
    assert str(path) in said and {"text": "not an image", "folder": "directory", "missing": "not found",
                                  "too large": "over the limit"}[kind] in said
    assert window.canvas.history == history and np.array_equal(window.canvas.image_array(), pixels)


def drop_on_canvas(window, data: QMimeData) -> None:
    centre = QPointF(window.canvas.width() / 2, window.canvas.height() / 2)
    event = QDropEvent(centre, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.canvas.event(event)     # a drop sent outside a real drag never reaches the widget through notify


def test_a_dropped_image_file_becomes_the_input_and_a_dropped_text_file_does_not(make_window, tmp_path):
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(circle_file(tmp_path)))])
    drop_on_canvas(window, data)
    assert window.canvas.picture() is not None
    page = window.canvas.image_array()
    text = tmp_path / "readme.txt"
    text.write_text("hello")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(text))])
    drop_on_canvas(window, data)
    assert "not an image" in window.statusBar().currentMessage()
    assert np.array_equal(window.canvas.image_array(), page)
    data = QMimeData()
    data.setText("just words")
    drop_on_canvas(window, data)
    assert np.array_equal(window.canvas.image_array(), page)


def test_paste_puts_the_clipboard_picture_on_the_canvas(make_window, tmp_path):
    window = make_window()
    image = QImage(str(circle_file(tmp_path, (280, 280))))
    QGuiApplication.clipboard().setImage(image)
    window.image_input.paste_action.trigger()
    assert window.canvas.picture() is not None
    assert "Undo" in window.statusBar().currentMessage() and "resized" not in window.statusBar().currentMessage()
    expected = cv2.cvtColor(cv2.imread(str(circle_file(tmp_path, (280, 280)))), cv2.COLOR_BGR2GRAY)
    assert np.abs(window.canvas.image_array().astype(int) - expected).max() <= 1
    QGuiApplication.clipboard().setText("words")
    history = window.canvas.history
    assert not window.image_input.paste()
    assert "no picture" in window.statusBar().currentMessage() and window.canvas.history == history


def test_the_picture_shortcuts_are_taken_by_no_other_action(make_window):
    """Qt fires neither of two actions sharing a shortcut, so Ctrl+I and Ctrl+V must be the pictures' alone."""
    from PySide6.QtGui import QAction
    window = make_window()
    ours = {window.image_input.open_action, window.image_input.paste_action}
    taken = {k.toString() for a in ours for k in a.shortcuts()}
    assert taken == {"Ctrl+I", "Ctrl+V"}
    others = [(a.text(), k.toString()) for a in window.findChildren(QAction) if a not in ours
              for k in a.shortcuts() if k.toString() in taken]
    assert others == []
    from cnnviz.ui.lecture.shortcuts import shortcut_rows
    rows = {(menu, action): keys for menu, action, keys in shortcut_rows(window.host)}
    assert rows[("File", "Open image\u2026")] == "Ctrl+I" and rows[("Edit", "Paste image")] == "Ctrl+V"
    file_actions = window.menu("&File").actions()
    assert file_actions.index(window.image_input.open_action) == file_actions.index(window.open_action) + 1
