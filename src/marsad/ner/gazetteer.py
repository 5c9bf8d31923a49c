"""Name lists for NER features: built from public gazetteers, matched on clitic-free keys.

Every entry and every token is reduced to a *key* per word: folded
(:func:`marsad.text.fold`) with its leading conjunction, preposition and
article stripped (:func:`marsad.text.strip_proclitics`), so ``بالولايات المتحدة``
and ``الولايات المتحدة`` meet on the same keys. Entries are typed ``LOC``,
``ORG``, ``PER`` (ANERgazet), ``CTRY`` (country names) and ``ACT`` (political
actors from the Universal-PETRARCH Arabic dictionary, cleaned).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from marsad.errors import ModelError
from marsad.text import fold, strip_proclitics

MAX_ENTRY_WORDS = 6
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a]+$")


def key(word: str) -> str:
    """The matching key of one word (folded, proclitics and article stripped)."""
    return strip_proclitics(fold(word))


def entry_keys(name: str) -> tuple[str, ...] | None:
    """Keys of a name's words, or None when it is not a plain Arabic name."""
    words = fold(name).replace("_", " ").split()
    if not words or len(words) > MAX_ENTRY_WORDS:
        return None
    if not all(_ARABIC_WORD.match(w) for w in words):
        return None
    keys = tuple(strip_proclitics(w) for w in words)
    # One- and two-letter single words (initials, particles) match too much text.
    if len(keys) == 1 and len(keys[0]) < 3:
        return None
    return keys


def read_anergazet(folder: Path) -> list[tuple[str, str]]:
    """``(type, name)`` pairs of ANERgazet's loc/org/pers lists (separator lines skipped)."""
    out: list[tuple[str, str]] = []
    for fname, typ in (("loc.txt", "LOC"), ("org.txt", "ORG"), ("pers.txt", "PER")):
        for line in (folder / fname).read_text(encoding="utf-8").splitlines():
            name = line.strip()
            if name and not set(name) <= set("=*-#"):
                out.append((typ, name))
    return out


def read_countries(path: Path) -> tuple[list[tuple[str, str]], set[str]]:
    """Country names in Arabic (common and official) and the ISO alpha-3 codes."""
    data = json.loads(path.read_text(encoding="utf-8"))
    names: list[tuple[str, str]] = []
    codes: set[str] = set()
    for c in data:
        codes.add(str(c.get("cca3", "")))
        ara = c.get("translations", {}).get("ara", {})
        for field in ("common", "official"):
            if ara.get(field):
                names.append(("CTRY", str(ara[field])))
    return names, codes


def read_actors(path: Path, country_codes: set[str]) -> list[tuple[str, str]]:
    """Named actors of a PETRARCH actor dictionary.

    Entries are ``NAME_WITH_UNDERSCORES [CODE]`` or a name followed by indented
    ``[CODE dates]`` lines. Generic role words (``حكومة [GOV]``) carry no
    country or IGO/NGO code and are dropped: they are common nouns, not names.
    """
    out: list[tuple[str, str]] = []
    known = country_codes | {"IGO", "NGO", "MNC"}
    name: str | None = None
    codes: list[str] = []

    def flush() -> None:
        if name and any(code[:3] in known for code in codes):
            out.append(("ACT", name.strip("_ ")))

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line or line.lstrip().startswith("#"):
            continue
        if raw[:1] in "\t" or line.lstrip().startswith("["):
            codes.extend(re.findall(r"\[([A-Z]+)", line))
            continue
        flush()
        head, _, rest = line.strip().partition("[")
        name = head.strip()
        codes = re.findall(r"^([A-Z]+)", rest)
    flush()
    return out


