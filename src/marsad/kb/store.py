"""The shipped knowledge base, loaded once, with the indexes linking needs."""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.errors import ModelError
from marsad.kb.build import COLUMNS, KB_FILE, TRANSLIT_FILE
from marsad.kb.demonyms import nisba_forms
from marsad.kb.entry import KBEntry
from marsad.kb.keys import bare_key, key_tokens, name_key
from marsad.kb.romanize import Romanizer

# Which record a name means when several share it: the country before its capital
# (``الكويت``, ``تونس``), curated records before gazetteer ones.
_KIND_RANK = {"country": 0, "org": 1, "person": 1, "seat": 2, "capital": 3, "city": 4,
              "region": 5, "people": 6, "misc": 6}
_SOURCE_RANK = {"curated": 0, "countries+curated": 0, "countries": 1, "countries+translit": 2,
                "up_arabic": 3, "anergazet": 4}


def default_dir() -> Path:
    """Where the KB ships: ``marsad/models/kb``."""
    return Path(__file__).resolve().parent.parent / "models" / "kb"


@dataclass(frozen=True, slots=True)
class Phrase:
    """A KB name as a sequence of folded words, for the text matcher."""

    words: tuple[str, ...]
    entry: int
    ambiguous: bool


@dataclass(slots=True)
class KnowledgeBase:
    """Records and indexes: name key -> records, nisba -> country, phrases for matching."""

    entries: list[KBEntry]
    romanizer: Romanizer
    by_key: dict[str, list[int]] = field(default_factory=dict)
    by_bare: dict[str, list[int]] = field(default_factory=dict)
    by_id: dict[str, int] = field(default_factory=dict)
    by_qid: dict[str, int] = field(default_factory=dict)
    country: dict[str, int] = field(default_factory=dict)
    demonym: dict[str, int] = field(default_factory=dict)
    ambiguous_demonyms: set[str] = field(default_factory=set)
    phrases: dict[str, list[Phrase]] = field(default_factory=dict)
    country_names: frozenset[str] = frozenset()
    phrase_starts: frozenset[str] = frozenset()
    nisba_forms: dict[str, str] = field(default_factory=dict)
    max_words: int = 1

    def __post_init__(self) -> None:
        order = sorted(range(len(self.entries)), key=self._rank)
        for i in order:
            e = self.entries[i]
            self.by_id[e.id] = i
            if e.qid:
                self.by_qid.setdefault(e.qid, i)
            if e.kind == "country" and e.country:
                self.country[e.country] = i
            for d in e.demonyms:
                self.demonym.setdefault(d, i)
                if d in e.ambiguous:
                    self.ambiguous_demonyms.add(d)
            # English names link a mention written in Latin letters (CNN, NATO, JNIM).
            if e.source not in ("anergazet", "up_arabic"):
                for name in (e.name_en, *e.aliases_en):
                    k = name_key(name)
                    if k and len(k) > 1:
                        self._add(self.by_key, k, i)
            amb = {name_key(a) for a in e.ambiguous}
            for name in e.names_ar:
                k = name_key(name)
                if not k:
                    continue
                self._add(self.by_key, k, i)
                self._add(self.by_bare, bare_key(name), i)
                words = tuple(k.split())
                # Only names the matcher can trust: curated, countries, capitals, and
                # gazetteer names of two words or more.
                single_ok = e.source in ("curated", "countries+curated", "countries")
                if len(words) == 1 and not single_ok:
                    continue
                self.phrases.setdefault(words[0], []).append(Phrase(words, i, k in amb))
                self.max_words = max(self.max_words, len(words))
        for plist in self.phrases.values():
            plist.sort(key=lambda p: -len(p.words))
        # Every written form of a name's first word (with proclitics): one set test per
        # word of a text finds the places a name can start.
        starts: set[str] = set()
        for first in self.phrases:
            starts.add(first)
            starts.update(p + first for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب",
                                               "فل", "فك"))
            if first.startswith("ال"):
                starts.update(p + first[1:] for p in ("ل", "ول", "فل"))
        self.phrase_starts = frozenset(starts)
        # Every written form of every nisba (with clitics and article) -> its stem, so
        # that finding adjectives in a text is one set lookup per word.
        for stem in sorted(self.demonym):
            for form in nisba_forms(stem):
                self.nisba_forms.setdefault(form, stem)
        # One-word country names (مالي, السعودية): names, not adjectives, when alone.
        self.country_names = frozenset(
            k for k, hits in self.by_key.items()
            if " " not in k and any(self.entries[h].kind == "country" for h in hits))

    def _rank(self, i: int) -> tuple[int, int, int]:
        e = self.entries[i]
        return (_KIND_RANK.get(e.kind, 9), _SOURCE_RANK.get(e.source, 9), i)

    @staticmethod
    def _add(index: dict[str, list[int]], key: str, i: int) -> None:
        hits = index.setdefault(key, [])
        if i not in hits:
            hits.append(i)

    def lookup(self, name: str) -> list[KBEntry]:
        """Records whose Arabic name has the key of ``name`` or its bare key, best first."""
        return self.lookup_key(" ".join(key_tokens(name)))

    def lookup_key(self, key: str) -> list[KBEntry]:
        """Records for an already computed key: exact and bare (article dropped) matches,
        curated sources before gazetteers, an exact match before a bare one."""
        exact = self.by_key.get(key, [])
        bare = self.by_bare.get(" ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w
                                         for w in key.split()), [])
        if not bare or bare == exact:
            return [self.entries[i] for i in exact]
        seen = set(exact)
        hits = [(i, 0) for i in exact] + [(i, 1) for i in bare if i not in seen]
        hits.sort(key=lambda h: (_SOURCE_RANK.get(self.entries[h[0]].source, 9), h[1]))
        return [self.entries[i] for i, _ in hits]

    def get(self, entry_id: str) -> KBEntry | None:
        """The record with this KB id."""
        i = self.by_id.get(entry_id)
        return None if i is None else self.entries[i]

    def country_of(self, entry: KBEntry) -> KBEntry | None:
        """The country record a capital or seat stands for."""
        if entry.country is None:
            return None
        i = self.country.get(entry.country)
        return None if i is None else self.entries[i]

    def romanize(self, name: str) -> str:
        """Display romanisation (never an identity)."""
        return self.romanizer(name)

    def __len__(self) -> int:
        return len(self.entries)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v for v in cell.split("|") if v) if cell else ()


