"""Marsad's analysis components; importing this package registers them all."""

from marsad.components import entities as entities
from marsad.components import events as events
from marsad.components import ner as ner
from marsad.components import quotes as quotes
from marsad.components import text as text

__all__ = ["entities", "events", "ner", "quotes", "text"]
