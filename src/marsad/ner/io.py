"""Reading and writing CoNLL NER files: ``token TAG`` per line, blank line between sentences."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from marsad.errors import EvalError

Sentence = tuple[list[str], list[str]]

# ANERcorp writes PERS, AQMAR writes MIS; Marsad's labels are PER, ORG, LOC, MISC.
_LABEL_ALIASES = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC",
                  "MIS": "MISC"}


def normalize_tag(tag: str) -> str:
    """``B-PERS`` -> ``B-PER``, ``I-MIS`` -> ``I-MISC``; ``O`` stays.

    Raises:
        ValueError: a tag that is neither ``O`` nor ``B-``/``I-`` with a known label.
    """
    if tag == "O":
        return tag
    prefix, _, label = tag.partition("-")
    if prefix not in ("B", "I") or label not in _LABEL_ALIASES:
        raise ValueError(f"unknown tag {tag!r}")
    return f"{prefix}-{_LABEL_ALIASES[label]}"


def parse_conll(lines: Iterable[str], source: str = "<input>") -> list[Sentence]:
    """Sentences of a CoNLL text: the first column is the token, the last the tag.

    Raises:
        EvalError: a line without a tag, or an unknown tag (the message names the line).
    """
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            if words:
                sentences.append((words, tags))
                words, tags = [], []
            continue
        parts = line.split()
        if len(parts) < 2:
            raise EvalError(f"{source}:{number}: expected 'token TAG', got {line!r}", code="M061")
        try:
            tag = normalize_tag(parts[-1])
        except ValueError as err:
            raise EvalError(f"{source}:{number}: {err}", code="M061") from None
        words.append(parts[0])
        tags.append(tag)
    if words:
        sentences.append((words, tags))
    return sentences


def read_conll(path: str | Path) -> list[Sentence]:
    """Read a CoNLL NER file.

    Raises:
        EvalError: missing, unreadable or malformed file.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EvalError(f"CoNLL file not found: {p}", code="M060") from None
    except (OSError, UnicodeDecodeError) as err:
        raise EvalError(f"cannot read CoNLL file {p}: {err}", code="M060") from None
    sentences = parse_conll(text.splitlines(), str(p))
    if not sentences:
        raise EvalError(f"{p} holds no tokens", code="M061")
    return sentences


def write_predictions(path: str | Path, sentences: Sequence[Sentence],
                      predicted: Sequence[Sequence[str]]) -> None:
    """Write ``token gold predicted`` lines, a blank line after each sentence."""
    out: list[str] = []
    for (words, gold), pred in zip(sentences, predicted, strict=True):
        out.extend(f"{w} {g} {p}" for w, g, p in zip(words, gold, pred, strict=True))
        out.append("")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")
