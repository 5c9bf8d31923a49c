"""A tokenizer that keeps character offsets, and proclitic splitting.

Tokens are runs of Arabic letters (with their diacritics and tatweel), runs
of Latin letters, numbers (``3.5``, ``1,000``, Arabic-Indic digits), or single
punctuation marks; white space is never part of a token.
"""

from __future__ import annotations

import re

_ARABIC = "\u0600-\u0605\u0608\u060b\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
_MARKS = "\u064b-\u065f\u0670\u0640\u200c\u200d"
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"

TOKEN_RE = re.compile(
    rf"[{_DIGIT}]+(?:[.,٫٬][{_DIGIT}]+)*"  # numbers, with decimal or thousands marks
    rf"|[{_ARABIC}][{_ARABIC}{_MARKS}]*"  # Arabic words
    r"|[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*"  # other letters (Latin), inner ' and -
    r"|\S",  # anything else: one punctuation mark or symbol
    re.UNICODE,
)

def tokenize_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every token of ``text``, in order."""
    return [m.span() for m in TOKEN_RE.finditer(text)]


def split_clitics(word: str, start: int = 0, *, article: bool = True) -> list[tuple[int, int]]:
    """Split the proclitics و ف ب ل ك and the article ال off an Arabic word.

    A heuristic for features, not a morphological analyser: it only strips a
    clitic when at least three letters remain, and ``لل`` is read as ل + ال.

    Args:
        word: one token's text.
        start: the token's offset, added to every returned position.
        article: also split the article ال (and read لل as ل + ل).

    Returns:
        Spans of the pieces, covering ``word`` exactly.
    """
    pieces: list[tuple[int, int]] = []
    i = 0
    n = len(word)
    if n - i > 3 and word[i] in "وف":
        pieces.append((start + i, start + i + 1))
        i += 1
    if n - i > 3 and word[i] in "بلك":
        if article and word[i] == "ل" and word[i + 1] == "ل" and n - i > 4:
            pieces.append((start + i, start + i + 1))
            pieces.append((start + i + 1, start + i + 2))  # the article's lam after li-
            i += 2
        else:
            pieces.append((start + i, start + i + 1))
            i += 1
    if article and n - i > 4 and word[i : i + 2] == "ال":
        pieces.append((start + i, start + i + 2))
        i += 2
    pieces.append((start + i, start + n))
    return pieces


def strip_proclitics(word: str) -> str:
    """The word without its leading conjunction, preposition and article."""
    spans = split_clitics(word)
    return word[spans[-1][0] :]


__all__ = ["TOKEN_RE", "split_clitics", "strip_proclitics", "tokenize_spans"]
