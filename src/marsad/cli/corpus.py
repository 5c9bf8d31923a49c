"""Corpus commands: ``ingest``, ``stats``, ``search``, ``query``, ``entity``, ``export``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from marsad.cli.app import app
from marsad.cli.render import iso
from marsad.ingest import FetchSettings, IngestReport, IngestSettings, ingest
from marsad.store import (
    FORMATS,
    Filters,
    Store,
    entities,
    entity_view,
    events,
    export,
    parse_since,
    quotes,
    search,
    stats,
)

DB_OPTION = click.option("--db", type=click.Path(path_type=Path), required=True,
                         help="The DuckDB database file.")


def _default(value: Any) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)


def _clip(value: Any, width: int) -> str:
    text = "-" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def emit_rows(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str],
              widths: dict[str, int] | None = None) -> None:
    """Print rows as a table (chosen columns), JSON or CSV (every column)."""
    if fmt == "json":
        click.echo(json.dumps(list(rows), ensure_ascii=False, indent=2, default=_default))
        return
    if fmt == "csv":
        buf = io.StringIO()
        names = list(rows[0]) if rows else list(columns)
        writer = csv.DictWriter(buf, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: _default(v) if isinstance(v, dt.date) else v
                             for k, v in r.items()})
        click.echo(buf.getvalue(), nl=False)
        return
    widths = widths or {}
    if not rows:
        click.echo("(no results)")
        return
    for r in rows:
        cells = []
        for c in columns:
            text = _clip(r.get(c), widths.get(c, 30))
            arabic = any("\u0600" <= ch <= "\u06ff" for ch in text)
            cells.append(iso(text) if arabic else text)
        click.echo("  ".join(cells))
    click.echo(f"({len(rows)} rows)")


FORMAT_OPTION = click.option("--format", "-f", "fmt", type=click.Choice(["table", "json", "csv"]),
                             default="table", show_default=True, help="Output format.")


@app.command("ingest")
@click.argument("sources", nargs=-1)
@DB_OPTION
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Analysis processes (default: one per CPU core).")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=200, show_default=True,
              help="Records committed per transaction.")
@click.option("--config", type=click.Path(path_type=Path), default=None,
              help="Pipeline TOML (default: the built-in pipeline).")
@click.option("--allow-private", is_flag=True,
              help="Allow fetching from private, loopback and link-local addresses.")
@click.option("--max-bytes", type=click.IntRange(1024), default=5 * 1024 * 1024,
              show_default=True, help="Largest page or feed fetched.")
@click.option("--timeout", type=click.FloatRange(0.1, 600), default=20.0, show_default=True,
              help="Seconds allowed per fetch.")
@click.option("--no-index", is_flag=True,
              help="Skip the full-text index rebuild (run ingest later to build it).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Summary format.")
def ingest_cmd(sources: tuple[str, ...], db: Path, workers: int | None, batch_size: int,
               config: Path | None, allow_private: bool, max_bytes: int, timeout: float,
               no_index: bool, quiet: bool, fmt: str) -> None:
    """Analyse articles and store them in a DuckDB database.

    SOURCES are files (.txt, .html, .jsonl, .csv, .json, .zip of JSON articles as in
    SaudiNewsNet), directories, article URLs or RSS/Atom feed URLs. The same text is
    stored once; a bad record is recorded in the failures table with its reason and the
    run goes on. Killed and re-run, ingest ends with the database a clean run gives.
    With no SOURCES it only brings the full-text index up to date.
    """
    settings = IngestSettings(
        batch_size=batch_size, config=config, build_index=not no_index,
        fetch=FetchSettings(allow_private=allow_private, max_bytes=max_bytes, timeout=timeout),
        **({"workers": workers} if workers else {}))
    if quiet:
        report = ingest(sources, db, settings)
    else:
        report = _ingest_with_progress(sources, db, settings)
    if quiet:
        return
    if fmt == "json":
        click.echo(json.dumps(report.as_dict()))
    else:
        click.echo(f"read {report.read} records: {report.added} new documents, "
                   f"{report.duplicates} already stored, {report.failures} failures, "
                   f"{report.near_duplicates} near-duplicate links; "
                   f"{report.seconds:.1f} s ({report.articles_per_s:.1f} articles/s)")


def _ingest_with_progress(sources: Sequence[str], db: Path,
                          settings: IngestSettings) -> IngestReport:
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        # Logs and pipes get one plain line per committed batch instead of a bar.
        logged = [0]

        def line(r: IngestReport) -> None:
            if r.batches == logged[0]:
                return
            logged[0] = r.batches
            click.echo(f"ingest: {r.read} records, {r.added} new, {r.failures} failures, "
                       f"{r.articles_per_s:.1f} articles/s", err=True)

        return ingest(sources, db, settings, progress=line)
    with Progress(SpinnerColumn(), TextColumn("[bold]ingest[/]"),
                  TextColumn("{task.completed:>7.0f} articles"),
                  TextColumn("{task.fields[rate]:>7.1f} articles/s"),
                  TextColumn("new {task.fields[added]}  failures {task.fields[failures]}"),
                  TimeElapsedColumn(), console=console, transient=False) as bar:
        task = bar.add_task("ingest", total=None, rate=0.0, added=0, failures=0)

        def update(r: IngestReport) -> None:
            bar.update(task, completed=r.read, rate=r.articles_per_s, added=r.added,
                       failures=r.failures)

        return ingest(sources, db, settings, progress=update)


@app.command("stats")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
def stats_cmd(db: Path, fmt: str) -> None:
    """Counts: documents, duplicates, mentions, entities, quotes, events, failures."""
    with Store(db, read_only=True) as store:
        counts = stats(store)
    if fmt == "json":
        click.echo(json.dumps(counts, ensure_ascii=False, indent=2))
        return
    for key, value in counts.items():
        if isinstance(value, dict):
            inner = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
            click.echo(f"{key:<32} {inner}")
        else:
            click.echo(f"{key:<32} {value}")


@app.command("search")
@click.argument("query")
@DB_OPTION
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
@click.option("--source", default=None, help="Only documents from this source.")
@click.option("--since", default=None, help="Only documents published on or after YYYY-MM-DD.")
@FORMAT_OPTION
def search_cmd(query: str, db: Path, limit: int, source: str | None, since: str | None,
               fmt: str) -> None:
    """Full-text search (Arabic-stemmed BM25 over titles and texts), best first."""
    with Store(db, read_only=True) as store:
        rows = search(store, query, limit=limit, source=source, since=parse_since(since))
    emit_rows(rows, fmt, ["score", "id", "source", "published", "title", "snippet"],
              {"published": 19, "title": 50, "snippet": 80})


@app.group("query")
def query_group() -> None:
    """List quotes, events or entities across the corpus, with filters."""


def _filters(speaker: str | None = None, actor: str | None = None, type_: str | None = None,
             since: str | None = None, source: str | None = None, limit: int = 100,
             about: str | None = None) -> Filters:
    return Filters(speaker=speaker, about=about, actor=actor, type=type_,
                   since=parse_since(since), source=source, limit=limit)


SINCE = click.option("--since", default=None, help="Published on or after YYYY-MM-DD.")
SOURCE = click.option("--source", default=None, help="Only this source (outlet).")
LIMIT = click.option("--limit", type=click.IntRange(1), default=100, show_default=True)


@query_group.command("quotes")
@DB_OPTION
@click.option("--speaker", default=None,
              help="Speaker text, entity name (Arabic, folded) or English name contains this.")
@click.option("--about", default=None,
              help="Only quotes whose content mentions this name (Arabic, folded) or KB id.")
@click.option("--type", "type_", type=click.Choice(["direct", "indirect"]), default=None,
              help="Quote kind.")
@SINCE
@SOURCE
@LIMIT
@FORMAT_OPTION
def query_quotes(db: Path, speaker: str | None, about: str | None, type_: str | None,
                 since: str | None, source: str | None, limit: int, fmt: str) -> None:
    """Who said what (about whom): quotes with their speakers, newest first."""
    with Store(db, read_only=True) as store:
        rows = quotes(store, _filters(speaker=speaker, about=about, type_=type_, since=since,
                                      source=source, limit=limit))
    emit_rows(rows, fmt, ["published", "source", "speaker", "kind", "content"],
              {"published": 19, "source": 12, "speaker": 30, "content": 90})


@query_group.command("events")
@DB_OPTION
@click.option("--actor", default=None, help="Actor's name (Arabic, folded), English name or KB id.")
@click.option("--speaker", default=None, help="Only events reported by this speaker.")
@click.option("--type", "type_", default=None, help="PLOVER event type, e.g. CONSULT.")
@SINCE
@SOURCE
@LIMIT
@FORMAT_OPTION
def query_events(db: Path, actor: str | None, speaker: str | None, type_: str | None,
                 since: str | None, source: str | None, limit: int, fmt: str) -> None:
    """Events (PLOVER) with actor, recipient, modality and who says so, newest first."""
    with Store(db, read_only=True) as store:
        rows = events(store, _filters(actor=actor, speaker=speaker, type_=type_, since=since,
                                      source=source, limit=limit))
    emit_rows(rows, fmt, ["when", "source", "type", "modality", "actor", "trigger", "recipient",
                          "said_by"],
              {"when": 10, "actor": 25, "recipient": 25, "said_by": 25})


@query_group.command("entities")
@DB_OPTION
@click.option("--type", "type_", type=click.Choice(["PER", "ORG", "LOC", "MISC"]),
              default=None, help="Entity label.")
@click.option("--name", default=None, help="Name (Arabic, folded), English name or KB id.")
@SINCE
@SOURCE
@LIMIT
@FORMAT_OPTION
def query_entities(db: Path, type_: str | None, name: str | None, since: str | None,
                   source: str | None, limit: int, fmt: str) -> None:
    """Entities resolved across articles (by KB id, else name and label), most reported first."""
    with Store(db, read_only=True) as store:
        rows = entities(store, _filters(type_=type_, since=since, source=source, limit=limit),
                        name=name)
    emit_rows(rows, fmt, ["documents", "mentions", "label", "name", "name_en", "kb_id",
                          "first_seen", "last_seen"], {"name": 30, "name_en": 25})


@app.command("entity")
@click.argument("name")
@DB_OPTION
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True,
              help="Rows per section.")
@click.option("--format", "-f", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
def entity_cmd(name: str, db: Path, limit: int, fmt: str) -> None:
    """One entity across the corpus: its quotes, quotes about it, its events over time."""
    with Store(db, read_only=True) as store:
        view = entity_view(store, name, limit=limit)
    if fmt == "json":
        click.echo(json.dumps(view, ensure_ascii=False, indent=2, default=_default))
        return
    e = view["entity"]
    click.echo(f"Entity {iso(e['name'])} [{e['label']}] ~ {e['name_en'] or '-'} "
               f"{e['kb_id'] or ''} in {e['documents']} documents")
    if view["other_matches"]:
        others = ", ".join(f"{iso(o['name'])} [{o['label']}]" for o in view["other_matches"][:5])
        click.echo(f"  (also matching: {others})")
    click.echo(f"\nWhat it said ({len(view['said'])})")
    emit_rows(view["said"], "table", ["published", "source", "kind", "content"],
              {"published": 19, "content": 100})
    click.echo(f"\nWhat others said about it ({len(view['said_about'])})")
    emit_rows(view["said_about"], "table", ["published", "speaker", "content"],
              {"published": 19, "speaker": 30, "content": 90})
    click.echo(f"\nEvents where it is actor or recipient ({len(view['events'])})")
    emit_rows(view["events"], "table", ["when", "role", "type", "modality", "actor",
                                        "trigger", "recipient", "said_by"],
              {"when": 10, "actor": 25, "recipient": 25})


@app.command("export")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), required=True,
              help="jsonl: one Document JSON per line; csv/parquet: one file per table.")
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Output folder.")
def export_cmd(db: Path, fmt: str, out: Path) -> None:
    """Export the corpus (documents with every layer, or every table)."""
    with Store(db, read_only=True) as store:
        files = export(store, fmt, out)
    for f in files:
        click.echo(str(f))
