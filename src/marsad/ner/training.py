"""Training the NER CRF (python-crfsuite) and turning it into a fast runtime model."""

from __future__ import annotations

import json
import logging
import random
import shutil
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from marsad.crf import DecomposedCRF
from marsad.errors import ModelError
from marsad.evaluation.ner import NERScores, score_ner
from marsad.ner.clusters import load_clusters
from marsad.ner.features import OFFSETS, Features
from marsad.ner.gazetteer import Gazetteer, build_gazetteer
from marsad.ner.io import Sentence, read_conll
from marsad.ner.model import CLUSTERS_FILE, CRF_FILE, GAZETTEER_FILE, META_FILE, NERModel

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class TrainSettings:
    """crfsuite settings (L-BFGS with elastic-net regularisation)."""

    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 150
    seed: int = 13
    extra: tuple[str, ...] = field(default_factory=tuple)


def train_crf(sentences: Sequence[Sentence], features: Features, settings: TrainSettings,
              model_file: Path) -> None:
    """Train a crfsuite model on ``sentences`` and write it to ``model_file``.

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
        trainer.append(features.training_attrs(words), tags)
    trainer.set_params({"c1": settings.c1, "c2": settings.c2,
                        "max_iterations": settings.max_iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(model_file))


def evaluate(model: NERModel, sentences: Sequence[Sentence]) -> tuple[NERScores, list[list[str]]]:
    """Tag the sentences' tokens and score them against their tags."""
    predicted = model.tag([words for words, _ in sentences])
    return score_ner([tags for _, tags in sentences], predicted), predicted


def build_model(out: Path, train: Sequence[Sentence], features: Features, clusters_file: Path,
                settings: TrainSettings, info: dict[str, object] | None = None) -> NERModel:
    """Train and write a complete model folder (CRF weights, clusters, gazetteer, meta)."""
    out.mkdir(parents=True, exist_ok=True)
    crf_tmp = out / "crf.crfsuite.tmp"
    started = time.perf_counter()
    train_crf(train, features, settings, crf_tmp)
    seconds = time.perf_counter() - started
    crf = DecomposedCRF.from_crfsuite(crf_tmp, features.word_attrs, OFFSETS)
    crf_tmp.unlink()
    crf.save(out / CRF_FILE)
    if clusters_file.resolve() != (out / CLUSTERS_FILE).resolve():
        shutil.copyfile(clusters_file, out / CLUSTERS_FILE)
    features.gazetteer.save(out / GAZETTEER_FILE)
    meta = {"offsets": list(OFFSETS), "settings": asdict(settings),
            "train_sentences": len(train), "train_tokens": sum(len(w) for w, _ in train),
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
