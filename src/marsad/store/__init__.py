"""The corpus store: DuckDB schema, repository, queries and export."""

from marsad.store.repository import Analysed, Batch, BatchResult, Store, failure_id
from marsad.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "Analysed", "Batch", "BatchResult", "Store", "failure_id"]
