"""Synthetic hand-drawn circles and crosses, and the data sets made from them."""


import numpy as np
import pytest

from cnnviz.data import (
    CLASS_NAMES,
    circle_strokes,
    cross_strokes,
    make_dataset,
    make_sketch,
    render_strokes,
    to_network_input,
)


def segments_cross(a, b):
    """The first point where polyline a (n, 2) crosses polyline b (m, 2), or None."""
    for p, p2 in zip(a[:-1], a[1:]):
        for q, q2 in zip(b[:-1], b[1:]):
            r, s = p2 - p, q2 - q
            denom = r[0] * s[1] - r[1] * s[0]
            if abs(denom) < 1e-12:
                continue
            t = ((q - p)[0] * s[1] - (q - p)[1] * s[0]) / denom
            u = ((q - p)[0] * r[1] - (q - p)[1] * r[0]) / denom
            if 0 <= t <= 1 and 0 <= u <= 1:
                return p + t * r
    return None


def test_class_names():
    assert CLASS_NAMES == ("circle", "cross")


def test_sketch_is_dark_ink_on_white_paper():
    image, strokes = make_sketch("circle", np.random.default_rng(0))
    assert image.shape == (280, 280) and image.dtype == np.uint8
    assert image[0, 0] == 255 and image.min() == 0
    assert (image < 128).mean() < 0.3  # mostly paper


def test_strokes_are_pen_ordered_float_points_on_the_canvas():
    rng = np.random.default_rng(1)
    for _ in range(100):
        circle = circle_strokes(rng)
        cross = cross_strokes(rng)
        assert len(circle) == 1 and len(cross) == 2
        for stroke in circle + cross:
            assert stroke.dtype.kind == "f" and stroke.ndim == 2 and stroke.shape[1] == 2
            assert len(stroke) >= 8
            assert stroke.min() >= 0 and stroke.max() <= 280
            steps = np.hypot(*np.diff(stroke, axis=0).T)
            assert steps.max() < 30  # a pen moves, it does not jump


def test_scale_and_center_are_respected():
    rng = np.random.default_rng(2)
    for make in (circle_strokes, cross_strokes):
        points = np.concatenate(make(rng, scale=100, center=(60, 200)))
        low, high = points.min(axis=0), points.max(axis=0)
        np.testing.assert_allclose((low + high) / 2, (60, 200), atol=1e-6)
        assert 70 < (high - low).max() < 130


def test_circles_are_hollow_and_crosses_are_inked_where_they_cross():
    rng = np.random.default_rng(3)
    for _ in range(50):
        image, strokes = make_sketch("circle", rng, placement="centre")
        points = strokes[0]
        cx, cy = ((points.min(axis=0) + points.max(axis=0)) / 2).round().astype(int)
        assert image[cy - 8:cy + 9, cx - 8:cx + 9].min() == 255  # the middle is empty paper

        image, strokes = make_sketch("cross", rng, placement="centre")
        crossing = segments_cross(*strokes)
        assert crossing is not None  # the two strokes really cross
        x, y = crossing.round().astype(int)
        assert image[y, x] == 0


def test_the_difference_survives_preprocessing():
    rng = np.random.default_rng(4)
    circle = to_network_input(render_strokes(circle_strokes(rng, scale=200, center=(140, 140)), width=14))[0]
    cross = to_network_input(render_strokes(cross_strokes(rng, scale=200, center=(140, 140)), width=14))[0]
    assert circle[12:16, 12:16].max() < 0.05
    assert cross[11:17, 11:17].max() > 0.8


def test_circles_vary_in_shape_and_closing():
    rng = np.random.default_rng(5)
    aspects, closing_gaps = [], []
    for _ in range(200):
        points = circle_strokes(rng, scale=200, center=(140, 140))[0]
        extent = points.max(axis=0) - points.min(axis=0)
        aspects.append(extent[0] / extent[1])
        closing_gaps.append(np.hypot(*(points[-1] - points[0])))
    assert min(aspects) < 0.85 and max(aspects) > 1.15
    assert min(closing_gaps) < 5 and max(closing_gaps) > 30  # some meet, some leave a gap or overshoot


def test_cross_strokes_vary_in_angle_and_crossing_point():
    rng = np.random.default_rng(6)
    angles, fractions = [], []
    for _ in range(200):
        strokes = cross_strokes(rng, scale=200, center=(140, 140))
        crossing = segments_cross(*strokes)
        assert crossing is not None
        for stroke in strokes:
            d = stroke[-1] - stroke[0]
            angles.append(np.degrees(np.arctan2(abs(d[1]), abs(d[0]))))
            length = np.hypot(*d)
            fractions.append(np.hypot(*(crossing - stroke[0])) / length)
    assert 20 < min(angles) < 40 and 50 < max(angles) < 70  # diagonal, never flat or upright
    assert min(fractions) < 0.4 and max(fractions) > 0.6  # not always in the middle


