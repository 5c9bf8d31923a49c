"""The per-document state of the quote finder: tokens, keys, sentences,
paragraphs, paired quotation marks, and where clauses and contents end."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from marsad.quotes.lexicon import Cue, Lexicon
from marsad.quotes.marks import ALL_MARKS, Quoted, pair_marks
from marsad.quotes.shapes import (
    _COLONS,
    _COMMA,
    _END_PUNCT,
    _PRONOUN_OPENERS,
    _RAW_PREPS,
)

_NO_CUE: tuple[Cue | None, bool] = (None, False)


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


class ClauseScanner:
    """One document's tokens, quotation marks and clause boundaries while quotes are found."""

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
        self.quoting: tuple[int, tuple[int, int]] | None = None

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

    def content_from(self, j: int, colon: bool, right_after: bool = False
                     ) -> tuple[str, int, int] | None:
        """Content starting at token ``j`` (after the complementiser or colon):
        ``(kind, start, end)``, or None when there is none. ``right_after``: the
        quotation follows the cue itself (قال "..."), so it is the whole content."""
        n = len(self.toks)
        if j >= n:
            return None
        a = self.toks[j][0]
        q = self.open_at.get(a)
        if q is not None and (right_after or self.quote_is_clause_final(q)):
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
