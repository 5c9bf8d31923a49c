"""``marsad ingest``: read sources, analyse in a process pool, write in atomic batches.

The main process reads the sources in order and is the single DuckDB writer;
worker processes run the analysis pipeline (``load_pipeline()``, so it picks
up every registered component), turn each Document into table rows and
compute its MinHash signature. ``Pool.imap`` keeps input order, so a run
writes the same batches in the same order every time: a run killed at any
point and started again skips what the committed batches hold and ends with
the database a clean run makes.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.document import Document, text_id
from marsad.errors import MarsadError
from marsad.ingest.fetch import Fetcher, FetchSettings
from marsad.ingest.language import MIN_ARABIC, language_problem
from marsad.ingest.records import BadRecord, RawArticle, Seen
from marsad.ingest.sources import iter_source
from marsad.pipeline import Pipeline, load_pipeline
from marsad.store import Analysed, Batch, Store
from marsad.store.dedup import signature
from marsad.store.rows import document_rows


@dataclass(frozen=True, slots=True)
class IngestSettings:
    """How to ingest."""

    workers: int = field(default_factory=lambda: max(1, len(os.sched_getaffinity(0))))
    batch_size: int = 200
    config: Path | None = None
    min_arabic: float = MIN_ARABIC
    fetch: FetchSettings = field(default_factory=FetchSettings)
    max_feed_entries: int = 500
    build_index: bool = True


@dataclass(slots=True)
class IngestReport:
    """What a run did."""

    read: int = 0
    added: int = 0
    duplicates: int = 0
    failures: int = 0
    near_duplicates: int = 0
    seconds: float = 0.0
    fts_rebuilt: bool = False
    batches: int = 0

    @property
    def articles_per_s(self) -> float:
        """Records read per second of wall time."""
        return self.read / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The report as a JSON-ready dict."""
        return {"read": self.read, "added": self.added, "duplicates": self.duplicates,
                "failures": self.failures, "near_duplicates": self.near_duplicates,
                "seconds": round(self.seconds, 3),
                "articles_per_s": round(self.articles_per_s, 1),
                "fts_rebuilt": self.fts_rebuilt}


Work = RawArticle | BadRecord | Seen
Done = Analysed | BadRecord | Seen

_PIPELINE: Pipeline | None = None
_MIN_ARABIC = MIN_ARABIC


def _init_worker(config: str | None, min_arabic: float) -> None:
    global _PIPELINE, _MIN_ARABIC
    _PIPELINE = load_pipeline(config)
    _MIN_ARABIC = min_arabic


def _use_pipeline(pipeline: Pipeline, min_arabic: float) -> None:
    global _PIPELINE, _MIN_ARABIC
    _PIPELINE, _MIN_ARABIC = pipeline, min_arabic


def analyse(item: Work) -> Done:
    """Worker step: analyse one article into rows, or pass a record through."""
    if not isinstance(item, RawArticle):
        return item
    try:
        problem = language_problem(item.text, _MIN_ARABIC)
        if problem is not None:
            return BadRecord(item.locator, "language", problem)
        meta = dict(item.meta)
        meta.setdefault("language", "ar")
        assert _PIPELINE is not None, "worker not initialised"
        doc = _PIPELINE(Document(text=item.text, meta=meta))
        return Analysed(doc.id, document_rows(doc), signature(doc.text), item.locator)
    except Exception as err:  # noqa: BLE001 - one bad article never stops the run
        return BadRecord(item.locator, "analysis", f"{type(err).__name__}: {err}")


def _work_items(sources: Sequence[str], known: set[str], fetcher: Callable[[], Fetcher],
                settings: IngestSettings) -> Iterator[Work]:
    queued: set[str] = set()
    for source in sources:
        for item in iter_source(source, fetcher, max_feed_entries=settings.max_feed_entries):
            if isinstance(item, RawArticle):
                doc_id = text_id(item.text)
                if doc_id in known or doc_id in queued:
                    yield Seen(doc_id, item.locator)
                    continue
                queued.add(doc_id)
            yield item


