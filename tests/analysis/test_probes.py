"""Probes: the translation map and the parameter sweeps against single forward passes, the lesson of
lecture-ox (quadrant pooling cannot see a small circle in a corner), progress and cancelling, and the
engine's independence from OpenCV and Qt."""
from __future__ import annotations

import cv2
import numpy as np
import pytest

from cnnviz.data import circle_strokes, cross_strokes, make_sketch, render_strokes, to_network_input
from cnnviz.data import transforms as T
from cnnviz.engine import load_model
from cnnviz.analysis.probes import (ProbeProgress, Sweep, TranslationMap, grid_centres, ink_bounds,
                                  iter_sweep, iter_translation_map, sweep, translation_map)


@pytest.fixture(scope="module")
def models():
    return {name: load_model(name) for name in ("ox-cnn", "lecture-ox")}


def moved_by_opencv(image, dx, dy):
    """An independent whole-pixel move: nearest-neighbour warp with a white border."""
    matrix = np.float32([[1, 0, dx], [0, 1, dy]])
    return cv2.warpAffine(image, matrix, image.shape[::-1], flags=cv2.INTER_NEAREST,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=255)


def single_probabilities(model, image):
    return model.forward(to_network_input(image)).probabilities[0]


@pytest.mark.parametrize("name", ["ox-cnn", "lecture-ox"])
@pytest.mark.parametrize("keep_inside", [False, True])
@pytest.mark.parametrize("label,placement,grid", [(0, "centre", 28), (1, "corner", (9, 13)), (0, "any", 28)])
def test_map_equals_single_forwards_of_the_moved_drawing(models, name, keep_inside, label, placement, grid):
    model = models[name]
    image, _ = make_sketch(label, np.random.default_rng(label + 10 * len(placement)), placement=placement)
    result = translation_map(model, image, grid=grid, preprocess=to_network_input, keep_inside=keep_inside,
                             chunk=100)
    rows, cols = result.probabilities.shape[:2]
    assert result.complete and result.probabilities.shape == (rows, cols, 2)
    assert not np.isnan(result.probabilities).any()
    np.testing.assert_allclose(result.probabilities.sum(axis=2), 1, atol=1e-5)
    rng = np.random.default_rng(1)
    samples = [(0, 0), (rows - 1, cols - 1), (rows // 2, cols // 2)] + \
        [tuple(rng.integers((rows, cols))) for _ in range(5)]
    for i, j in samples:
        dx, dy = result.shifts[i, j]
        moved = moved_by_opencv(image, dx, dy)
        np.testing.assert_allclose(result.probabilities[i, j], single_probabilities(model, moved), atol=1e-5)


def test_shifts_put_the_drawing_centre_on_the_grid(models):
    image, _ = make_sketch(0, np.random.default_rng(2), placement="corner")
    result = translation_map(models["lecture-ox"], image, grid=28, preprocess=to_network_input)
    np.testing.assert_allclose(result.centres, grid_centres(280, 280, 28))
    assert result.centres[0, 0].tolist() == [4.5, 4.5] and result.centres[-1, -1].tolist() == [274.5, 274.5]
    x0, y0, x1, y1 = ink_bounds(image)
    for i, j in [(10, 14), (14, 10), (13, 13)]:                # positions where the drawing stays on the canvas
        moved = moved_by_opencv(image, *result.shifts[i, j])
        assert ink_bounds(moved) == (x0 + result.shifts[i, j, 0], y0 + result.shifts[i, j, 1],
                                     x1 + result.shifts[i, j, 0], y1 + result.shifts[i, j, 1])
        cx, cy = T.drawing_centre(moved)
        assert abs(cx - result.centres[i, j, 0]) <= 0.5 and abs(cy - result.centres[i, j, 1]) <= 0.5


def test_keep_inside_keeps_the_ink_on_the_canvas(models):
    image, _ = make_sketch(1, np.random.default_rng(4), placement="centre")
    result = translation_map(models["lecture-ox"], image, grid=12, preprocess=to_network_input, keep_inside=True)
    x0, y0, x1, y1 = ink_bounds(image)
    dx, dy = result.shifts[..., 0], result.shifts[..., 1]
    assert (x0 + dx >= 0).all() and (x1 + dx <= 279).all() and (y0 + dy >= 0).all() and (y1 + dy <= 279).all()


def test_lecture_ox_sees_a_large_centred_circle_but_not_a_small_one_in_a_corner(models):
    """The lesson: max pooling into quadrants needs the circle's four arcs in four quadrants."""
    lecture, deeper = models["lecture-ox"], models["ox-cnn"]
    for seed in range(3):
        big = render_strokes(circle_strokes(np.random.default_rng(seed), scale=200, center=(140, 140)), width=14)
        assert single_probabilities(lecture, big)[0] > 0.9
        for corner in [(50, 50), (230, 50), (50, 230), (230, 230)]:
            small = render_strokes(circle_strokes(np.random.default_rng(seed), scale=60, center=corner), width=14)
            assert single_probabilities(lecture, small)[0] < 0.6        # a coin toss, not a circle
            assert single_probabilities(deeper, small)[0] > 0.9         # convolution + small pooling copes
    # the map of a small circle: circle only where it straddles the centre of the canvas
    small = render_strokes(circle_strokes(np.random.default_rng(0), scale=60, center=(140, 140)), width=14)
    circle = translation_map(lecture, small, grid=14, preprocess=to_network_input).probability("circle")
    assert circle[6:8, 6:8].min() > 0.9
    assert circle[1:4, 1:4].max() < 0.6 and circle[10:13, 10:13].max() < 0.6
    assert (circle > 0.9).mean() < 0.05


def test_progress_and_generator(models):
    image, _ = make_sketch(0, np.random.default_rng(0), placement="centre")
    seen = []
    result = translation_map(models["ox-cnn"], image, grid=10, preprocess=to_network_input, chunk=30,
                             progress=lambda done, total: seen.append((done, total)))
    assert seen == [(30, 100), (60, 100), (90, 100), (100, 100)]
    steps = list(iter_translation_map(models["ox-cnn"], image, grid=10, preprocess=to_network_input, chunk=30))
    assert [s.done for s in steps] == [30, 60, 90, 100] and all(isinstance(s, ProbeProgress) for s in steps)
    assert all(s.result is None for s in steps[:-1]) and isinstance(steps[-1].result, TranslationMap)
    assert np.isnan(steps[0].probabilities).sum() == 70 * 2
    np.testing.assert_array_equal(steps[-1].result.probabilities, result.probabilities)


def counting(preprocess):
    calls = []

    def wrapped(image):
        calls.append(1)
        return preprocess(image)
    return wrapped, calls


def test_cancel_stops_between_chunks(models):
    image, _ = make_sketch(1, np.random.default_rng(0), placement="centre")
    preprocess, calls = counting(to_network_input)
    progress = []
    result = translation_map(models["ox-cnn"], image, grid=28, preprocess=preprocess, chunk=64,
                             progress=lambda done, total: progress.append(done),
                             should_stop=lambda: len(progress) >= 2)
    assert not result.complete and progress == [64, 128] and len(calls) == 128
    flat = result.probabilities.reshape(-1, 2)
    assert not np.isnan(flat[:128]).any() and np.isnan(flat[128:]).all()
    # cancelling before the first chunk does no work at all
    preprocess, calls = counting(to_network_input)
    early = translation_map(models["ox-cnn"], image, grid=28, preprocess=preprocess, should_stop=lambda: True)
    assert not early.complete and not calls and np.isnan(early.probabilities).all()
    # a worker cancels a generator by closing it
    preprocess, calls = counting(to_network_input)
    generator = iter_translation_map(models["ox-cnn"], image, grid=28, preprocess=preprocess, chunk=50)
    next(generator)
    generator.close()
    assert len(calls) == 50


def test_blank_canvas_is_refused(models):
    with pytest.raises(ValueError, match="blank"):
        translation_map(models["ox-cnn"], np.full((280, 280), 255, np.uint8), preprocess=to_network_input)


def test_probes_leave_the_callers_model_alone(models):
    model = load_model("ox-cnn")
    x = to_network_input(make_sketch(0, np.random.default_rng(1))[0])
    before = model.forward(x)
    image, strokes = make_sketch(1, np.random.default_rng(2))
    translation_map(model, image, grid=6, preprocess=to_network_input)
    assert model.layers[0]._x is before.input                      # its last forward is still the caller's


SWEEPS = [("shift_x", np.linspace(-120, 120, 9)), ("shift_y", np.linspace(-100, 60, 5)),
          ("scale", np.linspace(0.2, 1.4, 7)), ("rotation", np.arange(-90, 91, 30)),
          ("thickness", np.array([2.0, 6, 14, 30])), ("noise", np.linspace(0, 0.6, 4))]


@pytest.mark.parametrize("parameter,values", SWEEPS)
@pytest.mark.parametrize("name", ["ox-cnn", "lecture-ox"])
def test_sweep_matches_individual_forwards(models, parameter, values, name):
    model = models[name]
    _, strokes = make_sketch(1, np.random.default_rng(7), placement="centre", width=14)
    result = sweep(model, strokes, parameter=parameter, values=values, variant=T.variant,
                   preprocess=to_network_input, chunk=3)
    assert isinstance(result, Sweep) and result.complete and result.probabilities.shape == (len(values), 2)
    for value, probabilities in zip(values, result.probabilities):
        if parameter == "thickness":
            image = render_strokes(strokes, width=value)
        elif parameter == "noise":
            image = T.add_noise(render_strokes(strokes, width=14), value, rng=np.random.default_rng(0))
        else:
            moved = {"shift_x": lambda: T.shift_strokes(strokes, value, 0),
                     "shift_y": lambda: T.shift_strokes(strokes, 0, value),
                     "scale": lambda: T.scale_strokes(strokes, value),
                     "rotation": lambda: T.rotate_strokes(strokes, value)}[parameter]()
            image = render_strokes(moved, width=14)
        np.testing.assert_allclose(probabilities, single_probabilities(model, image), atol=1e-5)


def test_sweep_progress_cancel_and_errors(models):
    _, strokes = make_sketch(0, np.random.default_rng(7), placement="centre")
    values = np.linspace(0.3, 1.5, 10)
    steps = list(iter_sweep(models["ox-cnn"], strokes, parameter="scale", values=values, variant=T.variant,
                            preprocess=to_network_input, chunk=4))
    assert [s.done for s in steps] == [4, 8, 10] and steps[-1].result.parameter == "scale"
    reported = []
    stopped = sweep(models["ox-cnn"], strokes, parameter="scale", values=values, variant=T.variant,
                    preprocess=to_network_input, chunk=4, progress=lambda done, total: reported.append(done),
                    should_stop=lambda: len(reported) >= 1)
    assert reported == [4]
    assert not stopped.complete and np.isnan(stopped.probabilities[4:]).all()
    assert not np.isnan(stopped.probabilities[:4]).any()
    with pytest.raises(ValueError, match="parameter must be one of"):
        sweep(models["ox-cnn"], strokes, parameter="blur", values=values, variant=T.variant,
              preprocess=to_network_input)
    with pytest.raises(ValueError, match="non-empty"):
        sweep(models["ox-cnn"], strokes, parameter="scale", values=[], variant=T.variant,
              preprocess=to_network_input)


def test_a_cross_is_a_cross_along_a_rotation_sweep_for_ox_cnn(models):
    strokes = cross_strokes(np.random.default_rng(1), scale=180, center=(140, 140))
    result = sweep(models["ox-cnn"], strokes, parameter="rotation", values=[0, 10, -10], variant=T.variant,
                   preprocess=to_network_input)
    assert (result.probabilities[:, 1] > 0.5).all()
