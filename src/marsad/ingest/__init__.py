"""Reading news into Marsad: files, archives, URLs and feeds (the only network code)."""

from marsad.ingest.fetch import Fetcher, FetchSettings
from marsad.ingest.records import BadRecord, RawArticle, Seen
from marsad.ingest.runner import IngestReport, IngestSettings, ingest
from marsad.ingest.sources import iter_source

__all__ = [
    "BadRecord", "FetchSettings", "Fetcher", "IngestReport", "IngestSettings", "RawArticle",
    "Seen", "ingest", "iter_source",
]
