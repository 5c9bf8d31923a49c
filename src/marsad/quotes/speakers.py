"""Who said it: names from mentions, short mentions, implied speakers, kinds.

- A mention's name: a PER/ORG entity mention inside it when the entities
  layer exists; else an apposition (``المحلل ...، محمد إدريس``), the words
  after an honorific (``العقيد علي صالح اليزيدي``) or after a nationality
  adjective (``وزير الخارجية السعودي عادل الجبير``); else the description.
- A short mention (``المصدر``، ``الوزير``، a surname) is resolved to the most
  recent earlier speaker whose words contain it.
- An implied speaker (``وأضاف``، ``مشيرا إلى``) is the speaker of the clause
  that governs it: an earlier quote of the same sentence, the subject of the
  sentence's first verb, or the previous attribution.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from marsad.quotes.finder import Found, is_masdar_like
from marsad.quotes.lexicon import Lexicon
from marsad.text import fold

_WORD = re.compile(r"[^\s،,.:;؛«»\"“”()\[\]]+|[،,]")
_ONE_WORD = re.compile(r"[^\s،,.:;؛«»\"“”()\[\]]+")
_PUNCT = re.compile(r"[،,.:;؛«»\"“”()\[\]\n]")
_PRONOUN_TITLES = frozenset(fold(w) for w in ("معاليه", "سموه", "فخامته", "سيادته", "سماحته",
                                               "فضيلته"))


@dataclass(frozen=True, slots=True)
class Resolved:
    """A found quote with its speaker."""

    found: Found
    speaker: str
    kind: str
    entity: str | None
    mention: tuple[int, int] | None
    nested: bool = False


@dataclass(slots=True)
class _Record:
    pos: int
    words: frozenset[str]
    speaker: str
    kind: str
    entity: str | None
    named: bool
    prefix: frozenset[str] = frozenset()
    stems: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        self.stems = frozenset(_stem(w) for w in self.words)


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A named-entity mention with its label and entity (from upstream layers)."""

    start: int
    end: int
    label: str
    entity: str | None
    name: str


_SAME = frozenset(fold(w) for w in ("ذاته", "ذاتها", "ذاتهم", "نفسه", "نفسها", "نفسهم",
                                    "أنفسهم"))


