"""Collecting drawings: Add as ○ / ×, the gallery, the saved session, export and import."""
import csv

import cv2
import numpy as np
import pytest

from cnnviz.data.collection import CollectionError, load_collection

from .experiments_helpers import collect, experiment_window  # noqa: F401


def test_add_as_actions_have_shortcuts_and_fill_the_gallery(experiment_window):
    window = experiment_window()
    experiments = window.experiments
    assert experiments.add_circle_action.shortcut().toString() == "Ctrl+1"
    assert experiments.add_cross_action.shortcut().toString() == "Ctrl+2"
    collect(window, 4)
    drawings = experiments.collection.drawings
    assert [d.label for d in drawings] == ["circle", "cross", "circle", "cross"]
    assert experiments.collection_panel.gallery.count() == 4
    assert all(d.has_strokes and d.image.shape == (280, 280) for d in drawings)
    np.testing.assert_array_equal(drawings[-1].image, window.canvas.image_array())
    experiments.collection_panel.gallery.item(0).setSelected(True)
    experiments.collection_panel.delete_selected()
    assert [d.label for d in experiments.collection.drawings] == ["cross", "circle", "cross"]


def test_an_empty_canvas_is_not_collected(experiment_window):
    window = experiment_window()
    window.canvas.clear()
    assert not window.experiments.add_circle()
    assert window.experiments.collection.drawings == []


