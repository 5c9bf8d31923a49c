"""What an analyst asks of the corpus: counts, search, quotes, events, entities.

Every function takes an open :class:`~marsad.store.Store` and returns plain
rows (lists of dicts) that the CLI prints as a table, JSON or CSV.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from marsad.document import PLOVER_TYPES
from marsad.errors import InputError, StoreError
from marsad.store.repository import Store
from marsad.store.rows import fold_name
from marsad.text import fold

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Filters:
    """Filters shared by the ``query`` commands (all optional)."""

    speaker: str | None = None
    about: str | None = None
    actor: str | None = None
    type: str | None = None
    since: dt.date | None = None
    source: str | None = None
    limit: int = 100


def parse_since(value: str | None) -> dt.date | None:
    """``--since`` as a date (``YYYY-MM-DD``).

    Raises:
        InputError: not a date.
    """
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"--since {value!r} is not a date (YYYY-MM-DD)", code="M037") from None


def _rows(store: Store, sql: str, params: list[Any]) -> list[Row]:
    cur = store.con.execute(sql, params)
    names = [d[0] for d in cur.description or ()]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _count(store: Store, sql: str) -> int:
    row = store.con.execute(sql).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def stats(store: Store) -> dict[str, Any]:
    """Counts of everything the store holds."""
    out: dict[str, Any] = {
        "documents": _count(store, "SELECT count(*) FROM documents"),
        "records_read": _count(store, "SELECT count(*) FROM occurrences"),
    }
    out["exact_duplicates"] = out["records_read"] - out["documents"]
    out["near_duplicate_pairs"] = _count(store, "SELECT count(*) FROM near_duplicates")
    out["documents_with_near_duplicates"] = _count(
        store, "SELECT count(DISTINCT d) FROM (SELECT doc_a AS d FROM near_duplicates "
        "UNION ALL SELECT doc_b FROM near_duplicates)")
    for table in ("sentences", "mentions", "modifiers", "entities", "quotes", "events"):
        out[table] = _count(store, f"SELECT count(*) FROM {table}")
    out["corpus_entities"] = _count(store,
                                    "SELECT count(DISTINCT corpus_key) FROM corpus_mentions")
    out["failures"] = _count(store, "SELECT count(*) FROM failures")
    out["failures_by_stage"] = {
        r[0]: int(r[1]) for r in store.con.execute(
            "SELECT stage, count(*) FROM failures GROUP BY stage ORDER BY stage").fetchall()}
    out["component_failures"] = _count(store, "SELECT count(*) FROM doc_failures")
    out["sources"] = {
        (r[0] or "-"): int(r[1]) for r in store.con.execute(
            "SELECT source, count(*) FROM documents GROUP BY source ORDER BY 2 DESC, 1"
        ).fetchall()}
    out["schema_version"] = _count(store, "SELECT max(version) FROM schema_version")
    out["database_bytes"] = store.path.stat().st_size if store.path.exists() else 0
    return out


_TERM = re.compile(r"\w+")


def _snippet(text: str, query: str, width: int = 160) -> str:
    terms = [t for t in _TERM.findall(fold(query)) if len(t) > 1]
    folded = fold(text)
    # fold() only drops or maps characters one to one... except dropped marks;
    # find the position in the folded text and take the same region roughly.
    pos = min((folded.find(t) for t in terms if folded.find(t) >= 0), default=0)
    ratio = len(text) / max(1, len(folded))
    start = max(0, int(pos * ratio) - width // 3)
    if start:
        # Begin at a word boundary, not inside a word.
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 else 0
    return " ".join(text[start:start + width].split())


def search(store: Store, query: str, *, limit: int = 20, source: str | None = None,
           since: dt.date | None = None) -> list[Row]:
    """Documents matching ``query`` (Arabic-stemmed BM25 over title and text), best first.

    Raises:
        StoreError: the full-text index is missing or stale.
    """
    if not query.strip():
        raise InputError("the search query is empty", code="M037")
    if not store.fts_is_current():
        if store.read_only:
            raise StoreError("the full-text index is missing or stale; run "
                             f"`marsad ingest --db {store.path}` to rebuild it", code="M036")
        store.build_fts()
    where: list[str] = ["score IS NOT NULL"]
    params: list[Any] = [query]
    if source:
        where.append("source = ?")
        params.append(source)
    if since:
        where.append("published_date >= ?")
        params.append(since)
    params.append(limit)
    rows = _rows(store, (
        "SELECT id, score, source, published, title, text FROM ("
        "  SELECT *, fts_main_documents.match_bm25(id, ?) AS score FROM documents) "
        f"WHERE {' AND '.join(where)} ORDER BY score DESC, seq LIMIT ?"), params)
    for r in rows:
        r["score"] = round(float(r["score"]), 4)
        r["snippet"] = _snippet(r.pop("text"), query)
    return rows


def _doc_filters(f: Filters, where: list[str], params: list[Any]) -> None:
    if f.since:
        where.append("d.published_date >= ?")
        params.append(f.since)
    if f.source:
        where.append("d.source = ?")
        params.append(f.source)


def quotes(store: Store, f: Filters) -> list[Row]:
    """Quotes with their speaker, newest first.

    ``speaker`` matches the speaker's text or entity; ``about`` keeps quotes whose
    content mentions a name (folded) or KB id.
    """
    where: list[str] = []
    params: list[Any] = []
    if f.speaker:
        where.append("(contains(lower(q.speaker_text), ?) OR contains(e.folded, ?) "
                     "OR contains(lower(coalesce(e.name_en, '')), ?) OR e.kb_id = ?)")
        key = fold_name(f.speaker)
        params += [f.speaker.casefold(), key, f.speaker.casefold(), f.speaker]
    if f.about:
        # Quotes whose content holds a mention of it (folded name or KB id).
        where.append("EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = q.doc_id "
                     "AND m.start >= q.content_start AND m.\"end\" <= q.content_end "
                     "AND (contains(m.folded, ?) OR m.corpus_key = ?))")
        params += [fold_name(f.about), f"kb:{f.about}"]
    if f.type:
        where.append("q.kind = ?")
        params.append(f.type)
    _doc_filters(f, where, params)
    params.append(f.limit)
    return _rows(store, (
        "SELECT d.published, d.source, q.doc_id, q.id, q.kind, q.speaker_text AS speaker, "
        "q.speaker_kind, e.corpus_key AS speaker_key, q.cue_text AS cue, "
        "q.content_text AS content, q.content_start, q.content_end "
        "FROM quotes q JOIN documents d ON d.id = q.doc_id "
        "LEFT JOIN entities e ON e.doc_id = q.doc_id AND e.id = q.speaker_entity "
        f"{'WHERE ' + ' AND '.join(where) if where else ''} "
        "ORDER BY d.published_date DESC NULLS LAST, d.seq, q.idx LIMIT ?"), params)


_EVENT_SELECT = (
    "SELECT coalesce(TRY_CAST(v.date_value AS DATE), d.published_date) AS \"when\", "
    "d.published, d.source, v.doc_id, v.id, v.type, v.mode, v.modality, "
    "v.trigger_text AS trigger, a.name AS actor, a.corpus_key AS actor_key, "
    "r.name AS recipient, r.corpus_key AS recipient_key, l.name AS location, "
    "v.date_text, v.date_value, v.said_by, v.trigger_start, v.trigger_end "
    "FROM events v JOIN documents d ON d.id = v.doc_id "
    "LEFT JOIN entities a ON a.doc_id = v.doc_id AND a.id = v.actor "
    "LEFT JOIN entities r ON r.doc_id = v.doc_id AND r.id = v.recipient "
    "LEFT JOIN entities l ON l.doc_id = v.doc_id AND l.id = v.location ")


def events(store: Store, f: Filters) -> list[Row]:
    """Events, newest first; ``actor`` matches the actor's name, English name or KB id."""
    where: list[str] = []
    params: list[Any] = []
    if f.actor:
        where.append("(contains(a.folded, ?) OR contains(lower(coalesce(a.name_en, '')), ?) "
                     "OR a.kb_id = ?)")
        params += [fold_name(f.actor), f.actor.casefold(), f.actor]
    if f.speaker:
        where.append("contains(lower(coalesce(v.said_by, '')), ?)")
        params.append(f.speaker.casefold())
    if f.type:
        kind = f.type.upper()
        if kind not in PLOVER_TYPES:
            raise InputError(f"--type {f.type!r} is not a PLOVER type "
                             f"({', '.join(PLOVER_TYPES)})", code="M037")
        where.append("v.type = ?")
        params.append(kind)
    _doc_filters(f, where, params)
    params.append(f.limit)
    return _rows(store, (
        f"{_EVENT_SELECT}{'WHERE ' + ' AND '.join(where) if where else ''} "
        "ORDER BY \"when\" DESC NULLS LAST, d.seq, v.idx LIMIT ?"), params)


