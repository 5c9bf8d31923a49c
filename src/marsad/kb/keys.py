"""Lookup keys for Arabic names: the same key for the spellings of one name.

A key folds the name (:func:`marsad.text.fold`: alef forms, ya, ta marbuta,
diacritics, tatweel), drops punctuation, lower-cases Latin letters and joins
the compound first names ``عبد الله``/``عبدالله`` and ``أبو بكر``/``أبوبكر``, so that the
spellings a newsroom mixes meet. A *bare* key also drops the article ``ال``
from every word (``الحوثي`` and ``حوثي`` meet there).
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.text import fold

_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)  # letters and digits apart: 1ماليزيا
# First names that are written with or without a space before the next word.
_JOIN = frozenset({"عبد", "ابو", "ابي", "ابا"})
PROCLITICS = "وفبلك"


def key_tokens(name: str) -> list[str]:
    """The folded words of ``name`` with compound first names joined."""
    words = [w.lower() for w in _WORD.findall(fold(name)) if w != "_"]
    # ابن inside a name is بن (محمد ابن سلمان = محمد بن سلمان).
    words = [("بن" if w == "ابن" and k else w) for k, w in enumerate(words)]
    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if w in _JOIN and i + 1 < len(words):
            out.append(w + words[i + 1])
            i += 2
            continue
        out.append(w)
        i += 1
    return out


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The lookup key of a name (folded words joined by one space)."""
    return " ".join(key_tokens(name))


def strip_article(word: str) -> str:
    """``word`` without a leading ``ال`` when at least two letters remain."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def bare_key(name: str) -> str:
    """The key with the article dropped from every word."""
    return " ".join(strip_article(w) for w in key_tokens(name))


@lru_cache(maxsize=65536)
def clitic_variants(word: str) -> tuple[str, ...]:
    """A folded word and its readings without proclitics, longest first.

    ``وبالقاعدة`` gives ``وبالقاعده``, ``بالقاعده``, ``القاعده``; ``للقاعدة`` also gives
    ``القاعده`` (li- before the article). At least three letters always remain.
    """
    out = [word]
    w = word
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
        out.append(w)
    if len(w) > 3 and w[0] in "بلك":
        if w.startswith("لل") and len(w) > 4:
            out.append("ا" + w[1:])
        else:
            out.append(w[1:])
    return tuple(out)