Progress = Callable[[IngestReport], None]


def ingest(sources: Sequence[str], db: str | Path, settings: IngestSettings | None = None,
           *, progress: Progress | None = None) -> IngestReport:
    """Ingest ``sources`` into the database at ``db``; see the module docstring.

    Raises:
        StoreError: the database cannot be opened or written.
        ConfigError: the pipeline config is bad.
    """
    settings = settings or IngestSettings()
    report = IngestReport()
    started = time.perf_counter()
    fetchers: list[Fetcher] = []

    def fetcher() -> Fetcher:
        if not fetchers:
            fetchers.append(Fetcher(settings.fetch))
        return fetchers[0]

    config = str(settings.config) if settings.config else None
    pipeline = load_pipeline(config)  # a bad config fails here, once, not in every worker
    with Store(db) as store:
        if sources:
            store.log_run(sources)
        known = store.known_ids()
        items = _work_items(sources, known, fetcher, settings)
        pool = None
        try:
            # At most a few batches in flight: the pool reads ahead of the writer
            # otherwise, and results would pile up in memory.
            window = threading.BoundedSemaphore(4 * settings.batch_size + 64)
            if settings.workers > 1:
                ctx = mp.get_context("spawn")
                pool = ctx.Pool(settings.workers, initializer=_init_worker,
                                initargs=(config, settings.min_arabic))
                results: Iterator[Done] = pool.imap(analyse, _gated(items, window),
                                                    chunksize=4)
            else:
                _use_pipeline(pipeline, settings.min_arabic)
                results = map(analyse, items)
            batch = Batch()
            for done in results:
                if pool is not None:
                    window.release()
                report.read += 1
                if isinstance(done, Analysed):
                    batch.analysed.append(done)
                elif isinstance(done, Seen):
                    batch.seen.append((done.doc_id, done.locator))
                else:
                    batch.failures.append((done.locator, done.stage, done.reason))
                if len(batch) >= settings.batch_size:
                    _commit(store, batch, report)
                    batch = Batch()
                    report.batches += 1
                    report.seconds = time.perf_counter() - started
                    if progress:
                        progress(report)
                elif progress and report.read % 10 == 0:
                    report.seconds = time.perf_counter() - started
                    progress(report)
            if len(batch):
                _commit(store, batch, report)
                report.batches += 1
        finally:
            if pool is not None:
                pool.terminate()
                pool.join()
            for f in fetchers:
                f.close()
        if settings.build_index:
            report.fts_rebuilt = store.build_fts()
        if sources:
            store.finish_run(report.added, report.duplicates, report.failures)
    report.seconds = time.perf_counter() - started
    if progress:
        progress(report)
    return report


def _gated(items: Iterator[Work], window: threading.BoundedSemaphore) -> Iterator[Work]:
    for item in items:
        window.acquire()
        yield item


def _commit(store: Store, batch: Batch, report: IngestReport) -> None:
    try:
        result = store.write_batch(batch)
    except MarsadError:
        # One bad row must not sink its batch: write the records one by one,
        # and record those that still fail.
        for single in _split(batch):
            try:
                result = store.write_batch(single)
            except MarsadError as err:
                locator = (single.analysed[0].locator if single.analysed
                           else single.seen[0][1] if single.seen else single.failures[0][0])
                result = store.write_batch(Batch(failures=[(locator, "store", err.message)]))
            _tally(report, result.added, result.duplicates, result.failures,
                   result.near_duplicates)
        return
    _tally(report, result.added, result.duplicates, result.failures, result.near_duplicates)


def _tally(report: IngestReport, added: int, duplicates: int, failures: int, near: int) -> None:
    report.added += added
    report.duplicates += duplicates
    report.failures += failures
    report.near_duplicates += near


def _split(batch: Batch) -> Iterator[Batch]:
    for a in batch.analysed:
        yield Batch(analysed=[a])
    for s in batch.seen:
        yield Batch(seen=[s])
    for f in batch.failures:
        yield Batch(failures=[f])