def entities(store: Store, f: Filters, *, name: str | None = None) -> list[Row]:
    """Entities resolved across articles, most widely reported first.

    Built from the entities layer and, for mentions that no entity component
    resolved, from the mentions themselves (by label and folded text).
    """
    where: list[str] = []
    params: list[Any] = []
    if f.type:
        where.append("e.label = ?")
        params.append(f.type.upper())
    if name:
        where.append("(contains(e.folded, ?) OR contains(lower(coalesce(e.name_en, '')), ?) "
                     "OR e.kb_id = ?)")
        params += [fold_name(name), name.casefold(), name]
    _doc_filters(f, where, params)
    params.append(f.limit)
    return _rows(store, (
        "SELECT e.corpus_key AS key, min(e.label) AS label, "
        "coalesce(min(e.name) FILTER (WHERE e.is_mention = 0), min(e.name)) AS name, "
        "min(e.name_en) AS name_en, min(e.kb_id) AS kb_id, "
        "count(DISTINCT e.doc_id) AS documents, sum(e.is_mention) AS mentions, "
        "min(d.published_date) AS first_seen, max(d.published_date) AS last_seen "
        "FROM corpus_mentions e JOIN documents d ON d.id = e.doc_id "
        f"{'WHERE ' + ' AND '.join(where) if where else ''} "
        "GROUP BY e.corpus_key ORDER BY documents DESC, mentions DESC, key LIMIT ?"), params)


