"""The cue lexicon and word lists, loaded once from ``marsad/models/quotes``.

Every key is folded (:func:`marsad.text.fold`: alef, ya, ta marbuta,
diacritics) so that a token is looked up with one dictionary access.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.errors import ModelError
from marsad.text import fold


@dataclass(frozen=True, slots=True)
class Cue:
    """One surface form of a speech cue."""

    lemma: str
    form: str  # "verb" (perfect), "imperfect", "participle" or "noun"
    complement: bool  # takes أن/إن, a colon or a quotation
    np_object: bool  # its noun-phrase object can be reported content
    prep: str  # the preposition of its object, "" for none
    prep_optional: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All the lookup tables the finder uses."""

    cues: dict[str, Cue]
    surface: dict[str, tuple[Cue, bool]]  # every written form, with و/ف/ل: (cue, proclitic)
    attribution: frozenset[str]
    attribution_surface: frozenset[str]  # with و/ف
    title_keys: frozenset[str]  # titles and honorifics, with and without the article
    any_cue: frozenset[str]  # every written cue and attribution form (one test per token)
    complementisers: frozenset[str]
    act_objects: frozenset[str]
    clause_enders: frozenset[str]
    anonymous_heads: frozenset[str]
    organization_heads: frozenset[str]
    document_heads: frozenset[str]
    honorifics: frozenset[str]
    titles: frozenset[str]
    adjunct_starts: frozenset[str]
    non_source_heads: frozenset[str]
    subject_stops: frozenset[str]


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _verb_forms(stem: str) -> list[str]:
    # With the objects "us"/"me" too: أفادنا، أبلغني.
    forms = [stem, stem + "ت", stem + "وا", stem + "ا", stem + "تا", stem + "نا", stem + "ني"]
    if stem.endswith("ي"):  # defective verbs: نفى -> نفت، نفوا
        forms += [stem[:-1] + "ت", stem[:-1] + "وا", stem[:-1] + "تا"]
        forms.remove(stem + "ا")  # نفيا is the verbal noun (نفيا شديدا), not a dual
    return forms


def _imperfect_forms(stem: str) -> list[str]:
    rest = stem[1:]
    forms = [stem, "ت" + rest, stem + "ون", stem + "ان", "ت" + rest + "ان"]
    if stem.endswith("ي"):
        forms += [stem[:-1] + "ون"]
    return forms


def _participle_forms(acc: str) -> list[str]:
    stem = acc[:-1] if acc.endswith("ا") else acc
    return [acc, stem + "ه", stem + "ين", stem + "تين"]


def _noun_forms(noun: str, suffixes: list[str]) -> list[str]:
    return [noun] + [noun + s for s in suffixes]


def _read(name: str) -> str:
    try:
        return resources.files("marsad").joinpath("models", "quotes", name).read_text("utf-8")
    except OSError as err:
        raise ModelError(f"cannot read the quote lexicon {name}: {err}", code="M058") from None


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load (once) and fold the shipped lexicon.

    Raises:
        ModelError: a lexicon file is missing or malformed.
    """
    try:
        words = tomllib.loads(_read("words.toml"))
    except tomllib.TOMLDecodeError as err:
        raise ModelError(f"quote word lists are not valid TOML: {err}", code="M058") from None
    suffixes = [fold(s) for s in words["pronoun_suffixes"]]
    cues: dict[str, Cue] = {}
    for line in _read("cues.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 7:
            raise ModelError(f"cues.tsv: expected 7 columns in {line!r}", code="M058")
        lemma, flags, prep, perfect, imperfect, participle, nouns = (fold(c) for c in cols)
        optional = prep.endswith("?")
        prep = "" if prep == "-" else prep.rstrip("?")
        make = {
            "verb": _verb_forms, "imperfect": _imperfect_forms, "participle": _participle_forms,
        }
        for form, col in (("verb", perfect), ("imperfect", imperfect),
                          ("participle", participle), ("noun", nouns)):
            if col == "-":
                continue
            for base in col.split(","):
                written = (_noun_forms(base, suffixes) if form == "noun"
                           else make[form](base))
                for s in written:
                    cues.setdefault(s, Cue(lemma, form, "S" in flags, "N" in flags, prep,
                                           optional))
    comps: set[str] = set()
    for c in words["complementisers"]:
        c = fold(c)
        comps.add(c)
        if " " not in c:
            comps.update(c + s for s in suffixes)
            comps.add(c + "ما")  # إنما is not one, but أنما/بأنما are rare; harmless
    comps.discard("انما")

    def fs(key: str, article: bool = True) -> frozenset[str]:
        out: set[str] = set()
        for w in words[key]:
            f = fold(w)
            out.add(f)
            if article:
                out.add(_strip_article(f))
        return frozenset(out)

    # One lookup per token at run time: every cue form with its proclitics.
    surface: dict[str, tuple[Cue, bool]] = {}
    for form, cue in cues.items():
        for pre in ("و", "ف"):
            surface.setdefault(pre + form, (cue, True))
            if cue.form == "imperfect":
                surface.setdefault(pre + "ل" + form, (cue, True))
        if cue.form == "imperfect":
            surface.setdefault("ل" + form, (cue, True))
    for form, cue in cues.items():
        surface[form] = (cue, False)
    for word in words.get("not_cues", []):
        key = fold(word)
        for pre in ("", "و", "ف"):
            surface.pop(pre + key, None)
    attribution = fs("attribution", False)
    titles = fs("titles")
    honorifics = fs("honorifics", False)
    return Lexicon(
        cues=cues,
        surface=surface,
        attribution_surface=frozenset(attribution | {p + a for a in attribution for p in "وف"}),
        title_keys=frozenset(titles | honorifics | {"ال" + t for t in titles}),
        # جاء في البيان is looked up with the cues too.
        any_cue=frozenset(surface) | attribution | {p + a for a in attribution for p in "وف"}
        | {fold("جاء"), fold("وجاء")},
        attribution=attribution,
        complementisers=frozenset(comps),
        act_objects=fs("act_objects"),
        clause_enders=fs("clause_enders", False),
        anonymous_heads=fs("anonymous_heads"),
        organization_heads=fs("organization_heads"),
        document_heads=fs("document_heads"),
        honorifics=honorifics,
        titles=titles,
        adjunct_starts=fs("adjunct_starts", False),
        non_source_heads=fs("non_source_heads"),
        subject_stops=fs("subject_stops", False),
    )
