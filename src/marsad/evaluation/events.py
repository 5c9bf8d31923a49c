"""Scoring events: GSR sentence-level detection, and event gold with triggers and modality.

GSR (``*_gsr.csv``): a sentence is predicted positive when the coder finds an
asserted event of the type in it (a negated, hypothetical or future one is not a
report that it happened). "yes" rows are positives, "easy no" and
"difficult no" negatives, "ambiguous" rows are skipped.

Event gold (``events.gold.jsonl`` lines ``{"id", "events": [...]}``, articles from
``articles.jsonl``): a predicted event matches a gold event when one of its triggers
(main or ``other_triggers``) overlaps one of the gold event's triggers; pairs are
matched one-to-one, main-trigger overlaps and same-type pairs first. Detection P/R/F1
counts matched pairs; type, modality, said_by and actor accuracy are over matched pairs
(actor: the predicted entity's ``name_en`` or ``name`` against the gold English name,
letters only and case-insensitive: either contains the other or their similarity
ratio is at least 0.8, for romanisations like Patai/Patail; pairs whose gold actor is
null count as right when the prediction is null too).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

from marsad.document import Document, Event
from marsad.errors import EvalError
from marsad.evaluation.metrics import PRF
from marsad.events.build import gsr_half, read_gsr_csv
from marsad.text import fold

Analyzer = Callable[[Document], Document]
POSITIVE = "yes"
NEGATIVES = ("easy no", "difficult no")
SPLITS = ("dev", "train", "all")
NAME_SIMILARITY = 0.8  # romanisations of one name differ in a few letters


@dataclass(frozen=True, slots=True)
class GsrResult:
    """Sentence-level detection counts on one GSR file."""

    type: str
    split: str
    scores: PRF
    difficult_fp: int
    easy_fp: int
    skipped: int

    def as_dict(self) -> dict[str, Any]:
        return {"type": self.type, "split": self.split, **self.scores.as_dict(),
                "fp_difficult_no": self.difficult_fp, "fp_easy_no": self.easy_fp,
                "skipped_ambiguous": self.skipped}


def evaluate_gsr(path: Path, ptype: str, analyze: Analyzer, split: str = "dev") -> GsrResult:
    """Detection P/R/F1 of ``ptype`` events on a GSR CSV, on one half (or ``all``).

    Raises:
        EvalError: bad split or file.
    """
    if split not in SPLITS:
        raise EvalError(f"split must be one of {SPLITS}, not {split!r}", code="M082")
    tp = fp = fn = skipped = diff_fp = easy_fp = 0
    for row in read_gsr_csv(path):
        if split != "all" and gsr_half(row["id"]) != split:
            continue
        label = row["label"].strip()
        if label not in (POSITIVE, *NEGATIVES):
            skipped += 1
            continue
        doc = analyze(Document(text=row["text"]))
        found = any(e.type == ptype and e.modality == "asserted" for e in doc.events)
        if label == POSITIVE:
            tp += found
            fn += not found
        elif found:
            fp += 1
            diff_fp += label == "difficult no"
            easy_fp += label == "easy no"
    return GsrResult(ptype, split, PRF(tp, fp, fn), diff_fp, easy_fp, skipped)


@dataclass
class GoldResult:
    """Counts for event-gold scoring."""

    detection: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    matched: int = 0
    type_right: int = 0
    modality_right: int = 0
    marked: dict[str, list[int]] = field(default_factory=dict)  # modality -> [right, gold n]
    marked_pred: dict[str, list[int]] = field(default_factory=dict)  # modality -> [right, pred n]
    said_by_right: int = 0
    said_by_gold: int = 0
    said_by_gold_right: int = 0
    actor_right: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    articles: int = 0

    def as_dict(self) -> dict[str, Any]:
        def acc(a: int, n: int) -> float:
            return round(a / n, 4) if n else 0.0

        out: dict[str, Any] = {
            "articles": self.articles, "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "detection": self.detection.as_dict(), "matched": self.matched,
            "type_accuracy": acc(self.type_right, self.matched),
            "modality_accuracy": acc(self.modality_right, self.matched),
            "said_by_accuracy": acc(self.said_by_right, self.matched),
            "said_by_recall_of_attributed": acc(self.said_by_gold_right, self.said_by_gold),
            "attributed_gold_matched": self.said_by_gold,
            "actor_accuracy": acc(self.actor_right, self.matched),
        }
        for mod in ("negated", "hypothetical", "future"):
            r, n = self.marked.get(mod, [0, 0])
            pr, pn = self.marked_pred.get(mod, [0, 0])
            out[mod] = {"gold_matched": n, "recall": acc(r, n), "predicted_matched": pn,
                        "precision": acc(pr, pn)}
        return out


def _spans(ev: dict[str, Any]) -> list[tuple[int, int]]:
    return [(ev["trigger"]["start"], ev["trigger"]["end"])] + [
        (t["start"], t["end"]) for t in ev.get("other_triggers", [])
    ]


def _pspans(ev: Event) -> list[tuple[int, int]]:
    return [(ev.trigger.start, ev.trigger.end)] + [(t.start, t.end) for t in ev.other_triggers]


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(x < y2 and x2 < y for x, y in a for x2, y2 in b)


def _letters(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _name_match(pred: str | None, gold: str | None) -> bool:
    """Gold English name(s) (``a; b``) against a predicted name: one contains the other,
    or they are the same romanisation but for a few letters (Patai / Patail)."""
    if gold is None or pred is None:
        return gold is None and pred is None
    p = _letters(pred)
    if not p:
        return False
    for part in (_letters(x) for x in gold.split(";")):
        if part and (p in part or part in p
                     or SequenceMatcher(None, p, part).ratio() >= NAME_SIMILARITY):
            return True
    return False


def _said_match(pred: str | None, gold: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    p, g = fold(pred), fold(gold)
    return p in g or g in p


def match_events(pred: list[Event], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs ``(pred index, gold index)`` by trigger overlap."""
    pairs: list[tuple[int, int, int]] = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            main = _overlap([(p.trigger.start, p.trigger.end)], _spans(g)[:1])
            if _overlap(_pspans(p), _spans(g)):
                pairs.append((-(2 * main + (p.type == g["type"])), i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def load_articles(path: Path) -> dict[str, dict[str, Any]]:
    """``articles.jsonl`` by id.

    Raises:
        EvalError: unreadable file.
    """
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as err:
        raise EvalError(f"cannot read {path}: {err.strerror}", code="M061") from None
    out = {}
    for line in lines:
        if line.strip():
            art = json.loads(line)
            out[art["id"]] = art
    return out


def evaluate_gold(gold_path: Path, articles_path: Path, analyze: Analyzer) -> GoldResult:
    """Score the coder on event gold (see the module docstring).

    Raises:
        EvalError: unreadable or malformed gold, or an article missing from ``articles``.
    """
    articles = load_articles(articles_path)
    try:
        gold_lines = [json.loads(x) for x in gold_path.read_text("utf-8").splitlines() if x.strip()]
    except (OSError, ValueError) as err:
        raise EvalError(f"cannot read event gold {gold_path}: {err}", code="M061") from None
    res = GoldResult()
    tp = fp = fn = 0
    for line in gold_lines:
        art = articles.get(line.get("id"))
        if art is None:
            raise EvalError(f"article {line.get('id')!r} is not in {articles_path}", code="M062")
        meta = {"published": art.get("date"), "source": art.get("source"),
                "url": art.get("url"), "title": art.get("title")}
        doc = analyze(Document(text=art["text"], id=art["id"], meta=meta))
        gold = line["events"]
        pred = doc.events
        res.articles += 1
        res.gold_events += len(gold)
        res.predicted_events += len(pred)
        pairs = match_events(pred, gold)
        tp += len(pairs)
        fp += len(pred) - len(pairs)
        fn += len(gold) - len(pairs)
        names = {e.id: (e.name_en or e.name) for e in doc.entities}
        for i, j in pairs:
            p, g = pred[i], gold[j]
            res.matched += 1
            res.type_right += p.type == g["type"]
            res.modality_right += p.modality == g["modality"]
            if g["modality"] != "asserted":
                cell = res.marked.setdefault(g["modality"], [0, 0])
                cell[0] += p.modality == g["modality"]
                cell[1] += 1
            if p.modality != "asserted":
                cell = res.marked_pred.setdefault(p.modality, [0, 0])
                cell[0] += p.modality == g["modality"]
                cell[1] += 1
            ok = _said_match(p.said_by, g.get("said_by"))
            res.said_by_right += ok
            if g.get("said_by"):
                res.said_by_gold += 1
                res.said_by_gold_right += ok
            res.actor_right += _name_match(names.get(p.actor) if p.actor else None, g.get("actor"))
    res.detection = PRF(tp, fp, fn)
    return res


def iter_gold_ids(gold_path: Path) -> Iterable[str]:
    """The article ids of an event gold file."""
    for x in gold_path.read_text("utf-8").splitlines():
        if x.strip():
            yield json.loads(x)["id"]
