"""Arabic normalisation for matching, as a separate view with an offset map.

The original text is never changed. :func:`normalize` returns a
:class:`NormalizedText` whose ``text`` is folded (alef forms, alef maqsura,
ta marbuta, tatweel, diacritics, digits, presentation forms, invisible marks)
and whose ``offsets`` map every normalised character back to the original.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters removed from the matching view: harakat, Quranic marks, tatweel,
# zero-width and bidi controls.
_DROP = (
    set(range(0x064B, 0x0660))
    | {0x0670, 0x0640}
    | set(range(0x06D6, 0x06DD))
    | set(range(0x06DF, 0x06E9))
    | set(range(0x06EA, 0x06EE))
    | {0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF, 0x00AD}
    | set(range(0x202A, 0x202F))
    | set(range(0x2066, 0x206A))
)

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ک": "ك", "ڪ": "ك",
    "ؤ": "و", "ئ": "ي",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
    "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
    "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"',
}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ord(ch) in _DROP:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    code = ord(ch)
    # Arabic presentation forms (ligatures such as lam-alef) decompose by NFKC.
    if 0xFB50 <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
        decomposed = unicodedata.normalize("NFKC", ch)
        # Letters in these blocks that NFKC keeps as they are (e.g. U+FBB2, met in
        # SaudiNewsNet) would otherwise recurse forever.
        if decomposed == ch:
            return ch
        return "".join(_fold_char(c) for c in decomposed)
    return ch


def _translation_table() -> dict[int, str]:
    codes = set(_DROP) | {ord(c) for c in _FOLD}
    codes |= set(range(0xFB50, 0xFE00)) | set(range(0xFE70, 0xFF00))
    return {c: _fold_char(chr(c)) for c in codes if _fold_char(chr(c)) != chr(c)}


# One str.translate call folds a whole text at C speed.
_TABLE = _translation_table()


def fold(text: str) -> str:
    """Return the folded form of ``text`` without an offset map (for lexicon keys)."""
    return text.translate(_TABLE)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A folded view of ``original`` with a map back to it.

    ``offsets[i]`` is the index in ``original`` of the character that produced
    ``text[i]``; ``offsets`` has one extra final entry, ``len(original)``.
    """

    original: str
    text: str
    offsets: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to a span of the original text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside normalised text of {len(self.text)}")
        if start == end:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize(text: str) -> NormalizedText:
    """Fold ``text`` for matching and keep the way back.

    A character that folds to several (a ligature) maps each of them to the
    original ligature; a dropped character leaves no trace in ``text``.
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = _fold_char(ch)
        if folded == ch:
            out.append(ch)
            offsets.append(i)
        elif folded:
            out.append(folded)
            offsets.extend([i] * len(folded))
    offsets.append(len(text))
    return NormalizedText(original=text, text="".join(out), offsets=tuple(offsets))
