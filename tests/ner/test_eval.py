"""Exact-span NER scoring and CoNLL reading on small hand-made files."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import EvalError
from marsad.evaluation.ner import bio_chunks, mention_key, score_ner, strip_mention_prefix
from marsad.ner.io import normalize_tag, parse_conll, read_conll, write_predictions

CONLL = """\
قال O
الرئيس O
باراك B-PERS
أوباما I-PERS
في O
واشنطن B-LOC

أعلنت O
الأمم B-ORG
المتحدة I-ORG
عن O
مهرجان B-MIS
"""


def test_bio_chunks_follow_conlleval() -> None:
    assert bio_chunks(["B-PER", "I-PER", "O", "B-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    # An I- that does not continue a chunk of its label opens a new chunk.
    assert bio_chunks(["I-LOC", "I-ORG", "B-ORG", "I-ORG"]) == [
        (0, 1, "LOC"), (1, 2, "ORG"), (2, 4, "ORG")]
    assert bio_chunks([]) == []


@pytest.mark.parametrize(("raw", "tag"), [("B-PERS", "B-PER"), ("I-MIS", "I-MISC"),
                                          ("O", "O"), ("B-ORG", "B-ORG")])
def test_tags_are_normalised(raw: str, tag: str) -> None:
    assert normalize_tag(raw) == tag


def test_parse_conll_reads_sentences() -> None:
    sents = parse_conll(CONLL.splitlines())
    assert len(sents) == 2
    assert sents[0][1] == ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]
    assert sents[1][1][-1] == "B-MISC"


def test_exact_span_scores() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "I-ORG", "O"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-ORG", "I-ORG", "B-MISC"]]
    s = score_ner(gold, pred)
    # LOC and ORG right; PER cut short is a false positive and a miss; MISC spurious.
    assert (s.micro.tp, s.micro.fp, s.micro.fn) == (2, 2, 1)
    assert s.per_label["PER"].f1 == 0.0
    assert s.per_label["LOC"].f1 == 1.0
    assert round(s.micro.f1, 4) == round(2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3), 4)
    with pytest.raises(ValueError):
        score_ner(gold, pred[:1])


def test_malformed_and_missing_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("كلمة B-FOO\n", encoding="utf-8")
    with pytest.raises(EvalError, match="M061"):
        read_conll(bad)
    with pytest.raises(EvalError, match="M060"):
        read_conll(tmp_path / "missing.txt")
    lonely = tmp_path / "lonely.txt"
    lonely.write_text("كلمة\n", encoding="utf-8")
    with pytest.raises(EvalError, match=r"lonely\.txt:1"):
        read_conll(lonely)


def test_predictions_file_layout(tmp_path: Path) -> None:
    sents = parse_conll(CONLL.splitlines())
    out = tmp_path / "pred.txt"
    write_predictions(out, sents, [["O"] * len(w) for w, _ in sents])
    lines = out.read_text(encoding="utf-8").split("\n")
    assert lines[2] == "باراك B-PER O"
    assert lines[6] == ""


@pytest.mark.parametrize(("text", "cut"), [("وواشنطن", 1), ("لروسيا", 1), ("للأمم", 2),
                                           ("بالقاهرة", 3), ("القاعدة", 2), ("مالي", 0)])
def test_mention_prefix_for_scoring(text: str, cut: int) -> None:
    assert strip_mention_prefix(text) == cut
    assert mention_key("x" + text, 1, 1 + len(text), "LOC") == (1 + cut, 1 + len(text), "LOC")
