"""Build tests/data/heldout_events/events.gold.jsonl from annotations_events_a.py and _b.py.

Each annotations module defines ``ANNOTATIONS = {article id: {"events": [...], "notes": [...]}}``
with events made by ``E(...)`` (see ``E`` below): triggers are given as the words written in the
article, with an optional ``after`` string that must precede them to pick the right occurrence;
offsets are computed here and checked to slice back. The output has the layout of
``shared/dev/events.gold.jsonl``.

Run:  python tests/data/heldout_events/tools/build_events_gold.py
"""

import importlib.util
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
SET = HERE.parent
TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
         "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODALITIES = {"asserted", "negated", "hypothetical", "future"}


def E(trigger, type, modality="asserted", mode=None, actor=None, recipient=None, location=None,
      said_by=None, after=None, others=(), note=""):
    """One event. ``others`` lists further mentions as trigger strings or (trigger, after)."""
    return {"trigger": trigger, "after": after, "type": type, "mode": mode, "modality": modality,
            "actor": actor, "recipient": recipient, "location": location, "said_by": said_by,
            "others": [o if isinstance(o, (tuple, list)) else (o, None) for o in others],
            "note": note}


def locate(text, words, after):
    base = 0
    if after:
        a = text.find(after)
        if a < 0:
            raise ValueError(f"'after' not found: {after!r}")
        base = a + len(after)
    s = text.find(words, base)
    if s < 0:
        raise ValueError(f"trigger not found{' after ' + repr(after) if after else ''}: {words!r}")
    return {"start": s, "end": s + len(words), "text": words}


def build_article(art, ann):
    text = art["text"]
    events = []
    for e in ann["events"]:
        if e["type"] not in TYPES:
            raise ValueError(f"unknown PLOVER type {e['type']!r}")
        if e["modality"] not in MODALITIES:
            raise ValueError(f"unknown modality {e['modality']!r}")
        if e["said_by"] is not None and e["said_by"] not in text:
            raise ValueError(f"said_by not in the text: {e['said_by']!r}")
        events.append({
            "type": e["type"], "mode": e["mode"], "modality": e["modality"],
            "trigger": locate(text, e["trigger"], e["after"]),
            "other_triggers": [locate(text, w, a) for w, a in e["others"]],
            "actor": e["actor"], "recipient": e["recipient"], "location": e["location"],
            "quote": None, "said_by": e["said_by"], "note": e["note"],
        })
    events.sort(key=lambda x: x["trigger"]["start"])
    return {"id": art["id"], "events": events, "notes": ann["notes"]}


def _load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def main():
    sys.path.insert(0, str(HERE))
    annotations = {}
    for part in ("a", "b"):
        path = HERE / f"annotations_events_{part}.py"
        if not path.exists():
            print(f"missing {path.name}", file=sys.stderr)
            continue
        mod = _load(path, f"annotations_events_{part}")
        overlap = annotations.keys() & mod.ANNOTATIONS.keys()
        if overlap:
            raise SystemExit(f"annotated twice: {sorted(overlap)}")
        annotations.update(mod.ANNOTATIONS)
    articles = [json.loads(x) for x in (SET / "articles.jsonl").open(encoding="utf-8")]
    extra = set(annotations) - {a["id"] for a in articles}
    if extra:
        raise SystemExit(f"annotations for unknown ids: {sorted(extra)}")
    missing = [a["id"] for a in articles if a["id"] not in annotations]
    if missing:
        raise SystemExit(f"not annotated: {missing}")
    out = SET / "events.gold.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for art in articles:
            f.write(json.dumps(build_article(art, annotations[art["id"]]), ensure_ascii=False) + "\n")
    n = sum(len(annotations[a["id"]]["events"]) for a in articles)
    print(f"wrote {len(articles)} articles, {n} events to {out}")


if __name__ == "__main__":
    main()
