"""One article's mentions against a gold JSON file (``shared/examples/*.gold.json``)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from marsad.errors import EvalError
from marsad.evaluation.metrics import PRF
from marsad.evaluation.ner import mention_key
from marsad.text import read_text_file

Key = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class MentionReport:
    """Which gold mentions were found, which missed, and what was found beyond them."""

    text: str
    found: list[Key]
    missed: list[Key]
    spurious: list[Key]

    @property
    def scores(self) -> PRF:
        return PRF(len(self.found), len(self.spurious), len(self.missed))

    def lines(self) -> list[str]:
        s = self.scores
        out = [f"gold {len(self.found) + len(self.missed)}, found {len(self.found)}, "
               f"missed {len(self.missed)}, spurious {len(self.spurious)}; "
               f"P {s.precision:.4f} R {s.recall:.4f} F1 {s.f1:.4f}"]
        for name, keys in (("found", self.found), ("missed", self.missed),
                           ("spurious", self.spurious)):
            out.extend(f"{name:<9} {lab:<4} {a}:{b} {self.text[a:b]}" for a, b, lab in keys)
        return out


def score_mentions(text: str, gold: list[Key], predicted: list[Key]) -> MentionReport:
    """Exact-span comparison after both sides drop leading clitics and the article."""
    g = {mention_key(text, a, b, lab): (a, b, lab) for a, b, lab in gold}
    p = {mention_key(text, a, b, lab): (a, b, lab) for a, b, lab in predicted}
    # Report the spans as written (gold's for found and missed, ours for spurious).
    return MentionReport(text, sorted(g[k] for k in g.keys() & p.keys()),
                         sorted(g[k] for k in g.keys() - p.keys()),
                         sorted(p[k] for k in p.keys() - g.keys()))


def score_article(gold_path: Path, config: Path | None = None) -> MentionReport:
    """Analyse the gold file's article with the pipeline and score its mentions.

    Raises:
        EvalError: missing or malformed gold file.
    """
    from marsad.pipeline import load_pipeline

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = read_text_file(str(gold_path.parent / gold["article"]))
        keys = [(int(m["start"]), int(m["end"]), str(m["label"])) for m in gold["mentions"]]
    except FileNotFoundError as err:
        raise EvalError(f"file not found: {err.filename}", code="M060") from None
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise EvalError(f"cannot read gold file {gold_path}: {err}", code="M062") from None
    doc = load_pipeline(config).analyze(text)
    return score_mentions(text, keys, [(m.start, m.end, m.label) for m in doc.mentions])
