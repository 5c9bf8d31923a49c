from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.document import (
    Document,
    Entity,
    Event,
    EventDate,
    Failure,
    Mention,
    Quote,
    Span,
    Speaker,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from marsad.errors import DocumentError, InputError

TEXT = "وقال الوزير محمد إدريس إن المحادثات مع واشنطن مستمرة."


def _doc() -> Document:
    s = Span.of
    i = TEXT.index("محمد")
    w = TEXT.index("واشنطن")
    c = TEXT.index("المحادثات")
    return Document(
        text=TEXT,
        meta={"source": "test"},
        mentions=[
            Mention(i, i + 10, TEXT[i : i + 10], id="m1", label="PER", entity="e1"),
            Mention(w, w + 6, "واشنطن", id="m2", label="LOC", entity="e2"),
        ],
        entities=[
            Entity("e1", "PER", "محمد إدريس", "Mohamed Idriss", None, ("محلل",)),
            Entity("e2", "LOC", "الولايات المتحدة", "United States", "Q30"),
        ],
        quotes=[
            Quote("q1", "indirect", s(TEXT, c, len(TEXT) - 1), s(TEXT, 0, 4),
                  Speaker("محمد إدريس", "person", "e1", s(TEXT, i, i + 10)))
        ],
        events=[
            Event("v1", "CONSULT", s(TEXT, c, c + 9), modality="asserted", actor="e2",
                  date=EventDate("أمس", None), quote="q1", said_by="محمد إدريس",
                  other_triggers=(s(TEXT, c, c + 9),))
        ],
        failures=[Failure("events", "boom")],
    )


def test_document_defaults() -> None:
    doc = Document(TEXT)
    assert len(doc.id) == 16
    assert doc.meta["language"] == "ar"
    assert doc.meta["url"] is None


def test_document_json_round_trip() -> None:
    doc = _doc()
    data = json.loads(to_json(doc))
    assert data["schema_version"] == "1"
    assert data["quotes"][0]["speaker"]["mention"]["text"] == "محمد إدريس"
    assert from_json(to_json(doc)) == doc


def test_span_must_slice_back() -> None:
    with pytest.raises(DocumentError, match="does not match"):
        Document(TEXT, mentions=[Mention(0, 4, "xxxx", id="m1", label="PER")])
    with pytest.raises(DocumentError, match="length"):
        Span(0, 4, "abc")
    with pytest.raises(DocumentError, match="ordered"):
        Span(4, 2, "")


def test_dangling_references_are_refused() -> None:
    with pytest.raises(DocumentError, match="unknown entity"):
        Document(TEXT, mentions=[Mention(0, 4, TEXT[:4], id="m1", label="PER", entity="e9")])


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"text": 5}, "document.text must be a string"),
        ({"mentions": [{"id": "m1", "start": 0, "end": 2, "text": "وق", "label": "XYZ"}]},
         "label"),
        ({"mentions": [{"id": "m1", "start": "0", "end": 2, "text": "وق", "label": "PER"}]},
         r"mentions\[0\].start must be an integer"),
        ({"quotes": [{"id": "q1", "kind": "direct"}]}, "content and speaker"),
        ({"events": [{"id": "v1", "type": "PARTY",
                      "trigger": {"start": 0, "end": 1, "text": "و"}}]}, "PLOVER"),
        ({"schema_version": "9"}, "not supported"),
    ],
)
def test_from_dict_names_the_bad_field(patch: dict[str, object], message: str) -> None:
    data = to_dict(Document(TEXT)) | patch
    with pytest.raises(DocumentError, match=message):
        from_dict(data)


def test_from_json_refuses_non_json() -> None:
    with pytest.raises(InputError):
        from_json("{not json")


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(st.text(min_size=1, max_size=80))
    n = len(text)
    spans = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=6))
    spans = [(min(a, b), max(a, b)) for a, b in spans]
    entities = [Entity(f"e{i}", draw(st.sampled_from(["PER", "ORG", "LOC", "MISC"])),
                       draw(st.text(max_size=10)), draw(st.none() | st.text(max_size=10)),
                       draw(st.none() | st.just("Q30")))
                for i in range(draw(st.integers(0, 3)))]
    ids = [e.id for e in entities]
    mentions = [Mention(a, b, text[a:b], id=f"m{i}", label="LOC",
                        entity=draw(st.none() | st.sampled_from(ids)) if ids else None)
                for i, (a, b) in enumerate(spans)]
    quotes = [Quote(f"q{i}", draw(st.sampled_from(["direct", "indirect"])), Span.of(text, a, b),
                    None if i % 2 else Span.of(text, a, a),
                    Speaker(draw(st.text(max_size=8)), "anonymous", None,
                            draw(st.none() | st.just(Span.of(text, a, b)))))
              for i, (a, b) in enumerate(spans[:2])]
    events = [Event(f"v{i}", "ASSAULT", Span.of(text, a, b),
                    modality=draw(st.sampled_from(["asserted", "negated", "hypothetical", "future"])),
                    date=draw(st.none() | st.just(EventDate("x", "2015-08-01"))))
              for i, (a, b) in enumerate(spans[:2])]
    meta = {"title": draw(st.none() | st.text(max_size=10)), "extra": draw(st.integers())}
    return Document(text=text, meta=meta, mentions=mentions, entities=entities, quotes=quotes,
                    events=events)


@given(documents())
def test_any_document_round_trips_through_json(doc: Document) -> None:
    assert from_json(to_json(doc)) == doc
