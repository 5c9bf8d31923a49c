"""Who did it to whom, and where: event arguments from the entity layers.

Candidates are the mentions and modifiers (``الحكومة المالية``) that point to an
entity. Each is placed at a token and tagged with the preposition before it; the
rules below read the clause around the trigger:

- after the trigger: ``مع X`` partner (recipient), ``على/ضد X`` target (recipient, or
  location when X is a town: ``على العاصمة باماكو``), ``من قبل/على يد X`` the actor of a
  passive, ``في/ب X`` (a place) the location, ``إلى X`` the host of a visit;
- a verb's first bare candidate after it is its subject (VSO), the next its object;
  a bare candidate before it in the clause is its subject (SVO);
- a noun's relative clause (``المحادثات التي أجرتها X``, or unmarked after an indefinite
  noun: ``عملية انتحارية نفذتها X``) gives its actor, a bare candidate before it
  (``أجرت X محادثات``) too; a place right after it (``حصار باماكو``) is the location;
- a nationality adjective on the noun itself (``غارة أمريكية``, ``القصف التركي``) names
  the state that acts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.document import Document
from marsad.errors import MarsadError
from marsad.kb import load_kb
from marsad.text import fold

PARTNER = frozenset({"مع"})
TARGET = frozenset({"علي", "ضد", "بحق"})
AGENT_AFTER = frozenset({"قبل", "يد", "بواسطه"})  # من قبل، على يد
PLACE = frozenset({"في", "ب", "داخل", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "وسط",
                   "امام", "عند", "بمدينه", "بمحافظه", "بولايه", "بمنطقه", "بلده"})
TOWARD = frozenset({"الي", "ل"})
TOWN_WORDS = frozenset({"العاصمه", "مدينه", "المدينه", "بلده", "قريه", "محافظه", "ولايه",
                        "منطقه", "مدينة", "بلدة"})
RELATIVE = frozenset({"التي", "الذي", "اللذين", "اللتين", "الذين"})
# Verbs whose subject may be set off by a comma before the rest of the clause.
SUBJECT_VERBS = frozenset(fold(w) for v in (
    "أعلن", "أعلنت", "أكد", "أكدت", "قال", "قالت", "ذكر", "ذكرت", "شن", "شنت", "نفذ",
    "نفذت", "أجرى", "أجرت", "فرض", "فرضت", "أطلق", "أطلقت",
) for w in (v, "و" + v, "ف" + v))
_STOPS = frozenset(".؟?!؛;:")
MARKERS = PARTNER | TARGET | AGENT_AFTER | PLACE | TOWARD | RELATIVE | {"بين"}
COMPLEMENTIZERS = frozenset({"ان", "بان", "وان", "لان"})
# Verbs of carrying out whose object pronoun points back to the event noun: the head of an
# unmarked relative clause (هجوم شنه X، عملية نفذتها X، تفجير تبناه X).
AGENT_RELATIVE_STEMS = frozenset(fold(w) for w in (
    "نفذ", "نفذت", "شن", "شنت", "تبنى", "تبنت", "تبنا", "ارتكب", "ارتكبت", "نظم", "نظمت",
    "قاد", "قادت", "أجرى", "أجرت", "أجرا",
))
_OBJECT_PRONOUNS = ("ها", "ه", "هما", "هم")
RELATIVE_VERB_GAP = 3  # tokens between the noun (and its adjectives) and that verb
# Verbs read as passive when a party follows them (قُتل، اغتيل).
PASSIVE_LEMMAS = frozenset({"قتل"})
# Verbal nouns whose genitive is the one acted on (اعتقال المعارضين، مقتل الجنود).
OBJECT_GENITIVE = frozenset(fold(w) for w in (
    "مقتل", "اغتيال", "اعتقال", "احتجاز", "توقيف", "اختطاف", "خطف", "إعدام", "ترحيل",
    "محاكمة", "استهداف", "تدمير", "مصادرة", "قبض",
))
TOWN_KINDS = frozenset({"capital", "city", "region", "seat"})
TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "ACCUSE", "THREATEN", "SANCTION",
                          "REJECT", "REQUEST", "MOBILIZE"})
WINDOW_AFTER = 16
PLACE_WINDOW = 8  # a place further on belongs to another clause
WINDOW_BEFORE = 6
LOOKBACK = 3  # words between a preposition and the entity it introduces
TITLE_GAP = 3  # characters between a title's nationality and the name (a space or "، ")


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entity reference placed at a token, with the word before it."""

    token: int
    last: int
    entity: str
    label: str
    prep: str  # folded preposition before it (or its own clitic), "" when bare
    after_town: bool
    head: int = -1  # for a nationality adjective, the token of the noun it modifies


