"""Quotes and attribution: finding reported speech and who said it (pure functions)."""

from marsad.quotes.finder import Found, find_quotes
from marsad.quotes.lexicon import Lexicon, load_lexicon
from marsad.quotes.speakers import EntityMention, Resolved, resolve_speakers

__all__ = [
    "EntityMention", "Found", "Lexicon", "Resolved", "find_quotes", "load_lexicon",
    "resolve_speakers",
]
