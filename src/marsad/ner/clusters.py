"""Word clusters learnt from unlabelled news: word2vec, then k-means at several sizes.

The NER tagger uses a word's cluster ids as features so that words it never
saw in its small labelled corpus still share weights with similar words. The
clusters are trained on SaudiNewsNet (folded tokens), and only the ids of the
most frequent words are shipped (a small gzip TSV: ``word<TAB>id<TAB>id...``).
"""

from __future__ import annotations

import gzip
import json
import logging
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import ModelError
from marsad.text import fold, tokenize_spans

log = logging.getLogger(__name__)

DEFAULT_SIZES: tuple[int, ...] = (64, 256, 1024)


@dataclass(frozen=True, slots=True)
class ClusterSettings:
    """How clusters are trained."""

    vector_size: int = 100
    window: int = 5
    min_count: int = 5
    epochs: int = 5
    skip_gram: bool = True  # dev F1 0.7101 vs 0.7065 with CBOW (ANERcorp train split)
    sizes: tuple[int, ...] = DEFAULT_SIZES
    top_words: int = 100_000
    seed: int = 13


def iter_saudinewsnet(folder: Path) -> Iterator[str]:
    """Article texts of the SaudiNewsNet zips in ``folder``, in a fixed order."""
    zips = sorted(folder.glob("*.zip"))
    if not zips:
        raise ModelError(f"no SaudiNewsNet zips in {folder}", code="M053")
    for zpath in zips:
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(zf.namelist()):
                if not name.endswith(".json"):
                    continue
                data = json.loads(zf.read(name))
                for art in data if isinstance(data, list) else [data]:
                    text = art.get("content") or ""
                    if text.strip():
                        yield text


def corpus_tokens(texts: Iterable[str]) -> list[list[str]]:
    """Folded tokens of every text (one list per text)."""
    out: list[list[str]] = []
    for text in texts:
        folded = fold(text)
        out.append([folded[a:b] for a, b in tokenize_spans(folded)])
    return out


def _stable_hash(s: str) -> int:
    # gensim seeds each vector from hash(word); Python's str hash changes per
    # process, so a CRC keeps training reproducible.
    return zlib.crc32(s.encode("utf-8"))


def train_clusters(sentences: Sequence[Sequence[str]],
                   settings: ClusterSettings = ClusterSettings()) -> dict[str, tuple[int, ...]]:
    """word2vec on ``sentences``, then MiniBatchKMeans at each of ``settings.sizes``.

    Returns:
        The cluster ids of the ``top_words`` most frequent words.
    """
    import numpy as np
    from gensim.models import Word2Vec
    from sklearn.cluster import MiniBatchKMeans

    model = Word2Vec(
        sentences=sentences, vector_size=settings.vector_size, window=settings.window,
        min_count=settings.min_count, workers=1, epochs=settings.epochs, seed=settings.seed,
        hashfxn=_stable_hash, sg=int(settings.skip_gram),
    )
    words = list(model.wv.index_to_key[: settings.top_words])
    vecs = np.asarray(model.wv[words], dtype=np.float64)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    ids: list[list[int]] = [[] for _ in words]
    for k in settings.sizes:
        km = MiniBatchKMeans(n_clusters=k, random_state=settings.seed, batch_size=4096,
                             n_init=3, max_iter=100)
        labels = km.fit_predict(vecs)
        for i, lab in enumerate(labels):
            ids[i].append(int(lab))
        log.info("k-means %d done", k)
    return {w: tuple(c) for w, c in zip(words, ids, strict=True)}


def save_clusters(clusters: dict[str, tuple[int, ...]], path: Path) -> None:
    """Write the clusters as a gzip TSV (deterministic bytes: no timestamp)."""
    lines = "".join(w + "\t" + "\t".join(map(str, c)) + "\n" for w, c in clusters.items())
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(lines.encode("utf-8"))


def load_clusters(path: Path) -> dict[str, tuple[str, ...]]:
    """Read a cluster file: word -> its ids as strings (ready for features).

    Raises:
        ModelError: missing or malformed file.
    """
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            out: dict[str, tuple[str, ...]] = {}
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                out[parts[0]] = tuple(parts[1:])
            return out
    except (OSError, EOFError, IndexError) as err:
        raise ModelError(f"cannot read word clusters {path}: {err}", code="M052") from None


def build_clusters(saudinewsnet: Path, out: Path,
                   settings: ClusterSettings = ClusterSettings()) -> dict[str, tuple[int, ...]]:
    """Tokenize SaudiNewsNet, train clusters, and save them to ``out``."""
    sentences = corpus_tokens(iter_saudinewsnet(saudinewsnet))
    clusters = train_clusters(sentences, settings)
    save_clusters(clusters, out)
    return clusters
