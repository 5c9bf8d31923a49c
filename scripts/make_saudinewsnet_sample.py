"""Choose the bundled sample corpus ``examples/saudinewsnet-sample.jsonl`` from SaudiNewsNet.

Fixed seed; the same shared data gives the same file. From the 31,030 articles
(``shared/data/saudinewsnet/*.zip``, sorted) it keeps those of 800-6,000
characters that report speech (a reporting verb such as قال, أكد, أوضح,
أضاف, أعلن occurs), draws ``--n`` of them at random, and adds, for
``--pairs`` of the drawn ones, a near-duplicate from another outlet when
SaudiNewsNet has one (the same wire story; found with Marsad's MinHash), so
that the sample shows duplicate detection too. Records keep SaudiNewsNet's
fields: source, url, date_extracted, title, author, content.

    python scripts/make_saudinewsnet_sample.py [--shared ../shared] [--n 330] [--pairs 30]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import zipfile
from pathlib import Path
from typing import Any

from marsad.store.dedup import NearDuplicates, signature

SEED = 20150801
REPORTING = re.compile(r"\b(?:و|ف)?(?:قال|أكد|أوضح|أضاف|أعلن|صرح|أشار)")


def load(shared: Path) -> list[dict[str, Any]]:
    """Every SaudiNewsNet article, in zip and list order."""
    out: list[dict[str, Any]] = []
    for zpath in sorted((shared / "data" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(zf.namelist()):
                data = json.loads(zf.read(name))
                out.extend(data if isinstance(data, list) else [data])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("MARSAD_SHARED", "../shared")))
    parser.add_argument("--n", type=int, default=330)
    parser.add_argument("--pairs", type=int, default=30)
    parser.add_argument("--out", type=Path, default=Path("examples/saudinewsnet-sample.jsonl"))
    args = parser.parse_args()

    articles = load(args.shared)
    eligible = [i for i, a in enumerate(articles)
                if 800 <= len((a.get("content") or "").strip()) <= 6000
                and REPORTING.search(a.get("content") or "")]
    rng = random.Random(SEED)
    chosen = sorted(rng.sample(eligible, args.n))

    # Near-duplicates of the chosen articles, anywhere in the corpus.
    near = NearDuplicates()
    texts = {}
    for i, a in enumerate(articles):
        text = (a.get("content") or "").strip()
        if text and text not in texts:
            texts[text] = i
            near.add(str(i), signature(text))
    partners: dict[int, int] = {}
    chosen_set = set(chosen)
    for i in chosen:
        text = (articles[i].get("content") or "").strip()
        for other in near.neighbours(str(texts[text])):
            j = int(other)
            if j not in chosen_set and articles[j].get("source") != articles[i].get("source"):
                partners[i] = j
                break
    extra = sorted(partners.values())
    rng.shuffle(extra)
    picked = sorted(chosen_set | set(extra[: args.pairs]))

    fields = ("source", "url", "date_extracted", "title", "author", "content")
    with args.out.open("w", encoding="utf-8") as fh:
        for i in picked:
            fh.write(json.dumps({k: articles[i].get(k) for k in fields}, ensure_ascii=False))
            fh.write("\n")
    print(f"{len(picked)} articles ({len(picked) - len(chosen)} near-duplicate partners) "
          f"from {len(eligible)} eligible of {len(articles)} -> {args.out} "
          f"({args.out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
