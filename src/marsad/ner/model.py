"""The NER model at run time: features + decomposed CRF, loaded from one folder."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from marsad.crf import DecomposedCRF
from marsad.errors import ModelError
from marsad.ner.clusters import load_clusters
from marsad.ner.fast import FastCRF
from marsad.ner.features import OFFSETS, Features
from marsad.ner.gazetteer import Gazetteer
from marsad.ner.stacking import WINDOW, doc_attrs

CRF_FILE = "crf.npz"
STACKED_FILE = "crf2.npz"
CLUSTERS_FILE = "clusters.tsv.gz"
GAZETTEER_FILE = "gazetteer.tsv.gz"
META_FILE = "meta.json"


def shipped_model_dir() -> Path:
    """The folder of the model that ships inside the package."""
    return Path(str(resources.files("marsad") / "models" / "ner"))


class NERModel:
    """Tags tokenized sentences with BIO labels (``B-PER``, ``I-LOC``, ``O``...)."""

    def __init__(self, features: Features, crf: DecomposedCRF, meta: dict[str, object],
                 stacked: DecomposedCRF | None = None) -> None:
        self.features = features
        self.crf = crf
        self.meta = meta
        self.fast = FastCRF(crf)
        # Second stage: re-tags with the first pass's labels and their document consistency.
        self.stacked = FastCRF(stacked) if stacked is not None else None
        window = meta.get("window", WINDOW)
        self.window = window if isinstance(window, int) else WINDOW

    @classmethod
    def load(cls, folder: str | Path | None = None) -> NERModel:
        """Load a model folder (default: the shipped model).

        Raises:
            ModelError: a file is missing or unreadable.
        """
        path = Path(folder) if folder is not None else shipped_model_dir()
        for name in (CRF_FILE, CLUSTERS_FILE, GAZETTEER_FILE, META_FILE):
            if not (path / name).is_file():
                raise ModelError(f"NER model file missing: {path / name}", code="M050")
        try:
            meta = json.loads((path / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise ModelError(f"cannot read {path / META_FILE}: {err}", code="M052") from None
        features = Features(load_clusters(path / CLUSTERS_FILE),
                            Gazetteer.load(path / GAZETTEER_FILE))
        crf = DecomposedCRF.load(path / CRF_FILE, features.word_attrs)
        stacked = None
        if (path / STACKED_FILE).is_file():
            stacked = DecomposedCRF.load(path / STACKED_FILE, features.word_attrs)
        for c in (crf, stacked):
            if c is not None and tuple(c.offsets) != OFFSETS:
                raise ModelError(f"NER model offsets {c.offsets} do not match the features "
                                 f"{OFFSETS}", code="M051")
        return cls(features, crf, meta, stacked)

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each token of each sentence (only valid BIO sequences).

        ``sentences`` are read as one document: with a second stage, a word's
        labels elsewhere in the nearby sentences inform its own.
        """
        got: list[Sequence[tuple[int, Sequence[str]]]] = []

        def gazetteer(seq: Sequence[str]) -> Sequence[tuple[int, Sequence[str]]]:
            # Both passes lay the sentences out alike: compute the matches once.
            if not got:
                got.append(self.features.context_sparse(seq))
            return got[0]

        first = self.fast.tag(sentences, gazetteer)
        if self.stacked is None:
            return first
        stacked = doc_attrs(sentences, first, self.features.key, self.window)
        pad = self.stacked.pad

        def context(seq: Sequence[str]) -> list[tuple[int, Sequence[str]]]:
            out: list[tuple[int, Sequence[str]]] = list(gazetteer(seq))
            pos = pad
            for words, attrs in zip(sentences, stacked, strict=True):
                out.extend(enumerate(attrs, pos))
                pos += len(words) + pad
            return out

        return self.stacked.tag(sentences, context)
