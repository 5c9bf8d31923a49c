"""The hybrid emission model at run time: a sparse linear part plus a small dense MLP.

Emission scores of token ``i`` are

    linear(i) + W2 · relu(b1 + Σ_o P_o · [v(f_{i+o}); v(r_{i+o})])

where ``linear`` is a CRF's sparse per-(offset, word) weights (scored by
:class:`marsad.crf.DecomposedCRF`), ``v`` the word2vec vector of the word's
folded form ``f`` and of its clitic-free form ``r``, and ``P_o`` a projection
per window offset. The projections of a word are cached per word like the
CRF's emissions, so a token costs a few array lookups and one small matmul
per sentence. The labels are decoded with the CRF's transitions (Viterbi).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from marsad.crf import PAD, DecomposedCRF
from marsad.errors import ModelError
from marsad.text import fold

FloatArray = npt.NDArray[np.float32]
DENSE_FILE = "dense.npz"


class DenseEmissions:
    """The MLP part: per-word cached projections, summed over the window.

    Args:
        words: vocabulary of the vector table (folded forms).
        vectors: ``(V, d)`` word vectors.
        proj: ``(2d, K*H)`` projection of ``[v(f); v(r)]`` for all K offsets.
        bias: ``(H,)``; out: ``(H, L)``; out_bias: ``(L,)``.
        offsets: the K window offsets.
        split: the function giving ``(clitics, rest)`` of a folded word.
    """

    def __init__(self, words: Sequence[str], vectors: FloatArray, proj: FloatArray,
                 bias: FloatArray, out: FloatArray, out_bias: FloatArray,
                 offsets: Sequence[int], split: object) -> None:
        self.index = {w: i + 1 for i, w in enumerate(words)}
        d = vectors.shape[1]
        self.vectors = np.vstack([np.zeros((1, d), np.float32), vectors.astype(np.float32)])
        self.offsets = tuple(offsets)
        k = len(self.offsets)
        self.hidden = bias.shape[0]
        if proj.shape != (2 * d, k * self.hidden):
            raise ModelError(f"dense projection shape {proj.shape} does not match "
                             f"2x{d} -> {k}x{self.hidden}", code="M051")
        self.proj = proj.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.out = out.astype(np.float32)
        self.out_bias = out_bias.astype(np.float32)
        self.split = split
        self._cache: dict[str, int] = {PAD: 0}
        self._table = np.zeros((1024, k, self.hidden), np.float32)

    def word_ids(self, word: str) -> tuple[int, int]:
        """Vector rows of a word's folded form and of its clitic-free form (0: none)."""
        if word == PAD:
            return 0, 0
        f = fold(word).strip(_PUNCT)
        _, rest = self.split(f)  # type: ignore[operator]
        own = self.index.get(f, 0)
        base = self.index.get(rest, 0)
        if not base and rest.startswith("ال") and len(rest) > 4:
            base = self.index.get(rest[2:], 0)
        return own, base

    def _rows(self, words: Sequence[str]) -> npt.NDArray[np.intp]:
        """Table rows of ``words``, computing the projections of new words in one matmul."""
        cache = self._cache
        new = [w for w in dict.fromkeys(words) if w not in cache]
        if new:
            if len(cache) + len(new) > 100_000:
                cache.clear()
                cache[PAD] = 0
                new = [w for w in dict.fromkeys(words) if w != PAD]
            ids = np.array([self.word_ids(w) for w in new], dtype=np.intp)
            x = np.concatenate([self.vectors[ids[:, 0]], self.vectors[ids[:, 1]]], axis=1)
            proj = (x @ self.proj).reshape(len(new), len(self.offsets), self.hidden)
            start = len(cache)
            need = start + len(new)
            if need > len(self._table):
                grown = np.zeros((max(need, 2 * len(self._table)), *self._table.shape[1:]),
                                 np.float32)
                grown[:start] = self._table[:start]
                self._table = grown
            self._table[start:need] = proj
            for k, w in enumerate(new):
                cache[w] = start + k
        return np.fromiter((cache[w] for w in words), dtype=np.intp, count=len(words))

    def emissions(self, sentences: Sequence[Sequence[str]]) -> list[FloatArray]:
        """``(n, L)`` dense emission scores of each sentence, computed in one batch.

        Sentences are laid end to end with padding between them, so window
        offsets never reach into the next sentence.
        """
        if not sentences:
            return []
        pad = max(abs(o) for o in self.offsets)
        seq: list[str] = [PAD] * pad
        starts: list[int] = []
        for s in sentences:
            starts.append(len(seq))
            seq.extend(s)
            seq.extend([PAD] * pad)
        rows = self._rows(seq)
        n = len(seq)
        hidden = np.broadcast_to(self.bias, (n, self.hidden)).copy()
        table = self._table
        for k, off in enumerate(self.offsets):
            lo, hi = max(0, off), n + min(0, off)
            hidden[lo - off : hi - off] += table[rows[lo:hi], k]
        np.maximum(hidden, 0.0, out=hidden)
        scores = hidden @ self.out + self.out_bias
        return [scores[a : a + len(s)] for a, s in zip(starts, sentences, strict=True)]

    def save(self, path: Path, words: Sequence[str], vectors: FloatArray) -> None:
        """Save the dense part (and its vector table, as float16)."""
        np.savez_compressed(path, words=np.array(list(words)),
                            vectors=vectors.astype(np.float16), proj=self.proj,
                            bias=self.bias, out=self.out, out_bias=self.out_bias,
                            offsets=np.array(self.offsets))

    @classmethod
    def load(cls, path: Path, split: object) -> DenseEmissions:
        """Load a file written by :meth:`save`.

        Raises:
            ModelError: missing or unreadable file.
        """
        try:
            with np.load(path, allow_pickle=False) as z:
                return cls([str(w) for w in z["words"]], z["vectors"], z["proj"], z["bias"],
                           z["out"], z["out_bias"], [int(o) for o in z["offsets"]], split)
        except (OSError, KeyError, ValueError) as err:
            raise ModelError(f"cannot load dense NER weights {path}: {err}", code="M052") from None


_PUNCT = "\"'()[]{}<>.,;:!?،؛؟«»-_/\\|*+=#%&@~`^…"


def hybrid_tag(crf: DecomposedCRF, dense: DenseEmissions | None,
               sentences: Sequence[Sequence[str]],
               contexts: Sequence[Sequence[Sequence[str]]]) -> list[list[str]]:
    """Viterbi labels from the sparse CRF emissions plus the dense ones (if any)."""
    ems = [crf.emissions(s, contexts[i]) for i, s in enumerate(sentences)]
    if dense is not None:
        ems = [e + d for e, d in zip(ems, dense.emissions(sentences), strict=True)]
    names = crf.labels
    return [[names[k] for k in path] for path in crf.viterbi_batch(ems)]