def test_render_has_round_caps_and_uses_the_pen_width():
    dot = render_strokes([np.array([[140.0, 140.0]])], width=20)
    inked = dot < 128
    rows = np.flatnonzero(inked.any(axis=1))
    assert 18 <= rows.size <= 22  # a dot as wide as the pen
    assert dot[140 - 7, 140 - 7] < 128 and dot[140 - 9, 140 - 9] == 255  # round, not square
    line = [np.array([[50.0, 140.0], [230.0, 140.0]])]
    thin, thick = render_strokes(line, width=8), render_strokes(line, width=20)
    assert (thick < 128).sum() > 2 * (thin < 128).sum()
    assert thick[140, 50 - 9] < 128  # the cap reaches past the end point
    assert render_strokes([], canvas=64).shape == (64, 64)
    assert render_strokes([], canvas=64).min() == 255


def test_corner_placement_stays_inside_one_quadrant_and_uses_all_four():
    rng = np.random.default_rng(7)
    quadrants = set()
    for i in range(120):
        image, _ = make_sketch(i % 2, rng, placement="corner")
        rows = np.flatnonzero((image < 255).any(axis=1))
        cols = np.flatnonzero((image < 255).any(axis=0))
        qy, qx = rows[0] // 140, cols[0] // 140
        assert rows[-1] // 140 == qy and cols[-1] // 140 == qx, "ink leaves its quadrant"
        size = max(rows[-1] - rows[0], cols[-1] - cols[0])
        assert 0.12 * 280 < size < 0.5 * 280
        quadrants.add((qy, qx))
    assert len(quadrants) == 4


def test_ink_covers_every_region_of_the_input():
    x, y = make_dataset(600, seed=8)
    cells = x[:, 0].reshape(600, 4, 7, 4, 7).max(axis=(2, 4))  # a 4x4 grid of 7x7 cells
    for label in (0, 1):
        share = (cells[y == label] > 0.5).mean(axis=0)
        assert share.min() > 0.03, f"{CLASS_NAMES[label]}: some region is (almost) never drawn in"


def test_sizes_range_from_small_to_large():
    rng = np.random.default_rng(9)
    sizes = []
    for i in range(200):
        image, _ = make_sketch(i % 2, rng)
        inked = np.flatnonzero((image < 128).any(axis=0))
        sizes.append((inked[-1] - inked[0]) / 280)
    assert min(sizes) < 0.25 and max(sizes) > 0.75
    assert 0.2 < np.mean(np.array(sizes) < 0.4) < 0.8  # a real mix


def test_dataset_shape_dtype_range_and_balance():
    x, y = make_dataset(101, seed=0)
    assert x.shape == (101, 1, 28, 28) and x.dtype == np.float32
    assert y.shape == (101,) and y.dtype == np.int64
    assert 0.0 <= x.min() and x.max() <= 1.0
    assert set(np.unique(y)) == {0, 1}
    assert abs(np.sum(y == 0) - np.sum(y == 1)) <= 1
    assert not np.array_equal(y[:20], np.arange(20) % 2)  # shuffled
    assert (x.reshape(101, -1).max(axis=1) > 0.5).all()  # every sample has ink
    x, _ = make_dataset(4, seed=0, size=(16, 12), canvas=140, placement="corner")
    assert x.shape == (4, 1, 16, 12)


def test_dataset_is_deterministic_for_a_seed_and_differs_across_seeds():
    x1, y1 = make_dataset(40, seed=11)
    x2, y2 = make_dataset(40, seed=11)
    x3, y3 = make_dataset(40, seed=12)
    assert np.array_equal(x1, x2) and np.array_equal(y1, y2)
    assert not np.array_equal(x1, x3)


def test_sketches_are_deterministic_for_a_generator_state():
    a_image, a_strokes = make_sketch(1, np.random.default_rng(5))
    b_image, b_strokes = make_sketch(1, np.random.default_rng(5))
    assert np.array_equal(a_image, b_image)
    assert all(np.array_equal(a, b) for a, b in zip(a_strokes, b_strokes))


def test_cropped_dataset_centres_the_drawings():
    x, _ = make_dataset(40, seed=13, placement="corner", crop=True)
    for sample in x[:, 0]:
        rows = np.flatnonzero(sample.max(axis=1) > 0.2)
        cols = np.flatnonzero(sample.max(axis=0) > 0.2)
        assert abs((rows[0] + rows[-1]) / 2 - 13.5) <= 1.5
        assert abs((cols[0] + cols[-1]) / 2 - 13.5) <= 1.5


def test_bad_arguments_raise_value_error():
    rng = np.random.default_rng(0)
    with pytest.raises(ValueError, match="label"):
        make_sketch("square", rng)
    with pytest.raises(ValueError, match="label"):
        make_sketch(3, rng)     # 2 is the triangle
    with pytest.raises(ValueError, match="classes"):
        make_dataset(4, seed=0, classes=("circle", "square"))
    with pytest.raises(ValueError, match="placement"):
        make_sketch(0, rng, placement="middle")
    with pytest.raises(ValueError, match="n must be"):
        make_dataset(-1, seed=0)
