"""The corpus commands through the real CLI entry point."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from marsad.cli.main import main
from tests.conftest import ROOT

SAMPLE = ROOT / "examples" / "saudinewsnet-sample.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("cli") / "part.jsonl"
    src.write_text("\n".join(SAMPLE.read_text(encoding="utf-8").splitlines()[:40]) + "\n",
                   encoding="utf-8")
    path = src.parent / "c.duckdb"
    assert main(["ingest", str(src), "--db", str(path), "--workers", "1", "--quiet"]) == 0
    return path


def test_ingest_summary_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "a.txt"
    p.write_text("قال المتحدث الرسمي إن الاجتماع انتهى بنجاح.", encoding="utf-8")
    assert main(["ingest", str(p), str(tmp_path / "missing.txt"), "--db",
                 str(tmp_path / "x.duckdb"), "--workers", "1", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["added"] == 1 and out["failures"] == 1


def test_stats_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", "--db", str(db), "--format", "json"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert s["documents"] == 40
    assert s["sentences"] > 40
    assert set(s) >= {"documents", "exact_duplicates", "near_duplicate_pairs", "mentions",
                      "entities", "quotes", "events", "failures"}


def test_search_table_and_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "السعودية", "--db", str(db), "--format", "json", "--limit", "3"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert 1 <= len(rows) <= 3
    assert rows[0]["score"] >= rows[-1]["score"]
    assert main(["search", "السعودية", "--db", str(db)]) == 0
    assert "rows)" in capsys.readouterr().out


def test_query_commands_csv(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for what in ("quotes", "events", "entities"):
        assert main(["query", what, "--db", str(db), "--format", "csv",
                     "--since", "2015-07-01"]) == 0
        out = capsys.readouterr().out
        assert next(csv.reader(io.StringIO(out)))  # a header row at least


def test_export_cli(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", str(db), "--format", "jsonl", "--out", str(tmp_path)]) == 0
    path = Path(capsys.readouterr().out.strip())
    assert len(path.read_text(encoding="utf-8").splitlines()) == 40


@pytest.mark.parametrize(("args", "code"), [
    (["stats", "--db", "/nonexistent/x.duckdb"], "M034"),
    (["query", "quotes", "--since", "yesterday"], "M037"),
    (["entity", "لا أحد هنا"], "M038"),
])
def test_errors_are_one_line(db: Path, capsys: pytest.CaptureFixture[str], args: list[str],
                             code: str) -> None:
    if "--db" not in args:
        args = [*args, "--db", str(db)]
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"Error: [{code}]") and "\n" not in err


def test_entity_view_and_query_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from marsad.store import Store
    from tests.store.test_queries import DOCS

    db = tmp_path / "hand.duckdb"
    with Store(db) as store:
        store.add_documents(DOCS)
    # The index is stale after a library write: ingest with no sources brings it up to date.
    assert main(["ingest", "--db", str(db), "--quiet"]) == 0
    assert main(["entity", "عادل الجبير", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "What it said (1)" in out
    assert "What others said about it (1)" in out
    assert "Events where it is actor or recipient (2)" in out
    assert main(["entity", "Q30", "--db", str(db), "--format", "json"]) == 0
    view = json.loads(capsys.readouterr().out)
    assert view["entity"]["kb_id"] == "Q30"
    assert [e["role"] for e in view["events"]] == ["recipient", "recipient"]
    assert main(["query", "quotes", "--db", str(db), "--speaker", "كيري"]) == 0
    assert "(1 rows)" in capsys.readouterr().out
    assert main(["search", "المحادثات", "--db", str(db), "--format", "json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == ["d1"]
