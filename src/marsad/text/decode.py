"""Turn bytes into text: UTF-8 (with or without BOM), UTF-16, Windows-1256.

Binary data and broken UTF-8 are refused with a clear reason rather than
decoded into mojibake.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from marsad.errors import InputError

MAX_INPUT_BYTES = 20 * 1024 * 1024
"""Default cap on one article's size; a news article is rarely over 100 KB."""

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LETTER = re.compile(r"[^\W\d_]")


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) * 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    # Text in UTF-16 has a NUL in every other byte for ASCII and, for Arabic,
    # 0x06 as the high byte; look at the even/odd columns.
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for enc, high in (("utf-16-le", odd), ("utf-16-be", even)):
        share = sum(1 for b in high if b in (0, 6)) / len(high)
        if share > 0.9:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(data: bytes, *, name: str = "input") -> str:
    """Decode an article's bytes.

    Args:
        data: the raw bytes.
        name: how to name the input in error messages.

    Returns:
        The text, with any BOM removed.

    Raises:
        InputError: empty, binary, or invalid UTF-8 that is not Windows-1256.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"decode_bytes expects bytes, not {type(data).__name__}")
    data = bytes(data)
    if not data.strip():
        raise InputError(f"{name} is empty", code="M002")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name)
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if _looks_binary(data):
        raise InputError(f"{name} looks binary (NUL or control bytes), not text", code="M003")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        high = len(_HIGH_BYTE.findall(data))
        in_utf8 = sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
        if high and in_utf8 >= high * 0.5:
            raise InputError(
                f"{name} is invalid UTF-8 at byte {err.start} ({err.reason})", code="M004"
            ) from None
        return _windows_1256(data, name)
    _refuse_controls(text, name)
    return text


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name} has a {encoding} byte-order mark but invalid {encoding} at byte {err.start}",
            code="M004",
        ) from None
    _refuse_controls(text, name)
    return text


def _windows_1256(data: bytes, name: str) -> str:
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name} is neither UTF-8 nor Windows-1256 (byte {err.start})", code="M004"
        ) from None
    letters = len(_LETTER.findall(text))
    arabic = len(_ARABIC_LETTER.findall(text))
    if letters == 0 or arabic < letters * 0.3:
        raise InputError(
            f"{name} is invalid UTF-8 and does not read as Windows-1256 Arabic either",
            code="M004",
        )
    _refuse_controls(text, name)
    return text


def _refuse_controls(text: str, name: str) -> None:
    if len(_CONTROL.findall(text[:8192])) > max(8, len(text[:8192]) * 0.01):
        raise InputError(f"{name} contains control characters: binary, not text", code="M003")


def read_text_file(path: str | Path, *, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """Read and decode one text file, refusing directories and oversized files.

    Raises:
        InputError: missing, a directory, too large, or undecodable.
    """
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p} is a directory, not a file", code="M005")
    if not p.exists():
        raise InputError(f"{p} does not exist", code="M006")
    size = p.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"{p} is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one article",
            code="M007",
        )
    try:
        data = p.read_bytes()
    except OSError as err:
        raise InputError(f"{p} cannot be read: {err.strerror}", code="M006") from None
    return decode_bytes(data, name=str(p))
