"""Is a nominal trigger a report of a discrete event, or only a reference to a kind of event?

``الهجوم`` in "قتل 5 في هجوم أمس" reports an attack; in "فهل يجوز تبرير الاغتيال"
it names a kind of act. A noun trigger counts as *anchored* when its clause has a
verb that makes the event happen (a light verb ``شنّ، أجرى، نفّذ``, a verb of
occurrence ``وقع، اندلع، شهد``, the passive ``تم``), another trigger that is a verb, a
time (``أمس``, a weekday, ``صباح``), a place (``في مدينة``, a place mention after ``في``)
or a count right after it (``اعتقال 5``، ``تدمير 13 بؤرة``).
Unanchored noun mentions survive only as further mentions of an anchored event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from marsad.text import fold


def _verb_forms(*stems: str) -> frozenset[str]:
    out: set[str] = set()
    for s in stems:
        f = fold(s)
        for w in (f, "و" + f, "ف" + f):
            out.update((w, w + "ت", w + "وا", w + "ه", w + "ها", w + "ته", w + "تها"))
    return frozenset(out)


LIGHT_VERBS = _verb_forms(
    "شن", "تشن", "يشن", "نفذ", "تنفذ", "ينفذ", "أجرى", "أجرت", "يجري", "تجري", "أجروا",
    "عقد", "تعقد", "يعقد", "نظم", "تنظم", "ينظم", "وقع", "تقع", "يقع", "اندلع", "تندلع",
    "جرى", "جرت", "شهد", "تشهد", "يشهد", "أسفر", "تسفر", "يسفر", "أدى", "أدت", "تؤدي",
    "تعرض", "تتعرض", "يتعرض", "خرج", "يخرج", "تخرج", "استأنف", "تستأنف", "بدأ", "تبدأ",
    "يبدأ", "واصل", "تواصل", "يواصل", "فرض", "تفرض", "يفرض", "تبنى", "تبنت", "يتبنى",
    "نجا", "أعلن", "أعلنت", "قاد", "قادت", "يقود", "تقود", "اختتم", "اختتمت", "انطلق",
    "تم", "يتم",  # تم اعتقال: the passive of the verbal noun
    "انطلقت", "تنطلق", "أطلق", "أطلقت", "كثف", "كثفت", "صعد", "صعدت", "ارتكب", "ارتكبت",
    "أحبط", "أحبطت", "تجدد", "تجددت", "دار", "دارت", "حدث", "يحدث", "تحدث",
)
TIME_WORDS = frozenset(fold(w) for w in (
    "أمس", "اليوم", "الليلة", "البارحة", "صباح", "مساء", "فجر", "ظهر", "ليل", "ليلة", "غدا",
    "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
    "صباحا", "مساء", "ليلا", "أخيرا", "مؤخرا",
))
PLACE_NOUNS = frozenset(fold(w) for w in (
    "مدينة", "بلدة", "منطقة", "قرية", "محافظة", "ولاية", "العاصمة", "إقليم", "حي", "مخيم",
    "شمال", "جنوب", "شرق", "غرب", "وسط", "ضواحي", "قرب", "مدينه", "بلده", "منطقه", "قريه",
    "محافظه", "ولايه", "العاصمه", "اقليم",
))
# A count of those affected right after the noun (اعتقال 5، تدمير 13 بؤرة، اعتقال اثنين).
NUMBER_WORDS = frozenset(fold(w) for w in (
    "اثنين", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة",
    "ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر", "عشرات", "مئات", "آلاف",
))
COUNT_REACH = 2
_STOPS = frozenset(".؟?!؛;:")
BEFORE = 10
AFTER = 8


def _strip(w: str) -> str:
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def anchored(folded: Sequence[str], first: int, last: int, verb_tokens: Iterable[int],
             place_tokens: Iterable[int] = ()) -> bool:
    """Whether the noun trigger at tokens ``first..last`` is anchored (see module docstring).

    Args:
        folded: folded tokens of the document.
        verb_tokens: token indices of verb triggers.
        place_tokens: token indices where place mentions start.
    """
    lo = first
    while lo > 0 and first - lo < BEFORE and folded[lo - 1][:1] not in _STOPS:
        lo -= 1
    hi = last
    while hi + 1 < len(folded) and hi - last < AFTER and folded[hi + 1][:1] not in _STOPS:
        hi += 1
    for j in range(last + 1, min(len(folded), last + 1 + COUNT_REACH)):
        w = folded[j]
        if w.isdigit() or w in NUMBER_WORDS:
            return True
    verbs = set(verb_tokens)
    places = set(place_tokens)
    for j in range(lo, hi + 1):
        if first <= j <= last:
            continue
        w = folded[j]
        if (w in LIGHT_VERBS and not (j > 0 and folded[j - 1] == "علي")) or j in verbs:
            # (not "على وقع": "amid", not "occurred")
            return True
        bare = _strip(w)
        if bare in TIME_WORDS or (bare.startswith("ب") and bare[1:] in TIME_WORDS):
            return True
        if j > last and (w == "في" or w == "قرب") and j + 1 <= hi:
            nxt = folded[j + 1]
            if nxt in PLACE_NOUNS or (j + 1) in places:
                return True
        if j > last and (bare.startswith("ب") and bare[1:] in PLACE_NOUNS):
            return True
    return False
