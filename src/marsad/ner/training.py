"""Training the NER CRF (python-crfsuite) and turning it into a fast runtime model."""

from __future__ import annotations

import json
import logging
import random
import shutil
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from marsad.crf import DecomposedCRF
from marsad.errors import ModelError
from marsad.evaluation.ner import NERScores, score_ner
from marsad.ner.clusters import load_clusters
from marsad.ner.fast import FastCRF
from marsad.ner.features import OFFSETS, Features
from marsad.ner.gazetteer import Gazetteer, build_gazetteer
from marsad.ner.io import Sentence, read_conll
from marsad.ner.model import (
    CLUSTERS_FILE,
    CRF_FILE,
    GAZETTEER_FILE,
    META_FILE,
    STACKED_FILE,
    NERModel,
)
from marsad.ner.stacking import WINDOW, doc_attrs

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TrainSettings:
    """crfsuite settings (L-BFGS with elastic-net regularisation)."""

    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 150
    seed: int = 13
    extra: tuple[str, ...] = field(default_factory=tuple)
    # Second stage (0 folds: none): first-pass labels from this many contiguous
    # cross-validation folds, each trained with ``fold_iterations``.
    folds: int = 0
    fold_iterations: int = 100
    window: int = WINDOW


def train_crf(sentences: Sequence[Sentence], features: Features, settings: TrainSettings,
              model_file: Path, extra: Sequence[Sequence[Sequence[str]]] | None = None) -> None:
    """Train a crfsuite model on ``sentences`` and write it to ``model_file``.

    ``extra`` adds per-token attributes (the second stage's) to each sentence.

    Raises:
        ModelError: python-crfsuite is missing or there is nothing to train on.
    """
    try:
        import pycrfsuite
    except ImportError:
        raise ModelError("training needs python-crfsuite (pip install marsad[train])",
                         code="M054") from None
    if not sentences:
        raise ModelError("no training sentences", code="M055")
    # crfsuite itself is deterministic; the seed fixes the order of sentences.
    order = list(range(len(sentences)))
    random.Random(settings.seed).shuffle(order)
    trainer = pycrfsuite.Trainer(verbose=False)
    for k in order:
        words, tags = sentences[k]
        attrs = features.training_attrs(words)
        if extra is not None:
            attrs = [a + list(e) for a, e in zip(attrs, extra[k], strict=True)]
        trainer.append(attrs, tags)
    trainer.set_params({"c1": settings.c1, "c2": settings.c2,
                        "max_iterations": settings.max_iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(model_file))


def evaluate(model: NERModel, sentences: Sequence[Sentence]) -> tuple[NERScores, list[list[str]]]:
    """Tag the sentences' tokens and score them against their tags."""
    predicted = model.tag([words for words, _ in sentences])
    return score_ner([tags for _, tags in sentences], predicted), predicted


def cross_val_tags(sentences: Sequence[Sentence], features: Features,
                   settings: TrainSettings, work: Path) -> list[list[str]]:
    """First-pass tags of every sentence from a model that did not see it.

    The sentences are cut into ``settings.folds`` contiguous folds (whole
    articles stay together); each fold is tagged by a CRF trained on the others.
    """
    k = max(2, settings.folds)
    cut = [len(sentences) * i // k for i in range(k + 1)]
    fold_settings = replace(settings, max_iterations=settings.fold_iterations)
    out: list[list[str]] = []
    for i in range(k):
        rest = [*sentences[: cut[i]], *sentences[cut[i + 1] :]]
        path = work / f"fold{i}.crfsuite.tmp"
        train_crf(rest, features, fold_settings, path)
        crf = DecomposedCRF.from_crfsuite(path, features.word_attrs, OFFSETS)
        path.unlink()
        out.extend(FastCRF(crf).tag([w for w, _ in sentences[cut[i] : cut[i + 1]]],
                                    features.context_sparse))
    return out


def _train_decomposed(train: Sequence[Sentence], features: Features, settings: TrainSettings,
                      path: Path, extra: Sequence[Sequence[Sequence[str]]] | None = None,
                      ) -> DecomposedCRF:
    tmp = path.with_suffix(".crfsuite.tmp")
    train_crf(train, features, settings, tmp, extra)
    crf = DecomposedCRF.from_crfsuite(tmp, features.word_attrs, OFFSETS)
    tmp.unlink()
    return crf


def build_model(out: Path, train: Sequence[Sentence], features: Features, clusters_file: Path,
                settings: TrainSettings, info: dict[str, object] | None = None) -> NERModel:
    """Train and write a complete model folder (CRF weights, clusters, gazetteer, meta).

    With ``settings.folds``, also the second stage: a CRF over the same features
    plus first-pass labels (from cross-validation folds) and their document
    consistency (:mod:`marsad.ner.stacking`). ``train`` must be in document order.
    """
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    crf = _train_decomposed(train, features, settings, out / CRF_FILE)
    crf.save(out / CRF_FILE)
    stacked_file = out / STACKED_FILE
    if stacked_file.exists():
        stacked_file.unlink()
    if settings.folds:
        first = cross_val_tags(train, features, settings, out)
        extra = doc_attrs([w for w, _ in train], first, features.key, settings.window)
        _train_decomposed(train, features, settings, stacked_file, extra).save(stacked_file)
    seconds = time.perf_counter() - started
    if clusters_file.resolve() != (out / CLUSTERS_FILE).resolve():
        shutil.copyfile(clusters_file, out / CLUSTERS_FILE)
    features.gazetteer.save(out / GAZETTEER_FILE)
    meta = {"offsets": list(OFFSETS), "settings": asdict(settings),
            "window": settings.window, "train_sentences": len(train), "train_tokens": sum(len(w) for w, _ in train),
            "attributes": len(crf.attributes), "train_seconds": round(seconds, 1),
            **(info or {})}
    (out / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
    return NERModel.load(out)


def split_dev(sentences: Sequence[Sentence], share: float = 0.1) -> tuple[list[Sentence],
                                                                        list[Sentence]]:
    """The last ``share`` of the sentences (contiguous, so whole articles) as a dev set."""
    cut = int(len(sentences) * (1 - share))
    return list(sentences[:cut]), list(sentences[cut:])


def load_features(data: Path, clusters_file: Path) -> Features:
    """Features from a cluster file and the gazetteer built from ``shared/data``."""
    return Features(load_clusters(clusters_file), build_gazetteer(data))


def read_training_data(data: Path) -> list[Sentence]:
    """ANERcorp train."""
    return read_conll(data / "anercorp" / "train.txt")


def read_aqmar(data: Path) -> list[Sentence]:
    """AQMAR train + dev (Wikipedia; measured not to help on ANERcorp, off by default)."""
    return read_conll(data / "aqmar" / "train.txt") + read_conll(data / "aqmar" / "dev.txt")


__all__ = ["Gazetteer", "TrainSettings", "build_model", "evaluate", "load_features",
           "read_aqmar", "read_training_data", "split_dev", "train_crf"]
