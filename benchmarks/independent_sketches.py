"""A second stroke generator, built differently from cnnviz.data.sketches, to test models on sketches they were
not trained from: circles as random Fourier curves, crosses as noisy straight segments, triangles with rounded
corners, drawn as overlapping discs whose radius follows a pen pressure curve, in grey pencil on off-white,
noisy, slightly blurred paper, on a 200-pixel canvas (the app's is 280). Nothing is shared with the training
generator but the class names.
"""
from __future__ import annotations

import cv2
import numpy as np

CANVAS = 200
SHAPES = ("circle", "cross", "triangle")


def _smooth_noise(rng, n, amount):
    """A smooth random offset along a path of n points."""
    walk = np.cumsum(rng.normal(0, 1, n))
    walk = np.convolve(walk - walk.mean(), np.ones(9) / 9, mode="same")
    return walk / (np.abs(walk).max() + 1e-9) * amount


def _circle(rng, size):
    turns = 1.0 + rng.uniform(-0.08, 0.15)
    t = np.linspace(0, 2 * np.pi * turns, 160)
    radius = np.ones_like(t)
    for k in range(2, 5):
        radius += rng.uniform(0, 0.06 / k) * np.cos(k * t + rng.uniform(0, 2 * np.pi))
    stretch = rng.uniform(0.8, 1.2)
    x, y = radius * np.cos(t) * stretch, radius * np.sin(t) / stretch
    turn = rng.uniform(0, np.pi)
    x, y = x * np.cos(turn) - y * np.sin(turn), x * np.sin(turn) + y * np.cos(turn)
    return [np.stack([x, y], 1) * size / 2]


def _segment(rng, angle, length, n=60):
    s = np.linspace(-0.5, 0.5, n)[:, None] + rng.uniform(-0.15, 0.15)
    direction = np.array([np.cos(angle), np.sin(angle)])
    normal = np.array([-direction[1], direction[0]])
    return s * length * direction + _smooth_noise(rng, n, 0.025 * length)[:, None] * normal


def _cross(rng, size):
    first = np.deg2rad(rng.uniform(30, 60))
    second = np.deg2rad(rng.uniform(120, 150))
    return [_segment(rng, first, size * rng.uniform(0.9, 1.3)), _segment(rng, second, size * rng.uniform(0.9, 1.3))]


def _chaikin(points, rounds=2):
    for _ in range(rounds):
        a, b = points[:-1], points[1:]
        points = np.vstack([points[:1], np.stack([0.75 * a + 0.25 * b, 0.25 * a + 0.75 * b], 1).reshape(-1, 2),
                            points[-1:]])
    return points


def _triangle(rng, size):
    base = rng.uniform(0, 2 * np.pi)
    angles = base + np.array([0, 2 * np.pi / 3, 4 * np.pi / 3]) + rng.uniform(-0.3, 0.3, 3)
    radii = size / 2 * rng.uniform(0.8, 1.15, 3)
    corners = np.stack([radii * np.cos(angles), radii * np.sin(angles)], 1)
    path = np.vstack([corners, corners[:1] + rng.uniform(-0.08, 0.08, 2) * size])
    dense = np.vstack([np.linspace(path[i], path[i + 1], 12, endpoint=False) for i in range(3)] + [path[3:]])
    return [_chaikin(dense, rounds=2)]


def _resampled(stroke, step=1.0):
    """Points every `step` pixels along a polyline, so the discs drawn on them overlap."""
    lengths = np.r_[0, np.cumsum(np.hypot(*np.diff(stroke, axis=0).T))]
    at = np.arange(0, lengths[-1] + step, step)
    return np.stack([np.interp(at, lengths, stroke[:, 0]), np.interp(at, lengths, stroke[:, 1])], 1)


_MAKERS = {"circle": _circle, "cross": _cross, "triangle": _triangle}


def independent_sketch(shape: str, rng: np.random.Generator) -> np.ndarray:
    """One sketch as uint8 (CANVAS, CANVAS): grey pencil on off-white paper."""
    size = rng.uniform(0.3, 0.85) * CANVAS
    strokes = _MAKERS[shape](rng, size)
    points = np.vstack(strokes)
    low, high = points.min(0), points.max(0)
    pen = rng.uniform(3.0, 9.0)
    room = CANVAS - 2 * pen - (high - low)
    offset = -low + pen + rng.uniform(0, 1, 2) * np.maximum(room, 0)
    paper = rng.uniform(215, 255)
    ink = rng.uniform(20, 110)
    image = np.full((CANVAS, CANVAS), 0.0, np.float32)            # coverage 0..1
    for stroke in strokes:
        stroke = _resampled(stroke + offset)
        pressure = 0.7 + 0.3 * np.sin(np.linspace(0, np.pi, len(stroke)))
        for (x, y), p in zip(stroke, pressure):
            cv2.circle(image, (int(round(x * 4)), int(round(y * 4))), int(round(pen * p * 2)), 1.0, -1,
                       cv2.LINE_AA, 2)
    image = cv2.GaussianBlur(image, (0, 0), rng.uniform(0.3, 1.0))
    picture = paper - (paper - ink) * image + rng.normal(0, 4, image.shape)
    return np.clip(picture, 0, 255).astype(np.uint8)


def independent_set(per_class: int, *, seed: int, classes=SHAPES):
    """per_class sketches of each class: (list of uint8 images, labels int64 indexing classes)."""
    rng = np.random.default_rng(seed)
    labels = np.repeat(np.arange(len(classes)), per_class)
    rng.shuffle(labels)
    return [independent_sketch(classes[k], rng) for k in labels], labels
