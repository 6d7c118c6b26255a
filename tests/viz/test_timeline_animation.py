"""The stroke timeline's prefix arithmetic and the GIF/MP4 writers (no Qt)."""
import numpy as np
import pytest

from cnnviz.viz.animation import AnimationError, write_animation
from cnnviz.viz.colormap import PALETTES, diverging_table
from cnnviz.viz.timeline import frame_points, points_at, prefix_counts


def test_prefix_of_the_points_in_drawing_order():
    assert points_at(0.5, 41) == 21 and points_at(0, 41) == 0 and points_at(1, 41) == 41
    assert prefix_counts([10, 5, 7], 12) == [10, 2, 0]
    assert prefix_counts([10, 5, 7], 100) == [10, 5, 7]
    assert frame_points(22, 5) == [0, 6, 11, 17, 22]
    with pytest.raises(ValueError):
        frame_points(22, 0)


def frames(count, shape=(37, 51)):
    return [np.full(shape + (3,), 20 * k, np.uint8) for k in range(count)]


@pytest.mark.parametrize("suffix", [".gif", ".mp4"])
def test_animation_has_one_frame_per_frame(tmp_path, suffix):
    import cv2
    path = write_animation(frames(9), tmp_path / f"a{suffix}", fps=5)
    assert path.stat().st_size > 0
    if suffix == ".gif":
        ok, animation = cv2.imreadanimation(str(path))
        assert ok and len(animation.frames) == 9
    else:
        capture = cv2.VideoCapture(str(path))
        count = 0
        while capture.read()[0]:
            count += 1
        assert count == 9


def test_animation_errors(tmp_path):
    with pytest.raises(AnimationError, match="as .gif or .mp4"):
        write_animation(frames(2), tmp_path / "a.avi")
    with pytest.raises(AnimationError, match="frame 1 has shape"):
        write_animation([frames(1)[0], frames(1, (10, 10))[0]], tmp_path / "a.gif")


def test_colour_blind_palette_is_diverging_with_white_zero():
    assert set(PALETTES) >= {"red-blue", "blue-orange"}
    table = diverging_table(2.0, "blue-orange")
    low, zero, high = table.colours(np.array([-2.0, 0.0, 2.0], np.float32))
    assert tuple(zero[:3]) == (255, 255, 255)
    assert low[2] > low[0] and high[0] > high[2]         # blue below zero, orange above
    with pytest.raises(ValueError, match="unknown palette"):
        diverging_table(1.0, "rainbow")
