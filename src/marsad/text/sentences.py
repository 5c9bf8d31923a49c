"""Sentence splitting for Arabic news, with character offsets.

Boundaries are newlines (paragraph breaks) and terminal punctuation
(``. ! ? ؟ …``). A full stop is no boundary inside a number (``3.5``), after
an abbreviation (``د.``, ``م.``, ``U.S.``) or before a non-space character
(``example.com``). Closing quotation marks and brackets right after the
punctuation stay with the sentence they close, so a quotation that runs over
several sentences ends in the sentence where it closes.
"""

from __future__ import annotations

import re

_TERMINAL = re.compile(r"[.!?؟…۔]+|\n")
_CLOSERS = "\"'»”’)]}›"
# Single letters and short forms that take a full stop in Arabic and English news.
_ABBREVIATIONS = frozenset(
    {
        "د", "م", "ه", "هـ", "ص", "ب", "ق", "ج", "ت", "أ", "ع", "ش", "ك", "س", "ن",
        "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "etc", "No", "Inc", "Ltd", "Co",
    }
)
_WORD_BEFORE = re.compile(r"(\w+)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    if word in _ABBREVIATIONS:
        return True
    # U.S. / A.F.P.: a single Latin capital followed by a dot.
    return len(word) == 1 and word.isascii() and word.isupper()


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every sentence, trimmed of surrounding space."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _TERMINAL.finditer(text):
        a, b = m.span()
        if m.group() != "\n":
            if m.group() == "." and (
                (b < n and not text[b].isspace() and text[b] not in _CLOSERS)
                or _is_abbreviation(text, a)
            ):
                continue
            if b < n and not text[b].isspace() and text[b] not in _CLOSERS:
                continue  # "?!x" or "…و": punctuation inside a word run
            while b < n and text[b] in _CLOSERS:
                b += 1
        _add(text, start, b, spans)
        start = b
    _add(text, start, n, spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))
