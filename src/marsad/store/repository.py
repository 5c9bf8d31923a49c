"""The store: writes analysed documents in atomic batches and reads them back.

One process writes (DuckDB allows one writer). Each batch — its documents
with every layer, where they were read from, the failures met on the way and
the near-duplicate links — is committed in one transaction, so a crash
leaves the database as it was after the last whole batch, and a re-run
carries on from there.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pyarrow as pa

from marsad.document import Document
from marsad.errors import NotFound, StoreError
from marsad.store.connection import connect
from marsad.store.dedup import NearDuplicates
from marsad.store.rows import (
    TABLE_COLUMNS,
    Rows,
    document_from_rows,
    document_rows,
    empty_rows,
    extend_rows,
)

log = logging.getLogger(__name__)

CHILD_TABLES: tuple[str, ...] = (
    "sentences", "mentions", "modifiers", "entities", "quotes", "events", "doc_failures",
)

FTS_IGNORE = r"(\.|[^\p{L}\p{N}])+"


def failure_id(locator: str, reason: str) -> str:
    """A stable id for a recorded failure, so a re-run records it once."""
    return hashlib.sha1(f"{locator}\x00{reason}".encode()).hexdigest()[:20]


@dataclass(slots=True)
class Analysed:
    """A document ready to store: its rows (from :func:`document_rows`) and signature."""

    doc_id: str
    rows: Rows
    signature: bytes
    locator: str


@dataclass(slots=True)
class Batch:
    """What one transaction writes."""

    analysed: list[Analysed] = field(default_factory=list)
    seen: list[tuple[str, str]] = field(default_factory=list)       # (doc_id, locator)
    failures: list[tuple[str, str, str]] = field(default_factory=list)  # (locator, stage, reason)

    def __len__(self) -> int:
        return len(self.analysed) + len(self.seen) + len(self.failures)


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a committed batch added."""

    added: int
    duplicates: int
    failures: int
    near_duplicates: int


