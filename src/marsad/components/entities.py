"""Entity components: KB name matching (``kb_mentions``) and resolution (``entities``).

``marsad.kb_mentions.v1`` adds the KB names the mention layer missed, so that
entities are found even when the NER model is weak or absent;
``marsad.entities.v1`` groups mentions into entities, links them to the shipped
KB (Wikidata QID when certain, English name always), resolves metonymy, keeps
titles as roles, and links nationality adjectives as modifiers.
"""

from __future__ import annotations

from typing import Any

from marsad.document import Document, Mention
from marsad.errors import ConfigError
from marsad.kb import KnowledgeBase, load_kb
from marsad.pipeline.registry import register
from marsad.resolve import find_names, resolve, words_of
from marsad.resolve.words import skip_letters


def _kb_setting(name: str, settings: dict[str, Any]) -> KnowledgeBase:
    extra = sorted(set(settings) - {"kb"})
    if extra:
        raise ConfigError(f"[components.{name}] unknown settings {extra}", code="M025")
    path = settings.get("kb")
    if path is not None and not isinstance(path, str):
        raise ConfigError(f"[components.{name}] kb must be a path string", code="M025")
    return load_kb(path)


class KBMentionMatcher:
    """Adds mentions for KB names (longest match over folded words, clitics split)."""

    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, name: str = "kb_mentions", kb: KnowledgeBase | None = None) -> None:
        self.name = name
        self.kb = kb if kb is not None else load_kb()

    def __call__(self, doc: Document) -> Document:
        words = words_of(doc)
        blocked = [False] * len(words)
        for m in doc.mentions:
            i = words.index_at(m.start)
            while i < len(words) and words.starts[i] < m.end:
                blocked[i] = True
                i += 1
        text = doc.text
        added: list[Mention] = []
        for hit in find_names(self.kb, words, blocked):
            start = skip_letters(text, hit.start, len(hit.clitic)) if hit.clitic else hit.start
            if start >= hit.end:
                continue
            label = self.kb.entries[hit.entry].label
            added.append(Mention(start, hit.end, text[start : hit.end], "", label,
                                 component=self.name))
        if added:
            merged = sorted([*doc.mentions, *added], key=lambda m: (m.start, m.end))
            doc.mentions = [Mention(m.start, m.end, m.text, f"m{n}", m.label, m.entity,
                                    m.component) for n, m in enumerate(merged, 1)]
        return doc


class EntityResolver:
    """Fills ``entities``, sets ``Mention.entity`` and fills ``modifiers``."""

    requires: tuple[str, ...] = ("mentions",)
    assigns: tuple[str, ...] = ("mentions", "entities", "modifiers")

    def __init__(self, name: str = "entities", kb: KnowledgeBase | None = None) -> None:
        self.name = name
        self.kb = kb if kb is not None else load_kb()

    def __call__(self, doc: Document) -> Document:
        res = resolve(doc.text, words_of(doc), list(doc.mentions), self.kb, self.name)
        doc.mentions = res.mentions
        doc.entities = res.entities
        doc.modifiers = res.modifiers
        return doc


@register("marsad.kb_mentions.v1")
def make_kb_mentions(name: str, settings: dict[str, Any]) -> KBMentionMatcher:
    """Factory for :class:`KBMentionMatcher` (setting ``kb``: a KB folder, optional)."""
    return KBMentionMatcher(name, _kb_setting(name, settings))


@register("marsad.entities.v1")
def make_entities(name: str, settings: dict[str, Any]) -> EntityResolver:
    """Factory for :class:`EntityResolver` (setting ``kb``: a KB folder, optional)."""
    return EntityResolver(name, _kb_setting(name, settings))
