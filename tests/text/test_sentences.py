from __future__ import annotations

import pytest

from marsad.text import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال الوزير. وأضاف المصدر؟ نعم!", ["قال الوزير.", "وأضاف المصدر؟", "نعم!"]),
        ("بلغ النمو 3.5 في المئة. انتهى", ["بلغ النمو 3.5 في المئة.", "انتهى"]),
        ("التقى د. أحمد بالوزير. ثم غادر", ["التقى د. أحمد بالوزير.", "ثم غادر"]),
        ("زار U.S. Army بغداد. ثم عاد", ["زار U.S. Army بغداد.", "ثم عاد"]),
        ("فقرة أولى بلا نقطة\n\nفقرة ثانية", ["فقرة أولى بلا نقطة", "فقرة ثانية"]),
        ("وقال: «الوضع صعب. لكننا صامدون.» ثم غادر.",
         ["وقال: «الوضع صعب.", "لكننا صامدون.»", "ثم غادر."]),
        ('وأضاف أن "الأمر انتهى". وتابع', ['وأضاف أن "الأمر انتهى".', "وتابع"]),
        ('قال: "انتهى." ثم', ['قال: "انتهى."', "ثم"]),
        ("موقع example.com مهم. نعم", ["موقع example.com مهم.", "نعم"]),
        ("ماذا؟! لا أعرف...", ["ماذا؟!", "لا أعرف..."]),
        ("", []),
    ],
)
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_reference_article_has_eleven_sentences(example_text: str) -> None:
    spans = sentence_spans(example_text)
    assert len(spans) == 11
    assert all(example_text[a:b].endswith((".", '".')) for a, b in spans)
