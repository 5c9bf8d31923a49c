"""Build tests/data/heldout/entities.gold.jsonl from the annotations below.

Annotated by an AI annotator following shared/spec/entities.md (not reviewed by a
second annotator). Each article lists its mentions and nationality modifiers *in text
order* as (surface, LABEL, entity_key) with LABEL in PER/ORG/LOC/MISC or MOD for a
modifier. Offsets are computed here, never by hand: each item is found as the next
occurrence of `surface` after the previous item's end that sits on a word boundary
(only the clitics و ف ب ل ك may precede it inside its word; no Arabic letter or
diacritic may follow it). An optional 4th element {"ctx": "..."} anchors the search:
the context string is found first and the surface is looked up inside it.

Entity ids e1..eN are assigned in order of first mention; entities that occur only
as modifiers come after, in order of first modifier (the dev gold's convention).

Usage: /work/venv/bin/python tests/data/heldout/tools/build_entities_gold.py [--review]
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent / "articles.jsonl"
OUT = HERE.parent / "entities.gold.jsonl"

US_ALIASES = ["USA", "US", "United States of America", "U.S.", "America"]

# Entities shared across articles: key -> (label, name_en, aliases_en, kb_id)
COMMON = {
    "saudi": ("LOC", "Saudi Arabia", ["Kingdom of Saudi Arabia", "KSA"], "Q851"),
    "us": ("LOC", "United States", US_ALIASES, "Q30"),
    "egypt": ("LOC", "Egypt", ["Arab Republic of Egypt"], "Q79"),
    "iran": ("LOC", "Iran", ["Islamic Republic of Iran"], "Q794"),
    "iraq": ("LOC", "Iraq", [], "Q796"),
    "syria": ("LOC", "Syria", ["Syrian Arab Republic"], "Q858"),
    "turkey": ("LOC", "Turkey", ["Türkiye", "Turkiye", "Republic of Turkey"], "Q43"),
    "kuwait": ("LOC", "Kuwait", ["State of Kuwait"], "Q817"),
    "yemen": ("LOC", "Yemen", ["Republic of Yemen"], "Q805"),
    "uae": ("LOC", "United Arab Emirates", ["UAE", "Emirates"], "Q878"),
    "jeddah": ("LOC", "Jeddah", ["Jiddah", "Jedda", "Jidda"], None),
    "riyadh": ("LOC", "Riyadh", ["Ar Riyadh", "Al-Riyadh"], "Q3692"),
    "un": ("ORG", "United Nations", ["UN", "U.N."], "Q1065"),
    "isis": ("ORG", "Islamic State", ["ISIL", "ISIS", "IS", "Daesh",
                                      "Islamic State of Iraq and the Levant",
                                      "Islamic State of Iraq and Syria"], "Q2429253"),
    "pkk": ("ORG", "Kurdistan Workers' Party", ["PKK", "Kurdistan Workers Party",
                                               "Partiya Karkerên Kurdistanê"], None),
    "twitter": ("MISC", "Twitter", ["X"], "Q918"),
    "cnn": ("ORG", "CNN", ["Cable News Network", "CNN Arabic"], None),
    "weeam": ("ORG", "Al-Weeam", ["Alweeam", "Al Weeam", "Alweeam newspaper"], None),
    "salman": ("PER", "Salman of Saudi Arabia", ["King Salman", "Salman bin Abdulaziz Al Saud",
                                                 "Salman bin Abdulaziz",
                                                 "Salman bin Abdul-Aziz Al Saud"], None),
    "moh": ("ORG", "Ministry of Health (Saudi Arabia)", ["Saudi Ministry of Health",
                                                         "Ministry of Health", "MOH"], None),
    "mosa": ("ORG", "Ministry of Social Affairs (Saudi Arabia)",
             ["Saudi Ministry of Social Affairs", "Ministry of Social Affairs"], None),
    "momra": ("ORG", "Ministry of Municipal and Rural Affairs",
              ["Saudi Ministry of Municipal and Rural Affairs", "MOMRA",
               "Ministry of Municipal and Rural Affairs (Saudi Arabia)"], None),
    "alsheikh": ("PER", "Abdullatif Al Al-Sheikh",
                 ["Abdullatif bin Abdulmalik Al Al-Sheikh", "Abdul Latif Al-Sheikh",
                  "Abdullatif Al-Sheikh", "Abdullatif bin Abdulmalik Al-Sheikh"], None),
}

from entities_annotations import ANNOTATIONS  # noqa: E402  (data module beside this file)

ARABIC = set(chr(c) for c in range(0x0621, 0x065F + 1)) | {"\u0640", "\u0670"}
CLITICS = set("وفبلك")


def on_boundary(text, start, end):
    j = start
    while j > 0 and text[j - 1] in ARABIC:
        j -= 1
    prefix = text[j:start]
    if len(prefix) > 3 or any(ch not in CLITICS for ch in prefix):
        return False
    return end >= len(text) or text[end] not in ARABIC


def locate(text, surface, cursor, ctx=None):
    """Start of the next boundary-valid occurrence of surface at or after cursor."""
    pos = cursor
    while True:
        if ctx is not None:
            c = text.find(ctx, pos)
            if c < 0:
                return -1
            s = ctx.find(surface)
            assert s >= 0, (surface, ctx)
            start = c + s
            if start >= cursor:
                return start
            pos = c + 1
            continue
        start = text.find(surface, pos)
        if start < 0:
            return -1
        if on_boundary(text, start, start + len(surface)):
            return start
        pos = start + 1


def build_record(art, ann):
    text = art["text"]
    ents_def = {}
    for k, v in ann.get("entities", {}).items():
        ents_def[k] = v
    cursor = 0
    mentions, modifiers = [], []
    for item in ann["items"]:
        surface, label, key = item[:3]
        opts = item[3] if len(item) > 3 else {}
        start = locate(text, surface, cursor, opts.get("ctx"))
        if start < 0:
            raise SystemExit(f"{art['id']}: not found after {cursor}: {surface!r} {opts}")
        end = start + len(surface)
        assert text[start:end] == surface
        if key not in ents_def:
            if key not in COMMON:
                raise SystemExit(f"{art['id']}: unknown entity key {key!r}")
            ents_def[key] = COMMON[key]
        rec = {"start": start, "end": end, "text": surface}
        if label == "MOD":
            modifiers.append((rec, key))
        else:
            assert label in ("PER", "ORG", "LOC", "MISC"), label
            rec["label"] = label
            mentions.append((rec, key))
        cursor = end
    # entity ids: first mention order, then modifier-only entities
    order = []
    for _rec, key in sorted(mentions, key=lambda x: x[0]["start"]):
        if key not in order:
            order.append(key)
    for _rec, key in sorted(modifiers, key=lambda x: x[0]["start"]):
        if key not in order:
            order.append(key)
    unused = [k for k in ann.get("entities", {}) if k not in order]
    if unused:
        raise SystemExit(f"{art['id']}: entities defined but unused: {unused}")
    ids = {k: f"e{i}" for i, k in enumerate(order, 1)}
    out_m = []
    for rec, key in sorted(mentions, key=lambda x: x[0]["start"]):
        out_m.append({"start": rec["start"], "end": rec["end"], "text": rec["text"],
                      "label": rec["label"], "entity": ids[key]})
    out_mod = []
    for rec, key in sorted(modifiers, key=lambda x: x[0]["start"]):
        out_mod.append({"start": rec["start"], "end": rec["end"], "text": rec["text"],
                        "entity": ids[key]})
    entities = []
    for key in order:
        label, name_en, aliases, kb = ents_def[key]
        entities.append({"id": ids[key], "label": label, "name_en": name_en,
                         "aliases_en": list(aliases), "kb_id": kb})
    return {"id": art["id"], "text": text, "mentions": out_m, "entities": entities,
            "modifiers": out_mod, "notes": list(ann.get("notes", []))}


def review(rec):
    text = rec["text"]
    ents = {e["id"]: e for e in rec["entities"]}
    print("=====", rec["id"])
    for kind, lst in (("M", rec["mentions"]), ("MOD", rec["modifiers"])):
        for m in lst:
            left = text[max(0, m["start"] - 18):m["start"]].replace("\n", " ")
            right = text[m["end"]:m["end"] + 18].replace("\n", " ")
            lab = m.get("label", "mod")
            print(f"  {kind:3} {m['start']:5} {lab:4} {ents[m['entity']]['name_en'][:28]:28} …{left}[{m['text']}]{right}…")
    # surfaces annotated somewhere but with further unannotated boundary-valid occurrences
    covered = {(m["start"], m["end"]) for m in rec["mentions"] + rec["modifiers"]}
    spans = sorted(covered)
    for s in sorted({m["text"] for m in rec["mentions"] + rec["modifiers"]}):
        p = 0
        while True:
            i = text.find(s, p)
            if i < 0:
                break
            if on_boundary(text, i, i + len(s)) and not any(a <= i < b for a, b in spans):
                ctx = text[max(0, i - 20):i + len(s) + 20].replace("\n", " ")
                print(f"  UNMARKED {s!r} at {i}: …{ctx}…")
            p = i + 1


def main():
    arts = [json.loads(row) for row in ARTICLES.open(encoding="utf-8")]
    recs = []
    for art in arts:
        if art["id"] in ANNOTATIONS:
            recs.append(build_record(art, ANNOTATIONS[art["id"]]))
    with OUT.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if "--review" in sys.argv:
        only = [a for a in sys.argv[1:] if not a.startswith("--")]
        for r in recs:
            if not only or r["id"] in only:
                review(r)
    n_m = sum(len(r["mentions"]) for r in recs)
    n_e = sum(len(r["entities"]) for r in recs)
    n_mod = sum(len(r["modifiers"]) for r in recs)
    print(f"wrote {OUT.name}: {len(recs)} articles, {n_m} mentions, {n_e} entities, {n_mod} modifiers")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
