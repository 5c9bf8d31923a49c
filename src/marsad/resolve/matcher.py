"""Find KB names in text that the mention layer missed (longest match, clitics split)."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.kb import KnowledgeBase
from marsad.kb.demonyms import nisba_stem
from marsad.kb.keys import clitic_variants
from marsad.kb.store import Phrase
from marsad.resolve.context import (
    NAME_TITLES,
    NASAB,
    ORG_HEADS,
    PLACE_BEFORE,
    QUOTES,
    SPAN_HEADS,
)
from marsad.resolve.words import Words
from marsad.text import fold

# Words after which an ambiguous place name (مالي, قطر, عمان) is a place.
GEO_BEFORE = PLACE_BEFORE | frozenset(fold(w) for w in ["دوله", "جمهوريه", "حكومه", "رئيس", "جيش", "سلطات", "بين", "و", "مع", "اراضي", "حدود", "شعب", "برلمان", "مواطني", "سفير", "سفاره"])
_CLITIC = frozenset("وفبلك")
_PLACE_KINDS = frozenset({"country", "capital", "city", "region"})


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A KB name found at words ``[i, j)``; ``start`` skips a proclitic."""

    i: int
    j: int
    start: int
    end: int
    entry: int
    clitic: str
    needs: str | None = None  # evidence that must be in the article (c:ISO3, p:entry)


def _prev_word(folded: list[str], i: int) -> str:
    """The word before ``i``, skipping quotation marks, without و/ف/ب/ل."""
    k = i - 1
    while k >= 0 and folded[k] in QUOTES:
        k -= 1
    if k < 0:
        return ""
    w = folded[k]
    return clitic_variants(w)[-1] if len(w) > 3 else w


def find_names(kb: KnowledgeBase, words: Words, blocked: list[bool]) -> list[NameMatch]:
    """Longest KB names over words not ``blocked`` (inside an existing mention).

    A name marked ambiguous in the KB (a common word too) is taken as a place
    after a preposition or a geographic noun, with a proclitic attached, or when
    an unambiguous name of the same country is in the article (``باماكو`` makes
    ``مالي`` the country); as an organisation after its generic head
    (``تنظيم القاعدة``). A one-word alias of a person needs the full name in the
    article or a title before it. A one-word country name right after a definite
    noun is an adjective (``الحكومة السعودية``), left to the modifier rule. Spans
    follow the spec: a generic head (``جماعة``) and titles (``الملا``) stay out
    when the rest is still the name; a person's name runs on over ``بن``/``آل``.
    """
    found = _scan(kb, words, blocked)
    evidence = {f"c:{kb.entries[h.entry].country}" for h in found if h.needs is None}
    evidence |= {f"p:{h.entry}" for h in found if h.needs is None and h.j - h.i > 1}
    return [h for h in found if h.needs is None or h.needs in evidence]


def _scan(kb: KnowledgeBase, words: Words, blocked: list[bool]) -> list[NameMatch]:
    out: list[NameMatch] = []
    folded = words.folded
    n = len(folded)
    phrases = kb.phrases
    # Words that can start a KB name, as written or after a proclitic (one set
    # intersection; the full check runs only on these).
    starts = kb.phrase_starts
    present = starts.intersection(words.vocab) if words.vocab else starts.intersection(folded)
    cands = [i for i, w in enumerate(folded) if w in present] if present else []
    nxt = 0
    for i in cands:
        if i < nxt or blocked[i] or (i > 0 and words.ends[i - 1] == words.starts[i]
                                     and folded[i - 1][-1:].isalnum()):
            continue  # inside a match, a mention, or glued to the word before (1ماليزيا)
        hit: NameMatch | None = None
        w = folded[i]
        for variant in clitic_variants(w):
            plist = phrases.get(variant)
            if not plist:
                continue
            clitic = w[: len(w) - len(variant)] if w.endswith(variant) else w[:1]
            for p in plist:
                j = i + len(p.words)
                if j > n or any(blocked[i:j]) or tuple(folded[i + 1 : j]) != p.words[1:]:
                    continue
                hit = _accept(kb, words, p, i, j, variant, clitic)
                if hit is not None:
                    break
            if hit:
                break
        if hit:
            out.append(hit)
            nxt = hit.j
    return out


def _accept(kb: KnowledgeBase, words: Words, p: Phrase, i: int, j: int, variant: str,
            clitic: str) -> NameMatch | None:
    folded = words.folded
    entry = kb.entries[p.entry]
    prev = _prev_word(folded, i)
    needs: str | None = None
    if p.ambiguous:
        place_ok = entry.kind in _PLACE_KINDS and (
            prev in GEO_BEFORE or (clitic and clitic[-1] in "بل"))
        org_ok = entry.kind == "org" and prev in ORG_HEADS
        if not (place_ok or org_ok):
            if entry.kind not in _PLACE_KINDS:
                return None
            needs = f"c:{entry.country}"  # the country named elsewhere in the article
    if entry.kind == "person" and j - i == 1 and prev not in NAME_TITLES:
        needs = f"p:{p.entry}"  # the full name elsewhere in the article
    if (j == i + 1 and prev.startswith("ال") and not clitic
            and any(s in kb.demonym for s in nisba_stem(variant))):
        return None
    start_i = i
    while j - start_i > 1 and (variant in SPAN_HEADS or variant in NAME_TITLES
                               or (variant.startswith("ال") and variant[2:] in SPAN_HEADS)):
        rest = " ".join(folded[start_i + 1 : j])
        if (variant in NAME_TITLES and entry.kind == "person") or any(
                e.id == entry.id for e in kb.lookup_key(rest)):
            start_i, clitic, variant = start_i + 1, "", folded[start_i + 1]
        else:
            break
    if entry.kind == "person":
        while j + 1 < len(folded) and folded[j] in NASAB and folded[j + 1][:1].isalpha():
            j += 2  # محمد بن نايف بن عبدالعزيز
    return NameMatch(start_i, j, words.starts[start_i], words.ends[j - 1], p.entry, clitic,
                     needs)
