"""The stroke timeline: a drawing replayed as a growing prefix of its recorded points.

Strokes are drawn in order, each point by point, so "the drawing at fraction t" is the first
``round(t * total)`` points across the strokes in order (a stroke cut in the middle keeps its first
points). No Qt: strokes are given as point counts or arrays.
"""
from __future__ import annotations

import math


def total_points(counts) -> int:
    return int(sum(int(c) for c in counts))


def points_at(fraction: float, total: int) -> int:
    """How many points the drawing has at ``fraction`` (0 to 1) of its timeline."""
    fraction = min(max(float(fraction), 0.0), 1.0)
    return min(total, int(math.floor(fraction * total + 0.5)))


def prefix_counts(counts, points: int) -> list[int]:
    """Points kept of each stroke when the first ``points`` points are drawn; strokes not begun get 0."""
    left = max(0, int(points))
    kept = []
    for count in counts:
        take = min(int(count), left)
        kept.append(take)
        left -= take
    return kept


def frame_points(total: int, frames: int) -> list[int]:
    """The point count shown by each of ``frames`` animation frames: evenly spaced, the last complete."""
    if frames < 1:
        raise ValueError(f"an animation needs at least one frame, got {frames}")
    if frames == 1:
        return [total]
    return [points_at(k / (frames - 1), total) for k in range(frames)]
