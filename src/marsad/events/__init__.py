"""Event coding: PLOVER triggers, modality, attribution, arguments, dates, merging."""

from marsad.events.coder import code_events
from marsad.events.lexicon import Lexicon, default_lexicon

__all__ = ["Lexicon", "code_events", "default_lexicon"]
