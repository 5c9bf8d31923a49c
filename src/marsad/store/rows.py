"""Document <-> table rows. Pure functions: no database here.

:func:`document_rows` turns one Document into column lists per table (built
in the worker processes, so the single writer only concatenates);
:func:`document_from_rows` rebuilds the Document from what the tables hold.
Sentence and token texts are not stored: they are slices of ``text``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from marsad.document import (
    Document,
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
from marsad.text import fold

Columns = dict[str, list[Any]]
Rows = dict[str, Columns]

TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "text", "meta", "url", "source", "title", "author", "published",
                  "published_date", "language", "n_chars", "token_starts", "token_ends"),
    "sentences": ("doc_id", "idx", "start", "end"),
    "mentions": ("doc_id", "idx", "id", "start", "end", "text", "label", "entity", "component",
                 "folded", "corpus_key"),
    "modifiers": ("doc_id", "idx", "start", "end", "text", "entity", "head_start", "head_end",
                  "head_text", "component"),
    "entities": ("doc_id", "idx", "id", "label", "name", "name_en", "kb_id", "roles",
                 "component", "folded", "corpus_key"),
    "quotes": ("doc_id", "idx", "id", "kind", "content_start", "content_end", "content_text",
               "cue_start", "cue_end", "cue_text", "speaker_text", "speaker_kind",
               "speaker_entity", "speaker_start", "speaker_end", "speaker_mention_text",
               "component"),
    "events": ("doc_id", "idx", "id", "type", "mode", "modality", "trigger_start",
               "trigger_end", "trigger_text", "other_triggers", "actor", "recipient",
               "location", "date_text", "date_value", "date_start", "date_end", "has_date",
               "sentence", "quote", "said_by", "component"),
    "doc_failures": ("doc_id", "idx", "component", "reason"),
}
"""The columns :func:`document_rows` fills, per table (``seq`` is the writer's)."""

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SPACES = re.compile(r"\s+")


def empty_rows() -> Rows:
    """Empty column lists for every table."""
    return {t: {c: [] for c in cols} for t, cols in TABLE_COLUMNS.items()}


def extend_rows(into: Rows, more: Rows) -> None:
    """Append ``more``'s rows to ``into``, table by table."""
    for table, cols in more.items():
        target = into[table]
        for col, values in cols.items():
            target[col].extend(values)


def published_date(value: Any) -> dt.date | None:
    """The date at the start of a ``published`` value (``2015-08-11 13:44:43``), if any."""
    if not isinstance(value, str):
        return None
    m = _DATE.match(value.strip())
    if m is None:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def fold_name(name: str) -> str:
    """The cross-article matching form of an entity name: folded, spaces collapsed."""
    return _SPACES.sub(" ", fold(name)).strip().casefold()


def corpus_key(label: str, name: str, kb_id: str | None) -> str:
    """How an entity is resolved across articles: by KB id, else by folded name and label."""
    if kb_id:
        return f"kb:{kb_id}"
    return f"name:{label}:{fold_name(name)}"


def _put(table: Columns, values: tuple[tuple[str, Any], ...]) -> None:
    for col, value in values:
        table[col].append(value)


def _opt(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def document_rows(doc: Document) -> Rows:
    """The rows of every table for one document."""
    rows = empty_rows()
    d = doc.id
    meta = doc.meta
    docs = rows["documents"]
    _put(docs, (
        ("id", d), ("text", doc.text),
        ("meta", json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str)),
        ("url", _opt(meta.get("url"))), ("source", _opt(meta.get("source"))),
        ("title", _opt(meta.get("title"))), ("author", _opt(meta.get("author"))),
        ("published", _opt(meta.get("published"))),
        ("published_date", published_date(meta.get("published"))),
        ("language", _opt(meta.get("language"))), ("n_chars", len(doc.text)),
        ("token_starts", [t.start for t in doc.tokens]),
        ("token_ends", [t.end for t in doc.tokens]),
    ))

    s = rows["sentences"]
    n = len(doc.sentences)
    s["doc_id"] += [d] * n
    s["idx"] += list(range(n))
    s["start"] += [x.start for x in doc.sentences]
    s["end"] += [x.end for x in doc.sentences]

    keys = {ent.id: corpus_key(ent.label, ent.name, ent.kb_id) for ent in doc.entities}
    m = rows["mentions"]
    for i, x in enumerate(doc.mentions):
        folded = fold_name(x.text)
        key = keys.get(x.entity or "") or f"name:{x.label}:{folded}"
        _put(m, (("doc_id", d), ("idx", i), ("id", x.id), ("start", x.start),
                  ("end", x.end), ("text", x.text), ("label", x.label),
                  ("entity", x.entity), ("component", x.component), ("folded", folded),
                  ("corpus_key", key)))

    mo = rows["modifiers"]
    for i, y in enumerate(doc.modifiers):
        head = y.head
        _put(mo, (
            ("doc_id", d), ("idx", i), ("start", y.start), ("end", y.end), ("text", y.text),
            ("entity", y.entity), ("head_start", None if head is None else head.start),
            ("head_end", None if head is None else head.end),
            ("head_text", None if head is None else head.text), ("component", y.component),
        ))

    e = rows["entities"]
    for i, ent in enumerate(doc.entities):
        _put(e, (
            ("doc_id", d), ("idx", i), ("id", ent.id), ("label", ent.label),
            ("name", ent.name), ("name_en", ent.name_en), ("kb_id", ent.kb_id),
            ("roles", list(ent.roles)), ("component", ent.component),
            ("folded", fold_name(ent.name)),
            ("corpus_key", corpus_key(ent.label, ent.name, ent.kb_id)),
        ))

    q = rows["quotes"]
    for i, quote in enumerate(doc.quotes):
        cue, sp = quote.cue, quote.speaker
        mention = sp.mention
        _put(q, (
            ("doc_id", d), ("idx", i), ("id", quote.id), ("kind", quote.kind),
            ("content_start", quote.content.start), ("content_end", quote.content.end),
            ("content_text", quote.content.text),
            ("cue_start", None if cue is None else cue.start),
            ("cue_end", None if cue is None else cue.end),
            ("cue_text", None if cue is None else cue.text),
            ("speaker_text", sp.text), ("speaker_kind", sp.kind), ("speaker_entity", sp.entity),
            ("speaker_start", None if mention is None else mention.start),
            ("speaker_end", None if mention is None else mention.end),
            ("speaker_mention_text", None if mention is None else mention.text),
            ("component", quote.component),
        ))

    v = rows["events"]
    for i, ev in enumerate(doc.events):
        date = ev.date
        dspan = None if date is None else date.span
        _put(v, (
            ("doc_id", d), ("idx", i), ("id", ev.id), ("type", ev.type), ("mode", ev.mode),
            ("modality", ev.modality), ("trigger_start", ev.trigger.start),
            ("trigger_end", ev.trigger.end), ("trigger_text", ev.trigger.text),
            ("other_triggers", json.dumps([[t.start, t.end] for t in ev.other_triggers])),
            ("actor", ev.actor), ("recipient", ev.recipient), ("location", ev.location),
            ("date_text", None if date is None else date.text),
            ("date_value", None if date is None else date.value),
            ("date_start", None if dspan is None else dspan.start),
            ("date_end", None if dspan is None else dspan.end),
            ("has_date", date is not None), ("sentence", ev.sentence), ("quote", ev.quote),
            ("said_by", ev.said_by), ("component", ev.component),
        ))

    f = rows["doc_failures"]
    for i, fail in enumerate(doc.failures):
        _put(f, (("doc_id", d), ("idx", i), ("component", fail.component),
                  ("reason", fail.reason)))
    return rows


def _span(text: str, start: Any, end: Any) -> Span | None:
    if start is None or end is None:
        return None
    return Span(int(start), int(end), text[int(start):int(end)])


Record = Mapping[str, Any]


def document_from_rows(doc: Record, tables: Mapping[str, Sequence[Record]]) -> Document:
    """Rebuild a Document from its ``documents`` row and its rows in the other tables.

    ``tables`` maps a table name to that document's rows, each a mapping from
    column to value, in ``idx`` order.
    """
    text: str = doc["text"]
    meta = json.loads(doc["meta"])
    sentences = [Sentence(r["start"], r["end"], text[r["start"]:r["end"]])
                 for r in tables.get("sentences", ())]
    tokens = [Token(a, b, text[a:b]) for a, b in zip(doc["token_starts"] or [],
                                                     doc["token_ends"] or [], strict=True)]
    mentions = [Mention(r["start"], r["end"], r["text"], id=r["id"], label=r["label"],
                        entity=r["entity"], component=r["component"])
                for r in tables.get("mentions", ())]
    modifiers = [Modifier(r["start"], r["end"], r["text"], entity=r["entity"],
                          head=_span(text, r["head_start"], r["head_end"]),
                          component=r["component"])
                 for r in tables.get("modifiers", ())]
    entities = [Entity(id=r["id"], label=r["label"], name=r["name"], name_en=r["name_en"],
                       kb_id=r["kb_id"], roles=tuple(r["roles"] or ()),
                       component=r["component"])
                for r in tables.get("entities", ())]
    quotes = []
    for r in tables.get("quotes", ()):
        content = Span(r["content_start"], r["content_end"], r["content_text"])
        quotes.append(Quote(
            id=r["id"], kind=r["kind"], content=content,
            cue=_span(text, r["cue_start"], r["cue_end"]),
            speaker=Speaker(text=r["speaker_text"], kind=r["speaker_kind"],
                            entity=r["speaker_entity"],
                            mention=_span(text, r["speaker_start"], r["speaker_end"])),
            component=r["component"]))
    events = []
    for r in tables.get("events", ()):
        date = None
        if r["has_date"]:
            date = EventDate(text=r["date_text"] or "", value=r["date_value"],
                             span=_span(text, r["date_start"], r["date_end"]))
        others = tuple(Span(a, b, text[a:b]) for a, b in json.loads(r["other_triggers"]))
        events.append(Event(
            id=r["id"], type=r["type"],
            trigger=Span(r["trigger_start"], r["trigger_end"], r["trigger_text"]),
            modality=r["modality"], mode=r["mode"], actor=r["actor"], recipient=r["recipient"],
            location=r["location"], date=date, sentence=r["sentence"], quote=r["quote"],
            said_by=r["said_by"], other_triggers=others, component=r["component"]))
    failures = [Failure(r["component"], r["reason"]) for r in tables.get("doc_failures", ())]
    return Document(text=text, id=doc["id"], meta=meta, sentences=sentences, tokens=tokens,
                    mentions=mentions, modifiers=modifiers, entities=entities, quotes=quotes,
                    events=events, failures=failures)
