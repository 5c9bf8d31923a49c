"""The training settings of the shipped NER model (tuned on a dev split of ANERcorp train)."""

from __future__ import annotations

C1 = 0.05
C2 = 0.1
MAX_ITERATIONS = 300
AQMAR = False
# Second stage (0 folds: none; measured on dev, see docs/results.md): first-pass
# labels from contiguous cross-validation folds (100 iterations each) and their
# consistency within +-10 sentences.
FOLDS = 0
FOLD_ITERATIONS = 100
WINDOW = 10
