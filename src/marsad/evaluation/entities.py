"""Scoring entity mentions, linking and clustering as ``shared/spec/entities.md`` says.

- Mentions: exact-span micro P/R/F1 over (start, end, label) after both spans
  drop leading clitics and the article (و/ف, then لل, بال, كال, ال, ب, ك or ل).
- Linking: over gold mentions the system also found (same span), the share whose
  entity is right: the same ``kb_id`` where gold has one, else ``name_en`` equal
  (case, accents and punctuation ignored) to gold ``name_en`` or an alias.
- Clustering: pairwise P/R/F1 over the mentions found by both (pairs in one entity).
- Modifiers: P/R/F1 over adjective spans whose entity is right (same rule as linking).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from marsad.document import Document, Entity
from marsad.errors import EvalError
from marsad.evaluation.metrics import PRF

_PREFIXES = ("لل", "بال", "كال", "ال", "ب", "ك", "ل")


@dataclass(frozen=True, slots=True)
class GoldEntity:
    """A gold entity: English name, aliases, QID or None."""

    name_en: str
    aliases_en: tuple[str, ...]
    kb_id: str | None


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold article."""

    id: str
    text: str
    mentions: tuple[tuple[int, int, str, str], ...]  # start, end, label, entity id
    entities: dict[str, GoldEntity]
    modifiers: tuple[tuple[int, int, str], ...]  # start, end, entity id


def _doc_from(obj: dict[str, Any], text: str, where: str) -> GoldDoc:
    try:
        ents = {e["id"]: GoldEntity(e.get("name_en") or "", tuple(e.get("aliases_en") or ()),
                                    e.get("kb_id")) for e in obj["entities"]}
        ments = tuple((int(m["start"]), int(m["end"]), str(m["label"]), str(m["entity"]))
                      for m in obj["mentions"])
        mods = tuple((int(m["start"]), int(m["end"]), str(m["entity"]))
                     for m in obj.get("modifiers") or ())
    except (KeyError, TypeError, ValueError) as err:
        raise EvalError(f"{where}: malformed entity gold ({err!r})", code="M074") from None
    for s, e in [(m[0], m[1]) for m in ments] + [(m[0], m[1]) for m in mods]:
        if not 0 <= s <= e <= len(text):
            raise EvalError(f"{where}: span {s}:{e} outside the text", code="M074")
    return GoldDoc(str(obj.get("id") or obj.get("article") or where), text, ments, ents, mods)


def load_gold(path: Path) -> list[GoldDoc]:
    """Gold articles from JSON Lines (one article with ``text`` a line) or one JSON object.

    A single object without ``text`` names its article file in ``article``
    (looked up beside the gold file), as ``examples/mali-us-talks.gold.json`` does.

    Raises:
        EvalError: unreadable or malformed gold.
    """
    try:
        raw = path.read_text("utf-8")
    except OSError as err:
        raise EvalError(f"cannot read gold {path}: {err.strerror}", code="M074") from None
    stripped = raw.lstrip()
    docs: list[GoldDoc] = []
    try:
        if stripped.startswith("{") and path.suffix != ".jsonl":
            obj = json.loads(raw)
            text = obj.get("text")
            if text is None:
                art = path.parent / str(obj.get("article", ""))
                try:
                    text = art.read_text("utf-8")
                except OSError:
                    raise EvalError(f"{path}: article file {art} not found", code="M074") from None
            docs.append(_doc_from(obj, text, str(path)))
        else:
            for n, line in enumerate(raw.splitlines(), 1):
                if line.strip():
                    obj = json.loads(line)
                    docs.append(_doc_from(obj, obj["text"], f"{path}:{n}"))
    except (ValueError, KeyError) as err:
        raise EvalError(f"{path} is not entity gold: {err}", code="M074") from None
    return docs


def norm_start(text: str, start: int, end: int) -> int:
    """The start of a span after dropping leading و/ف and then one clitic or the article."""
    s = start
    if end - s > 1 and text[s] in "وف":
        s += 1
    for p in _PREFIXES:
        if text.startswith(p, s) and end - s > len(p):
            return s + len(p)
    return s


