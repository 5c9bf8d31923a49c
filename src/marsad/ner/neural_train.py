"""Training the hybrid NER model (sparse linear + dense MLP emissions, CRF loss) with PyTorch.

Training only: PyTorch is not needed to tag. The trained weights become a
:class:`marsad.crf.DecomposedCRF` (sparse part and transitions) and a
:class:`marsad.ner.neural.DenseEmissions` (the MLP over word vectors).
"""

from __future__ import annotations

import logging
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from marsad.crf import DecomposedCRF
from marsad.errors import ModelError
from marsad.evaluation.ner import score_ner
from marsad.ner.features import OFFSETS, Features
from marsad.ner.io import Sentence
from marsad.ner.neural import DenseEmissions, FloatArray, hybrid_tag

log = logging.getLogger(__name__)

BIO_LABELS: tuple[str, ...] = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC",
                               "B-MISC", "I-MISC")


@dataclass(frozen=True, slots=True)
class HybridSettings:
    """Hyper-parameters of the hybrid model."""

    hidden: int = 128
    epochs: int = 12
    batch: int = 32
    lr: float = 2e-3
    lr_sparse: float = 2e-2
    dropout: float = 0.5
    min_count: int = 2
    l2_sparse: float = 1e-6
    seed: int = 13
    threads: int = 1


def _encode(sentences: Sequence[Sentence], features: Features, dense: DenseEmissions,
            vocab: dict[str, int]) -> list[tuple[Any, ...]]:
    """Per sentence: flat attribute ids, bag offsets, word-vector ids, tag ids."""
    import torch

    lab = {t: i for i, t in enumerate(BIO_LABELS)}
    pad = max(abs(o) for o in OFFSETS)
    out: list[tuple[Any, ...]] = []
    for words, tags in sentences:
        flat: list[int] = []
        offs: list[int] = []
        for attrs in features.training_attrs(words):
            offs.append(len(flat))
            flat.extend(i for a in attrs if (i := vocab.get(a)) is not None)
        ids = [(0, 0)] * pad + [dense.word_ids(w) for w in words] + [(0, 0)] * pad
        n = len(words)
        wid = [[ids[pad + i + o] for o in OFFSETS] for i in range(n)]
        out.append((torch.tensor(flat, dtype=torch.long), torch.tensor(offs, dtype=torch.long),
                    torch.tensor(wid, dtype=torch.long).reshape(n, -1),
                    torch.tensor([lab[t] for t in tags], dtype=torch.long)))
    return out


