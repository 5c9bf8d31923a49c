"""Near-duplicate detection: MinHash signatures over word shingles, LSH for candidates.

The same wire story run by two outlets differs by a byline or a sentence; such
pairs are linked in ``near_duplicates`` (both documents are kept). A pair is
linked when LSH makes it a candidate and the signatures' estimated Jaccard
similarity reaches the threshold. Both tests are symmetric, so the set of
linked pairs does not depend on the order in which articles arrive.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from marsad.text import fold

NUM_PERM = 128
THRESHOLD = 0.8
SHINGLE = 3
SEED = 1
SCHEME = "affine32"  # datasketch 2.x default, named so stored signatures stay valid

_WORD = re.compile(r"\w+")


def signature(text: str) -> bytes:
    """The MinHash signature of ``text``'s folded word 3-shingles, as bytes."""
    words = _WORD.findall(fold(text).casefold())
    if len(words) < SHINGLE:
        shingles = {" ".join(words).encode("utf-8")}
    else:
        shingles = {" ".join(words[i:i + SHINGLE]).encode("utf-8")
                    for i in range(len(words) - SHINGLE + 1)}
    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    mh.update_batch(list(shingles))
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures."""
    va = np.frombuffer(a, dtype=np.uint64)
    vb = np.frombuffer(b, dtype=np.uint64)
    return float(np.count_nonzero(va == vb)) / len(va)


class NearDuplicates:
    """An in-memory LSH index over the signatures seen so far."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        self._sigs: dict[str, bytes] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def add(self, doc_id: str, sig: bytes) -> list[tuple[str, str, float]]:
        """Index a document; return its links ``(a, b, jaccard)`` (``a < b``) to earlier ones."""
        if doc_id in self._sigs:
            return []
        # LeanMinHash: the stored values without rebuilding the permutations.
        mh = LeanMinHash(seed=SEED, hashvalues=np.frombuffer(sig, dtype=np.uint64),
                         scheme=SCHEME)
        links = []
        for other in self._lsh.query(mh):
            j = similarity(sig, self._sigs[other])
            if j >= self.threshold:
                a, b = sorted((doc_id, other))
                links.append((a, b, j))
        self._lsh.insert(doc_id, mh)
        self._sigs[doc_id] = sig
        return sorted(links)

    def neighbours(self, doc_id: str) -> list[str]:
        """Indexed documents linked to ``doc_id`` (itself excluded), by id."""
        sig = self._sigs[doc_id]
        mh = LeanMinHash(seed=SEED, hashvalues=np.frombuffer(sig, dtype=np.uint64),
                         scheme=SCHEME)
        return sorted(o for o in self._lsh.query(mh)
                      if o != doc_id and similarity(sig, self._sigs[o]) >= self.threshold)
