"""The collection's own classes: named, added to with Ctrl+k, renamed, removed (its drawings moved, never
deleted), kept between runs, and driving training."""
import numpy as np
import pytest
from PySide6.QtGui import QKeySequence

from cnnviz.data.collection import load_collection

from .experiments_helpers import experiment_window, put_sketch  # noqa: F401


def test_classes_are_named_added_to_renamed_and_kept(experiment_window, qtbot, tmp_path):
    window = experiment_window("ox-cnn")
    experiments = window.experiments
    panel, collection = experiments.collection_panel, experiments.collection
    assert collection.class_names() == ("circle", "cross")
    assert panel.new_class("triangle") and panel.new_class("star")
    assert collection.class_names() == ("circle", "cross", "triangle", "star")
    assert [panel.class_combo.itemData(i) for i in range(panel.class_combo.count())] == list(collection.class_names())
    put_sketch(window, "triangle", 3)
    action = next(a for a in panel.class_actions if a.shortcut() == QKeySequence("Ctrl+3"))
    action.trigger()
    assert collection.drawings[-1].label == "triangle"
    assert "triangle" in window.statusBar().currentMessage()
    assert not panel.add_to_class_number(7)                            # no class 7: said, nothing added
    assert len(collection.drawings) == 1
    assert not panel.new_class("circle") and not panel.new_class("a/b")      # taken; not a file-safe name
    assert collection.class_names() == ("circle", "cross", "triangle", "star")
    assert panel.rename_class("triangle", "Dreieck")
    assert collection.class_names() == ("circle", "cross", "Dreieck", "star")
    assert collection.drawings[-1].label == "Dreieck"                  # its drawing follows the new name
    collection.save_now()
    assert [d.label for d in load_collection(collection.folder).drawings] == ["Dreieck"]
    window.close()
    again = experiment_window("ox-cnn")                                 # the class list is kept between runs
    assert again.experiments.collection.class_names() == ("circle", "cross", "Dreieck", "star")


