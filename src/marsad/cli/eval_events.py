"""``marsad eval events`` and ``marsad train events``: score and build the event coder."""

from __future__ import annotations

import json
from pathlib import Path

import click

from marsad.cli.groups import eval_group, train_group
from marsad.errors import EvalError, ModelError
from marsad.evaluation.events import SPLITS, evaluate_gold, evaluate_gsr
from marsad.paths import shared_root
from marsad.pipeline import Pipeline, load_pipeline


def _pipeline(config: Path | None) -> Pipeline:
    return load_pipeline(config)


@eval_group.command("events")
@click.option("--gsr", type=click.Path(path_type=Path), default=None,
              help="GSR CSV (event_gsr/*_gsr.csv): sentence-level detection of --type.")
@click.option("--type", "ptype", type=click.Choice(["PROTEST", "ASSAULT"]), default=None,
              help="PLOVER type scored on --gsr (default: from the file name).")
@click.option("--split", type=click.Choice(list(SPLITS)), default="dev", show_default=True,
              help="GSR half: dev (held out), train (used to build the lexicon) or all.")
@click.option("--gold", type=click.Path(path_type=Path), default=None,
              help="Event gold JSONL (like shared dev/events.gold.jsonl).")
@click.option("--articles", type=click.Path(path_type=Path), default=None,
              help="Articles JSONL for --gold (default: articles.jsonl beside it).")
@click.option("--config", type=click.Path(path_type=Path), default=None,
              help="Pipeline TOML (default: the shipped pipeline).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def eval_events(gsr: Path | None, ptype: str | None, split: str, gold: Path | None,
                articles: Path | None, config: Path | None, fmt: str) -> None:
    """Score event detection on GSR sentences, or full events on event gold."""
    if (gsr is None) == (gold is None):
        raise EvalError("give exactly one of --gsr FILE or --gold FILE", code="M083")
    nlp = _pipeline(config)
    if gsr is not None:
        if not gsr.exists():
            raise EvalError(f"{gsr} does not exist", code="M061")
        kind = ptype or ("PROTEST" if "protest" in gsr.name.lower() else
                         "ASSAULT" if "assault" in gsr.name.lower() else None)
        if kind is None:
            raise EvalError("cannot tell the type from the file name: pass --type", code="M083")
        res = evaluate_gsr(gsr, kind, nlp, split)
        if fmt == "json":
            click.echo(json.dumps(res.as_dict(), indent=2))
            return
        s = res.scores
        click.echo(f"{kind} ({split} half)  P {s.precision:.4f}  R {s.recall:.4f}  "
                   f"F1 {s.f1:.4f}  (tp {s.tp}, fp {s.fp} = {res.easy_fp} easy no + "
                   f"{res.difficult_fp} difficult no, fn {s.fn}; {res.skipped} ambiguous skipped)")
        return
    assert gold is not None
    if not gold.exists():
        raise EvalError(f"{gold} does not exist", code="M061")
    arts = articles or gold.parent / "articles.jsonl"
    result = evaluate_gold(gold, arts, nlp).as_dict()
    if fmt == "json":
        click.echo(json.dumps(result, indent=2))
        return
    d = result["detection"]
    click.echo(f"articles {result['articles']}, gold events {result['gold_events']}, "
               f"predicted {result['predicted_events']}")
    click.echo(f"detection      P {d['precision']:.4f}  R {d['recall']:.4f}  F1 {d['f1']:.4f}"
               f"  (tp {d['tp']}, fp {d['fp']}, fn {d['fn']})")
    for key in ("type_accuracy", "modality_accuracy", "said_by_accuracy", "actor_accuracy"):
        click.echo(f"{key:<18} {result[key]:.4f}  (of {result['matched']} matched)")
    click.echo(f"said_by recall {result['said_by_recall_of_attributed']:.4f}  "
               f"(of {result['attributed_gold_matched']} matched gold events said by someone)")
    for mod in ("negated", "hypothetical", "future"):
        m = result[mod]
        click.echo(f"{mod:<14} recall {m['recall']:.4f} (of {m['gold_matched']} matched gold)  "
                   f"precision {m['precision']:.4f} (of {m['predicted_matched']} matched predicted)")


@train_group.command("events")
@click.option("--shared", type=click.Path(path_type=Path), default=None,
              help="Shared folder (default: $MARSAD_SHARED or ../shared).")
@click.option("--seed", type=click.Path(path_type=Path), default=None,
              help="Seed TSV (default: the shipped models/events/seed.tsv).")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Where to write the compiled lexicon (default: the shipped lexicon.json).")
def train_events(shared: Path | None, seed: Path | None, out: Path | None) -> None:
    """Compile the event-trigger lexicon from the seed, UP CAMEO patterns and GSR train half."""
    from marsad.events.build import build_lexicon
    from marsad.events.lexicon import default_lexicon_path

    root = shared_root(shared)
    target = out or default_lexicon_path()
    seed_path = seed or default_lexicon_path().parent / "seed.tsv"
    if not seed_path.exists():
        raise ModelError(f"seed lexicon {seed_path} does not exist", code="M080")
    compiled, report = build_lexicon(seed_path, root / "data")
    target.write_text(json.dumps(compiled, ensure_ascii=False, sort_keys=True), "utf-8")
    click.echo(json.dumps({"forms": len(compiled["forms"]), **report.as_dict()},
                          ensure_ascii=False, indent=2))
