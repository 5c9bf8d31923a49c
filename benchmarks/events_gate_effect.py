"""What the PROTEST/ASSAULT sentence gate removes from ordinary news (SaudiNewsNet).

Runs the default pipeline on the first N articles (``pipeline_speed.py``'s order) with
and without the events gate, counts the asserted PROTEST/ASSAULT events the ungated
coder finds and how many the gate keeps, and prints a random sample (fixed seed) of
dropped and kept sentences for reading. There is no gold here: the sample is for a
human judgment, the counts are what the gate does.

    python benchmarks/events_gate_effect.py [--shared ../shared] [--n 300] [--sample 30]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pipeline_speed import load_articles

GATED = ("PROTEST", "ASSAULT")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(os.environ.get("MARSAD_SHARED", "../shared")))
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from marsad.components.events import EventCoder
    from marsad.document import Document
    from marsad.pipeline import load_pipeline

    nlp = load_pipeline()
    coder = next(c for c in nlp.components if isinstance(c, EventCoder))
    gate = coder.gate
    dropped: list[tuple[str, str, str]] = []
    kept: list[tuple[str, str, str]] = []
    for text in load_articles(args.shared, args.n):
        coder.gate = None
        ungated = nlp(Document(text=text))
        coder.gate = gate
        survivors = {e.trigger.start for e in nlp(Document(text=text)).events}
        for e in ungated.events:
            if e.type in GATED and e.modality == "asserted":
                sent = ungated.sentences[e.sentence].text if e.sentence is not None else ""
                row = (e.type, e.trigger.text, sent[:230])
                (kept if e.trigger.start in survivors else dropped).append(row)
    print(f"articles {args.n}: asserted PROTEST/ASSAULT events without the gate "
          f"{len(kept) + len(dropped)}, kept by the gate {len(kept)}, dropped {len(dropped)}")
    rng = random.Random(args.seed)
    for name, rows, k in (("dropped", dropped, args.sample), ("kept", kept, args.sample // 2)):
        for i, (ptype, trig, sent) in enumerate(rng.sample(rows, min(k, len(rows)))):
            print(f"{name} {i:2d} {ptype} {trig} | {sent}")


if __name__ == "__main__":
    main()
