"""Nationality adjectives (nisba) derived from country names by the general rule.

``روسيا`` -> ``روسي``, ``فرنسا`` -> ``فرنسي``, ``مصر`` -> ``مصري``, ``العراق`` -> ``عراقي``,
``السعودية`` -> ``سعودي``, ``مالي`` -> ``مالي``, ``باكستان`` -> ``باكستاني``. Forms in text
(``الأمريكية``, ``الروسيين``, ``أمريكي``) are reduced to this stem by
:func:`nisba_stem`. All strings are folded (:func:`marsad.text.fold`).
"""

from __future__ import annotations

from functools import lru_cache

from marsad.kb.keys import clitic_variants, strip_article

# Inflections of a nisba adjective, longest first: -iyya, -iyyin, -iyyun, -iyyan, -iyyatan.
_SUFFIXES: tuple[str, ...] = ("يتين", "يتان", "يين", "يون", "يان", "يات", "يه", "ي")


def derive_nisba(name: str) -> str | None:
    """The masculine nisba of a one-word folded country name, or None."""
    if " " in name:
        return None
    stem = strip_article(name)
    if len(stem) < 3:
        return None
    if stem.endswith("يه"):  # السعودية -> سعودي
        return stem[:-1]
    if stem.endswith("يا"):  # روسيا -> روسي
        return stem[:-1]
    if stem.endswith(("ا", "ه")):  # فرنسا -> فرنسي
        return stem[:-1] + "ي"
    if stem.endswith("ي"):  # مالي -> مالي
        return stem
    return stem + "ي"  # مصر -> مصري, باكستان -> باكستاني


@lru_cache(maxsize=65536)
def nisba_stem(word: str) -> tuple[str, ...]:
    """Candidate masculine stems of a folded word read as a nisba adjective.

    ``والامريكيه`` gives ``امريكي`` (among others); the caller keeps the candidate
    its demonym table knows.
    """
    out: list[str] = []
    for w in clitic_variants(word):
        w = strip_article(w) if w.startswith("ال") else w
        for suf in _SUFFIXES:
            if w.endswith(suf) and len(w) - len(suf) >= 2:
                out.append(w[: len(w) - len(suf)] + "ي")
                break
    return tuple(out)


_PREFIXES: tuple[str, ...] = (
    "", "ال", "و", "ف", "ب", "ل", "ك", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
    "وبال", "فبال", "وب", "ول", "فب", "فل",
)


def nisba_forms(stem: str) -> list[str]:
    """The folded written forms of a nisba stem: ``امريكي`` -> ``الامريكيه``, ``وللامريكيين`` ..."""
    base = stem[:-1] if stem.endswith("ي") else stem
    out: list[str] = []
    for suf in _SUFFIXES:
        word = base + suf
        out.extend(p + word for p in _PREFIXES)
    return out