class Gazetteer:
    """Typed name lists, matched word by word and as multi-word spans.

    Args:
        entries: ``(type, name)`` pairs.
        keyed: the names are already space-separated keys (as :meth:`save`
            writes them): stripping proclitics again would change them
            (``وفليس`` -> ``فليس``) and the model would meet other keys than
            it was trained with.
    """

    def __init__(self, entries: Iterable[tuple[str, str]], keyed: bool = False) -> None:
        single: dict[str, set[str]] = defaultdict(set)
        part: dict[str, set[str]] = defaultdict(set)
        multi: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.entries: list[tuple[str, str]] = []
        for typ, name in entries:
            keys = tuple(name.split()) if keyed else entry_keys(name)
            if keys is None:
                continue
            self.entries.append((typ, " ".join(keys)))
            if len(keys) == 1:
                single[keys[0]].add(typ)
            else:
                multi[keys].add(typ)
                for k in keys:
                    if len(k) >= 3:
                        part[k].add(typ)
        self.single = {k: tuple(sorted(v)) for k, v in single.items()}
        self.part = {k: tuple(sorted(v)) for k, v in part.items()}
        self.multi = {k: tuple(sorted(v)) for k, v in multi.items()}
        self.first = {k[0] for k in self.multi}
        self.longest = max((len(k) for k in self.multi), default=1)

    def word_flags(self, k: str) -> list[str]:
        """Word-level flags of one key: whole single-word entry, or part of a longer one."""
        flags = [f"g={t}" for t in self.single.get(k, ())]
        flags.extend(f"gp={t}" for t in self.part.get(k, ()))
        return flags

    def span_tags_sparse(self, keys: Sequence[str]) -> list[tuple[int, list[str]]]:
        """BIO matches of multi-word entries over keys, longest first.

        Returns:
            ``(index, attributes)`` of the tokens inside a match, such as
            ``G=B-LOC`` (computed once per token).
        """
        n = len(keys)
        out: list[tuple[int, list[str]]] = []
        multi, first, longest = self.multi, self.first, self.longest
        for i in [i for i, k in enumerate(keys) if k in first]:
            if out and out[-1][0] >= i:
                continue  # inside the previous match
            for length in range(min(longest, n - i), 1, -1):
                types = multi.get(tuple(keys[i : i + length]))
                if types:
                    out.append((i, [f"G=B-{t}" for t in types]))
                    out.extend((j, [f"G=I-{t}" for t in types]) for j in range(i + 1, i + length))
                    break
        return out

    def span_tags(self, keys: Sequence[str]) -> list[list[str]]:
        """Per token, the attributes of :meth:`span_tags_sparse` (empty lists elsewhere)."""
        out: list[list[str]] = [[] for _ in keys]
        for i, attrs in self.span_tags_sparse(keys):
            out[i] = attrs
        return out

    def save(self, path: Path) -> None:
        """Write ``type<TAB>keys`` lines (gzip, no timestamp)."""
        text = "".join(f"{t}\t{k}\n" for t, k in sorted(set(self.entries)))
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            gz.write(text.encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        """Read a file written by :meth:`save`.

        Raises:
            ModelError: missing or malformed file.
        """
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                pairs = [tuple(line.rstrip("\n").split("\t", 1)) for line in fh if line.strip()]
        except (OSError, EOFError) as err:
            raise ModelError(f"cannot read gazetteer {path}: {err}", code="M052") from None
        if any(len(p) != 2 for p in pairs):
            raise ModelError(f"malformed gazetteer {path}", code="M052")
        return cls(((p[0], p[1]) for p in pairs), keyed=True)


def read_name_tokens(folder: Path) -> list[tuple[str, str]]:
    """Single name tokens of the transliteration lists (Wikidata pairs; Google's pairs).

    ``NAME`` marks tokens seen at least twice among Wikidata labels or in
    Google's list, ``NAME1`` those seen once.
    """
    out: list[tuple[str, str]] = []
    for line in (folder / "wd_arabic.normalized.aligned.tokens").read_text(
            encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            count = int(parts[2]) if parts[2].isdigit() else 1
            out.append(("NAME" if count >= 2 else "NAME1", parts[1].replace(" ", "")))
    for line in (folder / "google_ar2en.txt").read_text(encoding="utf-8").splitlines():
        arabic = line.split("\t", 1)[0]
        out.append(("NAME", arabic))
    return out


def build_gazetteer(data: Path) -> Gazetteer:
    """The gazetteer from ``shared/data``: ANERgazet, countries, PETRARCH actors, name tokens."""
    entries = read_anergazet(data / "anergazet")
    entries += read_name_tokens(data / "translit")
    countries, codes = read_countries(data / "countries" / "countries.json")
    entries += countries
    entries += read_actors(data / "up_arabic" / "actor_dict_ar_v4.txt", codes)
    return Gazetteer(entries)
