"""Accuracy floors of the shipped NER model (they may only go up)."""

from __future__ import annotations

from pathlib import Path

from marsad.evaluation.mentions import score_article
from marsad.ner.io import read_conll
from marsad.ner.model import NERModel
from marsad.ner.training import evaluate


def test_anercorp_test_f1_floor(shared: Path) -> None:
    scores, _ = evaluate(NERModel.load(), read_conll(shared / "data/anercorp/test.txt"))
    assert scores.micro.f1 >= 0.70
    assert scores.per_label["LOC"].f1 >= 0.86


def test_reference_article_mentions_floor(shared: Path) -> None:
    report = score_article(shared / "examples" / "mali-us-talks.gold.json")
    assert len(report.found) >= 16
