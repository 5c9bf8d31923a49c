"""Finding quotes: cues, complementisers, quotation marks and content boundaries.

Pure functions over the text and its token and sentence offsets; no
annotation is written here. :func:`find_quotes` returns :class:`Found`
records in text order; :mod:`marsad.quotes.speakers` then says who spoke.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from marsad.quotes.lexicon import Cue, Lexicon
from marsad.quotes.marks import ALL_MARKS, Quoted, pair_marks
from marsad.text import fold

_COMMA = frozenset({"،", ","})
_COLONS = frozenset({":", "–", "—", "-"})
_END_PUNCT = frozenset({".", "؛", ";", "!", "?", "؟", "…"})
# Words after which a verb starts its clause (so its subject follows it: VSO).
_CLAUSE_OPENERS = frozenset(
    fold(w) for w in ("كما", "فيما", "بينما", "ثم", "حيث", "لكن", "بل", "إذ", "وقد", "قد",
                      "لقد", "فقد", "كذلك", "وكما", "ولكن", "حين", "عندما")
)
# A pronoun on the word before the verb is its subject: لكنه قال، إلا أنه شدد.
_PRONOUN_OPENERS = frozenset(
    fold(w) for w in ("لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "أنه", "أنها", "أنهم",
                      "إنه", "إنها", "إنهم", "كما أنه", "بل إنه", "وإنه", "فإنه")
)
_AUXILIARIES = frozenset(fold(w) for w in ("كان", "كانت", "وكان", "وكانت", "قد", "لقد", "وقد",
                                            "أيضا", "بدوره", "بدورها", "من", "جانبه", "جانبها"))
_DEMONSTRATIVES = frozenset(fold(w) for w in ("هذه", "هذا", "تلك", "هذين", "هاتين", "هؤلاء"))
_PREPS_NOT_VERBS = frozenset(
    fold(w) for w in ("في", "على", "من", "إلى", "عن", "مع", "بعد", "قبل", "منذ", "خلال", "حول",
                      "لدى", "عند", "أمام", "بين", "ضمن", "عبر", "إن", "أن", "لا", "لم", "لن",
                      "ما", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قد", "هو", "هي", "هم",
                      "يذكر", "يشار", "تجدر")
)
# Words that look ambiguous as verbs (بين = between, زاد = increased, ...): cues only
# when the complementiser or colon follows within a few words.
_AMBIGUOUS = frozenset(fold(w) for w in ("بين", "زاد", "تابع", "رأى", "ذكر", "كتب", "طلب",
                                          "عبر", "روى", "نسب", "أبدى"))
_BA_NOT_PREP = frozenset(fold(w) for w in ("بن", "بنت", "بعد", "بين", "بعض", "بلاده", "بلادها",
                                            "بها", "به", "بهم"))
_MAX_SUBJECT = 40
_OTHER = frozenset(fold(w) for w in ("آخر", "أخرى", "آخرون", "آخرين", "كبير", "رفيع", "بارز"))
_TRUE_PREPS = frozenset(fold(w) for w in ("في", "على", "من", "إلى", "عن", "مع", "منذ", "خلال",
                                           "حول", "عند", "أمام", "ضمن", "عبر"))
_QUANTIFIERS = frozenset(fold(w) for w in ("جميع", "كل", "بعض", "أحد", "معظم", "غالبية"))
_NO_CUE: tuple[Cue | None, bool] = (None, False)
_QAD = frozenset(fold(w) for w in ("قد", "لقد"))
_KANA = frozenset(fold(w) for w in ("وكان", "وكانت", "كان", "كانت", "وكانوا"))
_PREP_PRONOUNS = frozenset(fold(w) for w in ("لنا", "له", "لها", "لهم", "لي", "لكم", "إليه",
                                              "إليها", "عليه", "عليها", "إليهم", "منه", "عنه"))
_PARENTHETICAL = frozenset(fold(w) for w in ("وهو", "وهي", "وهم", "وهما"))
_RAW_PREPS = frozenset({"على", "إلى", "الى", "عن", "من", "ب"})
# Sentence adverbials before a verb (من جهته أكد، إلى ذلك أجمع): never its subject.
_ADVERBIALS = frozenset(fold(w) for w in ("جهته", "جهتها", "جانبه", "جانبها", "جانبهم", "ذلك",
                                           "بدوره", "بدورها", "أيضا", "كذلك", "بدورهم"))


@dataclass(frozen=True, slots=True)
class Found:
    """One quote found in the text, before speaker resolution.

    ``mention`` is the speaker's words at the attribution (None when the
    speaker is only implied by the verb); ``implicit`` says the speaker must
    be carried from the governing clause or the previous attribution.
    """

    kind: str
    content: tuple[int, int]
    cue: tuple[int, int]
    mention: tuple[int, int] | None
    implicit: bool
    same_sentence_subject: tuple[int, int] | None = None
    governs: bool = True  # may give its speaker to a later implied one (not a speech noun)


_KEYS: dict[str, str] = {}


def token_keys(texts: list[str]) -> list[str]:
    """The folded lookup key of every token text (cached across documents)."""
    get = _KEYS.get
    keys = [get(t) for t in texts]
    for i, k in enumerate(keys):
        if k is None:
            t = texts[i]
            k = keys[i] = fold(t) or t  # a tatweel-only token keeps its text
            if len(_KEYS) < 200_000:
                _KEYS[t] = k
    return keys  # type: ignore[return-value]


def is_masdar_like(key: str) -> bool:
    """Whether a folded word looks like an indefinite verbal noun (تدمير، إكمال،
    اعتقال، استمرار، تراجع، مقتل) - the head of a reported noun-phrase object."""
    if key in _COMMON_MASDARS:
        return True
    if key.startswith("ال") or len(key) < 4:
        return False
    for suffix in ("ه", "ها", "هم", "هما"):  # حرصه، تشككه
        if len(key) - len(suffix) >= 4 and key.endswith(suffix) and len(key) > 5:
            stem = key[: -len(suffix)]
            if _masdar_shape(stem):
                return True
    return _masdar_shape(key)


def _masdar_shape(k: str) -> bool:
    n = len(k)
    if n == 5 and k[0] == "ت" and k[3] == "ي":  # تفعيل
        return True
    if n == 5 and k[0] == "ا" and k[3] == "ا":  # إفعال
        return True
    if n == 6 and k[0] == "ا" and k[2] in "تطد" and k[4] == "ا":  # افتعال
        return True
    if n == 6 and k[0] == "ا" and k[1] == "ن" and k[4] == "ا":  # انفعال
        return True
    if n == 7 and k.startswith("است") and k[5] == "ا":  # استفعال
        return True
    if n == 5 and k[0] == "ت" and k[2] == "ا":  # تفاعل
        return True
    if n == 5 and k[0] == "ت" and k[4] == "ه":  # تهيئة-like (تفعلة)
        return False
    if n >= 6 and k.endswith("يه") and k[0] != "م":  # جاهزية، إمكانية، مسؤولية
        return True
    return k in _COMMON_MASDARS


_COMMON_MASDARS = frozenset(
    fold(w) for w in (
        "مقتل", "مصرع", "قتل", "وجود", "عدم", "حرص", "أهمية", "ضرورة", "رغبة", "سقوط", "هروب",
        "القبض", "إصابة", "نجاح", "فشل", "دعم", "قرب", "صحة", "وقوع", "حدوث", "مسؤولية",
        "سيطرة", "قدرة", "عزم", "نية", "أمل", "قلق", "ارتياح", "تضامن", "رفض", "وفاة", "ارتفاع",
        "انخفاض", "زيادة", "تشكك", "اعتزاز", "استياء", "خشية", "مخاوف", "أسف", "حاجة",
        "قيام", "مشاركة", "تورط", "مقتل", "جرح", "خطف", "تحرير", "فرار", "نزوح",
    )
)


_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "ني", "ي", "ك", "كم")
_PREP_BASES = tuple(fold(w) for w in ("عن", "من", "ل", "على", "إلى", "ب", "في", "مع", "عند", "لدى"))


def _is_prep_pronoun(key: str) -> bool:
    """Whether a word is a preposition with a pronoun (عنهم، لنا، عليه)."""
    return any(key.startswith(p) and key[len(p):] in _PRONOUNS for p in _PREP_BASES)


def _is_adjunct(key: str, adjuncts: frozenset[str]) -> bool:
    """Whether a word (maybe with a possessive: كلمته، تقريرها) starts an adjunct."""
    if key in adjuncts:
        return True
    for suffix in ("ه", "ها", "هم"):
        if key.endswith(suffix):
            stem = key[: -len(suffix)]
            if stem in adjuncts or (stem.endswith("ت") and stem[:-1] + "ه" in adjuncts):
                return True
    return False


class _Finder:
    """One document's state while finding quotes."""

    def __init__(self, text: str, tokens: list[tuple[int, int]],
                 sentences: list[tuple[int, int]], lex: Lexicon, keys: list[str]) -> None:
        self.text = text
        self.toks = tokens
        self.starts = [a for a, _ in tokens]
        self.lex = lex
        self.keys = keys
        self.sentences = sentences or [(0, len(text))]
        # The sentence of every token, by one merge over both sorted lists.
        sent_of = []
        si = 0
        nxt = self.sentences[1][0] if len(self.sentences) > 1 else len(text) + 1
        last = len(self.sentences) - 1
        for a in self.starts:
            while a >= nxt:
                si += 1
                nxt = self.sentences[si + 1][0] if si < last else len(text) + 1
            sent_of.append(si)
        self.sent_of = sent_of
        ends = []
        pos = text.find("\n")
        while pos >= 0:
            ends.append(pos)
            pos = text.find("\n", pos + 1)
        self.para_ends = [*ends, len(text)]
        self.quoted = self._cut_unclosed(pair_marks(text, self.para_ends))
        self.open_at = {q.open: q for q in self.quoted}
        self.found: list[Found] = []
        self.used_quotes: set[int] = set()
        self.direct_ranges: list[tuple[int, int]] = []

    def _cut_unclosed(self, quoted: list[Quoted]) -> list[Quoted]:
        """A mark that never closes runs to its paragraph end, unless another
        quotation opens later in the paragraph: then it ends with the sentence
        before that one (رأى فلان أن «... . وقال في تصريح: «...»)."""
        out = []
        for q in quoted:
            if q.close is None and q.depth == 0:
                later = [r.open for r in quoted if q.open < r.open < q.end
                         and self.text.rfind(".", q.open, r.open) > q.open + 1]
                if later:
                    dot = self.text.rfind(".", q.open, later[0])
                    q = Quoted(q.open, None, dot, 0)
            out.append(q)
        # Quotations that the cut leaves outside are top-level now.
        cut = [q for q in out if q.close is None]
        return [Quoted(r.open, r.close, r.end, 0) if r.depth and not any(
            c.open < r.open < c.end for c in cut) and r.close is not None else r for r in out]

    # -- small helpers --------------------------------------------------------
    def tok_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        i = bisect_right(self.starts, offset - 1)
        return i

    def cue_of(self, i: int) -> tuple[Cue | None, bool]:
        """The cue at token ``i`` and whether it carries a proclitic و/ف/ل."""
        return self.lex.surface.get(self.keys[i], _NO_CUE)

    def raw_prep(self, i: int) -> bool:
        """Whether token ``i`` is written as a preposition (على, not the name علي)."""
        return self.text[self.toks[i][0] : self.toks[i][1]] in _RAW_PREPS

    def _comp_ahead(self, j: int, limit: int) -> int:
        """The index of a complementiser in the clause from ``j`` (before a comma,
        colon, sentence end or another cue), or -1."""
        for m in range(max(j, 0), limit):
            k = self.keys[m]
            if self.is_comp(m):
                return m
            if k in _COMMA or k in _COLONS or k in _END_PUNCT or k in ALL_MARKS:
                return -1
            if self.lex.surface.get(k) is not None:
                return -1
        return -1

    def _dash_pair(self, j: int) -> int:
        """The index of the dash closing an aside opened at ``j``, or -1."""
        for m in range(j + 1, min(len(self.toks), j + 14)):
            k = self.keys[m]
            if k in ("-", "–", "—"):
                return m
            if k in _END_PUNCT or self.is_comp(m):
                return -1
        return -1

    def is_comp(self, i: int) -> bool:
        return self.keys[i] in self.lex.complementisers

    def sentence_end_tok(self, i: int) -> int:
        """Index one past the last token of token ``i``'s sentence."""
        end = self.sentences[self.sent_of[i]][1]
        return self.tok_at(end)

    def para_end(self, offset: int) -> int:
        return self.para_ends[bisect_right(self.para_ends, offset - 1)] if self.para_ends else len(
            self.text)

    def in_direct(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.direct_ranges)

    # -- content boundaries --------------------------------------------------
    def clause_end(self, start_tok: int) -> int:
        """Character offset where an indirect report starting at token
        ``start_tok`` ends: the sentence end, a semicolon, or a comma that
        starts another report (``، مشيرا إلى أن``) or the narrator's ``، وذلك``."""
        n = len(self.toks)
        if start_tok >= n:
            return len(self.text)
        send = self.sentences[self.sent_of[start_tok]][1]
        j = start_tok
        while j < n and self.toks[j][0] < send:
            k = self.keys[j]
            a = self.toks[j][0]
            q = self.open_at.get(a)
            if q is not None and q.end >= send:
                # A quotation that runs past the sentence end carries the report with it.
                send = max(send, self.sentences[self.sent_of[min(n - 1, self.tok_at(q.end))]][1])
            if k in ("؛", ";"):
                return a
            if j > start_tok + 1:
                cue, clitic = self.cue_of(j)
                if cue is not None and cue.form == "verb" and (
                        clitic or self.keys[j - 1] in _PRONOUN_OPENERS):
                    # وأضاف / لكنه قال: the next report starts here.
                    stop = j - 1 if self.keys[j - 1] in _PRONOUN_OPENERS else j
                    return self.toks[stop][0]
            if k in _COMMA and j + 1 < n:
                nk = self.keys[j + 1]
                base = nk[1:] if len(nk) > 3 and nk[0] in "وف" else nk
                if nk in self.lex.clause_enders or base in self.lex.clause_enders:
                    return a
                if self._report_follows(j + 1, send):
                    return a
            j += 1
        return send

    def colon_end(self, j: int) -> int:
        """Where unmarked speech after a colon ends: the paragraph end, or where
        a clause end stops it first (، وبين أن ...)."""
        pend = self.para_end(self.toks[j][0])
        n = len(self.toks)
        while j < n and self.toks[j][0] < pend:
            e = self.clause_end(j)
            send = self.sentences[self.sent_of[j]][1]
            if e < send:
                return e
            j = self.tok_at(send)
        return pend

    def _report_follows(self, j: int, send: int) -> bool:
        """Whether a new report starts within the clause after a comma at ``j-1``."""
        n = len(self.toks)
        stop = min(n, j + 12)
        while j < stop and self.toks[j][0] < send:
            k = self.keys[j]
            if k in _COMMA or k in ALL_MARKS:
                return False
            cue, _ = self.cue_of(j)
            if cue is not None and (cue.form != "noun"):
                return True
            j += 1
        return False

    def trim(self, a: int, b: int) -> tuple[int, int]:
        """Trim white space, a final full stop and stray commas from a content span."""
        t = self.text
        while a < b and (t[a].isspace() or t[a] in "،,:–-"):
            a += 1
        while b > a and (t[b - 1].isspace() or t[b - 1] in ".،,؛;:"):
            b -= 1
        return a, b

    def quote_is_clause_final(self, q: Quoted) -> bool:
        """Whether nothing but punctuation (or a new clause) follows a quotation."""
        if q.close is None:
            return True
        j = self.tok_at(q.close + 1)
        if j >= len(self.toks):
            return True
        if self.text[q.close + 1 : self.toks[j][0]].count("\n"):
            return True
        k = self.keys[j]
        if k in _END_PUNCT or k in _COMMA or k in ALL_MARKS:
            return True
        # «... .» followed by the next sentence, or by a new cue (وأضاف).
        if self.text[q.close - 1] in ".!?؟…":
            return True
        cue, clitic = self.cue_of(j)
        return cue is not None and clitic

    # -- the content of one report ----------------------------------------------
    def content_from(self, j: int, colon: bool) -> tuple[str, int, int] | None:
        """Content starting at token ``j`` (after the complementiser or colon):
        ``(kind, start, end)``, or None when there is none."""
        n = len(self.toks)
        if j >= n:
            return None
        a = self.toks[j][0]
        q = self.open_at.get(a)
        if q is not None and self.quote_is_clause_final(q):
            s, e = q.inner
            # «إن ...» / "أن ...": the complementiser inside the mark is left out.
            k = self.tok_at(s)
            if k < n and self.toks[k][0] < e and self.is_comp(k):
                s = self.toks[k][1]
            s, e = self.trim(s, e)
            if e <= s:
                return None
            self.used_quotes.add(q.open)
            return "direct", s, e
        if colon:
            if self.is_comp(j):
                j += 1
                if j >= n:
                    return None
                s, e = self.trim(self.toks[j][0], self.clause_end(j))
                return ("indirect", s, e) if e > s else None
            s, e = self.trim(a, self.colon_end(j))
            return ("direct", s, e) if e > s else None
        s, e = self.trim(a, self.clause_end(j))
        return ("indirect", s, e) if e > s else None

    # -- subjects ---------------------------------------------------------------
    def subject_span(self, first: int, stop: int) -> tuple[int, int] | None:
        """The speaker's words among tokens ``[first, stop)`` after a cue: cut at an
        adjunct (في تصريح، اليوم، لوكالة), a relative clause or a bracket."""
        lex = self.lex
        if first < stop:
            k0 = self.keys[first]
            # A preposition or a glued one (بالضربات، لنا) starts an object or
            # an adjunct, never a subject.
            c0 = self.lex.surface.get(k0)
            if (c0 is not None and c0[0].form == "participle") or k0 in lex.clause_enders:
                return None  # مطالبا العلماء ...: a participle clause, not a subject
            if _is_prep_pronoun(k0) or k0 in _PREPS_NOT_VERBS or k0 in _ADVERBIALS or (
                    k0[:1] in "بل" and (k0[1:3] == "ال" or k0[1:2] == "ل"
                                        or is_masdar_like(k0[1:]))) or k0 in _PREP_PRONOUNS:
                return None
        j = first
        last = first
        while j < stop:
            k = self.keys[j]
            if j > first and (k in ("ل", "لـ", "-") or k in _PREP_PRONOUNS
                              or (k in _COMMA and j + 1 < stop
                                  and self.keys[j + 1] in _PARENTHETICAL)):
                break
            if j > first:
                if k in _QAD:
                    break
                cue, _ = self.cue_of(j)
                if cue is not None and cue.form in ("verb", "imperfect"):
                    break  # the next verb (وزاد، توقعت) ends the subject
                if k[:1] in "بل" and len(k) > 3 and k[1:] in lex.cues:
                    break  # بقوله: a prepositional phrase
            base = k[1:] if len(k) > 3 and k[0] in "وفل" else k
            if (_is_adjunct(k, lex.adjunct_starts)
                    and not (j == first and k in lex.document_heads)) or (
                    base in lex.adjunct_starts and k[0] == "ل"):
                break
            if k == "(" or k in _COLONS or k in _END_PUNCT:
                break
            if k == "في" and j + 1 < stop:
                nk = self.keys[j + 1]
                if nk[:2] == "ال":
                    nk = nk[2:]
                if _is_adjunct(nk, lex.adjunct_starts) or (
                        nk[-1:] == "ه" and is_masdar_like(nk[:-1])):
                    break  # في تصريح، في تعليقه على ...
            if k in _COMMA and j + 1 < stop and self.keys[j + 1] in lex.subject_stops:
                break
            if k in lex.subject_stops and j > first:
                break
            if k in _AUXILIARIES and j == first:
                first += 1
                last = first
                j += 1
                continue
            j += 1
            last = j
        while last > first and self.keys[last - 1] in _COMMA:
            last -= 1
        if last <= first:
            return None
        return self.toks[first][0], self.toks[last - 1][1]

    def subject_before(self, i: int) -> tuple[int, int] | None:
        """SVO: the noun phrase before the verb at ``i``, back to a clause boundary."""
        lex = self.lex
        j = i - 1
        sent = self.sent_of[i]
        end = i
        while j >= 0 and self.sent_of[j] == sent and i - j <= 8:
            k = self.keys[j]
            if k in _AUXILIARIES:
                if end == j + 1:
                    end = j
                j -= 1
                continue
            if k in lex.subject_stops:
                end = j  # تلك العصابة التي اعترفت: the phrase before the relative
                j -= 1
                continue
            if k in _TRUE_PREPS or (k[:1] == "و" and k[1:] in _TRUE_PREPS):
                before = self.keys[j - 1] if j > 0 and self.sent_of[j - 1] == sent else ""
                if not before or before in _COMMA or before in ALL_MARKS \
                        or before in _COLONS or before in _END_PUNCT:
                    return None  # على خلفية أحداث ... قال: a phrase, not a subject
                lex_ = self.lex
                if before in _OTHER or any(
                        w in lex_.anonymous_heads or w in lex_.titles or w in lex_.title_keys
                        for w in (before, before[2:] if before.startswith("ال") else before)):
                    j -= 1  # مسؤولا آخر في المجلس: the phrase belongs to the subject
                    continue
                break
            if (k in _COMMA or k in ALL_MARKS or k in _COLONS or k in _END_PUNCT
                    or self.is_comp(j) or k == "و" or self.cue_of(j)[0] is not None
                    or k in _PREPS_NOT_VERBS or k in _ADVERBIALS
                    or k in self.lex.attribution_surface
                    or (k[:1] == "و" and k[1:] in _PREPS_NOT_VERBS)):
                break
            j -= 1
        first = j + 1
        while first < end and self.keys[first] in _AUXILIARIES:
            first += 1  # وكان زعيم الحوثيين أكد: كان is no part of the subject
        if end <= first:
            return None
        return self.toks[first][0], self.toks[end - 1][1]

    def sentence_subject(self, i: int) -> tuple[int, int] | None:
        """The subject of a verb-initial sentence (وأجرى مساعد الوزير، فلان، ...)
        that token ``i`` belongs to, for an implied speaker later in it."""
        sent = self.sent_of[i]
        s0 = self.tok_at(self.sentences[sent][0])
        if s0 >= i:
            return None
        k = self.keys[s0]
        cue, _ = self.cue_of(s0)
        if cue is None and k not in _KANA and (
                not (len(k) > 3 and k[0] in "وف") or k[1:] in _PREPS_NOT_VERBS
                or k[1:3] == "ال"):
            return None
        j = s0 + 1
        if j < i and (self.keys[j] in _PREPS_NOT_VERBS or self.keys[j] in _PREP_PRONOUNS
                      or (self.keys[j][:1] in "بل" and len(self.keys[j]) > 3
                          and self.keys[j] not in _BA_NOT_PREP)):
            return None  # وأشاد بجهود ...: the verb's subject is implied, not this object
        commas = 0
        last = j
        while j < i:
            kk = self.keys[j]
            if kk in _COMMA:
                commas += 1
                if commas == 2:
                    break
                # An apposition (المساعد، كريستوفر لاندو،) continues the subject.
                nxt = j + 1
                while nxt < i and self.keys[nxt] not in _COMMA and nxt - j <= 5:
                    nxt += 1
                if nxt >= i or self.keys[nxt] not in _COMMA:
                    break
            elif self.is_comp(j) or kk in _COLONS or kk in ALL_MARKS:
                break
            j += 1
            last = j
            if commas == 0 and j - s0 > 8:
                break
        if last <= s0 + 1:
            return None
        for m in range(s0 + 2, last):
            if self.keys[m].startswith(("بال", "لل")):
                last = m  # وأشاد دونيس بالمعسكر: the object starts here
                break
        return self.subject_span(s0 + 1, last)

    # -- cues -------------------------------------------------------------------
    def run(self) -> list[Found]:
        surface = self.lex.surface
        attribution = self.lex.attribution_surface
        hits = [i for i, k in enumerate(self.keys) if k in surface or k in attribution]
        for i in hits:
            cue, clitic = surface.get(self.keys[i], _NO_CUE)
            if cue is not None:
                self.at_cue(i, cue, clitic)
            else:
                self.at_attribution(i)
        self.after_quotes()
        self.found.sort(key=lambda f: (f.content[0], f.cue[0]))
        out: list[Found] = []
        seen: set[tuple[int, int]] = set()
        for f in self.found:
            if f.content in seen:
                continue
            seen.add(f.content)
            out.append(f)
        return out

    def at_cue(self, i: int, cue: Cue, clitic: bool) -> None:
        n = len(self.toks)
        send = self.sentence_end_tok(i)
        inside_direct = self.in_direct(self.toks[i][0])
        prev = self.keys[i - 1] if i > 0 and self.sent_of[i - 1] == self.sent_of[i] else None
        if prev == "ان" and cue.form in ("verb", "imperfect") and not clitic:
            return  # أن أوضح، سبق أن أعلنت: a verbal clause, not a report
        participle = cue.form == "participle"
        # Where is the subject? VSO after a clause opener or a proclitic; implied
        # after a pronoun-bearing opener; otherwise SVO (before the verb).
        order = "vso"
        if participle or prev in _PRONOUN_OPENERS:
            order = "implicit"
        elif cue.form == "noun":
            # تأكيد سموه بأن: the noun's agent follows it; تهديده: it is the suffix.
            order = "implicit" if self.keys[i].endswith(("ه", "ها", "هم")) else "vso"
        elif not clitic and prev is not None and prev not in _COMMA and prev not in _COLONS \
                and prev not in _CLAUSE_OPENERS and prev not in ALL_MARKS and prev != "(":
            order = "svo"
        limit = min(send, i + _MAX_SUBJECT)
        raw = self.text[self.toks[i][0] : self.toks[i][1]]
        # رأى (not رأي) and بيّن (with its shadda) are written unambiguously.
        ambiguous = cue.lemma in _AMBIGUOUS and (not clitic or cue.lemma == "بين") \
            and not raw.endswith("ى") and "\u0651" not in raw
        if ambiguous:
            limit = min(limit, i + 5)
        # أعلنوا قتله: a plural or dual verb has its subject before it or in itself.
        plural = cue.form == "verb" and self.keys[i].endswith(("وا", "تا"))
        j = i + 1
        stop_kind = ""
        obj_start = -1
        prep_end = -1
        while j < limit:
            k = self.keys[j]
            if self.is_comp(j):
                stop_kind = "comp"
                break
            if k in ("-", "–", "—"):
                # A dash pair around an aside (وقال المصدر - الذي طلب ... - لـ...): skip it.
                other = self._dash_pair(j)
                if other > 0:
                    j = other + 1
                    continue
            if k in _COLONS:
                stop_kind = "colon"
                break
            a = self.toks[j][0]
            q = self.open_at.get(a)
            if q is not None:
                addressee = j > 0 and (self.keys[j - 1] in ("ل", "لـ")
                                       or self.text[a - 1 : a] in "لـ")
                inside = self.tok_at(q.end) - j - 1
                if cue.complement and self.quote_is_clause_final(q) and not addressee and (
                        q.close is None or inside >= 4 or j == i + 1):
                    stop_kind = "quote"
                    break
                if q.close is not None:
                    j = self.tok_at(q.close + 1)
                    continue
            if k in _END_PUNCT:
                break
            if k == "(":
                # A parenthesis (a date, a gloss) holds neither object nor complementiser.
                m = j + 1
                while m < limit and self.keys[m] != ")":
                    m += 1
                j = m + 1
                continue
            if j > i + 1 and self.cue_of(j)[0] is not None:
                break
            if k in self.lex.subject_stops and j > i + 1:
                # A relative clause inside the subject (التي تناهز ديونها ...): skip to
                # its end, so that its verb is not taken for the object.
                m = j + 1
                while m < limit and self.keys[m] not in _COMMA and not self.is_comp(m) \
                        and self.keys[m] not in _COLONS and self.keys[m] not in ALL_MARKS:
                    m += 1
                j = m
                continue
            if cue.prep and cue.np_object:
                if k == cue.prep and self.raw_prep(j):
                    if j + 1 < limit and self.is_comp(j + 1):
                        prep_end = j
                        j += 1
                        stop_kind = "comp"
                        break
                    stop_kind = "np"
                    prep_end = j
                    obj_start = j + 1
                    break
                if cue.prep == "ب" and k.startswith("ب") and len(k) > 3 \
                        and k not in _BA_NOT_PREP and j > i:
                    if k[1:] in self.lex.complementisers or k in self.lex.complementisers:
                        stop_kind = "comp"
                        break
                    stop_kind = "np"
                    obj_start = j
                    break
            if cue.np_object and (not cue.prep or cue.prep_optional) and not inside_direct:
                if k in _COMMA and j + 1 < limit:
                    nk = self.keys[j + 1]
                    if is_masdar_like(nk) and self.cue_of(j + 1)[0] is None:
                        stop_kind = "np"
                        obj_start = j + 1
                        break
                elif self.keys[j - 1] not in _PREPS_NOT_VERBS and (
                        (k in _DEMONSTRATIVES and j + 1 < limit and j > i + 1
                         and self.keys[j - 1] not in _QUANTIFIERS) or (
                            is_masdar_like(k) and (j > i + 1 or order != "vso" or clitic
                                                   or plural)
                            and k not in self.lex.document_heads
                            and k not in self.lex.title_keys)):
                    stop_kind = "np"
                    obj_start = j
                    break
            j += 1
        if stop_kind == "np":
            # A complementiser later in the same clause wins over a noun phrase
            # taken too early: أكد عضو ... والمشرف على فريق ... فلان أن ...
            c = self._comp_ahead(obj_start, limit)
            if c >= 0:
                stop_kind, j, prep_end, obj_start = "comp", c, -1, -1

        cue_span = (self.toks[i][0], self.toks[i][1])
        if prep_end == i + 1:
            cue_span = (self.toks[i][0], self.toks[prep_end][1])

        if stop_kind in ("comp", "colon", "quote"):
            content_tok = j + 1 if stop_kind in ("comp", "colon") else j
            got = self.content_from(content_tok, stop_kind == "colon")
            if got is None:
                return
            kind, s, e = got
            subj_end = prep_end if prep_end > i else j
            self.emit(i, order, kind, (s, e), cue_span, i + 1, subj_end, inside_direct)
            return
        if stop_kind == "np" and cue.form == "noun" and cue.prep != "ب":
            return  # a speech noun reports only with a complementiser
        if stop_kind == "np" and cue.np_object and not inside_direct:
            if obj_start >= n or obj_start >= send:
                return
            if cue.prep == "ب" and obj_start < n and self.keys[obj_start].startswith("ب") \
                    and prep_end < 0:
                head = self.keys[obj_start][1:]
                raw = self.text[self.toks[obj_start][0] : self.toks[obj_start][1]]
                s = self.toks[obj_start][0] + len(raw) - len(raw.lstrip("بـ"))
            else:
                head = self.keys[obj_start]
                s = self.toks[obj_start][0]
            if self.open_at.get(s) is not None:
                # أشار إلى "عدم وجود قدرة ...": a quotation is the object.
                got = self.content_from(obj_start, False)
                if got is not None:
                    subj_end = prep_end if prep_end > i else obj_start
                    self.emit(i, order, got[0], (got[1], got[2]), cue_span, i + 1, subj_end,
                              False)
                return
            if not self.reportable(head, obj_start):
                return
            e = self.clause_end(obj_start)
            s, e = self.trim(s, e)
            if e <= s:
                return
            subj_end = prep_end if prep_end > i else obj_start
            while subj_end > i + 1 and self.keys[subj_end - 1] in _COMMA:
                subj_end -= 1
            self.emit(i, order, "indirect", (s, e), cue_span, i + 1, subj_end, False)
            return
        # No complementiser: a trailing attribution (، كما ذكرت وكالة ...) or
        # قال ذلك فلان takes the sentence before it.
        if cue.complement and cue.form == "verb" and not participle and not inside_direct:
            self.trailing(i, cue_span, prev, send)

    def reportable(self, head: str, j: int) -> bool:
        """Whether a noun-phrase object reports something (not the act, a topic or a pronoun)."""
        lex = self.lex
        bare = head[2:] if head.startswith("ال") else head
        if head in lex.act_objects or bare in lex.act_objects:
            return False
        for suffix in ("ه", "ها", "هم", "هما"):  # ترشحه، انسحابهم
            if bare.endswith(suffix) and bare[: -len(suffix)] in lex.act_objects:
                return False
        if head in ("ه", "ها", "هم", "ذلك", "هذا", "ذلك.") or len(head) < 3:
            return False
        return not (j + 1 < len(self.keys) and self.keys[j + 1] in _END_PUNCT and len(head) < 4)

    def trailing(self, i: int, cue_span: tuple[int, int], prev: str | None, send: int) -> None:
        n = len(self.toks)
        sent = self.sent_of[i]
        s0 = self.tok_at(self.sentences[sent][0])
        nxt = self.keys[i + 1] if i + 1 < n else ""
        if nxt in (fold("ذلك"), fold("هذا")) and sent > 0 and i == s0:
            # قال ذلك لـ«الرياض» وزير الداخلية: the previous sentence is the content.
            ps, pe = self.sentences[sent - 1]
            s, e = self.trim(ps, pe)
            # Skip ل«...» (the outlet addressed) before the subject.
            j = i + 2
            while j < send:
                a = self.toks[j][0]
                qq = self.open_at.get(a)
                if qq is not None and qq.close is not None:
                    j = self.tok_at(qq.close + 1)
                    continue
                k = self.keys[j]
                if (k.startswith("ل") and len(k) <= 2) or k in ALL_MARKS:
                    j += 1
                    continue
                break
            span = self.subject_span(j, send)
            if e > s and span is not None:
                self.found.append(Found("indirect", (s, e), cue_span, span, False))
            return
        if prev is None or i - 1 <= s0:
            return
        at = self.toks[i][0]
        if any(q.open < at < q.end for q in self.quoted):
            return  # «...، قال فلان، ...»: the quotation's own attribution (after_quotes)
        if prev not in _COMMA and not (prev in (fold("كما"),) and i >= 2 and self.keys[i - 2] in _COMMA):
            return
        comma = i - 1 if prev in _COMMA else i - 2
        if comma - s0 < 4:
            return
        span = self.subject_span(i + 1, send)
        if span is None:
            return
        s, e = self.trim(self.toks[s0][0], self.toks[comma][0])
        kind = "indirect"
        for q in self.quoted:
            if q.close == e - 1 and q.open <= s and q.depth == 0:
                # «...»، قال فلان: the quotation is the content.
                kind = "direct"
                s, e = self.trim(*q.inner)
                self.used_quotes.add(q.open)
                break
        if e > s:
            self.found.append(Found(kind, (s, e), cue_span, span, False))

    def emit(self, i: int, order: str, kind: str, content: tuple[int, int],
             cue_span: tuple[int, int], subj_first: int, subj_end: int,
             nested: bool) -> None:
        mention: tuple[int, int] | None = None
        implicit = False
        if order == "vso":
            mention = self.subject_span(subj_first, subj_end)
            implicit = mention is None
        elif order == "svo":
            # A subject after the verb wins (وفي كلمة بثها التلفزيون قال الأسد إن);
            # otherwise the noun phrase before it (البعض كان يشكك بأن).
            if any(k in _KANA for k in self.keys[max(0, i - 5) : i]):
                # وكان سلام وصف ...: the subject stands between كان and the verb.
                mention = self.subject_before(i) or self.subject_span(subj_first, subj_end)
            else:
                mention = self.subject_span(subj_first, subj_end) or self.subject_before(i)
            implicit = mention is None
        else:
            implicit = True
        if nested and implicit:
            return  # a speaker's own "I said" inside his quotation is not another quote
        sub = self.sentence_subject(i) if implicit else None
        noun = self.cue_of(i)[0]
        governs = noun is None or noun.form != "noun"
        self.found.append(Found(kind, content, cue_span, mention, implicit, sub, governs))
        if kind == "direct":
            self.direct_ranges.append(content)

    # -- بحسب، وفقا لـ، نقلا عن ---------------------------------------------------
    def at_attribution(self, i: int) -> None:
        n = len(self.toks)
        send = self.sentence_end_tok(i)
        k = self.keys[i]
        base = k[1:] if k[0] in "وف" and k[1:] in self.lex.attribution else k
        j = i + 1
        if j >= send:
            return
        if base in (fold("وفقا"), fold("طبقا"), fold("وفق")) and self.keys[j] in ("ل", "لـ"):
            j += 1
        if base == fold("نقلا"):
            if self.keys[j] != "عن":
                return
            j += 1
        if base in (fold("بحسبما"), fold("حسبما"), fold("وفقما")) and j < send \
                and self.cue_of(j)[0] is not None:
            j += 1
        elif self.keys[j] == "ما" and j + 1 < send and self.cue_of(j + 1)[0] is not None:
            j += 2  # بحسب ما أعلنت الوزارة: the verb's subject is the source
            base = fold("بحسبما")
        if j >= send:
            return
        head = self.keys[j]
        if head.startswith("ل") and base in (fold("وفقا"), fold("طبقا")):
            head = head[1:]
            if head.startswith("ل"):
                head = "ال" + head[1:]
        bare = head[2:] if head.startswith("ال") else head
        if head in self.lex.non_source_heads or bare in self.lex.non_source_heads:
            return
        if head in self.lex.complementisers or head in _PREPS_NOT_VERBS:
            return
        if base not in (fold("بحسبما"), fold("حسبما")) \
                and not self.plausible_source(head, bare, base):
            return
        # The source runs to a comma or the sentence end.
        m = j
        while m < send and self.keys[m] not in _COMMA and self.keys[m] not in _END_PUNCT \
                and not (m > j and self.keys[m].startswith(("لل", "بال"))) \
                and not self.is_comp(m) and self.keys[m] not in self.lex.subject_stops \
                and (m == j or self.cue_of(m)[0] is None):
            m += 1  # وفق المصادر للاستنجاد ...: the source stops before the next phrase
        if m < send and self.is_comp(m):
            return  # قال فلان بحسب "الفرنسية" إن ...: the outlet relaying another quote
        span = self.subject_span(j, m)
        if span is None:
            return
        s0 = self.tok_at(self.sentences[self.sent_of[i]][0])
        cue_span = (self.toks[i][0], self.toks[i][1])
        if m >= send or self.keys[m] in _END_PUNCT:
            # Trailing: the sentence before it is the content.
            before = i - 1
            while before > s0 and (self.keys[before] in _COMMA or self.keys[before] in (fold("وذلك"),)):
                before -= 1
            if before - s0 < 1:
                return
            s, e = self.trim(self.toks[s0][0], self.toks[before][1])
        elif i <= s0 + 1:
            # Leading: وبحسب فلان، فإن ...
            c = m + 1
            if c < n and (self.is_comp(c) or self.keys[c] in (fold("فإن"), fold("فان"))):
                c += 1
            if c >= n:
                return
            s, e = self.trim(self.toks[c][0], self.clause_end(c))
        else:
            s, e = self.trim(self.sentences[self.sent_of[i]][0], self.sentences[self.sent_of[i]][1])
        if e > s:
            self.found.append(Found("indirect", (s, e), cue_span, span, False))

    def plausible_source(self, head: str, bare: str, base: str) -> bool:
        """Whether the word after بحسب/وفق can start a source (مصادر، الوزارة، a
        name) rather than a standard or a plan (وفق أرقى المعايير، حسب الخطة)."""
        lex = self.lex
        known = (bare in lex.anonymous_heads or bare in lex.organization_heads
                 or bare in lex.document_heads or head in lex.titles or bare in lex.titles
                 or head in lex.honorifics or head in lex.organization_heads)
        if known:
            return True
        if base == fold("وفق"):
            return False  # "in accordance with": only with a known source head
        if is_masdar_like(head) or (len(head) == 4 and head[0] == "ا"):
            return False  # a verbal noun or an elative (أرقى، أفضل)
        return not head.startswith("ال")

    # -- quotations with the attribution after them ---------------------------------
    def after_quotes(self) -> None:
        """«...»، قال فلان  and  «...، قال فلان، ...»: quotations whose cue follows
        their opening mark."""
        n = len(self.toks)
        for q in self.quoted:
            if q.depth or q.open in self.used_quotes or q.close is None:
                continue
            s, e = self.trim(*q.inner)
            if e - s < 15 or any(f.content[0] <= s < f.content[1] for f in self.found):
                continue
            j = self.tok_at(q.close + 1)
            while j < n and self.keys[j] in _COMMA:
                j += 1
            if j < n and self.sent_of[j] == self.sent_of[min(n - 1, self.tok_at(q.close))]:
                cue, _ = self.cue_of(j)
                if cue is not None and cue.complement and cue.form in ("verb", "imperfect"):
                    send = self.sentence_end_tok(j)
                    span = self.subject_span(j + 1, send)
                    self.found.append(Found("direct", (s, e), (self.toks[j][0], self.toks[j][1]),
                                            span, span is None))
                    continue
            # An attribution inside the marks: «...، قال فلان، ...».
            a = self.tok_at(s)
            b = self.tok_at(e)
            for t in range(a + 1, b - 1):
                if self.keys[t - 1] not in _COMMA:
                    continue
                cue, _ = self.cue_of(t)
                if cue is None or not cue.complement or cue.form not in ("verb", "imperfect"):
                    continue
                m = t + 1
                while m < b and self.keys[m] not in _COMMA and not self.is_comp(m):
                    m += 1
                if m < b and self.keys[m] in _COMMA and m - t <= 6:
                    span = self.subject_span(t + 1, m)
                    self.found.append(Found("direct", (s, e), (self.toks[t][0], self.toks[t][1]),
                                            span, span is None))
                    break


def find_quotes(text: str, tokens: list[tuple[int, int]], sentences: list[tuple[int, int]],
                lex: Lexicon, keys: list[str] | None = None) -> list[Found]:
    """Every quote in ``text``, in text order, before speaker resolution.

    Args:
        text: the document text.
        tokens: token offsets.
        sentences: sentence offsets.
        lex: the lexicon (:func:`marsad.quotes.load_lexicon`).
        keys: the tokens' folded keys (:func:`token_keys`), if already made.
    """
    if not tokens:
        return []
    if keys is None:
        keys = token_keys([text[a:b] for a, b in tokens])
    return _Finder(text, tokens, sentences, lex, keys).run()
