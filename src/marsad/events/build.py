"""Compile the shipped trigger lexicon from the seed, the UP Arabic CAMEO patterns and GSR data.

Sources, in order:

1. ``models/events/seed.tsv``: hand-written verb stems, verbal nouns and phrases.
2. Universal-PETRARCH ``CAMEO.ar.0.5.txt`` (MIT) with ``CAMEO2PLOVER-2021.txt``
   (CC BY-SA 4.0): the Arabic entries are machine-translated English synonym sets, so
   an entry is only *confirmation*: seed lines whose lemma UP codes to the same PLOVER
   type are marked ``up`` (the report lists them); UP words that no seed line has are
   listed for review, never added blindly.
3. GSR (``event_gsr``, MIT), **train half only** (see :func:`gsr_half`): single-word
   verbs annotated as PROTEST/ASSAULT triggers in ``*_spans.json`` that occur at least
   twice and mark a "yes" sentence of the train-half CSV at least half the time they
   appear there are added as exact forms (source ``gsr``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from marsad.errors import EvalError
from marsad.events.lexicon import SeedLine, compile_seed, parse_seed
from marsad.text import fold, tokenize_spans

GSR_TYPES = ("PROTEST", "ASSAULT")
_AR_WORD = re.compile(r"^[\u0621-\u064a]+$")


def gsr_half(key: str) -> str:
    """The fixed split of GSR records: ``train`` when the SHA-1 of ``key`` starts with an even byte.

    CSV rows are keyed by their ``id``; span records by their text. Scores reported as
    held-out use only the ``dev`` half.
    """
    return "train" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "dev"


def read_gsr_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a ``*_gsr.csv`` file.

    Raises:
        EvalError: missing file or columns.
    """
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as err:
        raise EvalError(f"cannot read GSR file {path}: {err.strerror}", code="M061") from None
    if rows and not {"id", "label", "text"} <= set(rows[0]):
        raise EvalError(f"{path} lacks the columns id, label, text", code="M062")
    return rows


def _strip(form: str) -> str:
    if len(form) > 3 and form[0] in "وف":
        form = form[1:]
    if len(form) > 3 and form[0] in "بل" and not form.startswith("ال"):
        form = form[1:]
    return form


def _words(text: str) -> set[str]:
    return {_strip(fold(text[a:b])) for a, b in tokenize_spans(text)}


@dataclass
class BuildReport:
    """What the build took from each source."""

    seed_lines: int = 0
    up_confirmed: list[str] = field(default_factory=list)
    up_unreviewed: int = 0
    gsr_added: dict[str, list[str]] = field(default_factory=dict)
    gsr_rejected: dict[str, list[str]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"seed_lines": self.seed_lines, "up_confirmed": self.up_confirmed,
                "up_unreviewed": self.up_unreviewed, "gsr_added": self.gsr_added,
                "gsr_rejected": self.gsr_rejected}


def up_types(cameo_path: Path, c2p_path: Path) -> dict[str, set[str]]:
    """Folded UP words (verbs and pattern nouns) -> the PLOVER types their CAMEO codes map to."""
    c2p: dict[str, str] = {}
    for line in c2p_path.read_text("utf-8").splitlines():
        m = re.match(r"^(\d+):\s*([A-Z]+)\s*,", line)
        if m:
            c2p[m.group(1)] = m.group(2)
    out: dict[str, set[str]] = defaultdict(set)
    in_verbs = False
    block_code: str | None = None
    for line in cameo_path.read_text("utf-8").splitlines():
        if "VERB PATTERNS" in line:
            in_verbs = True
            continue
        if not in_verbs:
            continue
        head = re.match(r"^---\s*(\S+)\s*\[([\d-]+)\]", line)
        if head:
            block_code = head.group(2) if head.group(2).isdigit() else None
            continue
        pat = re.match(r"^-\s*\*\s*([\u0600-\u06ff]+)\s*\[(\d+)\]", line)
        verb = re.match(r"^([\u0600-\u06ff]+)(?:\+\S+)?\s+(?:\[(\d+)\])?", line)
        if pat:
            word, code = pat.group(1), pat.group(2)
        elif verb:
            word, code = verb.group(1), verb.group(2) or block_code or ""
        else:
            continue
        ptype = c2p.get(code) or c2p.get(code[:3]) if code else None
        if ptype:
            out[fold(word)].add(ptype)
    return out


def learn_from_gsr(gsr_dir: Path, known: set[str], report: BuildReport) -> list[SeedLine]:
    """Exact trigger forms learned from the train half of the GSR (see module docstring)."""
    lines: list[SeedLine] = []
    for ptype in GSR_TYPES:
        stem = ptype.lower()
        spans_path = gsr_dir / f"{stem}_spans.json"
        csv_path = gsr_dir / f"{stem}_gsr.csv"
        if not spans_path.exists() or not csv_path.exists():
            continue
        rows = [r for r in read_gsr_csv(csv_path) if gsr_half(r["id"]) == "train"
                and r["label"] != "ambiguous"]
        dev_texts = {r["text"] for r in read_gsr_csv(csv_path) if gsr_half(r["id"]) == "dev"}
        records = json.loads(spans_path.read_text("utf-8"))
        counts: Counter[str] = Counter()
        for rec in records:
            if gsr_half(rec["text"]) != "train" or rec["text"] in dev_texts:
                continue
            verb = rec.get("verb_gold", "").strip()
            if verb and " " not in verb:
                counts[_strip(fold(verb))] += 1
        row_words = [(r["label"] == "yes", _words(r["text"])) for r in rows]
        added, rejected = [], []
        for form, n in sorted(counts.items()):
            if n < 2 or form in known or not _AR_WORD.match(form) or len(form) < 3:
                continue
            yes = sum(1 for pos, ws in row_words if pos and form in ws)
            no = sum(1 for pos, ws in row_words if not pos and form in ws)
            if yes >= 1 and yes >= no:
                added.append(form)
            else:
                rejected.append(f"{form} ({yes} yes / {no} no)")
        report.gsr_added[ptype] = added
        report.gsr_rejected[ptype] = rejected
        if added:
            lines.append(SeedLine("F", tuple(added), ptype, None, "-", "gsr"))
    return lines


def build_lexicon(seed_path: Path, shared_data: Path | None) -> tuple[dict[str, Any], BuildReport]:
    """The compiled lexicon and a report of what each source gave."""
    seed = parse_seed(seed_path.read_text("utf-8"))
    report = BuildReport(seed_lines=len(seed))
    if shared_data is not None:
        cameo = shared_data / "up_arabic" / "CAMEO.ar.0.5.txt"
        c2p = shared_data / "plover" / "CAMEO2PLOVER-2021.txt"
        if cameo.exists() and c2p.exists():
            up = up_types(cameo, c2p)
            seeded = set()
            marked: list[SeedLine] = []
            for line in seed:
                lemma = fold(line.forms[0]) if line.forms else ""
                seeded.add(lemma)
                confirmed = line.kind != "X" and line.type in up.get(lemma, ())
                if confirmed:
                    report.up_confirmed.append(f"{line.forms[0]} {line.type}")
                marked.append(replace(line, source="seed+up" if confirmed else "seed"))
            seed = marked
            report.up_unreviewed = sum(1 for w in up if w not in seeded)
    compiled = compile_seed(seed)
    if shared_data is not None and (shared_data / "event_gsr").is_dir():
        extra = learn_from_gsr(shared_data / "event_gsr", set(compiled["forms"]), report)
        compiled = compile_seed(seed + extra)
    return compiled, report
