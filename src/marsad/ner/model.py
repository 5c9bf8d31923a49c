"""The NER model at run time: features + decomposed CRF, loaded from one folder."""

from __future__ import annotations

import json
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np
import numpy.typing as npt

from marsad.crf import DecomposedCRF
from marsad.errors import ModelError
from marsad.ner.clusters import load_clusters
from marsad.ner.fast import FastCRF
from marsad.ner.features import OFFSETS, Features
from marsad.ner.gazetteer import Gazetteer
from marsad.ner.stacking import EDGE, KINDS, NONE, WINDOW, doc_codes, kind_index

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
        self._memo: dict[str, Sequence[str]] = {}
        if stacked is not None and self.stacked is not None:
            self._stack_tables(stacked)
            # A word new to the first stage's cache is new to the second's too:
            # compute its attributes once per tag() call.
            self.fast.word_attrs = self.stacked.word_attrs = self._memo_attrs

    def _memo_attrs(self, word: str) -> Sequence[str]:
        got = self._memo.get(word)
        if got is None:
            got = self._memo[word] = self.features.word_attrs(word)
        return got

    def _stack_tables(self, crf: DecomposedCRF) -> None:
        """Weight rows of the second stage's per-token attributes, by code.

        The last row of ``_w2`` is zeros: the row of an attribute the model
        never weighted, and of an absent ``D``/``DM`` (code :data:`NONE`).
        """
        zero = len(crf.weights)
        self._w2 = np.vstack([crf.weights.astype(np.float32),
                              np.zeros((1, len(crf.labels)), np.float32)])

        def rows(prefix: str, names: Sequence[str]) -> npt.NDArray[np.intp]:
            return np.array([crf.row.get(f"{prefix}={n}", zero) for n in names], np.intp)

        labels1 = list(self.crf.labels)
        self._label_id = {lab: i for i, lab in enumerate(labels1)}
        self._kind_of = np.array([kind_index(lab) for lab in labels1], np.intp)
        self._row_p = rows("P", labels1)
        self._row_prev = rows("Pp", [*KINDS, "BOS"])
        self._row_next = rows("Pn", [*KINDS, "EOS"])
        # index NONE (-1) reads the last entry: the zero row
        self._row_d = np.append(rows("D", KINDS), zero)
        self._row_dm = np.append(rows("DM", KINDS), zero)

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
        if self.stacked is None or not any(sentences):
            self._memo.clear()
            return first
        try:
            return self.stacked.tag(sentences, gazetteer,
                                    self._stacked_scores(sentences, first))
        finally:
            self._memo.clear()

    def _stacked_scores(self, sentences: Sequence[Sequence[str]],
                        first: Sequence[Sequence[str]]) -> npt.NDArray[np.float32]:
        """``(tokens, L)``: what the second stage's per-token attributes add (as
        :func:`marsad.ner.stacking.doc_attrs` names them for training)."""
        key = self.features.key
        label_id = self._label_id
        lab = np.array([label_id[t] for tags in first for t in tags], np.intp)
        kinds = self._kind_of[lab]
        lengths = np.array([len(s) for s in sentences], np.intp)
        sent = np.repeat(np.arange(len(sentences)), lengths)
        d, dm = doc_codes([key(w) for words in sentences for w in words], sent.tolist(),
                          kinds.tolist(), self.window)
        ends = np.cumsum(lengths)
        starts = ends - lengths
        prev = np.empty_like(kinds)
        prev[1:] = kinds[:-1]
        nxt = np.empty_like(kinds)
        nxt[:-1] = kinds[1:]
        nonempty = lengths > 0
        prev[starts[nonempty]] = EDGE
        nxt[ends[nonempty] - 1] = EDGE
        w = self._w2
        d[d == NONE] = len(KINDS)
        dm[dm == NONE] = len(KINDS)
        out: npt.NDArray[np.float32] = (w[self._row_p[lab]] + w[self._row_prev[prev]]
                                         + w[self._row_next[nxt]] + w[self._row_d[d]]
                                         + w[self._row_dm[dm]])
        return out
