"""Marsad's analysis components; importing this package registers them all."""

from marsad.components import ner as ner
from marsad.components import text as text

__all__ = ["ner", "text"]
