"""The held-out gold files stay valid and are exactly what their build scripts produce."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[1] / "data" / "heldout" / "tools"


@pytest.mark.parametrize("script", ["validate_gold.py", "validate_entities_gold.py"])
def test_heldout_gold_validates(script: str) -> None:
    res = subprocess.run(
        [sys.executable, str(TOOLS / script)], capture_output=True, text=True, check=False
    )
    assert res.returncode == 0, res.stdout + res.stderr


@pytest.mark.parametrize(
    ("script", "gold"),
    [
        ("build_quotes_gold.py", "quotes.gold.jsonl"),
        ("build_entities_gold.py", "entities.gold.jsonl"),
    ],
)
def test_heldout_gold_rebuilds_identically(script: str, gold: str) -> None:
    path = TOOLS.parent / gold
    before = path.read_bytes()
    try:
        res = subprocess.run(
            [sys.executable, str(TOOLS / script)], capture_output=True, text=True, check=False
        )
        assert res.returncode == 0, res.stdout + res.stderr
        assert path.read_bytes() == before
    finally:
        path.write_bytes(before)


SECOND = TOOLS.parents[1] / "heldout2"


def test_second_heldout_quotes_validate_and_rebuild_identically() -> None:
    path = SECOND / "quotes.gold.jsonl"
    check = subprocess.run(
        [sys.executable, str(TOOLS / "validate_gold.py"), "--complete",
         f"--articles={SECOND / 'articles.jsonl'}", str(path)],
        capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    before = path.read_bytes()
    try:
        res = subprocess.run(
            [sys.executable, str(SECOND / "tools" / "build_quotes_gold.py")],
            capture_output=True, text=True, check=False)
        assert res.returncode == 0, res.stdout + res.stderr
        assert path.read_bytes() == before
    finally:
        path.write_bytes(before)


def test_heldout_events_gold_rebuilds_identically() -> None:
    path = TOOLS.parents[1] / "heldout_events" / "events.gold.jsonl"
    before = path.read_bytes()
    try:
        res = subprocess.run(
            [sys.executable, str(path.parent / "tools" / "build_events_gold.py")],
            capture_output=True, text=True, check=False)
        assert res.returncode == 0, res.stdout + res.stderr
        assert path.read_bytes() == before
    finally:
        path.write_bytes(before)
    lines = [json.loads(x) for x in before.decode("utf-8").splitlines()]
    texts = {json.loads(x)["id"]: json.loads(x)["text"] for x in
             (path.parent / "articles.jsonl").read_text("utf-8").splitlines()}
    for line in lines:
        for ev in line["events"]:
            for t in [ev["trigger"], *ev["other_triggers"]]:
                assert texts[line["id"]][t["start"] : t["end"]] == t["text"]
