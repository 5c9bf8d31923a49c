"""Marsad's error tree. Every message carries a stable code such as ``[M012]``.

Codes are grouped by area: M00x input, M01x documents, M02x pipeline and
config, M03x store, M04x ingest/network, M05x models, M06x evaluation.
"""

from __future__ import annotations


class MarsadError(Exception):
    """Base class: an error Marsad reports to the user with a stable code."""

    code = "M000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        self.code = code or type(self).code
        self.message = message
        super().__init__(f"[{self.code}] {message}")


class InputError(MarsadError):
    """Bad content: unreadable, empty, binary, too large or malformed."""

    code = "M001"


class DocumentError(MarsadError):
    """A document or annotation that breaks the data model."""

    code = "M010"


class ConfigError(MarsadError):
    """A pipeline or settings file that cannot be used."""

    code = "M020"


class StoreError(MarsadError):
    """The database cannot be opened, migrated or written."""

    code = "M030"


class NotFound(MarsadError):
    """A requested document, entity or resource does not exist."""

    code = "M031"


class FetchError(MarsadError):
    """A URL or feed could not (or may not) be fetched."""

    code = "M040"


class ModelError(MarsadError):
    """A shipped or trained model is missing or unusable."""

    code = "M050"


class EvalError(MarsadError):
    """An evaluation file is missing or malformed."""

    code = "M060"
