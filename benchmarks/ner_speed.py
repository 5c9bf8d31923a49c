"""NER speed on one core: tokens/s over SaudiNewsNet articles, load time, size, peak memory.

Tokenizes and sentence-splits the first N articles (sorted zip and member
names) with Marsad's text layer, then times only the NER component over them
(first pass: cold caches; second pass: warm), wall and CPU time, and reports the model's size on
disk, its load time and the process's peak resident memory.

    python benchmarks/ner_speed.py [--shared ../shared] [--n 1000] [--model DIR] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import time
from pathlib import Path

from pipeline_speed import load_articles  # type: ignore[import-not-found]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("MARSAD_SHARED", "../shared")))
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--model", type=Path, default=None, help="model folder (default: shipped)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    from marsad.components.ner import NERTagger
    from marsad.components.text import TextSegmenter
    from marsad.document import Document
    from marsad.ner.model import NERModel, shipped_model_dir

    texts = load_articles(args.shared, args.n)
    segment = TextSegmenter()
    docs = [segment(Document(text=t)) for t in texts]
    tokens = sum(len(d.tokens) for d in docs)

    started = time.perf_counter()
    model = NERModel.load(args.model)
    load_s = time.perf_counter() - started
    tagger = NERTagger("ner", model)

    passes = []
    cpu = []
    for _ in range(2):
        started, cpu_started = time.perf_counter(), time.process_time()
        mentions = 0
        for d in docs:
            mentions += len(tagger(d).mentions)
        passes.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)

    folder = args.model or shipped_model_dir()
    size = sum(p.stat().st_size for p in Path(folder).iterdir() if p.is_file())
    result = {
        "articles": len(docs),
        "tokens": tokens,
        "tokens_per_article": round(tokens / len(docs), 1),
        "mentions": mentions,
        "cold_seconds": round(passes[0], 3),
        "cold_tokens_per_s": round(tokens / passes[0]),
        "warm_seconds": round(passes[1], 3),
        "warm_tokens_per_s": round(tokens / passes[1]),
        "ms_per_article_cold": round(1000 * passes[0] / len(docs), 3),
        "ms_per_article_warm": round(1000 * passes[1] / len(docs), 3),
        # CPU time of this process: what the figures would be on an idle core.
        "cpu_tokens_per_s_cold": round(tokens / cpu[0]),
        "cpu_tokens_per_s_warm": round(tokens / cpu[1]),
        "cpu_ms_per_article_warm": round(1000 * cpu[1] / len(docs), 3),
        "load_average": round(os.getloadavg()[0], 2),
        "load_seconds": round(load_s, 3),
        "model_bytes": size,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
