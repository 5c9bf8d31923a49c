"""The Document: one article's text and its standoff annotation layers."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from marsad.document.spans import (
    Entity,
    Event,
    Failure,
    Mention,
    Modifier,
    Quote,
    Sentence,
    Span,
    Token,
)
from marsad.errors import DocumentError

SCHEMA_VERSION = "1"
LAYERS: tuple[str, ...] = (
    "sentences", "tokens", "mentions", "modifiers", "entities", "quotes", "events", "failures",
)
META_KEYS: tuple[str, ...] = ("url", "source", "title", "published", "language")


def text_id(text: str) -> str:
    """A stable id for an article: the first 16 hex digits of its text's SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Document:
    """An article (``text``, never changed) with its annotation layers.

    Layers are lists in text order; every span in them slices back from
    ``text``, which :meth:`validate` checks (the constructor calls it).
    """

    text: str
    id: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    modifiers: list[Modifier] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Document text must be str, not {type(self.text).__name__}")
        if not self.id:
            self.id = text_id(self.text)
        for key in META_KEYS:
            self.meta.setdefault(key, "ar" if key == "language" else None)
        self.validate()

    def spans(self, layers: Iterable[str] | None = None) -> Iterator[Span]:
        """Every span in the given layers (default: all), nested ones included."""
        wanted = set(LAYERS if layers is None else layers)
        if "sentences" in wanted:
            yield from self.sentences
        if "tokens" in wanted:
            yield from self.tokens
        if "mentions" in wanted:
            yield from self.mentions
        if "modifiers" in wanted:
            for mod in self.modifiers:
                yield mod
                if mod.head is not None:
                    yield mod.head
        if "quotes" in wanted:
            for q in self.quotes:
                yield q.content
                if q.cue is not None:
                    yield q.cue
                if q.speaker.mention is not None:
                    yield q.speaker.mention
        if "events" in wanted:
            for ev in self.events:
                yield ev.trigger
                yield from ev.other_triggers
                if ev.date is not None and ev.date.span is not None:
                    yield ev.date.span

    def validate(self, layers: Iterable[str] | None = None) -> None:
        """Check spans against the text and every reference between layers.

        Args:
            layers: only check the spans of these layers (default: all).

        Raises:
            DocumentError: a span that does not slice back, or a dangling id.
        """
        text = self.text
        for span in self.spans(layers):
            if text[span.start : span.end] != span.text:
                span.check(text)
        entity_ids = {e.id for e in self.entities}
        if len(entity_ids) != len(self.entities):
            raise DocumentError("entity ids are not unique", code="M016")
        for m in self.mentions:
            if m.entity is not None and m.entity not in entity_ids:
                raise DocumentError(f"mention {m.id} points to unknown entity {m.entity}", code="M016")
        quote_ids = {q.id for q in self.quotes}
        for q in self.quotes:
            if q.speaker.entity is not None and q.speaker.entity not in entity_ids:
                raise DocumentError(f"quote {q.id} points to unknown entity", code="M016")
        for ev in self.events:
            for ref in (ev.actor, ev.recipient, ev.location):
                if ref is not None and ref not in entity_ids:
                    raise DocumentError(f"event {ev.id} points to unknown entity {ref}", code="M016")
            if ev.quote is not None and ev.quote not in quote_ids:
                raise DocumentError(f"event {ev.id} points to unknown quote {ev.quote}", code="M016")
            if ev.sentence is not None and not 0 <= ev.sentence < max(1, len(self.sentences)):
                raise DocumentError(f"event {ev.id} has sentence {ev.sentence} out of range", code="M016")

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` of this document's text."""
        return Span.of(self.text, start, end)

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None."""
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def sentence_index(self, offset: int) -> int | None:
        """The index of the sentence containing ``offset``, or None."""
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return None