def train_hybrid(train: Sequence[Sentence], features: Features, words: Sequence[str],
                 vectors: FloatArray, settings: HybridSettings = HybridSettings(),
                 dev: Sequence[Sentence] = (),
                 report: Callable[[str], None] | None = None
                 ) -> tuple[DecomposedCRF, DenseEmissions]:
    """Train on ``train``; with ``dev``, report its F1 after each epoch.

    Raises:
        ModelError: PyTorch is missing or there is nothing to train on.
    """
    try:
        import torch
        from torch import nn
    except ImportError:
        raise ModelError("training the hybrid NER model needs PyTorch "
                         "(pip install marsad[train])", code="M054") from None
    if not train:
        raise ModelError("no training sentences", code="M055")
    torch.manual_seed(settings.seed)
    torch.set_num_threads(settings.threads)
    rng = random.Random(settings.seed)
    n_lab = len(BIO_LABELS)
    k = len(OFFSETS)
    d = vectors.shape[1]
    h = settings.hidden

    counts: Counter[str] = Counter()
    for ws, _ in train:
        for attrs in features.training_attrs(ws):
            counts.update(attrs)
    attributes = sorted(a for a, c in counts.items() if c >= settings.min_count)
    vocab = {a: i for i, a in enumerate(attributes)}
    # A throw-away dense part gives the word-vector ids used in training.
    dummy = DenseEmissions(words, vectors, np.zeros((2 * d, k * h), np.float32),
                           np.zeros(h, np.float32), np.zeros((h, n_lab), np.float32),
                           np.zeros(n_lab, np.float32), OFFSETS, features.split)
    data = _encode(train, features, dummy, vocab)
    report = report or log.info
    report(f"{len(attributes)} attributes, {len(data)} sentences")

    table = torch.tensor(dummy.vectors, dtype=torch.float32)
    sparse = nn.EmbeddingBag(len(attributes), n_lab, mode="sum")
    nn.init.zeros_(sparse.weight)
    proj = nn.Linear(k * 2 * d, h)
    out = nn.Linear(h, n_lab)
    trans = nn.Parameter(torch.zeros(n_lab, n_lab))
    drop = nn.Dropout(settings.dropout)
    opt = torch.optim.Adam([
        {"params": [sparse.weight], "lr": settings.lr_sparse},
        {"params": [*proj.parameters(), *out.parameters(), trans], "lr": settings.lr},
    ])

    def emissions(batch: Sequence[tuple[Any, ...]], train_mode: bool) -> Any:
        flat = torch.cat([b[0] for b in batch])
        offs, shift = [], 0
        for b in batch:
            offs.append(b[1] + shift)
            shift += len(b[0])
        lin = sparse(flat, torch.cat(offs))
        wid = torch.cat([b[2] for b in batch])
        x = table[wid].reshape(len(wid), -1)
        if train_mode:
            x = drop(x)
        hid = torch.relu(proj(x))
        if train_mode:
            hid = drop(hid)
        return lin + out(hid)

    def crf_loss(em: Any, batch: Sequence[tuple[Any, ...]]) -> Any:
        lengths = [len(b[3]) for b in batch]
        longest = max(lengths)
        bsz = len(batch)
        e = torch.zeros(bsz, longest, n_lab)
        tags = torch.zeros(bsz, longest, dtype=torch.long)
        mask = torch.zeros(bsz, longest, dtype=torch.bool)
        pos = 0
        for i, n in enumerate(lengths):
            e[i, :n] = em[pos : pos + n]
            tags[i, :n] = batch[i][3]
            mask[i, :n] = True
            pos += n
        gold = e.gather(2, tags.unsqueeze(2)).squeeze(2).masked_fill(~mask, 0).sum(1)
        step = trans[tags[:, :-1], tags[:, 1:]].masked_fill(~mask[:, 1:], 0).sum(1)
        alpha = e[:, 0]
        for t in range(1, longest):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + trans.unsqueeze(0), dim=1) + e[:, t]
            alpha = torch.where(mask[:, t].unsqueeze(1), nxt, alpha)
        return (torch.logsumexp(alpha, 1) - gold - step).mean()

    def export() -> tuple[DecomposedCRF, DenseEmissions]:
        w = sparse.weight.detach().numpy().astype(np.float32)
        keep = np.abs(w).max(axis=1) > 1e-3
        crf = DecomposedCRF(BIO_LABELS, trans.detach().numpy(),
                            [a for a, kept in zip(attributes, keep, strict=True) if kept],
                            w[keep], features.word_attrs, OFFSETS)
        pw = proj.weight.detach().numpy().T  # (k*2d, h), offset-major input blocks
        proj_rt = np.concatenate([pw[i * 2 * d : (i + 1) * 2 * d] for i in range(k)], axis=1)
        dense = DenseEmissions(words, vectors, proj_rt, proj.bias.detach().numpy(),
                               out.weight.detach().numpy().T, out.bias.detach().numpy(),
                               OFFSETS, features.split)
        return crf, dense

    order = list(range(len(data)))
    for epoch in range(settings.epochs):
        started = time.perf_counter()
        rng.shuffle(order)
        total = 0.0
        for s in range(0, len(order), settings.batch):
            batch = [data[i] for i in order[s : s + settings.batch]]
            loss = crf_loss(emissions(batch, True), batch)
            if settings.l2_sparse:
                loss = loss + settings.l2_sparse * sparse.weight.pow(2).sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach())
        msg = f"epoch {epoch + 1}: loss {total:.1f} ({time.perf_counter() - started:.0f} s)"
        if dev:
            crf, dense = export()
            pred = hybrid_tag(crf, dense, [w for w, _ in dev],
                              [features.context(w) for w, _ in dev])
            sc = score_ner([t for _, t in dev], pred)
            msg += f" dev F1 {sc.micro.f1:.4f} " + " ".join(
                f"{lab} {p.f1:.3f}" for lab, p in sorted(sc.per_label.items()))
        report(msg)
    return export()