class Store:
    """A Marsad DuckDB database.

    Use as a context manager. ``read_only`` opens an existing database for
    queries (several readers may share it); otherwise it is created and
    migrated as needed.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.con = connect(self.path, read_only=read_only)
        self._ids: set[str] | None = None
        self._near: NearDuplicates | None = None
        self._next_seq = 0

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (after a checkpoint, so the file holds everything)."""
        try:
            if not self.read_only:
                self.con.execute("CHECKPOINT")
        except duckdb.Error:  # pragma: no cover - closing anyway
            log.debug("checkpoint failed on close", exc_info=True)
        self.con.close()

    # -- writing -----------------------------------------------------------

    def known_ids(self) -> set[str]:
        """The ids of every stored document (loaded once, then kept up to date)."""
        if self._ids is None:
            self._ids = {r[0] for r in self.con.execute("SELECT id FROM documents").fetchall()}
            row = self.con.execute("SELECT coalesce(max(seq) + 1, 0) FROM documents").fetchone()
            self._next_seq = int(row[0]) if row else 0
        return self._ids

    def _near_index(self) -> NearDuplicates:
        if self._near is None:
            near = NearDuplicates()
            for doc_id, sig in self.con.execute(
                    "SELECT m.doc_id, m.signature FROM minhashes m JOIN documents d "
                    "ON d.id = m.doc_id ORDER BY d.seq").fetchall():
                near.add(doc_id, bytes(sig))
            self._near = near
        return self._near

    def write_batch(self, batch: Batch) -> BatchResult:
        """Commit one batch atomically; documents already stored are only linked.

        Raises:
            StoreError: the transaction failed (nothing of the batch is kept).
        """
        ids = self.known_ids()
        near = self._near_index()
        rows = empty_rows()
        seqs: list[int] = []
        sigs: list[tuple[str, bytes]] = []
        links: list[tuple[str, str, float]] = []
        occurrences: list[tuple[str, str]] = []
        failures = list(batch.failures)
        stored_here = {a.doc_id for a in batch.analysed}
        for doc_id, locator in batch.seen:
            if doc_id in ids or doc_id in stored_here:
                occurrences.append((doc_id, locator))
            else:
                # The same text as a record that failed (not Arabic, analysis error).
                failures.append((locator, "duplicate",
                                 f"same text as a record that was not stored ({doc_id})"))
        new_ids: list[str] = []
        batch_ids: set[str] = set()
        for item in batch.analysed:
            occurrences.append((item.doc_id, item.locator))
            if item.doc_id in ids or item.doc_id in batch_ids:
                continue
            batch_ids.add(item.doc_id)
            new_ids.append(item.doc_id)
            extend_rows(rows, item.rows)
            seqs.append(self._next_seq + len(seqs))
            sigs.append((item.doc_id, item.signature))
        rows["documents"]["seq"] = seqs
        try:
            for doc_id, sig in sigs:
                links.extend(near.add(doc_id, sig))
            self.con.execute("BEGIN TRANSACTION")
            for table, cols in rows.items():
                if cols["id" if table == "documents" else "doc_id"]:
                    self._insert(table, cols)
            if occurrences:
                self._insert("occurrences", {"doc_id": [o[0] for o in occurrences],
                                             "locator": [o[1] for o in occurrences]},
                             ignore=True)
            if failures:
                self._insert("failures", {
                    "id": [failure_id(f[0], f[2]) for f in failures],
                    "locator": [f[0] for f in failures],
                    "stage": [f[1] for f in failures],
                    "reason": [f[2] for f in failures]}, ignore=True)
            if sigs:
                self._insert("minhashes", {"doc_id": [s[0] for s in sigs],
                                           "signature": [s[1] for s in sigs]})
            if links:
                self._insert("near_duplicates", {"doc_a": [x[0] for x in links],
                                                 "doc_b": [x[1] for x in links],
                                                 "jaccard": [x[2] for x in links]},
                             ignore=True)
            self.con.execute("COMMIT")
        except Exception as err:
            with contextlib.suppress(duckdb.Error):
                self.con.execute("ROLLBACK")
            # The LSH index may hold the rolled-back documents: rebuild it when next needed.
            self._near = None
            raise StoreError(f"could not write a batch: {type(err).__name__}: {err}",
                             code="M035") from err
        ids.update(new_ids)
        self._next_seq += len(seqs)
        return BatchResult(added=len(new_ids), duplicates=len(occurrences) - len(new_ids),
                           failures=len(failures), near_duplicates=len(links))

    def _insert(self, table: str, cols: dict[str, list[Any]], *, ignore: bool = False) -> None:
        view = f"_marsad_{table}"
        self.con.register(view, pa.table(cols))
        try:
            verb = "INSERT OR IGNORE" if ignore else "INSERT"
            names = ", ".join(f'"{c}"' for c in cols)
            self.con.execute(f"{verb} INTO {table} ({names}) SELECT {names} FROM {view}")
        finally:
            self.con.unregister(view)

    def add_documents(self, docs: Iterable[Document], *, locator: str = "api") -> BatchResult:
        """Store analysed documents in one transaction (the library's way in)."""
        from marsad.store.dedup import signature

        batch = Batch(analysed=[
            Analysed(d.id, document_rows(d), signature(d.text), f"{locator}#{i}")
            for i, d in enumerate(docs)])
        return self.write_batch(batch)

    def log_run(self, sources: Sequence[str]) -> None:
        """Note the start of an ingest run in ``runs``."""
        self.con.execute("INSERT INTO runs (started_at, sources) VALUES (now(), ?)",
                         [" ".join(sources)])

    def finish_run(self, added: int, skipped: int, failed: int) -> None:
        """Note the end of the latest run."""
        self.con.execute(
            "UPDATE runs SET finished_at = now(), added = ?, skipped = ?, failed = ? "
            "WHERE started_at = (SELECT max(started_at) FROM runs)", [added, skipped, failed])

    # -- full-text index -----------------------------------------------------

    def fts_is_current(self) -> bool:
        """Whether the FTS index covers exactly the stored documents."""
        row = self.con.execute("SELECT value FROM store_state WHERE key = 'fts_seq'").fetchone()
        seq = self.con.execute("SELECT coalesce(max(seq) + 1, 0) FROM documents").fetchone()
        return row is not None and seq is not None and row[0] == str(seq[0])

    def build_fts(self, *, force: bool = False) -> bool:
        """(Re)build the Arabic-stemmed FTS index over title and text if it is stale.

        Returns whether it was rebuilt. The rebuild and its bookkeeping are one
        transaction, so a crash leaves the old index (and a re-run rebuilds it).
        """
        if not force and self.fts_is_current():
            return False
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute(
                "PRAGMA create_fts_index('documents', 'id', 'title', 'text', "
                f"stemmer = 'arabic', stopwords = 'none', ignore = '{FTS_IGNORE}', "
                "strip_accents = 0, lower = 1, overwrite = 1)")
            self.con.execute(
                "INSERT OR REPLACE INTO store_state VALUES ('fts_seq', "
                "(SELECT CAST(coalesce(max(seq) + 1, 0) AS VARCHAR) FROM documents))")
            self.con.execute("COMMIT")
        except Exception as err:
            self.con.execute("ROLLBACK")
            raise StoreError(f"could not build the full-text index: {err}", code="M036") from err
        return True

    # -- reading -------------------------------------------------------------

    def read_document(self, doc_id: str) -> Document:
        """The stored document with this id, every layer included.

        Raises:
            NotFound: no such document.
        """
        docs = list(self.read_documents([doc_id]))
        if not docs:
            raise NotFound(f"no document {doc_id!r} in {self.path}", code="M031")
        return docs[0]

    def read_documents(self, ids: Sequence[str] | None = None, *,
                       chunk: int = 500) -> Iterator[Document]:
        """Stored documents in corpus order (``seq``), all of them or those in ``ids``."""
        if ids is None:
            id_list = [r[0] for r in self.con.execute(
                "SELECT id FROM documents ORDER BY seq").fetchall()]
        else:
            id_list = list(ids)
        for i in range(0, len(id_list), chunk):
            part = id_list[i:i + chunk]
            docs = _records(self.con.execute(
                "SELECT * FROM documents WHERE id IN (SELECT unnest(?)) ORDER BY seq", [part]))
            children: dict[str, dict[str, list[dict[str, Any]]]] = {}
            for table in CHILD_TABLES:
                for rec in _records(self.con.execute(
                        f"SELECT * FROM {table} WHERE doc_id IN (SELECT unnest(?)) "
                        "ORDER BY doc_id, idx", [part])):
                    children.setdefault(rec["doc_id"], {}).setdefault(table, []).append(rec)
            for rec in docs:
                yield document_from_rows(rec, children.get(rec["id"], {}))


def _records(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


__all__ = ["TABLE_COLUMNS", "Analysed", "Batch", "BatchResult", "Store", "failure_id"]
