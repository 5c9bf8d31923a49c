"""``marsad eval ner`` and ``marsad train ner`` as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "marsad", *args], capture_output=True,
                          text=True, timeout=120, check=False, cwd=ROOT)


def test_eval_ner_on_a_small_file(tmp_path: Path) -> None:
    data = tmp_path / "small.txt"
    data.write_text("قال O\nالرئيس O\nباراك B-PERS\nأوباما I-PERS\nفي O\nواشنطن B-LOC\n. O\n",
                    encoding="utf-8")
    pred = tmp_path / "pred.txt"
    res = run("eval", "ner", "--data", str(data), "--predictions", str(pred))
    assert res.returncode == 0, res.stderr
    assert "micro" in res.stdout
    lines = pred.read_text(encoding="utf-8").splitlines()
    assert lines[5] == "واشنطن B-LOC B-LOC"
    res = run("eval", "ner", "--data", str(data), "--format", "json")
    assert '"micro"' in res.stdout


def test_eval_ner_missing_file_is_one_line_error(tmp_path: Path) -> None:
    res = run("eval", "ner", "--data", str(tmp_path / "none.txt"))
    assert res.returncode == 1
    assert res.stderr.startswith("Error: [M060]")
    assert len(res.stderr.strip().splitlines()) == 1


def test_eval_ner_malformed_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("كلمة X-Y\n", encoding="utf-8")
    res = run("eval", "ner", "--data", str(bad))
    assert res.returncode == 1
    assert res.stderr.startswith("Error: [M061]")


def test_train_ner_without_shared_data(tmp_path: Path) -> None:
    res = run("train", "ner", "--out", str(tmp_path / "m"), "--shared", str(tmp_path / "nope"))
    assert res.returncode == 1
    assert res.stderr.startswith("Error: [M009]")
