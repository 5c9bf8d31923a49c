"""The NER component: tags each sentence's tokens and writes ``mentions``.

Spans follow ``shared/spec/entities.md``: a leading conjunction or preposition
clitic (``وواشنطن``, ``لروسيا``) is left outside the mention; offsets point into
the original text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from marsad.document import Document, Mention, Token
from marsad.errors import ConfigError
from marsad.evaluation.ner import bio_chunks
from marsad.ner.model import NERModel
from marsad.pipeline.registry import register


def sentence_groups(doc: Document) -> list[list[Token]]:
    """The document's tokens grouped by sentence (tokens outside sentences join the next)."""
    tokens = doc.tokens
    if not doc.sentences:
        return [list(tokens)] if tokens else []
    starts = [t.start for t in tokens]
    groups: list[list[Token]] = []
    lo = 0
    for sent in doc.sentences:
        hi = bisect_left(starts, sent.end, lo)
        if hi > lo:
            groups.append(tokens[lo:hi])
            lo = hi
    if lo < len(tokens):
        groups.append(tokens[lo:])
    return groups


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

    def find(self, groups: Sequence[Sequence[Token]]) -> list[tuple[int, int, str]]:
        """``(start, end, label)`` of every mention in sentences of tokens (pure)."""
        tags = self.model.tag([[t.text for t in g] for g in groups])
        clitic_length = self.model.features.clitic_length
        found: list[tuple[int, int, str]] = []
        for group, seq in zip(groups, tags, strict=True):
            if seq.count("O") == len(seq):
                continue
            for a, b, label in bio_chunks(seq):
                first = group[a]
                # A leading conjunction/preposition clitic stays outside the span.
                cut = clitic_length(first.text)
                start = first.start + cut if cut < len(first.text) else first.start
                found.append((start, group[b - 1].end, label))
        return found

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        found = self.find(sentence_groups(doc))
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
