"""``marsad kb build`` and ``marsad eval entities``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from marsad.cli.app import app
from marsad.cli.groups import eval_group
from marsad.document import Document, Mention
from marsad.evaluation.entities import GoldDoc, GoldEntity, evaluate, load_gold, norm_name
from marsad.kb.build import build_kb
from marsad.kb.store import default_dir, load_kb
from marsad.paths import shared_root
from marsad.pipeline import Pipeline, load_pipeline


@app.group(name="kb")
def kb_group() -> None:
    """The offline knowledge base used for entity linking."""


@kb_group.command("build")
@click.option("--shared", "shared", type=click.Path(path_type=Path), default=None,
              help="The shared folder (default: $MARSAD_SHARED or ../shared).")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Output folder (default: the package's models/kb).")
def kb_build(shared: Path | None, out: Path | None) -> None:
    """Build the KB from countries, ANERgazet, Up-Arabic actors and the curated table."""
    root = shared_root(shared)
    report = build_kb(root / "data", out or default_dir())
    click.echo(f"{report.entries} records {report.by_source}, {report.demonyms} nationality "
               f"adjectives, {report.translit_tokens} romaniser tokens in "
               f"{report.seconds:.2f} s")
    for f in report.files:
        click.echo(f"wrote {f} ({f.stat().st_size / 1024:.0f} KiB)")


def _with_gold_mentions(pipe: Pipeline, gold: GoldDoc) -> Document:
    doc = Document(text=gold.text, id=gold.id)
    for comp in pipe.components:
        if "mentions" in comp.assigns and "entities" not in comp.assigns:
            continue  # the mention finders are replaced by gold spans
        if "entities" in comp.assigns:
            doc.mentions = [Mention(s, e, gold.text[s:e], f"m{n}", lab)
                            for n, (s, e, lab, _) in enumerate(sorted(gold.mentions), 1)]
        comp(doc)
        if "entities" in comp.assigns:
            break
    return doc


@eval_group.command("entities")
@click.option("--gold", "gold_path", type=click.Path(path_type=Path), required=True,
              help="Entity gold: JSON Lines (dev/entities.gold.jsonl) or one JSON object.")
@click.option("--gold-mentions", is_flag=True,
              help="Resolve the gold mention spans instead of the pipeline's mentions.")
@click.option("--config", type=click.Path(path_type=Path), default=None,
              help="Pipeline TOML (default: the built-in pipeline).")
@click.option("--limit", type=int, default=None, help="Only the first N articles.")
@click.option("--errors", "show_errors", is_flag=True, help="List the linking errors.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def eval_entities(gold_path: Path, gold_mentions: bool, config: Path | None,
                  limit: int | None, show_errors: bool, fmt: str) -> None:
    """Mention P/R/F1, linking accuracy, pairwise clustering and modifier F1."""
    gold = load_gold(gold_path)[:limit]
    pipe = load_pipeline(config)
    kb = load_kb()
    kb_names = {norm_name(n) for e in kb.entries if e.source != "anergazet"
                and e.source != "up_arabic" for n in (e.name_en, *e.aliases_en)}

    def in_kb(g: GoldEntity) -> bool:
        if g.kb_id and g.kb_id in kb.by_qid:
            return True
        return any(norm_name(n) in kb_names for n in (g.name_en, *g.aliases_en))

    if gold_mentions:
        scores = evaluate(gold, lambda g: _with_gold_mentions(pipe, g), in_kb)
    else:
        scores = evaluate(gold, lambda g: pipe(Document(text=g.text, id=g.id)), in_kb)
    if fmt == "json":
        click.echo(json.dumps(scores.as_dict(), indent=2))
    else:
        click.echo(f"{scores.docs} articles, mentions: "
                   f"{'gold' if gold_mentions else 'pipeline'}")
        click.echo(f"{'':<12} {'P':>7} {'R':>7} {'F1':>7}")
        for name, s in (("mentions", scores.mentions), ("clustering", scores.clustering),
                        ("modifiers", scores.modifiers)):
            click.echo(f"{name:<12} {s.precision:7.4f} {s.recall:7.4f} {s.f1:7.4f}")
        click.echo(f"linking accuracy {scores.linking_accuracy:.4f} "
                   f"({scores.linked}/{scores.link_total} gold mentions found); "
                   f"gold with a QID {scores.linked_qid}/{scores.link_total_qid}; "
                   f"gold entity in the KB {scores.linked_kb}/{scores.link_total_kb}")
    if show_errors:
        for line in scores.errors:
            click.echo(line, err=True)


@kb_group.command("lookup")
@click.argument("names", nargs=-1, required=True)
@click.option("--kb", "kb_dir", type=click.Path(path_type=Path), default=None,
              help="KB folder (default: the shipped one).")
def kb_lookup(names: tuple[str, ...], kb_dir: Path | None) -> None:
    """Show the KB records an Arabic name (or nationality adjective) links to."""
    from marsad.text import fold

    kb = load_kb(kb_dir)
    for name in names:
        hits = kb.lookup(name)
        stem = kb.nisba_forms.get(fold(name).lower())
        if stem is not None and stem in kb.demonym:
            country = kb.entries[kb.demonym[stem]]
            click.echo(f"{name}\tnationality adjective of {country.name_en} ({country.id})")
        if not hits and stem is None:
            click.echo(f"{name}\t(no record; display romanisation: {kb.romanize(name)})")
        for e in hits:
            click.echo(f"{name}\t{e.id}\t{e.kind}\t{e.label}\t{e.name_en}\t{e.qid or '-'}\t"
                       f"{e.country or '-'}\t{e.source}")