def state_of_agents(doc: Document) -> dict[str, str]:
    """Person entities introduced with a nationality in their title -> that country's entity.

    ``وزير الدفاع الأمريكي أشتون كارتر``: a modifier linked to a country right before a
    person's mention marks the person as acting for that state.
    """
    labels = {e.id: e.label for e in doc.entities}
    out: dict[str, str] = {}
    # Nationality adjectives (الأمريكي) and countries in a title's genitive (سفير مصر).
    refs = [(m.start, m.end, str(m.entity)) for m in doc.modifiers
            if m.entity is not None and labels.get(m.entity) == "LOC"]
    refs += [(m.start, m.end, str(m.entity)) for m in doc.mentions
             if m.entity is not None and labels.get(m.entity) == "LOC"]
    # Index the country references by where they end, for "X <name>" titles.
    by_end: dict[int, str] = {}
    for _start, end, ent in refs:
        by_end.setdefault(end, ent)
    for men in doc.mentions:
        if men.entity is None or labels.get(men.entity) != "PER" or men.entity in out:
            continue
        country: str | None = None
        for gap in range(TITLE_GAP + 1):
            c = by_end.get(men.start - gap)
            if c is not None and not any(ch in doc.text[men.start - gap : men.start]
                                         for ch in ".؟!؛"):
                country = c
                break
        if country is None:
            country = next((c for a, b, c in refs if men.start <= a and b <= men.end), None)
        if country is not None:
            out[men.entity] = country
    return out


def towns_of_countries(doc: Document) -> dict[str, str]:
    """Entities that are towns (capitals, cities, regions, seats of power in the shipped
    KB) -> the entity of their country, when the article names that country too."""
    linked = [e for e in doc.entities if e.kb_id]
    if not linked:
        return {}
    try:
        kb = load_kb()
    except MarsadError:
        return {}
    by_qid = {e.kb_id: e.id for e in linked}
    out: dict[str, str] = {}
    for e in linked:
        i = kb.by_qid.get(str(e.kb_id)) if e.label == "LOC" else None
        if i is None:
            continue
        entry = kb.entries[i]
        if entry.kind in TOWN_KINDS:
            country = kb.country_of(entry)
            if country is not None and country.qid in by_qid and by_qid[country.qid] != e.id:
                out[e.id] = by_qid[country.qid]
    return out


@dataclass(frozen=True, slots=True)
class Arguments:
    """The entity ids found for an event."""

    actor: str | None = None
    recipient: str | None = None
    location: str | None = None
    # The actor is only the state named by an adjective after a verb (استهدفت الشرطة
    # الأفغانية): as often the object as the subject.
    weak_actor: bool = False


