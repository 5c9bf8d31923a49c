"""The NER component in the pipeline: spans, clitics, offsets, robustness."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
from marsad.components.ner import NERTagger, sentence_groups
from marsad.document import Document
from marsad.pipeline import load_pipeline

_PIPE = load_pipeline()
_NER = next(c for c in _PIPE.components if isinstance(c, NERTagger))


def test_reference_article_mentions(example_text: str) -> None:
    doc = marsad.analyze(example_text)
    assert not doc.failures
    assert sum(m.component == "ner" for m in doc.mentions) >= 10
    assert [m.id for m in doc.mentions] == [f"m{i}" for i in range(1, len(doc.mentions) + 1)]
    for m in doc.mentions:
        assert example_text[m.start : m.end] == m.text
        # Later components may add the KB names the tagger missed.
        assert m.component in ("ner", "kb_mentions")
        assert m.label in ("PER", "ORG", "LOC", "MISC")
        assert not m.text.startswith(("وواشنطن", "لواشنطن"))
    labels = {m.label for m in doc.mentions}
    assert {"PER", "LOC"} <= labels


def test_leading_clitic_is_outside_the_span() -> None:
    text = "وصل الرئيس إلى واشنطن ثم توجه إلى موسكو، وقال إن وواشنطن ولروسيا مصالح مشتركة."
    doc = _PIPE.analyze(text)
    spans = {m.text for m in doc.mentions}
    assert "واشنطن" in spans
    assert "روسيا" in spans
    assert all(not s.startswith("و") or s == "واشنطن" for s in spans)


def test_no_tokens_no_mentions() -> None:
    doc = Document(text="")
    assert _NER(doc).mentions == []
    doc = Document(text="...")
    assert _NER(doc).mentions == []  # tokens layer empty: nothing to tag


def test_tokens_without_sentences_are_tagged() -> None:
    doc = _PIPE.analyze("زار الرئيس القاهرة")
    doc.sentences = []
    assert sentence_groups(doc) == [doc.tokens]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("وبلكالأمريكيةواشنطن ،.\n\"«»0123abc")),
               max_size=200))
def test_any_text_gives_valid_mentions(text: str) -> None:
    doc = _PIPE.analyze(text)
    assert not doc.failures
    for m in doc.mentions:
        assert text[m.start : m.end] == m.text and m.text
