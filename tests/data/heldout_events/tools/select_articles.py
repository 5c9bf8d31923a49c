"""Draw the held-out events set: 10 SaudiNewsNet articles about regional and world affairs.

An article qualifies when it has 1,200-4,000 characters and names at least three different
countries other than Saudi Arabia (their common Arabic names in ../shared/data/countries), the
way the development events gold's politics and security articles do; none is from
../shared/dev or the other held-out sets. Ten are drawn at random (seed 31), at most two per
outlet. The event lexicon plays no part in the choice.

    python tests/data/heldout_events/tools/select_articles.py --shared ../shared
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
SEED = 31
N = 10
PER_OUTLET = 2
MIN_COUNTRIES = 3


def country_patterns(shared: Path) -> list[re.Pattern[str]]:
    data = json.loads((shared / "data" / "countries" / "countries.json").read_text("utf-8"))
    out = []
    for c in data:
        if c.get("cca3") == "SAU":
            continue
        name = c.get("translations", {}).get("ara", {}).get("common")
        if name and len(name) >= 3:
            out.append(re.compile(r"(?<![\w])[وفبل]?(?:ال)?" + re.escape(name) + r"(?![\w])"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    taken: set[str] = set()
    for path in (args.shared / "dev" / "articles.jsonl", HERE.parent / "heldout" / "articles.jsonl",
                 HERE.parent / "heldout2" / "articles.jsonl"):
        taken |= {json.loads(x)["id"] for x in path.read_text("utf-8").splitlines() if x.strip()}
    countries = country_patterns(args.shared)
    pool: list[dict[str, str]] = []
    for zpath in sorted((args.shared / "data" / "saudinewsnet").glob("*.zip")):
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                data = json.loads(zf.read(name))
                for art in data if isinstance(data, list) else [data]:
                    text = art.get("content") or ""
                    url = art.get("url") or ""
                    aid = hashlib.sha1(url.encode()).hexdigest()[:12]
                    if aid in taken or not 1200 <= len(text) <= 4000:
                        continue
                    if sum(1 for p in countries if p.search(text)) < MIN_COUNTRIES:
                        continue
                    taken.add(aid)
                    pool.append({"id": aid, "source": art.get("source"), "url": url,
                                 "date": art.get("date_extracted"), "title": art.get("title"),
                                 "text": text})
    rng = random.Random(SEED)
    rng.shuffle(pool)
    out: list[dict[str, str]] = []
    per: dict[str, int] = {}
    for art in pool:
        src = art["source"] or "?"
        if per.get(src, 0) < PER_OUTLET:
            out.append(art)
            per[src] = per.get(src, 0) + 1
        if len(out) == N:
            break
    (HERE / "articles.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in out), "utf-8")
    print(len(out), "articles from", len(pool), "candidates")


if __name__ == "__main__":
    main()
