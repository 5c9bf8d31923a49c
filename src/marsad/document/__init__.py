"""The data model: one Document with standoff annotation layers, and its JSON."""

from marsad.document.io import from_dict, from_json, to_dict, to_json
from marsad.document.model import LAYERS, SCHEMA_VERSION, Document, text_id
from marsad.document.spans import (
    LABELS,
    MODALITIES,
    PLOVER_TYPES,
    SPEAKER_KINDS,
    Entity,
    Event,
    EventDate,
    Failure,
    Mention,
    Modifier,
    Quote,
    Sentence,
    Span,
    Speaker,
    Token,
)

__all__ = [
    "LABELS", "LAYERS", "MODALITIES", "PLOVER_TYPES", "SCHEMA_VERSION", "SPEAKER_KINDS",
    "Document", "Entity", "Event", "EventDate", "Failure", "Mention", "Modifier", "Quote",
    "Sentence", "Span", "Speaker", "Token", "from_dict", "from_json", "text_id", "to_dict",
    "to_json",
]
