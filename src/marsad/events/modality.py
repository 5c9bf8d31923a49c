"""How the text presents an event: asserted, negated, hypothetical or future.

Cues are read from the words before the trigger in its clause (particles next to
it, stance verbs a little further back), then from the stance of the verb that
introduces the quote holding it (``Quote.cue``: نفى، استبعد -> negated; رجّح، توقع ->
hypothetical). Everything is compared in folded form.
"""

from __future__ import annotations

from collections.abc import Sequence

from marsad.text import fold


def _forms(*words: str) -> frozenset[str]:
    """Folded forms of cue words, also with a leading و/ف."""
    out: set[str] = set()
    for w in words:
        f = fold(w)
        out.update((f, "و" + f, "ف" + f))
    return frozenset(out)


# Particles that must sit right before the trigger (within a few words).
NEGATION_PARTICLES = _forms("لم", "لن", "لا", "ليس", "ليست", "لما", "عدم", "دون", "بدون",
                            "غير")
FUTURE_PARTICLES = _forms("سوف")
MAY_PARTICLES = _forms("قد", "ربما", "لعل", "ربّما")
CONDITIONALS = _forms("إذا", "لو", "لولا", "إن")
# Stance words that govern a clause after them (within a sentence window).
NEGATION_VERBS = _forms(
    "نفى", "نفت", "ينفي", "تنفي", "نفوا", "نفي", "استبعد", "استبعدت", "يستبعد", "تستبعد",
    "استبعدوا", "استبعاد", "نافيا", "نافية", "مستبعدا", "مستبعدة", "كذب", "كذبت",
)
HYPOTHETICAL_VERBS = _forms(
    "رجح", "رجحت", "يرجح", "ترجح", "رجحوا", "ترجيح", "مرجحا", "توقع", "توقعت", "يتوقع",
    "تتوقع", "توقعوا", "متوقعا", "المتوقع", "المحتمل", "يحتمل", "احتمال", "يمكن", "يمكنها",
    "يمكنه", "بإمكان", "ينبغي", "يجب", "يتعين", "بحاجة", "تحتاج", "يحتاج", "لاحتمال", "قد",
    "اقترح", "يقترح", "خشية", "تخشى", "يخشى", "حذر", "حذرت", "يحذر", "تحذر", "محذرا",
    "تحسبا", "لمنع", "منع", "لتفادي", "تفادي", "لإحباط", "إحباط", "أحبطت", "أحبط",
)
# Words right after the trigger that make it possible, not real (هجوم محتمل).
HYPOTHETICAL_AFTER = _forms("محتمل", "محتملة", "المحتمل", "المحتملة", "وشيك",
                            "وشيكة", "مفترض", "مفترضة", "المزعوم", "المزعومة")
MODAL_WORDS = _forms("يمكن", "يمكنها", "يمكنه", "بإمكان", "ينبغي", "يجب", "يتعين", "بحاجة",
                     "تحتاج", "يحتاج")
FUTURE_VERBS = _forms(
    "يعتزم", "تعتزم", "اعتزم", "اعتزمت", "يعتزمون", "اعتزام", "عزم", "عزمها", "عزمه",
    "المقرر", "المنتظر", "يخطط", "تخطط", "ينوي", "تنوي", "نية", "سيتم", "ستتم",
    "سيجري", "ستجري", "سيعقد", "ستعقد", "تستعد", "يستعد", "المزمع", "يزمع", "تزمع",
    "سيبدأ", "ستبدأ", "المرتقب", "المرتقبة", "يرتقب", "مرتقب", "مرتقبة",
)
# Words after the trigger that put it in the future ("الاجتماع المقبل", "غدا").
FUTURE_AFTER = _forms("المقبل", "المقبلة", "القادم", "القادمة", "غدا", "غداً", "المرتقب",
                      "المرتقبة", "المزمع", "المزمعة", "المقررة", "المقرر", "ستجري", "سيجري",
                      "سيعقد", "ستعقد", "ستبدأ", "سيبدأ", "ستستأنف", "ستنطلق", "سينطلق")
_STRONG_STOPS = frozenset(".؟?!؛;:")
_CLAUSE_STOPS = frozenset("،,")
NEAR = 3  # particles: at most this many words before the trigger
FAR = 10  # stance words: at most this many words before the trigger
AFTER = 6  # words after the trigger that can make it future

