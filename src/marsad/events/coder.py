"""Code a document's events: triggers -> modality, attribution, arguments, date -> merged events."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from marsad.document import Document, Event, EventDate, Quote, Span
from marsad.events.anchor import anchored
from marsad.events.arguments import (
    TARGET_TYPES,
    Arguments,
    candidates,
    find_arguments,
    state_of_agents,
    towns_of_countries,
)
from marsad.events.dates import find_dates, publication_date, resolve
from marsad.events.detect import Hit, find_triggers, fold_same_length, fold_tokens
from marsad.events.gate import Gate
from marsad.events.lexicon import Lexicon
from marsad.events.modality import cue_modality, local_modality, question_modality
from marsad.text import normalize, tokenize_spans

DEMONSTRATIVES = frozenset({"هذه", "هذا", "تلك", "ذلك", "وهذه", "وهذا", "هاتين", "هذين"})
# Words that frame a verbal noun as a past or named case, not a report (منذ اغتيال الحريري).
BACKGROUND = frozenset({"بعد", "عقب", "منذ", "اثر", "قبل", "اعقاب", "جريمه", "حادثه",
                        "محاوله", "مسلسل", "ذكري", "قضيه", "ملف", "تورط", "تهمه", "تهم",
                        "مخطط", "مخططات", "تدبير", "طريقه"})
# The strongest of them: the noun is never a report of its own (a case, a file, a charge).
FRAMING = frozenset({"منذ", "جريمه", "مسلسل", "ذكري", "قضيه", "ملف", "تورط", "تهمه", "تهم",
                     "مخطط", "مخططات", "تدبير"})
PARTY_MARKERS = frozenset({"بين", "مع", "ضد"})  # a named party: a particular event
DATE_WINDOW = 80
DATE_BEFORE = 25  # a date before its trigger sits right before it (أمس اعتقلت، يوم الخميس هاجم)
_CLAUSE_BREAK = re.compile(r"[،,]\s*[وف]|[؛;:]")
NEAR_SENTENCES = 3  # a definite mention refers back at most this many sentences  # characters between a trigger and a date expression of its sentence


@dataclass(frozen=True, slots=True)
class TriggerMention:
    """One trigger with everything coded for it, before mentions of one event are merged."""

    hit: Hit
    modality: str
    quote: Quote | None
    args: Arguments
    date: EventDate | None
    sentence: int | None
    anchored: bool
    demonstrative: bool


def _quote_of(quotes: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The innermost quote whose content holds ``[start, end)``."""
    best: Quote | None = None
    for q in quotes:
        c = q.content
        if c.start <= start and end <= c.end and (
            best is None or c.end - c.start < best.content.end - best.content.start
        ):
            best = q
    return best


# Sentence start (or -1 for the whole text) -> folded text, offset map, date expressions.
DateCache = dict[int, tuple[str, list[int] | None, list[tuple[int, int, str, Any]]]]


