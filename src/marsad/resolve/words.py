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


_last: tuple[str, int, Words] | None = None


def words_of(doc: Document) -> Words:
    """The logical words of ``doc`` (its tokens if the text layer ran, else tokenised here).

    The last result is kept: the matcher and the resolver read the same words.
    """
    global _last
    text = doc.text
    if _last is not None and _last[0] is text and _last[1] == len(doc.tokens):
        return _last[2]
    spans = [(t.start, t.end) for t in doc.tokens] if doc.tokens else tokenize_spans(text)
    # One translate call folds every token (tokens hold no line break).
    raw = [text[a:b] for a, b in spans]
    folded = fold("\n".join(raw)).lower().split("\n")
    if len(folded) != len(raw):
        folded = [fold(r).lower() for r in raw]
    starts = [a for a, _ in spans]
    ends = [b for _, b in spans]
    joins = [i for i, f in enumerate(folded) if f in _JOIN]
    for i in reversed(joins):
        if i + 1 < len(folded) and starts[i + 1] - ends[i] <= 1 and _is_word(folded[i + 1]):
            folded[i : i + 2] = [folded[i] + folded[i + 1]]
            ends[i : i + 2] = [ends[i + 1]]
            del starts[i + 1]
    words = Words(starts, ends, folded)
    _last = (text, len(doc.tokens), words)
    return words


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
