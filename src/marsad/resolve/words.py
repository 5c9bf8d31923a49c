"""Folded token views of a document for name matching and context rules."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter
from typing import cast

from marsad.document import Document
from marsad.text import fold, tokenize_spans

# First names written with or without a space before the next word (عبد الله).
_JOIN = frozenset({"عبد", "ابو", "ابي", "ابا"})
_ARABIC_LO, _ARABIC_HI = "\u0621", "\u06ff"


@dataclass(frozen=True, slots=True)
class Words:
    """Logical words of a text: spans and folded forms, compound first names joined.

    ``vocab`` is the set of folded forms (for set intersections with lexicons).
    """

    starts: list[int]
    ends: list[int]
    folded: list[str]
    vocab: frozenset[str] = frozenset()

    def __len__(self) -> int:
        return len(self.folded)

    def index_at(self, offset: int) -> int:
        """Index of the first word that ends after ``offset``."""
        return bisect_right(self.ends, offset)

    def span_of(self, start: int, end: int) -> tuple[int, int]:
        """Word indices ``[i, j)`` of the words that overlap ``[start, end)``."""
        i = bisect_right(self.ends, start)
        return i, max(bisect_left(self.starts, end), i)


def _is_word(s: str) -> bool:
    return bool(s) and (_ARABIC_LO <= s[0] <= _ARABIC_HI or s[0].isalpha())


_last: tuple[str, int, Words] | None = None
_FOLDED: dict[str, str] = {}
_START, _END, _TEXT = attrgetter("start"), attrgetter("end"), attrgetter("text")


def _fold_new(token: str) -> str:
    folded = _FOLDED[token] = fold(token).lower()
    return folded


def words_of(doc: Document) -> Words:
    """The logical words of ``doc`` (its tokens if the text layer ran, else tokenised here).

    The last result is kept: the matcher and the resolver read the same words.
    """
    global _last
    text = doc.text
    if _last is not None and _last[0] is text and _last[1] == len(doc.tokens):
        return _last[2]
    if doc.tokens:
        toks = doc.tokens
        starts = list(map(_START, toks))
        ends = list(map(_END, toks))
        raw = list(map(_TEXT, toks))
    else:
        spans = tokenize_spans(text)
        starts = [a for a, _ in spans]
        ends = [b for _, b in spans]
        raw = [text[a:b] for a, b in spans]
    # Folded forms by token, kept across documents: most tokens of an article were
    # seen before, and a dict lookup is cheaper than folding the text again.
    cache = _FOLDED
    if len(cache) > 300_000:
        cache.clear()
    found = list(map(cache.get, raw))
    if None in found:
        folded = [f if f is not None else _fold_new(r) for f, r in zip(found, raw, strict=True)]
    else:
        folded = cast(list[str], found)
    joins = [] if _JOIN.isdisjoint(folded) else [
        i for i, f in enumerate(folded) if f in _JOIN]
    for i in reversed(joins):
        if i + 1 < len(folded) and starts[i + 1] - ends[i] <= 1 and _is_word(folded[i + 1]):
            folded[i : i + 2] = [folded[i] + folded[i + 1]]
            ends[i : i + 2] = [ends[i + 1]]
            del starts[i + 1]
    words = Words(starts, ends, folded, frozenset(folded))
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
