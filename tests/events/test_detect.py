"""Trigger detection: clitics, phrases, refused next words, modes, the future prefix."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.detect import _EXPANDING, _SAME_LENGTH, find_triggers, fold_same_length
from marsad.events.lexicon import default_lexicon
from marsad.text import fold, tokenize_spans


def triggers(text: str) -> list[tuple[str, str, str | None]]:
    hits = find_triggers(text, tokenize_spans(text), default_lexicon())
    return [(text[h.start : h.end], h.type, h.mode) for h in hits]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأجرى الوزير محادثات مع نظيره", ("محادثات", "CONSULT", None)),
        ("فرضت الجماعة الحصار على المدينة", ("الحصار", "COERCE", "restrict")),
        ("اندلعت اشتباكات عنيفة في الحي", ("اشتباكات", "ASSAULT", None)),
        ("تظاهر آلاف الطلاب أمام البرلمان", ("تظاهر", "PROTEST", "demo")),
        ("وخرجت تظاهرة في العاصمة", ("تظاهرة", "PROTEST", "demo")),
        ("اعتقلت الشرطة ثلاثة مشتبه بهم", ("اعتقلت", "COERCE", "arrest")),
        ("وقتلوا جنديين في الكمين", ("قتلوا", "ASSAULT", None)),
        ("شنت الطائرات غارات جوية على المواقع", ("غارات جوية", "ASSAULT", "aerial")),
        ("نفذ انتحاري عملية انتحارية في السوق", ("عملية انتحارية", "ASSAULT", "suicide-attack")),
        ("أعلن الطرفان وقف إطلاق النار", ("وقف إطلاق النار", "RETREAT", "ceasefire")),
        ("أطلق مسلحون النار على الحافلة", ("أطلق", "ASSAULT", "firearms")),
        ("للهجوم الذي وقع أمس", ("هجوم", "ASSAULT", None)),
        ("وبحث الرئيس خلال زيارته إلى القاهرة", ("زيارته", "CONSULT", "visit")),
    ],
)
def test_triggers_in_real_sentences(text: str, expected: tuple[str, str, str | None]) -> None:
    found = triggers(text)
    assert expected in found, found


def test_phrase_wins_over_its_parts() -> None:
    found = triggers("دعت الأمم المتحدة إلى وقف إطلاق النار فورا")
    assert ("وقف إطلاق النار", "RETREAT", "ceasefire") in found
    assert not any(t[0] == "إطلاق" for t in found)


def test_refused_next_word_and_homographs() -> None:
    assert triggers("ورفض المتحدث التعليق على الخبر") == []
    assert triggers("صلاة الفجر في المسجد") == []
    assert triggers("طالب في الجامعة") == []
    assert triggers("احتل الفريق المركز الأول") == []


def test_future_prefix_and_offsets_skip_conjunction() -> None:
    text = "وسيستقيل الوزير غدا"
    hits = find_triggers(text, tokenize_spans(text), default_lexicon())
    assert len(hits) == 1
    h = hits[0]
    assert h.future_prefix and h.type == "RETREAT"
    assert text[h.start : h.end] == "سيستقيل"


def test_no_trigger_in_plain_text() -> None:
    assert triggers("ارتفعت أسعار النفط في الأسواق العالمية اليوم") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وبحث الرئيس مع نظيره الفرنسي الأزمة", ("بحث", "CONSULT", None)),
        ("وحث الوزير الدول على التعاون", ("حث", "REQUEST", None)),
        ("وحمّل الجيش الجماعة المسؤولية عن الهجوم", ("حمّل", "ACCUSE", "allege")),
        ("سحبت روسيا قواتها من المنطقة", ("سحبت", "RETREAT", "withdraw")),
        ("وتجمع نحو مائة متظاهر في وسط المدينة", ("تجمع", "PROTEST", "demo")),
        ("وسحبت الدولة سفيرها", ("سحبت", "SANCTION", "withdraw")),
    ],
)
def test_verb_phrases_need_their_object(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in triggers(text)


def test_verb_phrases_without_their_object_are_not_events() -> None:
    assert triggers("بحث الطلاب عن عمل") == []
    assert triggers("تجمع عدد من السياح أمام المتحف") == []
    assert triggers("استدعت الوزارة السفير احتجاجا على التصريحات") == []
    assert triggers("حمل الطفل الحقيبة") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFEFF), max_size=80))
def test_fast_fold_equals_translate_fold(text: str) -> None:
    fast = fold_same_length(text)
    if _EXPANDING.search(text):
        assert fast is None
        return
    assert fast == text.translate(_SAME_LENGTH)
    assert fast is not None and len(fast) == len(text)
    assert fast.replace("\x00", "") == fold(text)
