"""Entity resolution: KB name matching, grouping, linking, metonymy, modifiers, roles."""

from marsad.resolve.matcher import NameMatch, find_names
from marsad.resolve.resolver import Resolution, resolve
from marsad.resolve.words import Words, words_of

__all__ = ["NameMatch", "Resolution", "Words", "find_names", "resolve", "words_of"]
