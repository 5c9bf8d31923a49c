"""Where ingest time goes, per article: analysis, writing, FTS build (one process).

Runs ``ingest`` with ``workers=1`` on the given sources into a fresh database,
timing the worker step (pipeline + rows + MinHash), ``Store.write_batch`` and
``Store.build_fts``.

    python benchmarks/ingest_phases.py [--sources examples/saudinewsnet-sample.jsonl]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", nargs="*", default=["examples/saudinewsnet-sample.jsonl"])
    parser.add_argument("--db", type=Path, default=Path("/tmp/marsad-phases.duckdb"))
    args = parser.parse_args()

    import marsad.ingest.runner as runner
    from marsad.ingest import IngestSettings, ingest
    from marsad.store.repository import Store

    spent = {"analyse": 0.0, "write": 0.0, "fts": 0.0}

    def timed(key: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*a: Any, **k: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[key] += time.perf_counter() - started
        return wrapper

    runner.analyse = timed("analyse", runner.analyse)  # type: ignore[assignment]
    Store.write_batch = timed("write", Store.write_batch)  # type: ignore[method-assign]
    Store.build_fts = timed("fts", Store.build_fts)  # type: ignore[method-assign]
    for suffix in ("", ".wal"):
        Path(str(args.db) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    report = ingest(args.sources, args.db, IngestSettings(workers=1))
    wall = time.perf_counter() - started
    n = max(1, report.read)
    print(json.dumps({
        "records": report.read, "wall_s": round(wall, 2),
        "analyse_ms_per_article": round(spent["analyse"] / n * 1000, 2),
        "write_ms_per_article": round(spent["write"] / n * 1000, 2),
        "fts_s": round(spent["fts"], 2),
    }, indent=2))


if __name__ == "__main__":
    main()
