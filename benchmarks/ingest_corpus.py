"""Ingest throughput at scale: the whole SaudiNewsNet corpus (or any sources) into DuckDB.

Runs ``marsad ingest`` in-process with the default pipeline and a process pool
over every core, into a fresh database, and prints wall time, articles/s, peak
memory (this process and, separately, the largest worker), database size,
exact duplicates, near-duplicate pairs and failures.

    python benchmarks/ingest_corpus.py [--shared ../shared] [--db /tmp/snn.duckdb]
    python benchmarks/ingest_corpus.py --sources examples/saudinewsnet-sample.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("MARSAD_SHARED", "../shared")))
    parser.add_argument("--sources", nargs="*", default=None,
                        help="what to ingest (default: every SaudiNewsNet zip)")
    parser.add_argument("--db", type=Path, default=Path("/tmp/marsad-bench.duckdb"))
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--batch-size", type=int, default=200)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()

    from marsad import __version__
    from marsad.ingest import IngestSettings, ingest
    from marsad.pipeline import load_pipeline
    from marsad.store import Store, stats

    sources = args.sources or [str(p) for p in
                               sorted((args.shared / "data" / "saudinewsnet").glob("*.zip"))]
    for suffix in ("", ".wal"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)
    settings = IngestSettings(batch_size=args.batch_size,
                              **({"workers": args.workers} if args.workers else {}))
    started = time.perf_counter()
    report = ingest(sources, args.db, settings)
    wall = time.perf_counter() - started
    with Store(args.db, read_only=True) as store:
        counts = stats(store)
    figures = {
        "marsad": __version__,
        "pipeline": load_pipeline().names,
        "machine": f"{os.cpu_count()}-core {platform.machine()}, Python "
                   f"{platform.python_version()}",
        "workers": settings.workers,
        "records_read": report.read,
        "documents_stored": counts["documents"],
        "exact_duplicates": counts["exact_duplicates"],
        "near_duplicate_pairs": counts["near_duplicate_pairs"],
        "documents_with_near_duplicates": counts["documents_with_near_duplicates"],
        "failures": counts["failures"],
        "failures_by_stage": counts["failures_by_stage"],
        "sentences": counts["sentences"], "mentions": counts["mentions"],
        "entities": counts["entities"], "quotes": counts["quotes"], "events": counts["events"],
        "wall_s": round(wall, 1),
        "articles_per_s": round(report.read / wall, 1),
        "peak_rss_main_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "peak_rss_largest_worker_mb": round(
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
        "database_mb": round(args.db.stat().st_size / 1e6, 1),
    }
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
