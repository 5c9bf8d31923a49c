"""Hand-built Documents for event tests: real Arabic sentences with hand-placed layers."""

from __future__ import annotations

from marsad.components.text import TextSegmenter
from marsad.document import Document, Entity, Mention, Quote, Span, Speaker


def doc_with(text: str, ents: list[tuple[str, str, str, str]] | None = None,
             published: str | None = "2015-07-27") -> Document:
    """A segmented Document with mentions of ``(surface, label, entity id, name_en)``.

    Each surface is placed at its first occurrence in ``text``.
    """
    doc = TextSegmenter()(Document(text=text, meta={"published": published}))
    entities: dict[str, Entity] = {}
    mentions: list[Mention] = []
    for i, (surface, label, eid, name_en) in enumerate(ents or [], 1):
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), surface, id=f"m{i}", label=label,
                                entity=eid))
        entities.setdefault(eid, Entity(eid, label, surface, name_en))
    doc.mentions = sorted(mentions, key=lambda m: m.start)
    doc.entities = list(entities.values())
    doc.validate()
    return doc


def add_quote(doc: Document, content: str, cue: str | None, speaker: str,
              kind: str = "person", qid: str = "q1") -> Document:
    """Add a quote whose content, cue and speaker mention are the first occurrences given."""
    text = doc.text
    c = text.index(content)
    cue_span = None
    if cue is not None:
        k = text.index(cue)
        cue_span = Span(k, k + len(cue), cue)
    s = text.index(speaker)
    doc.quotes.append(Quote(qid, "indirect", Span(c, c + len(content), content), cue_span,
                            Speaker(speaker, kind, None, Span(s, s + len(speaker), speaker))))
    doc.validate()
    return doc
