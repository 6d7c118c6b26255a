"""The one preprocessing path: polarity, shapes, resizing, cropping, file reading."""

import os

import cv2
import numpy as np
import pytest

from cnnviz.data import ImageError, load_input, read_image, to_network_input


def canvas_with_ring(side=280, center=(140, 140), radius=80, width=14):
    """Dark ring on white paper, like the app's canvas."""
    image = np.full((side, side), 255, np.uint8)
    cv2.circle(image, center, radius, 0, width, cv2.LINE_AA)
    return image


def test_output_is_float32_in_unit_range_with_requested_shape():
    image = canvas_with_ring()
    for size in [(28, 28), (32, 20), (7, 7)]:
        out = to_network_input(image, size)
        assert out.shape == (1, *size)
        assert out.dtype == np.float32
        assert out.min() >= 0.0 and out.max() <= 1.0
        assert out.max() > 0.3  # the ring is there
    assert to_network_input(image, channels=3).shape == (3, 28, 28)


def test_ink_is_one_and_paper_is_zero():
    image = np.full((280, 280), 255, np.uint8)
    image[100:180, 100:180] = 0  # a solid dark block, exactly on 10x10 cells
    out = to_network_input(image)[0]
    assert out[12, 12] == pytest.approx(1.0)
    assert out[2, 2] == 0.0


def test_dark_on_light_and_light_on_dark_give_the_same_result():
    dark_on_light = canvas_with_ring()
    light_on_dark = 255 - dark_on_light
    np.testing.assert_allclose(to_network_input(dark_on_light), to_network_input(light_on_dark), atol=1e-6)


def test_grey_pencil_on_grey_paper_looks_like_pen_on_white():
    ring = canvas_with_ring()
    grey = (ring.astype(np.float32) * (180 / 255) + 20).astype(np.uint8)  # paper 200, ink 20
    out = to_network_input(grey)
    expected = to_network_input(ring)
    assert out[0, 0, 0] == 0.0
    np.testing.assert_allclose(out, expected, atol=0.05)


def test_ink_touching_the_border_does_not_flip_polarity():
    image = canvas_with_ring()
    cv2.line(image, (0, 0), (279, 279), 0, 14, cv2.LINE_AA)  # a stroke running into two corners
    out = to_network_input(image)
    assert out[0, 14, 2] == 0.0  # paper stays paper
    assert out[0].max() > 0.9


@pytest.mark.parametrize("value", [0, 1, 128, 254, 255])
def test_blank_images_of_any_colour_give_zeros(value):
    blank = np.full((280, 280), value, np.uint8)
    assert not to_network_input(blank).any()
    assert not to_network_input(blank, crop=True).any()
    colour = to_network_input(np.dstack([blank] * 3), channels=3)   # colour input keeps the paper's colour
    np.testing.assert_allclose(colour, value / 255, atol=1e-6)


def test_blank_float_and_empty_images_give_zeros():
    assert not to_network_input(np.ones((50, 50))).any()
    noisy = np.random.default_rng(0).normal(230, 4, (280, 280)).clip(0, 255).astype(np.uint8)
    assert to_network_input(noisy).max() < 0.1  # faint paper texture is not stretched to ink
    assert not to_network_input(np.zeros((50, 50), np.float32)).any()
    empty = to_network_input(np.zeros((0, 0), np.uint8), (28, 28))
    assert empty.shape == (1, 28, 28) and not empty.any()


def test_area_resize_keeps_a_thin_stroke_that_linear_resize_loses():
    image = np.full((280, 280), 255, np.uint8)
    image[20:260, 137:139] = 0  # a 2-px vertical stroke
    out = to_network_input(image)
    assert out.max() > 0.1
    # why INTER_AREA: a plain linear shrink samples between the stroke's columns
    linear = cv2.resize(255 - image, (28, 28), interpolation=cv2.INTER_LINEAR)
    assert linear.max() / 255 < 0.1


def _centre_of_ink(plane):
    rows, cols = np.indices(plane.shape)
    return (rows * plane).sum() / plane.sum(), (cols * plane).sum() / plane.sum()


