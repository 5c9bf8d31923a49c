"""What a source yields: an article to analyse, or a record that could not be one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

STAGES: tuple[str, ...] = ("read", "decode", "parse", "fetch", "extract", "language",
                           "analysis", "store", "duplicate")
"""Where a bad record was stopped (the ``failures.stage`` column)."""


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article's text and metadata, and where it was read from."""

    locator: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record that did not become a document, with the reason."""

    locator: str
    stage: str
    reason: str


@dataclass(frozen=True, slots=True)
class Seen:
    """An article whose text is already stored (or queued): only its locator is noted."""

    doc_id: str
    locator: str
