"""Marsad's analysis components; importing this package registers them all."""

from marsad.components import events as events
from marsad.components import text as text

__all__ = ["events", "text"]
