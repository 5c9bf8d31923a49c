"""Frozen annotation types. Every span satisfies ``doc.text[start:end] == text``.

A span's own constructor checks what it can alone (order, length); the
:class:`~marsad.document.model.Document` checks every span against its text
when it is built or loaded, so no document with a stray offset exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from marsad.errors import DocumentError

Label = Literal["PER", "ORG", "LOC", "MISC"]
LABELS: tuple[str, ...] = ("PER", "ORG", "LOC", "MISC")
QuoteKind = Literal["direct", "indirect"]
SpeakerKind = Literal["person", "anonymous", "organization", "document"]
SPEAKER_KINDS: tuple[str, ...] = ("person", "anonymous", "organization", "document")
Modality = Literal["asserted", "negated", "hypothetical", "future"]
MODALITIES: tuple[str, ...] = ("asserted", "negated", "hypothetical", "future")
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document text: ``[start, end)`` and the text it covers."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not (isinstance(self.start, int) and isinstance(self.end, int)):
            raise TypeError("span offsets must be int")
        if not 0 <= self.start <= self.end:
            raise DocumentError(f"span {self.start}:{self.end} is not ordered", code="M011")
        if len(self.text) != self.end - self.start:
            raise DocumentError(
                f"span {self.start}:{self.end} has text of length {len(self.text)}", code="M011"
            )

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``."""
        if not 0 <= start <= end <= len(source):
            raise DocumentError(
                f"span {start}:{end} outside a text of length {len(source)}", code="M011"
            )
        return cls(start, end, source[start:end])

    def check(self, source: str) -> None:
        """Raise :class:`DocumentError` unless this span slices back from ``source``."""
        if self.end > len(source) or source[self.start : self.end] != self.text:
            raise DocumentError(
                f"span {self.start}:{self.end} {self.text!r} does not match the text there "
                f"({source[self.start : self.end]!r})",
                code="M012",
            )


@dataclass(frozen=True, slots=True)
class Sentence(Span):
    """One sentence."""


@dataclass(frozen=True, slots=True)
class Token(Span):
    """One token."""


@dataclass(frozen=True, slots=True)
class Mention(Span):
    """A named-entity mention; ``entity`` is the id of its entity, if resolved."""

    id: str = ""
    label: str = "MISC"
    entity: str | None = None
    component: str | None = None

    def __post_init__(self) -> None:
        Span.__post_init__(self)
        if self.label not in LABELS:
            raise DocumentError(f"mention label {self.label!r} not in {LABELS}", code="M013")


@dataclass(frozen=True, slots=True)
class Modifier(Span):
    """A word that names an entity without being a mention (``الأمريكي``)."""

    entity: str | None = None
    head: Span | None = None
    component: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world referent of one or more mentions."""

    id: str
    label: str
    name: str
    name_en: str | None = None
    kb_id: str | None = None
    roles: tuple[str, ...] = ()
    component: str | None = None

    def __post_init__(self) -> None:
        if self.label not in LABELS:
            raise DocumentError(f"entity label {self.label!r} not in {LABELS}", code="M013")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to."""

    text: str
    kind: str
    entity: str | None = None
    mention: Span | None = None

    def __post_init__(self) -> None:
        if self.kind not in SPEAKER_KINDS:
            raise DocumentError(f"speaker kind {self.kind!r} not in {SPEAKER_KINDS}", code="M014")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation or reported statement and its source."""

    id: str
    kind: str
    content: Span
    cue: Span | None
    speaker: Speaker
    component: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in ("direct", "indirect"):
            raise DocumentError(f"quote kind {self.kind!r} is not direct/indirect", code="M014")


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, as written and, if resolved, as an ISO date."""

    text: str
    value: str | None = None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER-coded event with its arguments, modality and source."""

    id: str
    type: str
    trigger: Span
    modality: str = "asserted"
    mode: str | None = None
    actor: str | None = None
    recipient: str | None = None
    location: str | None = None
    date: EventDate | None = None
    sentence: int | None = None
    quote: str | None = None
    said_by: str | None = None
    other_triggers: tuple[Span, ...] = ()
    component: str | None = None

    def __post_init__(self) -> None:
        if self.type not in PLOVER_TYPES:
            raise DocumentError(f"event type {self.type!r} is not a PLOVER type", code="M015")
        if self.modality not in MODALITIES:
            raise DocumentError(f"modality {self.modality!r} not in {MODALITIES}", code="M015")


@dataclass(frozen=True, slots=True)
class Failure:
    """A component that could not finish on this document, and why."""

    component: str
    reason: str
