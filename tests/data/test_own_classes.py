"""Any class list (2 to 10 names): class-name rules, collections with the user's classes in labels.csv,
training sets that follow a model's classes, and triangles among the synthetic sketches."""
import numpy as np
import pytest

from cnnviz.data import SHAPE_NAMES, make_dataset, make_sketch, triangle_strokes
from cnnviz.data.augment import training_set
from cnnviz.data.classes import ClassNameError, check_class_name, check_class_names
from cnnviz.data.collection import load_collection, make_drawing, network_inputs, save_collection

PAPER = np.full((280, 280), 255, np.uint8)


def drawing(label, seed=0, shape="circle"):
    image, strokes = make_sketch(shape, np.random.default_rng(seed))
    return make_drawing(image, label, [(s, 14.0) for s in strokes])


@pytest.mark.parametrize("name", ["", "   ", "a/b", "back\\slash", "two\nlines", "x" * 41, ".."])
def test_names_that_cannot_be_classes_are_refused_with_the_rule(name):
    with pytest.raises(ClassNameError, match="cannot be a class name: use 1 to 40 characters"):
        check_class_name(name)


def test_names_in_any_language_are_classes_and_lists_need_two_to_ten_different_ones():
    assert check_class_name("  猫 ") == "猫"
    assert check_class_names(["кошка", "собака", "house 2"]) == ("кошка", "собака", "house 2")
    with pytest.raises(ClassNameError, match="there are 1 classes .* a model needs 2 to 10"):
        check_class_names(["cat"])
    with pytest.raises(ClassNameError, match="there are 11 classes"):
        check_class_names([f"c{i}" for i in range(11)])
    with pytest.raises(ClassNameError, match="'cat' is listed twice"):
        check_class_names(["cat", "dog", "cat"])


def test_a_collection_of_the_users_classes_round_trips_through_labels_csv(tmp_path):
    drawings = [drawing("sun", 1), drawing("moon", 2, "cross"), drawing("star", 3, "triangle"), drawing("sun", 4)]
    save_collection(drawings, tmp_path)
    rows = (tmp_path / "labels.csv").read_text(encoding="utf-8").splitlines()
    assert rows == ["file,label", "0001-sun.png,sun", "0002-moon.png,moon", "0003-star.png,star", "0004-sun.png,sun"]
    report = load_collection(tmp_path, size=280)
    assert not report.problems
    assert [d.label for d in report.drawings] == ["sun", "moon", "star", "sun"]
    assert report.class_names == ("sun", "moon", "star")
    assert all(np.array_equal(a.image, b.image) for a, b in zip(drawings, report.drawings))


def test_a_bad_label_in_labels_csv_is_reported_and_the_rest_read(tmp_path):
    save_collection([drawing("sun"), drawing("moon", 1)], tmp_path)
    (tmp_path / "labels.csv").write_text("file,label\n0001-sun.png,sun\n0002-moon.png,a/b\n", encoding="utf-8")
    report = load_collection(tmp_path)
    assert [d.label for d in report.drawings] == ["sun"]
    assert report.problems == ["labels.csv line 3: 'a/b' cannot be a class name: use 1 to 40 characters, on one "
                               "line, without / \\ : * ? \" < > |"]


def test_network_inputs_index_the_models_classes_and_take_its_channels():
    drawings = [drawing("star", 0, "triangle"), drawing("sun", 1)]
    x, y = network_inputs(drawings, (28, 28), class_names=("sun", "star"))
    assert y.tolist() == [1, 0] and x.shape == (2, 1, 28, 28)
    x3, _ = network_inputs(drawings, (32, 32), class_names=("sun", "star"), channels=3)
    assert x3.shape == (2, 3, 32, 32)
    assert x3.min() < 0.1 and x3.max() == pytest.approx(1.0)    # black pen on white paper, as colours
    with pytest.raises(ClassNameError, match="'moon' is not one of the classes sun, star"):
        network_inputs([drawing("moon")], class_names=("sun", "star"))


def test_training_sets_follow_the_class_list_and_refuse_sketches_of_unknown_shapes():
    drawings = [drawing(name, i, shape) for i, (name, shape) in
                enumerate([("circle", "circle"), ("triangle", "triangle")] * 4)]
    data = training_set(drawings, synthetic=30, class_names=("circle", "cross", "triangle"), seed=1)
    assert set(np.unique(data.y)) == {0, 1, 2}       # the sketches bring crosses, the drawings the other two
    assert data.x.shape[1:] == (1, 28, 28)
    with pytest.raises(ValueError, match="synthetic sketches exist only for circle, cross, triangle, not for the "
                                         "class 'sun'"):
        training_set([drawing("sun")], synthetic=10, class_names=("sun", "moon"))
    only_drawings = training_set([drawing("sun", i) for i in range(3)] + [drawing("moon", 9)],
                                 class_names=("sun", "moon"), channels=3, size=(32, 32))
    assert only_drawings.x.shape == (4, 3, 32, 32) and sorted(only_drawings.y.tolist()) == [0, 0, 0, 1]


def test_triangles_are_three_sided_closed_strokes_on_the_canvas():
    rng = np.random.default_rng(10)
    for _ in range(100):
        strokes = triangle_strokes(rng)
        points = np.concatenate(strokes)
        assert len(strokes) in (1, 3)
        assert points.min() >= 0 and points.max() <= 280
        assert np.hypot(*np.diff(points, axis=0).T).max() < 40          # a pen moves, it does not jump
        gap = np.hypot(*(points[-1] - points[0]))
        extent = (points.max(axis=0) - points.min(axis=0)).max()
        assert gap < 0.3 * extent                                        # it closes (or nearly)
    image, _ = make_sketch("triangle", rng, placement="centre")
    assert image.min() == 0 and image[0, 0] == 255


def test_datasets_of_three_shapes_are_balanced_and_the_default_stays_circle_and_cross():
    x, y = make_dataset(90, seed=0, classes=("triangle", "circle", "cross"))
    assert x.shape == (90, 1, 28, 28) and np.bincount(y).tolist() == [30, 30, 30]
    assert SHAPE_NAMES == ("circle", "cross", "triangle")
    default_x, default_y = make_dataset(20, seed=5)
    same_x, same_y = make_dataset(20, seed=5, classes=("circle", "cross"))
    assert np.array_equal(default_x, same_x) and set(default_y.tolist()) == {0, 1}


def test_jitter_moves_inputs_and_fills_margins_with_paper():
    from cnnviz.data.augment import jitter_inputs
    ink = np.zeros((4, 1, 28, 28), np.float32)
    ink[:, :, 10:18, 10:18] = 1.0
    moved = jitter_inputs(ink, np.random.default_rng(0), shift=0.2)
    assert moved.shape == ink.shape and not np.array_equal(moved, ink)
    assert moved[:, :, 0, :].max() == 0 and moved.max() > 0.9          # ink stays ink, the margins are paper
    colour = np.full((2, 3, 32, 32), 0.8, np.float32)                   # tinted paper
    colour[:, 0, 12:20, 12:20] = 0.1
    turned = jitter_inputs(colour, np.random.default_rng(1), shift=0.2, rotation=30, colour=True)
    assert np.allclose(turned[:, :, 0, 0], 0.8)                         # margins keep the paper's colour
    again = jitter_inputs(colour, np.random.default_rng(1), shift=0.2, rotation=30, colour=True)
    assert np.array_equal(turned, again)
