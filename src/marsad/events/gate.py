"""A learned sentence gate for PROTEST and ASSAULT events.

The trigger lexicon finds every sentence with a protest or attack word, but many of
those sentences do not report a current event: they refer to a past attack (``ذكرى
اغتيال``), use the word as a metaphor, or comment on it. A small logistic-regression
model per type, trained on the GSR train half (:mod:`marsad.events.gate_train`), scores
the sentence of a candidate event; a candidate whose sentences all score below the
type's threshold is dropped.

Run time needs no sklearn: the model is a ``feature -> weight`` table in
``models/events/gate.json`` and a score is a sum over the sentence's sparse features.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import ModelError

_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
_SUFFIXES = ("هما", "ات", "ون", "ين", "ها", "هم", "ان", "ه")
# "words" < "bigrams" < "context" each include the ones before them (whole sentence);
# "local" sees only the triggers and the stems within WINDOW tokens of them.
FEATURE_SETS = ("words", "bigrams", "context", "local")
WINDOW = 4


def stem(word: str) -> str:
    """A light stem of a folded word: conjunction, preposition, article and a plural or
    pronoun suffix removed (``والمتظاهرين`` -> ``متظاهر``), keeping at least three letters."""
    if len(word) > 3 and word[0] in "وف":
        word = word[1:]
    for p in _PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 3:
            word = word[len(p) :]
            break
    else:
        if len(word) > 3 and word[0] in "بلك":
            word = word[1:]
    for s in _SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= 3:
            return word[: -len(s)]
    return word


def _shape(word: str) -> str:
    if word.isdigit():
        return "#"
    return word if word.isalpha() else ""


def sentence_features(words: Sequence[str], hits: Iterable[tuple[int, str, bool]],
                      level: str = "context") -> set[str]:
    """Sparse binary features of one sentence.

    ``words`` are the sentence's folded tokens; ``hits`` the triggers of the gated
    type in it as ``(token index within the sentence, lemma, is a verb)``. Levels:
    ``words`` (folded words and stems), ``bigrams`` (+ stem bigrams), ``context`` (+
    the trigger lemma, its part of speech and its neighbours' stems).
    """
    shaped = [_shape(w) for w in words]
    stems = [stem(w) if w and w != "#" else w for w in shaped]
    feats = {"bias"}
    hits = list(hits)
    if level == "local":
        return _local_features(words, stems, hits) | feats
    for w, s in zip(shaped, stems, strict=True):
        if w:
            feats.add("w:" + w)
            feats.add("s:" + s)
    if level in ("bigrams", "context"):
        prev = "<s>"
        for s in stems:
            if s:
                feats.add(f"b:{prev}_{s}")
                prev = s
    if level == "context":
        n = 0
        for i, lemma, verb in hits:
            n += 1
            feats.add("t:" + lemma)
            feats.add("tv:" + ("verb" if verb else "noun"))
            for k, tag in ((-2, "l2"), (-1, "l1"), (1, "r1"), (2, "r2")):
                j = i + k
                if 0 <= j < len(stems) and stems[j]:
                    feats.add(f"{tag}:{stems[j]}")
            if i == 0 or (i == 1 and words[0] in ("و", "ف")):
                feats.add("t:first")
        feats.add(f"tn:{min(n, 3)}")
    feats.add(f"len:{min(len(words) // 10, 5)}")
    feats.discard("")
    return feats


def _local_features(words: Sequence[str], stems: Sequence[str],
                    hits: Sequence[tuple[int, str, bool]]) -> set[str]:
    """Trigger lemma, part of speech, neighbours by position, and stems near a trigger."""
    feats = {f"tn:{min(len(hits), 3)}", f"len:{min(len(words) // 10, 5)}"}
    near: set[int] = set()
    for i, lemma, verb in hits:
        feats.add("t:" + lemma)
        feats.add("tv:" + ("verb" if verb else "noun"))
        for k, tag in ((-2, "l2"), (-1, "l1"), (1, "r1"), (2, "r2")):
            j = i + k
            if 0 <= j < len(stems) and stems[j]:
                feats.add(f"{tag}:{stems[j]}")
        if i == 0 or (i == 1 and words[0] in ("و", "ف")):
            feats.add("t:first")
        near.update(range(max(0, i - WINDOW), min(len(stems), i + WINDOW + 1)))
    feats.update("n:" + stems[j] for j in near if stems[j])
    feats.discard("")
    return feats


@dataclass(frozen=True, slots=True)
class TypeGate:
    """One type's model: weights, bias and the probability threshold."""

    weights: dict[str, float]
    threshold: float
    level: str

    def score(self, feats: Iterable[str]) -> float:
        """The probability that the sentence reports an event of the type."""
        w = self.weights
        z = sum(w.get(f, 0.0) for f in feats)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True, slots=True)
class Gate:
    """The per-type sentence gates (types without a model are never gated)."""

    types: dict[str, TypeGate]

    def passes(self, ptype: str, words: Sequence[str],
               hits: Iterable[tuple[int, str, bool]]) -> bool:
        """Whether a sentence may carry an event of ``ptype``."""
        g = self.types.get(ptype)
        if g is None:
            return True
        return g.score(sentence_features(words, hits, g.level)) >= g.threshold

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Gate:
        """Read the JSON form written by training (see :meth:`to_dict`).

        Raises:
            ModelError: malformed data.
        """
        try:
            types = {
                t: TypeGate({str(k): float(v) for k, v in m["weights"].items()},
                            float(m["threshold"]), str(m.get("level", "context")))
                for t, m in data["types"].items()
            }
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise ModelError(f"malformed event gate: {err}", code="M084") from None
        for g in types.values():
            if g.level not in FEATURE_SETS:
                raise ModelError(f"unknown gate feature level {g.level!r}", code="M084")
        return cls(types)

    def to_dict(self) -> dict[str, Any]:
        return {"version": 1, "types": {
            t: {"threshold": g.threshold, "level": g.level, "weights": g.weights}
            for t, g in self.types.items()}}

    @classmethod
    def from_file(cls, path: str | Path) -> Gate:
        """Load a gate JSON file.

        Raises:
            ModelError: unreadable or malformed file.
        """
        try:
            data = json.loads(Path(path).read_text("utf-8"))
        except (OSError, ValueError) as err:
            raise ModelError(f"cannot read event gate {path}: {err}", code="M084") from None
        if not isinstance(data, dict):
            raise ModelError(f"malformed event gate {path}", code="M084")
        return cls.from_dict(data)


def default_gate_path() -> Path:
    """The gate that ships in ``marsad/models/events``."""
    return Path(str(resources.files("marsad").joinpath("models/events/gate.json")))


@lru_cache(maxsize=1)
def default_gate() -> Gate | None:
    """The shipped gate, loaded once (None when no gate was trained)."""
    path = default_gate_path()
    return Gate.from_file(path) if path.exists() else None
