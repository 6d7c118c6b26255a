"""Image files are checked before they are decoded: a header's size against a named limit, only regular
files, and errors that name the file."""
import os
import struct
import zlib

import cv2
import numpy as np
import pytest

from cnnviz.data import ImageError, load_input, read_image
from cnnviz.data.image_header import image_size
from cnnviz.data.preprocess import MAX_IMAGE_PIXELS, decode_image


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims width x height pixels (a decompression bomb's first bytes)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b""))


def test_a_header_claiming_too_many_pixels_is_refused_before_decoding(tmp_path):
    path = tmp_path / "bomb.png"
    path.write_bytes(png_claiming(65535, 65535))
    assert path.stat().st_size < 100
    with pytest.raises(ImageError) as error:
        read_image(path)
    assert str(error.value) == (f"cannot read '{path}': the image is 65535 x 65535 = 4,294,836,225 pixels, over the "
                                f"limit of 50,000,000 by 4,244,836,225")


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".bmp", ".webp", ".tiff", ".pgm", ".ppm"])
def test_the_header_size_of_every_common_format_is_read(suffix):
    image = np.zeros((37, 53, 3) if suffix == ".ppm" else (37, 53), np.uint8)
    ok, data = cv2.imencode(suffix, image)
    assert ok and image_size(data.tobytes()) == (53, 37)


def test_a_header_cut_short_or_unknown_gives_no_size():
    assert image_size(b"\x89PNG\r\n\x1a\n\x00\x00") is None
    assert image_size(b"\xff\xd8\xff") is None
    assert image_size(b"hello") is None


def test_a_decoded_image_of_an_unread_format_is_still_held_to_the_limit(monkeypatch):
    import cnnviz.data.preprocess as preprocess
    ok, data = cv2.imencode(".ras", np.zeros((20, 30), np.uint8))   # Sun raster: no header reader here
    monkeypatch.setattr(preprocess, "MAX_IMAGE_PIXELS", 500)
    with pytest.raises(ImageError, match="30 x 20 = 600 pixels, over the limit of 500 by 100"):
        decode_image(data.tobytes(), "x.ras")


def test_a_pipe_named_like_an_image_is_not_read(tmp_path):
    fifo = tmp_path / "x.png"
    os.mkfifo(fifo)
    with pytest.raises(ImageError, match="not a regular file"):
        read_image(fifo)                                    # returns at once instead of blocking forever


def test_nan_pixels_are_an_error_naming_the_file(tmp_path):
    image = np.full((20, 20), 0.5, np.float32)
    image[3, 4] = np.nan
    path = tmp_path / "nan.tiff"                   # a float32 TIFF can hold NaN
    assert cv2.imwrite(str(path), image)
    with pytest.raises(ImageError, match=f"cannot read '{path}': image contains NaN"):
        load_input(path)


def test_decoder_warnings_do_not_reach_the_user(tmp_path, capfd):
    # a PNG with a damaged CRC: libpng prints its own "libpng error/warning" on stderr as it decodes
    data = bytearray(cv2.imencode(".png", np.zeros((8, 8), np.uint8))[1].tobytes())
    data[29] ^= 0xFF                                           # the IHDR chunk's CRC
    path = tmp_path / "crc.png"
    path.write_bytes(bytes(data))
    with pytest.raises(ImageError):
        read_image(path)
    assert capfd.readouterr().err == ""


def test_the_limit_is_generous_for_photos():
    assert MAX_IMAGE_PIXELS >= 8000 * 6000
