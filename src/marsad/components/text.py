"""The text component: sentences and tokens with offsets into the original."""

from __future__ import annotations

from typing import Any

from marsad.document import Document, Sentence, Token
from marsad.errors import ConfigError
from marsad.pipeline.registry import register
from marsad.text import sentence_spans, tokenize_spans


class TextSegmenter:
    """Fills ``sentences`` and ``tokens``."""

    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("sentences", "tokens")

    def __init__(self, name: str = "text") -> None:
        self.name = name

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        doc.sentences = [Sentence(a, b, text[a:b]) for a, b in sentence_spans(text)]
        doc.tokens = [Token(a, b, text[a:b]) for a, b in tokenize_spans(text)]
        return doc


@register("marsad.text.v1")
def make_text(name: str, settings: dict[str, Any]) -> TextSegmenter:
    """Factory for :class:`TextSegmenter` (takes no settings)."""
    if settings:
        raise ConfigError(f"[components.{name}] takes no settings, got {sorted(settings)}",
                          code="M025")
    return TextSegmenter(name)
