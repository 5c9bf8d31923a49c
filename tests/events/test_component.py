"""The events component in the pipeline: registration, settings, empty layers, any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
from marsad.components.events import EventCoder, make_events
from marsad.components.text import TextSegmenter
from marsad.document import Document, from_json, to_json
from marsad.errors import ConfigError
from marsad.pipeline import Pipeline, factories, get_factory


def test_registered_and_in_default_pipeline() -> None:
    assert "marsad.events.v1" in factories()
    comp = get_factory("marsad.events.v1")("events", {})
    assert comp.requires == ("sentences", "tokens") and comp.assigns == ("events",)


def test_bad_settings() -> None:
    with pytest.raises(ConfigError, match="M025"):
        make_events("events", {"colour": 1})
    with pytest.raises(ConfigError, match="M025"):
        make_events("events", {"merge": "yes"})


def test_works_without_entity_or_quote_layers() -> None:
    nlp = Pipeline([TextSegmenter(), EventCoder()])
    doc = nlp.analyze("اعتقلت الشرطة خمسة أشخاص أمس.", meta={"published": "2015-07-27"})
    assert not doc.failures
    assert [(e.type, e.actor) for e in doc.events] == [("COERCE", None)]
    again = from_json(to_json(doc))
    assert again == doc


def test_analyze_fills_events() -> None:
    doc = marsad.analyze("وتظاهر مئات الطلاب أمام البرلمان أمس احتجاجا على القانون.")
    assert any(e.type == "PROTEST" for e in doc.events)


ARABIC = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ًٌٍَُِّْ،.؟:«»\"\n 0123")),
                 max_size=300)


@settings(max_examples=200, deadline=None)
@given(st.one_of(ARABIC, st.text(max_size=200)))
def test_any_text_gives_valid_events(text: str) -> None:
    nlp = Pipeline([TextSegmenter(), EventCoder()])
    doc = nlp(Document(text=text, meta={"published": "2015-07-27"}))
    assert not doc.failures, doc.failures
    for ev in doc.events:
        assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        for t in ev.other_triggers:
            assert text[t.start : t.end] == t.text


LEXICAL = st.lists(st.sampled_from([
    "وهاجمت", "القوات", "محادثات", "مع", "على", "في", "أمس", "لم", "قد", "سوف", "هجوم",
    "الحصار", "اعتقلت", "وقف", "إطلاق", "النار", "الثلاثاء", "12", "يوليو", "منذ", "العام", "2021",
    "،", ".", "؟", "رجح", "نفى", "أن", "التي", "على يد", "سيزور", "هذه",
]), max_size=60).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(LEXICAL, st.sampled_from([None, "2015-07-27", "not a date"]))
def test_trigger_dense_text_never_fails(text: str, published: str | None) -> None:
    nlp = Pipeline([TextSegmenter(), EventCoder()])
    doc = nlp(Document(text=text, meta={"published": published}))
    assert not doc.failures, doc.failures
    doc.validate()


@settings(max_examples=150, deadline=None)
@given(LEXICAL, st.data())
def test_random_entity_and_quote_layers_never_break_it(text: str, data: st.DataObject) -> None:
    from marsad.document import Entity, Mention, Modifier, Quote, Span, Speaker

    doc = TextSegmenter()(Document(text=text, meta={"published": "2015-07-27"}))
    n = len(text)
    spans = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, 12)), max_size=8))
    ents = [Entity(f"e{i}", data.draw(st.sampled_from(["PER", "ORG", "LOC", "MISC"])), f"x{i}")
            for i in range(3)]
    doc.entities = ents
    for k, (a, ln) in enumerate(spans):
        b = min(n, a + ln)
        if a >= b:
            continue
        eid = data.draw(st.sampled_from([None, "e0", "e1", "e2"]))
        if k % 3 == 2:
            doc.modifiers.append(Modifier(a, b, text[a:b], entity=eid))
        elif k % 3 == 1 and eid is not None:
            doc.quotes.append(Quote(f"q{k}", "direct", Span(a, b, text[a:b]), None,
                                    Speaker("مصدر", "anonymous", eid, None)))
        else:
            doc.mentions.append(Mention(a, b, text[a:b], id=f"m{k}", label=ents[0].label,
                                        entity=eid))
    doc.validate()
    EventCoder()(doc)
    doc.validate()
