"""Document <-> JSON, as ``shared/spec/output.md`` (schema version 1) defines.

Loading validates the structure field by field and then every span against
the text, so a malformed document is refused with the path of the bad field.
"""

from __future__ import annotations

import json
from typing import Any

from marsad.document.model import SCHEMA_VERSION, Document
from marsad.document.spans import (
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
from marsad.errors import DocumentError, InputError


def _span_json(s: Span) -> dict[str, Any]:
    return {"start": s.start, "end": s.end, "text": s.text}


def _opt_span_json(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else _span_json(s)


def to_dict(doc: Document) -> dict[str, Any]:
    """The document as a JSON-ready dict, keys in the spec's order."""
    return {
        "schema_version": SCHEMA_VERSION,
        "id": doc.id,
        "text": doc.text,
        "meta": dict(doc.meta),
        "sentences": [_span_json(s) for s in doc.sentences],
        "tokens": [_span_json(t) for t in doc.tokens],
        "mentions": [
            {"id": m.id, **_span_json(m), "label": m.label, "entity": m.entity,
             "component": m.component}
            for m in doc.mentions
        ],
        "modifiers": [
            {**_span_json(m), "entity": m.entity, "head": _opt_span_json(m.head),
             "component": m.component}
            for m in doc.modifiers
        ],
        "entities": [
            {"id": e.id, "label": e.label, "name": e.name, "name_en": e.name_en,
             "kb_id": e.kb_id, "roles": list(e.roles), "component": e.component}
            for e in doc.entities
        ],
        "quotes": [
            {"id": q.id, "kind": q.kind, "content": _span_json(q.content),
             "cue": _opt_span_json(q.cue),
             "speaker": {"text": q.speaker.text, "kind": q.speaker.kind,
                         "entity": q.speaker.entity,
                         "mention": _opt_span_json(q.speaker.mention)},
             "component": q.component}
            for q in doc.quotes
        ],
        "events": [
            {"id": v.id, "type": v.type, "mode": v.mode, "modality": v.modality,
             "trigger": _span_json(v.trigger),
             "other_triggers": [_span_json(t) for t in v.other_triggers],
             "actor": v.actor, "recipient": v.recipient, "location": v.location,
             "date": None if v.date is None else {
                 "text": v.date.text, "value": v.date.value,
                 "span": _opt_span_json(v.date.span)},
             "sentence": v.sentence, "quote": v.quote, "said_by": v.said_by,
             "component": v.component}
            for v in doc.events
        ],
        "failures": [{"component": f.component, "reason": f.reason} for f in doc.failures],
    }


def to_json(doc: Document, *, indent: int | None = None) -> str:
    """The document as JSON text (UTF-8 Arabic kept readable, not escaped)."""
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)


class _Reader:
    """Typed field access that names the bad field's path in its error."""

    def __init__(self, obj: Any, path: str) -> None:
        if not isinstance(obj, dict):
            raise DocumentError(f"{path} must be an object, got {type(obj).__name__}", code="M017")
        self.obj = obj
        self.path = path

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.obj:
            if required:
                raise DocumentError(f"{self.path}.{key} is missing", code="M017")
            return None
        return self.obj[key]

    def text(self, key: str) -> str:
        value = self._get(key, True)
        if not isinstance(value, str):
            raise DocumentError(f"{self.path}.{key} must be a string", code="M017")
        return value

    def opt_text(self, key: str) -> str | None:
        value = self._get(key, False)
        if value is not None and not isinstance(value, str):
            raise DocumentError(f"{self.path}.{key} must be a string or null", code="M017")
        return value

    def integer(self, key: str) -> int:
        value = self._get(key, True)
        if not isinstance(value, int) or isinstance(value, bool):
            raise DocumentError(f"{self.path}.{key} must be an integer", code="M017")
        return value

    def opt_integer(self, key: str) -> int | None:
        value = self._get(key, False)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise DocumentError(f"{self.path}.{key} must be an integer or null", code="M017")
        return value

    def items(self, key: str) -> list[Any]:
        value = self._get(key, False)
        if value is None:
            return []
        if not isinstance(value, list):
            raise DocumentError(f"{self.path}.{key} must be a list", code="M017")
        return value

    def sub(self, key: str) -> _Reader | None:
        value = self._get(key, False)
        return None if value is None else _Reader(value, f"{self.path}.{key}")

    def span(self) -> tuple[int, int, str]:
        return self.integer("start"), self.integer("end"), self.text("text")


def _span(r: _Reader | None) -> Span | None:
    return None if r is None else Span(*r.span())


def from_dict(data: Any) -> Document:
    """Build a Document from its JSON dict, validating every field and span.

    Raises:
        DocumentError: with the path of the first bad field.
    """
    r = _Reader(data, "document")
    version = r.opt_text("schema_version")
    if version not in (None, SCHEMA_VERSION):
        raise DocumentError(f"schema_version {version!r} is not supported", code="M018")
    meta = r.obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise DocumentError("document.meta must be an object", code="M017")
    layers: dict[str, list[Any]] = {}
    layers["sentences"] = [Sentence(*_Reader(x, f"document.sentences[{i}]").span())
                           for i, x in enumerate(r.items("sentences"))]
    layers["tokens"] = [Token(*_Reader(x, f"document.tokens[{i}]").span())
                        for i, x in enumerate(r.items("tokens"))]
    mentions = []
    for i, x in enumerate(r.items("mentions")):
        m = _Reader(x, f"document.mentions[{i}]")
        mentions.append(Mention(*m.span(), id=m.text("id"), label=m.text("label"),
                                entity=m.opt_text("entity"), component=m.opt_text("component")))
    modifiers = []
    for i, x in enumerate(r.items("modifiers")):
        m = _Reader(x, f"document.modifiers[{i}]")
        modifiers.append(Modifier(*m.span(), entity=m.opt_text("entity"),
                                  head=_span(m.sub("head")), component=m.opt_text("component")))
    entities = []
    for i, x in enumerate(r.items("entities")):
        e = _Reader(x, f"document.entities[{i}]")
        roles = e.items("roles")
        if not all(isinstance(role, str) for role in roles):
            raise DocumentError(f"document.entities[{i}].roles must be strings", code="M017")
        entities.append(Entity(id=e.text("id"), label=e.text("label"), name=e.text("name"),
                               name_en=e.opt_text("name_en"), kb_id=e.opt_text("kb_id"),
                               roles=tuple(roles), component=e.opt_text("component")))
    quotes = []
    for i, x in enumerate(r.items("quotes")):
        q = _Reader(x, f"document.quotes[{i}]")
        content = q.sub("content")
        speaker = q.sub("speaker")
        if content is None or speaker is None:
            raise DocumentError(f"document.quotes[{i}] needs content and speaker", code="M017")
        quotes.append(Quote(
            id=q.text("id"), kind=q.text("kind"), content=Span(*content.span()),
            cue=_span(q.sub("cue")),
            speaker=Speaker(text=speaker.text("text"), kind=speaker.text("kind"),
                            entity=speaker.opt_text("entity"),
                            mention=_span(speaker.sub("mention"))),
            component=q.opt_text("component")))
    events = []
    for i, x in enumerate(r.items("events")):
        v = _Reader(x, f"document.events[{i}]")
        trigger = v.sub("trigger")
        if trigger is None:
            raise DocumentError(f"document.events[{i}].trigger is missing", code="M017")
        d = v.sub("date")
        date = None if d is None else EventDate(text=d.text("text"), value=d.opt_text("value"),
                                                span=_span(d.sub("span")))
        others = tuple(Span(*_Reader(t, f"document.events[{i}].other_triggers[{j}]").span())
                       for j, t in enumerate(v.items("other_triggers")))
        events.append(Event(
            id=v.text("id"), type=v.text("type"), trigger=Span(*trigger.span()),
            modality=v.opt_text("modality") or "asserted", mode=v.opt_text("mode"),
            actor=v.opt_text("actor"), recipient=v.opt_text("recipient"),
            location=v.opt_text("location"), date=date, sentence=v.opt_integer("sentence"),
            quote=v.opt_text("quote"), said_by=v.opt_text("said_by"), other_triggers=others,
            component=v.opt_text("component")))
    failures = []
    for i, x in enumerate(r.items("failures")):
        f = _Reader(x, f"document.failures[{i}]")
        failures.append(Failure(component=f.text("component"), reason=f.text("reason")))
    return Document(
        text=r.text("text"), id=r.opt_text("id") or "", meta=dict(meta),
        sentences=layers["sentences"], tokens=layers["tokens"], mentions=mentions,
        modifiers=modifiers, entities=entities, quotes=quotes, events=events,
        failures=failures,
    )


def from_json(text: str | bytes) -> Document:
    """Parse and validate a document from JSON text.

    Raises:
        InputError: not JSON at all.
        DocumentError: JSON that is not a valid document.
    """
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"not valid JSON: {err}", code="M008") from None
    return from_dict(data)
