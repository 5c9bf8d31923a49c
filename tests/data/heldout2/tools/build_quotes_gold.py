"""Build tests/data/heldout2/quotes.gold.jsonl from annotations_quotes_a.py and _b.py.

The two annotators' files use the anchor format of the first held-out set; the offsets are
computed by that set's builder (``build_article``), so both sets are built the same way.

Run:  python tests/data/heldout2/tools/build_quotes_gold.py
Check: python tests/data/heldout/tools/validate_gold.py --complete \
           --articles=tests/data/heldout2/articles.jsonl tests/data/heldout2/quotes.gold.jsonl
"""

import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
SET = HERE.parent
FIRST_TOOLS = SET.parent / "heldout" / "tools"


def _load(path: pathlib.Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main():
    sys.path.insert(0, str(FIRST_TOOLS))  # the first set's builder imports its annotations
    build_article = _load(FIRST_TOOLS / "build_quotes_gold.py", "first_builder").build_article
    annotations = {}
    for part in ("a", "b"):
        mod = _load(HERE / f"annotations_quotes_{part}.py", f"annotations_{part}")
        overlap = annotations.keys() & mod.ANNOTATIONS.keys()
        if overlap:
            raise SystemExit(f"annotated twice: {sorted(overlap)}")
        annotations.update(mod.ANNOTATIONS)
    articles = [json.loads(x) for x in (SET / "articles.jsonl").open(encoding="utf-8")]
    missing = [a["id"] for a in articles if a["id"] not in annotations]
    if missing:
        raise SystemExit(f"not annotated: {missing}")
    extra = set(annotations) - {a["id"] for a in articles}
    if extra:
        raise SystemExit(f"annotations for unknown ids: {sorted(extra)}")
    out = SET / "quotes.gold.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for art in articles:
            f.write(json.dumps(build_article(art, annotations[art["id"]]), ensure_ascii=False) + "\n")
    n = sum(len(annotations[a["id"]]["quotes"]) for a in articles)
    print(f"wrote {len(articles)} articles, {n} quotes to {out}")


if __name__ == "__main__":
    main()
