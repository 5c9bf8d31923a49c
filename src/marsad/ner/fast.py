"""Fast CRF scoring for whole documents: one emission pass and a batched, short Viterbi.

:class:`marsad.crf.DecomposedCRF` scores one sentence at a time. Here all
sentences of a document are laid end to end (with padding between them, so
no window reaches into the next sentence) and scored with a handful of array
operations over a persistent per-word emission table. Long sentences are
decoded in pieces cut after punctuation or a token whose emissions clearly
say ``O`` (the emissions still see the whole sentence), which bounds the
Viterbi's sequential steps.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from marsad.crf import PAD, DecomposedCRF

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.intp]

_BANNED = -1e4
MAX_PIECE = 40
_CACHE_LIMIT = 300_000


class FastCRF:
    """Document-level scoring of a :class:`DecomposedCRF` with BIO-valid decoding."""

    def __init__(self, crf: DecomposedCRF) -> None:
        self.crf = crf
        self.labels = list(crf.labels)
        self.offsets = tuple(crf.offsets)
        self.pad = max(abs(o) for o in self.offsets)
        n_lab = len(self.labels)
        self.outside = self.labels.index("O") if "O" in self.labels else 0
        # Only valid BIO: no I-X after O or after another label, none first.
        trans = crf.transitions.astype(np.float32).copy()
        for j, to in enumerate(self.labels):
            if to.startswith("I-"):
                for i, frm in enumerate(self.labels):
                    if frm[2:] != to[2:]:
                        trans[i, j] += _BANNED
        self.transitions = trans
        self.start = np.array([_BANNED if lab.startswith("I-") else 0.0 for lab in self.labels],
                              dtype=np.float32)
        # attribute -> its summed (offset, label) weights, so a new word costs one
        # dict lookup per attribute and one array sum, not one lookup per offset.
        index = {f"{off}|": k for k, off in enumerate(self.offsets)}
        attr_id: dict[str, int] = {}
        at_a: list[int] = []
        at_k: list[int] = []
        at_r: list[int] = []
        for name, r in crf.row.items():
            prefix, bar, attr = name.partition("|")
            if bar and prefix + "|" in index:
                at_a.append(attr_id.setdefault(attr, len(attr_id)))
                at_k.append(index[prefix + "|"])
                at_r.append(r)
        # The last matrix is zeros: every word's sum includes it (see _fill).
        mats = np.zeros((len(attr_id) + 1, len(self.offsets), n_lab), np.float32)
        if at_r:
            np.add.at(mats, (np.array(at_a, np.intp), np.array(at_k, np.intp)),
                      crf.weights[np.array(at_r, np.intp)].astype(np.float32))
        self._attr_id = attr_id
        self._mats = mats
        # Replaceable, so two stages can share one word's attributes (NERModel).
        self.word_attrs: Callable[[str], Sequence[str]] = crf.word_attrs
        self._rows: dict[str, int] = {PAD: 0}
        self._table = np.zeros((4096, len(self.offsets), n_lab), np.float32)
        self._table[0] = self._word(PAD)

    def _word(self, word: str) -> FloatArray:
        """``(K, L)``: what ``word`` adds at each window offset."""
        get = self._attr_id.get
        ids = [i for i in (get(a) for a in self.word_attrs(word)) if i is not None]
        if not ids:
            return np.zeros((len(self.offsets), len(self.labels)), np.float32)
        out: FloatArray = self._mats[ids].sum(axis=0)
        return out

    def _fill(self, words: Sequence[str], first: int) -> None:
        """Write the table rows ``first, first + 1, ...`` of new ``words`` in one array sum."""
        end = first + len(words)
        if end > len(self._table):
            size = len(self._table)
            while size < end:
                size *= 2
            grown = np.zeros((size, *self._table.shape[1:]), np.float32)
            grown[:first] = self._table[:first]
            self._table = grown
        get = self._attr_id.get
        zero = len(self._mats) - 1
        flat: list[int] = []
        starts: list[int] = []
        for w in words:
            starts.append(len(flat))
            flat.extend([i for i in (get(a) for a in self.word_attrs(w)) if i is not None])
            flat.append(zero)  # no word sums nothing, even one without known attributes
        self._table[first:end] = np.add.reduceat(self._mats[flat], starts, axis=0)

    def _ids(self, words: Sequence[str]) -> IntArray:
        rows = self._rows
        if len(rows) > _CACHE_LIMIT:
            rows.clear()
            rows[PAD] = 0
        got = [rows.get(w, -1) for w in words]
        if -1 in got:
            first = len(rows)
            new: list[str] = []
            for k, w in enumerate(words):
                if got[k] == -1:
                    r = rows.get(w, -1)
                    if r == -1:
                        r = rows[w] = len(rows)
                        new.append(w)
                    got[k] = r
            if new:
                self._fill(new, first)
        return np.array(got, dtype=np.intp)

    def emissions(self, sentences: Sequence[Sequence[str]],
                  context: Callable[[Sequence[str]], Sequence[tuple[int, Sequence[str]]]]
                  | None = None, add: FloatArray | None = None) -> list[FloatArray]:
        """``(n, L)`` emission scores of every sentence, in one pass.

        Args:
            sentences: token texts per sentence.
            context: gives the sparse per-token context attributes of the
                padded, concatenated token sequence (``(index, attrs)`` pairs).
            add: ``(tokens, L)`` scores added to the tokens of all sentences
                in order (a second stage's dense per-token attributes).
        """
        pad = self.pad
        seq: list[str] = [PAD] * pad
        starts: list[int] = []
        for s in sentences:
            starts.append(len(seq))
            seq.extend(s)
            seq.extend([PAD] * pad)
        ids = self._ids(seq)
        n = len(seq)
        table = self._table
        em = np.zeros((n, len(self.labels)), np.float32)
        for k, off in enumerate(self.offsets):
            lo, hi = max(0, off), n + min(0, off)
            em[lo - off : hi - off] += table[ids[lo:hi], k]
        if context is not None:
            row = self.crf.row
            at: list[int] = []
            rows: list[int] = []
            for i, attrs in context(seq):
                for x in attrs:
                    r = row.get(x)
                    if r is not None:
                        at.append(i)
                        rows.append(r)
            if rows:
                np.add.at(em, np.array(at, dtype=np.intp), self.crf.weights[rows])
        out = [em[a : a + len(s)] for a, s in zip(starts, sentences, strict=True)]
        if add is not None:
            done = 0
            for part in out:
                part += add[done : done + len(part)]
                done += len(part)
        return out

    def _cuts(self, em: FloatArray, words: Sequence[str]) -> list[int]:
        """Piece boundaries of a sentence (start offsets, then its length)."""
        n = len(em)
        bounds = [0]
        if n <= MAX_PIECE:
            return [0, n]
        best = em.argmax(axis=1)
        s = 0
        while n - s > MAX_PIECE:
            cut = s + MAX_PIECE
            for j in range(s + MAX_PIECE - 1, s + MAX_PIECE // 2, -1):
                if best[j] == self.outside and (not words[j][:1].isalnum() or
                                                best[j + 1] == self.outside):
                    cut = j + 1
                    break
            bounds.append(cut)
            s = cut
        bounds.append(n)
        return bounds

    def viterbi(self, pieces: Sequence[FloatArray]) -> list[IntArray]:
        """Best label ids of each piece, all pieces decoded together."""
        if not pieces:
            return []
        n_lab = len(self.labels)
        order = sorted(range(len(pieces)), key=lambda i: -len(pieces[i]))
        lengths = np.array([len(pieces[i]) for i in order])
        batch, longest = len(pieces), int(lengths[0])
        out: list[IntArray] = [np.zeros(0, np.intp)] * batch
        if longest == 0:
            return out
        em = np.zeros((batch, longest, n_lab), np.float32)
        for b, i in enumerate(order):
            em[b, : len(pieces[i])] = pieces[i]
        # alive[t]: how many pieces are longer than t (pieces are sorted longest first).
        alive = (lengths[None, :] > np.arange(longest)[:, None]).sum(axis=1)
        # Finished pieces keep identity back-pointers, carrying their last label down.
        back = np.empty((longest, batch, n_lab), np.intp)
        back[:] = np.arange(n_lab)
        score = em[:, 0] + self.start
        trans = self.transitions
        for t in range(1, longest):
            m = int(alive[t])
            cand = score[:m, :, None] + trans
            back[t, :m] = cand.argmax(axis=1)
            score[:m] = cand.max(axis=1) + em[:m, t]
        paths = np.zeros((batch, longest), np.intp)
        paths[:, -1] = score.argmax(axis=1)
        rows = np.arange(batch)
        for t in range(longest - 1, 0, -1):
            paths[:, t - 1] = back[t, rows, paths[:, t]]
        for b, i in enumerate(order):
            out[i] = paths[b, : int(lengths[b])]
        return out

    def tag(self, sentences: Sequence[Sequence[str]],
            context: Callable[[Sequence[str]], Sequence[tuple[int, Sequence[str]]]]
            | None = None, add: FloatArray | None = None) -> list[list[str]]:
        """BIO labels of every token of every sentence (``add``: see :meth:`emissions`)."""
        ems = self.emissions(sentences, context, add)
        pieces: list[FloatArray] = []
        spans: list[list[int]] = []
        for em, words in zip(ems, sentences, strict=True):
            cuts = self._cuts(em, words)
            spans.append(cuts)
            pieces.extend(em[a:b] for a, b in itertools.pairwise(cuts))
        paths = self.viterbi(pieces)
        names = self.labels
        out: list[list[str]] = []
        k = 0
        for cuts in spans:
            labels: list[str] = []
            for _ in range(len(cuts) - 1):
                labels.extend(names[j] for j in paths[k].tolist())
                k += 1
            out.append(labels)
        return out