def _date_near(doc: Document, sent: Span | None, hit: Hit, future: bool,
               cache: DateCache, folded_text: str | None,
               other_starts: Sequence[int]) -> EventDate | None:
    """The date expression of the trigger's sentence closest to it, resolved when possible."""
    if sent is None:
        return None
    if folded_text is not None:
        # The same-length fold keeps offsets: a match at i is at sent.start + i.
        cached = cache.get(sent.start)
        if cached is None:
            seg = folded_text[sent.start : sent.end]
            cached = (seg, None, find_dates(seg))
            cache[sent.start] = cached
        ftext, _, found = cached
        base = sent.start
    else:
        cached = cache.get(sent.start)
        if cached is None:
            norm = normalize(sent.text)
            cached = (norm.text, list(norm.offsets), find_dates(norm.text))
            cache[sent.start] = cached
        ftext, offsets, found = cached
        base = sent.start
    if not found:
        return None
    pub = publication_date(doc.meta)
    best = None
    for a, b, kind, parsed in found:
        if folded_text is not None:
            oa, ob = base + a, base + b
        else:
            assert offsets is not None
            oa, ob = base + offsets[a], base + offsets[b - 1] + 1
        dist = hit.start - ob if ob <= hit.start else (oa - hit.end if oa >= hit.end else 0)
        between = doc.text[ob : hit.start] if ob <= hit.start else doc.text[hit.end : oa]
        if (_CLAUSE_BREAK.search(between)
                or (ob <= hit.start and dist > DATE_BEFORE)
                or any(min(ob, hit.start) < s < max(oa, hit.end)
                       for s in other_starts if s != hit.start)):
            # A date in another clause, far before the trigger, or past another
            # trigger is not this event's.
            continue
        if dist <= DATE_WINDOW and (best is None or dist < best[0]):
            best = (dist, oa, ob, kind, parsed, ftext[a:b].replace("\x00", ""))
    if best is None:
        return None
    _, oa, ob, kind, parsed, expr = best
    # Keep the marks folding dropped at the end (أخيراً).
    while ob < sent.end and 0x064B <= ord(doc.text[ob]) <= 0x0652:
        ob += 1
    value = resolve(kind, parsed, expr, pub, future)
    return EventDate(text=doc.text[oa:ob], value=value, span=Span(oa, ob, doc.text[oa:ob]))


def _backgrounded(folded: Sequence[str], first: int, words: frozenset[str]) -> bool:
    """A verbal noun introduced as an earlier or framed event (منذ اغتيال X، جريمة اغتيال X)."""
    return any(folded[j].lstrip("وفب") in words or folded[j] in words
               for j in range(max(0, first - 2), first))


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _misread_actor(args: Sequence[Arguments], new: Arguments) -> bool:
    """Whether ``new``'s actor may be a misread other party: the same two parties as
    ``args`` with actor and recipient exchanged, or a weak actor (an adjective after a
    verb, as often its object as its subject)."""
    return new.actor is not None and (new.weak_actor or any(
        x.recipient == new.actor or (x.actor is not None and x.actor == new.recipient)
        for x in args))


def _merge(items: list[TriggerMention]) -> list[list[TriggerMention]]:
    """Group the mentions of one event.

    A mention joins an earlier event of the same type and mode, with no clashing
    argument and the same polarity, when it refers back: it repeats a lemma of it,
    sits in the same sentence as its last mention (``قتل ... في هجوم``), or is
    definite (``المحادثات``, ``زيارته``) or follows a demonstrative (``هذه المحادثات``)
    within a few sentences of it.
    """
    clusters: list[list[TriggerMention]] = []
    for it in items:
        home = None
        for cl in reversed(clusters):
            head = cl[0]
            if head.hit.type != it.hit.type:
                continue
            same_sentence = it.sentence == cl[-1].sentence
            modes = {m.hit.mode for m in cl} - {None}
            if it.hit.mode is not None and it.hit.mode not in modes and not same_sentence:
                # A visit is not a further mention of talks, nor a car bomb of an air strike.
                continue
            if it.hit.mode is not None and modes - {it.hit.mode} and not same_sentence:
                continue
            if (head.modality == "negated") != (it.modality == "negated"):
                continue
            same_lemma = any(m.hit.lemma == it.hit.lemma for m in cl)
            near = (it.sentence is not None and cl[-1].sentence is not None
                    and it.sentence - cl[-1].sentence <= NEAR_SENTENCES)
            if not (same_lemma or same_sentence
                    or ((it.hit.definite or it.demonstrative) and near)):
                continue
            args = [m.args for m in cl]
            if (same_lemma and near and (it.hit.definite or it.demonstrative)
                    and not it.hit.verb):
                # "المحادثات" again: the same talks, whatever weak arguments it picked up.
                home = cl
                break
            if same_sentence and (all(_compatible(x.actor, it.args.actor) for x in args)
                                  or _misread_actor(args, it.args)):
                # In one sentence (قتل ... في غارة استهدفته) only a different actor splits,
                # and not one that is this event's other party read the wrong way round.
                home = cl
                break
            if all(_compatible(x.actor, it.args.actor) and _compatible(x.recipient, it.args.recipient)
                   and _compatible(x.location, it.args.location) for x in args):
                home = cl
                break
        if home is None:
            clusters.append([it])
        else:
            home.append(it)
    return clusters