def candidates(doc: Document, tokens: Sequence[tuple[int, int]],
               folded: Sequence[str]) -> list[Candidate]:
    """Entity references of the document, in token order."""
    labels = {e.id: e.label for e in doc.entities}
    refs: list[tuple[int, int, str, int]] = [
        (m.start, m.end, m.entity, -1) for m in doc.mentions if m.entity is not None
    ]
    for mod in doc.modifiers:
        if mod.entity is not None:
            refs.append((mod.start, mod.end, mod.entity,
                         mod.head.start if mod.head is not None else -1))
    refs.sort()
    # One sweep over tokens and sorted references (no search per reference).
    placed: list[tuple[int, int, int, int, str, int]] = []  # tokens, chars, id, head char
    n = len(tokens)
    t = 0
    for start, end, entity, head_char in refs:
        while t + 1 < n and tokens[t + 1][0] <= start:
            t += 1
        if not tokens or tokens[t][0] > start:
            continue
        last = t
        while last + 1 < n and tokens[last + 1][0] < end:
            last += 1
        placed.append((t, last, start, end, entity, head_char))
    taken = {p[0] for p in placed}
    out: list[Candidate] = []
    for t, last, start, _end, entity, head_char in placed:
        prefix = fold(doc.text[tokens[t][0] : start]) if start > tokens[t][0] else ""
        prev = folded[t - 1] if t > 0 else ""
        # A clitic on the mention itself (بباماكو، لمالي) is its preposition; a bare
        # conjunction (وروسيا) leaves it bare; otherwise the word before counts.
        if prefix:
            prep = prefix[-1] if prefix[-1] in "بل" else ""
        else:
            # The nearest marker a few words back: مع نظيره الروسي X، على العاصمة X، على يد مسلحي X.
            prep = ""
            for j in range(t - 1, max(-1, t - 1 - LOOKBACK), -1):
                w = folded[j]
                if w[:1] in "وف" and len(w) > 2:
                    w = w[1:]
                if w in MARKERS:
                    prep = w
                    break
                if w[:1] in _STOPS or w in ("،", ",") or j in taken:
                    break
        town = prev in TOWN_WORDS or (t > 1 and folded[t - 2] in TOWN_WORDS)
        head = -1
        if head_char >= 0:
            # The head noun comes before its adjective: walk back to its token.
            head = t
            while head > 0 and tokens[head][0] > head_char:
                head -= 1
        out.append(Candidate(t, last, entity, labels.get(entity, "MISC"), prep, town, head))
    out.sort(key=lambda c: (c.token, c.last))
    return out


def _genitive(folded: Sequence[str], last: int, token: int) -> bool:
    """Whether a candidate at ``token`` is the noun's genitive: right after it, or after
    one head word and quote marks (حصار جماعة "نصرة ...")."""
    words = [w for w in folded[last + 1 : token] if any(ch.isalpha() for ch in w)]
    return token - last <= 4 and len(words) <= 1


def _relative_verb(folded: Sequence[str], last: int, stop: int) -> int:
    """The token of a carrying-out verb whose pronoun refers back to the noun ending at
    ``last`` (``عملية انتحارية نفذتها``), or -1."""
    for j in range(last + 1, min(stop, last + 1 + RELATIVE_VERB_GAP)):
        w = folded[j]
        if not any(ch.isalpha() for ch in w):
            return -1
        for suffix in _OBJECT_PRONOUNS:
            if w.endswith(suffix) and w[: -len(suffix)] in AGENT_RELATIVE_STEMS:
                return j
    return -1


