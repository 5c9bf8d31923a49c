"""Ingest end to end on real DuckDB files: idempotent, crash-safe, never stopping."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import duckdb
import pytest

from marsad.ingest import FetchSettings, IngestSettings, ingest
from marsad.store import Store, search, stats
from tests.conftest import ROOT

SAMPLE = ROOT / "examples" / "saudinewsnet-sample.jsonl"
CORPUS_TABLES = ("documents", "sentences", "mentions", "modifiers", "entities", "quotes",
                 "events", "doc_failures", "occurrences", "failures", "minhashes",
                 "near_duplicates")


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every corpus table's rows, sorted: equal dumps mean equal corpora."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in CORPUS_TABLES}
    finally:
        con.close()


def _bad_sources(tmp: Path) -> list[str]:
    garbage = tmp / "garbage.bin"
    garbage.write_bytes(random.Random(1).randbytes(5000))
    empty = tmp / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    broken = tmp / "broken.zip"
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr("ok.json", json.dumps([{"content": "قال المتحدث إن الاجتماع انتهى بنجاح "
                                                       "وإن الوفدين اتفقا على اللقاء مجددا."}],
                                          ensure_ascii=False))
        zf.writestr("broken.json", "[{\"content\": \"نص مقطوع")
    english = tmp / "english.txt"
    english.write_text("The minister said the talks would continue next week in Riyadh.",
                       encoding="utf-8")
    return [str(garbage), str(empty), str(broken), str(english)]


@pytest.fixture(scope="module")
def sample_part(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first 80 articles of the bundled sample, twice (exact duplicates)."""
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()[:80]
    path = tmp_path_factory.mktemp("src") / "part.jsonl"
    path.write_text("\n".join(lines + lines[:5]) + "\n", encoding="utf-8")
    return path


def test_ingest_then_reingest_adds_nothing(tmp_path: Path, sample_part: Path) -> None:
    db = tmp_path / "c.duckdb"
    sources = [str(sample_part), *_bad_sources(tmp_path)]
    first = ingest(sources, db, IngestSettings(workers=1, batch_size=16))
    assert first.added == 81  # 80 + the good article in broken.zip
    assert first.duplicates == 5
    before = dump(db)
    second = ingest(sources, db, IngestSettings(workers=1, batch_size=16))
    assert second.added == 0
    assert dump(db) == before
    with Store(db, read_only=True) as store:
        s = stats(store)
        assert s["documents"] == 81
        assert s["exact_duplicates"] == 5
        reasons = dict(store.con.execute("SELECT locator, reason FROM failures").fetchall())
    assert "binary" in reasons[str(tmp_path / "garbage.bin")]
    assert "empty" in reasons[str(tmp_path / "empty.jsonl")]
    assert "bad JSON" in reasons[f"{tmp_path / 'broken.zip'}!broken.json"]
    assert "not Arabic" in reasons[str(tmp_path / "english.txt")]


def test_pool_gives_the_same_database_as_one_process(tmp_path: Path) -> None:
    part = tmp_path / "part.jsonl"
    part.write_text("\n".join(SAMPLE.read_text(encoding="utf-8").splitlines()[:40]) + "\n",
                    encoding="utf-8")
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest([str(part)], one, IngestSettings(workers=1, batch_size=7))
    ingest([str(part)], two, IngestSettings(workers=2, batch_size=50))
    assert dump(one) == dump(two)


def test_near_duplicates_are_linked_not_dropped(tmp_path: Path) -> None:
    base = SAMPLE.read_text(encoding="utf-8").splitlines()[3]
    text = json.loads(base)["content"].strip()
    p = tmp_path / "wire.jsonl"
    p.write_text("\n".join(json.dumps({"content": t, "source": s}, ensure_ascii=False)
                           for t, s in [(text, "spa"), ("واس - " + text + " والله الموفق.",
                                                        "okaz")]), encoding="utf-8")
    report = ingest([str(p)], tmp_path / "n.duckdb", IngestSettings(workers=1))
    assert report.added == 2
    assert report.near_duplicates == 1
    with Store(tmp_path / "n.duckdb", read_only=True) as store:
        [(jac,)] = store.con.execute("SELECT jaccard FROM near_duplicates").fetchall()
    assert jac >= 0.8


