"""Speed of the quotes component alone, in ms per SaudiNewsNet article, on one core.

Sentences and tokens are made first (the text component, not timed); then the
quotes component runs over every article, timed. The budget is 1.5 ms/article.

    python benchmarks/quotes_speed.py [--shared ../shared] [--n 1000] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
import zipfile
from pathlib import Path


def load_articles(shared: Path, n: int) -> list[str]:
    """The first ``n`` non-empty article texts of SaudiNewsNet, in a fixed order."""
    texts: list[str] = []
    for zpath in sorted((shared / "data" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                data = json.loads(zf.read(name))
                for art in data if isinstance(data, list) else [data]:
                    text = (art.get("content") or "").strip()
                    if text:
                        texts.append(text)
                        if len(texts) == n:
                            return texts
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("MARSAD_SHARED", "../shared")))
    parser.add_argument("--n", type=int, default=1000)
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
    started = time.perf_counter()
    quotes = 0
    for d in docs:
        quotes += len(finder(d).quotes)
    elapsed = time.perf_counter() - started
    result = {
        "articles": len(docs),
        "chars": sum(map(len, texts)),
        "tokens": sum(len(d.tokens) for d in docs),
        "quotes": quotes,
        "load_seconds": round(load_s, 3),
        "seconds": round(elapsed, 3),
        "ms_per_article": round(1000 * elapsed / max(1, len(docs)), 3),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
