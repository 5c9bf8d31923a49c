"""The contract every analysis component meets."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from marsad.document import Document


@runtime_checkable
class Component(Protocol):
    """A step of the pipeline: reads the layers it ``requires``, fills those it ``assigns``.

    ``name`` is the name it has in the pipeline (and in failures it records).
    """

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...