def test_hostile_urls_are_recorded_and_the_run_goes_on(tmp_path: Path, server: str) -> None:
    db = tmp_path / "u.duckdb"
    text = tmp_path / "a.txt"
    text.write_text("قال المتحدث الرسمي إن الاجتماع انتهى بنجاح.", encoding="utf-8")
    report = ingest([f"{server}/article.html", "http://127.0.0.1/", str(text),
                     "file:///etc/passwd"], db, IngestSettings(workers=1))
    assert report.added == 1 and report.failures == 3
    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT locator, stage, reason FROM failures "
                                 "ORDER BY locator").fetchall()
    reasons = {r[0]: r[2] for r in rows}
    assert set(reasons) == {"file:///etc/passwd", f"{server}/article.html", "http://127.0.0.1/"}
    assert all(r[1] == "fetch" for r in rows)
    assert "only http" in reasons["file:///etc/passwd"]
    assert "loopback" in reasons["http://127.0.0.1/"]
    assert "loopback" in reasons[f"{server}/article.html"]


def test_redirect_to_private_address_is_recorded(tmp_path: Path, server: str) -> None:
    db = tmp_path / "r.duckdb"
    settings = IngestSettings(workers=1, fetch=FetchSettings(allowed_networks=("127.0.0.1/32",)))
    report = ingest([f"{server}/redirect-private", f"{server}/article.html"], db, settings)
    assert report.added == 1 and report.failures == 1
    with Store(db, read_only=True) as store:
        [(reason,)] = store.con.execute("SELECT reason FROM failures").fetchall()
    assert "10.1.2.3" in reason and "private" in reason


def test_url_and_feed_with_allow_private(tmp_path: Path, server: str) -> None:
    db = tmp_path / "f.duckdb"
    settings = IngestSettings(workers=1, fetch=FetchSettings(allow_private=True))
    report = ingest([f"{server}/feed.xml", f"{server}/english.html"], db, settings)
    # Two articles from the feed; its third link is a 404; the English page is skipped.
    assert report.added == 2 and report.failures == 2
    with Store(db, read_only=True) as store:
        meta = store.con.execute("SELECT url, title, published FROM documents ORDER BY seq"
                                 ).fetchall()
        stages = sorted(r[0] for r in store.con.execute("SELECT stage FROM failures").fetchall())
        assert [r["id"] for r in search(store, "كيري")] != []
    assert meta[0] == (f"{server}/article.html", "الجبير: المحادثات مستمرة", "2015-08-02")
    assert stages == ["fetch", "language"]


def _run_ingest(sources: list[str], db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "marsad", "ingest", *sources, "--db", str(db),
         "--workers", "1", "--batch-size", "5"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def test_sigkill_mid_ingest_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    part = tmp_path / "part.jsonl"
    part.write_text("\n".join(SAMPLE.read_text(encoding="utf-8").splitlines()[:100]) + "\n",
                    encoding="utf-8")
    sources = [str(part), *_bad_sources(tmp_path)]
    clean = tmp_path / "clean.duckdb"
    ingest(sources, clean, IngestSettings(workers=1, batch_size=10))
    total = dump(clean)["documents"]

    crashed = tmp_path / "crashed.duckdb"
    partial_seen = 0
    rng = random.Random(7)
    for attempt in range(5):
        proc = _run_ingest(sources, crashed)
        assert proc.stderr is not None
        # Off a terminal, ingest logs a line per committed batch: let a few batches
        # commit, then kill at a random moment (maybe inside the next commit).
        for _ in range(rng.randint(1, 4)):
            if not proc.stderr.readline():
                break
        time.sleep(rng.uniform(0.0, 0.05))
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        stored = len(dump(crashed)["documents"])
        if 0 < stored < len(total):
            partial_seen += 1
        if partial_seen and attempt >= 1:
            break
    assert partial_seen, "no kill landed mid-run; the test did not test a crash"
    proc = _run_ingest(sources, crashed)
    assert proc.wait(timeout=120) == 0, proc.stderr.read() if proc.stderr else ""
    assert dump(crashed) == dump(clean)
    with Store(crashed, read_only=True) as store:
        assert store.fts_is_current()


def test_duplicate_of_a_failed_record_is_a_failure_not_an_occurrence(tmp_path: Path) -> None:
    p = tmp_path / "en.jsonl"
    line = json.dumps({"text": "The minister said the talks would continue in Riyadh."})
    p.write_text(f"{line}\n{line}\n", encoding="utf-8")
    report = ingest([str(p)], tmp_path / "d.duckdb", IngestSettings(workers=1))
    assert report.added == 0 and report.failures == 2
    with Store(tmp_path / "d.duckdb", read_only=True) as store:
        assert stats(store)["exact_duplicates"] == 0
        stages = sorted(r[0] for r in store.con.execute("SELECT stage FROM failures").fetchall())
    assert stages == ["duplicate", "language"]
