"""``marsad eval text``: tokenizer and sentence splitter against a UD treebank."""

from __future__ import annotations

import json
from pathlib import Path

import click

from marsad.cli.groups import eval_group
from marsad.evaluation.text import evaluate_conllu
from marsad.paths import shared_data


@eval_group.command("text")
@click.option("--conllu", type=click.Path(path_type=Path), default=None,
              help="UD CoNLL-U file (default: shared data ud_pud/ar_pud-ud-test.conllu).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def eval_text(conllu: Path | None, fmt: str) -> None:
    """Token F1 (surface and clitic-split words) and sentence-boundary F1."""
    path = conllu or shared_data("ud_pud/ar_pud-ud-test.conllu")
    scores = evaluate_conllu(path)
    if fmt == "json":
        click.echo(json.dumps({k: v.as_dict() for k, v in scores.items()}, indent=2))
        return
    click.echo(f"{'':<10} {'P':>7} {'R':>7} {'F1':>7} {'gold':>7}")
    for name, s in scores.items():
        click.echo(f"{name:<10} {s.precision:7.4f} {s.recall:7.4f} {s.f1:7.4f} {s.tp + s.fn:7d}")
