"""Exact-span NER scoring, conlleval-style: micro and per-label precision, recall and F1."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.evaluation.metrics import PRF

Chunk = tuple[int, int, str]


def bio_chunks(tags: Sequence[str]) -> list[Chunk]:
    """``(start, end, label)`` chunks of a BIO sequence, end exclusive.

    As conlleval does, an ``I-X`` that does not continue an ``X`` chunk starts a new one.
    """
    chunks: list[Chunk] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, lab = tag.partition("-")
        continues = prefix == "I" and lab == label and start >= 0
        if start >= 0 and not continues:
            chunks.append((start, i, label))
            start, label = -1, ""
        if prefix in ("B", "I") and not continues:
            start, label = i, lab
    return chunks


@dataclass(frozen=True, slots=True)
class NERScores:
    """Micro scores over all labels and one :class:`PRF` per label."""

    micro: PRF
    per_label: dict[str, PRF]
    tokens: int
    sentences: int

    def as_dict(self) -> dict[str, object]:
        return {"micro": self.micro.as_dict(),
                "per_label": {k: v.as_dict() for k, v in sorted(self.per_label.items())},
                "tokens": self.tokens, "sentences": self.sentences}


def score_ner(gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> NERScores:
    """Exact-span scores of predicted BIO sequences against gold ones.

    Raises:
        ValueError: the two do not have the same sentences and lengths.
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    tokens = 0
    for g, p in zip(gold, predicted, strict=True):
        if len(g) != len(p):
            raise ValueError(f"sentence of {len(g)} gold tags but {len(p)} predicted")
        tokens += len(g)
        gs, ps = set(bio_chunks(g)), set(bio_chunks(p))
        for c in gs & ps:
            tp[c[2]] += 1
        for c in ps - gs:
            fp[c[2]] += 1
        for c in gs - ps:
            fn[c[2]] += 1
    labels = sorted(set(tp) | set(fp) | set(fn))
    per = {lab: PRF(tp[lab], fp[lab], fn[lab]) for lab in labels}
    micro = PRF(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return NERScores(micro, per, tokens, len(gold))


_LEADING = ("لل", "بال", "كال", "ال", "ب", "ك", "ل")


def strip_mention_prefix(text: str) -> int:
    """How many leading characters the mention scorer drops (``shared/spec/entities.md``).

    First a conjunction ``و``/``ف``, then one of ``لل``, ``بال``, ``كال``, ``ال``,
    ``ب``, ``ك``, ``ل``, each only when something is left after it.
    """
    i = 0
    if len(text) > 1 and text[0] in "وف":
        i = 1
    for p in _LEADING:
        if text.startswith(p, i) and len(text) > i + len(p):
            return i + len(p)
    return i


def mention_key(text: str, start: int, end: int, label: str) -> tuple[int, int, str]:
    """A mention's scoring key: its span after :func:`strip_mention_prefix`, and its label."""
    return (start + strip_mention_prefix(text[start:end]), end, label)