def test_crop_centres_an_off_centre_drawing():
    image = canvas_with_ring(center=(50, 60), radius=30, width=8)  # small ring in the top-left
    plain = to_network_input(image)[0]
    cropped = to_network_input(image, crop=True)[0]
    row, col = _centre_of_ink(plain)
    assert row < 9 and col < 9  # without crop it stays where it was drawn
    row, col = _centre_of_ink(cropped)
    assert abs(row - 13.5) < 1.0 and abs(col - 13.5) < 1.0
    # and fills the frame up to the margin (ink bbox about 1 / 1.3 of the side)
    inked = np.flatnonzero(cropped.max(axis=0) > 0.2)
    assert 18 <= inked[-1] - inked[0] + 1 <= 25


def test_crop_margin_changes_the_drawing_size():
    image = canvas_with_ring(center=(200, 90), radius=40)
    tight = to_network_input(image, crop=True, margin=0.0)[0]
    loose = to_network_input(image, crop=True, margin=0.5)[0]
    assert (tight > 0.2).sum() > 1.5 * (loose > 0.2).sum()


def test_non_square_image_is_padded_not_stretched():
    image = np.full((100, 300), 255, np.uint8)
    cv2.circle(image, (150, 50), 40, 0, 6, cv2.LINE_AA)
    out = to_network_input(image)[0]
    rows = np.flatnonzero(out.max(axis=1) > 0.1)
    cols = np.flatnonzero(out.max(axis=0) > 0.1)
    assert abs((rows[-1] - rows[0]) - (cols[-1] - cols[0])) <= 1  # still round


def test_bgr_and_opaque_bgra_match_gray():
    gray = canvas_with_ring()
    expected = to_network_input(gray)
    bgr = cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)
    bgra = cv2.cvtColor(gray, cv2.COLOR_GRAY2BGRA)
    np.testing.assert_allclose(to_network_input(bgr), expected, atol=1 / 255)
    np.testing.assert_allclose(to_network_input(bgra), expected, atol=1 / 255)


@pytest.mark.parametrize("ink_colour", [0, 255])
def test_transparent_pixels_are_paper(ink_colour):
    """A drawing on a transparent background, whose hidden colour is black."""
    ring = canvas_with_ring()
    bgra = np.zeros((280, 280, 4), np.uint8)
    bgra[:, :, :3] = ink_colour
    bgra[:, :, 3] = 255 - ring  # opaque where drawn
    np.testing.assert_allclose(to_network_input(bgra), to_network_input(ring), atol=2 / 255)


def test_sixteen_bit_and_float_inputs_match_uint8():
    ring = canvas_with_ring()
    expected = to_network_input(ring)
    np.testing.assert_allclose(to_network_input(ring.astype(np.uint16) * 257), expected, atol=1 / 255)
    np.testing.assert_allclose(to_network_input(ring / 255.0), expected, atol=1 / 255)
    np.testing.assert_allclose(to_network_input(ring.astype(np.float32)), expected, atol=1 / 255)


def test_three_channels_keep_colour():
    image = np.full((280, 280, 3), 255, np.uint8)
    cv2.circle(image, (140, 140), 80, (0, 0, 255), 14, cv2.LINE_AA)  # red ink (BGR) on white
    red, green, blue = to_network_input(image, channels=3)
    assert red.min() == pytest.approx(1.0)  # red ink on white paper: the red plane stays white
    assert green.min() < 0.1 and blue.min() < 0.1
    gray = to_network_input(canvas_with_ring(), channels=3)
    assert np.array_equal(gray[0], gray[1]) and np.array_equal(gray[1], gray[2])


def test_input_is_not_modified():
    image = canvas_with_ring()
    before = image.copy()
    to_network_input(image, crop=True)
    to_network_input(image)
    assert np.array_equal(image, before)


@pytest.mark.parametrize("shape", [(5,), (10, 10, 2), (10, 10, 5), (2, 10, 10, 3)])
def test_wrong_shapes_raise_a_readable_error(shape):
    with pytest.raises(ValueError, match=r"2-D gray or 3-D with 3 or 4 channels, got shape"):
        to_network_input(np.zeros(shape, np.uint8))


