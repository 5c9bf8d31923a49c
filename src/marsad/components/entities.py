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
from marsad.kb import KBEntry, KnowledgeBase, load_kb
from marsad.kb.keys import clitic_variants, name_key
from marsad.pipeline.registry import register
from marsad.resolve import find_names, resolve, words_of
from marsad.resolve.context import (
    ADMIN_WORDS,
    CURRENCIES,
    FACILITY_HEADS,
    GENERIC_INSTITUTIONS,
    NAME_TITLES,
    NASAB,
    NOT_MODIFIED,
    NOT_NAMES,
    PERSON_TITLES,
    SPAN_HEADS,
)
from marsad.resolve.words import Words, skip_letters

# Sources whose label for a name is more reliable than a statistical tagger's.
_TRUSTED = frozenset({"curated", "countries+curated", "countries", "countries+translit"})


def _kb_setting(name: str, settings: dict[str, Any]) -> KnowledgeBase:
    extra = sorted(set(settings) - {"kb"})
    if extra:
        raise ConfigError(f"[components.{name}] unknown settings {extra}", code="M025")
    path = settings.get("kb")
    if path is not None and not isinstance(path, str):
        raise ConfigError(f"[components.{name}] kb must be a path string", code="M025")
    return load_kb(path)


class KBMentionMatcher:
    """Adds the KB names the mention layer missed and repairs its spans against the KB.

    - A KB name no mention touches becomes a mention.
    - A KB name that covers mentions (``الإسلام`` inside ``نصرة الإسلام والمسلمين``)
      replaces them; one that a mention covers only with a title or generic head
      more (``الرئيس باراك أوباما``) replaces it too; a KB record of a curated
      or country source also fixes the label of a mention with the same span.
    - A mention that is only a nationality adjective (``الأمريكي``) or a generic
      institution with one (``الجيش المالي``) is dropped: the spec makes the
      adjective a modifier, which the resolver links.
    """

    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, name: str = "kb_mentions", kb: KnowledgeBase | None = None) -> None:
        self.name = name
        self.kb = kb if kb is not None else load_kb()

    def __call__(self, doc: Document) -> Document:
        words = words_of(doc)
        text = doc.text
        kb = self.kb
        kept: list[Mention] = []
        changed = False
        added = 0
        for m in doc.mentions:
            i, j = words.span_of(m.start, m.end)
            t = None if self._adjectival(words, i, j) else self._trim(words, m, i, j)
            changed = changed or t is not m
            if t is not None:
                kept.append(t)
        for hit in find_names(kb, words, [False] * len(words.folded)):
            start = skip_letters(text, hit.start, len(hit.clitic)) if hit.clitic else hit.start
            end = hit.end
            if start >= end:
                continue
            entry = kb.entries[hit.entry]
            trusted = entry.source in _TRUSTED
            over = [m for m in kept if m.start < end and start < m.end]
            label = entry.label
            if over:
                same = len(over) == 1 and (over[0].start, over[0].end) == (start, end)
                inside = all(start <= m.start and m.end <= end for m in over)
                extra = len(over) == 1 and over[0].start <= start and end <= over[0].end and (
                    self._only_titles(text[over[0].start : start]))
                if same:
                    if not trusted or over[0].label == label:
                        continue
                elif not (inside or extra):
                    continue  # the mention layer saw a longer or crossing name: keep it
                if not trusted and len(over) == 1:
                    label = over[0].label
                gone = {id(m) for m in over}
                kept = [m for m in kept if id(m) not in gone]
            added += 1
            kept.append(Mention(start, end, text[start:end], f"k{added}", label,
                                component=self.name))
            changed = True
        if changed:
            # Added mentions get ids of their own; the resolver numbers all of them in text
            # order (m1, m2 ...), so they are not rebuilt twice.
            kept.sort(key=lambda m: (m.start, m.end))
            doc.mentions = kept
        return doc

    def _trim(self, words: Words, m: Mention, i: int, j: int) -> Mention | None:
        """A mention by the spec's span rules.

        An administrative word or a title before the name stays out (``مدينة العريش`` ->
        ``العريش``); a name that runs on into a person's title is cut there
        (``الجامعة العربية السفير أحمد`` -> ``الجامعة العربية``); a facility named as a
        person (``معسكر عبود``) is a place; ``الله`` alone and currency words are not
        named things (None).
        """
        ws = words.folded[i:j]
        if len(ws) == 1 and (ws[0] in NOT_NAMES or ws[0] in CURRENCIES):
            return None
        label = m.label
        if label == "PER" and len(ws) > 1 and ws[0] in FACILITY_HEADS:
            label = "LOC"
        k = i
        while k + 1 < j and words.starts[k] >= m.start and (
                words.folded[k] in ADMIN_WORDS
                or (label == "PER" and words.folded[k] in NAME_TITLES)):
            k += 1
        end_j = next((x for x in range(k + 1, j) if words.folded[x] in PERSON_TITLES
                      and words.folded[x - 1] not in NASAB), j)  # آل الشيخ is a family
        if k == i and end_j == j and label == m.label:
            return m
        start = words.starts[k] if k > i else m.start
        end = words.ends[end_j - 1] if end_j < j else m.end
        if end <= start:
            return m
        return Mention(start, end, m.text[start - m.start : end - m.start], m.id, label,
                       m.entity, m.component)

    def _adjectival(self, words: Words, i: int, j: int) -> bool:
        """A tagger mention (words ``[i, j)``) that is an adjective, not a name: a nisba
        agreeing with the noun before it (``المتمردين الحوثيين``, ``بديل أمريكي``), or a
        generic institution with one (``الجيش المالي``). A nisba used as a noun
        (``الأمريكيون``, ``قصف الحوثيين``) stays a mention."""
        ws = words.folded[i:j]
        forms = self.kb.nisba_forms
        if len(ws) == 2:
            return ws[1] in forms and ws[0] in GENERIC_INSTITUTIONS
        if len(ws) != 1 or ws[0] not in forms or ws[0] in self.kb.country_names or i == 0:
            return False
        prev = words.folded[i - 1]
        if not prev[:1].isalpha() or prev in NOT_MODIFIED:
            return False
        prev_definite = any(v.startswith("ال") for v in clitic_variants(prev))
        return prev_definite == ws[0].startswith("ال")

    @staticmethod
    def _only_titles(prefix: str) -> bool:
        ws = name_key(prefix).split()
        return bool(ws) and all(w in NAME_TITLES or w in SPAN_HEADS for w in ws)


class EntityResolver:
    """Fills ``entities``, sets ``Mention.entity`` and fills ``modifiers``."""

    requires: tuple[str, ...] = ("mentions",)
    assigns: tuple[str, ...] = ("mentions", "entities", "modifiers")

    def __init__(self, name: str = "entities", kb: KnowledgeBase | None = None) -> None:
        self.name = name
        self.kb = kb if kb is not None else load_kb()
        self._cache: dict[str, tuple[list[KBEntry], str]] = {}

    def __call__(self, doc: Document) -> Document:
        res = resolve(doc.text, words_of(doc), list(doc.mentions), self.kb, self.name,
                      self._cache)
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