def test_removing_a_class_moves_its_drawings_and_deletes_nothing(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    panel, collection = window.experiments.collection_panel, window.experiments.collection
    panel.new_class("triangle")
    for seed in range(3):
        put_sketch(window, "triangle", seed)
        panel.add_to_class_number(3)
    put_sketch(window, "circle", 9)
    window.experiments.add_circle_action.trigger()
    assert panel.remove_class_button.isEnabled()
    assert panel.remove_class("triangle")
    assert collection.class_names() == ("circle", "cross")
    assert [d.label for d in collection.drawings] == ["circle"]
    moved = load_collection(panel.removed_to)
    assert [d.label for d in moved.drawings] == ["triangle"] * 3        # on disk, readable, importable again
    assert str(panel.removed_to) in window.statusBar().currentMessage()
    assert not panel.remove_class_button.isEnabled()                  # two classes are the least


def test_ctrl_1_and_ctrl_2_add_to_the_first_two_classes_whatever_they_are_called(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    experiments = window.experiments
    panel, collection = experiments.collection_panel, experiments.collection
    assert "\u25cb" in experiments.add_circle_action.text() and "\u25cb" in panel.add_circle.text()
    assert panel.rename_class("circle", "moon")
    assert "moon" in experiments.add_circle_action.text() and "moon" in panel.add_circle.text()
    put_sketch(window, "circle", 1)
    experiments.add_circle_action.trigger()                        # Ctrl+1
    assert [d.label for d in collection.drawings] == ["moon"]
    assert collection.class_names() == ("moon", "cross")           # the old name does not come back
    panel.new_class("triangle")
    put_sketch(window, "cross", 2)
    panel.add_cross.click()                                        # the dock's button: class 2
    assert panel.remove_class("moon")
    assert collection.class_names() == ("cross", "triangle")
    assert "\u00d7" in experiments.add_circle_action.text()        # Ctrl+1 is now ×, Ctrl+2 triangle
    put_sketch(window, "triangle", 3)
    experiments.add_cross_action.trigger()                         # Ctrl+2
    assert [d.label for d in collection.drawings] == ["cross", "triangle"]
    assert collection.class_names() == ("cross", "triangle")


def test_training_follows_the_named_classes(experiment_window, qtbot):
    window = experiment_window("ox-cnn")
    panel, training = window.experiments.collection_panel, window.experiments.training
    panel.new_class("triangle")
    training.network.arch_combo.setCurrentText("selfedu-rgb")
    model, _, _ = training.network.network(window.session, window.experiments.collection.class_names())
    assert model.class_names == ("circle", "cross", "triangle")


def class_folders(root, counts):
    import cv2
    for name, count in counts.items():
        (root / name).mkdir(parents=True)
        for i in range(count):
            image = np.full((120, 90, 3), 230, np.uint8)
            cv2.circle(image, (45, 60), 30 + i, (10, 40, 200), 6)
            cv2.imwrite(str(root / name / f"{i}.png"), image)
    return root


def test_class_folders_are_imported_as_drawings_of_their_classes(experiment_window, qtbot, tmp_path):
    from cnnviz.data.image_folder import ImageFolderError
    window = experiment_window("ox-cnn")
    panel, collection = window.experiments.collection_panel, window.experiments.collection
    root = class_folders(tmp_path / "photos", {"triangle": 3, "circle": 2})
    (root / "triangle" / "broken.png").write_text("not a picture")
    problems = panel.import_class_folders(root)
    assert len(problems) == 1 and "broken.png" in problems[0]          # said, skipped, the rest read
    assert collection.class_names() == ("circle", "cross", "triangle")
    assert sorted(d.label for d in collection.drawings) == ["circle"] * 2 + ["triangle"] * 3
    size = window.canvas.size_pixels
    assert all(d.image.shape == (size, size, 3) for d in collection.drawings)    # fitted to the page, in colour
    red, green, blue = (collection.drawings[0].image[..., c].astype(int) for c in range(3))
    assert (red - blue).max() > 150                    # the circles are red (written as B, G, R 10, 40, 200)
    with pytest.raises(ImageFolderError):
        panel.import_class_folders(tmp_path / "photos" / "circle")   # images, but no class folders
    many = class_folders(tmp_path / "many", {f"c{k}": 1 for k in range(9)})
    with pytest.raises(Exception, match="classes"):
        panel.import_class_folders(many)                              # 3 + 9 classes: over 10, nothing added
    assert len(collection.drawings) == 5


@pytest.mark.parametrize("code", ["en", "ja", "ru"])
def test_the_collection_and_the_training_dock_count_classes_in_one_wording(experiment_window, code):
    """One formatter for the counts: the dock's summary and the Training dock's Collected line say the same,
    for ○ and × and for the user's own classes, in every language."""
    from cnnviz.ui import i18n
    window = experiment_window("ox-cnn")
    experiments = window.experiments
    panel, data = experiments.collection_panel, experiments.training.data
    try:
        i18n.install_language(code)
        put_sketch(window, "circle", 1)
        experiments.add_circle_action.trigger()
        panel.refresh()
        experiments.training._on_collection_changed()
        said = panel.summary.text()
        assert said == data.collected_label.text()
        assert "\u25cb 1" in said and "\u00d7 0" in said and "1" in said
        panel.new_class("triangle")
        put_sketch(window, "triangle", 2)
        panel.add_to_class_number(3)
        panel.refresh()
        experiments.training._on_collection_changed()
        assert panel.summary.text() == data.collected_label.text()
        triangle = i18n.class_name("triangle")          # selfedu-rgb's third class, translated as ○ and × are
        assert "\u25cb 1" in panel.summary.text() and f"{triangle} 1" in panel.summary.text()
        assert triangle in window.statusBar().currentMessage()
        assert (triangle == "triangle") == (code == "en")
        if code != "en":
            assert "drawings" not in panel.summary.text()            # translated, not English
    finally:
        i18n.install_language("en")
