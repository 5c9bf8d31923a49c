"""The reference article end to end: valid JSON, and every span slices back."""

from __future__ import annotations

import marsad
from marsad.document import from_json, to_json


def test_reference_article_analysis_is_valid(example_text: str) -> None:
    doc = marsad.analyze(example_text)
    again = from_json(to_json(doc))
    assert again == doc
    assert not doc.failures, doc.failures
    for span in doc.spans():
        assert example_text[span.start : span.end] == span.text
    assert len(doc.sentences) == 11
