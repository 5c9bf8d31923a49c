"""Trigger detection: clitics, phrases, refused next words, modes, the future prefix."""

from __future__ import annotations

import pytest

from marsad.events.detect import find_triggers
from marsad.events.lexicon import default_lexicon
from marsad.text import tokenize_spans


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
