"""Readers for the public sources the KB is built from (build time only)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from marsad.errors import InputError
from marsad.kb.keys import name_key


@dataclass(frozen=True, slots=True)
class CuratedRow:
    """One row of ``curated.tsv``."""

    kind: str
    iso3: str | None
    qid: str | None
    name_en: str
    name_ar: str
    aliases_ar: tuple[str, ...]
    aliases_en: tuple[str, ...]
    ambiguous: tuple[str, ...]


def _opt(value: str) -> str | None:
    return None if value in ("", "-") else value


def _list(value: str) -> tuple[str, ...]:
    return () if value in ("", "-") else tuple(v.strip() for v in value.split("|") if v.strip())


def curated_rows(path: Path | None = None) -> list[CuratedRow]:
    """Rows of the curated table (default: the one that ships beside this module).

    Raises:
        InputError: a row without the eight columns.
    """
    text = (path.read_text("utf-8") if path is not None else
            resources.files("marsad.kb").joinpath("curated.tsv").read_text("utf-8"))
    rows: list[CuratedRow] = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("kind\t"):
            continue
        cols = line.split("\t")
        if len(cols) != 8:
            raise InputError(f"curated.tsv line {n}: {len(cols)} columns, expected 8",
                             code="M071")
        kind, iso3, qid, name_en, name_ar, al_ar, al_en, amb = cols
        rows.append(CuratedRow(kind, _opt(iso3), _opt(qid), name_en, name_ar,
                               _list(al_ar), _list(al_en), _list(amb)))
    return rows


@dataclass(frozen=True, slots=True)
class Country:
    """A country of mledoze/countries with its Arabic names."""

    iso3: str
    name_en: str
    official_en: str
    name_ar: str
    official_ar: str
    capitals: tuple[str, ...]
    demonym_en: str | None


def countries(path: Path) -> list[Country]:
    """The 250 countries of ``countries/countries.json``.

    Raises:
        InputError: the file is missing or not the expected JSON.
    """
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as err:
        raise InputError(f"cannot read countries from {path}: {err}", code="M071") from None
    out: list[Country] = []
    for c in data:
        ara = c.get("translations", {}).get("ara") or {}
        dem = (c.get("demonyms") or {}).get("eng") or {}
        out.append(Country(
            iso3=c["cca3"], name_en=c["name"]["common"], official_en=c["name"]["official"],
            name_ar=ara.get("common", ""), official_ar=ara.get("official", ""),
            capitals=tuple(c.get("capital") or ()), demonym_en=dem.get("m"),
        ))
    return out


def anergazet(folder: Path) -> Iterator[tuple[str, str]]:
    """``(label, name)`` from the ANERgazet lists; separators and one-letter lines dropped."""
    for fname, label in (("loc.txt", "LOC"), ("org.txt", "ORG"), ("pers.txt", "PER")):
        path = folder / fname
        if not path.exists():
            raise InputError(f"{path} does not exist", code="M071")
        for line in path.read_text("utf-8", errors="replace").splitlines():
            name = line.strip()
            if len(name) < 2 or name.startswith("=") or name == "-":
                continue
            yield label, name


# Up-Arabic actor entries: a name line, then its codes (inline or on indented lines).
_CODE = re.compile(r"\[([A-Z]{3,})(?:\s+(\d{8})-(\d{8}))?\]")
# Words that make an entry a description ("the Iraqi police") instead of a name.
_GENERIC = frozenset(name_key(w) for w in ["وزير", "وزيرة", "وزارة", "رئيس", "سفير", "دكتور", "أمير", "ملك", "شيخ", "قوة", "جيش", "شرطة", "حكومة", "مجلس", "لجنة", "اتحاد", "منظمة", "حركة", "حزب", "جماعة", "وكالة", "مسؤول", "مقاتل", "نائب", "عضو", "قائد", "زعيم", "متحدث", "ناطق", "جنرال", "سيناتور", "محامي", "مدير", "أمين", "عام", "سابق", "رئيسة", "حاكم", "محافظ", "مستشار", "ممثل", "مبعوث", "منطقة", "أرض", "مدينة", "قرية", "ولاية", "دولة", "جمهورية", "مملكة", "إمارة", "نظام", "معارضة", "متمرد", "مسلح", "جهاز", "مخابرات", "أمن", "دفاع", "خارجية", "داخلية", "برلمان", "نواب", "شعب", "طائفة", "قبيلة", "عشيرة", "بنك", "شركة", "جامعة", "مدرسة", "مستشفى", "سجن", "محكمة", "قاضي", "ضابط", "جندي", "عسكري", "مدني", "لاجئ", "طالب", "معلم", "صحفي", "صحيفة", "قناة", "إذاعة", "تلفزيون", "موقع", "ديوان", "صليب", "هلال", "وساطة", "ال", "ل", "ب", "ك", "و", "ف"])


def _iso(code: str) -> str | None:
    return code[:3] if len(code) >= 3 and code[:3].isalpha() else None


def up_arabic_people(path: Path) -> Iterator[tuple[str, str | None]]:
    """Clean person names from Universal-PETRARCH's actor dictionary.

    The file is noisy: lemmatised descriptions (``شرطة_بريطاني_``), titles glued to
    names (``سفير_روبرت_فورد_``), and date-bounded codes. Kept: entries of two to
    five words with no generic or one-letter word, whose codes name a person
    (a date range); the country is the three-letter prefix of the latest code.

    Yields:
        ``(name, iso3 or None)``.
    """
    try:
        lines = path.read_text("utf-8", errors="replace").splitlines()
    except OSError as err:
        raise InputError(f"cannot read {path}: {err.strerror}", code="M071") from None
    name: str | None = None
    codes: list[tuple[str, str]] = []

    def flush() -> Iterator[tuple[str, str | None]]:
        if name is None or not codes:
            return
        words = [w for w in name.split("_") if w]
        if not 2 <= len(words) <= 5:
            return
        if any(len(w) < 2 or name_key(w) in _GENERIC or not re.fullmatch(r"[\u0621-\u064a]+", w)
               for w in words):
            return
        if not any(start for _, start in codes):
            return  # no date range: a role or a group, not a person
        latest = max(codes, key=lambda c: c[1])[0]
        if latest.startswith("IGO") or latest.startswith("NGO"):
            return
        yield " ".join(words), _iso(latest)

    for raw in lines:
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0].isspace():
            codes.extend((m.group(1), m.group(2) or "") for m in _CODE.finditer(raw))
            continue
        yield from flush()
        head = raw.split("[", 1)[0].strip()
        name = head or None
        codes = [(m.group(1), m.group(2) or "") for m in _CODE.finditer(raw)]
    yield from flush()


def translit_pairs(folder: Path) -> Iterator[tuple[str, str, int]]:
    """``(arabic token, latin token, count)`` from the two name tables of ``translit/``."""
    wd = folder / "wd_arabic.normalized.aligned.tokens"
    gg = folder / "google_ar2en.txt"
    for p in (wd, gg):
        if not p.exists():
            raise InputError(f"{p} does not exist", code="M071")
    for line in wd.read_text("utf-8", errors="replace").splitlines():
        cols = line.split("\t")
        if len(cols) == 3 and cols[2].isdigit():
            yield cols[1].replace(" ", ""), cols[0], int(cols[2])
    for line in gg.read_text("utf-8", errors="replace").splitlines():
        cols = line.split("\t")
        if len(cols) == 2:
            yield cols[0], cols[1], 1
