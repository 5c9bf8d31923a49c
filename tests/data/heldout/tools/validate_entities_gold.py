"""Validate tests/data/heldout/entities.gold.jsonl against its articles and the dev gold's format.

Checks: one record per article id (in articles.jsonl order, ids known), `text` equal to the
article text, record/mention/entity/modifier field sets identical to shared/dev/entities.gold.jsonl,
every span slices back (text[start:end] == span text) with no surrounding whitespace, labels in
PER/ORG/LOC/MISC, every mention's and modifier's entity exists, every entity is used, entity ids
e1..eN in first-mention order (modifier-only entities last), mentions and modifiers sorted and not
overlapping each other, kb_id a Wikidata QID or null, notes a list of strings.

Usage: /work/venv/bin/python tests/data/heldout/tools/validate_entities_gold.py [--partial]
(--partial allows fewer records than articles, e.g. while annotation is in progress).
Exit status 0 when valid.
"""
import itertools
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELDOUT = HERE.parent
GOLD = HELDOUT / "entities.gold.jsonl"
ARTICLES = HELDOUT / "articles.jsonl"
REPO = HELDOUT.parents[2]
# the dev gold lives in the shared folder beside the checkout (or inside it, as shared/)
DEV_CANDIDATES = [REPO / "shared" / "dev" / "entities.gold.jsonl",
                  REPO.parent.parent / "shared" / "dev" / "entities.gold.jsonl",
                  Path("/work/shared/dev/entities.gold.jsonl")]
DEV_GOLD = next((p for p in DEV_CANDIDATES if p.exists()), DEV_CANDIDATES[-1])
LABELS = {"PER", "ORG", "LOC", "MISC"}


def key_sets(records):
    rec, men, ent, mod = set(), set(), set(), set()
    for r in records:
        rec.add(tuple(r.keys()))
        men |= {tuple(sorted(m)) for m in r["mentions"]}
        ent |= {tuple(sorted(e)) for e in r["entities"]}
        mod |= {tuple(sorted(m)) for m in r["modifiers"]}
    return rec, men, ent, mod


def main():
    partial = "--partial" in sys.argv
    errors = []
    err = errors.append
    arts = [json.loads(row) for row in ARTICLES.open(encoding="utf-8")]
    by_id = {a["id"]: a for a in arts}
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    gold = [json.loads(row) for row in lines if row.strip()]
    ids = [g["id"] for g in gold]
    if len(set(ids)) != len(ids):
        err("duplicate article ids")
    if not partial and ids != [a["id"] for a in arts]:
        err(f"records {len(ids)} do not cover articles.jsonl in order ({len(arts)})")
    if partial and ids != [a["id"] for a in arts if a["id"] in set(ids)]:
        err("records not in articles.jsonl order")

    if DEV_GOLD.exists():
        dev = [json.loads(row) for row in DEV_GOLD.open(encoding="utf-8")]
        d_rec, d_men, d_ent, d_mod = key_sets(dev)
        g_rec, g_men, g_ent, g_mod = key_sets(gold)
        for name, d, g in (("record", d_rec, g_rec), ("mention", d_men, g_men),
                           ("entity", d_ent, g_ent), ("modifier", d_mod, g_mod)):
            if g != d:
                err(f"{name} fields {sorted(g)} differ from dev gold {sorted(d)}")
    else:
        print(f"warning: {DEV_GOLD} not found; format not compared", file=sys.stderr)

    for r in gold:
        rid = r["id"]
        if rid not in by_id:
            err(f"{rid}: unknown article id")
            continue
        text = by_id[rid]["text"]
        if r["text"] != text:
            err(f"{rid}: text differs from articles.jsonl")
        ents = {}
        for i, e in enumerate(r["entities"], 1):
            if e["id"] != f"e{i}":
                err(f"{rid}: entity ids not e1..eN at {e['id']}")
            ents[e["id"]] = e
            if e["label"] not in LABELS:
                err(f"{rid}: {e['id']} bad label {e['label']}")
            if not isinstance(e["name_en"], str) or not e["name_en"].strip():
                err(f"{rid}: {e['id']} empty name_en")
            if not isinstance(e["aliases_en"], list) or not all(isinstance(a, str) and a for a in e["aliases_en"]):
                err(f"{rid}: {e['id']} bad aliases_en")
            if e["kb_id"] is not None and not re.fullmatch(r"Q[1-9][0-9]*", e["kb_id"]):
                err(f"{rid}: {e['id']} bad kb_id {e['kb_id']!r}")
        used = set()
        for kind, lst in (("mention", r["mentions"]), ("modifier", r["modifiers"])):
            prev = None
            for m in lst:
                s, e_, t = m["start"], m["end"], m["text"]
                if not (isinstance(s, int) and isinstance(e_, int) and 0 <= s < e_ <= len(text)):
                    err(f"{rid}: {kind} bad offsets {s},{e_}")
                    continue
                if text[s:e_] != t:
                    err(f"{rid}: {kind} {s}:{e_} slices to {text[s:e_]!r}, not {t!r}")
                if t != t.strip():
                    err(f"{rid}: {kind} {t!r} has surrounding whitespace")
                if kind == "mention" and m["label"] not in LABELS:
                    err(f"{rid}: mention {t!r} bad label {m['label']}")
                if m["entity"] not in ents:
                    err(f"{rid}: {kind} {t!r} -> missing entity {m['entity']}")
                used.add(m["entity"])
                if prev is not None and s < prev:
                    err(f"{rid}: {kind}s not sorted / overlapping at {s} ({t!r})")
                prev = e_
        spans = sorted((m["start"], m["end"]) for m in r["mentions"] + r["modifiers"])
        for (a, b), (c, d) in itertools.pairwise(spans):
            if c < b:
                err(f"{rid}: mention/modifier spans overlap at {a}:{b} and {c}:{d}")
        for eid in ents:
            if eid not in used:
                err(f"{rid}: entity {eid} has no mention or modifier")
        # first-mention order, then modifier-only entities
        order = []
        for m in r["mentions"]:
            if m["entity"] not in order:
                order.append(m["entity"])
        for m in r["modifiers"]:
            if m["entity"] not in order:
                order.append(m["entity"])
        if order != list(ents):
            err(f"{rid}: entity ids not in first-mention order")
        if not isinstance(r["notes"], list) or not all(isinstance(n, str) for n in r["notes"]):
            err(f"{rid}: notes must be a list of strings")

    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s)")
        return 1
    n_m = sum(len(r["mentions"]) for r in gold)
    n_e = sum(len(r["entities"]) for r in gold)
    n_mod = sum(len(r["modifiers"]) for r in gold)
    print(f"OK: {len(gold)} articles, {n_m} mentions, {n_e} entities, {n_mod} modifiers")
    return 0


if __name__ == "__main__":
    sys.exit(main())