def _first(values: Sequence[str | None]) -> str | None:
    return next((v for v in values if v is not None), None)


def _sentence_window(doc: Document, tok_starts: Sequence[int], m: TriggerMention,
                     n_tokens: int) -> tuple[int, int]:
    """Token range of a mention's sentence (or 30 tokens each side when there is none)."""
    if m.sentence is not None:
        sent = doc.sentences[m.sentence]
        return (max(bisect_right(tok_starts, sent.start) - 1, 0),
                bisect_right(tok_starts, sent.end - 1))
    return max(m.hit.first_token - 30, 0), min(m.hit.last_token + 31, n_tokens)


def _gate_passes(gate: Gate, doc: Document, cl: list[TriggerMention], hits: Sequence[Hit],
                 folded: Sequence[str], tok_starts: Sequence[int],
                 cache: dict[tuple[str, int, int], bool]) -> bool:
    """Whether one sentence of the cluster's anchored mentions passes the type's gate."""
    ptype = cl[0].hit.type
    for m in cl:
        if not m.anchored:
            continue
        lo, hi = _sentence_window(doc, tok_starts, m, len(folded))
        key = (ptype, lo, hi)
        ok = cache.get(key)
        if ok is None:
            inside = [(h.first_token - lo, h.lemma, h.verb) for h in hits
                      if h.type == ptype and lo <= h.first_token < hi]
            ok = gate.passes(ptype, folded[lo:hi], inside)
            cache[key] = ok
        if ok:
            return True
    return False


