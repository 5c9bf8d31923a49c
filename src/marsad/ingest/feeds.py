"""RSS and Atom feeds, via feedparser (on fetched bytes: feedparser never fetches)."""

from __future__ import annotations

from dataclasses import dataclass

import feedparser

from marsad.errors import InputError

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/feed+json")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: where the article is and what the feed says about it."""

    link: str
    title: str | None
    published: str | None
    author: str | None


def is_feed(content_type: str, body: bytes) -> bool:
    """Whether a fetched resource is an RSS/Atom feed."""
    ctype = content_type.split(";")[0].strip().lower()
    if ctype in _FEED_TYPES:
        return True
    head = body[:1024].lstrip().lower()
    if ctype in ("application/xml", "text/xml", "") or head.startswith(b"<?xml"):
        return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
    return False


def parse_feed(body: bytes, *, url: str, max_entries: int = 500) -> list[FeedEntry]:
    """The entries of a feed that link to an article.

    Raises:
        InputError: not a feed, or a feed with no entries.
    """
    parsed = feedparser.parse(body)
    if parsed.get("bozo") and not parsed.get("entries"):
        raise InputError(f"{url} is not a readable feed: {parsed.get('bozo_exception')}",
                         code="M048")
    entries: list[FeedEntry] = []
    for entry in parsed.get("entries", [])[:max_entries]:
        link = entry.get("link")
        if not isinstance(link, str) or not link:
            continue
        published = entry.get("published") or entry.get("updated")
        pp = entry.get("published_parsed") or entry.get("updated_parsed")
        if pp:
            published = f"{pp.tm_year:04d}-{pp.tm_mon:02d}-{pp.tm_mday:02d}"
        entries.append(FeedEntry(link=link, title=entry.get("title") or None,
                                 published=published or None,
                                 author=entry.get("author") or None))
    if not entries:
        raise InputError(f"the feed {url} has no entries with links", code="M048")
    return entries
