"""``marsad analyze``: analyse files (or stdin) and print JSON, JSON Lines or a table."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from marsad.cli.app import app
from marsad.cli.render import render_table
from marsad.document import Document, to_json
from marsad.errors import InputError, MarsadError
from marsad.ingest.html import extract_html, looks_like_html
from marsad.pipeline import load_pipeline
from marsad.text import MAX_INPUT_BYTES, decode_bytes, read_text_file


def read_input(path: str) -> str:
    """Read one input: a file path, or ``-`` for standard input."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise InputError(f"stdin is over the {MAX_INPUT_BYTES / 1e6:.0f} MB limit",
                             code="M007")
        return decode_bytes(data, name="stdin")
    return read_text_file(path)


def article_of(text: str, meta: dict[str, str]) -> tuple[str, dict[str, str]]:
    """An HTML page's main text and its title, date, author and site (trafilatura, as in
    ``ingest``); plain text as it is. Offsets then point into the extracted text.

    Raises:
        InputError: an HTML page with no main text.
    """
    if not looks_like_html(text):
        return text, meta
    body, page = extract_html(text)
    return body, {**page, **meta}


def _emit(doc: Document, fmt: str, many: bool) -> None:
    if fmt == "table":
        click.echo(render_table(doc))
        if many:
            click.echo("")
    elif fmt == "jsonl" or many:
        click.echo(to_json(doc))
    else:
        click.echo(to_json(doc, indent=2))


@app.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(["json", "jsonl", "table"]),
              default="json", show_default=True, help="Output format.")
@click.option("--config", type=click.Path(path_type=Path), default=None,
              help="Pipeline TOML (default: the built-in pipeline).")
def analyze(paths: tuple[str, ...], fmt: str, config: Path | None) -> None:
    """Analyse Arabic articles: entities, quotes with speakers, events.

    Plain text, or an HTML page (its main text is extracted first). One input
    prints one JSON document; several print JSON Lines in input order with
    meta.path set. A bad input among several is reported on stderr and
    skipped; the exit code is then 1.
    """
    pipeline = load_pipeline(config)
    many = len(paths) > 1
    bad = 0
    for path in paths:
        meta = {"path": path} if many or path != "-" else {}
        try:
            text, meta = article_of(read_input(path), meta)
        except MarsadError as err:
            if not many:
                raise
            click.echo(f"Error: {err}", err=True)
            bad += 1
            continue
        doc = pipeline.analyze(text, meta=meta)
        _emit(doc, fmt, many)
    if bad:
        raise click.exceptions.Exit(1)
