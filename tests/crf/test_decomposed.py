from __future__ import annotations

import random
from pathlib import Path

import pytest

from marsad.crf import PAD, DecomposedCRF, window_attributes
from marsad.errors import ModelError
from marsad.text import fold

pycrfsuite = pytest.importorskip("pycrfsuite")

OFFSETS = (-2, -1, 0, 1, 2)


def word_attrs(w: str) -> list[str]:
    if w == PAD:
        return ["pad"]
    f = fold(w)
    return [f"w={f}", f"p2={f[:2]}", f"s2={f[-2:]}", f"al={f.startswith('ال')}"]


SENTS = [
    (["قال", "الرئيس", "عبد", "الفتاح", "السيسي", "إن", "مصر", "تدعم", "الحل"],
     ["O", "O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "O"]),
    (["وصل", "وزير", "الخارجية", "سامح", "شكري", "إلى", "موسكو"], ["O", "O", "O", "B-PER", "I-PER", "O", "B-LOC"]),
    (["أعلنت", "وزارة", "الداخلية", "في", "الرياض", "اعتقال", "خلية"], ["O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O"]),
    (["التقى", "بوتين", "نظيره", "الأمريكي", "في", "جنيف"], ["O", "B-PER", "O", "O", "O", "B-LOC"]),
    (["ذكرت", "وكالة", "رويترز", "أن", "الأمم", "المتحدة", "حذرت"], ["O", "O", "B-ORG", "O", "B-ORG", "I-ORG", "O"]),
]


def _train(tmp_path: Path, context: bool) -> Path:
    trainer = pycrfsuite.Trainer(verbose=False)
    for words, labels in SENTS:
        ctx = [[f"ctx=len{len(w) > 4}"] for w in words] if context else None
        trainer.append(window_attributes(words, word_attrs, OFFSETS, ctx), labels)
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 60})
    path = tmp_path / "m.crfsuite"
    trainer.train(str(path))
    return path


@pytest.mark.parametrize("context", [False, True])
def test_decomposed_crf_matches_crfsuite(tmp_path: Path, context: bool) -> None:
    path = _train(tmp_path, context)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    crf = DecomposedCRF.from_crfsuite(path, word_attrs, OFFSETS)
    rng = random.Random(3)
    vocab = [w for s, _ in SENTS for w in s]
    tests = [s for s, _ in SENTS] + [[rng.choice(vocab) for _ in range(rng.randint(1, 12))]
                                     for _ in range(40)]
    ctxs = [[[f"ctx=len{len(w) > 4}"] for w in s] if context else [[] for _ in s] for s in tests]
    expected = [tagger.tag(window_attributes(s, word_attrs, OFFSETS, c)) for s, c in
                zip(tests, ctxs, strict=True)]
    assert crf.tag_sentences(tests, ctxs) == expected
    saved = tmp_path / "m.npz"
    crf.save(saved)
    again = DecomposedCRF.load(saved, word_attrs)
    assert again.tag_sentences(tests[:5], ctxs[:5]) == expected[:5]


def test_training_data_is_learnt(tmp_path: Path) -> None:
    crf = DecomposedCRF.from_crfsuite(_train(tmp_path, False), word_attrs, OFFSETS)
    words, labels = SENTS[1]
    assert crf.tag_sentences([words]) == [labels]
    assert crf.tag_sentences([[]]) == [[]]


def test_load_missing_model(tmp_path: Path) -> None:
    with pytest.raises(ModelError):
        DecomposedCRF.load(tmp_path / "none.npz", word_attrs)
