"""Group an article's mentions into entities, link them to the KB, find modifiers.

Steps (pure: :func:`resolve` returns new layers; the component writes them):

1. Each mention gets a key (folded words, compound first names joined) and KB
   candidates, trying the name with its proclitic split off and with a generic
   head dropped (``جماعة نصرة الإسلام والمسلمين`` -> ``نصرة الإسلام والمسلمين``).
2. A capital or seat of power links to its country when the context makes it an
   actor (``واشنطن تسعى``, ``أعلن الكرملين``) and to the city or building when it
   is a place (``في واشنطن``); a seat defaults to its country, a capital to itself.
3. A person named by part of a longer name in the same article (``إدريس`` after
   ``محمد إدريس``) joins that person, before any KB reading of the short name.
4. Mentions with the same KB record, or unlinked ones with the same bare key
   (article dropped), form one entity; its ``name`` is the KB's Arabic name or
   the longest mention, ``name_en`` the KB's English name or a romanisation.
5. Nationality adjectives outside mentions (``الأمريكي``, ``المالية``) become
   modifiers of their country's entity (created if no mention names it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.document import Entity, Mention, Modifier, Span
from marsad.kb import KBEntry, KnowledgeBase
from marsad.kb.keys import bare_key, clitic_variants, name_key, strip_article
from marsad.resolve.context import FINANCE_HEADS, HEADS, NASAB, is_actor_use, roles_around
from marsad.resolve.words import Words, skip_letters
from marsad.text import fold

_INSTITUTION_HEADS = frozenset(fold(w) for w in [
    "وزارة", "هيئة", "مجلس", "جامعة", "مؤسسة", "شركة", "بنك", "مصرف", "جمعية", "لجنة",
    "إدارة", "مديرية", "رئاسة", "أمانة", "مركز", "صندوق", "وكالة", "الهيئة", "المجلس",
    "الوزارة", "اللجنة"])
_HEADS_ANY = HEADS | frozenset("ال" + h for h in HEADS)
_COMPATIBLE: dict[str, frozenset[str]] = {
    "PER": frozenset({"person"}),
    "ORG": frozenset({"org", "seat", "misc"}),
    "LOC": frozenset({"country", "capital", "city", "region", "seat"}),
    "MISC": frozenset({"misc", "people", "org", "country", "region"}),
}


@dataclass(slots=True)
class _Item:
    """Working state of one mention."""

    mention: Mention
    i: int
    j: int
    key: str
    entry: KBEntry | None = None
    group: int = -1
    roles: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Resolution:
    """The layers resolution produces."""

    mentions: list[Mention]
    entities: list[Entity]
    modifiers: list[Modifier]


def _candidates(kb: KnowledgeBase, words: list[str]) -> tuple[list[KBEntry], str]:
    """KB records for a mention's folded words (as written, clitic split, head dropped).

    Returns:
        The records, best first, and the proclitic letters split off to find them.
    """
    if not words:
        return [], ""
    found = _candidates_once(kb, words)
    # A longer nasab than the KB has: محمد بن نايف بن عبدالعزيز -> محمد بن نايف.
    while not found[0] and len(words) >= 4 and words[-2] in NASAB:
        words = words[:-2]
        found = _candidates_once(kb, words)
    return found


def _candidates_once(kb: KnowledgeBase, words: list[str]) -> tuple[list[KBEntry], str]:
    for first in clitic_variants(words[0]):
        clitic = words[0][: len(words[0]) - len(first)] if words[0].endswith(first) else "ل"
        rest = words[1:]
        hits = kb.lookup_key(" ".join([first, *rest]))
        if hits:
            return hits, clitic
        if rest and first in _HEADS_ANY:
            hits = kb.lookup_key(" ".join(rest))
            if hits:
                return hits, clitic
    return [], ""


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def _part_of(short: list[str], long: list[str]) -> bool:
    """A person's shorter name inside the full one: ``إدريس`` in ``محمد إدريس``,
    ``عبداللطيف آل الشيخ`` in ``عبداللطيف بن عبدالملك آل الشيخ``."""
    if len(short) == 1:
        return short[0] in long
    return short[-1] == long[-1] and _subsequence(short, long)


def _edit1(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    k = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[k:] == long[k + 1 :]


def _one_letter_apart(a: list[str], b: list[str]) -> bool:
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and min(len(diff[0][0]), len(diff[0][1])) >= 5 and _edit1(*diff[0])


def _majority(labels: list[str]) -> str:
    """The most frequent label (the first seen on a tie)."""
    first = labels[0]
    if all(lab == first for lab in labels):
        return first
    counts: dict[str, int] = {}
    for lab in labels:
        counts[lab] = counts.get(lab, 0) + 1
    return max(counts, key=lambda lab: counts[lab])


def _pick(label: str, cands: list[KBEntry]) -> KBEntry | None:
    ok = _COMPATIBLE.get(label, frozenset())
    for e in cands:
        if e.kind in ok:
            return e
    # A label the NER got wrong still links to a curated or country record.
    for e in cands:
        if e.source in ("curated", "countries+curated", "countries") and e.kind != "person":
            return e
    return None


def _mention_words(words: Words, m: Mention) -> tuple[int, int]:
    i, j = words.span_of(m.start, m.end)
    return (i, i) if i >= len(words.folded) else (i, max(j, i + 1))


def resolve(doc_text: str, words: Words, mentions: list[Mention], kb: KnowledgeBase,
            component: str, cache: dict[str, tuple[list[KBEntry], str]] | None = None,
            ) -> Resolution:
    """Resolve ``mentions`` of one article into entities and modifiers.

    Args:
        cache: KB candidates by mention key, kept by the caller across documents.
    """
    if cache is None:
        cache = {}
    items: list[_Item] = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        i, j = _mention_words(words, m)
        items.append(_Item(m, i, j, name_key(m.text)))

    # 1-2: KB candidates and metonymy.
    for it in items:
        words_k = it.key.split()
        if not words_k:
            continue
        found = cache.get(it.key)
        if found is None:
            if len(cache) > 100_000:
                cache.clear()
            found = cache[it.key] = _candidates(kb, words_k)
        hits, clitic = found
        cand = _pick(it.mention.label, hits)
        if (cand is None and len(words_k) == 1 and it.mention.label != "PER"
                and words_k[0] in kb.nisba_forms):
            # A nationality word the tagger kept as a name (الأميركيون): its country.
            ci = kb.demonym.get(kb.nisba_forms[words_k[0]])
            cand = kb.entries[ci] if ci is not None else None
        if cand is not None and cand.kind in ("capital", "seat"):
            attached = clitic
            if it.i < len(words.folded) and words.starts[it.i] < it.mention.start:
                attached += doc_text[words.starts[it.i] : it.mention.start]
            actor = is_actor_use(words, it.i, it.j, attached)
            if actor is None:
                actor = cand.kind == "seat"
            if actor:
                country = kb.country_of(cand)
                if country is not None:
                    cand = country
        it.entry = cand

    # 3: short person names join the full name that contains them.
    pers = [(it, it.key.split()) for it in items if it.mention.label == "PER" and it.key]
    most_words = max((len(t) for _, t in pers), default=0)
    for it, toks in pers:
        if len(toks) >= most_words:
            continue
        best: _Item | None = None
        for other, ot in pers:
            if len(ot) <= len(toks) or other.key == it.key:
                continue
            inside = _part_of(toks, ot)
            # The nearest full name before it, else the first one after it.
            if inside and (best is None or (
                    other.mention.start < it.mention.start
                    and (best.mention.start > it.mention.start
                         or other.mention.start > best.mention.start))):
                best = other
        if best is not None:
            it.key = best.key
            it.entry = best.entry

    # One letter more or less in one long word of a person's name is a spelling variant
    # (كلينتون / كلنتون), not another person.
    seen_keys: list[list[str]] = []
    seen_set: set[str] = set()
    for it, toks in pers:
        if it.entry is not None or it.key in seen_set:
            continue
        seen_set.add(it.key)
        for ot in seen_keys:
            if len(ot) == len(toks) and _one_letter_apart(toks, ot):
                it.key = " ".join(ot)
                break
        else:
            seen_keys.append(toks)

    # Organisations and places: a shorter form with the same first and last words
    # (الخطوط السعودية / الخطوط الجوية العربية السعودية) joins the longer one.
    others = {it.key: it.key.split() for it in items
              if it.mention.label != "PER" and it.entry is None and " " in it.key}
    longer: dict[str, str] = {}
    for key, toks in others.items():
        for okey, ot in others.items():
            if (len(ot) > len(toks) and ot[0] == toks[0] and ot[-1] == toks[-1]
                    and _subsequence(toks, ot)):
                longer[key] = okey
                break
    # An institution named by its last word alone (الخارجية for وزارة الخارجية).
    for key, toks in others.items():
        if len(toks) == 2 and toks[0] in _INSTITUTION_HEADS:
            longer.setdefault(toks[1], key)
    if longer:
        for it in items:
            if it.entry is None and it.mention.label != "PER" and it.key in longer:
                it.key = longer[it.key]

    # 4: groups.
    groups: dict[str, int] = {}
    for it in items:
        if not it.key:
            continue
        g = f"kb:{it.entry.id}" if it.entry is not None else f"k:{bare_key(it.key)}"
        it.group = groups.setdefault(g, len(groups))

    # Person mentions with a title nearby.
    last_per_end = 0
    for it in items:
        if it.mention.label == "PER":
            it.roles = roles_around(words, it.i, it.j, last_per_end)
            last_per_end = it.j

    # 5: nationality adjectives outside mentions.
    covered = [False] * len(words.folded)
    for it in items:
        for k in range(it.i, min(it.j, len(words.folded))):
            covered[k] = True
    # Records the article names: by a mention of them, or of a capital or city of a country.
    linked_countries = {f"country:{it.entry.country}" for it in items
                        if it.entry is not None and it.entry.country}
    linked_countries |= {it.entry.id for it in items if it.entry is not None}
    country_names = kb.country_names
    # A nisba that ends a person's name in the article (أبو خليل السوداني ... أن السوداني)
    # is that person's short name, not an adjective of nationality.
    surnames = {words.folded[it.j - 1] for it in items
                if it.mention.label == "PER" and it.j - it.i >= 2 and it.j <= len(words.folded)}
    mods: list[tuple[int, KBEntry]] = []
    forms = kb.nisba_forms
    present = forms.keys() & (words.vocab or set(words.folded))
    for k in [k for k, w in enumerate(words.folded) if w in present] if present else []:
        w = words.folded[k]
        variants = clitic_variants(w)
        if covered[k] or any(v in surnames for v in variants):
            continue
        if any(v in country_names for v in variants) and not (
                w.startswith("ال") and k > 0 and words.folded[k - 1].startswith("ال")):
            continue  # the country's own name (مالي), not an adjective (الحكومة السعودية)
        raw = doc_text[words.starts[k] : words.ends[k]].rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
        if raw.endswith("ى"):
            continue  # اليمنى (right), not اليمني (Yemeni)
        for stem in (forms[w],):
            ci = kb.demonym.get(stem)
            if ci is None:
                continue
            country = kb.entries[ci]
            if stem in kb.ambiguous_demonyms:
                prev = words.folded[k - 1] if k > 0 else ""
                if country.id not in linked_countries or strip_article(prev) in FINANCE_HEADS:
                    break
            mods.append((k, country))
            break

    # Entities in order of first appearance: mention groups, then countries named
    # only by an adjective.
    group_items: dict[int, list[_Item]] = {}
    for it in items:
        if it.group >= 0:
            group_items.setdefault(it.group, []).append(it)
    slots: list[tuple[int, str, list[_Item], KBEntry | None]] = [
        (its[0].mention.start, f"g{g}", its, its[0].entry) for g, its in group_items.items()]
    entry_slot = {entry.id: sid for _, sid, _, entry in slots if entry is not None}
    for k, country in mods:
        if country.id not in entry_slot:
            entry_slot[country.id] = f"c{country.id}"
            slots.append((words.starts[k], f"c{country.id}", [], country))
    slots.sort(key=lambda t: t[0])

    entities: list[Entity] = []
    eid_of: dict[str, str] = {}
    for n, (_, sid, its, entry) in enumerate(slots, 1):
        eid = f"e{n}"
        eid_of[sid] = eid
        if not its:
            assert entry is not None
            entities.append(Entity(eid, entry.label, entry.name_ar, entry.name_en, entry.qid,
                                   component=component))
            continue
        label = _majority([it.mention.label for it in its])
        if entry is not None:
            name, name_en, qid = entry.name_ar, entry.name_en, entry.qid
        else:
            fullest = max(its, key=lambda it: (len(it.key.split()), len(it.mention.text)))
            name = fullest.mention.text
            name_en, qid = kb.romanize(name), None
        roles = tuple(dict.fromkeys(r for it in its for r in it.roles))
        entities.append(Entity(eid, label, name, name_en, qid, roles, component=component))

    new_mentions = []
    for n, it in enumerate(items, 1):
        ent = eid_of.get(f"g{it.group}") if it.group >= 0 else None
        m = it.mention
        new_mentions.append(Mention(m.start, m.end, m.text, f"m{n}", m.label, ent, m.component))

    modifiers: list[Modifier] = []
    for k, country in mods:
        s, e = words.starts[k], words.ends[k]
        w = words.folded[k]
        # Split a proclitic (و, ب ...) off the adjective's span: والأمريكية -> الأمريكية.
        if not w.startswith("ال"):
            for v in clitic_variants(w)[1:]:
                if v.startswith("ال") and w.endswith(v):
                    s = skip_letters(doc_text, s, len(w) - len(v))
                    break
        head = (Span(words.starts[k - 1], words.ends[k - 1],
                     doc_text[words.starts[k - 1] : words.ends[k - 1]]) if k > 0 else None)
        modifiers.append(Modifier(s, e, doc_text[s:e], eid_of[entry_slot[country.id]], head,
                                  component))
    return Resolution(new_mentions, entities, modifiers)
