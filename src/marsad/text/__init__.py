"""Text layer: decoding, normalisation with an offset map, tokens and sentences."""

from marsad.text.decode import MAX_INPUT_BYTES, decode_bytes, read_text_file
from marsad.text.normalize import NormalizedText, fold, normalize
from marsad.text.sentences import sentence_spans
from marsad.text.tokenize import split_clitics, strip_proclitics, tokenize_spans

__all__ = [
    "MAX_INPUT_BYTES",
    "NormalizedText",
    "decode_bytes",
    "fold",
    "normalize",
    "read_text_file",
    "sentence_spans",
    "split_clitics",
    "strip_proclitics",
    "tokenize_spans",
]
