"""Turn each SOURCE of ``marsad ingest`` into articles and bad records, in a fixed order.

A source is a URL (an article page or an RSS/Atom feed), a directory (every
file under it, sorted), or a file: ``.txt``, ``.html``/``.htm``, ``.jsonl``/
``.ndjson``, ``.csv``, ``.json`` (one article or a list) or ``.zip`` (members
of those kinds; SaudiNewsNet ships zips each holding one JSON list).

Nothing here raises on bad input: every problem becomes a :class:`BadRecord`
with a locator (``file.jsonl:12``, ``day.zip!day.json#40``) and the reason.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from marsad.errors import MarsadError
from marsad.ingest.feeds import is_feed, parse_feed
from marsad.ingest.fetch import Fetcher
from marsad.ingest.html import extract_html, looks_like_html
from marsad.ingest.records import BadRecord, RawArticle
from marsad.text import MAX_INPUT_BYTES, decode_bytes

Item = RawArticle | BadRecord

TEXT_FIELDS = ("text", "content", "body", "article")
DATE_FIELDS = ("published", "date", "date_published", "pubDate", "date_extracted")
META_FIELDS = {"title": ("title", "headline"), "url": ("url", "link"),
               "source": ("source", "outlet", "site"), "author": ("author", "byline")}
MAX_ARCHIVE_BYTES = 512 * 1024 * 1024
"""Cap on one archive member or JSON/CSV file (uncompressed)."""

_SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
             ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
             ".zip": "zip"}


def _first(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = obj.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool) and name in DATE_FIELDS:
            return str(value)
    return None


def from_record(obj: Any, locator: str) -> Item:
    """An article from one JSON/CSV record (``text``/``content`` and metadata fields)."""
    if not isinstance(obj, dict):
        return BadRecord(locator, "parse", f"a record must be an object, not {type(obj).__name__}")
    text = _first(obj, TEXT_FIELDS)
    if text is None:
        html = _first(obj, ("html",))
        if html is None:
            return BadRecord(locator, "parse",
                             f"no text: none of the fields {', '.join(TEXT_FIELDS)} has text")
        try:
            text, extracted = extract_html(html, url=_first(obj, ("url", "link")))
        except MarsadError as err:
            return BadRecord(locator, "extract", err.message)
    else:
        extracted = {}
    if len(text) > MAX_INPUT_BYTES:
        return BadRecord(locator, "read", f"text of {len(text)} characters is over the limit")
    meta: dict[str, Any] = dict(extracted)
    for key, names in META_FIELDS.items():
        value = _first(obj, names)
        if value is not None:
            meta[key] = value
    published = _first(obj, DATE_FIELDS)
    if published is not None:
        meta["published"] = published
    return RawArticle(locator, text, meta)


def _decode(data: bytes, locator: str) -> str | BadRecord:
    try:
        return decode_bytes(data, name=locator)
    except MarsadError as err:
        return BadRecord(locator, "decode", err.message)


def _text_or_html(data: bytes, locator: str, kind: str, url: str | None = None) -> Item:
    text = _decode(data, locator)
    if isinstance(text, BadRecord):
        return text
    if kind == "html" or (kind == "sniff" and looks_like_html(text)):
        try:
            body, meta = extract_html(text, url=url)
        except MarsadError as err:
            return BadRecord(locator, "extract", err.message)
        return RawArticle(locator, body, meta)
    text = text.strip()
    if not text:
        return BadRecord(locator, "read", "empty text")
    return RawArticle(locator, text, {})


def _jsonl(data: bytes, locator: str) -> Iterator[Item]:
    text = _decode(data, locator)
    if isinstance(text, BadRecord):
        yield text
        return
    count = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        count += 1
        where = f"{locator}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield BadRecord(where, "parse", f"bad JSON: {err.msg} at column {err.colno}")
            continue
        yield from_record(obj, where)
    if not count:
        yield BadRecord(locator, "read", "empty JSON Lines file: no records")


def _json(data: bytes, locator: str) -> Iterator[Item]:
    text = _decode(data, locator)
    if isinstance(text, BadRecord):
        yield text
        return
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        # A .json file may be JSON Lines after all.
        if err.msg == "Extra data":
            yield from _jsonl(data, locator)
            return
        yield BadRecord(locator, "parse", f"bad JSON: {err.msg} at line {err.lineno}")
        return
    if isinstance(obj, dict) and isinstance(obj.get("articles"), list):
        obj = obj["articles"]
    if isinstance(obj, list):
        if not obj:
            yield BadRecord(locator, "read", "empty JSON list: no records")
        for i, rec in enumerate(obj):
            yield from_record(rec, f"{locator}#{i}")
    else:
        yield from_record(obj, locator)


def _csv(data: bytes, locator: str) -> Iterator[Item]:
    text = _decode(data, locator)
    if isinstance(text, BadRecord):
        yield text
        return
    csv.field_size_limit(MAX_INPUT_BYTES)
    count = 0
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        for row in reader:
            count += 1
            yield from_record({k: v for k, v in row.items() if isinstance(k, str)},
                              f"{locator}:{reader.line_num}")
    except csv.Error as err:
        yield BadRecord(f"{locator}:{count + 1}", "parse", f"bad CSV: {err}")
    if not count:
        yield BadRecord(locator, "read", "empty CSV file: no records")


def _by_kind(kind: str, data: bytes, locator: str) -> Iterator[Item]:
    if kind == "jsonl":
        yield from _jsonl(data, locator)
    elif kind == "json":
        yield from _json(data, locator)
    elif kind == "csv":
        yield from _csv(data, locator)
    else:
        yield _text_or_html(data, locator, kind)


def _zip(path: Path) -> Iterator[Item]:
    locator = str(path)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as err:
        yield BadRecord(locator, "read", f"not a readable zip: {err}")
        return
    with zf:
        members = [m for m in zf.infolist() if not m.is_dir()]
        if not members:
            yield BadRecord(locator, "read", "empty zip: no members")
        for info in members:
            where = f"{locator}!{info.filename}"
            kind = _SUFFIXES.get(Path(info.filename).suffix.lower(), "sniff")
            if kind == "zip":
                yield BadRecord(where, "read", "nested zip archives are not read")
                continue
            if info.file_size > MAX_ARCHIVE_BYTES:
                yield BadRecord(where, "read", f"member of {info.file_size} bytes is over the "
                                f"{MAX_ARCHIVE_BYTES}-byte cap")
                continue
            try:
                with zf.open(info) as fh:
                    data = fh.read(MAX_ARCHIVE_BYTES + 1)
            except Exception as err:  # noqa: BLE001 - BadZipFile (CRC), zlib.error, EOFError...
                yield BadRecord(where, "read", f"broken zip member: {type(err).__name__}: {err}")
                continue
            yield from _by_kind(kind, data, where)


def _file(path: Path) -> Iterator[Item]:
    kind = _SUFFIXES.get(path.suffix.lower(), "sniff")
    if kind == "zip":
        yield from _zip(path)
        return
    limit = MAX_INPUT_BYTES if kind in ("text", "html", "sniff") else MAX_ARCHIVE_BYTES
    try:
        size = path.stat().st_size
        if size > limit:
            yield BadRecord(str(path), "read", f"{size} bytes is over the {limit}-byte cap")
            return
        data = path.read_bytes()
    except OSError as err:
        yield BadRecord(str(path), "read", f"cannot read: {err.strerror or err}")
        return
    yield from _by_kind(kind, data, str(path))


def _directory(path: Path) -> Iterator[Item]:
    files = sorted(p for p in path.rglob("*")
                   if p.is_file() and not any(part.startswith(".")
                                              for part in p.relative_to(path).parts))
    if not files:
        yield BadRecord(str(path), "read", "empty directory: no files")
    for p in files:
        yield from _file(p)


def _url(url: str, fetcher: Fetcher, max_feed_entries: int) -> Iterator[Item]:
    try:
        page = fetcher.fetch(url)
    except MarsadError as err:
        yield BadRecord(url, "fetch", err.message)
        return
    if is_feed(page.content_type, page.body):
        try:
            entries = parse_feed(page.body, url=page.url, max_entries=max_feed_entries)
        except MarsadError as err:
            yield BadRecord(url, "parse", err.message)
            return
        for entry in entries:
            link = urljoin(page.url, entry.link)
            try:
                article = fetcher.fetch(link)
            except MarsadError as err:
                yield BadRecord(link, "fetch", err.message)
                continue
            item = _page(article.body, link, article.content_type, article.url)
            if isinstance(item, RawArticle):
                meta = dict(item.meta)
                for key, value in (("title", entry.title), ("published", entry.published),
                                   ("author", entry.author)):
                    if value and not meta.get(key):
                        meta[key] = value
                item = RawArticle(item.locator, item.text, meta)
            yield item
        return
    yield _page(page.body, url, page.content_type, page.url)


def _page(body: bytes, locator: str, content_type: str, final_url: str) -> Item:
    ctype = content_type.split(";")[0].strip().lower()
    kind = "text" if ctype == "text/plain" else "html" if "html" in ctype else "sniff"
    item = _text_or_html(body, locator, kind, url=final_url)
    if isinstance(item, RawArticle):
        meta = dict(item.meta)
        meta["url"] = final_url
        item = RawArticle(item.locator, item.text, meta)
    return item


def is_url(source: str) -> bool:
    """Whether a SOURCE argument is a URL (anything with a scheme but a Windows drive)."""
    head, sep, _ = source.partition("://")
    return bool(sep) and head.isalpha() and len(head) > 1


def iter_source(source: str, fetcher: Callable[[], Fetcher], *,
                max_feed_entries: int = 500) -> Iterator[Item]:
    """Every article and bad record of one SOURCE, in a fixed order.

    ``fetcher`` makes the :class:`Fetcher` on first need, so local ingests
    never open an HTTP client.
    """
    if is_url(source):
        yield from _url(source, fetcher(), max_feed_entries)
        return
    path = Path(source)
    if path.is_dir():
        yield from _directory(path)
    elif path.is_file():
        yield from _file(path)
    elif path.exists():
        yield BadRecord(source, "read", "not a regular file or directory")
    else:
        yield BadRecord(source, "read", "no such file or directory")
