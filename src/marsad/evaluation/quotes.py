"""Scoring quotes against gold, exactly as ``shared/spec/quotes.md`` defines it.

- A predicted quote *matches* a gold quote when their contents overlap on at
  least half of the shorter one's characters (white space not counted); each
  gold quote matches at most one prediction (pairs taken best overlap first).
- *Detection*: precision, recall and F1 of matches.
- *Attribution*: of the matched pairs, those whose predicted speaker equals,
  contains or is contained in the gold speaker as a whole word sequence, after
  normalising alef and ya forms, diacritics, tatweel and a leading ``ال``/``و``.
- *End-to-end*: a prediction is right only when it matches and its speaker is
  right (the headline figure).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.errors import EvalError
from marsad.evaluation.metrics import PRF

_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u200c-\u200f\u202a-\u202e]")
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي"})
_NON_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class ScoredQuote:
    """The parts of a quote that scoring reads (gold or predicted)."""

    start: int
    end: int
    content: str
    speaker: str
    kind: str = ""
    cue: str = ""
    speaker_kind: str = ""


@dataclass(frozen=True, slots=True)
class ArticleGold:
    """One article's text and its gold quotes."""

    id: str
    text: str
    quotes: tuple[ScoredQuote, ...]


@dataclass(slots=True)
class QuoteScores:
    """Counts over a set of articles, and the figures they give."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    speaker_kind_right: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def detection(self) -> PRF:
        return PRF(self.matched, self.predicted - self.matched, self.gold - self.matched)

    @property
    def end_to_end(self) -> PRF:
        return PRF(self.speaker_right, self.predicted - self.speaker_right,
                   self.gold - self.speaker_right)

    @property
    def attribution_accuracy(self) -> float:
        return self.speaker_right / self.matched if self.matched else 0.0

    def as_dict(self) -> dict[str, Any]:
        """The figures as plain JSON values."""
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "detection": self.detection.as_dict(),
            "attribution": {
                "accuracy": round(self.attribution_accuracy, 4),
                "right": self.speaker_right,
                "matched": self.matched,
            },
            "end_to_end": self.end_to_end.as_dict(),
            "kind_accuracy": round(self.kind_right / self.matched, 4) if self.matched else 0.0,
            "speaker_kind_accuracy": (
                round(self.speaker_kind_right / self.matched, 4) if self.matched else 0.0
            ),
        }


def normalise_speaker(text: str) -> tuple[str, ...]:
    """A speaker name as comparable words: diacritics, tatweel, alef/ya forms and
    each word's leading ``و`` and ``ال`` removed, punctuation dropped."""
    text = _DIACRITICS.sub("", text).translate(_ALEF)
    words = []
    for w in _NON_WORD.split(text):
        if not w:
            continue
        if w.startswith("و") and len(w) > 3:
            w = w[1:]
        if w.startswith("ال") and len(w) > 3:
            w = w[2:]
        words.append(w)
    return tuple(words)


def _contains(big: Sequence[str], small: Sequence[str]) -> bool:
    n = len(small)
    return any(tuple(big[i : i + n]) == tuple(small) for i in range(len(big) - n + 1))


def speaker_right(predicted: str, gold: str) -> bool:
    """Whether a predicted speaker is right for a gold one (spec: equal or containment
    as a whole word sequence, after normalising). An empty speaker is never right."""
    p, g = normalise_speaker(predicted), normalise_speaker(gold)
    if not p or not g:
        return False
    return _contains(p, g) or _contains(g, p)


def _solid(text: str, start: int, end: int) -> int:
    """Characters of ``text[start:end]`` that are not white space."""
    return sum(1 for ch in text[start:end] if not ch.isspace())


def overlap_matches(text: str, a: ScoredQuote, b: ScoredQuote) -> float:
    """Overlap of two contents as a share of the shorter one (0 when under half)."""
    lo, hi = max(a.start, b.start), min(a.end, b.end)
    if hi <= lo:
        return 0.0
    shorter = min(_solid(text, a.start, a.end), _solid(text, b.start, b.end))
    if shorter == 0:
        return 0.0
    share = _solid(text, lo, hi) / shorter
    return share if share >= 0.5 else 0.0


