"""Unit tests of the quote finder's parts: mark pairing, the lexicon, word shapes."""

from __future__ import annotations

from marsad.quotes import load_lexicon
from marsad.quotes.finder import is_masdar_like, token_keys
from marsad.quotes.marks import pair_marks
from marsad.text import fold


def _pairs(text: str) -> list[tuple[str, int]]:
    ends = [i for i, ch in enumerate(text) if ch == "\n"] + [len(text)]
    return [(text[q.open + 1 : q.end], q.depth) for q in pair_marks(text, ends)]


def test_reversed_guillemets_around_a_name_pair() -> None:
    assert _pairs("قال ذلك ل»الرياض» وزير الداخلية") == [("الرياض", 0)]


def test_curly_marks_and_a_reversed_opener() -> None:
    assert _pairs("وقال “نحن هنا.” وأضاف ” نحن في مرحلة مصيرية.”") == [
        ("نحن هنا.", 0), (" نحن في مرحلة مصيرية.", 0)]


def test_unclosed_mark_runs_to_the_paragraph_end_without_the_full_stop() -> None:
    pairs = _pairs("وقال زوجها: \"حضرنا منذ الصباح.\nفقرة أخرى")
    assert pairs == [("حضرنا منذ الصباح", 0)]


def test_lexicon_generates_conjugations_and_clitics() -> None:
    lex = load_lexicon()
    for written in ("قالت", "وأكدوا", "ويشيرون", "ليعلن", "مؤكدة", "مشيرين", "وتأكيده", "نفت"):
        assert fold(written) in lex.surface, written
    for not_cue in ("أقرأ", "يدعى", "مقره"):
        assert fold(not_cue) not in lex.surface, not_cue
    assert lex.surface[fold("وأضاف")][1] is True  # carries a proclitic
    assert lex.surface[fold("أشار")][0].prep == fold("إلى")


def test_token_keys_fold_alef_ya_and_diacritics_one_to_one() -> None:
    assert token_keys(["أنّ", "إلى", "مُضيفًا", "ـ"]) == ["ان", "الي", "مضيفا", "ـ"]


def test_verbal_noun_shapes() -> None:
    for masdar in ("تدمير", "إكمال", "اعتقال", "استمرار", "تراجع", "مقتل", "جاهزية", "تدميره"):
        assert is_masdar_like(fold(masdar)), masdar
    for other in ("الجيش", "محمد", "قال", "الوزير"):
        assert not is_masdar_like(fold(other)), other
