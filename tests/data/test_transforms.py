"""Transforms of a drawing for the probes: strokes and images moved, scaled, turned, re-drawn, noised."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from cnnviz.data import make_sketch, render_strokes, to_network_input
from cnnviz.data import transforms as T


@pytest.fixture
def sketch():
    image, strokes = make_sketch(1, np.random.default_rng(3), placement="centre", width=12)
    return image, strokes


def test_shift_and_place_strokes_exactly(sketch):
    _, strokes = sketch
    moved = T.shift_strokes(strokes, 7.25, -3)
    for a, b in zip(strokes, moved):
        np.testing.assert_array_equal(b, a + (7.25, -3))
    placed = T.place_at(strokes, (60.5, 200))
    assert T.drawing_centre(placed) == pytest.approx((60.5, 200), abs=1e-9)


def test_place_an_image_by_whole_pixels(sketch):
    image, _ = sketch
    placed = T.place_at(image, (90, 180))
    cx, cy = T.drawing_centre(placed)
    assert abs(cx - 90) <= 0.5 and abs(cy - 180) <= 0.5
    assert np.isin(placed, np.unique(image)).all()        # moved, not resampled
    with pytest.raises(ValueError, match="blank"):
        T.place_at(np.full((280, 280), 255, np.uint8), (10, 10))


def test_rendering_commutes_with_whole_pixel_shifts(sketch):
    image, strokes = sketch
    for dx, dy in [(7, -3), (-40, 25), (0, 11)]:
        drawn = render_strokes(T.shift_strokes(strokes, dx, dy), width=12)
        np.testing.assert_array_equal(drawn, T.transform_image(image, shift=(dx, dy)))


def test_image_shift_matches_a_padded_reference(sketch):
    image, _ = sketch
    padded = np.pad(image, 300, constant_values=255)
    for dx, dy in [(5, 9), (-130, 60), (279, -279), (300, 0)]:
        want = padded[300 - dy:300 - dy + 280, 300 - dx:300 - dx + 280]
        np.testing.assert_array_equal(T.transform_image(image, shift=(dx, dy)), want)


def test_rotation_is_counter_clockwise_on_screen_and_matches_opencv():
    turned = T.rotate_strokes([np.array([[10.0, 0.0], [0.0, 0.0]])], 90, centre=(0, 0))[0]
    np.testing.assert_allclose(turned[0], (0, -10), atol=1e-12)          # right of the centre goes up
    matrix = T.affine_matrix((3, 4), scale=1.5, rotation=20, shift=(2, -1))
    want = cv2.getRotationMatrix2D((3, 4), 20, 1.5) + [[0, 0, 2], [0, 0, -1]]
    np.testing.assert_allclose(matrix, want, atol=1e-12)


def test_scale_keeps_the_centre_and_scales_the_box(sketch):
    _, strokes = sketch
    low, high = T.strokes_bounds(strokes)
    scaled = T.scale_strokes(strokes, 0.5)
    low2, high2 = T.strokes_bounds(scaled)
    np.testing.assert_allclose(high2 - low2, (high - low) * 0.5)
    assert T.drawing_centre(scaled) == pytest.approx(T.drawing_centre(strokes))
    with pytest.raises(ValueError, match="scale must be"):
        T.scale_strokes(strokes, 0)


@pytest.mark.parametrize("rotation,scale", [(30, 1.0), (-75, 1.0), (0, 0.6), (45, 1.3)])
def test_strokes_and_images_transform_alike(sketch, rotation, scale):
    """Re-drawing transformed strokes and warping the drawn image agree up to resampling."""
    image, strokes = sketch
    centre = T.drawing_centre(strokes)
    drawn = render_strokes(T.transform_strokes(strokes, rotation=rotation, scale=scale), width=12 * scale)
    warped = T.transform_image(image, rotation=rotation, scale=scale, centre=centre)
    difference = np.abs(to_network_input(drawn) - to_network_input(warped)).mean()
    assert difference < 0.01, difference


def test_thickness_is_a_real_redrawing(sketch):
    _, strokes = sketch
    thin, thick = T.variant(strokes, "thickness", 4), T.variant(strokes, "thickness", 24)
    np.testing.assert_array_equal(thick, render_strokes(strokes, width=24))
    assert (thick < 128).sum() > 3 * (thin < 128).sum()
    with pytest.raises(ValueError, match="thickness must be > 0"):
        T.variant(strokes, "thickness", 0)


def test_thicken_image(sketch):
    image, _ = sketch
    ink = (image < 128).sum()
    assert (T.thicken_image(image, 3) < 128).sum() > ink > (T.thicken_image(image, -2) < 128).sum()
    light = 255 - image                                               # light ink on dark paper
    assert (T.thicken_image(light, 3) > 128).sum() > ink


def test_salt_and_pepper_noise(sketch):
    image, _ = sketch
    rng = lambda: np.random.default_rng(5)
    np.testing.assert_array_equal(T.add_noise(image, 0.0, rng=rng()), image)
    some = T.add_noise(image, 0.2, rng=rng())
    more = T.add_noise(image, 0.5, rng=rng())
    changed = lambda noisy: (noisy != image)
    assert np.all(changed(more) | ~changed(some))                      # more noise keeps the less noisy pixels
    grey = np.full((280, 280), 128, np.uint8)                          # every hit pixel shows on grey
    hit = T.add_noise(grey, 0.2, rng=rng()) != 128
    assert hit.mean() == pytest.approx(0.2, abs=0.01)
    full = T.add_noise(image, 1.0, rng=rng())
    assert set(np.unique(full)) <= {0, 255}
    np.testing.assert_array_equal(T.add_noise(image, 0.3, rng=rng()), T.add_noise(image, 0.3, rng=rng()))


def test_gaussian_noise(sketch):
    image, _ = sketch
    grey = np.full((200, 200), 128, np.uint8)
    noisy = T.add_noise(grey, 0.25, rng=np.random.default_rng(0), kind="gaussian")
    assert noisy.dtype == np.uint8
    assert np.std(noisy.astype(float)) == pytest.approx(0.25 * T.GAUSSIAN_FULL_SIGMA, rel=0.05)
    with pytest.raises(ValueError, match="between 0 and 1"):
        T.add_noise(image, 1.5, rng=np.random.default_rng(0))
    with pytest.raises(ValueError, match="noise kind"):
        T.add_noise(image, 0.5, rng=np.random.default_rng(0), kind="speckle")


@pytest.mark.parametrize("parameter,value", [("shift_x", 30), ("shift_y", -45.5), ("scale", 0.7),
                                             ("rotation", 33), ("thickness", 9), ("noise", 0.1)])
def test_variant_is_the_named_transform(sketch, parameter, value):
    _, strokes = sketch
    got = T.variant(strokes, parameter, value, width=12, noise_seed=4)
    expected_strokes = {
        "shift_x": lambda: T.shift_strokes(strokes, value, 0), "shift_y": lambda: T.shift_strokes(strokes, 0, value),
        "scale": lambda: T.scale_strokes(strokes, value), "rotation": lambda: T.rotate_strokes(strokes, value),
    }.get(parameter, lambda: strokes)()
    want = render_strokes(expected_strokes, width=value if parameter == "thickness" else 12)
    if parameter == "noise":
        want = T.add_noise(want, value, rng=np.random.default_rng(4))
    np.testing.assert_array_equal(got, want)
    with pytest.raises(ValueError, match="parameter must be one of"):
        T.variant(strokes, "blur", 1)
