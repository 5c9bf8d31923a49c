"""The README's "Corpus" commands run as written (on part of the sample, for time)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from marsad.cli.main import main
from tests.conftest import ROOT


def _corpus_commands() -> list[list[str]]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Corpus", 1)[1]
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "README's Corpus section has no sh block"
    commands = []
    for line in block.group(1).splitlines():
        words = shlex.split(line, comments=True)
        assert words[0] == ".venv/bin/marsad", line
        commands.append(words[1:])
    return commands


def test_readme_corpus_commands_run(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    sample = ROOT / "examples" / "saudinewsnet-sample.jsonl"
    part = tmp_path / "part.jsonl"
    lines = sample.read_text(encoding="utf-8").splitlines()
    # The first 25 articles and those that name the README's example person.
    chosen = lines[:25] + [x for x in lines[25:] if "الجبير" in x][:5]
    part.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    commands = _corpus_commands()
    assert [c[0] for c in commands][:3] == ["ingest", "stats", "search"]
    for args in commands:
        args = [str(part) if a.endswith("saudinewsnet-sample.jsonl") else a for a in args]
        if args[0] == "ingest":
            args += ["--workers", "1", "--quiet"]
        assert main(args) == 0, args
    assert (tmp_path / "corpus-export" / "documents.parquet").exists()
    assert "documents" in capsys.readouterr().out
