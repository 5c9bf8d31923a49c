from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text import split_clitics, strip_proclitics, tokenize_spans


def _tokens(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize_spans(text)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("قال، ثم أضاف؛ لماذا؟", ["قال", "،", "ثم", "أضاف", "؛", "لماذا", "؟"]),
        ("«الجيش يفضّل» و\"القاعدة\"", ["«", "الجيش", "يفضّل", "»", "و", '"', "القاعدة", '"']),
        ("“نص” 'x'", ["“", "نص", "”", "'", "x", "'"]),
        ("نمو 3.5 في 1,000 و٢٠٢١", ["نمو", "3.5", "في", "1,000", "و", "٢٠٢١"]),
        ("لـ\"إرم نيوز\"", ["لـ", '"', "إرم", "نيوز", '"']),
        ("U.S. Al-Qaeda", ["U", ".", "S", ".", "Al-Qaeda"]),
    ],
)
def test_tokenize_splits_punctuation(text: str, tokens: list[str]) -> None:
    assert _tokens(text) == tokens


@pytest.mark.parametrize(
    ("word", "pieces"),
    [
        ("وواشنطن", ["و", "واشنطن"]),
        ("والمسلمين", ["و", "ال", "مسلمين"]),
        ("بالغرب", ["ب", "ال", "غرب"]),
        ("للحكومة", ["ل", "ل", "حكومة"]),
        ("لروسيا", ["ل", "روسيا"]),
        ("مالي", ["مالي"]),
    ],
)
def test_split_clitics_keeps_offsets(word: str, pieces: list[str]) -> None:
    spans = split_clitics(word, start=10)
    assert ["x" * 10 + word][0][spans[0][0] : spans[-1][1]] == word
    assert [("x" * 10 + word)[a:b] for a, b in spans] == pieces


def test_strip_proclitics() -> None:
    assert strip_proclitics("وروسيا") == "روسيا"


@given(st.text())
def test_tokens_slice_back_and_cover_non_space(text: str) -> None:
    spans = tokenize_spans(text)
    covered = [False] * len(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert not any(c.isspace() for c in text[a:b])
        for i in range(a, b):
            covered[i] = True
        last = b
    for i, c in enumerate(text):
        assert covered[i] or c.isspace()
