"""Build the shipped knowledge base from the public sources (``marsad kb build``).

Sources: ``countries/countries.json`` (250 countries, Arabic names, capitals),
the curated table ``curated.tsv`` beside this module, ``anergazet/`` and the
cleaned person names of ``up_arabic/actor_dict_ar_v4.txt``; English names for
records no source names in English come from the display romaniser, built from
``translit/``. The output is deterministic: the same sources give the same files.
"""

from __future__ import annotations

import gzip
import io
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from marsad.kb.demonyms import derive_nisba
from marsad.kb.entry import KIND_LABEL, KBEntry
from marsad.kb.keys import key_tokens, name_key
from marsad.kb.romanize import Romanizer
from marsad.kb.sources import (
    anergazet,
    countries,
    curated_rows,
    translit_pairs,
    up_arabic_people,
)
from marsad.text import fold

KB_FILE = "kb.tsv.gz"
TRANSLIT_FILE = "translit.tsv.gz"
COLUMNS = ("id", "kind", "label", "qid", "country", "name_en", "name_ar", "aliases_ar",
           "aliases_en", "ambiguous", "demonyms", "source")
# Adjectives that are also common words: the nisba of Mali is the word for "financial".
HOMOGRAPH_NISBAS = frozenset({"مالي"})


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build wrote."""

    entries: int
    by_source: dict[str, int]
    demonyms: int
    translit_tokens: int
    seconds: float
    files: tuple[Path, ...]


def _romanizer_table(shared_data: Path) -> dict[str, str]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for ar, en, n in translit_pairs(shared_data / "translit"):
        key = fold(ar)
        if len(key) >= 2 and en.replace("'", "").replace("-", "").isalpha():
            counts[key][en.lower()] += n
    # Most frequent spelling; ties broken alphabetically so the build is deterministic.
    # A word that starts with alef starts with a vowel (إدريس is Idris, not Driss).
    # Jim is j in standard transliteration (نجيب is Najib; Naguib is Egyptian usage).
    def best(key: str, c: Counter[str]) -> str:
        cands: list[tuple[str, int]] = list(c.items())
        if key.startswith("ا"):
            vowel = [kv for kv in cands if kv[0][:1] in "aeiouéâ"]
            cands = vowel or cands
        if "ج" in key and not any(ch in key for ch in "غقك"):
            with_j = [kv for kv in cands if "j" in kv[0]]
            cands = with_j or cands
        if key.endswith("ي"):  # final ya is i (الحربي: al-Harbi)
            with_i = [kv for kv in cands if kv[0].endswith("i")]
            cands = with_i or cands
        return min(cands, key=lambda kv: (-kv[1], kv[0]))[0]

    return {k: best(k, c) for k, c in sorted(counts.items())}


def _reverse_translit(table: dict[str, str]) -> dict[str, str]:
    """Latin token -> Arabic, for capitals the curated table does not name in Arabic."""
    rev: dict[str, str] = {}
    for ar, en in table.items():
        rev.setdefault(en, ar)
    return rev


def build_entries(shared_data: Path) -> tuple[list[KBEntry], dict[str, str]]:
    """All KB records and the romaniser table, from ``shared_data`` (``shared/data``)."""
    table = _romanizer_table(shared_data)
    roman = Romanizer(table)
    rev = _reverse_translit(table)
    rows = curated_rows()
    cur_country = {r.iso3: r for r in rows if r.kind == "country" and r.iso3}
    cur_demonyms: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if r.kind == "demonym" and r.iso3:
            cur_demonyms[r.iso3].extend(fold(n) for n in (r.name_ar, *r.aliases_ar))
    cur_capital_iso = {r.iso3 for r in rows if r.kind == "capital"}

    entries: list[KBEntry] = []
    seen: set[str] = set()
    capitals: list[tuple[str, str, str]] = []

    def add(e: KBEntry) -> None:
        entries.append(e)
        seen.update(name_key(n) for n in e.names_ar)

    for c in countries(shared_data / "countries" / "countries.json"):
        if not c.name_ar:
            continue
        cur = cur_country.get(c.iso3)
        name_ar = cur.name_ar if cur else c.name_ar
        aliases = [n for n in (c.name_ar, c.official_ar, *(cur.aliases_ar if cur else ()))
                   if n and name_key(n) != name_key(name_ar)]
        aliases = list(dict.fromkeys(aliases))
        stems = [derive_nisba(fold(n)) for n in (name_ar, *aliases)]
        demonyms = list(dict.fromkeys([s for s in stems if s] + cur_demonyms.get(c.iso3, [])))
        name_en = cur.name_en if cur else c.name_en
        aliases_en = [n for n in ((cur.aliases_en if cur else ()) + (c.official_en, c.name_en))
                      if n != name_en]
        add(KBEntry(
            id=f"country:{c.iso3}", kind="country", label="LOC", name_ar=name_ar,
            name_en=name_en, qid=cur.qid if cur else None, country=c.iso3,
            aliases_ar=tuple(aliases), aliases_en=tuple(dict.fromkeys(aliases_en)),
            ambiguous=cur.ambiguous if cur else (), demonyms=tuple(demonyms),
            source="countries+curated" if cur else "countries",
        ))
        if c.iso3 not in cur_capital_iso and len(c.capitals) == 1:
            words = c.capitals[0].lower().split()
            if len(words) == 1 and words[0] in rev:
                capitals.append((c.iso3, c.capitals[0], rev[words[0]]))

    # Adjectives of groups and peoples (حوثي -> Houthis, كردي -> Kurds): demonym rows
    # without a country name their record by its English name.
    group_demonyms: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if r.kind == "demonym" and not r.iso3:
            group_demonyms[r.name_en].extend(fold(n) for n in (r.name_ar, *r.aliases_ar))
    for n, r in enumerate(rows):
        if r.kind in ("country", "demonym"):
            continue
        add(KBEntry(
            id=f"cur:{n}", kind=r.kind, label=KIND_LABEL.get(r.kind, "MISC"), name_ar=r.name_ar,
            name_en=r.name_en, qid=r.qid, country=r.iso3, aliases_ar=r.aliases_ar,
            aliases_en=r.aliases_en, ambiguous=r.ambiguous,
            demonyms=tuple(group_demonyms.get(r.name_en, ())), source="curated",
        ))

    # Capitals named only in English: Arabic spelling from the name tables. A guessed
    # spelling can be a common name (Victoria, Douglas), so the matcher needs context.
    for iso3, name_en, name_ar in capitals:
        if name_key(name_ar) not in seen:
            add(KBEntry(id=f"capital:{iso3}", kind="capital", label="LOC", name_ar=name_ar,
                        name_en=name_en, country=iso3, ambiguous=(name_ar,),
                        source="countries+translit"))

    kind_of = {"LOC": "city", "ORG": "org", "PER": "person"}
    for n, (label, name) in enumerate(anergazet(shared_data / "anergazet")):
        k = name_key(name)
        if not k or k in seen or (label == "PER" and " " not in k):
            continue
        single = (name,) if " " not in k else ()
        add(KBEntry(id=f"ag:{n}", kind=kind_of[label], label=label, name_ar=name,
                    name_en=roman(name), ambiguous=single, source="anergazet"))

    for n, (name, iso) in enumerate(up_arabic_people(
            shared_data / "up_arabic" / "actor_dict_ar_v4.txt")):
        if name_key(name) in seen:
            continue
        add(KBEntry(id=f"up:{n}", kind="person", label="PER", name_ar=name,
                    name_en=roman(name), country=iso, source="up_arabic"))

    # Check the nisbas against the KB: one that is also a name (a country's own
    # name, a person's) or a common word needs the country in the article.
    all_keys = {name_key(n) for e in entries for n in e.names_ar}
    checked: list[KBEntry] = []
    for e in entries:
        if e.demonyms:
            amb = tuple(d for d in e.demonyms if d in HOMOGRAPH_NISBAS or d in all_keys
                        or "ال" + d in all_keys)
            e = replace(e, ambiguous=tuple(dict.fromkeys(e.ambiguous + amb)))
        checked.append(e)
    return checked, table


def _cell(values: tuple[str, ...] | str | None) -> str:
    if values is None:
        return ""
    if isinstance(values, str):
        return values
    return "|".join(values)


def write_kb(entries: list[KBEntry], table: dict[str, str], out: Path) -> tuple[Path, Path]:
    """Write ``kb.tsv.gz`` and ``translit.tsv.gz`` into ``out`` (gzip without a timestamp)."""
    out.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    buf.write("\t".join(COLUMNS) + "\n")
    for e in entries:
        cells = (e.id, e.kind, e.label, e.qid, e.country, e.name_en, e.name_ar, e.aliases_ar,
                 e.aliases_en, e.ambiguous, e.demonyms, e.source)
        buf.write("\t".join(_cell(c).replace("\t", " ") for c in cells) + "\n")
    kb_path = out / KB_FILE
    kb_path.write_bytes(gzip.compress(buf.getvalue().encode("utf-8"), mtime=0))
    tbuf = "".join(f"{k}\t{v}\n" for k, v in table.items())
    tr_path = out / TRANSLIT_FILE
    tr_path.write_bytes(gzip.compress(tbuf.encode("utf-8"), mtime=0))
    return kb_path, tr_path


def build_kb(shared_data: Path, out: Path) -> BuildReport:
    """Build the KB from ``shared_data`` into ``out``."""
    started = time.perf_counter()
    entries, table = build_entries(shared_data)
    files = write_kb(entries, table, out)
    by_source = Counter(e.source for e in entries)
    return BuildReport(
        entries=len(entries), by_source=dict(sorted(by_source.items())),
        demonyms=sum(len(e.demonyms) for e in entries), translit_tokens=len(table),
        seconds=time.perf_counter() - started, files=files,
    )


__all__ = ["COLUMNS", "KB_FILE", "TRANSLIT_FILE", "BuildReport", "build_entries", "build_kb",
           "key_tokens", "write_kb"]
