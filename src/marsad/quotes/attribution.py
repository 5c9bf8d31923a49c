"""Attributions by preposition (بحسب، وفقا لـ، نقلا عن), by a statement (جاء في
البيان), and quotations whose attribution follows their opening mark."""

from __future__ import annotations

from marsad.quotes.shapes import (
    _COLONS,
    _COMMA,
    _END_PUNCT,
    _FA_INNA,
    _PREPS_NOT_VERBS,
    _QUANTITY_HEADS,
    is_masdar_like,
)
from marsad.quotes.state import Found
from marsad.quotes.subjects import SubjectScanner
from marsad.text import fold


class AttributionScanner(SubjectScanner):
    """Attributions without a speech verb before the content: بحسب، وفقا لـ، جاء في،
    and quotations whose cue follows their opening mark."""

    def at_document(self, i: int) -> None:
        """وجاء في البيان: «...» / وجاء في التقرير أن ...: a statement or report speaks."""
        n = len(self.toks)
        j = i + 1
        if j + 1 >= n or self.keys[j] != "في":
            return
        head = self.keys[j + 1]
        bare = head[2:] if head.startswith("ال") else head
        if bare not in self.lex.document_heads:
            return
        send = self.sentence_end_tok(i)
        m = j + 1
        while m < min(send, j + 12):
            k = self.keys[m]
            if self.is_comp(m) or k in _COLONS or self.open_at.get(self.toks[m][0]):
                break
            m += 1
        else:
            return
        if m >= send:
            return
        colon = self.keys[m] in _COLONS
        start = m if self.open_at.get(self.toks[m][0]) else m + 1
        got = self.content_from(start, colon, right_after=not colon and start == m)
        mention = self.subject_span(j + 1, m)
        if got is None or mention is None:
            return
        self.found.append(Found(got[0], (got[1], got[2]), (self.toks[i][0], self.toks[j][1]),
                                mention, False))

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
        if j >= send:
            return
        if base in (fold("بحسبما"), fold("حسبما"), fold("وفقما")) \
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
                and self.keys[m] not in _FA_INNA \
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
        elif i <= s0 + 1 or self.keys[m] in _FA_INNA or (
                m + 1 < n and self.keys[m + 1] in _FA_INNA):
            # Leading: وبحسب فلان، فإن ... (also after a comma inside the sentence)
            c = m if self.keys[m] in _FA_INNA else m + 1
            if c < n and (self.is_comp(c) or self.keys[c] in _FA_INNA):
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
        if base == fold("وفق") and bare in _QUANTITY_HEADS:
            return False  # وفق مجموعة من القواعد
        known = (bare in lex.anonymous_heads or bare in lex.organization_heads
                 or bare in lex.document_heads or head in lex.titles or bare in lex.titles
                 or head in lex.honorifics or head in lex.organization_heads)
        if known:
            return True
        if base in (fold("وفق"), fold("وفقا"), fold("طبقا")):
            return False  # "in accordance with": only with a known source head
        if is_masdar_like(head) or (len(head) == 4 and head[0] == "ا"):
            return False  # a verbal noun or an elative (أرقى، أفضل)
        return not head.startswith("ال")

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
