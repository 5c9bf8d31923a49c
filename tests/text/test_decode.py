from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from marsad.errors import InputError
from marsad.text import decode_bytes, read_text_file

ARABIC = "قال الوزير إن المحادثات ستستأنف غدا في باماكو."


@pytest.mark.parametrize(
    "data",
    [
        ARABIC.encode("utf-8"),
        codecs.BOM_UTF8 + ARABIC.encode("utf-8"),
        ARABIC.encode("utf-16"),
        ARABIC.encode("utf-16-le"),
        ARABIC.encode("cp1256"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-no-bom", "windows-1256"],
)
def test_decode_bytes_reads_each_encoding(data: bytes) -> None:
    assert decode_bytes(data) == ARABIC


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "M002"),
        (b"  \n\t ", "M002"),
        (bytes(range(256)) * 4, "M003"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "M003"),
        (ARABIC.encode("utf-8")[:-3] + b"\xd9" + ARABIC.encode("utf-8"), "M004"),
    ],
    ids=["empty", "blank", "binary", "png", "broken-utf8"],
)
def test_decode_bytes_refuses_bad_input(data: bytes, code: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data)
    assert err.value.code == code


def test_decode_bytes_rejects_str() -> None:
    with pytest.raises(TypeError):
        decode_bytes("text")  # type: ignore[arg-type]


def test_read_text_file_refuses_directory_and_huge(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        read_text_file(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(InputError, match="limit"):
        read_text_file(big, max_bytes=1024)
    with pytest.raises(InputError, match="does not exist"):
        read_text_file(tmp_path / "missing.txt")
