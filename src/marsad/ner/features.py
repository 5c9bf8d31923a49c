"""NER features: per-word attributes (cached per word) and per-token context attributes.

Every attribute depends either on one word (placed at a window offset by the
CRF, see :mod:`marsad.crf`) or on the token's sentence context computed once
(multi-word gazetteer matches), so the runtime can score a token with a few
cached lookups.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from marsad.crf import PAD
from marsad.ner.gazetteer import Gazetteer, key
from marsad.text import fold

OFFSETS: tuple[int, ...] = (-2, -1, 0, 1, 2)

# Which attribute kinds (the part before "=") are used at each window offset
# when training; the runtime simply finds no weights for the others.
# Every kind at -1 and +1 (dev F1 +1 point over a reduced set); fewer at -2 and +2.
_NEAR: frozenset[str] | None = None
_FAR = frozenset({"w", "s", "b0", "b1", "g", "pad", "pa"})
KINDS_AT: dict[int, frozenset[str] | None] = {0: None, -1: _NEAR, 1: _NEAR, -2: _FAR, 2: _FAR}

_CONJ = "وف"
_PUNCT = "\"'()[]{}<>.,;:!?،؛؟«»-_/\\|*+=#%&@~`^…"
_PREP = "بلك"


class Features:
    """Feature functions over a word-cluster table and a gazetteer.

    Args:
        clusters: folded word -> cluster ids (coarse to fine), in corpus
            frequency order (the order is used as a frequency rank).
        gazetteer: typed name lists.
    """

    def __init__(self, clusters: Mapping[str, Sequence[str]], gazetteer: Gazetteer) -> None:
        self.clusters = clusters
        self.rank = {w: i for i, w in enumerate(clusters)}
        self.gazetteer = gazetteer
        self._split_cache: dict[str, tuple[str, str]] = {}
        self._key_cache: dict[str, str] = {}

    # -- clitics ------------------------------------------------------------
    def _more_common(self, rest: str, word: str) -> bool:
        """Is ``rest`` a known word more frequent than ``word`` (so the prefix is a clitic)?"""
        r = self.rank.get(rest)
        if r is None:
            return False
        w = self.rank.get(word)
        return w is None or r < w

    def split(self, folded: str) -> tuple[str, str]:
        """``(clitics, rest)``: the leading conjunction/preposition of a folded word.

        A letter is read as a clitic only when at least three letters remain
        and the rest is a more frequent word than the whole (``لروسيا`` ->
        ``ل`` + ``روسيا``, but ``بغداد`` stays whole). ``لل`` before a noun is
        ل + the article (``للامم`` -> ``ل`` + ``الامم``).
        """
        got = self._split_cache.get(folded)
        if got is not None:
            return got
        i = 0
        w = folded
        if len(w) > 3 and w[0] in _CONJ and self._more_common(w[1:], w):
            i = 1
        rest = folded[i:]
        if len(rest) > 3 and rest[0] in _PREP:
            if rest.startswith("لل") and len(rest) > 4 and self._more_common("ا" + rest[1:], rest):
                i += 1
                rest = "ا" + rest[1:]
            elif not rest.startswith("لل") and self._more_common(rest[1:], rest):
                i += 1
                rest = rest[1:]
        got = (folded[:i], rest)
        if len(self._split_cache) > 200_000:
            self._split_cache.clear()
        self._split_cache[folded] = got
        return got

    def clitic_length(self, word: str) -> int:
        """How many leading characters of ``word`` are a conjunction or preposition clitic.

        Counted on the original word; folding only drops marks, so a prefix of
        the folded word maps to the same letters of the original.
        """
        clitics, _ = self.split(fold(word))
        if not clitics:
            return 0
        # Walk the original word past as many letters as the folded clitics hold.
        letters = 0
        for pos, ch in enumerate(word):
            if fold(ch):
                if letters == len(clitics):
                    return pos  # marks on the clitic (a fatha) stay with it
                letters += 1
        return 0

    # -- per word -----------------------------------------------------------
    def word_attrs(self, word: str) -> list[str]:
        """All per-word attributes of a token (the CRF places them at each offset)."""
        if word == PAD:
            return ["pad=1"]
        f = fold(word)
        core = f.strip(_PUNCT)
        if core and core != f:
            # ANERcorp keeps some punctuation on words (``بكابول؛``): read the word.
            return [*self.word_attrs(core), "pa=1"]
        if not f:
            return ["sh=empty"]
        attrs = [f"w={f}"]
        first = f[0]
        if not ("\u0621" <= first <= "\u064a"):
            if f.isdigit() or first.isdigit():
                attrs.append("sh=num")
                attrs.append(f"ln={min(len(f), 5)}")
            elif first.isalpha():
                attrs.append("sh=lat")
                attrs.append(f"x3={f[-3:].lower()}")
            else:
                attrs.append("sh=punct")
            return attrs
        clitics, rest = self.split(f)
        has_al = rest.startswith("ال") and len(rest) > 4
        stem = rest[2:] if has_al else rest
        attrs.append(f"s={stem}")
        attrs.append(f"pre={clitics}{'+ال' if has_al else ''}")
        attrs.extend((f"p1={stem[:1]}", f"p2={stem[:2]}", f"p3={stem[:3]}",
                      f"x1={stem[-1:]}", f"x2={stem[-2:]}", f"x3={stem[-3:]}"))
        attrs.append(f"ln={min(len(stem), 9)}")
        attrs.append("sh=ar")
        cl = self.clusters
        own = cl.get(f)
        if own is not None:
            attrs.extend(f"a{k}={c}" for k, c in enumerate(own))
        else:
            attrs.append("a0=unk")
        base = cl.get(rest) or cl.get(stem)
        if base is not None:
            attrs.extend(f"b{k}={c}" for k, c in enumerate(base))
        attrs.extend(self.gazetteer.word_flags(key(word)))
        return attrs

    # -- per token context ---------------------------------------------------
    def key(self, word: str) -> str:
        """The gazetteer key of a word (cached)."""
        got = self._key_cache.get(word)
        if not got:
            if len(self._key_cache) > 200_000:
                self._key_cache.clear()
            got = self._key_cache[word] = key(word)
        return got

    def context_sparse(self, words: Sequence[str]) -> list[tuple[int, list[str]]]:
        """Context attributes of the tokens that have any: multi-word gazetteer matches.

        A token inside a match gets ``G=B-LOC``/``G=I-LOC``; its neighbours get the
        same prefixed ``+1``/``-1``. ``words`` may hold several sentences separated
        by :data:`marsad.crf.PAD` (no entry matches across it).
        """
        kc = self._key_cache
        keys = [kc.get(w) or self.key(w) for w in words]
        spans = self.gazetteer.span_tags_sparse(keys)
        n = len(words)
        out: dict[int, list[str]] = {}
        if not spans:
            return []
        for i, tags in spans:
            out.setdefault(i, []).extend(tags)
            if i > 0:
                out.setdefault(i - 1, []).extend("+1" + a for a in tags)
            if i + 1 < n:
                out.setdefault(i + 1, []).extend("-1" + a for a in tags)
        return sorted(out.items())

    def context(self, words: Sequence[str]) -> list[list[str]]:
        """Per-token context attributes of one sentence (see :meth:`context_sparse`)."""
        out: list[list[str]] = [[] for _ in words]
        for i, attrs in self.context_sparse(words):
            out[i] = attrs
        return out

    def training_attrs(self, words: Sequence[str]) -> list[list[str]]:
        """Attribute lists for training: word attributes at each offset, then context."""
        n = len(words)
        per_word = [self.word_attrs(w) for w in words]
        pad = self.word_attrs(PAD)
        filtered: dict[int, list[list[str]]] = {}
        for off, kinds in KINDS_AT.items():
            filtered[off] = [
                [f"{off}|{a}" for a in attrs if kinds is None or a.split("=", 1)[0] in kinds]
                for attrs in per_word
            ]
        pad_at = {off: [f"{off}|{a}" for a in pad] for off in OFFSETS}
        ctx = self.context(words)
        out: list[list[str]] = []
        for i in range(n):
            feats: list[str] = []
            for off in OFFSETS:
                j = i + off
                feats.extend(filtered[off][j] if 0 <= j < n else pad_at[off])
            feats.extend(ctx[i])
            out.append(feats)
        return out
