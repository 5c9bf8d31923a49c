"""Draw the second held-out set: one SaudiNewsNet article per outlet, 1,200-4,000
characters, with a speech verb, none from ../shared/dev or the first held-out set.

    python tests/data/heldout2/tools/select_articles.py --shared ../shared
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
SEED = 23
SPEECH = re.compile(r"(?:^|[\s«\"(])[وف]?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أضاف|أضافت|أشار|أشارت)(?=[\s،,:])")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    taken = set()
    for path in (args.shared / "dev" / "articles.jsonl", HERE.parent / "heldout" / "articles.jsonl"):
        taken |= {json.loads(x)["id"] for x in path.read_text("utf-8").splitlines() if x.strip()}
    by_source: dict[str, list[dict[str, str]]] = {}
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
                    if aid in taken or not 1200 <= len(text) <= 4000 or not SPEECH.search(text):
                        continue
                    by_source.setdefault(art.get("source", "?"), []).append({
                        "id": aid, "source": art.get("source"), "url": url,
                        "date": art.get("date_extracted"), "title": art.get("title"),
                        "text": text})
    rng = random.Random(SEED)
    out = [rng.choice(sorted(arts, key=lambda a: a["id"])) for _, arts in sorted(by_source.items())]
    (HERE / "articles.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in out), "utf-8")
    print(len(out), "articles")


if __name__ == "__main__":
    main()