def test_export_then_import_gives_the_same_labels_and_pixels(experiment_window, tmp_path):
    window = experiment_window()
    collect(window, 6, seed=10)
    original = list(window.experiments.collection.drawings)
    folder = tmp_path / "export"
    window.experiments.collection_panel.export_to(folder)
    with open(folder / "labels.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["label"] for r in rows] == [d.label for d in original]

    window.experiments.collection.clear()
    problems = window.experiments.collection_panel.import_from(folder)
    assert problems == []
    imported = window.experiments.collection.drawings
    assert [d.label for d in imported] == [d.label for d in original]
    for a, b in zip(original, imported):
        np.testing.assert_array_equal(a.image, b.image)
        assert len(a.strokes) == len(b.strokes)


def test_import_reports_bad_files_and_keeps_the_rest(experiment_window, tmp_path):
    window = experiment_window()
    collect(window, 3, seed=20)
    folder = tmp_path / "export"
    window.experiments.collection_panel.export_to(folder)
    (folder / "0002-cross.png").write_bytes(b"not a png")
    cv2.imwrite(str(folder / "small.png"), np.full((50, 50), 255, np.uint8))
    with open(folder / "labels.csv", "a", newline="") as f:
        csv.writer(f).writerows([["missing.png", "circle"], ["0001-circle.png", "square"], ["small.png", "cross"]])
    window.experiments.collection.clear()
    problems = window.experiments.collection_panel.import_from(folder)
    # any class name is a class now ("square" too); a name that cannot be one is a problem
    labels = [d.label for d in window.experiments.collection.drawings]
    assert len(labels) == 3 and labels.count("square") == 1
    assert len(problems) == 3
    assert any("0002-cross.png" in p and "not a readable image" in p for p in problems)
    assert any("missing.png" in p for p in problems)
    assert any("small.png" in p and "expected 280 x 280" in p for p in problems)


def test_a_folder_without_labels_is_refused(experiment_window, tmp_path):
    window = experiment_window()
    with pytest.raises(CollectionError, match="labels.csv"):
        window.experiments.collection_panel.import_from(tmp_path)


def test_the_collection_is_saved_with_the_session(experiment_window, settings, qtbot):
    window = experiment_window()
    collect(window, 3, seed=30)
    images = [d.image for d in window.experiments.collection.drawings]
    window.close()                                   # flushes the pending save
    folder = settings.value("experiments/collection_dir", "", type=str)
    report = load_collection(folder)
    assert [d.label for d in report.drawings] == ["circle", "cross", "circle"]
    second = experiment_window()
    assert len(second.experiments.collection.drawings) == 3
    for a, b in zip(images, second.experiments.collection.drawings):
        np.testing.assert_array_equal(a, b.image)


def test_a_failed_collection_export_says_where_and_why_and_keeps_the_drawings(experiment_window, tmp_path,
                                                                                monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    window = experiment_window()
    collect(window, 2, seed=30)
    (tmp_path / "file.txt").write_text("a file where a folder should be")
    folder = str(tmp_path / "file.txt" / "export")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: folder)
    window.experiments.collection_panel.export_dialog()
    expected = f"Could not export the collection to {folder}: Not a directory"
    assert window.statusBar().currentMessage() == expected
    assert window._message_box.text() == expected
    window._message_box.close()
    assert len(window.experiments.collection.drawings) == 2


RED = (220, 20, 20)


def red_circle(window):
    """A red circle drawn with the palette's pen, run through the pipeline."""
    window.canvas.clear()
    window.pen_palette.choose(RED)
    angles = np.linspace(0, 2 * np.pi, 40)
    window.canvas.begin_stroke(210.0, 140.0)
    for a in angles[1:]:
        window.canvas.extend_stroke(140 + 70 * np.cos(a), 140 + 70 * np.sin(a))
    window.canvas.end_stroke()
    window.live.run_now()
    assert window.canvas.has_colour()


@pytest.mark.parametrize("model", ["selfedu-rgb", "lecture-ox"])
def test_a_collected_red_drawing_trains_on_what_the_canvas_shows(experiment_window, model):
    """What is trained is what is drawn: the Training dock's data for a collected red drawing is bit for bit
    the network input the canvas gave (colours for a colour model, their grey for a grey model)."""
    from cnnviz.data.augment import training_set
    window = experiment_window(model)
    red_circle(window)
    seen = window.live.network_input()
    assert window.experiments.add_circle()
    drawing = window.experiments.collection.drawings[-1]
    if window.model.input_shape[0] == 3:
        assert drawing.image.shape == (280, 280, 3)
        np.testing.assert_array_equal(drawing.image, window.canvas.rgb_array())
        assert (seen[0] - seen[1]).max() > 0.5                   # the canvas gives the colour model red
    request = window.experiments.training.request()
    _, height, width = window.model.input_shape
    data = training_set(list(request.drawings), size=(height, width), channels=window.model.input_shape[0],
                        crop=bool(window.model.preprocess.get("crop", False)), class_names=window.model.class_names)
    np.testing.assert_array_equal(data.x[0], seen)


def test_a_colour_drawing_is_kept_shown_and_reopened_in_colour(experiment_window, tmp_path):
    window = experiment_window("selfedu-rgb")
    experiments = window.experiments
    red_circle(window)
    experiments.add_cross()
    drawing = experiments.collection.drawings[-1]
    assert [s.colour for s in drawing.strokes] == [RED]      # its stroke, in its pen's colour
    icon = experiments.collection_panel.gallery.item(0).icon().pixmap(72, 72).toImage()
    colours = {icon.pixelColor(x, 36).getRgb()[:3] for x in range(72)}
    assert any(r - g > 100 for r, g, _ in colours)              # the thumbnail is red, not grey
    window.canvas.clear()
    experiments.collection_panel._on_q_open(experiments.collection_panel.gallery.item(0))
    np.testing.assert_array_equal(window.canvas.rgb_array(), drawing.image)     # back on the canvas, in colour
    assert [s.colour for s in window.canvas.strokes()] == [RED]                  # as a red stroke (undo, pen)
    experiments.collection.save_now()                        # the session folder keeps it in colour
    again = load_collection(experiments.collection.folder)
    np.testing.assert_array_equal(again.drawings[0].image, drawing.image)
    assert [s.colour for s in again.drawings[0].strokes] == [RED]
    experiments.collection_panel.export_to(tmp_path / "out")     # and so does an export
    exported = load_collection(tmp_path / "out", size=280)
    np.testing.assert_array_equal(exported.drawings[0].image, drawing.image)
    assert cv2.imread(str(tmp_path / "out" / "0001-cross.png"), cv2.IMREAD_UNCHANGED).shape == (280, 280, 3)
