"""``marsad eval quotes``: quote detection and attribution against gold quotes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from marsad.cli.groups import eval_group
from marsad.document import Document
from marsad.evaluation.quotes import ScoredQuote, load_gold, score
from marsad.pipeline import load_pipeline


def predicted_quotes(doc: Document) -> list[ScoredQuote]:
    """A document's quotes in the form scoring reads."""
    return [
        ScoredQuote(q.content.start, q.content.end, q.content.text, q.speaker.text, q.kind,
                    q.cue.text if q.cue else "", q.speaker.kind)
        for q in doc.quotes
    ]


def gold_record(doc: Document) -> dict[str, Any]:
    """A document's quotes written like a gold line (``{"id", "text", "quotes"}``)."""
    return {
        "id": doc.id,
        "text": doc.text,
        "quotes": [
            {"kind": q.kind, "cue": q.cue.text if q.cue else "", "speaker": q.speaker.text,
             "speaker_mention": q.speaker.mention.text if q.speaker.mention else "",
             "speaker_kind": q.speaker.kind, "content": q.content.text,
             "start": q.content.start, "end": q.content.end}
            for q in doc.quotes
        ],
    }


@eval_group.command("quotes")
@click.option("--gold", "gold_path", type=click.Path(path_type=Path), required=True,
              help="Gold quotes: one JSON object (like examples/*.gold.json) or JSON Lines "
                   "of {id, text, quotes}.")
@click.option("--predictions", type=click.Path(path_type=Path), default=None,
              help="Also write Marsad's quotes here, as JSON Lines in the gold format.")
@click.option("--config", type=click.Path(path_type=Path), default=None,
              help="Pipeline TOML (default: the built-in pipeline).")
@click.option("--errors", "show_errors", is_flag=True,
              help="Also list missed, spurious and wrongly attributed quotes.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def eval_quotes(gold_path: Path, predictions: Path | None, config: Path | None,
                show_errors: bool, fmt: str) -> None:
    """Detection, attribution and end-to-end scores of quotes (shared/spec/quotes.md)."""
    articles = load_gold(gold_path)
    pipeline = load_pipeline(config)
    pairs = []
    records = []
    for art in articles:
        doc = pipeline.analyze(art.text, doc_id=art.id)
        pairs.append((art, predicted_quotes(doc)))
        records.append(gold_record(doc))
    scores = score(pairs)
    if predictions is not None:
        predictions.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    if fmt == "json":
        out = scores.as_dict()
        out["articles"] = len(articles)
        if show_errors:
            out["errors"] = scores.errors
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    click.echo(f"articles {len(articles)}, gold quotes {scores.gold}, "
               f"predicted {scores.predicted}")
    click.echo(f"{'':<12} {'P':>7} {'R':>7} {'F1':>7}")
    for name, s in (("detection", scores.detection), ("end-to-end", scores.end_to_end)):
        click.echo(f"{name:<12} {s.precision:7.4f} {s.recall:7.4f} {s.f1:7.4f}")
    click.echo(f"attribution accuracy (of matched) {scores.attribution_accuracy:.4f} "
               f"({scores.speaker_right}/{scores.matched})")
    if show_errors:
        for e in scores.errors:
            click.echo(json.dumps(e, ensure_ascii=False))
