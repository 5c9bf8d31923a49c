from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text import fold, normalize


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("أحمد إبراهيم آمال", "احمد ابراهيم امال"),
        ("مصطفى", "مصطفي"),
        ("الحكومة المالية", "الحكومه الماليه"),
        ("محـــمد", "محمد"),
        ("فضّل مُحَمَّد", "فضل محمد"),
        ("عام ٢٠٢١", "عام 2021"),
        ("ﻻ", "لا"),
        ("واشن\u200fطن\u200b", "واشنطن"),
        ("«نص»", '"نص"'),
    ],
)
def test_fold_arabic_forms(raw: str, folded: str) -> None:
    assert fold(raw) == folded
    assert normalize(raw).text == folded


@pytest.mark.parametrize("ch", ["\ufbb2", "\ufdd0", "\ufdfd", "\ufe70"])
def test_fold_presentation_block_symbols_terminate(ch: str) -> None:
    assert normalize(ch).text == fold(ch)


def test_normalize_maps_spans_back() -> None:
    raw = "وأوضح المصدر، الذي فضّل عدم الكشف"
    view = normalize(raw)
    i = view.text.index("فضل")
    start, end = view.to_original(i, i + 3)
    assert raw[start:end] == "فضّل"


def test_normalize_rejects_span_outside() -> None:
    with pytest.raises(ValueError):
        normalize("abc").to_original(2, 9)


@given(st.text())
def test_normalize_maps_every_position_back(raw: str) -> None:
    view = normalize(raw)
    assert len(view.offsets) == len(view.text) + 1
    assert view.offsets[-1] == len(raw)
    for i, ch in enumerate(view.text):
        src = view.offsets[i]
        assert 0 <= src < len(raw)
        assert ch in fold(raw[src])
    assert list(view.offsets) == sorted(view.offsets)
    for i in range(len(view.text) + 1):
        for j in range(i, min(len(view.text), i + 4) + 1):
            a, b = view.to_original(i, j)
            assert 0 <= a <= b <= len(raw)
            # A span that starts inside a ligature maps to the whole ligature.
            assert view.text[i:j] in fold(raw[a:b]) or i == j