def find_arguments(ptype: str, first: int, last: int, verb: bool, sent_lo: int, sent_hi: int,
                   cands: Sequence[Candidate], folded: Sequence[str],
                   lemma: str = "") -> Arguments:
    """The actor, recipient and location of a trigger at tokens ``first..last``.

    Only candidates in the trigger's sentence (tokens ``sent_lo..sent_hi``) count.
    """
    actor: str | None = None
    recipient: str | None = None
    location: str | None = None
    weak = False
    # After the trigger, up to a strong stop.
    stop = min(sent_hi, last + 1 + WINDOW_AFTER)
    for j in range(last + 1, stop):
        if folded[j][:1] in _STOPS:
            stop = j
            break
    relative = last + 1 < len(folded) and folded[last + 1] in RELATIVE
    rel_verb = -1 if verb or relative else _relative_verb(folded, last, stop)
    bare_after: list[Candidate] = []
    sides: list[Candidate] = []
    for c in cands:
        if c.token <= last or c.token >= stop:
            continue
        if c.entity in (actor, recipient, location):
            continue
        if not verb and first <= c.head <= last and c.label == "LOC" and c.token - last <= 3:
            # غارة أمريكية، القصف التركي: the adjective names the state that acts.
            if actor is None:
                actor = c.entity
            continue
        if (rel_verb >= 0 and 0 < c.token - rel_verb <= 4 and not c.prep
                and actor is None):
            # هجوم شنه X: X carried it out.
            actor = c.entity
            continue
        if c.prep in PARTNER and recipient is None:
            recipient = c.entity
        elif c.prep in TARGET and ptype in TARGET_TYPES:
            if c.label == "LOC" and c.after_town:
                location = location or c.entity
            elif recipient is None:
                recipient = c.entity
        elif c.prep in AGENT_AFTER and actor is None:
            actor = c.entity
        elif (c.prep in PLACE and c.label == "LOC" and location is None and c.head < 0
              and c.token - last <= PLACE_WINDOW):
            # (an adjective is never the place: في غارة أمريكية)
            location = c.entity
        elif c.prep in TOWARD and ptype == "CONSULT" and c.label == "LOC" and recipient is None:
            recipient = c.entity
            location = location or c.entity
        elif (c.prep == "بين" and not sides and c.token - last <= 4) or (
                sides and not c.prep and c.token - sides[-1].last <= 3):
            sides.append(c)
        elif not c.prep or c.prep in RELATIVE:
            bare_after.append(c)
    if sides:
        # بين X و Y right after the trigger: the two sides.
        actor = actor or sides[0].entity
        if len(sides) > 1 and recipient is None:
            recipient = sides[1].entity
    if bare_after:
        first_bare = bare_after[0]
        near = first_bare.token - last <= 4
        if verb and near and lemma in PASSIVE_LEMMAS:
            # قُتل X: news writes the victim after the verb far more often than the killer.
            recipient = recipient or first_bare.entity
        elif verb and near and actor is None:
            actor = first_bare.entity
            weak = first_bare.head > last
            if len(bare_after) > 1 and recipient is None:
                recipient = bare_after[1].entity
        elif not verb and relative and first_bare.token - last <= 6 and actor is None:
            actor = first_bare.entity
        elif not verb and _genitive(folded, last, first_bare.token):
            # Genitive: a place is where it happened; the one acted on for nouns like
            # اعتقال/مقتل (اعتقال المعارضين); else the one acting (حصار الجماعة، هجوم طالبان).
            if first_bare.label == "LOC" and ptype in TARGET_TYPES and first_bare.head < 0:
                location = location or first_bare.entity
            elif lemma in OBJECT_GENITIVE:
                recipient = recipient or first_bare.entity
            elif actor is None:
                actor = first_bare.entity
    if actor is None:
        # A bare candidate before the trigger in the same clause: the subject. A comma
        # may follow it when it is the subject of a verb before it (أعلن الجيش، حالة
        # الاستنفار) or when a relative pronoun opens the trigger's clause
        # (ياسين، الذي انتقد).
        rel = any(folded[j] in RELATIVE for j in range(max(sent_lo, first - 3), first))
        for c in reversed(cands):
            if c.last >= first or c.token < max(sent_lo, first - WINDOW_BEFORE):
                continue
            between = range(c.last + 1, first)
            if any(folded[j][:1] in _STOPS or folded[j] in COMPLEMENTIZERS for j in between):
                # (not past أنّ: the subject of "أعلن X أن المحادثات" did not hold the talks)
                break
            commas = sum(folded[j] in ("،", ",") for j in between)
            verb_before = c.token > 0 and folded[c.token - 1] in SUBJECT_VERBS
            if commas > (1 if rel or verb_before else 0):
                break
            if not c.prep and c.entity not in (recipient, location):
                actor = c.entity
                break
    if recipient == actor:
        recipient = None
    return Arguments(actor, recipient, location, weak)
