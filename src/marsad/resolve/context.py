"""Context rules: metonymy (actor or place), titles and roles, finance homographs.

All word lists are folded (:func:`marsad.text.fold`) general Arabic: prepositions,
speech and action verbs, relation nouns, titles. None is drawn from an article.
"""

from __future__ import annotations

import re

from marsad.kb.keys import clitic_variants
from marsad.resolve.words import Words
from marsad.text import fold

# Before a place name: prepositions and nouns of location or movement.
PLACE_BEFORE = frozenset(fold(w) for w in ["في", "الى", "من", "نحو", "داخل", "خارج", "قرب", "بالقرب", "حول", "ضواحي", "شوارع", "مطار", "سفاره", "وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "عاصمه", "العاصمه", "مدينه", "بلديه", "سكان", "اهالي", "زار", "زيارته", "زياره", "وصل", "وصوله", "غادر", "توجه", "عاد", "مقر", "مقرها", "مقره", "انحاء", "ارجاء", "فيها", "الي", "حتى", "عبر", "طريق", "محيط", "اطراف"])
# Before an actor: speech/action verbs (the capital as subject) and relation nouns.
ACTOR_BEFORE = frozenset(fold(w) for w in ["قالت", "اعلنت", "اكدت", "اعتبرت", "رات", "ترى", "تري", "دعت", "طالبت", "رحبت", "نفت", "رفضت", "حذرت", "هددت", "اتهمت", "تتهم", "تسعى", "تحاول", "تريد", "ترغب", "قررت", "وافقت", "ابدت", "اعربت", "عبرت", "طلبت", "ارسلت", "فرضت", "تفرض", "تدعم", "دعمت", "ساندت", "تعتبر", "ردت", "ترد", "استدعت", "ادانت", "تدين", "قدمت", "تقدم", "وعدت", "تعهدت", "عرضت", "اقترحت", "شددت", "اشارت", "اوضحت", "كشفت", "بين", "علاقات", "علاقه", "موقف", "مواقف", "قرار", "قرارات", "دعم", "رغبه", "سياسه", "سياسات", "ضغوط", "ضغط", "تحذير", "تحذيرات", "تهديد", "تهديدات", "اتهامات", "مطالب", "مطالبات", "شروط", "ادانه", "اعلان", "تصريحات", "حكومه", "اداره", "سلطات", "رد", "ردود", "دعوه", "وساطه", "مبادره", "عقوبات", "طلب", "تحركات", "مساعي", "جهود", "تعاون", "تقارب", "حوار", "انتقادات", "اتفاق", "صفقه", "تدخل", "دور", "نفوذ", "حلفاء", "حليف", "مصالح", "استراتيجيه", "خطه", "رؤيه", "ضد", "مع"])
# Imperfect stance and speech verbs (feminine, as capitals and states take): the capital
# next to one is the government.
STANCE_VERBS = frozenset(fold(w) for w in [
    "تسعى", "تريد", "ترفض", "تدعو", "تطالب", "تؤكد", "تعتبر", "ترى", "تتهم", "تدعم", "تحاول",
    "تخشى", "تهدد", "تواصل", "تعارض", "ترحب", "تنفي", "تدين", "تقول", "تعلن", "تحذر", "ترغب",
    "تأمل", "تضغط", "تصر", "تشترط", "تلوح", "تتجه", "تعتزم", "تنوي", "تراهن", "تتهيأ", "تستعد",
    "تفضل", "تطلب", "تقترح", "تدرس", "تبحث", "تنتظر", "تراقب", "تتابع", "تلمح", "تعترف",
    "تعمل", "تسعي"])
# Nouns after which المالي/المالية means "financial", not "Malian".
FINANCE_HEADS = frozenset(fold(w) for w in ["وزير", "وزيره", "وزاره", "وزارات", "سوق", "اسواق", "اوراق", "ازمه", "دعم", "مساعدات", "موارد", "عجز", "سنه", "عام", "قطاع", "وضع", "اوضاع", "ضائقه", "اعباء", "تكاليف", "خسائر", "تحويلات", "مؤسسات", "شؤون", "استقرار", "فساد", "رقابه", "مستشار", "خبير", "موازنه", "ميزانيه", "احتياطات", "انهيار", "صعوبات", "مشاكل", "مخصصات", "التزامات", "نظام", "اداره", "تقرير", "حساب", "حسابات", "مركز", "اصلاح", "اصلاحات", "مساهمه", "تمويل", "عائد", "عوائد", "مردود", "وضعها", "وضعه", "مكاسب", "قدرات", "ذمه"])

# Generic heads outside a name's identity (spec: "حركة" in "حركة طالبان").
HEADS = frozenset(fold(w) for w in ["جماعه", "حركه", "تنظيم", "منظمه", "حزب", "جبهه", "قناه", "وكاله", "صحيفه", "موقع", "مدينه", "محافظه", "ولايه", "منطقه", "العاصمه", "عاصمه", "دوله", "جمهوريه", "مملكه", "اماره", "اقليم", "بلده", "قريه", "مخيم", "جامعه", "شركه", "مجموعه"])
# Heads a mention span leaves out when the rest is the same name (جماعة نصرة الإسلام).
SPAN_HEADS = frozenset(fold(w) for w in ["جماعة", "حركة", "تنظيم", "وكالة", "صحيفة", "قناة", "موقع"])
# Titles before a person's name, outside the span (spec: الملا عمر -> عمر).
NAME_TITLES = frozenset(fold(w) for w in [
    "الملا", "الشيخ", "الملك", "الامير", "الأميرة", "الرئيس", "السيد", "السيدة", "الدكتور",
    "الدكتورة", "الجنرال", "العقيد", "اللواء", "العميد", "الإمام", "آية الله", "الحاج",
    "المشير", "سمو", "السلطان", "خادم", "ملا", "شيخ", "الأستاذ", "المهندس", "القاضي",
    # military ranks, and ركن/طيار after them (العميد ركن أحمد عسيري)
    "ركن", "طيار", "المقدم", "النقيب", "الرائد", "الفريق", "الملازم", "عميد", "لواء", "عقيد",
    "مقدم", "نقيب", "رائد", "المارشال", "الأدميرال"])
# Heads that make an ambiguous organisation name a name (تنظيم القاعدة, not موقع القاعدة).
ORG_HEADS = frozenset(fold(w) for w in [
    "تنظيم", "جماعة", "حركة", "حزب", "جبهة", "ميليشيا", "مليشيا", "فصيل", "قناة", "صحيفة",
    "وكالة", "شبكة", "تنظيمات", "فرع", "عناصر", "مقاتلي", "مسلحي", "زعيم", "قادة"])
# Generic institutions: with a nationality adjective they are not names (spec:
# "الحكومة الافغانية" is no mention; the adjective is a modifier).
GENERIC_INSTITUTIONS = frozenset(fold(w) for w in [
    "الجيش", "الحكومة", "الشرطة", "القوات", "السلطات", "الأمن", "الرئاسة", "المعارضة",
    "الطيران", "البحرية", "الاستخبارات", "المخابرات", "الجانب", "النظام", "الشعب", "الدولة",
    "قوات", "الوفد", "السفارة", "القنصلية", "الأجهزة", "الجنود", "المسؤولين", "الإدارة"])
# Administrative words outside a place span (spec: محافظة, مدينة, منطقة).
ADMIN_WORDS = frozenset(fold(w) for w in [
    "مدينة", "محافظة", "منطقة", "ولاية", "إقليم", "بلدة", "قرية", "مقاطعة", "بمدينة",
    "بمحافظة", "بمنطقة", "بولاية", "لمدينة", "لمحافظة", "ومدينة", "ومحافظة"])
# Facilities named by a head and a name (spec: مطار عدن الدولي is one place).
FACILITY_HEADS = frozenset(fold(w) for w in [
    "معسكر", "مطار", "ميناء", "مخيم", "قاعدة", "سجن", "مستشفى", "فندق", "مسجد", "جسر",
    "سد", "حقل", "مصفاة", "معبر", "منفذ", "قصر", "برج", "ملعب", "استاد", "شارع", "حي"])
# Person titles that end an organisation or place name a tagger ran on
# (الجامعة العربية السفير أحمد).
PERSON_TITLES = frozenset(fold(w) for w in [
    "السفير", "الرئيس", "الوزير", "وزير", "الأمير", "الملك", "الشيخ", "المتحدث", "الناطق",
    "اللواء", "العميد", "العقيد", "الدكتور", "السيد", "نائب", "مساعد", "الأمين", "الكاتب",
    "كاتب", "الصحفي", "صحفي", "المحلل", "محلل", "الخبير", "خبير", "مراسل", "المراسل"])
# Words after which a nisba is a noun, not an adjective (قال الأمريكيون, ضد الحوثيين).
NOT_MODIFIED = frozenset(fold(w) for w in [
    "في", "من", "إلى", "الى", "على", "عن", "مع", "ضد", "بين", "أن", "إن", "لأن", "قال",
    "قالت", "أعلن", "أعلنت", "أكد", "وأكد", "هاجم", "هاجمت", "يقول", "يرى", "دعا", "لدى",
    "حول", "نحو", "عند", "أمام", "خلف", "بعد", "قبل", "منذ", "حتى", "لكن", "ثم", "أو", "و"])
# Words a tagger may mark that are no named thing.
NOT_NAMES = frozenset(fold(w) for w in ["الله", "لله", "والله", "بالله"])
CURRENCIES = frozenset(fold(w) for w in [
    "دولار", "دولارا", "دولارًا", "دولارات", "يورو", "ريال", "ريالا", "ريالات", "دينار",
    "دينارا", "جنيه", "جنيها", "درهم", "درهما", "ليرة", "روبل", "يوان", "ين", "فرنك",
    "الدولار", "اليورو", "الريال", "الدينار", "الجنيه", "الدرهم", "الليرة", "الروبل"])
# Words that continue an Arabic personal name: بن/ابن/بنت + name, آل + family.
NASAB = frozenset(fold(w) for w in ["بن", "ابن", "بنت", "آل"])
QUOTES = frozenset({'"', "'", "«", "»", "“", "”", "(", "-"})

_VERB_FEM = re.compile(r"^[^\s]{2,5}ت$")


def _bare(word: str) -> str:
    """A folded word without و/ف and the article (for list membership)."""
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    if word.startswith("ال") and len(word) > 4:
        word = word[2:]
    return word


def is_actor_use(words: Words, i: int, j: int, attached: str) -> bool | None:
    """Whether the name at words ``[i, j)`` is used as a political actor.

    Args:
        attached: the proclitic letters stuck to the name (``ب`` in ``بواشنطن``).

    Returns:
        True (actor), False (place), or None when the context says neither.
    """
    if "ب" in attached or ("ل" in attached and i > 0 and _bare(words.folded[i - 1]) in (
            "زياره", "زيارته", "وصوله", "توجه")):
        return False
    prev = words.folded[i - 1] if i > 0 else ""
    forms = {_bare(prev), *clitic_variants(prev)}
    if forms & PLACE_BEFORE:
        return False
    if forms & ACTOR_BEFORE:
        return True
    if prev and not prev.startswith("ال") and _VERB_FEM.match(prev) and not prev.endswith("ات"):
        return True  # a feminine perfect verb before its subject: أعلنت واشنطن
    nxt = words.folded[j] if j < len(words.folded) else ""
    if forms & STANCE_VERBS or nxt in STANCE_VERBS:
        return True  # تسعى واشنطن / واشنطن تسعى: a stance or speech verb with its subject
    if nxt in ("العاصمه", "عاصمه"):
        return False
    return None


# Titles (folded, each word may carry و/ب/ل), English role. First match wins, so
# longer titles come first.
_P = r"(?:[وفبل]|ل?ل)?"
TITLES: tuple[tuple[str, str], ...] = (
    (r"رئيس (?:ال)?وزراء|رئيس (?:ال)?حكومه", "prime minister"),
    (r"نائب (?:ال)?رئيس", "vice president"),
    (r"وزير(?:ه)? (?:ال)?خارجيه|وزير(?:ه)? (?:ال)?شؤون (?:ال)?خارجيه", "foreign minister"),
    (r"وزير(?:ه)? (?:ال)?دفاع", "defence minister"),
    (r"وزير(?:ه)? (?:ال)?داخليه", "interior minister"),
    (r"وزير(?:ه)? (?:ال)?ماليه", "finance minister"),
    (r"وزير(?:ه)? (?:ال)?عدل", "justice minister"),
    (r"وزير(?:ه)? (?:ال)?اعلام", "information minister"),
    (r"وزير(?:ه)? (?:ال)?\S+|(?:ال)?وزير(?:ه)?", "minister"),
    (r"ولي (?:ال)?عهد", "crown prince"),
    (r"(?:ال)?امين (?:ال)?عام", "secretary-general"),
    (r"(?:ال)?(?:متحدث|ناطق) (?:ال)?رسمي|(?:ال)?(?:متحدث|ناطق|ناطقه|متحدثه) باسم", "spokesperson"),
    (r"(?:ال)?محلل (?:ال)?سياسي|(?:ال)?محلل", "analyst"),
    (r"(?:ال)?رئيس (?:ال)?انتقالي", "transitional president"),
    (r"(?:ال)?رئيس(?:ه)?", "president"),
    (r"(?:ال)?ملك", "king"),
    (r"(?:ال)?امير (?:منطقه|مدينه|محافظه)", "regional governor"),
    (r"(?:ال)?امير (?:دوله )?(?!ال)\S+", "emir"),
    (r"(?:ال)?امير", "prince"),
    (r"(?:ال)?سفير(?:ه)?", "ambassador"),
    (r"(?:ال)?مبعوث", "envoy"),
    (r"(?:ال)?زعيم", "leader"),
    (r"(?:ال)?قائد", "commander"),
    (r"(?:ال)?خبير", "expert"),
    (r"(?:ال)?جنرال|(?:ال)?لواء|(?:ال)?فريق اول", "general"),
    (r"(?:ال)?عقيد", "colonel"),
    (r"(?:ال)?شيخ", "sheikh"),
    (r"(?:ال)?ملا", "mullah"),
    (r"(?:ال)?حاكم", "governor"),
    (r"(?:ال)?مستشار(?:ه)?", "adviser"),
    (r"(?:ال)?مدير(?:ه)?", "director"),
    (r"(?:ال)?مراسل(?:ه)?", "correspondent"),
    (r"(?:ال)?صحفي(?:ه)?|(?:ال)?صحافي(?:ه)?", "journalist"),
    (r"(?:ال)?باحث(?:ه)?", "researcher"),
    (r"(?:ال)?قاضي", "judge"),
    (r"(?:ال)?مسؤول(?:ه)?", "official"),
)
_PREFIX = {"مساعد": "assistant", "نائب": "deputy", "وكيل": "under-secretary"}
# One alternation, titles in priority order: the leftmost match wins, and at one place
# the first title listed (the longer one).
_TITLE_ALL = re.compile(fold(
    rf"(?:^| )(?P<pre>{_P}(?:مساعد |نائب |وكيل )?){_P}(?:"
    + "|".join(f"(?P<t{k}>{pat})" for k, (pat, _) in enumerate(TITLES))
    + r")(?= |$)"))
_BOUNDARY = frozenset({".", "!", "?", "؟", ":", ";", "؛", '"', "(", ")", "\n"})


# The head words of the titles above (folded, no article): a window without one of
# them has no title, and the regex need not run.
_TRIGGERS = frozenset(fold(w) for w in ["رئيس", "وزير", "وزيرة", "ولي", "أمين", "متحدث", "ناطق", "ناطقة", "متحدثة", "محلل", "ملك", "أمير", "سفير", "سفيرة", "مبعوث", "زعيم", "قائد", "خبير", "جنرال", "لواء", "فريق", "عقيد", "شيخ", "ملا", "حاكم", "مستشار", "مستشارة", "مدير", "مديرة", "مراسل", "مراسلة", "صحفي", "صحفية", "صحافي", "صحافية", "باحث", "باحثة", "قاضي", "مسؤول", "مسؤولة", "نائب", "مساعد", "وكيل"])


def _has_trigger(words: list[str]) -> bool:
    for w in words:
        for v in clitic_variants(w):
            if v in _TRIGGERS or (v.startswith("ال") and v[2:] in _TRIGGERS):
                return True
    return False


def _role_in(window: str, last: bool) -> str | None:
    """The English role of the last (or first) title in ``window``, with its prefix."""
    found = list(_TITLE_ALL.finditer(window))
    if not found:
        return None
    m = found[-1] if last else found[0]
    role = TITLES[int((m.lastgroup or "t0")[1:])][1]
    prefix = m.group("pre").strip().lstrip("وفبل")
    word = next((v for k, v in _PREFIX.items() if prefix.endswith(k)), None)
    return f"{word} {role}" if word else role


def roles_around(words: Words, i: int, j: int, floor: int) -> list[str]:
    """Titles the article gives a person named at words ``[i, j)``.

    Looks back from the name to the previous person mention (``floor``), a
    sentence boundary or eight words (``وزير الخارجية المالي، عبدالله ديوب``),
    and forward into an appositive after a comma (``محمد إدريس، المحلل السياسي``).
    """
    out: list[str] = []
    back: list[str] = []
    k = i - 1
    while k >= max(floor, i - 8):
        w = words.folded[k]
        if w in _BOUNDARY:
            break
        back.append(w)
        k -= 1
    if back and _has_trigger(back):
        role = _role_in(" ".join(reversed(back)), last=True)
        if role:
            out.append(role)
    if j < len(words.folded) and words.folded[j] in ("،", ","):
        fwd: list[str] = []
        k = j + 1
        while k < min(len(words.folded), j + 6):
            w = words.folded[k]
            if w in _BOUNDARY or w in ("،", ","):
                break
            fwd.append(w)
            k += 1
        m = _role_in(" ".join(fwd), last=False) if fwd and _has_trigger(fwd) else None
        if m and (fwd[0].startswith("ال") or fwd[0] in _PREFIX or fwd[0].startswith("وزير")):
            out.append(m)
    return out
