"""The quotes component: reported speech with its cue and speaker."""

from __future__ import annotations

from typing import Any

from marsad.document import Document, Quote, Span, Speaker
from marsad.errors import ConfigError
from marsad.pipeline.registry import register
from marsad.quotes import EntityMention, find_quotes, load_lexicon, resolve_speakers
from marsad.quotes.finder import token_keys


class QuoteFinder:
    """Fills ``quotes``. Uses ``mentions``/``entities`` when an earlier component
    filled them (names and entity links), and works without them."""

    requires: tuple[str, ...] = ("sentences", "tokens")
    assigns: tuple[str, ...] = ("quotes",)

    def __init__(self, name: str = "quotes") -> None:
        self.name = name
        self.lexicon = load_lexicon()

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        names = {e.id: e.name for e in doc.entities}
        mentions = [
            EntityMention(m.start, m.end, m.label, m.entity,
                          names.get(m.entity, m.text) if m.entity else m.text)
            for m in doc.mentions
        ]
        toks = doc.tokens
        spans = [(t.start, t.end) for t in toks]
        keys = token_keys([t.text for t in toks])
        found = find_quotes(text, spans, [(s.start, s.end) for s in doc.sentences],
                            self.lexicon, keys)
        resolved = resolve_speakers(text, found, self.lexicon, mentions,
                                    [a for a, _ in spans], keys)
        quotes = []
        for n, r in enumerate(resolved, 1):
            f = r.found
            mention = Span.of(text, *r.mention) if r.mention else None
            entity = r.entity if r.entity in names else None
            quotes.append(Quote(
                id=f"q{n}", kind=f.kind, content=Span.of(text, *f.content),
                cue=Span.of(text, *f.cue),
                speaker=Speaker(r.speaker, r.kind, entity, mention), component=self.name,
            ))
        doc.quotes = quotes
        return doc


@register("marsad.quotes.v1")
def make_quotes(name: str, settings: dict[str, Any]) -> QuoteFinder:
    """Factory for :class:`QuoteFinder` (takes no settings)."""
    if settings:
        raise ConfigError(f"[components.{name}] takes no settings, got {sorted(settings)}",
                          code="M025")
    return QuoteFinder(name)