def test_wrong_dtype_channels_size_and_values_raise_value_error():
    with pytest.raises(ValueError, match="dtype int64"):
        to_network_input(np.zeros((10, 10), np.int64))
    with pytest.raises(ValueError, match="channels"):
        to_network_input(np.zeros((10, 10), np.uint8), channels=2)
    with pytest.raises(ValueError, match="size"):
        to_network_input(np.zeros((10, 10), np.uint8), (0, 28))
    with pytest.raises(ValueError, match="NaN"):
        to_network_input(np.full((10, 10), np.nan))
    with pytest.raises(ValueError, match="NumPy array"):
        to_network_input([[0, 255], [255, 0]])


def test_very_large_image_works():
    side = 8000
    image = np.full((side, side), 255, np.uint8)
    cv2.circle(image, (side // 2, side // 2), side * 80 // 280, 0, side * 14 // 280, cv2.LINE_AA)
    out = to_network_input(image)[0]
    expected = to_network_input(canvas_with_ring())[0]
    assert out.shape == (28, 28)
    assert np.corrcoef(out.ravel(), expected.ravel())[0, 1] > 0.95
    assert out.sum() == pytest.approx(expected.sum(), rel=0.1)
    assert to_network_input(image, crop=True).max() > 0.5


# ----------------------------------------------------------------------------- files


def write_png(path, image):
    ok, data = cv2.imencode(".png", image)
    assert ok
    data.tofile(path)  # works for non-ASCII paths too


def test_read_image_round_trips_a_non_ascii_path(tmp_path):
    path = tmp_path / "рисунок ○.png"
    ring = canvas_with_ring()
    write_png(path, ring)
    image = read_image(path)
    assert image.dtype == np.uint8 and np.array_equal(image, ring)
    np.testing.assert_array_equal(load_input(path, (28, 28)), to_network_input(ring))


def test_read_image_keeps_16_bit_and_alpha(tmp_path):
    ring = canvas_with_ring()
    write_png(tmp_path / "deep.png", ring.astype(np.uint16) * 257)
    deep = read_image(tmp_path / "deep.png")
    assert deep.dtype == np.uint16
    bgra = np.zeros((280, 280, 4), np.uint8)
    bgra[:, :, 3] = 255 - ring  # black ink on a transparent (black) background
    write_png(tmp_path / "alpha.png", bgra)
    assert read_image(tmp_path / "alpha.png").shape == (280, 280, 4)
    expected = to_network_input(ring)
    np.testing.assert_allclose(load_input(tmp_path / "deep.png", (28, 28)), expected, atol=1 / 255)
    np.testing.assert_allclose(load_input(str(tmp_path / "alpha.png"), (28, 28)), expected, atol=2 / 255)


def test_read_image_errors_name_the_file(tmp_path):
    text = tmp_path / "notes.png"
    text.write_text("not an image at all")
    with pytest.raises(ImageError, match=r"cannot read '.*notes\.png': not an image"):
        read_image(text)
    with pytest.raises(ImageError, match=r"cannot read '.*missing\.png': file not found"):
        read_image(tmp_path / "missing.png")
    with pytest.raises(ImageError, match=r"is a directory"):
        read_image(tmp_path)
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    with pytest.raises(ImageError, match=r"empty\.png': the file is empty"):
        read_image(empty)
    with pytest.raises(ValueError):  # ImageError is a ValueError
        load_input(tmp_path / "missing.png", (28, 28))


def test_image_error_keeps_path_and_reason():
    error = ImageError(os.path.join("some", "x.png"), "file not found")
    assert error.path.endswith("x.png") and error.reason == "file not found"
    assert str(error) == f"cannot read '{os.path.join('some', 'x.png')}': file not found"


# ----------------------------------------------------------------------------- any input

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.extra.numpy import arrays  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(
    image=st.one_of(
        arrays(np.uint8, st.tuples(st.integers(1, 60), st.integers(1, 60))),
        arrays(np.uint8, st.tuples(st.integers(1, 40), st.integers(1, 40), st.sampled_from([3, 4]))),
        arrays(np.float64, st.tuples(st.integers(1, 40), st.integers(1, 40)),
               elements=st.floats(0, 1)),
    ),
    crop=st.booleans(),
    channels=st.sampled_from([1, 3]),
)
def test_any_valid_image_gives_finite_values_in_unit_range(image, crop, channels):
    out = to_network_input(image, (12, 10), channels=channels, crop=crop)
    assert out.shape == (channels, 12, 10) and out.dtype == np.float32
    assert np.isfinite(out).all() and out.min() >= 0.0 and out.max() <= 1.0
