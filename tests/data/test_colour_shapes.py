"""Colour pictures made here: balanced, reproducible, photo-like; in the colour task the inks differ in hue
only, so a grey reading cannot tell them apart. And colour input keeps R, G, B as they are."""
import cv2
import numpy as np
import pytest

from cnnviz.data import to_network_input
from cnnviz.data.colour_shapes import colour_task, make_colour_dataset, make_colour_pictures


def test_pictures_are_balanced_reproducible_bgr_photos():
    pictures, y = make_colour_pictures(30, seed=3)
    again, y_again = make_colour_pictures(30, seed=3)
    assert np.bincount(y).tolist() == [10, 10, 10] and np.array_equal(y, y_again)
    assert all(np.array_equal(a, b) for a, b in zip(pictures, again))
    assert pictures[0].shape == (96, 96, 3) and pictures[0].dtype == np.uint8
    assert len({tuple(p[2, 2]) for p in pictures}) > 20          # papers of many colours and lights


def test_in_the_colour_task_only_the_hue_differs():
    pictures, y = make_colour_pictures(200, seed=4, classes=("red", "blue"))
    ink_hue, ink_grey = [], []
    for picture in pictures:
        grey = cv2.cvtColor(picture, cv2.COLOR_BGR2GRAY)
        darkest = grey <= np.percentile(grey, 1)
        ink = picture[darkest].mean(axis=0)                       # B, G, R of the ink
        ink_hue.append(ink[2] > ink[0])                           # redder than blue
        ink_grey.append(grey[darkest].mean())
    ink_hue, ink_grey = np.array(ink_hue), np.array(ink_grey)
    assert np.array_equal(ink_hue, y == 0)                        # classes are ("red", "blue"): red is 0
    # ... but the grey values of the inks overlap: the means of the two classes are close
    assert abs(ink_grey[y == 0].mean() - ink_grey[y == 1].mean()) < 12


def test_grey_and_colour_readings_of_the_same_pictures():
    x3, y = make_colour_dataset(12, seed=5, classes=("red", "blue"))
    x1, y1 = make_colour_dataset(12, seed=5, classes=("red", "blue"), size=(28, 28), channels=1)
    assert x3.shape == (12, 3, 32, 32) and x1.shape == (12, 1, 28, 28) and np.array_equal(y, y1)
    assert x1.max() > 0.9                                          # ink stretched to 1 whatever its colour


def test_tasks_are_named_by_their_classes():
    assert colour_task(("circle", "triangle")) == "shape"
    assert colour_task(("red", "blue", "green")) == "colour"
    with pytest.raises(ValueError, match="all be shapes .* or all ink colours"):
        colour_task(("red", "circle"))


def test_colour_input_is_rgb_in_order_and_pads_with_the_paper_colour():
    image = np.zeros((60, 120, 3), np.uint8)
    image[:] = (200, 100, 50)                                     # BGR paper: R 50, G 100, B 200
    image[20:40, 50:70] = (0, 0, 255)                             # a red square in the middle
    r, g, b = to_network_input(image, (30, 30), channels=3)
    assert (r[0, 0], g[0, 0], b[0, 0]) == pytest.approx((50 / 255, 100 / 255, 200 / 255), abs=1e-6)
    assert (r[15, 15], g[15, 15], b[15, 15]) == pytest.approx((1.0, 0.0, 0.0), abs=1e-6)
    cropped = to_network_input(image, (30, 30), channels=3, crop=True)
    assert cropped[0, 15, 15] == pytest.approx(1.0) and cropped[2, 0, 0] == pytest.approx(200 / 255, abs=1e-6)
    assert (cropped[0] > 0.9).mean() > (r > 0.9).mean() * 3          # the square now fills much of the input