def score_article(text: str, gold: Sequence[ScoredQuote], predicted: Sequence[ScoredQuote],
                  scores: QuoteScores, article_id: str = "") -> None:
    """Add one article's counts to ``scores`` (and its errors, for inspection)."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            share = overlap_matches(text, g, p)
            if share:
                # Best overlap first; among equals, a right speaker first.
                pairs.append((-share, not speaker_right(p.speaker, g.speaker), gi, pi))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    scores.gold += len(gold)
    scores.predicted += len(predicted)
    for _, _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = gold[gi], predicted[pi]
        scores.matched += 1
        right = speaker_right(p.speaker, g.speaker)
        scores.speaker_right += right
        scores.kind_right += p.kind == g.kind
        scores.speaker_kind_right += p.speaker_kind == g.speaker_kind
        if not right:
            scores.errors.append({"id": article_id, "error": "speaker", "gold": g.speaker,
                                  "predicted": p.speaker, "content": g.content[:80]})
    for gi, g in enumerate(gold):
        if gi not in used_g:
            scores.errors.append({"id": article_id, "error": "missed", "cue": g.cue,
                                  "speaker": g.speaker, "content": g.content[:80]})
    for pi, p in enumerate(predicted):
        if pi not in used_p:
            scores.errors.append({"id": article_id, "error": "spurious", "cue": p.cue,
                                  "speaker": p.speaker, "content": p.content[:80]})


def _gold_quote(q: Any, text: str, where: str) -> ScoredQuote:
    try:
        start, end = int(q["start"]), int(q["end"])
        content = str(q["content"])
        speaker = str(q["speaker"])
    except (KeyError, TypeError, ValueError) as err:
        raise EvalError(f"{where}: a quote needs start, end, content and speaker ({err})",
                        code="M064") from None
    if text[start:end] != content:
        raise EvalError(f"{where}: quote {start}:{end} does not slice back to its content",
                        code="M064")
    return ScoredQuote(start, end, content, speaker, str(q.get("kind", "")),
                       str(q.get("cue", "")), str(q.get("speaker_kind", "")))


def load_gold(path: str | Path) -> list[ArticleGold]:
    """Read gold quotes: one JSON object (with ``text`` or an ``article`` file beside
    it, as in ``examples/mali-us-talks.gold.json``) or JSON Lines of
    ``{"id", "text", "quotes"}``.

    Raises:
        EvalError: unreadable or malformed file.
    """
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as err:
        raise EvalError(f"cannot read {path}: {err}", code="M064") from None
    try:
        objs: list[Any] = [json.loads(raw)]
    except json.JSONDecodeError:
        try:
            objs = [json.loads(line) for line in raw.splitlines() if line.strip()]
        except json.JSONDecodeError as err:
            raise EvalError(f"{path} is neither JSON nor JSON Lines: {err}",
                            code="M064") from None
    articles = []
    for i, obj in enumerate(objs):
        where = f"{path.name}[{i}]"
        if not isinstance(obj, dict) or not isinstance(obj.get("quotes"), list):
            raise EvalError(f"{where}: expected an object with a quotes list", code="M064")
        text = obj.get("text")
        if not isinstance(text, str):
            article = obj.get("article")
            if not isinstance(article, str):
                raise EvalError(f"{where}: needs text or an article file name", code="M064")
            try:
                text = (path.parent / article).read_text(encoding="utf-8")
            except OSError as err:
                raise EvalError(f"{where}: cannot read article {article}: {err}",
                                code="M064") from None
        quotes = tuple(_gold_quote(q, text, where) for q in obj["quotes"])
        articles.append(ArticleGold(str(obj.get("id") or obj.get("article") or i), text, quotes))
    return articles


def score(articles: Iterable[tuple[ArticleGold, Sequence[ScoredQuote]]]) -> QuoteScores:
    """Scores over ``(gold article, predicted quotes)`` pairs."""
    scores = QuoteScores()
    for gold, predicted in articles:
        score_article(gold.text, gold.quotes, predicted, scores, gold.id)
    return scores
