"""Speed of the quotes component alone, in ms per SaudiNewsNet article, on one core.

Sentences and tokens are made first (the text component, not timed); then the
quotes component runs over every article, timed, ``--repeat`` times; the
fastest pass is reported, with every pass and the machine's load average (the
figure is only meaningful on an otherwise idle machine). The budget is 1.5
ms/article.

    python benchmarks/quotes_speed.py [--shared ../shared] [--n 1000] [--repeat 3] [--spacy]
                                      [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_speed import load_articles


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("MARSAD_SHARED", "../shared")))
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3,
                        help="timed passes over the articles; the fastest is reported (as timeit)")
    parser.add_argument("--spacy", action="store_true",
                        help="also time spaCy's blank('ar') tokenizer on the same articles")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    from marsad.components.quotes import QuoteFinder
    from marsad.components.text import TextSegmenter
    from marsad.document import Document

    texts = load_articles(args.shared, args.n)
    seg = TextSegmenter()
    docs = [seg(Document(text=t)) for t in texts]
    load_started = time.perf_counter()
    finder = QuoteFinder()
    load_s = time.perf_counter() - load_started
    finder(docs[0])  # warm caches as a long-running process would have them
    nlp = None
    if args.spacy:
        import spacy

        nlp = spacy.blank("ar")
    passes: list[float] = []
    spacy_passes: list[float] = []
    quotes = 0
    for _ in range(max(1, args.repeat)):
        if nlp is not None:
            # spaCy's tokenizer, timed in the same conditions: the budget is relative to it.
            started = time.perf_counter()
            for t in texts:
                nlp(t)
            spacy_passes.append(time.perf_counter() - started)
        started = time.perf_counter()
        quotes = 0
        for d in docs:
            quotes += len(finder(d).quotes)
        passes.append(time.perf_counter() - started)
    elapsed = min(passes)
    result = {
        "articles": len(docs),
        "chars": sum(map(len, texts)),
        "tokens": sum(len(d.tokens) for d in docs),
        "quotes": quotes,
        "load_seconds": round(load_s, 3),
        "seconds": round(elapsed, 3),
        "pass_seconds": [round(p, 3) for p in passes],
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "ms_per_article": round(1000 * elapsed / max(1, len(docs)), 3),
        "spacy_ms_per_article": (round(1000 * min(spacy_passes) / max(1, len(texts)), 3)
                                 if spacy_passes else None),
        "ratio_quotes_over_spacy": (round(elapsed / min(spacy_passes), 3)
                                    if spacy_passes else None),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
