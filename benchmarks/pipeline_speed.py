"""Whole-pipeline speed against spaCy's bare Arabic tokenizer, on one core.

Reads the first N articles (sorted zip and member names) of SaudiNewsNet,
times ``spacy.blank("ar")`` over them, then Marsad's full default pipeline
(the same work as ``marsad analyze``), and prints both rates and the ratio.

    python benchmarks/pipeline_speed.py [--shared ../shared] [--n 1000] [--json OUT]

Needs the ``bench`` extra (spaCy). Run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("MARSAD_SHARED", "../shared")))
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    texts = load_articles(args.shared, args.n)
    chars = sum(map(len, texts))

    import spacy

    nlp = spacy.blank("ar")
    started = time.perf_counter()
    spacy_tokens = sum(len(nlp(t)) for t in texts)
    spacy_s = time.perf_counter() - started

    import marsad

    load_started = time.perf_counter()
    pipeline = marsad.load_pipeline()
    load_s = time.perf_counter() - load_started
    started = time.perf_counter()
    failures = 0
    counts = {"mentions": 0, "entities": 0, "quotes": 0, "events": 0}
    for t in texts:
        doc = pipeline.analyze(t)
        failures += len(doc.failures)
        for k in counts:
            counts[k] += len(getattr(doc, k))
    marsad_s = time.perf_counter() - started

    result = {
        "articles": len(texts),
        "chars": chars,
        "spacy_tokens": spacy_tokens,
        "spacy_seconds": round(spacy_s, 3),
        "spacy_articles_per_s": round(len(texts) / spacy_s, 1),
        "marsad_components": pipeline.names,
        "marsad_load_seconds": round(load_s, 3),
        "marsad_seconds": round(marsad_s, 3),
        "marsad_articles_per_s": round(len(texts) / marsad_s, 1),
        "ratio_marsad_over_spacy": round(marsad_s / spacy_s, 2),
        "component_seconds": {k: round(v, 3) for k, v in pipeline.timings.items()},
        "found": counts,
        "failures": failures,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
