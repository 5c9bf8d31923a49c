"""The training settings of the shipped NER model (tuned on a dev split of ANERcorp train)."""

from __future__ import annotations

C1 = 0.05
C2 = 0.1
MAX_ITERATIONS = 300
AQMAR = False
# Second stage (dev F1 0.710 -> 0.732, see docs/results.md; 0 folds: none): first-pass
# labels from contiguous cross-validation folds (100 iterations each) and their
# consistency within +-10 sentences.
FOLDS = 3
FOLD_ITERATIONS = 100
WINDOW = 10
