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

CRF_FILE = "crf.npz"
CLUSTERS_FILE = "clusters.tsv.gz"
GAZETTEER_FILE = "gazetteer.tsv.gz"
META_FILE = "meta.json"


def shipped_model_dir() -> Path:
    """The folder of the model that ships inside the package."""
    return Path(str(resources.files("marsad") / "models" / "ner"))


class NERModel:
    """Tags tokenized sentences with BIO labels (``B-PER``, ``I-LOC``, ``O``...)."""

    def __init__(self, features: Features, crf: DecomposedCRF, meta: dict[str, object]) -> None:
        self.features = features
        self.crf = crf
        self.meta = meta
        self.fast = FastCRF(crf)

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
        if tuple(crf.offsets) != OFFSETS:
            raise ModelError(f"NER model offsets {crf.offsets} do not match the features "
                             f"{OFFSETS}", code="M051")
        return cls(features, crf, meta)

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each token of each sentence (only valid BIO sequences)."""
        return self.fast.tag(sentences, self.features.context_sparse)
