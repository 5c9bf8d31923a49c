"""Scoring one article's mentions against gold, with the clitic convention of the spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import EvalError
from marsad.evaluation.mentions import score_article, score_mentions


def test_clitics_and_article_do_not_count() -> None:
    text = "زار لروسيا ثم القاهرة"
    gold = [(5, 10, "LOC"), (14, 21, "LOC")]
    # The system keeps the preposition in the first span, and the article in the second.
    pred = [(4, 10, "LOC"), (14, 21, "LOC"), (0, 3, "PER")]
    report = score_mentions(text, gold, pred)
    assert report.found == gold
    assert report.missed == []
    assert report.spurious == [(0, 3, "PER")]
    assert report.scores.precision == pytest.approx(2 / 3)
    assert "found" in report.lines()[1]


def test_wrong_label_is_missed_and_spurious() -> None:
    report = score_mentions("في مالي", [(3, 7, "LOC")], [(3, 7, "ORG")])
    assert report.found == [] and report.missed == [(3, 7, "LOC")]
    assert report.spurious == [(3, 7, "ORG")]


def test_missing_gold_file(tmp_path: Path) -> None:
    with pytest.raises(EvalError, match="M060"):
        score_article(tmp_path / "none.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    with pytest.raises(EvalError, match="M062"):
        score_article(bad)
