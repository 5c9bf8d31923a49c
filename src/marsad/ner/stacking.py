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

from collections import defaultdict
from collections.abc import Callable, Sequence

# Sentences on either side whose labels count as "elsewhere in the document"
# (ANERcorp has no document boundaries; an article is ~20-25 of its sentences).
WINDOW = 10

_SKIP_MIN = 2  # keys shorter than this (particles, punctuation) carry no name evidence


def _kind(tag: str) -> str:
    return tag[2:] if tag != "O" else "O"


def doc_attrs(sentences: Sequence[Sequence[str]], first: Sequence[Sequence[str]],
              key: Callable[[str], str], window: int = WINDOW) -> list[list[list[str]]]:
    """Per sentence, per token: the stacked context attributes.

    Args:
        sentences: token texts per sentence (in document order).
        first: first-pass BIO tags of the same tokens.
        key: the clitic-free matching key of a word.
        window: sentences on either side that count as the document.

    Returns:
        ``P=`` own first-pass tag, ``Pp=``/``Pn=`` the neighbours' first-pass
        label types, ``D=`` the most frequent entity type the same key got
        elsewhere within the window (``D=O`` when it was never an entity
        there), ``DM=`` that type when it outnumbers the ``O`` readings.
    """
    keys = [[key(w) for w in words] for words in sentences]
    # key -> [(sentence, token, kind)] of its occurrences
    where: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for s, (ks, tags) in enumerate(zip(keys, first, strict=True)):
        for t, (k, tag) in enumerate(zip(ks, tags, strict=True)):
            if len(k) >= _SKIP_MIN and k[0].isalpha():
                where[k].append((s, t, _kind(tag)))
    out: list[list[list[str]]] = []
    for s, (ks, tags) in enumerate(zip(keys, first, strict=True)):
        n = len(ks)
        sent: list[list[str]] = []
        for t in range(n):
            attrs = [f"P={tags[t]}"]
            attrs.append(f"Pp={_kind(tags[t - 1]) if t > 0 else 'BOS'}")
            attrs.append(f"Pn={_kind(tags[t + 1]) if t + 1 < n else 'EOS'}")
            occ = where.get(ks[t])
            if occ is not None and len(occ) > 1:
                counts: dict[str, int] = {}
                for s2, t2, kind in occ:
                    if (s2 != s or t2 != t) and abs(s2 - s) <= window:
                        counts[kind] = counts.get(kind, 0) + 1
                if counts:
                    outside = counts.pop("O", 0)
                    if counts:
                        best = max(sorted(counts), key=counts.__getitem__)
                        attrs.append(f"D={best}")
                        if counts[best] > outside:
                            attrs.append(f"DM={best}")
                    else:
                        attrs.append("D=O")
            sent.append(attrs)
        out.append(sent)
    return out
