"""The training settings of the shipped NER model (tuned on a dev split of ANERcorp train)."""

from __future__ import annotations

C1 = 0.05
C2 = 0.1
MAX_ITERATIONS = 300
AQMAR = False