NEGATING_CUES = NEGATION_VERBS
HYPOTHETICAL_CUES = HYPOTHETICAL_VERBS
FUTURE_CUES = FUTURE_VERBS


def local_modality(folded: Sequence[str], index: int, *, present_verb: bool,
                   future_prefix: bool, verb: bool = False) -> str | None:
    """The modality the words before token ``index`` give it, or None (no cue).

    Args:
        folded: the folded tokens of the sentence (or document).
        index: the trigger's first token.
        present_verb: the trigger is an imperfect verb (``قد`` + imperfect is "may").
        future_prefix: the trigger carried سـ.
        verb: the trigger is a verb (``لا`` negates verbs, rarely nouns: ``لا سيما``).
    """
    if future_prefix:
        near_neg = any(folded[j] in NEGATION_PARTICLES for j in range(max(0, index - NEAR), index))
        if near_neg:
            return "negated"
        # "ما إذا كان سيصوت"، "رجّح أنه سيهاجم": a future under a condition or a
        # prediction is hypothetical.
        for j in range(index - 1, max(-1, index - FAR - 1), -1):
            w = folded[j]
            if w and w[0] in _STRONG_STOPS:
                break
            if (w in CONDITIONALS and w.lstrip("وف") != "ان") or (
                    w in HYPOTHETICAL_VERBS and w not in MODAL_WORDS
                    and w.lstrip("وف") != "قد"):
                return "hypothetical"
        return "future"
    clause_open = True
    for dist, j in enumerate(range(index - 1, max(-1, index - FAR - 1), -1), 1):
        w = folded[j]
        if w and w[0] in _STRONG_STOPS:
            break
        if w and w[0] in _CLAUSE_STOPS:
            clause_open = False
            continue
        if clause_open and dist <= NEAR:
            if w in FUTURE_AFTER and not w.startswith(("س", "وس")):
                return "future"  # الجولة المقبلة من المحادثات
            if w in NEGATION_PARTICLES:
                # "لا" before a noun is rarely a negation of the event ("لا سيما").
                return "negated" if w.lstrip("وف") != "لا" or present_verb or verb else None
            if w in FUTURE_PARTICLES or (w.startswith("س") and len(w) > 3 and w[1] in "يتن"
                                         and dist == 1):
                return "future"
            if w in MAY_PARTICLES:
                # قد + perfect is "has done" (asserted); قد + imperfect is "may".
                nxt = folded[j + 1] if j + 1 < len(folded) else ""
                if w.lstrip("وف") != "قد" or present_verb or nxt[:1] in "يتن":
                    return "hypothetical"
        if w in CONDITIONALS and w.lstrip("وف") != "ان":
            return "hypothetical"
        if w in NEGATION_VERBS:
            return "negated"
        if w in HYPOTHETICAL_VERBS and w.lstrip("وف") != "قد" and (
                clause_open or w not in MODAL_WORDS):
            # A modal (ينبغي، يمكن) governs its own clause only; a stance verb (رجّح)
            # reaches over an inserted phrase.
            return "hypothetical"
        if w in FUTURE_VERBS:
            return "future"
    for j in range(index + 1, min(len(folded), index + 1 + AFTER)):
        w = folded[j]
        if w and w[0] in _STRONG_STOPS:
            break
        if w in FUTURE_AFTER:
            return "future"
        if w in HYPOTHETICAL_AFTER and j - index <= 2:
            return "hypothetical"
    return None


def question_modality(sentence: str) -> str | None:
    """Events in a question (``هل ...؟``) are hypothetical."""
    s = sentence.strip()
    if s.endswith(("؟", "?")) or s.startswith(("هل ", "وهل ", "فهل ")):
        return "hypothetical"
    return None


def cue_modality(cue_text: str | None) -> str | None:
    """The stance a quote's cue word gives the events inside the quote, or None."""
    if not cue_text:
        return None
    f = fold(cue_text.strip())
    if f in NEGATING_CUES:
        return "negated"
    if f in HYPOTHETICAL_CUES:
        return "hypothetical"
    if f in FUTURE_CUES:
        return "future"
    return None
