"""The learned PROTEST/ASSAULT sentence gate: the shipped model, the coder with it, training."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.components.events import EventCoder, make_events
from marsad.errors import ModelError
from marsad.events.detect import find_triggers, fold_tokens
from marsad.events.gate import FEATURE_SETS, Gate, default_gate, sentence_features, stem
from marsad.events.lexicon import default_lexicon
from marsad.text import tokenize_spans
from tests.events.helpers import doc_with

PROTEST_REPORT = ("تظاهر آلاف المحتجين أمس في وسط العاصمة مطالبين برحيل الحكومة، "
                  "ورفعوا لافتات تندد بارتفاع الأسعار.")
PAST_PROTESTS = ("كانت تلك المظاهرات التي شهدتها البلاد قبل عشر سنوات بداية مرحلة جديدة "
                 "في تاريخها السياسي.")
ATTACK_REPORT = "قتل خمسة جنود وأصيب عشرة آخرون أمس في هجوم مسلح استهدف نقطة تفتيش للجيش شمال البلاد."
ANNIVERSARY = "يحيي اللبنانيون اليوم ذكرى اغتيال رئيس الوزراء الأسبق رفيق الحريري عام 2005."


def _score(gate: Gate, ptype: str, text: str) -> float:
    tokens = tokenize_spans(text)
    folded = fold_tokens(text, tokens)
    hits = [(h.first_token, h.lemma, h.verb)
            for h in find_triggers(text, tokens, default_lexicon(), folded) if h.type == ptype]
    g = gate.types[ptype]
    return g.score(sentence_features(folded, hits, g.level))


def test_stem() -> None:
    assert stem("والمتظاهرين") == "متظاهر"
    assert stem("بالهجوم") == "هجوم"
    assert stem("قتل") == "قتل"  # never below three letters


def test_shipped_gate_separates_report_from_reference() -> None:
    gate = default_gate()
    assert gate is not None and set(gate.types) == {"PROTEST", "ASSAULT"}
    p = gate.types["PROTEST"]
    assert _score(gate, "PROTEST", PROTEST_REPORT) >= p.threshold
    assert _score(gate, "PROTEST", PAST_PROTESTS) < p.threshold
    a = gate.types["ASSAULT"]
    assert _score(gate, "ASSAULT", ATTACK_REPORT) >= a.threshold
    assert _score(gate, "ASSAULT", ANNIVERSARY) < a.threshold


def test_coder_drops_gated_events_only() -> None:
    gated, ungated = EventCoder(), EventCoder(gate=False)
    assert gated.gate is not None and ungated.gate is None
    for text, ptype in ((PROTEST_REPORT, "PROTEST"), (ATTACK_REPORT, "ASSAULT")):
        assert any(e.type == ptype for e in gated(doc_with(text)).events)
    for text, ptype in ((PAST_PROTESTS, "PROTEST"), (ANNIVERSARY, "ASSAULT")):
        # The lexicon finds the event word; the gate reads it as a reference, not a report.
        assert any(e.type == ptype for e in ungated(doc_with(text)).events)
        assert not any(e.type == ptype for e in gated(doc_with(text)).events)
    # Other types pass untouched (the protest report also carries a denunciation).
    assert ({e.type for e in gated(doc_with(PROTEST_REPORT)).events} - {"PROTEST"}
            == {e.type for e in ungated(doc_with(PROTEST_REPORT)).events} - {"PROTEST"})


def test_gate_setting_and_bad_file(tmp_path: Path) -> None:
    assert make_events("events", {"gate": False}).gate is None
    bad = tmp_path / "gate.json"
    bad.write_text(json.dumps({"types": {"PROTEST": {"weights": {}}}}), "utf-8")
    with pytest.raises(ModelError, match="M084"):
        make_events("events", {"gate": str(bad)})
    with pytest.raises(ModelError, match="M084"):
        Gate.from_file(tmp_path / "missing.json")


def test_training_on_a_tiny_corpus(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from marsad.events.gate_train import examples, train_type

    yes = [PROTEST_REPORT,
           "تظاهر مئات الطلاب اليوم أمام مبنى البرلمان احتجاجا على رفع الرسوم الدراسية.",
           "نظم عمال المصانع مسيرة حاشدة صباح الأحد في شوارع المدينة للمطالبة بزيادة الأجور.",
           "اعتصم عشرات الأطباء أمس أمام وزارة الصحة احتجاجا على تأخر صرف رواتبهم.",
           "تظاهر سكان الحي أمس احتجاجا على انقطاع الكهرباء وأغلقوا الطريق الرئيسي."]
    no = [PAST_PROTESTS,
          "يرى الكاتب أن الاحتجاج على كل قرار حكومي أصبح عادة لدى بعض السياسيين.",
          "تحدث الكتاب عن تاريخ الاحتجاجات الطلابية في القرن الماضي وذكراها.",
          "قال المحلل إن المظاهرات لا تكفي وحدها لتغيير السياسات الاقتصادية.",
          "تعود ذكرى احتجاجات عام 2011 كل عام لتذكر الناس بتلك المرحلة."]
    data = examples(yes + no, [True] * len(yes) + [False] * len(no), "PROTEST",
                    default_lexicon())
    model, report = train_type(data, folds=2)
    assert report["rows"] == 10 and report["positives"] == 5
    assert 0 < model.threshold < 1 and model.level in FEATURE_SETS
    gate = Gate.from_dict(json.loads(json.dumps(Gate({"PROTEST": model}).to_dict())))
    scores_yes = [_score(gate, "PROTEST", t) for t in yes]
    scores_no = [_score(gate, "PROTEST", t) for t in no]
    # Fitted on these sentences, it ranks every report above every reference.
    assert min(scores_yes) > max(scores_no)
