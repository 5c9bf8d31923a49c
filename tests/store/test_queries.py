"""Stats, search, query filters, the entity view and export on a real DuckDB file."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from marsad.document import (
    Document,
    Entity,
    Event,
    EventDate,
    Mention,
    Quote,
    Span,
    Speaker,
    from_json,
)
from marsad.errors import InputError, NotFound, StoreError
from marsad.store import (
    Filters,
    Store,
    entities,
    entity_view,
    events,
    export,
    quotes,
    search,
    stats,
)


def _article(text: str, doc_id: str, source: str, published: str,
             speaker: tuple[str, str, str | None] | None, mentioned: list[tuple[str, str, str | None]],
             event: tuple[str, int, int | None] | None = None) -> Document:
    """A document whose entities are the speaker (e1) and the mentioned names (e2...)."""
    ents: list[Entity] = []
    mentions: list[Mention] = []
    named = ([speaker] if speaker else []) + mentioned
    for k, (name, label, kb) in enumerate(named, 1):
        start = text.index(name)
        ents.append(Entity(f"e{k}", label, name, None, kb))
        mentions.append(Mention(start, start + len(name), name, id=f"m{k}", label=label,
                                entity=f"e{k}"))
    qs = []
    if speaker:
        cue = text.index("قال")
        content_start = text.index("إن") + 3
        qs.append(Quote("q1", "indirect", Span.of(text, content_start, len(text) - 1),
                        Span.of(text, cue, cue + 3),
                        Speaker(speaker[0], "person", "e1",
                                Span.of(text, text.index(speaker[0]),
                                        text.index(speaker[0]) + len(speaker[0])))))
    evs = []
    if event:
        trig = text.index(event[0])
        evs.append(Event("v1", "CONSULT", Span.of(text, trig, trig + len(event[0])),
                         actor=f"e{event[1]}",
                         recipient=None if event[2] is None else f"e{event[2]}",
                         date=EventDate("أمس", None), said_by=speaker[0] if speaker else None,
                         quote="q1" if speaker else None))
    mentions.sort(key=lambda m: m.start)
    return Document(text=text, id=doc_id, meta={"source": source, "published": published,
                                                "title": text[:20]},
                    mentions=mentions, entities=ents, quotes=qs, events=evs)


DOCS = [
    _article("قال عادل الجبير إن المحادثات مع واشنطن مستمرة.", "d1", "spa", "2015-07-21",
             ("عادل الجبير", "PER", None), [("واشنطن", "LOC", "Q30")], ("المحادثات", 1, 2)),
    _article("قال جون كيري إن الرياض شريك مهم وإن عادل الجبير زار واشنطن.", "d2", "okaz",
             "2015-08-02", ("جون كيري", "PER", None),
             [("الرياض", "LOC", "Q3692"), ("عادل الجبير", "PER", None), ("واشنطن", "LOC", "Q30")],
             ("زار", 3, 4)),
    _article("أعلنت وزارة الصحة تسجيل إصابات جديدة بفيروس كورونا في الرياض.", "d3", "sabq",
             "2015-08-05", None, [("وزارة الصحة", "ORG", None), ("الرياض", "LOC", "Q3692")]),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("queries") / "q.duckdb"
    with Store(path) as store:
        store.add_documents(DOCS)
        store.build_fts()
    return path


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with Store(db, read_only=True) as s:
        yield s


def test_stats_counts(store: Store) -> None:
    s = stats(store)
    assert s["documents"] == 3
    assert s["quotes"] == 2
    assert s["events"] == 2
    assert s["entities"] == 2 + 4 + 2
    # Resolved across articles: الجبير (name), واشنطن Q30, الرياض Q3692, كيري, وزارة الصحة.
    assert s["corpus_entities"] == 5
    assert s["sources"] == {"okaz": 1, "sabq": 1, "spa": 1}


def test_search_finds_stemmed_arabic(store: Store) -> None:
    rows = search(store, "محادثة")  # the text has المحادثات: both stem to محادث
    assert [r["id"] for r in rows] == ["d1"]
    assert "المحادثات" in rows[0]["snippet"]
    assert {r["id"] for r in search(store, "الرياض")} == {"d2", "d3"}
    assert [r["id"] for r in search(store, "الرياض", source="sabq")] == ["d3"]
    assert search(store, "كلمةغيرموجودة") == []
    with pytest.raises(InputError):
        search(store, "  ")


def test_query_quotes_filters(store: Store) -> None:
    assert [r["doc_id"] for r in quotes(store, Filters())] == ["d2", "d1"]  # newest first
    rows = quotes(store, Filters(speaker="الجبير"))
    assert [r["speaker"] for r in rows] == ["عادل الجبير"]
    assert rows[0]["content"].startswith("المحادثات")
    assert quotes(store, Filters(source="okaz"))[0]["speaker"] == "جون كيري"
    from datetime import date
    assert [r["doc_id"] for r in quotes(store, Filters(since=date(2015, 8, 1)))] == ["d2"]
    assert quotes(store, Filters(type="direct")) == []
    # About: Kerry's quote mentions al-Jubeir and Riyadh; al-Jubeir's mentions none.
    assert [r["speaker"] for r in quotes(store, Filters(about="الجبير"))] == ["جون كيري"]
    assert [r["doc_id"] for r in quotes(store, Filters(about="Q3692"))] == ["d2"]


def test_query_events_filters(store: Store) -> None:
    rows = events(store, Filters(actor="الجبير"))
    assert [(r["doc_id"], r["trigger"], r["recipient"]) for r in rows] == [
        ("d2", "زار", "واشنطن"), ("d1", "المحادثات", "واشنطن")]
    assert [r["doc_id"] for r in events(store, Filters(actor="Q30"))] == []
    assert len(events(store, Filters(type="consult"))) == 2
    assert events(store, Filters(type="CONSULT", source="sabq")) == []
    with pytest.raises(InputError):
        events(store, Filters(type="PARTY"))


def test_query_entities_resolved_across_articles(store: Store) -> None:
    rows = entities(store, Filters())
    top = {r["key"]: r["documents"] for r in rows}
    assert top["kb:Q30"] == 2
    assert top["kb:Q3692"] == 2
    assert top["name:PER:عادل الجبير"] == 2
    assert [r["key"] for r in entities(store, Filters(type="ORG"))] == ["name:ORG:وزاره الصحه"]


def test_entity_view_said_said_about_and_events(store: Store) -> None:
    view = entity_view(store, "عادل الجبير")
    assert view["entity"]["key"] == "name:PER:عادل الجبير"
    assert [q["doc_id"] for q in view["said"]] == ["d1"]
    # Kerry's quote in d2 mentions al-Jubeir.
    assert [(q["doc_id"], q["speaker"]) for q in view["said_about"]] == [("d2", "جون كيري")]
    assert [(e["doc_id"], e["role"]) for e in view["events"]] == [("d1", "actor"),
                                                                  ("d2", "actor")]
    washington = entity_view(store, "Q30")
    assert [e["role"] for e in washington["events"]] == ["recipient", "recipient"]
    with pytest.raises(NotFound):
        entity_view(store, "لا أحد")


def test_export_formats(store: Store, tmp_path: Path) -> None:
    [jsonl] = export(store, "jsonl", tmp_path / "j")
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    assert [from_json(x) for x in lines] == DOCS
    files = export(store, "csv", tmp_path / "c")
    with (tmp_path / "c" / "quotes.csv").open(encoding="utf-8", newline="") as fh:
        assert sorted(r["speaker_text"] for r in csv.DictReader(fh)) == ["جون كيري", "عادل الجبير"]
    assert {f.name for f in files} >= {"documents.csv", "entities.csv", "failures.csv"}
    export(store, "parquet", tmp_path / "p")
    n = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'p' / 'mentions.parquet'}'").fetchone()
    assert n == (8,)
    with pytest.raises(InputError):
        export(store, "xml", tmp_path / "x")


def test_read_only_store_refuses_missing_db(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_stats_json_is_serialisable(store: Store) -> None:
    json.dumps(stats(store))


def test_mentions_without_entities_still_resolve_across_articles(tmp_path: Path) -> None:
    """With NER but no entity component, mentions group by label and folded text."""
    texts = ["قال أحمد إن وزارة الصحة أعلنت الخطة.", "وأكدت وزارة الصحّة أن الخطة جاهزة."]
    docs = []
    for k, text in enumerate(texts):
        start = text.index("وزارة")
        end = start + len("وزارة الصحة") + (1 if "الصحّة" in text else 0)
        docs.append(Document(text=text, id=f"x{k}", meta={"published": "2015-08-0" + str(k + 1)},
                             mentions=[Mention(start, end, text[start:end], id="m1",
                                               label="ORG")]))
    with Store(tmp_path / "m.duckdb") as store:
        store.add_documents(docs)
        [row] = entities(store, Filters(), name="وزارة الصحة")
        assert row["key"] == "name:ORG:وزاره الصحه" and row["documents"] == 2
        assert row["mentions"] == 2
        assert stats(store)["corpus_entities"] == 1
