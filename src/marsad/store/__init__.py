"""The corpus store: DuckDB schema, repository, queries and export.

Python API (the CLI's ``stats``, ``search``, ``query``, ``entity`` and
``export`` call these)::

    from marsad.store import Store, Filters, stats, search, quotes, events, entities
    with Store("corpus.duckdb", read_only=True) as store:
        print(stats(store))
        for row in quotes(store, Filters(speaker="وزير الخارجية")):
            print(row["speaker"], row["content"])
"""

from marsad.store.export import FORMATS, export
from marsad.store.queries import (
    Filters,
    entities,
    entity_view,
    events,
    parse_since,
    quotes,
    resolve_entity,
    search,
    stats,
)
from marsad.store.repository import Analysed, Batch, BatchResult, Store, failure_id
from marsad.store.schema import SCHEMA_VERSION

__all__ = [
    "FORMATS", "SCHEMA_VERSION", "Analysed", "Batch", "BatchResult", "Filters", "Store",
    "entities", "entity_view", "events", "export", "failure_id", "parse_since", "quotes",
    "resolve_entity", "search", "stats",
]
