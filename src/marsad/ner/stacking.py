"""Second-stage (stacked) NER features: first-pass labels and their document-level consistency.

A name is usually written the same way throughout an article, and a CRF that
sees one sentence at a time tags it in one place and misses it in another.
The second stage sees, for every token, the label the first-pass model gave
it and its neighbours, and how the same word (its clitic-free gazetteer key)
was labelled elsewhere in the nearby sentences. Training uses first-pass
labels from cross-validation folds, so the features are as noisy in training
as they are at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.intp]

# Sentences on either side whose labels count as "elsewhere in the document"
# (ANERcorp has no document boundaries; an article is ~20-25 of its sentences).
WINDOW = 10

_SKIP_MIN = 2  # keys shorter than this (particles, punctuation) carry no name evidence


KINDS = ("LOC", "MISC", "O", "ORG", "PER")  # sorted: ties go to the first
OUTSIDE = KINDS.index("O")
EDGE = len(KINDS)  # the neighbour "kind" before the first / after the last token
NONE = -1


def kind_index(tag: str) -> int:
    """Index in :data:`KINDS` of a BIO tag's label type (``O`` for ``O``)."""
    return KINDS.index(tag[2:] if tag != "O" else "O")


def doc_codes(keys: Sequence[str], sents: Sequence[int], kinds: Sequence[int],
              window: int = WINDOW) -> tuple[IntArray, IntArray]:
    """Per token (all sentences flattened): the ``D`` and ``DM`` kinds, or :data:`NONE`.

    ``D`` is the entity kind the token's key most often got at its other
    occurrences within ``window`` sentences (ties: first in :data:`KINDS`),
    :data:`OUTSIDE` when all of them were ``O``; ``DM`` the same kind when
    those entity readings outnumber the ``O`` readings. Computed with sorted
    arrays and running counts, so a document costs a few array operations.
    """
    n = len(keys)
    d = np.full(n, NONE, np.intp)
    dm = np.full(n, NONE, np.intp)
    ids: dict[str, int] = {}
    kid = np.array([ids.setdefault(k, len(ids)) if len(k) >= _SKIP_MIN and k[0].isalpha()
                    else NONE for k in keys], dtype=np.int64)
    idx = np.nonzero(kid >= 0)[0]
    if not len(idx):
        return d, dm
    sent = np.asarray(sents, dtype=np.int64)[idx]
    kind = np.asarray(kinds, dtype=np.intp)[idx]
    span = int(sent.max()) + 2 * window + 2  # keys never meet across this gap
    code = kid[idx] * span + sent
    order = np.argsort(code, kind="stable")
    code, kind, idx = code[order], kind[order], idx[order]
    one = np.eye(len(KINDS), dtype=np.int64)[kind]
    run = np.zeros((len(idx) + 1, len(KINDS)), np.int64)
    np.cumsum(one, axis=0, out=run[1:])
    lo = np.searchsorted(code, code - window, "left")
    hi = np.searchsorted(code, code + window, "right")
    counts = run[hi] - run[lo] - one  # not the token itself
    outside = counts[:, OUTSIDE].copy()
    counts[:, OUTSIDE] = 0
    best = counts.argmax(axis=1)
    top = counts[np.arange(len(idx)), best]
    d[idx] = np.where(top > 0, best, np.where(outside > 0, OUTSIDE, NONE))
    dm[idx] = np.where((top > 0) & (top > outside), best, NONE)
    return d, dm


def doc_attrs(sentences: Sequence[Sequence[str]], first: Sequence[Sequence[str]],
              key: Callable[[str], str], window: int = WINDOW) -> list[list[list[str]]]:
    """Per sentence, per token: the stacked context attributes (for training).

    Args:
        sentences: token texts per sentence (in document order).
        first: first-pass BIO tags of the same tokens.
        key: the clitic-free matching key of a word.
        window: sentences on either side that count as the document.

    Returns:
        ``P=`` own first-pass tag, ``Pp=``/``Pn=`` the neighbours' first-pass
        label types (``BOS``/``EOS`` at the edges), ``D=`` the most frequent
        entity type the same key got elsewhere within the window (``D=O``
        when it was never an entity there), ``DM=`` that type when it
        outnumbers the ``O`` readings (see :func:`doc_codes`).
    """
    keys = [key(w) for words in sentences for w in words]
    sents = [s for s, words in enumerate(sentences) for _ in words]
    kinds = [kind_index(t) for tags in first for t in tags]
    d, dm = doc_codes(keys, sents, kinds, window)
    out: list[list[list[str]]] = []
    i = 0
    for tags in first:
        n = len(tags)
        sent: list[list[str]] = []
        for t in range(n):
            attrs = [f"P={tags[t]}",
                     f"Pp={KINDS[kinds[i - 1]] if t > 0 else 'BOS'}",
                     f"Pn={KINDS[kinds[i + 1]] if t + 1 < n else 'EOS'}"]
            if d[i] != NONE:
                attrs.append(f"D={KINDS[d[i]]}")
            if dm[i] != NONE:
                attrs.append(f"DM={KINDS[dm[i]]}")
            sent.append(attrs)
            i += 1
        out.append(sent)
    return out
