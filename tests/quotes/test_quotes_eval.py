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
from marsad.pipeline import load_pipeline
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


@pytest.mark.shared
def test_cli_eval_quotes_on_the_reference_article(shared: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    gold = shared / "examples" / "mali-us-talks.gold.json"
    out = tmp_path / "pred.jsonl"
    assert main(["eval", "quotes", "--gold", str(gold), "--predictions", str(out),
                 "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["gold"] == 7
    assert result["detection"]["f1"] == 1.0
    assert result["end_to_end"]["f1"] == 1.0
    assert len(json.loads(out.read_text(encoding="utf-8"))["quotes"]) == 7


def test_reference_article_quotes_and_speakers(example_text: str) -> None:
    doc = load_pipeline().analyze(example_text)
    got = [(q.cue.text, q.speaker.text, q.speaker.kind, q.content.text) for q in doc.quotes]
    assert [(c, s, k) for c, s, k, _ in got] == [
        ("وعبّر عن", "كريستوفر لاندو", "person"),
        ("واستبعد", "مصدر سياسي رفيع في مالي", "anonymous"),
        ("وأوضح", "مصدر سياسي رفيع في مالي", "anonymous"),
        ("وشدد على", "مصدر سياسي رفيع في مالي", "anonymous"),
        ("وقال", "محمد إدريس", "person"),
        ("ورجّح", "محمد إدريس", "person"),
        ("وبيّن", "محمد إدريس", "person"),
    ]
    contents = [c for _, _, _, c in got]
    assert contents[0] == "رغبة بلاده في مزيد من التعاون في هذا الشأن"
    assert contents[1].startswith("تنأى السلطات الحالية") and contents[1].endswith("المسلحين")
    assert contents[3].endswith("على باماكو ومدن أخرى")
    assert contents[6].endswith("المهاجرين غير النظاميين")
    for name in ("نصرة الإسلام والمسلمين", "القاعدة", "إرم نيوز"):
        assert name not in contents


def test_cli_eval_quotes_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "quotes", "--gold", "/nonexistent/gold.json"]) == 1
    assert "[M064]" in capsys.readouterr().err


def test_cli_eval_quotes_jsonl_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "وقال المتحدث باسم الوزارة أحمد حافظ إن الاجتماع كان إيجابيا."
    content = "الاجتماع كان إيجابيا"
    start = text.index(content)
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "x", "text": text, "quotes": [
        {"kind": "indirect", "cue": "وقال", "speaker": "أحمد حافظ", "speaker_kind": "person",
         "content": content, "start": start, "end": start + len(content)}]},
        ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["eval", "quotes", "--gold", str(gold)]) == 0
    out = capsys.readouterr().out
    assert "detection     1.0000  1.0000  1.0000" in out
    assert "end-to-end    1.0000  1.0000  1.0000" in out


def _scores(gold: Path) -> dict[str, dict[str, float]]:
    from marsad.cli.eval_quotes import predicted_quotes
    from marsad.evaluation.quotes import score
    from marsad.pipeline import load_pipeline

    pipe = load_pipeline()
    arts = load_gold(gold)
    return score((a, predicted_quotes(pipe.analyze(a.text))) for a in arts).as_dict()


def test_quality_gate_on_own_annotations() -> None:
    # Floors that may only go up (the figures in docs/results.md are measured above them).
    s = _scores(ROOT / "tests" / "data" / "quotes" / "own.gold.jsonl")
    assert s["detection"]["f1"] >= 0.93
    assert s["end_to_end"]["f1"] >= 0.75


@pytest.mark.shared
def test_quality_gate_on_development_gold(shared: Path) -> None:
    s = _scores(shared / "dev" / "quotes.gold.jsonl")
    assert s["gold"] == 198
    assert s["detection"]["f1"] >= 0.95
    assert s["end_to_end"]["f1"] >= 0.88
