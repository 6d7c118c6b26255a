"""Receptive-field geometry: a conv window with its padding, pooling bins, and the masks explain builds on."""
import numpy as np

from cnnviz.analysis.receptive_field import conv_window, input_mask, pool_bins
from cnnviz.engine.layers import Conv2D, Pool2D


def conv(kernel=3, stride=1, padding=0):
    return Conv2D(1, 1, kernel, stride=stride, padding=padding, name="c")


def test_a_corner_cell_of_a_padded_conv_reaches_past_the_input():
    layer = conv(3, 1, 1)
    out = np.zeros((1, 5, 5), bool)
    out[0, 0, 0] = True
    assert conv_window(layer, out) == (-1, 2, -1, 2)                 # one ring of zero padding above and left
    mask = input_mask(layer, out, (1, 5, 5))
    assert mask[0, :2, :2].all() and mask.sum() == 4                 # only the part inside the input


def test_strided_windows_and_empty_masks():
    layer = conv(3, 2, 0)
    out = np.zeros((1, 3, 3), bool)
    out[0, 1, 2] = True
    assert conv_window(layer, out) == (2, 5, 4, 7)                    # rows i*s .. i*s+k
    assert conv_window(layer, np.zeros((1, 3, 3), bool)) is None


def test_pool_bins_fixed_and_adaptive():
    fixed = Pool2D(3, 3, name="p")
    assert pool_bins(fixed, (8, 8), (2, 2)) == ([(0, 3), (3, 6)], [(0, 3), (3, 6)])
    quadrants = Pool2D(output_size=2, name="q")
    rows, cols = pool_bins(quadrants, (5, 5), (2, 2))
    assert rows[0][0] == 0 and rows[-1][1] == 5 and len(cols) == 2   # every input row in some bin
