"""Build tests/data/heldout/quotes.gold.jsonl from the annotations below.

Annotations follow shared/spec/quotes.md and the conventions of the development
gold (shared/dev/quotes.gold.jsonl). Each quote is given by anchors, not by
offsets: ``frm`` is the first characters of the content and ``to`` its last
characters (both copied from the article); ``after`` (optional) is a string
that must precede the content, used to pick the right occurrence. Offsets are
computed here (Python str indices, end-exclusive) and checked to slice back.

Run:  /work/venv/bin/python tests/data/heldout/tools/build_quotes_gold.py
"""

import json
import pathlib
import sys

from annotations_quotes import ANNOTATIONS

HERE = pathlib.Path(__file__).resolve().parent
HELDOUT = HERE.parent
ARTICLES = HELDOUT / "articles.jsonl"
OUT = HELDOUT / "quotes.gold.jsonl"


def locate(text, q):
    """Return (start, end) of the content described by anchors in q."""
    base = 0
    if q.get("after"):
        a = text.find(q["after"])
        if a < 0:
            raise ValueError("anchor 'after' not found: {!r}".format(q["after"]))
        base = a + len(q["after"])
    s = text.find(q["frm"], base)
    if s < 0:
        raise ValueError("content start not found: {!r}".format(q["frm"]))
    e = text.find(q["to"], s)
    if e < 0:
        raise ValueError("content end not found: {!r}".format(q["to"]))
    e += len(q["to"])
    return s, e


def build_article(art, ann):
    text = art["text"]
    quotes = []
    for q in ann["quotes"]:
        s, e = locate(text, q)
        content = text[s:e]
        if content != content.strip():
            raise ValueError(f"content has outer white space: {content!r}")
        for field in ("cue", "speaker_mention"):
            if q[field] and q[field] not in text:
                raise ValueError(f"{field} not in text: {q[field]!r}")
        quotes.append({
            "kind": q["kind"],
            "cue": q["cue"],
            "speaker": q["speaker"],
            "speaker_mention": q["speaker_mention"],
            "speaker_kind": q["speaker_kind"],
            "content": content,
            "start": s,
            "end": e,
        })
    quotes.sort(key=lambda x: (x["start"], x["end"]))
    return {"id": art["id"], "text": text, "quotes": quotes, "notes": ann["notes"]}


def main():
    articles = [json.loads(line) for line in ARTICLES.open(encoding="utf-8")]
    out = []
    for art in articles:
        if art["id"] not in ANNOTATIONS:
            print("not annotated yet:", art["id"], file=sys.stderr)
            continue
        out.append(build_article(art, ANNOTATIONS[art["id"]]))
    extra = set(ANNOTATIONS) - {a["id"] for a in articles}
    if extra:
        raise SystemExit(f"annotations for unknown ids: {sorted(extra)}")
    with OUT.open("w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    n = sum(len(r["quotes"]) for r in out)
    print(f"wrote {len(out)} articles, {n} quotes to {OUT}")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
