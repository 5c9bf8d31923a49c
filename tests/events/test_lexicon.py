"""The trigger lexicon: seed parsing, generated forms, the shipped compiled table."""

from __future__ import annotations

import time

import pytest

from marsad.errors import ModelError
from marsad.events.lexicon import (
    DEFINITE,
    POSSESSIVE,
    PRESENT,
    VERB,
    Lexicon,
    compile_seed,
    default_lexicon_path,
    noun_forms,
    parse_seed,
    verb_forms,
)
from marsad.text import fold


def test_verb_forms_cover_conjugations_and_object_pronouns() -> None:
    forms = verb_forms("قتل", "قتل")
    for f in ("قتل", "قتلت", "قتلوا", "قتلوه", "يقتل", "تقتل", "يقتلون", "نقتل"):
        assert f in forms, f
    assert forms["يقتلون"] & PRESENT and forms["قتلوا"] & VERB
    assert not forms["قتلت"] & PRESENT


def test_defective_verbs_keep_only_regular_spellings() -> None:
    forms = verb_forms(fold("التقى"), fold("لتقي"))
    assert {"التقي", "التقت", "التقوا", "يلتقي"} <= set(forms)
    assert "التقيت" not in forms


def test_noun_forms_article_pronouns_and_ta_marbuta() -> None:
    forms = noun_forms(fold("زيارة"))
    assert "الزياره" in forms and forms["الزياره"] & DEFINITE
    assert "زيارته" in forms and forms["زيارته"] & POSSESSIVE
    assert "زيارتين" in forms
    assert "هجوما" in noun_forms("هجوم")


def test_seed_errors_are_model_errors() -> None:
    with pytest.raises(ModelError, match="M080"):
        parse_seed("V\tقتل\tASSAULT\n")
    with pytest.raises(ModelError, match="M080"):
        parse_seed("N\tهجوم\tFIGHT\t-\t-\tseed\n")


def test_follow_and_block_and_exclusions() -> None:
    seed = parse_seed(
        "N\tوقف\tRETREAT\tceasefire\tإطلاق النار\tseed\n"
        "V\tرفض|رفض\tREJECT\t-\t!التعليق\tseed\n"
        "X\tرفضا\t-\t-\t-\tseed\n"
    )
    lex = Lexicon(compile_seed(seed))
    senses = lex.get("وقف")
    assert senses is not None and senses[0][0].follow == (("اطلاق", "النار"),)
    rej = lex.get("رفض")
    assert rej is not None and "التعليق" in rej[0][0].block
    assert lex.get("رفضا") is None


def test_shipped_lexicon_loads_fast_and_is_complete() -> None:
    started = time.perf_counter()
    lex = Lexicon.from_file(default_lexicon_path())
    assert time.perf_counter() - started < 1.0
    assert len(lex) > 3000
    for form in ("المحادثات", "الحصار", "اشتباكات", "هجوم", "تظاهره", "اعتقلت"):
        assert lex.get(form) is not None, form
    types = {e.type for e in lex.entries}
    assert {"ASSAULT", "PROTEST", "CONSULT", "COERCE", "THREATEN"} <= types


def test_missing_lexicon_is_a_model_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ModelError, match="M081"):
        Lexicon.from_file(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"entries": [], "forms": {"x": [[3, 0]]}}', "utf-8")
    with pytest.raises(ModelError, match="M081"):
        Lexicon.from_file(bad)
