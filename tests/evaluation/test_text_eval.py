from __future__ import annotations

from pathlib import Path

import pytest

from marsad.errors import EvalError
from marsad.evaluation.text import evaluate_conllu, read_conllu, surface_tokens

CONLLU = """# newdoc id = d1
# text = قال للسلطة: "نعم".
1\tقال\t_\t_\t_\t_\t0\t_\t_\t_
2\tل\t_\t_\t_\t_\t0\t_\t_\tSpaceAfter=No
3\tلسلطة\t_\t_\t_\t_\t0\t_\t_\tSpaceAfter=No
4\t:\t_\t_\t_\t_\t0\t_\t_\t_
5\t"\t_\t_\t_\t_\t0\t_\t_\tSpaceAfter=No
6\tنعم\t_\t_\t_\t_\t0\t_\t_\tSpaceAfter=No
7\t"\t_\t_\t_\t_\t0\t_\t_\tSpaceAfter=No
8\t.\t_\t_\t_\t_\t0\t_\t_\t_

# text = وغادر.
1\tو\t_\t_\t_\t_\t0\t_\t_\tSpaceAfter=No
2\tغادر\t_\t_\t_\t_\t0\t_\t_\tSpaceAfter=No
3\t.\t_\t_\t_\t_\t0\t_\t_\t_
"""


def test_surface_tokens_merge_clitics_not_punctuation(tmp_path: Path) -> None:
    path = tmp_path / "t.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    first = read_conllu(path)[0]
    assert [first.text[a:b] for a, b in surface_tokens(first)] == [
        "قال", "للسلطة", ":", '"', "نعم", '"', "."]
    scores = evaluate_conllu(path)
    assert scores["tokens"].f1 == 1.0
    assert scores["sentences"].f1 == 1.0
    assert scores["words"].f1 == 1.0  # و and ل split off, the article kept


def test_bad_conllu(tmp_path: Path) -> None:
    path = tmp_path / "bad.conllu"
    path.write_text("# text = abc\n1\txyz\t_\t_\t_\t_\t0\t_\t_\t_\n", encoding="utf-8")
    with pytest.raises(EvalError, match="not found"):
        read_conllu(path)
    with pytest.raises(EvalError):
        evaluate_conllu(tmp_path / "missing.conllu")


def test_ud_pud_scores(shared: Path) -> None:
    scores = evaluate_conllu(shared / "data" / "ud_pud" / "ar_pud-ud-test.conllu")
    assert scores["tokens"].f1 > 0.99
    assert scores["sentences"].f1 > 0.97
