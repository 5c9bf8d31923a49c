"""One knowledge-base record."""

from __future__ import annotations

from dataclasses import dataclass

# What a record is; ``capital`` and ``seat`` carry the country they can stand for.
KINDS: tuple[str, ...] = (
    "country", "capital", "city", "region", "seat", "person", "org", "people", "misc",
)
KIND_LABEL: dict[str, str] = {
    "country": "LOC", "capital": "LOC", "city": "LOC", "region": "LOC", "seat": "ORG",
    "person": "PER", "org": "ORG", "people": "MISC", "misc": "MISC",
}


@dataclass(frozen=True, slots=True)
class KBEntry:
    """A real-world actor or place Marsad can link to.

    Attributes:
        id: stable id inside the KB (``country:MLI``, ``cur:12``, ``up:305`` ...).
        kind: one of :data:`KINDS`.
        label: the mention label it usually takes (PER, ORG, LOC, MISC).
        name_ar: canonical Arabic name.
        name_en: usual English name (romanised for display when no source gives one).
        qid: Wikidata QID when certain, else None.
        country: ISO 3166 alpha-3 of the country it belongs to or stands for, or None.
        aliases_ar: other Arabic names.
        aliases_en: other English names.
        ambiguous: Arabic names that are common words too (the matcher needs context).
        demonyms: folded masculine nisba adjectives of a country (``امريكي``) or of a group
            or people (``حوثي``, ``كردي``).
        source: where the record comes from (curated, countries, anergazet, up_arabic).
    """

    id: str
    kind: str
    label: str
    name_ar: str
    name_en: str
    qid: str | None = None
    country: str | None = None
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    source: str = "curated"

    @property
    def names_ar(self) -> tuple[str, ...]:
        """The canonical Arabic name and its aliases."""
        return (self.name_ar, *self.aliases_ar)
