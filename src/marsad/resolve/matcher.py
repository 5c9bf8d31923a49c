"""Find KB names in text that the mention layer missed (longest match, clitics split)."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.kb import KnowledgeBase
from marsad.kb.demonyms import nisba_stem
from marsad.kb.keys import clitic_variants
from marsad.resolve.context import HEADS, PLACE_BEFORE, QUOTES
from marsad.resolve.words import Words
from marsad.text import fold

# Words after which an ambiguous place name (مالي, قطر, عمان) is a place.
GEO_BEFORE = PLACE_BEFORE | frozenset(fold(w) for w in ["دوله", "جمهوريه", "حكومه", "رئيس", "جيش", "سلطات", "بين", "و", "مع", "اراضي", "حدود", "شعب", "برلمان", "مواطني", "سفير", "سفاره"])
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
    (``تنظيم القاعدة``). A one-word country name right after a definite noun is an
    adjective (``الحكومة السعودية``), left to the modifier rule. A generic head at
    the start of a KB name (``جماعة``) stays outside the mention span.
    """
    found = _scan(kb, words, blocked, evidence=None)
    countries = {kb.entries[h.entry].country for h in found if h.entry >= 0}
    countries.discard(None)
    return [h for h in _scan(kb, words, blocked, evidence=countries) if h.entry >= 0]


def _scan(kb: KnowledgeBase, words: Words, blocked: list[bool],
          evidence: set[str | None] | None) -> list[NameMatch]:
    out: list[NameMatch] = []
    folded = words.folded
    n = len(folded)
    phrases = kb.phrases
    i = 0
    while i < n:
        if blocked[i]:
            i += 1
            continue
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
                entry = kb.entries[p.entry]
                prev = _prev_word(folded, i)
                if p.ambiguous:
                    place_ok = entry.kind in _PLACE_KINDS and (
                        prev in GEO_BEFORE or (clitic and clitic[-1] in "بل")
                        or (evidence is not None and entry.country in evidence))
                    org_ok = entry.kind == "org" and prev in HEADS
                    if not (place_ok or org_ok):
                        continue
                if (j == i + 1 and prev.startswith("ال") and not clitic
                        and any(s in kb.demonym for s in nisba_stem(variant))):
                    continue
                start_i = i
                if j - i > 1 and (variant in HEADS or variant[2:] in HEADS):
                    start_i, clitic = i + 1, ""
                # In the first pass, ambiguous names only mark their place.
                idx = p.entry if (evidence is not None or not p.ambiguous) else -1
                hit = NameMatch(start_i, j, words.starts[start_i], words.ends[j - 1], idx,
                                clitic)
                break
            if hit:
                break
        if hit:
            out.append(hit)
            i = hit.j
        else:
            i += 1
    return out
