"""Main text and metadata of a news page, via trafilatura."""

from __future__ import annotations

import logging
from typing import Any

import trafilatura

from marsad.errors import InputError

log = logging.getLogger(__name__)


def looks_like_html(text: str) -> bool:
    """Whether decoded text is an HTML page rather than plain text."""
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and ("<body" in head or "<p" in head or "<div" in head))


def extract_html(html: str, *, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """The article text and meta (title, published, author, url) of an HTML page.

    Raises:
        InputError: trafilatura finds no main text (it would return None).
    """
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            favor_precision=True)
    except Exception as err:  # noqa: BLE001 - a parser crash is a bad record, not ours
        raise InputError(f"HTML extraction failed: {type(err).__name__}: {err}",
                         code="M047") from None
    if result is None:
        raise InputError("no main text found in the HTML page", code="M047")
    data: dict[str, Any] = result if isinstance(result, dict) else result.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        raise InputError("no main text found in the HTML page", code="M047")
    meta: dict[str, Any] = {
        "title": data.get("title") or None,
        "published": data.get("date") or None,
        "author": data.get("author") or None,
        "url": data.get("url") or url,
        "source": data.get("sitename") or data.get("hostname") or None,
    }
    return text, {k: v for k, v in meta.items() if isinstance(v, str) and v}
