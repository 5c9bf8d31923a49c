"""The reference article's entities: every gold mention linked to its entity.

Two modes: the resolver on the gold mention spans (independent of the NER), and
the whole default pipeline (its mentions come from the NER when it is in the
pipeline, and from the KB matcher in any case).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import marsad
from marsad.cli.entities import _with_gold_mentions
from marsad.evaluation.entities import GoldDoc, entity_right, load_gold
from marsad.pipeline import load_pipeline

# Names the romaniser cannot produce and no general KB holds (display-only spelling).
KNOWN_GAPS = {"Christopher Landau"}


@pytest.fixture(scope="module")
def gold(shared: Path) -> GoldDoc:
    return load_gold(shared / "examples" / "mali-us-talks.gold.json")[0]


def _cases(gold: GoldDoc) -> Iterator[tuple[tuple[int, int], str]]:
    for s, e, _, ent in gold.mentions:
        yield (s, e), ent


def test_gold_mentions_are_linked(gold: GoldDoc) -> None:
    doc = _with_gold_mentions(load_pipeline(), gold)
    by_span = {(m.start, m.end): doc.entity(m.entity) for m in doc.mentions}
    wrong = []
    for span, ent in _cases(gold):
        g = gold.entities[ent]
        if g.name_en not in KNOWN_GAPS and not entity_right(by_span[span], g):
            wrong.append((gold.text[span[0] : span[1]], g.name_en))
    assert not wrong
    # Same gold entity, same system entity; different gold entities, different ones.
    ids = {ent: {by_span[sp].id for sp, e in _cases(gold) if e == ent  # type: ignore[union-attr]
                 } for _, ent in _cases(gold)}
    assert all(len(v) == 1 for v in ids.values())
    assert len({next(iter(v)) for v in ids.values()}) == len(ids)


@pytest.mark.xfail(reason="Christopher Landau is in no shipped KB and romanises as 'Lando'",
                   strict=False)
def test_landau_is_linked(gold: GoldDoc) -> None:
    doc = _with_gold_mentions(load_pipeline(), gold)
    assert any(e.name_en == "Christopher Landau" for e in doc.entities)


def test_pipeline_links_reference_article(gold: GoldDoc, example_text: str) -> None:
    doc = marsad.analyze(example_text)
    assert not doc.failures, doc.failures
    gold_spans = {(s, e): ent for (s, e), ent in _cases(gold)}
    for m in doc.mentions:
        if (m.start, m.end) in gold_spans:
            g = gold.entities[gold_spans[(m.start, m.end)]]
            if g.name_en not in KNOWN_GAPS:
                assert entity_right(doc.entity(m.entity), g), (m.text, g.name_en)
    # Every gold entity is among the system's (English name, alias or QID).
    wanted = [g for g in gold.entities.values() if g.name_en not in KNOWN_GAPS]
    if "ner" not in load_pipeline().names:
        # Without the NER only KB names are found; Mohamed Idriss is in no KB.
        wanted = [g for g in wanted if g.name_en != "Mohamed Idriss"]
    missing = [g.name_en for g in wanted
               if not any(entity_right(e, g) for e in doc.entities)]
    assert not missing
    washington = [m for m in doc.mentions if m.text == "واشنطن"]
    assert washington and all(doc.entity(m.entity).kb_id == "Q30"  # type: ignore[union-attr]
                              for m in washington)
    diop = next(e for e in doc.entities if e.name_en == "Abdoulaye Diop")
    assert "foreign minister" in diop.roles
    mali = next(e for e in doc.entities if e.name_en == "Mali")
    assert {m.text for m in doc.modifiers if m.entity == mali.id} >= {"المالي", "المالية"}
