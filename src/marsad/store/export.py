"""Export the corpus: Documents as JSON Lines, or every table as CSV or Parquet."""

from __future__ import annotations

from pathlib import Path

from marsad.document import to_json
from marsad.errors import InputError
from marsad.store.repository import Store

EXPORT_TABLES: dict[str, str] = {
    "documents": "seq", "sentences": "doc_id, idx", "mentions": "doc_id, idx",
    "modifiers": "doc_id, idx", "entities": "doc_id, idx", "quotes": "doc_id, idx",
    "events": "doc_id, idx", "doc_failures": "doc_id, idx", "occurrences": "doc_id, locator",
    "failures": "locator, id", "near_duplicates": "doc_a, doc_b", "corpus_entities": "key",
}
"""Tables written by the csv and parquet formats, with their sort order."""

FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")


def export(store: Store, fmt: str, out: str | Path) -> list[Path]:
    """Write the corpus to ``out`` (a folder, created) and return the files written.

    ``jsonl``: ``documents.jsonl``, one Document per line (``docs/output.md``),
    in corpus order. ``csv``/``parquet``: one file per table, sorted.

    Raises:
        InputError: an unknown format, or ``out`` is a file.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})",
                         code="M039")
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder} is a file; --out takes a folder", code="M039")
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        path = folder / "documents.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for doc in store.read_documents():
                fh.write(to_json(doc))
                fh.write("\n")
        return [path]
    written = []
    for table, order in EXPORT_TABLES.items():
        path = folder / f"{table}.{fmt}"
        options = "FORMAT csv, HEADER true" if fmt == "csv" else "FORMAT parquet"
        # The path is ours (folder / fixed name); quotes are doubled for SQL.
        target = str(path).replace("'", "''")
        store.con.execute(f"COPY (SELECT * FROM {table} ORDER BY {order}) TO '{target}' "
                          f"({options})")
        written.append(path)
    return written
