"""Training on a tiny corpus, and the shipped model loading and tagging."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.crf import DecomposedCRF
from marsad.errors import ModelError
from marsad.ner.clusters import load_clusters, save_clusters
from marsad.ner.features import OFFSETS, Features
from marsad.ner.gazetteer import Gazetteer
from marsad.ner.model import NERModel, shipped_model_dir
from marsad.ner.training import TrainSettings, build_model, evaluate

pytest.importorskip("pycrfsuite")

TINY = [
    (["قال", "الرئيس", "باراك", "أوباما", "في", "واشنطن"], ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
    (["وصل", "الوزير", "جون", "كيري", "إلى", "القاهرة"], ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
    (["أعلنت", "الأمم", "المتحدة", "في", "جنيف"], ["O", "B-ORG", "I-ORG", "O", "B-LOC"]),
    (["التقى", "أوباما", "نظيره", "في", "موسكو"], ["O", "B-PER", "O", "O", "B-LOC"]),
    (["ذكرت", "وكالة", "رويترز", "أن", "الأمم", "المتحدة", "حذرت"],
     ["O", "O", "B-ORG", "O", "B-ORG", "I-ORG", "O"]),
]
CLUSTERS = {"قال": (0, 1, 2), "الرييس": (1, 2, 3), "واشنطن": (2, 3, 4), "القاهره": (2, 3, 5),
            "موسكو": (2, 3, 6), "جنيف": (2, 3, 7), "اوباما": (3, 4, 8)}


def _features(tmp_path: Path) -> tuple[Features, Path]:
    cfile = tmp_path / "clusters.tsv.gz"
    save_clusters(CLUSTERS, cfile)
    gaz = Gazetteer([("LOC", "القاهرة"), ("ORG", "الأمم المتحدة"), ("PER", "جون")])
    return Features(load_clusters(cfile), gaz), cfile


def test_tiny_training_learns_and_round_trips(tmp_path: Path) -> None:
    features, cfile = _features(tmp_path)
    model = build_model(tmp_path / "model", TINY, features, cfile,
                        TrainSettings(c1=0.0, c2=0.01, max_iterations=80))
    scores, predicted = evaluate(model, TINY)
    assert scores.micro.f1 == 1.0, predicted
    again = NERModel.load(tmp_path / "model")
    assert again.tag([w for w, _ in TINY]) == predicted
    meta = json.loads((tmp_path / "model" / "meta.json").read_text(encoding="utf-8"))
    assert meta["train_sentences"] == len(TINY)


def test_decomposed_model_matches_crfsuite(tmp_path: Path) -> None:
    import pycrfsuite

    from marsad.ner.training import train_crf

    features, _ = _features(tmp_path)
    path = tmp_path / "m.crfsuite"
    train_crf(TINY, features, TrainSettings(c1=0.0, c2=0.1, max_iterations=30), path)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    crf = DecomposedCRF.from_crfsuite(path, features.word_attrs, OFFSETS)
    tests = [w for w, _ in TINY] + [["في", "واشنطن", "وموسكو", "غدا"], ["جون"]]
    expected = [tagger.tag(features.training_attrs(s)) for s in tests]
    assert crf.tag_sentences(tests, [features.context(s) for s in tests]) == expected


def test_shipped_model_loads_and_tags() -> None:
    model = NERModel.load()
    assert model.crf.labels and "O" in model.crf.labels
    tags = model.tag([["قال", "الرئيس", "الأمريكي", "باراك", "أوباما", "في", "واشنطن", "."]])
    assert tags[0][6] == "B-LOC"
    assert tags[0][3:5] == ["B-PER", "I-PER"]
    assert model.tag([]) == []
    assert model.tag([[]]) == [[]]
    size = sum(p.stat().st_size for p in shipped_model_dir().iterdir())
    assert size < 50_000_000


def test_missing_model_folder(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="M050"):
        NERModel.load(tmp_path)


def test_clitics_split_only_before_known_words(tmp_path: Path) -> None:
    model = NERModel.load()
    f = model.features
    assert f.clitic_length("وواشنطن") == 1
    assert f.clitic_length("لروسيا") == 1
    assert f.clitic_length("بغداد") == 0
    assert f.clitic_length("واشنطن") == 0
    assert f.clitic_length("وَواشنطن") == 2  # a diacritic on the clitic stays with it