def norm_name(name: str) -> str:
    """An English name with case, accents and punctuation ignored."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", letters.lower())


def entity_right(system: Entity | None, gold: GoldEntity) -> bool:
    """The linking rule of the spec."""
    if system is None:
        return False
    if gold.kb_id:
        return system.kb_id == gold.kb_id
    names = {norm_name(gold.name_en), *(norm_name(a) for a in gold.aliases_en)}
    return norm_name(system.name_en or "") in names


@dataclass(slots=True)
class EntityScores:
    """Counts over a gold set."""

    mention_tp: int = 0
    mention_fp: int = 0
    mention_fn: int = 0
    span_tp: int = 0
    linked: int = 0
    link_total: int = 0
    linked_qid: int = 0
    link_total_qid: int = 0
    linked_kb: int = 0
    link_total_kb: int = 0
    pair_tp: int = 0
    pair_fp: int = 0
    pair_fn: int = 0
    mod_tp: int = 0
    mod_fp: int = 0
    mod_fn: int = 0
    docs: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def mentions(self) -> PRF:
        return PRF(self.mention_tp, self.mention_fp, self.mention_fn)

    @property
    def clustering(self) -> PRF:
        return PRF(self.pair_tp, self.pair_fp, self.pair_fn)

    @property
    def modifiers(self) -> PRF:
        return PRF(self.mod_tp, self.mod_fp, self.mod_fn)

    @property
    def linking_accuracy(self) -> float:
        return self.linked / self.link_total if self.link_total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.docs,
            "mentions": self.mentions.as_dict(),
            "linking": {"accuracy": round(self.linking_accuracy, 4), "correct": self.linked,
                        "found_gold_mentions": self.link_total,
                        "with_gold_qid": {"correct": self.linked_qid,
                                          "found": self.link_total_qid},
                        "in_kb": {"correct": self.linked_kb, "found": self.link_total_kb}},
            "clustering_pairwise": self.clustering.as_dict(),
            "modifiers": self.modifiers.as_dict(),
        }


def score_document(gold: GoldDoc, doc: Document, scores: EntityScores,
                   in_kb: Callable[[GoldEntity], bool] | None = None) -> None:
    """Add one article's counts to ``scores``.

    Args:
        in_kb: says whether the KB holds a gold entity (for the in-KB linking figure).
    """
    text = gold.text
    g_m = {(norm_start(text, s, e), e, lab): ent for s, e, lab, ent in gold.mentions}
    s_m = {(norm_start(text, m.start, m.end), m.end, m.label): m.entity for m in doc.mentions}
    scores.docs += 1
    tp = len(g_m.keys() & s_m.keys())
    scores.mention_tp += tp
    scores.mention_fp += len(s_m) - tp
    scores.mention_fn += len(g_m) - tp
    ents = {e.id: e for e in doc.entities}
    g_span = {(s, e): ent for (s, e, _), ent in g_m.items()}
    s_span = {(s, e): ent for (s, e, _), ent in s_m.items()}
    both = sorted(g_span.keys() & s_span.keys())
    scores.span_tp += len(both)
    for sp in both:
        scores.link_total += 1
        sys_ent = ents.get(s_span[sp] or "")
        gold_ent = gold.entities.get(g_span[sp])
        has_qid = gold_ent is not None and gold_ent.kb_id is not None
        known = gold_ent is not None and in_kb is not None and in_kb(gold_ent)
        scores.link_total_qid += has_qid
        scores.link_total_kb += known
        if gold_ent is not None and entity_right(sys_ent, gold_ent):
            scores.linked += 1
            scores.linked_qid += has_qid
            scores.linked_kb += known
        else:
            scores.errors.append(
                f"{gold.id} {text[sp[0]:sp[1]]!r}: gold {gold_ent.name_en if gold_ent else None}"
                f" / system {sys_ent.name_en if sys_ent else None}"
                f" ({sys_ent.kb_id if sys_ent else None})")
    for a, b in combinations(both, 2):
        same_g = g_span[a] == g_span[b]
        same_s = s_span[a] is not None and s_span[a] == s_span[b]
        scores.pair_tp += same_g and same_s
        scores.pair_fp += same_s and not same_g
        scores.pair_fn += same_g and not same_s
    g_mod = {(norm_start(text, s, e), e): ent for s, e, ent in gold.modifiers}
    s_mod = {(norm_start(text, m.start, m.end), m.end): m.entity for m in doc.modifiers}
    good = 0
    for sp, ent in s_mod.items():
        gold_ent = gold.entities.get(g_mod.get(sp, ""))
        if gold_ent is not None and entity_right(ents.get(ent or ""), gold_ent):
            good += 1
    scores.mod_tp += good
    scores.mod_fp += len(s_mod) - good
    scores.mod_fn += len(g_mod) - good


def evaluate(gold: Iterable[GoldDoc], analyse: Callable[[GoldDoc], Document],
             in_kb: Callable[[GoldEntity], bool] | None = None) -> EntityScores:
    """Score ``analyse`` (gold article -> analysed Document) over ``gold``."""
    scores = EntityScores()
    for g in gold:
        score_document(g, analyse(g), scores, in_kb)
    return scores
