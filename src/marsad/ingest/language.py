"""Is this Arabic? The share of Arabic-script letters among all letters."""

from __future__ import annotations

import re

_ARABIC = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
                     r"\ufb50-\ufdff\ufe70-\ufefc]")
_LETTER = re.compile(r"[^\W\d_]")

MIN_ARABIC = 0.5
"""Default: at least half the letters Arabic (SaudiNewsNet quotes English names and URLs)."""

_SAMPLE = 20_000


def arabic_ratio(text: str) -> float:
    """The share of letters in (the first 20,000 characters of) ``text`` that are Arabic."""
    sample = text[:_SAMPLE]
    letters = len(_LETTER.findall(sample))
    if not letters:
        return 0.0
    return len(_ARABIC.findall(sample)) / letters


def language_problem(text: str, minimum: float = MIN_ARABIC) -> str | None:
    """Why ``text`` is not taken as Arabic, or None when it is."""
    ratio = arabic_ratio(text)
    if ratio < minimum:
        return f"not Arabic: {ratio:.0%} of letters are Arabic (minimum {minimum:.0%})"
    return None