def _bare(word: str) -> str:
    if len(word) > 3 and word[0] == "و" and word[1:3] == "ال":
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _stem(word: str) -> str:
    """A word without its article and a plural ending, for matching a short
    mention (المصابون) with an earlier one (مصابو التفجير)."""
    w = _bare(word)
    for suffix in ("ون", "ين", "و"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def _fold_all(words: list[str]) -> list[str]:
    """Fold many words with one call (words never hold a space)."""
    if not words:
        return []
    out = fold(" ".join(words)).split(" ")
    return out if len(out) == len(words) else [fold(w) for w in words]


def _words(text: str) -> list[str]:
    return _fold_all(_WORD.findall(text))


def _is_nisba(word: str) -> bool:
    return word.startswith("ال") and (word.endswith("ي") or word.endswith("يه")) and len(word) > 4


def _is_male_nisba(word: str) -> bool:
    # الرئيس السوري بشار الأسد; a feminine one (الخارجية، الشعبية) is mostly a noun.
    return word.startswith("ال") and word.endswith("ي") and len(word) > 4


class SpeakerResolver:
    """Resolves the speakers of one document's found quotes, in text order."""

    def __init__(self, text: str, lex: Lexicon, mentions: list[EntityMention],
                 starts: list[int], keys: list[str]) -> None:
        self.text = text
        self.starts = starts
        self.keys = keys
        self.lex = lex
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self.records: list[_Record] = []
        self._title_idx: list[int] | None = None
        self._bare_keys: list[str] | None = None
        self._title_cache: dict[int, _Record | None] = {}

    # -- names --------------------------------------------------------------
    def _within(self, a: int, b: int) -> list[EntityMention]:
        """The mentions that start inside ``[a, b)`` (mentions are sorted by start)."""
        lo = bisect_left(self._mention_starts, a)
        hi = bisect_left(self._mention_starts, b)
        return self.mentions[lo:hi]

    def entity_in(self, a: int, b: int) -> EntityMention | None:
        best: EntityMention | None = None
        for m in self._within(a, b):
            if not (m.end <= b and m.label in ("PER", "ORG")):
                continue
            rank = (m.label == "PER", m.end - m.start)
            if best is None or rank > (best.label == "PER", best.end - best.start):
                best = m
        return best

    def name_of(self, a: int, b: int) -> tuple[str, bool]:
        """The most specific name in the mention ``[a, b)``, and whether it is a name.

        The title, apposition and honorific rules give the name as written; an
        entity mention (from NER and the entity resolver) is the fallback, with its
        canonical name when it has one: a tagger's span boundaries and a knowledge
        base's spelling (عبد ربه for عبدربه) are less faithful to the article.
        """
        name, named = self._heuristic_name(a, b)
        if named:
            return name, True
        em = self.entity_in(a, b)
        if em is not None and em.label == "PER":
            return em.name, True
        return name, named

    def _per_inside(self, a: int, b: int) -> bool:
        return any(m.end <= b and m.label == "PER" for m in self._within(a, b))

    def linked(self, a: int, b: int, name: str) -> EntityMention | None:
        """The entity mention inside ``[a, b)`` that this speaker name is about."""
        em = self.entity_in(a, b)
        if em is None:
            return None
        ours = {_bare(w) for w in _words(name)}
        theirs = {_bare(w) for w in _words(self.text[em.start : em.end])} | {
            _bare(w) for w in _words(em.name)}
        return em if ours & theirs else None

    def _heuristic_name(self, a: int, b: int) -> tuple[str, bool]:
        raw = self.text[a:b]
        tokens = _WORD.findall(raw)
        keys = _fold_all(tokens)
        # ألكسيس, إلياس: a name's own alef-lam is no article (folding hides the hamza).
        keys = ["أ" + k[1:] if t[:2] in ("أل", "إل") and len(k) >= 5 else k
                for t, k in zip(tokens, keys, strict=True)]
        lex = self.lex
        if keys and not keys[0].startswith("ال") and (
                keys[0] in lex.anonymous_heads or _bare(keys[0]) in lex.organization_heads
                or keys[0] in lex.document_heads) and not any(
                k in lex.honorifics for k in keys) and not self._per_inside(a, b):
            # مصدر في المقاومة الشعبية، وزارة الدفاع اليمنية: a description, not a name.
            return " ".join(tokens).strip(), False
        # Apposition: "المحلل ...، محمد إدريس"، "المدير ...، الدكتور فلان".
        if "،" in tokens or "," in tokens:
            cut = max(i for i, t in enumerate(tokens) if t in "،,")
            tail = tokens[cut + 1 :]
            while tail and fold(tail[0]) in lex.honorifics:
                tail = tail[1:]
            if 1 <= len(tail) <= 5 and self._name_start(fold(tail[0])):
                return " ".join(tail), True
            tokens, keys = tokens[:cut], keys[:cut]
        # A name first, then the title: "محمد قاري ورا مساعد قائد الشرطة".
        lead = 0
        while lead < len(keys) and lead < 5 and self._name_start(keys[lead]) \
                and keys[lead] not in lex.honorifics:
            lead += 1
        if 1 <= lead < len(keys) and (keys[lead] in lex.titles or _bare(keys[lead]) in lex.titles):
            return " ".join(tokens[:lead]), True
        # After the last honorific ("العقيد علي صالح اليزيدي"), else after the first
        # nationality adjective ("وزير الخارجية السعودي عادل الجبير").
        anchor = -1
        for i, k in enumerate(keys):
            if k in lex.honorifics:
                nxt = i + 1
                while nxt < len(keys) and (keys[nxt] in lex.honorifics or _is_nisba(keys[nxt])):
                    nxt += 1
                if nxt < len(keys) and self._name_start(keys[nxt]):
                    anchor = i
                    break
        if anchor < 0:
            for i, k in enumerate(keys):
                if _is_male_nisba(k) and i > 0 and i + 1 < len(keys) \
                        and self._name_start(keys[i + 1]):
                    anchor = i
                    break
        if anchor < 0 and keys and (keys[0] in lex.titles or _bare(keys[0]) in lex.titles):
            # Title and its genitive, then the name: رئيس الحكومة تمام سلام.
            # The genitive may be a construct chain: رئيس لجنة الحسابات العامة فلان.
            i = 1
            while i < len(keys) and i <= 6 and (
                    keys[i].startswith(("ال", "بال", "لل"))
                    or (keys[i].startswith("ل") and i + 1 < len(keys)
                        and keys[i + 1].startswith("ال"))  # لكرة القدم
                    or (i + 1 < len(keys) and keys[i + 1].startswith("ال")
                        and not _is_male_nisba(keys[i + 1]))):
                i += 1
                if i + 1 < len(keys) and keys[i] == "لدي":
                    i += 2  # سفير ... لدى أستراليا ونيوزيلندا فلان
                    while i < len(keys) and keys[i].startswith("و") and i <= 8:
                        i += 1
            if 1 < i < len(keys) and self._name_start(keys[i]):
                anchor = i - 1
        weak = anchor >= 0 and keys[anchor] not in lex.honorifics
        if anchor >= 0:
            i = anchor + 1
            while i < len(keys) and (_is_nisba(keys[i]) or keys[i] in lex.honorifics):
                i += 1
            name: list[str] = []
            first = ""
            while i < len(keys) and len(name) < 5:
                k = keys[i]
                if name and (k in lex.titles or _bare(k) in lex.titles or (_is_nisba(k)
                             and k.endswith("يه"))):
                    break
                if len(name) >= 2 and k.startswith("ال") and not k.endswith("ي") \
                        and k != "ال" and fold(name[-1]) != "ال":  # (آل الشيخ stays whole)
                    break  # ألكسيس تسيبراس النواب: a definite noun after a full name
                if k in ("في", "من", "ب", "عن", "على", "علي", "لدي", "الي") or k.startswith("باسم") \
                        or k in lex.complementisers or k in lex.surface:
                    break
                if name and (is_masdar_like(k) or k in lex.adjunct_starts):
                    break  # العبدالجبار أهمية ...، كعب بن زهير حين ...
                if name and ((k[:1] in "بل" and len(k) > 3 and k not in ("بن", "بنت"))
                             or (k[:1] == "و" and (_bare(k[1:]) in lex.titles
                                                   or _stem(k[1:]) in lex.titles))):
                    break  # وليد جنبلاط بدفع ...، فلان ورئيس ...
                if not name:
                    first = k  # the key as adjusted above (ألكسيس is no article)
                name.append(tokens[i])
                i += 1
            if not name:
                first = ""
            # After a nationality adjective or a genitive, a word with و or a
            # possessive (ودعواته) is the next phrase, not a name.
            if name and self._name_start(first) and not (
                    weak and (first.startswith(("و", "ل", "ب"))
                              or first.endswith(("ته", "هم", "ها")))):
                return " ".join(name), True
        return " ".join(tokens).strip(), False

    def _name_start(self, key: str) -> bool:
        lex = self.lex
        b = _bare(key)
        if key.startswith("و") and len(key) > 3 and (
                _bare(key[1:]) in lex.organization_heads or _bare(key[1:]) in lex.titles):
            return False  # وشركة، ورئيس: a second conjunct, not a name
        return not key.startswith(("ال", "وال", "لل", "بال")) \
            and not key.isdigit() and key not in lex.titles and b not in lex.titles \
            and b not in lex.organization_heads and b not in lex.anonymous_heads \
            and b not in lex.document_heads and key not in ("في", "من", "عن")

    def kind_of(self, speaker: str, named: bool, em: EntityMention | None) -> str:
        """person / anonymous / organization / document, from the head word; an
        entity's label decides only when the rules found no name of their own."""
        if em is not None and not named:
            return "person" if em.label == "PER" else "organization"
        words = _words(speaker)
        if not words:
            return "person"
        head = _bare(words[0])
        lex = self.lex
        two = head + " " + _bare(words[1]) if len(words) > 1 else head
        if named:
            # A name after an organisation head (وكالة «برناما») is the organisation's.
            return "organization" if head in lex.organization_heads else "person"
        if head in lex.anonymous_heads and not words[0].startswith("ال"):
            return "anonymous"
        if head in lex.anonymous_heads and head in ("بعض",):
            return "anonymous"
        if head in lex.organization_heads or two in lex.organization_heads \
                or words[0] in lex.organization_heads:
            return "organization"
        if head in lex.document_heads:
            return "document"
        if head in lex.anonymous_heads and not (
                words[0].startswith("ال") and (head in lex.titles or words[0] in lex.titles)):
            return "anonymous"  # (المتحدث الرسمي is one known person, not an anonymous source)
        return "person"

    # -- short mentions ---------------------------------------------------------
    def fuller_name(self, name: str, pos: int) -> str:
        """The longest earlier name that holds every word of ``name`` (عبداللطيف آل
        الشيخ -> عبداللطيف بن عبدالملك آل الشيخ)."""
        words = {_bare(w) for w in _words(name)}
        best = name
        for r in self.records:
            if r.named and r.pos < pos and len(r.speaker) > len(best) \
                    and words <= {_bare(w) for w in _words(r.speaker)}:
                best = r.speaker
        starts = self.starts
        for n in self._titles():
            if starts[n] >= pos:
                break
            if not words <= set(self.bare_keys()[n : n + 12]):
                continue  # cheap test before the phrase's name is worked out
            t = self._title_record(n)
            if t is not None and len(t.speaker) > len(best) \
                    and words <= {_bare(w) for w in _words(t.speaker)}:
                best = t.speaker
        return best

    def bare_keys(self) -> list[str]:
        """Every token's key without its article (made once, on demand)."""
        if self._bare_keys is None:
            self._bare_keys = [_bare(k) for k in self.keys]
        return self._bare_keys

    def _titles(self) -> list[int]:
        """Indices (into ``token_keys``) of the title and honorific words."""
        if self._title_idx is None:
            titles = self.lex.title_keys
            self._title_idx = [n for n, k in enumerate(self.keys) if k in titles]
        return self._title_idx

    def _title_record(self, n: int) -> _Record | None:
        """The "title ... name" phrase starting at title word ``n`` (رئيس الحكومة
        تمام سلام), if it names someone; worked out once, on demand."""
        if n in self._title_cache:
            return self._title_cache[n]
        a = self.starts[n]
        stop = _PUNCT.search(self.text, a, a + 120)
        b = stop.start() if stop else min(len(self.text), a + 120)
        name, named = self.name_of(a, b)
        record = None
        if named:
            bare = [_bare(w) for w in _words(self.text[a:b])]
            record = _Record(a, frozenset(bare), name, "person", None, True, frozenset(bare[:4]))
        self._title_cache[n] = record
        return record

    def titled_before(self, pos: int, wanted: set[str] | None = None) -> _Record | None:
        """The nearest "title + name" phrase before ``pos`` (whose first words hold
        ``wanted``, if given)."""
        starts = self.starts
        for n in reversed(self._titles()):
            if starts[n] >= pos:
                continue
            if wanted is not None and not wanted <= set(self.bare_keys()[n : n + 4]):
                continue
            r = self._title_record(n)
            if r is not None and (wanted is None or wanted <= r.prefix):
                return r
        return None

    def resolve_short(self, words: list[str], pos: int) -> _Record | None:
        """The most recent earlier speaker a short mention refers to: an earlier
        attribution or a "title + name" phrase that contains its words."""
        got = self._resolve_short(words)
        if got is not None and got.named:
            return got
        lex = self.lex
        keys = [_bare(x) for x in words if x not in "،,"]
        if (keys and keys[0] in lex.titles) or (keys and fold("ال" + keys[0]) in lex.titles):
            best = self.titled_before(pos, set(keys))
            if best is not None and (got is None or best.pos > got.pos):
                return best
        return got

    def _resolve_short(self, words: list[str]) -> _Record | None:
        """The most recent earlier speaker a short mention refers to."""
        lex = self.lex
        content = [w for w in (_bare(x) for x in words if x not in "،,")
                   if w not in lex.titles and fold("ال" + w) not in lex.titles
                   and w not in lex.honorifics and fold("ال" + w) not in lex.honorifics
                   and w not in lex.document_heads]
        keys = [_bare(x) for x in words if x not in "،,"]
        if not keys:
            return None
        if len(keys) == 1 and words[0] in _PRONOUN_TITLES:
            for r in reversed(self.records):
                if r.kind == "person" and r.named:
                    return r
            return None
        wanted = set(content) if content else {keys[0]}
        if len(keys) > 4:
            return None
        for r in reversed(self.records):
            if wanted <= r.words:
                return r
        stems = {_stem(w) for w in wanted}
        for r in reversed(self.records):
            if stems <= r.stems:
                return r
        if len(keys) >= 3 and (keys[0] in lex.titles or fold("ال" + keys[0]) in lex.titles):
            # المتحدث باسم قوات التحالف ~ المتحدث باسم التحالف: most of the words.
            for r in reversed(self.records):
                if keys[0] in r.words and 3 * len(set(keys) & r.words) >= 2 * len(set(keys)):
                    return r
        if keys[0] in lex.document_heads and not content:
            for r in reversed(self.records):
                if r.kind == "organization":
                    return r
        return None

    # -- one quote ----------------------------------------------------------------
    def resolve(self, f: Found, previous: list[Resolved]) -> Resolved | None:
        if f.mention is not None:
            a, b = f.mention
            raw = self.text[a:b]
            words = _words(raw)
            name, named = self._heuristic_name(a, b)
            record = None
            if not named and len(words) <= 4:
                # المصادر ذاتها، المصدر نفسه: "the same source" is the earlier one.
                short = words[:-1] if len(words) > 1 and fold(words[-1]) in _SAME else words
                record = self.resolve_short(short, a)
            if not named and (record is None or not record.named):
                name, named = self.name_of(a, b)  # an entity mention, as a fallback
            em = self.linked(a, b, name)
            if record is not None and (record.named or len(record.speaker) >= len(name)):
                speaker, kind, entity = record.speaker, record.kind, record.entity
                self.records.append(_Record(a, record.words | {_bare(w) for w in words},
                                            speaker, kind, entity, record.named))
                return Resolved(f, speaker, kind, entity, f.mention)
            if named:
                name = self.fuller_name(name, a)
            kind = self.kind_of(name if named else raw, named, em)
            if not named and kind == "person" and any(
                    m.label == "LOC" and m.start == a and m.end >= b
                    for m in self._within(a, a + 1)):
                kind = "organization"  # واشنطن تعترف: a place standing for its government
            # An unnamed source is no entity, whatever place or body it names.
            entity = em.entity if em is not None and kind in ("person", "organization") \
                else None
            self.records.append(_Record(a, frozenset(_bare(w) for w in words), name, kind,
                                        entity, named))
            return Resolved(f, name, kind, entity, f.mention)
        # Implied: an earlier quote of the same sentence, the sentence's subject,
        # or the previous attribution.
        governing = [p for p in previous if not p.nested]
        cue_key = fold(self.text[f.cue[0] : f.cue[1]]).split(" ")[0]
        if cue_key.endswith(("وا", "ون")):
            # وقالوا: a plural verb does not carry one named person's speech on.
            plural = [p for p in governing if p.kind != "person"]
            governing = plural or governing
        same = [p for p in governing if p.found.cue[0] < f.cue[0]
                and self._same_sentence(p.found.cue[0], f.cue[0])]
        if same:
            p = same[-1]
            return Resolved(f, p.speaker, p.kind, p.entity, None)
        if f.same_sentence_subject is not None:
            sub = Found(f.kind, f.content, f.cue, f.same_sentence_subject, False)
            got = self.resolve(sub, previous)
            if got is not None:
                return Resolved(f, got.speaker, got.kind, got.entity, None)
        if governing:
            p = governing[-1]
            return Resolved(f, p.speaker, p.kind, p.entity, None)
        # No attribution yet: the nearest "title + name" before the cue
        # (بدفع رئيس الحكومة تمام سلام ... بعد تهديده ...).
        near = self.titled_before(f.cue[0])
        if near is not None:
            return Resolved(f, near.speaker, near.kind, near.entity, None)
        if self.records:
            r = self.records[-1]
            return Resolved(f, r.speaker, r.kind, r.entity, None)
        return None

    def _same_sentence(self, a: int, b: int) -> bool:
        chunk = self.text[a:b]
        return "\n" not in chunk and ". " not in chunk


def resolve_speakers(text: str, found: list[Found], lex: Lexicon,
                     mentions: list[EntityMention] | None = None,
                     starts: list[int] | None = None,
                     keys: list[str] | None = None) -> list[Resolved]:
    """Speakers for ``found`` (in text order); quotes with no speaker are dropped.

    Args:
        text: the document text.
        found: what :func:`marsad.quotes.find_quotes` found.
        lex: the lexicon.
        mentions: entity mentions from upstream layers, if any.
        starts: every token's start offset, and
        keys: its folded key (:func:`marsad.quotes.finder.token_keys`); both are
            used to find "title + name" phrases.
    """
    if not found:
        return []
    if starts is None or keys is None:
        matches = list(_ONE_WORD.finditer(text))
        starts = [m.start() for m in matches]
        keys = _fold_all([m.group() for m in matches])
    resolver = SpeakerResolver(text, lex, mentions or [], starts, keys)
    out: list[Resolved] = []
    # Attributions are resolved in the order of their cues: a speaker is named
    # at his first cue, even when a trailing attribution's content comes first.
    for f in sorted(found, key=lambda f: f.cue[0]):
        r = resolver.resolve(f, out)
        if r is not None and r.speaker:
            # A report inside another quote never governs the next implied speaker.
            nested = not f.governs or any(
                g is not f and g.content[0] <= f.cue[0] < g.content[1] for g in found)
            out.append(Resolved(r.found, r.speaker, r.kind, r.entity, r.mention, nested))
    out.sort(key=lambda r: (r.found.content[0], r.found.cue[0]))
    return out
