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
