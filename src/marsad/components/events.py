"""The events component: PLOVER events with modality, source and arguments."""

from __future__ import annotations

from typing import Any

from marsad.document import Document
from marsad.errors import ConfigError
from marsad.events.coder import code_events
from marsad.events.lexicon import Lexicon, default_lexicon
from marsad.pipeline.registry import register


class EventCoder:
    """Fills ``events`` from tokens and sentences; uses mentions, entities and quotes if present."""

    requires: tuple[str, ...] = ("sentences", "tokens")
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, name: str = "events", *, lexicon: Lexicon | None = None,
                 merge: bool = True) -> None:
        self.name = name
        self.lexicon = lexicon or default_lexicon()
        self.merge = merge

    def __call__(self, doc: Document) -> Document:
        doc.events = code_events(doc, self.lexicon, merge=self.merge, component=self.name)
        return doc


@register("marsad.events.v1")
def make_events(name: str, settings: dict[str, Any]) -> EventCoder:
    """Factory for :class:`EventCoder`. Settings: ``lexicon`` (path), ``merge`` (bool)."""
    unknown = set(settings) - {"lexicon", "merge"}
    if unknown:
        raise ConfigError(f"[components.{name}] unknown settings {sorted(unknown)}", code="M025")
    merge = settings.get("merge", True)
    if not isinstance(merge, bool):
        raise ConfigError(f"[components.{name}] merge must be true or false", code="M025")
    path = settings.get("lexicon")
    if path is not None and not isinstance(path, str):
        raise ConfigError(f"[components.{name}] lexicon must be a path", code="M025")
    return EventCoder(name, lexicon=Lexicon.from_file(path) if path else None, merge=merge)
