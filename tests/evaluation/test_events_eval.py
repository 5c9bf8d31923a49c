"""Event scoring on a tiny hand-made gold and GSR file, and the eval/train CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from marsad.cli.main import main
from marsad.document import Document, Event, Span
from marsad.errors import EvalError
from marsad.evaluation.events import evaluate_gold, evaluate_gsr, match_events
from marsad.events.build import gsr_half
from marsad.pipeline import load_pipeline

TEXT = "اعتقلت الشرطة خمسة أشخاص أمس. ولم تنسحب القوات من المدينة."


def _write_gold(tmp: Path, events: list[dict[str, object]]) -> tuple[Path, Path]:
    arts = tmp / "articles.jsonl"
    arts.write_text(json.dumps({"id": "a1", "date": "2015-07-27", "text": TEXT},
                               ensure_ascii=False) + "\n", "utf-8")
    gold = tmp / "events.gold.jsonl"
    gold.write_text(json.dumps({"id": "a1", "events": events}, ensure_ascii=False) + "\n", "utf-8")
    return gold, arts


def _gold_event(trigger: str, ptype: str, modality: str, said_by: str | None = None) -> dict[str, object]:
    start = TEXT.index(trigger)
    return {"type": ptype, "mode": None, "modality": modality,
            "trigger": {"start": start, "end": start + len(trigger), "text": trigger},
            "other_triggers": [], "actor": None, "recipient": None, "location": None,
            "quote": None, "said_by": said_by}


def test_gold_scoring_counts_detection_type_and_modality(tmp_path: Path) -> None:
    gold, arts = _write_gold(tmp_path, [
        _gold_event("اعتقلت", "COERCE", "asserted"),
        _gold_event("تنسحب", "RETREAT", "negated"),
        _gold_event("أشخاص", "ASSAULT", "asserted"),  # a gold event the coder cannot find
    ])
    res = evaluate_gold(gold, arts, load_pipeline()).as_dict()
    assert res["detection"]["tp"] == 2 and res["detection"]["fn"] == 1
    assert res["detection"]["fp"] == 0
    assert res["type_accuracy"] == 1.0 and res["modality_accuracy"] == 1.0
    assert res["negated"] == {"gold_matched": 1, "recall": 1.0, "predicted_matched": 1,
                              "precision": 1.0}
    assert res["said_by_accuracy"] == 1.0
    assert res["actor_accuracy"] == 1.0  # null actors on both sides


def test_wrong_modality_and_said_by_are_counted(tmp_path: Path) -> None:
    gold, arts = _write_gold(tmp_path, [
        _gold_event("اعتقلت", "COERCE", "future", said_by="مصدر أمني"),
    ])
    res = evaluate_gold(gold, arts, load_pipeline()).as_dict()
    assert res["detection"]["tp"] == 1 and res["detection"]["fp"] == 1
    assert res["modality_accuracy"] == 0.0
    assert res["future"]["recall"] == 0.0
    assert res["said_by_accuracy"] == 0.0 and res["said_by_recall_of_attributed"] == 0.0


def test_matching_uses_other_triggers_one_to_one() -> None:
    text = "هجوم ثم الهجوم"
    pred = [Event("v1", "ASSAULT", Span(0, 4, "هجوم"),
                  other_triggers=(Span(8, 14, "الهجوم"),))]
    gold = [{"type": "ASSAULT", "trigger": {"start": 8, "end": 14, "text": "الهجوم"}},
            {"type": "ASSAULT", "trigger": {"start": 0, "end": 4, "text": "هجوم"}}]
    assert Document(text=text)
    assert match_events(pred, gold) == [(0, 1)]


def test_gold_for_unknown_article_is_an_error(tmp_path: Path) -> None:
    gold, arts = _write_gold(tmp_path, [])
    gold.write_text('{"id": "zz", "events": []}\n', "utf-8")
    with pytest.raises(EvalError, match="M062"):
        evaluate_gold(gold, arts, load_pipeline())


def _write_gsr(path: Path, rows: list[tuple[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["accept", "event_type", "id", "label", "reject", "text", "total"])
        for i, (label, text) in enumerate(rows):
            w.writerow([0, "PROTEST", f"row{i}", label, 0, text, 3])


def test_gsr_scoring_yes_against_no_and_skips_ambiguous(tmp_path: Path) -> None:
    path = tmp_path / "protest_gsr.csv"
    _write_gsr(path, [
        ("yes", "تظاهر آلاف الطلاب أمام البرلمان أمس."),
        ("yes", "رفع الأهالي لافتات كتب عليها لا للفساد."),
        ("easy no", "ارتفعت أسعار النفط اليوم."),
        ("difficult no", "وتظاهر مئات المعلمين في العاصمة أمس."),
        ("ambiguous", "تظاهر العشرات."),
    ])
    res = evaluate_gsr(path, "PROTEST", load_pipeline(), split="all")
    assert (res.scores.tp, res.scores.fn, res.scores.fp) == (1, 1, 1)
    assert res.difficult_fp == 1 and res.easy_fp == 0 and res.skipped == 1
    with pytest.raises(EvalError, match="M082"):
        evaluate_gsr(path, "PROTEST", load_pipeline(), split="test")


def test_gsr_half_is_fixed_and_balanced() -> None:
    halves = [gsr_half(f"id{i}") for i in range(2000)]
    assert gsr_half("id1") == gsr_half("id1")
    assert 900 < halves.count("train") < 1100


def test_cli_eval_events_gsr_and_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "protest_gsr.csv"
    _write_gsr(path, [("yes", "تظاهر آلاف الطلاب أمام البرلمان أمس.")])
    assert main(["eval", "events", "--gsr", str(path), "--split", "all", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["type"] == "PROTEST" and out["tp"] == 1
    gold, _ = _write_gold(tmp_path, [_gold_event("اعتقلت", "COERCE", "asserted")])
    assert main(["eval", "events", "--gold", str(gold)]) == 0
    assert "detection" in capsys.readouterr().out
    assert main(["eval", "events"]) == 1
    assert "M083" in capsys.readouterr().err


def test_cli_train_events_writes_a_loadable_lexicon(tmp_path: Path, shared: Path) -> None:
    pytest.importorskip("sklearn", reason="training the event gate needs the train or test extra")
    out = tmp_path / "lexicon.json"
    assert main(["train", "events", "--shared", str(shared), "--out", str(out),
                 "--seed", str(Path(__file__).resolve().parents[2] / "src/marsad/models/events/seed.tsv")]) == 0
    from marsad.events.lexicon import Lexicon, default_lexicon_path
    assert len(Lexicon.from_file(out)) == len(Lexicon.from_file(default_lexicon_path()))
