"""Marsad: who did what to whom, where and when, and who says so — from Arabic news."""

from __future__ import annotations

from typing import Any

from marsad.document import Document, from_json, to_json
from marsad.errors import MarsadError
from marsad.pipeline import Pipeline, load_pipeline

__version__ = "0.1.0"

_DEFAULT: Pipeline | None = None


def analyze(text: str, *, meta: dict[str, Any] | None = None) -> Document:
    """Analyse one Arabic article with the default pipeline."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_pipeline()
    return _DEFAULT.analyze(text, meta=meta)


__all__ = [
    "Document", "MarsadError", "Pipeline", "__version__", "analyze", "from_json",
    "load_pipeline", "to_json",
]
