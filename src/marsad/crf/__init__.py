"""A fast linear-chain CRF runtime for models trained with python-crfsuite.

A model whose attributes are either per-word attributes placed at a window
offset (``"-1|suf3=ية"``) or per-token context attributes can be scored with
emission vectors cached per (word, offset): each token then costs a few array
lookups instead of building dozens of feature strings. Output is identical to
crfsuite's own Viterbi.
"""

from marsad.crf.decomposed import PAD, DecomposedCRF, window_attributes

__all__ = ["PAD", "DecomposedCRF", "window_attributes"]
