"""Quote scoring (shared/spec/quotes.md) on a tiny hand-made gold, and the reference article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.cli.main import main
from marsad.errors import EvalError
from marsad.evaluation.quotes import (
    QuoteScores,
    ScoredQuote,
    load_gold,
    normalise_speaker,
    score_article,
    speaker_right,
)
from tests.conftest import ROOT

TEXT = "وقال الوزير أحمد علي إن الاجتماع كان مفيدا جدا. وأضاف أن الحوار سيستمر."


def q(content: str, speaker: str, text: str = TEXT) -> ScoredQuote:
    start = text.index(content)
    return ScoredQuote(start, start + len(content), content, speaker)


def test_speaker_normalisation_and_containment() -> None:
    assert normalise_speaker("وأحْمد الـعلي") == ("احمد", "علي")
    assert speaker_right("المصدر", "مصدر سياسي رفيع في مالي")
    assert speaker_right("المحلل السياسي، محمد إدريس", "محمد إدريس")
    assert speaker_right("إدريس", "محمد ادريس")
    assert not speaker_right("الوزير", "عبداللطيف آل الشيخ")
    assert not speaker_right("", "محمد")
    assert not speaker_right("محمد علي", "علي محمد")


def test_scores_count_matches_speakers_and_one_match_per_gold() -> None:
    gold = [q("الاجتماع كان مفيدا جدا", "أحمد علي"), q("الحوار سيستمر", "أحمد علي")]
    pred = [
        q("الاجتماع كان مفيدا", "الوزير أحمد علي"),  # matches, speaker right
        q("الاجتماع كان", "أحمد علي"),  # a second match for the same gold: spurious
        q("الحوار سيستمر", "الوزير"),  # matches, speaker wrong
    ]
    s = QuoteScores()
    score_article(TEXT, gold, pred, s)
    assert (s.gold, s.predicted, s.matched, s.speaker_right) == (2, 3, 2, 1)
    assert s.detection.precision == pytest.approx(2 / 3)
    assert s.detection.recall == 1.0
    assert s.end_to_end.precision == pytest.approx(1 / 3)
    assert s.end_to_end.recall == 0.5
    assert s.attribution_accuracy == 0.5


def test_overlap_under_half_is_no_match() -> None:
    gold = [q("الاجتماع كان مفيدا جدا", "أحمد علي")]
    pred = [ScoredQuote(0, TEXT.index("الاجتماع") + 3, "", "أحمد علي")]
    s = QuoteScores()
    score_article(TEXT, gold, pred, s)
    assert s.matched == 0


def test_load_gold_jsonl_and_single_object(tmp_path: Path) -> None:
    line = {"id": "a", "text": TEXT, "quotes": [
        {"content": "الحوار سيستمر", "start": TEXT.index("الحوار"),
         "end": TEXT.index("الحوار") + 13, "speaker": "أحمد علي", "kind": "indirect"}]}
    p = tmp_path / "g.jsonl"
    p.write_text(json.dumps(line, ensure_ascii=False) + "\n" + json.dumps(line) + "\n",
                 encoding="utf-8")
    assert [len(a.quotes) for a in load_gold(p)] == [1, 1]
    bad = dict(line, quotes=[dict(line["quotes"][0], start=0)])  # type: ignore[arg-type]
    p.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(EvalError):
        load_gold(p)


def test_cli_eval_quotes_on_the_reference_article(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    gold = ROOT / "tests" / "quotes" / "data" / "mali-us-talks.gold.json"
    out = tmp_path / "pred.jsonl"
    assert main(["eval", "quotes", "--gold", str(gold), "--predictions", str(out),
                 "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["gold"] == 7
    assert result["detection"]["f1"] == 1.0
    assert result["end_to_end"]["f1"] == 1.0
    pred = json.loads(out.read_text(encoding="utf-8"))["quotes"]
    contents = " ".join(p["content"] for p in pred)
    speakers = [p["speaker"] for p in pred]
    assert "كريستوفر لاندو" in speakers[0]
    assert speakers[1:4] == ["مصدر سياسي رفيع في مالي"] * 3
    assert all("محمد إدريس" in s for s in speakers[4:])
    for name in ("نصرة الإسلام والمسلمين", "القاعدة", "إرم نيوز"):
        assert all(p["content"] != name for p in pred)
    assert "رغبة بلاده في مزيد من التعاون" in contents


def test_cli_eval_quotes_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "quotes", "--gold", "/nonexistent/gold.json"]) == 1
    assert "[M064]" in capsys.readouterr().err