def code_events(doc: Document, lexicon: Lexicon, *, merge: bool = True,
                component: str | None = None, gate: Gate | None = None) -> list[Event]:
    """The PLOVER events of ``doc`` (its tokens, sentences and, when present, entities/quotes).

    With a ``gate``, an event of a gated type (PROTEST, ASSAULT) is kept only when the
    sentence of one of its anchored mentions passes the type's learned sentence model.
    """
    text = doc.text
    tokens = [(t.start, t.end) for t in doc.tokens] or tokenize_spans(text)
    if not tokens:
        return []
    folded_text = fold_same_length(text)
    folded = fold_tokens(text, tokens, folded_text)
    hits = find_triggers(text, tokens, lexicon, folded)
    if not hits:
        return []
    tok_starts = [a for a, _ in tokens]
    sent_starts = [s.start for s in doc.sentences]
    cands = candidates(doc, tokens, folded) if (doc.mentions or doc.modifiers) else []
    agents = state_of_agents(doc) if cands else {}
    towns = towns_of_countries(doc) if cands else {}
    date_cache: DateCache = {}
    hit_starts = [h.start for h in hits]
    verb_tokens = [h.first_token for h in hits if h.verb]
    place_tokens = [c.token for c in cands if c.label == "LOC"]
    items: list[TriggerMention] = []
    threat_end = -10
    prev: Hit | None = None
    for h in hits:
        if h.type == "THREATEN":
            threat_end = h.last_token
        elif 0 < h.first_token - threat_end <= 8 and any(
                folded[j].lstrip("وف")[:1] == "ب" and len(folded[j]) > 3
                for j in range(threat_end + 1, h.first_token + 1)):
            # The content of a threat (هدد الحزب بقطع الهدنة) is not an event of its own.
            continue
        if (prev is not None and prev.verb and not h.verb and prev.lemma[:2] == h.lemma[:2]
                and h.first_token == prev.last_token + 1):
            # A cognate object (رفض رفضا قاطعا) repeats the verb's event.
            continue
        prev = h
        si = bisect_right(sent_starts, h.start) - 1 if sent_starts else -1
        sent = doc.sentences[si] if 0 <= si < len(doc.sentences) else None
        if sent is not None and h.start >= sent.end:
            sent = None
            si = -1
        lo = bisect_right(tok_starts, sent.start) - 1 if sent else 0
        hi = bisect_right(tok_starts, sent.end - 1) if sent else len(tokens)
        quote = _quote_of(doc.quotes, h.start, h.end) if doc.quotes else None
        modality = (local_modality(folded, h.first_token, present_verb=h.present,
                                   future_prefix=h.future_prefix, verb=h.verb)
                    or cue_modality(quote.cue.text if quote and quote.cue else None)
                    or (question_modality(sent.text) if sent is not None else None)
                    or "asserted")
        args = (find_arguments(h.type, h.first_token, h.last_token, h.verb, max(lo, 0), hi,
                               cands, folded, h.lemma) if cands else Arguments())
        if args.recipient in towns and h.type in TARGET_TYPES:
            # A town as the target is where it happens; the target is its state
            # (PLOVER codes the blockade of a capital against the country).
            args = Arguments(args.actor, towns[args.recipient], args.location or args.recipient,
                             args.weak_actor)
        if args.actor in agents and agents[args.actor] != args.recipient:
            # An official acting toward another party acts for the state (the PLOVER
            # convention, and the reference gold's: Landau -> United States).
            args = Arguments(agents[args.actor], args.recipient, args.location, args.weak_actor)
        date = _date_near(doc, sent, h, modality == "future", date_cache, folded_text,
                          hit_starts)
        framed = not h.verb and _backgrounded(folded, h.first_token, FRAMING)
        anch = not framed and (h.verb or h.possessive or h.moded or modality == "future"
                or anchored(folded, h.first_token, h.last_token, verb_tokens, place_tokens)
                or (not _backgrounded(folded, h.first_token, BACKGROUND) and (
                    any(0 < c.token - h.last_token <= 3 and not c.prep for c in cands)
                    or any(0 < c.token - h.last_token <= 4 and c.prep in PARTY_MARKERS
                           for c in cands))))
        demo = h.first_token > 0 and folded[h.first_token - 1] in DEMONSTRATIVES
        items.append(TriggerMention(h, modality, quote, args, date, si if si >= 0 else None,
                                    anch or date is not None, demo))
    clusters = _merge(items) if merge else [[it] for it in items]
    events: list[Event] = []
    gate_cache: dict[tuple[str, int, int], bool] = {}
    for cl in clusters:
        if not any(m.anchored for m in cl):
            # Only references to a kind of event ("تبرير الاغتيال"): not coded.
            continue
        if (gate is not None and cl[0].hit.type in gate.types
                and not _gate_passes(gate, doc, cl, hits, folded, tok_starts, gate_cache)):
            # Event words in a sentence that does not report the event (a past attack,
            # a metaphor, commentary), as the learned gate reads it.
            continue
        # The first anchored mention in the narrator's voice, else the first anchored one.
        strong = [m for m in cl if m.anchored]
        main = next((m for m in strong if m.quote is None), strong[0])
        others = tuple(Span(m.hit.start, m.hit.end, text[m.hit.start : m.hit.end])
                       for m in cl if m is not main)
        actor = main.args.actor or _first([m.args.actor for m in cl])
        recipient = main.args.recipient if main.args.recipient != actor else None
        recipient = recipient or _first([m.args.recipient for m in cl
                                         if m.args.recipient != actor])
        ev = Event(
            id="",
            type=main.hit.type,
            trigger=Span(main.hit.start, main.hit.end, text[main.hit.start : main.hit.end]),
            modality=main.modality,
            mode=main.hit.mode or _first([m.hit.mode for m in cl]),
            actor=actor,
            recipient=recipient,
            location=main.args.location or _first([m.args.location for m in cl]),
            date=main.date or next((m.date for m in cl if m.date is not None), None),
            sentence=main.sentence,
            quote=main.quote.id if main.quote else None,
            said_by=main.quote.speaker.text if main.quote else None,
            other_triggers=others,
            component=component,
        )
        events.append(ev)
    events.sort(key=lambda e: e.trigger.start)
    return [replace(e, id=f"v{i}") for i, e in enumerate(events, 1)]
