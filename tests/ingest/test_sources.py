"""Every kind of source, and every kind of bad record becoming a reason."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from marsad.ingest import BadRecord, Fetcher, RawArticle, iter_source

ARTICLE = "قال وزير الخارجية إن المحادثات مستمرة بين البلدين. وأضاف أن الوفد سيعود قريبا."


def _items(source: str | Path) -> list[RawArticle | BadRecord]:
    return list(iter_source(str(source), Fetcher))


def test_text_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE + "\n", encoding="utf-8")
    assert _items(p) == [RawArticle(str(p), ARTICLE, {})]


def test_windows_1256_text_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(ARTICLE.encode("cp1256"))
    [item] = _items(p)
    assert isinstance(item, RawArticle) and item.text == ARTICLE


def test_garbage_file_is_a_recorded_failure(tmp_path: Path) -> None:
    p = tmp_path / "garbage.txt"
    p.write_bytes(bytes(range(256)) * 20)
    [item] = _items(p)
    assert isinstance(item, BadRecord)
    assert item.stage == "decode" and "binary" in item.reason


def test_invalid_utf8_is_a_recorded_failure(tmp_path: Path) -> None:
    p = tmp_path / "broken.txt"
    p.write_bytes(ARTICLE.encode("utf-8")[:-1] + b"\xd9\xd9" + ARTICLE.encode("utf-8"))
    [item] = _items(p)
    assert isinstance(item, BadRecord) and "UTF-8" in item.reason


def test_empty_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "empty.jsonl"
    p.write_text("\n\n", encoding="utf-8")
    [item] = _items(p)
    assert isinstance(item, BadRecord) and "empty" in item.reason


def test_jsonl_bad_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join([
        json.dumps({"text": ARTICLE, "source": "x", "date": "2015-08-01"}, ensure_ascii=False),
        "{not json",
        json.dumps({"title": "no text"}, ensure_ascii=False),
        json.dumps([1, 2]),
        json.dumps({"content": ARTICLE + " ثانية", "url": "http://e.com/1"}, ensure_ascii=False),
    ]), encoding="utf-8")
    items = _items(p)
    assert [type(i).__name__ for i in items] == ["RawArticle", "BadRecord", "BadRecord",
                                                 "BadRecord", "RawArticle"]
    assert items[0] == RawArticle(f"{p}:1", ARTICLE, {"source": "x", "published": "2015-08-01"})
    assert items[1].locator == f"{p}:2" and "bad JSON" in items[1].reason  # type: ignore[union-attr]
    assert "no text" in items[2].reason  # type: ignore[union-attr]
    assert items[4].meta == {"url": "http://e.com/1"}  # type: ignore[union-attr]


def test_csv(tmp_path: Path) -> None:
    p = tmp_path / "a.csv"
    p.write_text(f'title,content,source\n"عنوان","{ARTICLE}",sabq\n', encoding="utf-8")
    [item] = _items(p)
    assert item == RawArticle(f"{p}:2", ARTICLE, {"title": "عنوان", "source": "sabq"})


def _saudinewsnet_zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def test_zip_in_saudinewsnet_layout_with_a_broken_member(tmp_path: Path) -> None:
    good = json.dumps([{"source": "sabq", "url": "http://sabq.org/1",
                        "date_extracted": "2015-08-03 10:00:00", "title": "عنوان", "author": "",
                        "content": " " + ARTICLE}], ensure_ascii=False).encode()
    p = tmp_path / "2015-08-03.zip"
    _saudinewsnet_zip(p, {"2015-08-03.json": good, "bad.json": b"[{\"content\": ",
                          "zz.json": good.replace(b"sabq", b"okaz")})
    # Corrupt the last member's compressed bytes in place: its CRC check fails on read.
    raw = bytearray(p.read_bytes())
    with zipfile.ZipFile(p) as zf:
        info = zf.getinfo("zz.json")
    offset = info.header_offset + 30 + len(info.filename) + len(info.extra) + 5
    raw[offset:offset + 8] = b"\x00" * 8
    p.write_bytes(bytes(raw))
    items = _items(p)
    assert isinstance(items[0], RawArticle)
    assert items[0].locator == f"{p}!2015-08-03.json#0"
    assert items[0].meta == {"source": "sabq", "url": "http://sabq.org/1",
                             "published": "2015-08-03 10:00:00", "title": "عنوان"}
    assert isinstance(items[1], BadRecord) and items[1].locator == f"{p}!bad.json"
    assert isinstance(items[2], BadRecord) and items[2].locator == f"{p}!zz.json"
    assert "broken zip member" in items[2].reason or "bad JSON" in items[2].reason


def test_not_a_zip(tmp_path: Path) -> None:
    p = tmp_path / "x.zip"
    p.write_bytes(b"PK\x03\x04 this is not a zip at all")
    [item] = _items(p)
    assert isinstance(item, BadRecord) and "zip" in item.reason


def test_html_file_through_trafilatura(tmp_path: Path) -> None:
    from tests.ingest.conftest import PAGES

    p = tmp_path / "page.html"
    p.write_text(PAGES["/article.html"], encoding="utf-8")
    [item] = _items(p)
    assert isinstance(item, RawArticle)
    assert "المحادثات مع الولايات المتحدة" in item.text
    assert "جميع الحقوق" not in item.text  # boilerplate dropped
    assert item.meta["title"] == "الجبير: المحادثات مستمرة"
    assert item.meta["published"] == "2015-08-02"


def test_directory_sorted_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE + " أ", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    assert [i.locator for i in _items(tmp_path)] == [str(tmp_path / "a.txt"),
                                                     str(tmp_path / "b.txt")]
    [missing] = _items(tmp_path / "nope.jsonl")
    assert isinstance(missing, BadRecord) and "no such file" in missing.reason
