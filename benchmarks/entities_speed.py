"""Entity components' speed and the KB's size, build time and lookup speed, on one core.

Runs the text layer over the first N SaudiNewsNet articles (sorted zips and
members), then times ``kb_mentions`` and ``entities`` on each document in turn (plus, when the NER is in the default pipeline, its mentions first),
and reports ms/article against the 1.5 ms budget; then the KB: files' size,
load time, build time from the shared data, and name/nisba lookups per second.

    PYTHONPATH=src python benchmarks/entities_speed.py [--shared ../shared] [--n 1000] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_speed import load_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("MARSAD_SHARED", "../shared")))
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="passes; the fastest counts")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    from marsad.document import Document
    from marsad.kb.build import build_kb
    from marsad.kb.demonyms import nisba_stem
    from marsad.kb.store import _load, default_dir, load_kb
    from marsad.pipeline import load_pipeline

    texts = load_articles(args.shared, args.n)
    _load.cache_clear()
    started = time.perf_counter()
    kb = load_kb()
    kb_load_s = time.perf_counter() - started

    pipe = load_pipeline()
    before = [c for c in pipe.components if c.name not in ("kb_mentions", "entities")]
    upstream = [c for c in before if c.name in ("text", "ner")]
    comps = {c.name: c for c in pipe.components}
    def fresh() -> list[Document]:
        out = []
        for t in texts:
            d = Document(text=t)
            for c in upstream:
                c(d)
            out.append(d)
        return out

    # Both components on each document in turn, as the pipeline runs them; the best of
    # three passes (fresh documents each time) so that a busy machine counts less.
    # Wall time, and CPU time of this process (less inflated when other processes share
    # the core).
    kb_comp, ent_comp = comps["kb_mentions"], comps["entities"]
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        docs = fresh()
        timings = {"kb_mentions": 0.0, "entities": 0.0, "kb_mentions_cpu": 0.0,
                   "entities_cpu": 0.0}
        for d in docs:
            t0, c0 = time.perf_counter(), time.process_time()
            kb_comp(d)
            t1, c1 = time.perf_counter(), time.process_time()
            ent_comp(d)
            t2, c2 = time.perf_counter(), time.process_time()
            timings["kb_mentions"] += t1 - t0
            timings["entities"] += t2 - t1
            timings["kb_mentions_cpu"] += c1 - c0
            timings["entities_cpu"] += c2 - c1
        if not best or timings["kb_mentions"] + timings["entities"] < (
                best["kb_mentions"] + best["entities"]):
            best = timings
    timings = best
    n = len(docs)

    names = [m.text for d in docs for m in d.mentions][:20000]
    started = time.perf_counter()
    for s in names:
        kb.lookup(s)
    lookup_s = time.perf_counter() - started
    words = [w for t in texts[:200] for w in t.split()][:50000]
    from marsad.text import fold

    started = time.perf_counter()
    for w in words:
        for stem in nisba_stem(fold(w)):
            kb.demonym.get(stem)
    nisba_s = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        report = build_kb(args.shared / "data", Path(tmp))
        build_s = time.perf_counter() - started

    files = {p.name: p.stat().st_size for p in sorted(default_dir().glob("*.gz"))}
    result = {
        "articles": n,
        "passes": args.repeat,
        "upstream": [c.name for c in upstream],
        "kb_mentions_ms_per_article": round(1000 * timings["kb_mentions"] / n, 3),
        "entities_ms_per_article": round(1000 * timings["entities"] / n, 3),
        "total_ms_per_article": round(1000 * (timings["kb_mentions"] + timings["entities"]) / n,
                                      3),
        "total_cpu_ms_per_article": round(
            1000 * (timings["kb_mentions_cpu"] + timings["entities_cpu"]) / n, 3),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "budget_ms": 1.5,
        "mentions_per_article": round(sum(len(d.mentions) for d in docs) / n, 2),
        "entities_per_article": round(sum(len(d.entities) for d in docs) / n, 2),
        "modifiers_per_article": round(sum(len(d.modifiers) for d in docs) / n, 2),
        "kb_records": len(kb),
        "kb_files_bytes": files,
        "kb_load_s": round(kb_load_s, 3),
        "kb_build_s": round(build_s, 2),
        "kb_build_records": report.entries,
        "lookups_per_s": round(len(names) / lookup_s) if lookup_s else None,
        "nisba_checks_per_s": round(len(words) / nisba_s) if nisba_s else None,
        "machine": f"{platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}",
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
