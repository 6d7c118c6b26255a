"""An image file's pixel size read from its header, before anything is decoded. Plain Python.

A 69-byte PNG can claim 65535 x 65535 pixels, and a small compressed file can expand to gigabytes;
reading the size first lets a reader refuse such a file before the decoder allocates it. Knows PNG,
JPEG, GIF, BMP, WebP, TIFF and the PNM family; returns None for anything else (the caller then relies on
the decoder's own pixel limit).
"""
from __future__ import annotations

import struct


def image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) as the header states it, or None if the format is not known or the header is cut."""
    try:
        for signature, reader in _READERS:
            if data.startswith(signature):
                return reader(data)
    except (struct.error, IndexError, ValueError):
        return None
    return None


def _png(data: bytes):
    # signature, then the IHDR chunk: length, "IHDR", width, height (big-endian)
    if data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def _gif(data: bytes):
    return struct.unpack("<HH", data[6:10])


def _bmp(data: bytes):
    header = struct.unpack("<I", data[14:18])[0]
    if header == 12:                                   # OS/2 BITMAPCOREHEADER: 16-bit sizes
        width, height = struct.unpack("<HH", data[18:22])
    else:
        width, height = struct.unpack("<ii", data[18:26])
    return abs(width), abs(height)                     # a negative height means top-down rows


def _jpeg(data: bytes):
    # walk the marker segments up to a start-of-frame (SOF0..SOF15 except DHT, JPG and DAC)
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:                             # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        if length < 2:
            return None
        i += 2 + length
    return None


def _webp(data: bytes):
    if data[8:12] != b"WEBP":
        return None
    chunk = data[12:16]
    if chunk == b"VP8 ":
        width, height = struct.unpack("<HH", data[26:30])
        return width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L":
        bits = int.from_bytes(data[21:25], "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        return int.from_bytes(data[24:27], "little") + 1, int.from_bytes(data[27:30], "little") + 1
    return None


def _tiff(data: bytes):
    order = "<" if data[:2] == b"II" else ">"
    offset = struct.unpack(order + "I", data[4:8])[0]
    count = struct.unpack(order + "H", data[offset:offset + 2])[0]
    found = {}
    for k in range(min(count, 4096)):
        entry = data[offset + 2 + 12 * k:offset + 14 + 12 * k]
        tag, kind = struct.unpack(order + "HH", entry[:4])
        if tag in (256, 257):
            found[tag] = struct.unpack(order + ("H" if kind == 3 else "I"), entry[8:10] if kind == 3 else entry[8:12])[0]
    if 256 in found and 257 in found:
        return found[256], found[257]
    return None


def _pnm(data: bytes):
    # "P1".."P6", then width and height as decimal text, with comments (# ...) and whitespace between
    tokens, i = [], 2
    while len(tokens) < 2 and i < min(len(data), 4096):
        c = data[i:i + 1]
        if c == b"#":
            while i < len(data) and data[i:i + 1] not in (b"\n", b"\r"):
                i += 1
        elif c.isdigit():
            start = i
            while i < len(data) and data[i:i + 1].isdigit():
                i += 1
            tokens.append(int(data[start:i]))
            continue
        elif not c.isspace():
            return None
        i += 1
    return tuple(tokens) if len(tokens) == 2 else None


_READERS = [(b"\x89PNG\r\n\x1a\n", _png), (b"\xff\xd8", _jpeg), (b"GIF87a", _gif), (b"GIF89a", _gif),
            (b"BM", _bmp), (b"RIFF", _webp), (b"II*\x00", _tiff), (b"MM\x00*", _tiff)] + \
           [(b"P" + bytes([c]), _pnm) for c in b"123456"]
