"""Open a Marsad DuckDB database, migrated, with the offline FTS extension loaded."""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

import duckdb

from marsad.errors import StoreError
from marsad.store.schema import migrate

log = logging.getLogger(__name__)


def fts_extension_directory() -> Path | None:
    """The ``extensions`` folder of the installed ``duckdb-ext-fts`` package, if any.

    The package installs ``duckdb_ext/extensions/v<duckdb>/<platform>/fts.duckdb_extension``;
    DuckDB finds it there once ``extension_directory`` points at ``extensions``.
    """
    spec = importlib.util.find_spec("duckdb_ext")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        folder = Path(location) / "extensions"
        if any(folder.glob(f"v{duckdb.__version__}/*/fts.duckdb_extension")):
            return folder
    return None


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load the FTS extension from the installed package, never from the network.

    Raises:
        StoreError: the extension package is missing or does not load.
    """
    folder = fts_extension_directory()
    if folder is None:
        raise StoreError(
            f"DuckDB's FTS extension is not installed; pip install "
            f"'duckdb-ext-fts=={duckdb.__version__}.*'", code="M033")
    try:
        # No autoinstall: a missing extension must fail here, not download.
        con.execute("SET enable_progress_bar = false")
        con.execute("SET autoinstall_known_extensions = false")
        con.execute("SET autoload_known_extensions = false")
        con.execute("SET extension_directory = ?", [str(folder)])
        con.execute("LOAD fts")
    except duckdb.Error as err:
        raise StoreError(f"cannot load DuckDB's FTS extension from {folder}: {err}",
                         code="M033") from None


def connect(path: str | Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating and migrating unless ``read_only``) the database at ``path``.

    Raises:
        StoreError: missing (read-only), locked, corrupt or too new.
    """
    p = Path(path)
    if read_only and not p.exists():
        raise StoreError(f"no database at {p}; run `marsad ingest ... --db {p}` first",
                         code="M034")
    if not read_only:
        p.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(str(p), read_only=read_only)
    except duckdb.Error as err:
        raise StoreError(f"cannot open database {p}: {err}", code="M030") from None
    try:
        load_fts(con)
        if read_only:
            from marsad.store.schema import SCHEMA_VERSION, current_version

            version = current_version(con)
            if version != SCHEMA_VERSION:
                raise StoreError(f"{p} has schema version {version}, this Marsad reads "
                                 f"{SCHEMA_VERSION}; open it once for writing to migrate",
                                 code="M032")
        else:
            migrate(con)
    except Exception:
        con.close()
        raise
    return con
