"""The second (stacked) NER stage: document-consistency attributes and training on a tiny corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.ner.clusters import load_clusters, save_clusters
from marsad.ner.features import Features
from marsad.ner.gazetteer import Gazetteer, key
from marsad.ner.model import STACKED_FILE, NERModel
from marsad.ner.stacking import doc_attrs
from marsad.ner.training import TrainSettings, build_model, evaluate


def test_doc_attrs_see_the_same_word_elsewhere() -> None:
    sents = [["قال", "غويتا", "إن"], ["وصل", "لغويتا", "أمس"], ["غويتا", "هنا"]]
    first = [["O", "B-PER", "O"], ["O", "O", "O"], ["O", "O"]]
    got = doc_attrs(sents, first, key)
    # The untagged occurrences learn that the word was a person elsewhere.
    assert "D=PER" in got[1][1] and "P=O" in got[1][1]
    assert "D=PER" in got[2][0]
    # The tagged one sees only O readings elsewhere (one vs two: no majority).
    assert "D=O" in got[0][1] and "P=B-PER" in got[0][1]
    assert "Pp=PER" in got[0][2] and "Pn=EOS" in got[0][2] and "Pp=BOS" in got[0][0]
    # Outside the window the other occurrences do not count.
    far = doc_attrs(sents, first, key, window=0)
    assert not any(a.startswith("D") for a in far[2][0])
    assert doc_attrs([], [], key) == []


def _tiny_stacked(tmp_path: Path) -> tuple[NERModel, Features, Path]:
    pytest.importorskip("pycrfsuite")
    from tests.ner.test_training import CLUSTERS, TINY

    cfile = tmp_path / "clusters.tsv.gz"
    save_clusters(CLUSTERS, cfile)
    features = Features(load_clusters(cfile), Gazetteer([("LOC", "القاهرة")]))
    settings = TrainSettings(c1=0.0, c2=0.01, max_iterations=80, folds=2, fold_iterations=30)
    return build_model(tmp_path / "m", TINY * 2, features, cfile, settings), features, cfile


def test_stacked_model_trains_and_round_trips(tmp_path: Path) -> None:
    from tests.ner.test_training import TINY

    model, features, cfile = _tiny_stacked(tmp_path)
    assert (tmp_path / "m" / STACKED_FILE).is_file()
    assert model.stacked is not None
    scores, predicted = evaluate(model, TINY)
    assert scores.micro.f1 >= 0.9, predicted
    again = NERModel.load(tmp_path / "m")
    assert again.stacked is not None and again.tag([w for w, _ in TINY]) == predicted
    # Rebuilding without folds drops the second stage.
    build_model(tmp_path / "m", TINY, features, cfile, TrainSettings(max_iterations=20))
    assert not (tmp_path / "m" / STACKED_FILE).exists()
    assert NERModel.load(tmp_path / "m").stacked is None


def test_stacked_model_tags_documents(tmp_path: Path) -> None:
    model = _tiny_stacked(tmp_path)[0]
    assert model.stacked is not None
    sents = [["وصل", "الرئيس", "آسيمي", "غويتا", "إلى", "باماكو"], ["وقال", "غويتا", "إن"], []]
    tags = model.tag(sents)
    assert [len(t) for t in tags] == [6, 3, 0]
    assert model.tag([[]]) == [[]]


def test_dense_second_stage_matches_the_training_attributes(tmp_path: Path) -> None:
    """Run time adds the second stage's weights as dense scores; they must equal
    scoring the attribute strings that training used."""
    model = _tiny_stacked(tmp_path)[0]
    assert model.stacked is not None
    sents = [["قال", "الرئيس", "الأمريكي", "جو", "بايدن", "في", "واشنطن", "."],
             ["وأكد", "بايدن", "أن", "واشنطن", "لن", "تتراجع"], [], ["بايدن"]]
    first = model.fast.tag(sents, model.features.context_sparse)
    attrs = doc_attrs(sents, first, model.features.key, model.window)
    pad = model.stacked.pad

    def context(seq: list[str]) -> list[tuple[int, list[str]]]:
        out = list(model.features.context_sparse(seq))
        pos = pad
        for words, a in zip(sents, attrs, strict=True):
            out.extend(enumerate(a, pos))
            pos += len(words) + pad
        return out

    dense = model.stacked.emissions(sents, model.features.context_sparse,
                                    model._stacked_scores(sents, first))
    strings = model.stacked.emissions(sents, context)
    for a, b in zip(dense, strings, strict=True):
        assert a.shape == b.shape
        assert abs(a - b).max() < 1e-3 if a.size else True
    assert model.tag(sents) == model.stacked.tag(sents, context)
