"""Document -> DuckDB -> Document is the identity, for hand-built documents with every layer."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.document import (
    LABELS,
    MODALITIES,
    PLOVER_TYPES,
    SPEAKER_KINDS,
    Document,
    Entity,
    Event,
    EventDate,
    Failure,
    Mention,
    Modifier,
    Quote,
    Sentence,
    Span,
    Speaker,
    Token,
)
from marsad.store import Store

ALPHABET = st.sampled_from([*"ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإةى ،.\"«»\n",
                            "\u064e", "\U0001f600", "a", "7"])
OPT_TEXT = st.none() | st.text(max_size=12)
_ids = itertools.count()


@st.composite
def documents(draw: st.DrawFn) -> Document:
    text = draw(st.text(alphabet=ALPHABET, min_size=1, max_size=120))
    n = len(text)

    def span() -> Span:
        a = draw(st.integers(0, n))
        b = draw(st.integers(a, n))
        return Span.of(text, a, b)

    def opt_span() -> Span | None:
        return span() if draw(st.booleans()) else None

    n_ent = draw(st.integers(0, 4))
    entities = [Entity(f"e{i}", draw(st.sampled_from(LABELS)), draw(st.text(min_size=1,
                                                                              max_size=15)),
                       draw(OPT_TEXT), draw(st.none() | st.sampled_from(["Q30", "Q1028"])),
                       tuple(draw(st.lists(st.text(max_size=8), max_size=2))),
                       draw(st.none() | st.just("entities")))
                for i in range(n_ent)]
    ent_ref = st.none() | st.sampled_from([e.id for e in entities]) if entities else st.none()
    sentences = [Sentence(s.start, s.end, s.text)
                 for s in (span() for _ in range(draw(st.integers(0, 3))))]
    tokens = [Token(s.start, s.end, s.text) for s in (span() for _ in range(draw(st.integers(0, 5))))]
    mentions = [Mention(s.start, s.end, s.text, id=f"m{i}", label=draw(st.sampled_from(LABELS)),
                        entity=draw(ent_ref), component=draw(st.none() | st.just("ner")))
                for i, s in enumerate(span() for _ in range(draw(st.integers(0, 4))))]
    modifiers = [Modifier(s.start, s.end, s.text, entity=draw(ent_ref), head=opt_span(),
                          component="entities")
                 for s in (span() for _ in range(draw(st.integers(0, 2))))]
    quotes = [Quote(f"q{i}", draw(st.sampled_from(["direct", "indirect"])), span(), opt_span(),
                    Speaker(draw(st.text(max_size=20)), draw(st.sampled_from(SPEAKER_KINDS)),
                            draw(ent_ref), opt_span()),
                    draw(st.none() | st.just("quotes")))
              for i in range(draw(st.integers(0, 3)))]
    quote_ref = st.none() | st.sampled_from([q.id for q in quotes]) if quotes else st.none()
    events = []
    for i in range(draw(st.integers(0, 3))):
        date = None
        if draw(st.booleans()):
            date = EventDate(draw(st.text(max_size=10)),
                             draw(st.none() | st.just("2015-08-01")), opt_span())
        events.append(Event(
            f"v{i}", draw(st.sampled_from(PLOVER_TYPES)), span(),
            modality=draw(st.sampled_from(MODALITIES)), mode=draw(st.none() | st.just("mode")),
            actor=draw(ent_ref), recipient=draw(ent_ref), location=draw(ent_ref), date=date,
            sentence=draw(st.none() | st.integers(0, max(0, len(sentences) - 1))),
            quote=draw(quote_ref), said_by=draw(OPT_TEXT),
            other_triggers=tuple(span() for _ in range(draw(st.integers(0, 2)))),
            component=draw(st.none() | st.just("events"))))
    failures = [Failure(draw(st.text(min_size=1, max_size=8)), draw(st.text(max_size=30)))
                for _ in range(draw(st.integers(0, 2)))]
    meta = {"url": draw(OPT_TEXT), "source": draw(OPT_TEXT), "title": draw(OPT_TEXT),
            "published": draw(st.none() | st.just("2015-08-11 13:44:43") | st.text(max_size=10)),
            "extra": draw(st.none() | st.integers(-5, 5) | st.lists(st.text(max_size=3)))}
    return Document(text=text, id=f"h{next(_ids)}", meta=meta, sentences=sentences,
                    tokens=tokens, mentions=mentions, modifiers=modifiers, entities=entities,
                    quotes=quotes, events=events, failures=failures)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("roundtrip") / "rt.duckdb"
    with Store(path) as s:
        yield s


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=documents())
def test_store_roundtrip_document_to_duckdb_to_document(store: Store, doc: Document) -> None:
    result = store.add_documents([doc])
    assert result.added == 1
    back = store.read_document(doc.id)
    assert back == doc


def test_store_roundtrip_keeps_every_layer(store: Store) -> None:
    text = "قال الوزير محمد إدريس إن المحادثات مع واشنطن مستمرة."
    i, w, c = text.index("محمد"), text.index("واشنطن"), text.index("المحادثات")
    doc = Document(
        text=text, id="fixed-1", meta={"source": "test", "published": "2015-08-01"},
        sentences=[Sentence(0, len(text), text)],
        tokens=[Token(0, 3, text[:3])],
        mentions=[Mention(i, i + 10, text[i:i + 10], id="m1", label="PER", entity="e1"),
                  Mention(w, w + 6, "واشنطن", id="m2", label="LOC", entity="e2")],
        modifiers=[Modifier(w, w + 6, "واشنطن", entity="e2", head=Span.of(text, i, i + 4))],
        entities=[Entity("e1", "PER", "محمد إدريس", "Mohamed Idriss", None, ("وزير",)),
                  Entity("e2", "LOC", "الولايات المتحدة", "United States", "Q30")],
        quotes=[Quote("q1", "indirect", Span.of(text, c, len(text) - 1), Span.of(text, 0, 3),
                      Speaker("محمد إدريس", "person", "e1", Span.of(text, i, i + 10)))],
        events=[Event("v1", "CONSULT", Span.of(text, c, c + 9), actor="e1", recipient="e2",
                      date=EventDate("أمس", "2015-07-31", None), sentence=0, quote="q1",
                      said_by="محمد إدريس")],
        failures=[Failure("events", "boom")])
    store.add_documents([doc])
    assert store.read_document("fixed-1") == doc
    row = store.con.execute(
        "SELECT published_date, corpus_key FROM documents d JOIN entities e ON e.doc_id = d.id "
        "WHERE d.id = 'fixed-1' ORDER BY e.idx").fetchall()
    assert [r[1] for r in row] == ["name:PER:محمد ادريس", "kb:Q30"]
    assert str(row[0][0]) == "2015-08-01"