def resolve_entity(store: Store, name: str) -> list[Row]:
    """Corpus entities ``name`` may mean: exact folded name, English name or KB id first."""
    key = fold_name(name)
    return _rows(store, (
        "SELECT corpus_key AS key, min(label) AS label, "
        "coalesce(min(name) FILTER (WHERE is_mention = 0), min(name)) AS name, "
        "min(name_en) AS name_en, min(kb_id) AS kb_id, count(DISTINCT doc_id) AS documents, "
        "bool_or(folded = ? OR lower(coalesce(name_en, '')) = ? OR kb_id = ?) AS exact "
        "FROM corpus_mentions WHERE folded = ? OR lower(coalesce(name_en, '')) = ? "
        "OR kb_id = ? OR contains(folded, ?) GROUP BY corpus_key "
        "ORDER BY exact DESC, documents DESC, key LIMIT 20"),
        [key, name.casefold(), name, key, name.casefold(), name, key])


def entity_view(store: Store, name: str, *, limit: int = 50) -> dict[str, Any]:
    """One entity across the corpus: what it said, what was said about it, its events.

    Raises:
        NotFound: no entity matches ``name``.
    """
    from marsad.errors import NotFound

    candidates = resolve_entity(store, name)
    if not candidates:
        raise NotFound(f"no entity matches {name!r}", code="M038")
    chosen = candidates[0]
    key = chosen["key"]
    # Its quotes: the speaker is the entity, or (no entity layer) the speaker's
    # words are a mention of it.
    said = _rows(store, (
        "SELECT d.published, d.source, q.doc_id, q.id, q.kind, q.speaker_text AS speaker, "
        "q.cue_text AS cue, q.content_text AS content "
        "FROM quotes q JOIN documents d ON d.id = q.doc_id "
        "LEFT JOIN entities e ON e.doc_id = q.doc_id AND e.id = q.speaker_entity "
        "WHERE e.corpus_key = ? OR (q.speaker_entity IS NULL AND EXISTS ("
        "  SELECT 1 FROM mentions m WHERE m.doc_id = q.doc_id AND m.corpus_key = ? "
        "  AND m.start >= q.speaker_start AND m.\"end\" <= q.speaker_end)) "
        "ORDER BY d.published_date NULLS LAST, d.seq, q.idx LIMIT ?"), [key, key, limit])
    about = _rows(store, (
        "SELECT DISTINCT d.published, d.published_date, d.seq, d.source, q.doc_id, q.idx, "
        "q.id, q.kind, q.speaker_text AS speaker, q.content_text AS content, "
        "m.text AS mention "
        "FROM quotes q JOIN mentions m ON m.doc_id = q.doc_id "
        "AND m.start >= q.content_start AND m.\"end\" <= q.content_end "
        "LEFT JOIN entities s ON s.doc_id = q.doc_id AND s.id = q.speaker_entity "
        "JOIN documents d ON d.id = q.doc_id "
        "WHERE m.corpus_key = ? AND s.corpus_key IS DISTINCT FROM ? "
        "ORDER BY d.published_date NULLS LAST, d.seq, q.idx LIMIT ?"), [key, key, limit])
    for r in about:
        for k in ("published_date", "seq", "idx"):
            r.pop(k, None)
    timeline = _rows(store, (
        f"{_EVENT_SELECT}WHERE a.corpus_key = ? OR r.corpus_key = ? "
        "ORDER BY \"when\" NULLS LAST, d.seq, v.idx LIMIT ?"), [key, key, limit])
    for r in timeline:
        r["role"] = "actor" if r["actor_key"] == key else "recipient"
    return {"entity": chosen, "other_matches": candidates[1:], "said": said,
            "said_about": about, "events": timeline}
