"""Train the sentence gate (:mod:`marsad.events.gate`) on the GSR train half. Needs sklearn.

Per type (PROTEST, ASSAULT): the train-half rows of ``event_gsr/<type>_gsr.csv``
labelled "yes" are positives, "easy no" and "difficult no" negatives ("ambiguous" rows
are left out; the dev half is never read). For each feature level, regularisation
strength and class weighting, 5-fold stratified cross-validation (fixed seed) gives
out-of-fold probabilities; the system scored is the one that ships — a sentence is
positive when the ungated coder finds an asserted event of the type in it *and* the
gate's probability reaches the threshold — and the configuration and threshold with
the best out-of-fold F1 are kept (ties: higher precision). The final model is fitted
on the whole train half with that configuration.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from marsad.events.build import gsr_half, read_gsr_csv
from marsad.events.detect import find_triggers, fold_tokens
from marsad.events.gate import FEATURE_SETS, Gate, TypeGate, sentence_features
from marsad.events.lexicon import Lexicon
from marsad.text import tokenize_spans

SEED = 13
FOLDS = 5
C_VALUES = (0.1, 0.3, 1.0, 3.0)
WEIGHTINGS = (None, "balanced")
THRESHOLDS = tuple(round(0.02 * i, 2) for i in range(1, 50))
MIN_COUNT = 2  # a feature seen once in training gets no weight (keeps the file small)

Finder = Callable[[str, str], bool]  # (text, type) -> the ungated coder finds it


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled sentence: its features at every level and whether the coder fires."""

    feats: dict[str, set[str]]
    label: bool
    found: bool


def examples(texts: Sequence[str], labels: Sequence[bool], ptype: str, lexicon: Lexicon,
             finder: Finder | None = None) -> list[Example]:
    """Features of each sentence (the whole text is one sentence)."""
    out = []
    for text, label in zip(texts, labels, strict=True):
        tokens = tokenize_spans(text)
        folded = fold_tokens(text, tokens)
        hits = [(h.first_token, h.lemma, h.verb)
                for h in find_triggers(text, tokens, lexicon, folded) if h.type == ptype]
        feats = {lv: sentence_features(folded, hits, lv) for lv in FEATURE_SETS}
        out.append(Example(feats, label, True if finder is None else finder(text, ptype)))
    return out


def _matrix(sets: Sequence[set[str]], vocab: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix

    rows, cols = [], []
    for i, fs in enumerate(sets):
        for f in fs:
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), len(vocab)))


def _vocab(sets: Sequence[set[str]]) -> dict[str, int]:
    counts: Counter[str] = Counter(f for fs in sets for f in fs)
    keep = sorted(f for f, n in counts.items() if n >= MIN_COUNT and f != "bias")
    return {f: i for i, f in enumerate(keep)}


def _fit(sets: Sequence[set[str]], y: np.ndarray, c: float, weighting: str | None) -> Any:
    from sklearn.linear_model import LogisticRegression

    vocab = _vocab(sets)
    model = LogisticRegression(C=c, class_weight=weighting, solver="liblinear",
                               random_state=SEED, max_iter=1000)
    model.fit(_matrix(sets, vocab), y)
    return model, vocab


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _best_threshold(prob: np.ndarray, y: np.ndarray, found: np.ndarray) -> dict[str, Any]:
    best: dict[str, Any] | None = None
    for t in THRESHOLDS:
        pred = found & (prob >= t)
        tp = int((pred & y).sum())
        fp = int((pred & ~y).sum())
        fn = int((~pred & y).sum())
        p, r, f = _prf(tp, fp, fn)
        key = (round(f, 6), round(p, 6))
        if best is None or key > best["key"]:
            best = {"key": key, "threshold": t, "precision": p, "recall": r, "f1": f,
                    "tp": tp, "fp": fp, "fn": fn}
    assert best is not None
    best.pop("key")
    return best


def cross_validate(data: Sequence[Example], level: str, c: float,
                   weighting: str | None, folds: int = FOLDS) -> dict[str, Any]:
    """Out-of-fold F1 of coder AND gate, at the best threshold."""
    from sklearn.model_selection import StratifiedKFold

    y = np.array([e.label for e in data])
    found = np.array([e.found for e in data])
    sets = [e.feats[level] for e in data]
    prob = np.zeros(len(data))
    k = max(2, min(folds, int(y.sum()), int((~y).sum())))
    for tr, te in StratifiedKFold(k, shuffle=True, random_state=SEED).split(sets, y):
        model, vocab = _fit([sets[i] for i in tr], y[tr], c, weighting)
        prob[te] = model.predict_proba(_matrix([sets[i] for i in te], vocab))[:, 1]
    return _best_threshold(prob, y, found)


def train_type(data: Sequence[Example], folds: int = FOLDS,
               levels: Sequence[str] = FEATURE_SETS) -> tuple[TypeGate, dict[str, Any]]:
    """Choose level, C, weighting and threshold by CV; fit on all of ``data``."""
    best: dict[str, Any] | None = None
    grid = []
    for level in levels:
        for c in C_VALUES:
            for w in WEIGHTINGS:
                res = cross_validate(data, level, c, w, folds)
                cell = {"level": level, "C": c, "class_weight": w, **res}
                grid.append(cell)
                if best is None or (round(res["f1"], 6), round(res["precision"], 6)) > (
                        round(best["f1"], 6), round(best["precision"], 6)):
                    best = cell
    assert best is not None
    y = np.array([e.label for e in data])
    found = np.array([e.found for e in data])
    sets = [e.feats[best["level"]] for e in data]
    model, vocab = _fit(sets, y, best["C"], best["class_weight"])
    coef = model.coef_[0]
    weights = {f: round(float(coef[j]), 5) for f, j in vocab.items() if abs(coef[j]) >= 1e-4}
    weights["bias"] = round(float(model.intercept_[0]), 5)
    ungated = _prf(int((found & y).sum()), int((found & ~y).sum()), int((~found & y).sum()))
    report = {"chosen": best, "rows": len(data), "positives": int(y.sum()),
              "ungated_train": {"precision": ungated[0], "recall": ungated[1], "f1": ungated[2]},
              "features": len(weights), "grid": grid}
    return TypeGate(weights, float(best["threshold"]), best["level"]), report


def train_gate(gsr_dir: Path, lexicon: Lexicon, finder: Finder | None,
               types: Sequence[str] = ("PROTEST", "ASSAULT")) -> tuple[Gate, dict[str, Any]]:
    """The gate for each type whose ``<type>_gsr.csv`` is in ``gsr_dir`` (train half only)."""
    gates: dict[str, TypeGate] = {}
    report: dict[str, Any] = {}
    for ptype in types:
        path = gsr_dir / f"{ptype.lower()}_gsr.csv"
        if not path.exists():
            continue
        rows = [r for r in read_gsr_csv(path) if gsr_half(r["id"]) == "train"
                and r["label"].strip() in ("yes", "easy no", "difficult no")]
        data = examples([r["text"] for r in rows], [r["label"].strip() == "yes" for r in rows],
                        ptype, lexicon, finder)
        gates[ptype], report[ptype] = train_type(data)
    return Gate(gates), report
