"""When an event happened: date expressions near the trigger, resolved from the publication date.

``أمس`` -> the day before publication, ``اليوم`` -> that day, ``غدا`` -> the day after,
a weekday name -> the latest such day on or before publication (the next one for a
future event), ``منذ العام 2021`` / ``عام 2021`` -> ``2021``, ``12 يوليو 2015`` -> ``2015-07-12``.
What cannot be resolved (``أخيراً``) keeps its text with a null value.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from marsad.text import fold

_MONTHS = {
    **dict.fromkeys(("يناير", "كانون الثاني"), 1), **dict.fromkeys(("فبراير", "شباط"), 2),
    **dict.fromkeys(("مارس", "آذار"), 3), **dict.fromkeys(("أبريل", "إبريل", "نيسان"), 4),
    **dict.fromkeys(("مايو", "أيار"), 5), **dict.fromkeys(("يونيو", "يونيه", "حزيران"), 6),
    **dict.fromkeys(("يوليو", "يوليه", "تموز"), 7), **dict.fromkeys(("أغسطس", "آب"), 8),
    **dict.fromkeys(("سبتمبر", "أيلول"), 9),
    **dict.fromkeys(("أكتوبر", "تشرين الأول"), 10),
    **dict.fromkeys(("نوفمبر", "تشرين الثاني"), 11),
    **dict.fromkeys(("ديسمبر", "كانون الأول"), 12),
}
_MONTHS_F = {fold(k): v for k, v in _MONTHS.items()}
# Python weekday(): Monday is 0.
_WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3,
             "الجمعة": 4, "السبت": 5, "الأحد": 6}
_WEEKDAYS_F = {fold(k): v for k, v in _WEEKDAYS.items()}
_RELATIVE_F = {fold(k): v for k, v in {
    "أول أمس": -2, "أمس الأول": -2, "أمس": -1, "البارحة": -1, "اليوم": 0, "غدا": 1, "غداً": 1,
}.items()}
_VAGUE_F = {fold(w) for w in ("أخيراً", "أخيرا", "مؤخراً", "مؤخرا", "الأسبوع الماضي",
                              "الشهر الماضي", "العام الماضي")}

_month_alt = "|".join(sorted(map(re.escape, _MONTHS_F), key=len, reverse=True))
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"(?<!\d)(\d{{1,2}})\s+(?:من\s+)?({_month_alt})(?:\s*(?:\([^)]{{0,20}}\)\s*)?(?:عام\s+|سنه\s+)?(\d{{4}}))?")),
    ("since_year", re.compile(r"(?:منذ\s+)?(?:العام|عام|سنه)\s+(\d{4})")),
    ("relative", re.compile("|".join(sorted(map(re.escape, _RELATIVE_F), key=len, reverse=True)))),
    ("weekday", re.compile(r"(?:يوم\s+)?(?:" + "|".join(map(re.escape, _WEEKDAYS_F)) + r")")),
    ("vague", re.compile("|".join(sorted(map(re.escape, _VAGUE_F), key=len, reverse=True)))),
]
_WORD = re.compile(r"\w")
_CUES: dict[str, tuple[str, ...]] = {
    "dmy": tuple(_MONTHS_F),
    "since_year": ("عام", "سنه"),
    "relative": tuple(_RELATIVE_F),
    "weekday": tuple(_WEEKDAYS_F),
    "vague": tuple(_VAGUE_F),
}


def publication_date(meta: dict[str, Any]) -> dt.date | None:
    """The publication date from ``meta`` (``published`` or ``date``, ISO prefix), if any."""
    for key in ("published", "date"):
        value = meta.get(key)
        if isinstance(value, str) and len(value) >= 10:
            try:
                return dt.date.fromisoformat(value[:10])
            except ValueError:
                continue
    return None


def find_dates(folded: str) -> list[tuple[int, int, str, Any]]:
    """Date expressions in a folded text: ``(start, end, kind, parsed)`` sorted by start."""
    found: list[tuple[int, int, str, Any]] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in _PATTERNS:
        # Cheap substring checks first: most sentences have no date words at all.
        if not any(cue in folded for cue in _CUES[kind]):
            continue
        for m in pat.finditer(folded):
            a, b = m.span()
            # Whole words only.
            if (a > 0 and _WORD.match(folded[a - 1]) and folded[a - 1] not in "وب") or (
                b < len(folded) and _WORD.match(folded[b])
            ):
                continue
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            found.append((a, b, kind, m.groups() if m.groups() else m.group(0)))
    found.sort()
    return found


def resolve(kind: str, parsed: Any, text: str, pub: dt.date | None, future: bool) -> str | None:
    """The ISO value of a date expression, or None."""
    try:
        if kind == "dmy":
            day, month, year = parsed
            y = int(year) if year else (pub.year if pub else None)
            return dt.date(y, _MONTHS_F[month], int(day)).isoformat() if y else None
        if kind == "since_year":
            return f"{int(parsed[0]):04d}"
        if pub is None:
            return None
        if kind == "relative":
            return (pub + dt.timedelta(days=_RELATIVE_F[text])).isoformat()
        if kind == "weekday":
            name = text.split()[-1]
            wd = _WEEKDAYS_F[name]
            if future:
                delta = (wd - pub.weekday()) % 7 or 7
                return (pub + dt.timedelta(days=delta)).isoformat()
            return (pub - dt.timedelta(days=(pub.weekday() - wd) % 7)).isoformat()
    except (ValueError, KeyError, TypeError):
        return None
    return None
