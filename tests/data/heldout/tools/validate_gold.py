"""Validate tests/data/heldout/quotes.gold.jsonl.

Checks that
- every line has exactly the fields of the development gold (id, text, quotes, notes),
  with the same types; notes is a list of strings as in shared/dev/quotes.gold.jsonl;
- ids and texts are those of tests/data/heldout/articles.jsonl, in the same order,
  and (with --complete) every article is present;
- every quote has exactly the quote fields of the development gold, kind and
  speaker_kind take allowed values, and text[start:end] == content;
- content has no outer white space and does not end with a full stop;
- cue and speaker_mention (when not empty) occur in the text, and the cue occurs
  within 400 characters of the content;
- the quote records have the same key set as those in the dev gold (if readable);
- quotes are in text order (a warning only: the dev gold appends later additions).

Usage: /work/venv/bin/python tests/data/heldout/tools/validate_gold.py [--complete]
       [--articles=ARTICLES.jsonl] [gold]
(the defaults are this directory's articles.jsonl and quotes.gold.jsonl; running it on
shared/dev/quotes.gold.jsonl with --articles=shared/dev/articles.jsonl checks the checker)
"""

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
HELDOUT = HERE.parent
ARTICLES = HELDOUT / "articles.jsonl"
DEV_GOLD = pathlib.Path("/work/shared/dev/quotes.gold.jsonl")

RECORD_KEYS = {"id", "text", "quotes", "notes"}
QUOTE_KEYS = {"kind", "cue", "speaker", "speaker_mention", "speaker_kind",
              "content", "start", "end"}
KINDS = {"direct", "indirect"}
SPEAKER_KINDS = {"person", "anonymous", "organization", "document"}


def dev_keys():
    if not DEV_GOLD.exists():
        return None
    rec_keys, q_keys = set(), set()
    for line in DEV_GOLD.open(encoding="utf-8"):
        d = json.loads(line)
        rec_keys.add(frozenset(d))
        for q in d["quotes"]:
            q_keys.add(frozenset(q))
    return rec_keys, q_keys


def main(argv):
    complete = "--complete" in argv
    arts = ARTICLES
    for a in argv:
        if a.startswith("--articles="):
            arts = pathlib.Path(a.split("=", 1)[1])
    args = [a for a in argv if not a.startswith("--")]
    gold = pathlib.Path(args[0]) if args else HELDOUT / "quotes.gold.jsonl"
    articles = [json.loads(line) for line in arts.open(encoding="utf-8")]
    by_id = {a["id"]: a for a in articles}
    order = [a["id"] for a in articles]
    errors = []
    warnings = []

    dk = dev_keys()
    if dk is not None:
        rec_keys, q_keys = dk
        if rec_keys != {frozenset(RECORD_KEYS)} or q_keys != {frozenset(QUOTE_KEYS)}:
            errors.append(f"dev gold key sets differ from the ones this validator expects: {rec_keys} {q_keys}")

    seen = []
    for n, line in enumerate(gold.open(encoding="utf-8"), 1):
        where = f"line {n}"
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: bad JSON: {exc}")
            continue
        if set(d) != RECORD_KEYS:
            errors.append(f"{where}: record keys {sorted(d)}")
            continue
        where = "{} ({})".format(where, d["id"])
        art = by_id.get(d["id"])
        if art is None:
            errors.append(f"{where}: unknown id")
            continue
        seen.append(d["id"])
        text = d["text"]
        if text != art["text"]:
            errors.append(f"{where}: text differs from articles.jsonl")
        if not isinstance(d["notes"], list) or not all(isinstance(x, str) and x for x in d["notes"]):
            errors.append(f"{where}: notes must be a non-empty-string list")
        if not isinstance(d["quotes"], list):
            errors.append(f"{where}: quotes is not a list")
            continue
        prev = (-1, -1)
        for i, q in enumerate(d["quotes"], 1):
            qw = f"{where} quote {i}"
            if set(q) != QUOTE_KEYS:
                errors.append(f"{qw}: quote keys {sorted(q)}")
                continue
            for f in ("kind", "cue", "speaker", "speaker_mention", "speaker_kind", "content"):
                if not isinstance(q[f], str):
                    errors.append(f"{qw}: {f} not a string")
            s, e = q["start"], q["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{qw}: bad offsets {s!r} {e!r}")
                continue
            if text[s:e] != q["content"]:
                errors.append(f"{qw}: text[start:end] != content")
            if q["content"] != q["content"].strip():
                errors.append(f"{qw}: content has outer white space")
            if q["content"].endswith("."):
                errors.append(f"{qw}: content ends with a full stop")
            if q["kind"] not in KINDS:
                errors.append("{}: kind {!r}".format(qw, q["kind"]))
            if q["speaker_kind"] not in SPEAKER_KINDS:
                errors.append("{}: speaker_kind {!r}".format(qw, q["speaker_kind"]))
            if not q["cue"] or not q["speaker"]:
                errors.append(f"{qw}: empty cue or speaker")
            if q["cue"] and q["cue"] not in text:
                errors.append(f"{qw}: cue not in text")
            elif q["cue"] and q["cue"] not in text[max(0, s - 400):e + 400]:
                errors.append(f"{qw}: cue not within 400 characters of the content")
            if q["speaker_mention"] and q["speaker_mention"] not in text:
                errors.append(f"{qw}: speaker_mention not in text")
            if (s, e) < prev:
                warnings.append(f"{qw}: quotes not in text order (the dev gold appends later additions)")
            prev = (s, e)
            for j, r in enumerate(d["quotes"][:i - 1], 1):
                if isinstance(r, dict) and (r.get("start"), r.get("end")) == (s, e):
                    errors.append(f"{qw}: same span as quote {j}")

    if seen != [i for i in order if i in seen]:
        errors.append("articles not in articles.jsonl order")
    if len(seen) != len(set(seen)):
        errors.append("duplicate ids")
    if complete and set(seen) != set(order):
        errors.append(f"missing articles: {sorted(set(order) - set(seen))}")

    for w in warnings:
        print("WARNING:", w)
    for err in errors:
        print("ERROR:", err)
    nq = 0
    for line in gold.open(encoding="utf-8"):
        nq += len(json.loads(line)["quotes"])
    print(f"{gold}: {len(seen)} articles, {nq} quotes, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
