"""Image folders as training data (one subfolder per class, as torchvision's ImageFolder): the layout, the
counts and the file sizes checked before anything is decoded, then every image through the one preprocessing
function; colour detected from the pictures."""
import cv2
import numpy as np
import pytest

from cnnviz.data import image_folder, make_sketch, to_network_input
from cnnviz.data.image_folder import ImageFolderError, is_colour_image, read_examples, scan_image_folder, survey


def sketch(shape, seed, side=280):
    image, _ = make_sketch(shape, np.random.default_rng(seed))
    return cv2.resize(image, (side, side), interpolation=cv2.INTER_AREA)


def make_folder(root, classes=("cross", "circle"), count=6, colour=False):
    for k, name in enumerate(classes):
        (root / name).mkdir(parents=True)
        for i in range(count):
            image = sketch(name if name in ("circle", "cross", "triangle") else "circle", 10 * k + i, 100 + 20 * i)
            if colour:
                image = cv2.merge([image, image, np.full_like(image, 255)])    # red ink (BGR) on white
            suffix = (".png", ".jpg", ".bmp")[i % 3]
            cv2.imwrite(str(root / name / f"{i}{suffix}"), image)
    return root


def test_classes_are_the_sorted_subfolders_and_every_image_inside_is_an_example(tmp_path):
    make_folder(tmp_path, ("triangle", "circle", "cross"))
    (tmp_path / "circle" / "nested").mkdir()
    cv2.imwrite(str(tmp_path / "circle" / "nested" / "deep.png"), sketch("circle", 99))
    (tmp_path / "circle" / "notes.txt").write_text("not an image, not counted")
    (tmp_path / "circle" / ".hidden.png").write_text("hidden files are skipped")
    (tmp_path / ".git").mkdir()
    folder = scan_image_folder(tmp_path)
    assert folder.class_names == ("circle", "cross", "triangle")
    assert folder.counts() == [7, 6, 6]
    x, y = read_examples(folder, (28, 28), channels=1)
    assert x.shape == (19, 1, 28, 28) and np.bincount(y).tolist() == [7, 6, 6]
    first = folder.files[0][0]
    np.testing.assert_array_equal(x[0], to_network_input(cv2.imread(str(first), cv2.IMREAD_UNCHANGED), (28, 28)))


def test_grey_and_colour_folders_are_told_apart(tmp_path):
    grey = survey(scan_image_folder(make_folder(tmp_path / "grey")))
    colour = survey(scan_image_folder(make_folder(tmp_path / "colour", colour=True)))
    assert not grey.colour and colour.colour
    assert grey.side == 150                       # the median short side of 100..200-pixel pictures
    photo_of_grey = cv2.merge([sketch("circle", 1)] * 3)
    photo_of_grey = cv2.imdecode(cv2.imencode(".jpg", photo_of_grey)[1], cv2.IMREAD_UNCHANGED)
    assert not is_colour_image(photo_of_grey)     # a grey drawing saved as a colour JPEG stays grey


def test_colour_examples_keep_their_colours(tmp_path):
    folder = scan_image_folder(make_folder(tmp_path, colour=True))
    x, _ = read_examples(folder, (32, 32), channels=3)
    red, green, blue = x[:, 0], x[:, 1], x[:, 2]
    assert red.min() > 0.8 and green.min() < 0.2 and blue.min() < 0.2    # JPEG blurs colour edges a little


@pytest.mark.parametrize("layout, words", [
    ({}, "has no class folders: put each class's images in a subfolder named after the class"),
    ({"cat": 6}, ": 1 (cat); training needs 2 to 10"),
    ({f"c{i:02d}": 5 for i in range(11)}, ": 11 (c00, c01"),
    ({"cat": 6, "dog": 1}, "images in class 'dog': 1 ("),
    ({"cat": 6, "dog": 0}, "images in class 'dog': 0 ("),
])
def test_unusable_layouts_say_what_is_wrong_before_decoding_anything(tmp_path, monkeypatch, layout, words):
    for name, count in layout.items():
        (tmp_path / name).mkdir()
        for i in range(count):
            (tmp_path / name / f"{i}.png").write_bytes(b"never decoded")
    monkeypatch.setattr(image_folder, "read_image", lambda path: pytest.fail("decoded before the layout was checked"))
    with pytest.raises(ImageFolderError) as error:
        scan_image_folder(tmp_path)
    assert words in str(error.value) and "\n" not in str(error.value)


def test_a_missing_folder_an_oversized_file_and_an_unreadable_file_are_named(tmp_path, monkeypatch):
    with pytest.raises(ImageFolderError, match="no-such: no such folder"):
        scan_image_folder(tmp_path / "no-such")
    make_folder(tmp_path)
    (tmp_path / "cross" / "broken.png").write_text("this is not a picture")
    monkeypatch.setattr(image_folder, "MAX_FILE_BYTES", 4000)
    with pytest.raises(ImageFolderError, match=r"MB is too large for a training image"):
        scan_image_folder(tmp_path)
    monkeypatch.setattr(image_folder, "MAX_FILE_BYTES", 50 * 2 ** 20)
    folder = scan_image_folder(tmp_path)
    with pytest.raises(ImageFolderError) as error:
        read_examples(folder, (28, 28), channels=1)
    assert str(error.value) == (f"{tmp_path / 'cross' / 'broken.png'}: cannot be used for training: not an image "
                                f"or an unsupported format")
