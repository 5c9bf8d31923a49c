"""Score the tokenizer and sentence splitter against a UD CoNLL-U treebank.

UD Arabic splits clitics into syntactic words (``ل`` + ``أوباما``) with
``SpaceAfter=No``. Two token references are built from it: *surface* tokens
(words glued without space merged back, unless one side is punctuation) —
what Marsad's tokenizer produces — and the UD *words* themselves, compared
with Marsad's tokens after proclitic splitting. Sentences of one ``newdoc``
are joined by a space into a text, and the splitter's boundaries are scored.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from marsad.errors import EvalError
from marsad.evaluation.metrics import PRF
from marsad.text import sentence_spans, split_clitics, tokenize_spans


@dataclass(slots=True)
class UDSentence:
    """One treebank sentence: its text and its words' character spans."""

    text: str
    doc: str
    words: list[tuple[int, int]] = field(default_factory=list)
    space_after: list[bool] = field(default_factory=list)


def _is_punct(s: str) -> bool:
    return all(unicodedata.category(c).startswith(("P", "S")) for c in s)


def read_conllu(path: str | Path) -> list[UDSentence]:
    """Read sentences with word spans located in ``# text``.

    Raises:
        EvalError: unreadable file, or a word that cannot be found in its text.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise EvalError(f"cannot read {path}: {err}", code="M061") from None
    sentences: list[UDSentence] = []
    doc = ""
    cur: UDSentence | None = None
    pos = 0
    for n, line in enumerate(lines, 1):
        if line.startswith("# newdoc id ="):
            doc = line.split("=", 1)[1].strip()
        elif line.startswith("# text ="):
            cur = UDSentence(text=line.split("=", 1)[1].strip(), doc=doc)
            sentences.append(cur)
            pos = 0
        elif line and not line.startswith("#") and cur is not None:
            cols = line.split("\t")
            if len(cols) != 10 or "-" in cols[0] or "." in cols[0]:
                continue
            form = cols[1]
            start = cur.text.find(form, pos)
            if start < 0:
                raise EvalError(f"{path}:{n}: word {form!r} not found in its sentence text",
                                code="M062")
            cur.words.append((start, start + len(form)))
            cur.space_after.append("SpaceAfter=No" not in cols[9])
            pos = start + len(form)
    return sentences


def surface_tokens(s: UDSentence) -> list[tuple[int, int]]:
    """UD words merged back into space-delimited tokens, punctuation kept apart."""
    out: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(s.words):
        glue = (
            out
            and not s.space_after[i - 1]
            and out[-1][1] == a
            and not _is_punct(s.text[a:b])
            and not _is_punct(s.text[out[-1][0] : out[-1][1]])
        )
        if glue:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _score(gold: set[tuple[int, int]], pred: set[tuple[int, int]]) -> PRF:
    tp = len(gold & pred)
    return PRF(tp, len(pred) - tp, len(gold) - tp)


def evaluate_conllu(path: str | Path) -> dict[str, PRF]:
    """Token (surface and clitic-split) and sentence-boundary scores."""
    sentences = read_conllu(path)
    if not sentences:
        raise EvalError(f"{path} has no sentences", code="M063")
    counts = {"tokens": [0, 0, 0], "words": [0, 0, 0], "sentences": [0, 0, 0]}

    def add(key: str, prf: PRF) -> None:
        c = counts[key]
        c[0] += prf.tp
        c[1] += prf.fp
        c[2] += prf.fn

    for s in sentences:
        pred = tokenize_spans(s.text)
        add("tokens", _score(set(surface_tokens(s)), set(pred)))
        split = {p for a, b in pred for p in split_clitics(s.text[a:b], a, article=False)}
        add("words", _score(set(s.words), split))
    docs: dict[str, list[str]] = {}
    for s in sentences:
        docs.setdefault(s.doc, []).append(s.text)
    for texts in docs.values():
        joined = " ".join(texts)
        gold_ends: set[tuple[int, int]] = set()
        pos = 0
        for t in texts:
            gold_ends.add((pos, pos + len(t)))
            pos += len(t) + 1
        add("sentences", _score(gold_ends, set(sentence_spans(joined))))
    return {k: PRF(*v) for k, v in counts.items()}
