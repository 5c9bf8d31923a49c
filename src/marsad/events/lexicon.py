"""The event-trigger lexicon: folded word forms -> PLOVER type, mode and how the word is used.

The lexicon is compiled (see :mod:`marsad.events.build`) from a hand-written seed
of verb stems, verbal nouns and fixed forms into one table of surface forms, so that
detection is a dictionary lookup per token. Forms are folded with
:func:`marsad.text.fold` (alef, ya, ta marbuta, diacritics).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.document.spans import PLOVER_TYPES
from marsad.errors import ModelError
from marsad.text import fold

# Flags stored with each form.
VERB = 1  # a finite verb
PRESENT = 2  # an imperfect verb (a سـ prefix then marks the future)
DEFINITE = 4  # a noun with the article (often a further mention of an event)
POSSESSIVE = 8  # a noun with a pronoun (زيارته): a particular event

# Person prefixes of the imperfect and the suffixes generated for each stem.
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_PAST_SUFFIXES = ("", "ت", "تا", "وا", "ا", "ن", "نا", "تم", "ه", "ها", "هم", "وه", "وها",
                  "وهم", "ته", "تها", "تهم")
_PRESENT_SUFFIXES = ("", "ون", "ان", "ين", "وا", "ن", "ه", "ها", "هم", "ونه", "وه")
_NOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "ان", "ين")


@dataclass(frozen=True, slots=True)
class Entry:
    """One sense of a trigger: its type, mode, and the words it needs (or refuses) next."""

    type: str
    mode: str | None
    lemma: str
    kind: str
    follow: tuple[tuple[str, ...], ...] = ()
    block: frozenset[str] = frozenset()
    source: str = "seed"

    def as_dict(self) -> dict[str, Any]:
        return {"type": self.type, "mode": self.mode, "lemma": self.lemma, "kind": self.kind,
                "follow": [list(f) for f in self.follow], "block": sorted(self.block),
                "source": self.source}


Senses = tuple[tuple["Entry", int], ...]
# senses, folded letters stripped in front, سـ seen, the lexicon form
Surface = tuple[Senses, int, bool, str]


@dataclass(frozen=True, slots=True)
class SeedLine:
    """A parsed line of ``seed.tsv``."""

    kind: str
    forms: tuple[str, ...]
    type: str
    mode: str | None
    follow: str
    source: str


def parse_seed(text: str) -> list[SeedLine]:
    """Parse the seed TSV (see the header of ``models/events/seed.tsv``).

    Raises:
        ModelError: a malformed line or an unknown PLOVER type.
    """
    lines: list[SeedLine] = []
    for n, raw in enumerate(text.splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        if len(cols) != 6 or cols[0] not in ("V", "N", "F", "X"):
            raise ModelError(f"seed line {n}: expected 6 tab-separated columns", code="M080")
        kind, forms, ptype, mode, follow, source = cols
        if kind != "X" and ptype not in PLOVER_TYPES:
            raise ModelError(f"seed line {n}: {ptype!r} is not a PLOVER type", code="M080")
        sep = "|" if kind in ("V", "N") else " "
        lines.append(SeedLine(kind, tuple(f for f in forms.split(sep) if f), ptype,
                              None if mode == "-" else mode, follow, source))
    return lines


def _follow(spec: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """``a b`` -> one required sequence; ``a/b`` -> alternatives; ``!a/b`` -> refused next words."""
    if spec == "-":
        return (), frozenset()
    if spec.startswith("!"):
        return (), frozenset(fold(w) for w in spec[1:].split("/"))
    alts = tuple(tuple(fold(w) for w in alt.split()) for alt in spec.split("/"))
    return alts, frozenset()


def verb_forms(past: str, present: str) -> dict[str, int]:
    """Surface forms of a verb from its folded past and present stems, with flags."""
    out: dict[str, int] = {}
    if past.endswith("ي"):
        # Defective verbs (التقى): only the forms that keep a regular spelling.
        for f in (past, past[:-1] + "ت", past[:-1] + "وا"):
            out[f] = VERB
    else:
        for suf in _PAST_SUFFIXES:
            out[past + suf] = VERB
    for pre in _PRESENT_PREFIXES:
        for suf in _PRESENT_SUFFIXES:
            out.setdefault(pre + present + suf, VERB | PRESENT)
    return out


def noun_forms(noun: str) -> dict[str, int]:
    """Surface forms of a noun: bare, with the article, with pronouns, duals, accusative."""
    out: dict[str, int] = {noun: 0, "ال" + noun: DEFINITE}
    bases = [noun[:-1] + "ت" if noun.endswith("ه") else noun]
    if noun.endswith("اء"):
        # The hamza changes its seat before a suffix: لقاء -> لقائه، لقاؤه (folded ي، و).
        bases += [noun[:-1] + "ي", noun[:-1] + "و"]
    for base in bases:
        for suf in _NOUN_SUFFIXES:
            out.setdefault(base + suf,
                           DEFINITE | POSSESSIVE if suf in ("ه", "ها", "هم", "هما") else 0)
    if not noun.endswith(("ه", "ات", "ا")):
        out.setdefault(noun + "ا", 0)
    return out


def compile_seed(lines: list[SeedLine]) -> dict[str, Any]:
    """The compiled lexicon (JSON-ready): entries and a form -> [[entry, flags], ...] table."""
    entries: list[Entry] = []
    forms: dict[str, list[list[int]]] = {}
    excluded: set[str] = set()
    for line in lines:
        if line.kind == "X":
            excluded.update(fold(f) for f in line.forms)
            continue
        follow, block = _follow(line.follow)
        folded = [fold(f) for f in line.forms]
        if line.kind == "V":
            if len(folded) != 2:
                raise ModelError(f"verb {line.forms} needs past|present stems", code="M080")
            generated = verb_forms(folded[0], folded[1])
        elif line.kind == "N":
            generated = {}
            for noun in folded:
                for f, flag in noun_forms(noun).items():
                    generated.setdefault(f, flag)
        else:
            generated = {f: VERB | (PRESENT if f[:1] in _PRESENT_PREFIXES and len(f) > 3 else 0)
                         for f in folded}
        idx = len(entries)
        entries.append(Entry(line.type, line.mode, folded[0], line.kind, follow, block,
                             line.source))
        for f, flag in generated.items():
            forms.setdefault(f, []).append([idx, flag])
    for f in excluded:
        forms.pop(f, None)
    return {"version": 1, "entries": [e.as_dict() for e in entries], "forms": forms}


class Lexicon:
    """The compiled trigger lexicon, ready for lookup."""

    def __init__(self, data: dict[str, Any]) -> None:
        try:
            self.entries: tuple[Entry, ...] = tuple(
                Entry(e["type"], e["mode"], e["lemma"], e["kind"],
                      tuple(tuple(f) for f in e["follow"]), frozenset(e["block"]),
                      e.get("source", "seed"))
                for e in data["entries"]
            )
            table: dict[str, Senses] = {}
            for form, refs in data["forms"].items():
                # Entries that need following words first: the longest match wins.
                pairs = sorted(((self.entries[i], flag) for i, flag in refs),
                               key=lambda p: -max((len(f) for f in p[0].follow), default=0))
                table[form] = tuple(pairs)
        except (KeyError, IndexError, TypeError) as err:
            raise ModelError(f"event lexicon is malformed: {err}", code="M081") from None
        self.forms = table
        self.surface = self._surface_table(table)

    @staticmethod
    def _surface_table(table: dict[str, Senses]) -> dict[str, Surface]:
        """Every clitic-bearing spelling of every form -> (senses, letters stripped in front,
        سـ seen, the form), so detection is one lookup per token.

        Precedence follows how a reader strips clitics: the word as it is, then و/ف, then
        ب/ل/ك (لل before an article word), then the future سـ on an imperfect.
        """
        out: dict[str, Surface] = {f: (senses, 0, False, f) for f, senses in table.items()}
        for conj in ("", "و", "ف"):
            k = len(conj)
            if conj:
                for f, senses in table.items():
                    out.setdefault(conj + f, (senses, k, False, f))
            for f, senses in table.items():
                for prep in ("ب", "ل", "ك"):
                    if len(f) >= 3:
                        out.setdefault(conj + prep + f, (senses, k + 1, False, f))
                if f.startswith("ال") and len(f) > 4:
                    out.setdefault(conj + "لل" + f[2:], (senses, k + 2, False, f))
            for f, senses in table.items():
                if len(f) > 3 and any(flag & PRESENT for _, flag in senses):
                    out.setdefault(conj + "س" + f, (senses, k, True, f))
        return out

    def __len__(self) -> int:
        return len(self.forms)

    def get(self, form: str) -> tuple[tuple[Entry, int], ...] | None:
        """The senses of a folded form, or None."""
        return self.forms.get(form)

    @classmethod
    def from_file(cls, path: str | Path) -> Lexicon:
        """Load a compiled lexicon JSON.

        Raises:
            ModelError: missing or unreadable.
        """
        try:
            data = json.loads(Path(path).read_text("utf-8"))
        except (OSError, ValueError) as err:
            raise ModelError(f"cannot read event lexicon {path}: {err}", code="M081") from None
        return cls(data)


def default_lexicon_path() -> Path:
    """The compiled lexicon that ships in ``marsad/models/events``."""
    return Path(str(resources.files("marsad").joinpath("models/events/lexicon.json")))


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The shipped lexicon, loaded once."""
    return Lexicon.from_file(default_lexicon_path())
