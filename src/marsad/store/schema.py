"""The DuckDB schema and its migrations.

``schema_version`` holds one row per applied migration. Opening a database
applies the missing migrations in order, each in its own transaction, and
refuses a database written by a newer Marsad.

Offsets are Python ``str`` indices into ``documents.text`` (end-exclusive), as
in the JSON. DuckDB's ``substring`` is 1-based and counts code points, so
``substring(text, start + 1, "end" - start)`` is the span's text.
"""

from __future__ import annotations

import duckdb

from marsad.errors import StoreError

_V1 = """
CREATE TABLE documents (
    id VARCHAR PRIMARY KEY,        -- text_id(text): first 16 hex of SHA-1
    seq BIGINT NOT NULL,           -- order in which the corpus first saw it
    text VARCHAR NOT NULL,
    meta JSON NOT NULL,            -- Document.meta verbatim
    url VARCHAR, source VARCHAR, title VARCHAR, author VARCHAR,
    published VARCHAR,             -- as in meta
    published_date DATE,           -- parsed from published, for --since
    language VARCHAR,
    n_chars INTEGER NOT NULL,
    token_starts INTEGER[] NOT NULL,
    token_ends INTEGER[] NOT NULL
);
CREATE TABLE sentences (
    doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE TABLE mentions (
    doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, id VARCHAR NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
    label VARCHAR NOT NULL, entity VARCHAR, component VARCHAR,
    folded VARCHAR NOT NULL,       -- fold(text)
    corpus_key VARCHAR NOT NULL    -- its entity's corpus_key, else 'name:' || label || ':' || folded
);
CREATE TABLE modifiers (
    doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text VARCHAR NOT NULL,
    entity VARCHAR, head_start INTEGER, head_end INTEGER, head_text VARCHAR, component VARCHAR
);
CREATE TABLE entities (
    doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, id VARCHAR NOT NULL,
    label VARCHAR NOT NULL, name VARCHAR NOT NULL, name_en VARCHAR, kb_id VARCHAR,
    roles VARCHAR[] NOT NULL, component VARCHAR,
    folded VARCHAR NOT NULL,       -- fold(name): the cross-article key when kb_id is null
    corpus_key VARCHAR NOT NULL    -- 'kb:' || kb_id, else 'name:' || label || ':' || folded
);
CREATE TABLE quotes (
    doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, id VARCHAR NOT NULL, kind VARCHAR NOT NULL,
    content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text VARCHAR NOT NULL,
    cue_start INTEGER, cue_end INTEGER, cue_text VARCHAR,
    speaker_text VARCHAR NOT NULL, speaker_kind VARCHAR NOT NULL, speaker_entity VARCHAR,
    speaker_start INTEGER, speaker_end INTEGER, speaker_mention_text VARCHAR,
    component VARCHAR
);
CREATE TABLE events (
    doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, id VARCHAR NOT NULL, type VARCHAR NOT NULL,
    mode VARCHAR, modality VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text VARCHAR NOT NULL,
    other_triggers JSON NOT NULL,  -- [[start, end], ...]
    actor VARCHAR, recipient VARCHAR, location VARCHAR,
    date_text VARCHAR, date_value VARCHAR, date_start INTEGER, date_end INTEGER,
    has_date BOOLEAN NOT NULL,
    sentence INTEGER, quote VARCHAR, said_by VARCHAR, component VARCHAR
);
CREATE TABLE doc_failures (
    doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, component VARCHAR NOT NULL,
    reason VARCHAR NOT NULL
);
-- Every place an article was read from; several rows for one document are
-- exact duplicates (the same text stored once).
CREATE TABLE occurrences (
    doc_id VARCHAR NOT NULL, locator VARCHAR NOT NULL, PRIMARY KEY (doc_id, locator)
);
-- Records that could not become a document (and articles skipped, e.g. not Arabic).
CREATE TABLE failures (
    id VARCHAR PRIMARY KEY,        -- hash of locator and reason: the same failure is kept once
    locator VARCHAR NOT NULL, stage VARCHAR NOT NULL, reason VARCHAR NOT NULL
);
CREATE TABLE minhashes (doc_id VARCHAR PRIMARY KEY, signature BLOB NOT NULL);
CREATE TABLE near_duplicates (
    doc_a VARCHAR NOT NULL, doc_b VARCHAR NOT NULL, jaccard DOUBLE NOT NULL,
    PRIMARY KEY (doc_a, doc_b)     -- doc_a < doc_b
);
CREATE TABLE store_state (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
-- A log of ingest runs (not part of the corpus: a crashed run leaves no finished_at).
CREATE TABLE runs (
    started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP, sources VARCHAR NOT NULL,
    added INTEGER, skipped INTEGER, failed INTEGER
);
-- Entities across articles: from the entities layer and, where a mention has no
-- entity (no entity component ran), from the mention itself.
CREATE VIEW corpus_mentions AS
    SELECT corpus_key, doc_id, label, name, name_en, kb_id, folded, 0 AS is_mention
    FROM entities
    UNION ALL
    SELECT corpus_key, doc_id, label, text, NULL, NULL, folded, 1 FROM mentions;
CREATE VIEW corpus_entities AS
    SELECT corpus_key AS key, min(label) AS label,
           coalesce(min(name) FILTER (WHERE is_mention = 0), min(name)) AS name,
           min(name_en) AS name_en, min(kb_id) AS kb_id,
           count(DISTINCT doc_id) AS documents, sum(is_mention) AS mentions
    FROM corpus_mentions GROUP BY corpus_key;
"""

MIGRATIONS: tuple[str, ...] = (_V1,)
"""``MIGRATIONS[i]`` takes a database from version ``i`` to ``i + 1``."""

SCHEMA_VERSION = len(MIGRATIONS)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open database (0 when empty)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the missing migrations; return the version now in force.

    Raises:
        StoreError: the database was written by a newer Marsad.
    """
    version = current_version(con)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {version} is newer than this Marsad's "
            f"({SCHEMA_VERSION}); upgrade Marsad", code="M032")
    for target in range(version + 1, SCHEMA_VERSION + 1):
        con.execute("BEGIN TRANSACTION")
        try:
            if target == 1:
                con.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                            "version INTEGER PRIMARY KEY, applied_at TIMESTAMP "
                            "DEFAULT current_timestamp)")
            con.execute(MIGRATIONS[target - 1])
            con.execute("INSERT INTO schema_version (version) VALUES (?)", [target])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION
