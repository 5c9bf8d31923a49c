"""Decomposed CRF: cached per-(word, offset) emissions and a batched numpy Viterbi."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from marsad.errors import ModelError

PAD = "\x00PAD"
"""The word used for positions before the first and after the last token."""

WordAttrs = Callable[[str], Sequence[str]]
FloatArray = npt.NDArray[np.float32]


def window_attributes(
    words: Sequence[str],
    word_attrs: WordAttrs,
    offsets: Sequence[int],
    context: Sequence[Sequence[str]] | None = None,
) -> list[list[str]]:
    """The attribute lists for training: what :class:`DecomposedCRF` scores at tag time.

    Args:
        words: the sentence's tokens (as the feature function wants them).
        word_attrs: per-word attributes; called once per distinct word.
        offsets: window offsets, e.g. ``(-2, -1, 0, 1, 2)``.
        context: optional per-token context attributes (no offset prefix).

    Returns:
        One list of attribute strings per token.
    """
    cache: dict[str, list[str]] = {}

    def attrs(w: str) -> list[str]:
        got = cache.get(w)
        if got is None:
            got = cache[w] = list(word_attrs(w))
        return got

    n = len(words)
    out: list[list[str]] = []
    for i in range(n):
        feats: list[str] = []
        for off in offsets:
            j = i + off
            w = words[j] if 0 <= j < n else PAD
            feats.extend(f"{off}|{a}" for a in attrs(w))
        if context is not None:
            feats.extend(context[i])
        out.append(feats)
    return out


class DecomposedCRF:
    """A linear-chain CRF scored with cached per-word emission vectors.

    Args:
        labels: label names, in weight-column order.
        transitions: ``(L, L)`` weights from label i to label j.
        attributes: attribute names, in weight-row order.
        weights: ``(A, L)`` state-feature weights.
        word_attrs: the per-word attribute function used in training.
        offsets: the window offsets used in training.
    """

    def __init__(
        self,
        labels: Sequence[str],
        transitions: FloatArray,
        attributes: Sequence[str],
        weights: FloatArray,
        word_attrs: WordAttrs,
        offsets: Sequence[int],
    ) -> None:
        self.labels = list(labels)
        self.transitions = np.asarray(transitions, dtype=np.float32)
        self.weights = np.asarray(weights, dtype=np.float32)
        self.attributes = list(attributes)
        self.row = {a: i for i, a in enumerate(self.attributes)}
        self.word_attrs = word_attrs
        self.offsets = tuple(offsets)
        n_labels = len(self.labels)
        if self.transitions.shape != (n_labels, n_labels):
            raise ModelError("CRF transitions do not match the labels", code="M051")
        if self.weights.shape != (len(self.attributes), n_labels):
            raise ModelError("CRF weights do not match attributes x labels", code="M051")
        self._prefixes = [f"{off}|" for off in self.offsets]
        self._cache: dict[str, FloatArray] = {}

    # -- building ---------------------------------------------------------
    @classmethod
    def from_crfsuite(cls, model_file: str | Path, word_attrs: WordAttrs,
                      offsets: Sequence[int]) -> DecomposedCRF:
        """Read the weights of a crfsuite model file."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        try:
            tagger.open(str(model_file))
        except (OSError, ValueError) as err:
            raise ModelError(f"cannot open CRF model {model_file}: {err}", code="M052") from None
        info = tagger.info()
        labels = sorted(info.labels, key=lambda name: info.labels[name])
        lab = {name: i for i, name in enumerate(labels)}
        trans = np.zeros((len(labels), len(labels)), dtype=np.float32)
        for (a, b), w in info.transitions.items():
            trans[lab[a], lab[b]] = w
        attributes = sorted({a for a, _ in info.state_features})
        row = {a: i for i, a in enumerate(attributes)}
        weights = np.zeros((len(attributes), len(labels)), dtype=np.float32)
        for (a, label), w in info.state_features.items():
            weights[row[a], lab[label]] = w
        tagger.close()
        return cls(labels, trans, attributes, weights, word_attrs, offsets)

    def save(self, path: str | Path) -> None:
        """Save labels, attributes and weights to one compressed ``.npz`` file."""
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            attributes=np.array(self.attributes),
            transitions=self.transitions,
            weights=self.weights.astype(np.float16),
            offsets=np.array(self.offsets),
        )

    @classmethod
    def load(cls, path: str | Path, word_attrs: WordAttrs) -> DecomposedCRF:
        """Load a model saved by :meth:`save`.

        Raises:
            ModelError: missing or unreadable file.
        """
        try:
            with np.load(path, allow_pickle=False) as z:
                return cls(
                    [str(x) for x in z["labels"]],
                    z["transitions"],
                    [str(x) for x in z["attributes"]],
                    z["weights"].astype(np.float32),
                    word_attrs,
                    [int(x) for x in z["offsets"]],
                )
        except (OSError, KeyError, ValueError) as err:
            raise ModelError(f"cannot load CRF model {path}: {err}", code="M052") from None

    # -- scoring ----------------------------------------------------------
    def _word_emissions(self, word: str) -> FloatArray:
        """``(len(offsets), L)``: what ``word`` adds at each window offset."""
        got = self._cache.get(word)
        if got is not None:
            return got
        attrs = self.word_attrs(word)
        out = np.zeros((len(self.offsets), len(self.labels)), dtype=np.float32)
        row = self.row
        for k, prefix in enumerate(self._prefixes):
            rows = [r for a in attrs if (r := row.get(prefix + a)) is not None]
            if rows:
                out[k] = self.weights[rows].sum(axis=0)
        if len(self._cache) > 500_000:
            self._cache.clear()
        self._cache[word] = out
        return out

    def emissions(self, words: Sequence[str],
                  context: Sequence[Sequence[str]] | None = None) -> FloatArray:
        """``(n, L)`` state scores of a sentence."""
        n = len(words)
        n_labels = len(self.labels)
        if n == 0:
            return np.zeros((0, n_labels), dtype=np.float32)
        uniq: dict[str, int] = {PAD: 0}
        ids = np.fromiter((uniq.setdefault(w, len(uniq)) for w in words), dtype=np.intp, count=n)
        table = np.stack([self._word_emissions(w) for w in uniq])  # (U, K, L)
        padded = np.concatenate([np.zeros(8, dtype=np.intp), ids, np.zeros(8, dtype=np.intp)])
        em = np.zeros((n, n_labels), dtype=np.float32)
        for k, off in enumerate(self.offsets):
            em += table[padded[8 + off : 8 + off + n], k]
        if context is not None:
            row = self.row
            for i, attrs in enumerate(context):
                rows = [r for a in attrs if (r := row.get(a)) is not None]
                if rows:
                    em[i] += self.weights[rows].sum(axis=0)
        return em

    def viterbi_batch(self, emissions: Sequence[FloatArray]) -> list[list[int]]:
        """Best label ids for several sentences at once."""
        if not emissions:
            return []
        n_labels = len(self.labels)
        lengths = np.array([len(e) for e in emissions])
        batch, longest = len(emissions), int(lengths.max())
        if longest == 0:
            return [[] for _ in emissions]
        em = np.zeros((batch, longest, n_labels), dtype=np.float32)
        for b, e in enumerate(emissions):
            em[b, : len(e)] = e
        back = np.zeros((longest, batch, n_labels), dtype=np.intp)
        score = em[:, 0].copy()
        ident = np.broadcast_to(np.arange(n_labels), (batch, n_labels))
        for t in range(1, longest):
            cand = score[:, :, None] + self.transitions[None]
            best = cand.argmax(axis=1)
            new = np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0] + em[:, t]
            live = (t < lengths)[:, None]
            score = np.where(live, new, score)
            back[t] = np.where(live, best, ident)
        last = score.argmax(axis=1)
        paths = np.zeros((batch, longest), dtype=np.intp)
        paths[:, longest - 1] = last
        for t in range(longest - 1, 0, -1):
            paths[:, t - 1] = back[t][np.arange(batch), paths[:, t]]
        # For shorter sentences the identity back-pointers carried the final label down.
        return [paths[b, : lengths[b]].tolist() for b in range(batch)]

    def tag_sentences(
        self,
        sentences: Sequence[Sequence[str]],
        contexts: Sequence[Sequence[Sequence[str]]] | None = None,
    ) -> list[list[str]]:
        """Label every token of every sentence."""
        ems = [self.emissions(s, None if contexts is None else contexts[i])
               for i, s in enumerate(sentences)]
        names = self.labels
        return [[names[k] for k in path] for path in self.viterbi_batch(ems)]
