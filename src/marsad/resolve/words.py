"""Folded token views of a document for name matching and context rules."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.document import Document
from marsad.text import fold, tokenize_spans

# First names written with or without a space before the next word (عبد الله).
_JOIN = frozenset({"عبد", "ابو", "ابي", "ابا"})
_ARABIC_LO, _ARABIC_HI = "\u0621", "\u06ff"


@dataclass(frozen=True, slots=True)
class Words:
    """Logical words of a text: spans and folded forms, compound first names joined."""

    starts: list[int]
    ends: list[int]
    folded: list[str]

    def __len__(self) -> int:
        return len(self.folded)

    def index_at(self, offset: int) -> int:
        """Index of the first word that ends after ``offset``."""
        lo, hi = 0, len(self.ends)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.ends[mid] <= offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


def _is_word(s: str) -> bool:
    return bool(s) and (_ARABIC_LO <= s[0] <= _ARABIC_HI or s[0].isalpha())


def words_of(doc: Document) -> Words:
    """The logical words of ``doc`` (its tokens if the text layer ran, else tokenised here)."""
    text = doc.text
    spans = [(t.start, t.end) for t in doc.tokens] if doc.tokens else tokenize_spans(text)
    starts: list[int] = []
    ends: list[int] = []
    folded: list[str] = []
    i = 0
    n = len(spans)
    while i < n:
        a, b = spans[i]
        f = fold(text[a:b]).lower()
        if f in _JOIN and i + 1 < n and spans[i + 1][0] - b <= 1:
            a2, b2 = spans[i + 1]
            f2 = fold(text[a2:b2])
            if _is_word(f2):
                starts.append(a)
                ends.append(b2)
                folded.append(f + f2)
                i += 2
                continue
        starts.append(a)
        ends.append(b)
        folded.append(f)
        i += 1
    return Words(starts, ends, folded)


def skip_letters(text: str, start: int, letters: int) -> int:
    """The offset after ``letters`` letters from ``start`` (diacritics and tatweel skipped)."""
    pos = start
    seen = 0
    while pos < len(text) and seen < letters:
        if fold(text[pos]):
            seen += 1
        pos += 1
    while pos < len(text) and not fold(text[pos]):
        pos += 1
    return pos
