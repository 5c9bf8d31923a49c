"""A display-only romaniser for Arabic names that the KB does not know.

Built from the Wikidata and Google name-token tables of ``shared/data/translit``:
each folded Arabic token maps to its most frequent Latin spelling; a word the
table lacks is spelled letter by letter. The result is for display only and
is never used as an entity's identity (keys are always Arabic).
"""

from __future__ import annotations

import gzip
from pathlib import Path

from marsad.kb.keys import key_tokens

# Letter by letter, for words the table does not have (vowels are guesses).
_LETTERS = {
    "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t",
    "ظ": "z", "ع": "a", "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m",
    "ن": "n", "ه": "a", "و": "o", "ي": "i", "ء": "", "پ": "p", "چ": "ch", "ڤ": "v",
    "گ": "g",
}


# Name particles, as news English writes them (Abdulrahman bin Hamad, Al Saud).
_PARTICLES = {"بن": "bin", "بنت": "bint", "ال": "Al", "آل": "Al", "عبدالله": "Abdullah"}
# Letters that are consonants at the start of a word and vowels inside it.
_INITIAL = {"و": "w", "ي": "y", "ه": "h", "ع": "a"}


def _spell(token: str) -> str:
    """Letter-by-letter spelling: و/ي are consonants first, ه is h except a final -a."""
    out = [_INITIAL.get(token[0], _LETTERS.get(token[0], token[0]))] if token else []
    for k, ch in enumerate(token[1:], 1):
        if ch == "ه" and k < len(token) - 1:
            out.append("h")
        else:
            out.append(_LETTERS.get(ch, ch))
    return "".join(out)


class Romanizer:
    """Arabic name -> Latin display form."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table
        self._cache: dict[str, str] = {}

    @classmethod
    def load(cls, path: Path) -> Romanizer:
        """Load a ``token<TAB>latin`` table (gzip)."""
        table: dict[str, str] = {}
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                ar, _, en = line.rstrip("\n").partition("\t")
                if ar and en:
                    table[ar] = en
        return cls(table)

    def word(self, token: str) -> str:
        """One folded Arabic word in Latin letters."""
        fixed = _PARTICLES.get(token)
        if fixed is not None:
            return fixed
        hit = self.table.get(token)
        if hit is None:
            # Compound first names and the article: عبدالحكيم -> Abdul Hakim, الوئام -> al-Wiam.
            for prefix, latin in (("عبدال", "Abdul "), ("عبد", "Abdul "), ("ابو", "Abu "),
                                  ("ال", "al-")):
                if token.startswith(prefix) and len(token) - len(prefix) >= 3:
                    return latin + self.word(token[len(prefix):])
            hit = _spell(token)
        return hit[:1].upper() + hit[1:]

    def __call__(self, name: str) -> str:
        """The display romanisation of ``name`` (Latin text is kept as it is)."""
        hit = self._cache.get(name)
        if hit is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            hit = self._cache[name] = " ".join(self.word(w) for w in key_tokens(name) if w)
        return hit
