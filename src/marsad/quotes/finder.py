"""Finding quotes: cues, complementisers, quotation marks and content boundaries.

Pure functions over the text and its token and sentence offsets; no
annotation is written here. :func:`find_quotes` returns :class:`Found`
records in text order; :mod:`marsad.quotes.speakers` then says who spoke.
"""

from __future__ import annotations

from marsad.quotes.attribution import AttributionScanner
from marsad.quotes.lexicon import Cue, Lexicon
from marsad.quotes.marks import ALL_MARKS
from marsad.quotes.shapes import (
    _ABBARA,
    _AMBIGUOUS,
    _BA_NOT_PREP,
    _BAYYANA,
    _BI_KULL,
    _CLAUSE_OPENERS,
    _COLONS,
    _COMMA,
    _DEMONSTRATIVES,
    _END_PUNCT,
    _JAA,
    _KANA,
    _MAX_SUBJECT,
    _NEGATIONS,
    _PREPS_NOT_VERBS,
    _PRONOUN_OPENERS,
    _QUANTIFIERS,
    _TRAILING,
    _TRUE_PREPS,
    is_masdar_like,
    token_keys,
)
from marsad.quotes.state import _NO_CUE, Found
from marsad.text import fold

__all__ = ["Found", "find_quotes", "is_masdar_like", "token_keys"]


class _Finder(AttributionScanner):
    """Finds the quotes of one document."""

    def run(self) -> list[Found]:
        surface = self.lex.surface
        any_cue = self.lex.any_cue
        hits = [i for i, k in enumerate(self.keys) if k in any_cue]
        for i in hits:
            if self.keys[i] in _JAA:
                self.at_document(i)
                continue
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
        if prev in _TRUE_PREPS and cue.form in ("verb", "imperfect") and not clitic:
            return  # مع تبني ...: after a preposition the word is a verbal noun
        if prev in _BI_KULL:
            return  # وبكل تأكيد: "certainly"
        raw = self.text[self.toks[i][0] : self.toks[i][1]]
        if cue.lemma == _ABBARA and not clitic and "\u0651" not in raw and not (
                prev is None or prev in _COMMA or prev in _CLAUSE_OPENERS):
            return  # عبر الإنترنت: "via", not "expressed"
        participle = cue.form == "participle"
        # Where is the subject? VSO after a clause opener or a proclitic; implied
        # after a pronoun-bearing opener; otherwise SVO (before the verb).
        order = "vso"
        if participle or prev in _PRONOUN_OPENERS:
            order = "implicit"
        elif cue.form == "noun":
            # تأكيد سموه بأن: the noun's agent follows it; تهديده: it is the suffix.
            order = "implicit" if self.keys[i].endswith(("ه", "ها", "هم")) else "vso"
            if order == "implicit":
                source = self.quoted_source(i)
                if source is not None:
                    self.quoting = (i, source)
        elif not clitic and prev is not None and prev not in _COMMA and prev not in _COLONS \
                and prev not in _CLAUSE_OPENERS and prev not in ALL_MARKS and prev != "(":
            order = "svo"
        limit = min(send, i + _MAX_SUBJECT)
        # رأى (not رأي) and بيّن (with its shadda) are written unambiguously.
        ambiguous = cue.lemma in _AMBIGUOUS and (not clitic or cue.lemma == _BAYYANA) \
            and not raw.endswith("ى") and "\u0651" not in raw
        if ambiguous:
            # بين = "between" unless its complementiser follows at once (وبيّن أن).
            limit = min(limit, i + (2 if cue.lemma == _BAYYANA else 7))
        if participle:
            # A participle's subject is implied, so its complementiser or object is
            # close (مشيرا إلى أن، مؤكدا في الوقت ذاته أن); مفيدة far from any أن is
            # the adjective "useful".
            limit = min(limit, i + 7)
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
                # A quotation that opens with a title is a name (وذكر المدير "المهندس
                # فلان"؛ في بيان أن ...), and so is a short one after the subject.
                name_like = j + 1 < limit and self.keys[j + 1] in self.lex.title_keys
                if cue.complement and not addressee and not name_like and (
                        (j == i + 1 and inside >= 2) or (self.quote_is_clause_final(q) and (
                            q.close is None or inside >= 4))):
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
            if j > i + 1:
                next_cue, next_clitic = self.cue_of(j)
                # Another cue ends the search; a bare ambiguous verb form (عبر = via) does not.
                if next_cue is not None and (next_clitic or next_cue.form != "verb"
                                             or next_cue.lemma not in _AMBIGUOUS):
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
                            # مصادر عسكرية، مسؤول حكومي: a nisba adjective of the source
                            and not (k.endswith("يه")
                                     and self.keys[j - 1] in self.lex.anonymous_heads)
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
            got = self.content_from(content_tok, stop_kind == "colon",
                                    right_after=stop_kind == "quote" and j == i + 1)
            if got is None:
                return
            kind, s, e = got
            subj_end = prep_end if prep_end > i else j
            self.emit(i, order, kind, (s, e), cue_span, i + 1, subj_end, inside_direct)
            return
        if stop_kind == "np" and cue.form == "noun" and cue.prep != "ب":
            return  # a speech noun reports only with a complementiser
        if stop_kind == "np" and prev in _NEGATIONS:
            return  # لم تكشف عن هويتها: nothing is reported
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
        if cue.complement and cue.form == "verb" and not participle and not inside_direct \
                and cue.lemma in _TRAILING:
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
        if self.quoting is not None and self.quoting[0] == i:
            order, mention = "given", self.quoting[1]
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
        elif order != "given":
            implicit = True
        if nested and implicit:
            return  # a speaker's own "I said" inside his quotation is not another quote
        sub = self.sentence_subject(i) if implicit else None
        if implicit and sub is None and i > 0 and self.keys[i - 1] in _PRONOUN_OPENERS:
            sub = self.previous_subject(i)
        noun = self.cue_of(i)[0]
        governs = noun is None or noun.form != "noun"
        self.found.append(Found(kind, content, cue_span, mention, implicit, sub, governs))
        if kind == "direct":
            self.direct_ranges.append(content)


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