def read_entries(path: Path) -> list[KBEntry]:
    """Records of a ``kb.tsv.gz``.

    Raises:
        ModelError: missing or malformed file.
    """
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            lines = fh.read().splitlines()
    except (OSError, EOFError) as err:
        raise ModelError(f"cannot read knowledge base {path}: {err}", code="M070") from None
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise ModelError(f"{path} is not a Marsad KB (bad header)", code="M070")
    out: list[KBEntry] = []
    for line in lines[1:]:
        c = line.split("\t")
        if len(c) != len(COLUMNS):
            raise ModelError(f"{path}: a row has {len(c)} columns", code="M070")
        out.append(KBEntry(
            id=c[0], kind=c[1], label=c[2], qid=c[3] or None, country=c[4] or None,
            name_en=c[5], name_ar=c[6], aliases_ar=_split(c[7]), aliases_en=_split(c[8]),
            ambiguous=_split(c[9]), demonyms=_split(c[10]), source=c[11],
        ))
    return out


def load_kb(path: str | Path | None = None) -> KnowledgeBase:
    """Load a KB folder (default: the shipped one); cached per path.

    Raises:
        ModelError: the folder lacks the KB files.
    """
    return _load(str(Path(path) if path is not None else default_dir()))


@lru_cache(maxsize=4)
def _load(folder: str) -> KnowledgeBase:
    d = Path(folder)
    tr = d / TRANSLIT_FILE
    if not tr.exists():
        raise ModelError(f"romaniser table {tr} is missing; run `marsad kb build`", code="M070")
    return KnowledgeBase(read_entries(d / KB_FILE), Romanizer.load(tr))


__all__ = ["KnowledgeBase", "Phrase", "default_dir", "key_tokens", "load_kb", "read_entries"]
