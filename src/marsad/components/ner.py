"""The NER component: tags each sentence's tokens and writes ``mentions``.

Spans follow ``shared/spec/entities.md``: a leading conjunction or preposition
clitic (``وواشنطن``, ``لروسيا``) is left outside the mention; offsets point into
the original text.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from marsad.document import Document, Mention, Token
from marsad.errors import ConfigError
from marsad.evaluation.ner import bio_chunks
from marsad.ner.model import NERModel
from marsad.pipeline.registry import register

# Sentences longer than this are tagged in pieces: the CRF's Viterbi runs in
# steps of the longest sentence, and a run-on "sentence" (a list, a table)
# would make one article slow. Pieces break at the nearest punctuation mark.
MAX_SENTENCE_TOKENS = 120


def sentence_groups(doc: Document) -> list[list[Token]]:
    """The document's tokens grouped by sentence (tokens outside sentences alone)."""
    tokens = doc.tokens
    if not doc.sentences:
        return [list(tokens)] if tokens else []
    groups: list[list[Token]] = []
    current: list[Token] = []
    bounds = iter(doc.sentences)
    sent = next(bounds, None)
    for tok in tokens:
        while sent is not None and tok.start >= sent.end:
            if current:
                groups.append(current)
                current = []
            sent = next(bounds, None)
        current.append(tok)
    if current:
        groups.append(current)
    return groups


def _pieces(group: list[Token], limit: int) -> list[list[Token]]:
    """Cut a long token list before ``limit`` tokens, preferably after punctuation."""
    out: list[list[Token]] = []
    while len(group) > limit:
        cut = limit
        for k in range(limit - 1, limit // 2, -1):
            if not group[k].text[:1].isalnum():
                cut = k + 1
                break
        out.append(group[:cut])
        group = group[cut:]
    out.append(group)
    return out


class NERTagger:
    """Fills ``mentions`` (PER, ORG, LOC, MISC) with a CRF over the tokens.

    Args:
        name: the component's name in the pipeline.
        model: a loaded :class:`NERModel` (default: the shipped one).
    """

    requires: tuple[str, ...] = ("sentences", "tokens")
    assigns: tuple[str, ...] = ("mentions",)

    def __init__(self, name: str = "ner", model: NERModel | None = None) -> None:
        self.name = name
        self.model = model if model is not None else NERModel.load()

    def find(self, text: str, groups: Sequence[Sequence[Token]]) -> list[tuple[int, int, str]]:
        """``(start, end, label)`` of every mention (pure: writes nothing)."""
        pieces = [p for g in groups for p in _pieces(list(g), MAX_SENTENCE_TOKENS)]
        tags = self.model.tag([[t.text for t in p] for p in pieces])
        clitic_length = self.model.features.clitic_length
        found: list[tuple[int, int, str]] = []
        for piece, seq in zip(pieces, tags, strict=True):
            for a, b, label in bio_chunks(seq):
                first = piece[a]
                cut = clitic_length(first.text)
                start = first.start + cut if cut < len(first.text) else first.start
                found.append((start, piece[b - 1].end, label))
        return found

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        found = self.find(text, sentence_groups(doc))
        doc.mentions = [Mention(a, b, text[a:b], id=f"m{k}", label=label, component=self.name)
                        for k, (a, b, label) in enumerate(found, 1)]
        return doc


@register("marsad.ner.v1")
def make_ner(name: str, settings: dict[str, Any]) -> NERTagger:
    """Factory for :class:`NERTagger`; setting ``model`` is a model folder (default: shipped)."""
    unknown = sorted(set(settings) - {"model"})
    if unknown:
        raise ConfigError(f"[components.{name}] unknown settings {unknown}", code="M025")
    folder = settings.get("model")
    if folder is not None and not isinstance(folder, str):
        raise ConfigError(f"[components.{name}] model must be a path string", code="M025")
    return NERTagger(name, NERModel.load(Path(folder)) if folder else None)
