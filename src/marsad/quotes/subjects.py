"""Finding the speaker's words around a cue (VSO, SVO, the sentence's subject)."""

from __future__ import annotations

from marsad.quotes.marks import ALL_MARKS
from marsad.quotes.shapes import (
    _ADJUNCT_PREPS,
    _ADVERBIALS,
    _AMMA,
    _AUXILIARIES,
    _BA_NOT_PREP,
    _COLONS,
    _COMMA,
    _END_PUNCT,
    _KANA,
    _OTHER,
    _PARENTHETICAL,
    _PREP_PRONOUNS,
    _PREPS_NOT_VERBS,
    _QAD,
    _RELAYS,
    _TRUE_PREPS,
    _is_adjunct,
    _is_prep_pronoun,
    is_masdar_like,
)
from marsad.quotes.state import ClauseScanner


class SubjectScanner(ClauseScanner):
    """Where the speaker's words are: after the cue, before it, or in an earlier clause."""

    def _adverb(self, j: int, stop: int) -> bool:
        """A sentence adverb at ``j`` (بدوره، أيضا، أكثر), but not a quantifier that heads
        the subject (أكثر من مصدر)."""
        return self.keys[j] in _ADVERBIALS and not (j + 1 < stop and self.keys[j + 1] == "من")

    def subject_span(self, first: int, stop: int) -> tuple[int, int] | None:
        """The speaker's words among tokens ``[first, stop)`` after a cue: cut at an
        adjunct (في تصريح، اليوم، لوكالة), a relative clause or a bracket."""
        lex = self.lex
        # من جانبها وكالة «برناما»، بدوره الوزير: a leading aside is no part of the subject.
        while first + 1 < stop and (self._adverb(first, stop) or (
                self.keys[first] == "من" and self.keys[first + 1] in _ADVERBIALS)):
            first += 2 if self.keys[first] == "من" else 1
        if first < stop:
            k0 = self.keys[first]
            if not k0[:1].isalpha():
                return None  # a bullet or a dash, not a subject
            # A preposition or a glued one (بالضربات، لنا) starts an object or
            # an adjunct, never a subject.
            c0 = self.lex.surface.get(k0)
            if (c0 is not None and c0[0].form == "participle") or k0 in lex.clause_enders:
                return None  # مطالبا العلماء ...: a participle clause, not a subject
            if k0 in ("ل", "لـ"):
                return None  # لـ«عكاظ»: the outlet addressed
            glued = k0[1:] if k0[:1] == "ل" and len(k0) > 4 else ""
            if glued and (glued in lex.anonymous_heads or glued in lex.organization_heads
                          or glued in lex.titles):
                return None  # قال لمجموعة من الصحفيين: the people addressed
            if k0[:1] in "بل" and len(k0) > 3 and k0[1:] in lex.cues:
                return None  # وتابع بقوله: the speech noun, not a speaker
            if _is_prep_pronoun(k0) or k0 in _PREPS_NOT_VERBS or self._adverb(first, stop) or (
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
                glued_j = k[1:] if k[:1] == "ل" and len(k) > 4 else ""
                if glued_j and (glued_j in lex.anonymous_heads or glued_j in lex.titles
                                or glued_j in lex.organization_heads):
                    break  # قال فلان لمراسل الأناضول: the addressee
                if k in _QAD or k in ("عن", "مع") or k in lex.clause_enders:
                    break  # قد، عبّر فلان عن فخره، التقى فلان مع ...، رافضا ...
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
            if k in _ADJUNCT_PREPS and j + 1 < stop:
                nk = self.keys[j + 1]
                if nk[:2] == "ال":
                    nk = nk[2:]
                if _is_adjunct(nk, lex.adjunct_starts) or (
                        nk[-1:] == "ه" and is_masdar_like(nk[:-1])) or (
                        is_masdar_like(nk) and j + 2 < stop
                        and self.keys[j + 2].startswith("ال")):
                    break  # في تصريح، في تعليقه على ...، في انشغال المغاربة
            if k in _COMMA and j + 1 < stop and (self.keys[j + 1] in lex.subject_stops
                                                 or self.keys[j + 1] in _RELAYS):
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
        if last - first > 1 and self.keys[last - 1].startswith("لل"):
            last -= 1  # ظريف للنواب: the people addressed, at the subject's end
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
        if k in _AMMA:
            # أما النائب فلان، فعبّر عن ...: the topic before ف is the subject.
            m = s0 + 1
            while m < i and self.keys[m] not in _COMMA:
                m += 1
            return self.subject_span(s0 + 1, m)
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
            km = self.keys[m]
            raw = self.text[self.toks[m][0] : self.toks[m][1]]
            if km.startswith(("بال", "لل")) or (km.endswith(("ته", "هم", "ها")) and len(km) > 4) \
                    or (raw.endswith("ه") and len(km) > 4):
                last = m  # وأشاد دونيس بالمعسكر، وأنهى الفهمي تغريداته: the object
                break
        return self.subject_span(s0 + 1, last)

    def previous_subject(self, i: int) -> tuple[int, int] | None:
        """إلا أنه شدد ...: the pronoun is the subject of the sentence before, when
        that sentence reports nothing itself (ودعا تسيبراس النواب ... . إلا أنه شدد)."""
        sent = self.sent_of[i]
        if sent == 0 or self.tok_at(self.sentences[sent][0]) < i - 2:
            return None  # only for a sentence-initial لكنه/إلا أنه
        a, b = self.sentences[sent - 1]
        first, last = self.tok_at(a), self.tok_at(b) - 1
        if last <= first or any(self.keys[m] in self.lex.any_cue for m in range(first, last + 1)):
            return None
        return self.sentence_subject(last)

    def quoted_source(self, i: int) -> tuple[int, int] | None:
        """نقلت الوكالة عن فلان قوله: the words between عن and the speech noun."""
        sent = self.sent_of[i]
        for j in range(i - 1, max(-1, i - 14), -1):
            if self.sent_of[j] != sent or self.keys[j] in _END_PUNCT:
                return None
            if self.keys[j] == "عن":
                return self.subject_span(j + 1, i)
        return None
