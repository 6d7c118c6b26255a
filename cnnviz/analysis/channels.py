"""Which channels are still the colour planes of the input: the names R, G, B where they apply.

A colour model's input has three planes, R, G and B (``Sequential.input_channel_names``). Layers that work on
each channel alone (Standardize, pooling, activations) keep them apart, so their maps, and the kernels of the
first convolution, are still R, G and B; the first layer that mixes channels (a convolution, a dense layer,
flatten) makes channels of its own. Grey and other inputs have no plane names.
"""
from __future__ import annotations

from typing import Sequence

from cnnviz.engine.layers import Conv2D, ConvTranspose2D, Dense, Flatten, Layer
from cnnviz.engine.model import RGB

MIXING = (Conv2D, ConvTranspose2D, Dense, Flatten)     # layers whose outputs are not per input channel


def plane_names(layers: Sequence[Layer], input_channels: int, layer_name: str | None = None) -> tuple[str, ...]:
    """("R", "G", "B") if the input channels of layer ``layer_name`` (None: the network's input) are the
    colour planes of a 3-channel input, else ()."""
    if input_channels != len(RGB):
        return ()
    if layer_name is None:
        return RGB
    for layer in layers:
        if layer.name == layer_name:
            return RGB
        if isinstance(layer, MIXING):
            return ()
    return ()


def channel_label(names: tuple[str, ...], channel: int) -> str:
    """A channel's name: its plane name if it has one, else its number."""
    return names[channel] if 0 <= channel < len(names) else str(channel)
