"""The offline knowledge base: countries, capitals, actors, nationality adjectives."""

from marsad.kb.entry import KBEntry
from marsad.kb.keys import bare_key, name_key
from marsad.kb.store import KnowledgeBase, load_kb

__all__ = ["KBEntry", "KnowledgeBase", "bare_key", "load_kb", "name_key"]
