"""A picture fitted onto the drawing page: kept whole, centred, padded with its own paper, grey uint8."""
import cv2
import numpy as np
import pytest

from cnnviz.data.picture import fit_to_page
from cnnviz.data.preprocess import to_network_input


def test_a_wide_photo_is_shrunk_whole_and_centred_on_its_own_paper():
    photo = np.full((300, 600, 3), 210, np.uint8)                # light grey paper
    cv2.circle(photo, (300, 150), 100, (0, 0, 0), 12)
    page, resized = fit_to_page(photo, 280)
    assert resized and page.shape == (280, 280) and page.dtype == np.uint8
    assert page[0, 0] == 210 and page[-1, -1] == 210            # padding is the photo's paper, not white
    assert page[140, 85:100].min() < 60                          # the ring's left side (radius 100 * 280/600)
    assert (page[:70] == 210).all()                              # the band above the picture adds no ink


def test_a_page_sized_grey_image_is_taken_as_it_is():
    image = np.random.default_rng(0).integers(0, 256, (280, 280), dtype=np.uint8)
    page, resized = fit_to_page(image, 280)
    assert not resized and np.array_equal(page, image)


def test_transparent_pixels_become_paper_and_16_bit_is_scaled():
    rgba = np.zeros((50, 50, 4), np.uint8)
    rgba[20:30, 20:30] = (0, 0, 0, 255)                          # opaque black square on transparency
    page, _ = fit_to_page(rgba, 100)
    assert page[0, 0] == 255 and page[50, 50] == 0
    wide = np.full((10, 10), 65535, np.uint16)
    wide[5, 5] = 0
    page, _ = fit_to_page(wide, 10)
    assert page[0, 0] == 255 and page[5, 5] == 0


def test_the_network_sees_the_fitted_page_like_the_picture():
    photo = np.full((200, 400), 255, np.uint8)
    cv2.line(photo, (150, 50), (250, 150), 0, 10)
    page, _ = fit_to_page(photo, 280)
    direct = to_network_input(photo, (28, 28))
    via_page = to_network_input(page, (28, 28))
    assert np.abs(direct - via_page).max() < 0.2                 # the same drawing, resampled once more


def test_a_wrong_array_is_refused():
    with pytest.raises(ValueError):
        fit_to_page(np.zeros((4, 4, 2), np.uint8), 28)


@pytest.mark.parametrize("dtype, channels", [(np.uint8, 3), (np.uint8, 0), (np.uint16, 3), (np.float32, 3)])
def test_a_photo_fitted_to_the_page_is_each_channel_area_averaged(dtype, channels):
    """The page is what shrinking each colour plane on its own gives (the area average a teacher would compute),
    whatever the file's depth: fitting all channels at once must not change a pixel."""
    rng = np.random.default_rng(3)
    shape = (301, 517, channels) if channels else (301, 517)
    if dtype is np.float32:
        image = (rng.random(shape) * 1.2 - 0.2).astype(np.float32)     # negative values are clipped to black
        full = 1.0
    else:
        full = np.iinfo(dtype).max
        image = rng.integers(0, full + 1, shape).astype(dtype)
    page, resized = fit_to_page(image, 120)
    assert resized
    planes = [image] if image.ndim == 2 else [image[:, :, 2], image[:, :, 1], image[:, :, 0]]
    expected = []
    for plane in planes:
        plane = np.clip(plane.astype(np.float64) * (255.0 / full), 0, 255).astype(np.float32)
        small = cv2.resize(plane, (120, 70), interpolation=cv2.INTER_AREA)
        expected.append(small)
    got = page[25:95] if page.ndim == 2 else page[25:95].transpose(2, 0, 1)
    for want, have in zip(expected, [got] if page.ndim == 2 else got):
        assert np.abs(np.rint(want).astype(int) - have.astype(int)).max() <= 1
