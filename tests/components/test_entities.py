"""Entity resolution on real Arabic sentences: grouping, metonymy, modifiers, roles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.components.entities import EntityResolver, KBMentionMatcher
from marsad.components.text import TextSegmenter
from marsad.document import Document, Mention
from marsad.pipeline import load_pipeline

TEXT = TextSegmenter()
MATCH = KBMentionMatcher()
RESOLVE = EntityResolver()


def run(text: str, mentions: list[tuple[str, str]] | None = None) -> Document:
    """Text layer, then the given mentions (text, label; first occurrences in order) or
    the KB matcher, then resolution."""
    doc = TEXT(Document(text=text))
    if mentions is None:
        MATCH(doc)
    else:
        pos = 0
        for n, (name, label) in enumerate(mentions, 1):
            start = text.index(name, pos)
            doc.mentions.append(Mention(start, start + len(name), name, f"m{n}", label))
            pos = start + len(name)
    return RESOLVE(doc)


def entity_of(doc: Document, mention_text: str, nth: int = 0) -> str | None:
    ms = [m for m in doc.mentions if m.text == mention_text]
    ent = doc.entity(ms[nth].entity)
    return None if ent is None else ent.name_en


def test_surname_joins_full_name() -> None:
    doc = run("قال المحلل السياسي سامر الخطيب إن الوضع صعب. وأضاف الخطيب أن الحل سياسي.",
              [("سامر الخطيب", "PER"), ("الخطيب", "PER")])
    assert doc.mentions[0].entity == doc.mentions[1].entity
    ent = doc.entity(doc.mentions[0].entity)
    assert ent is not None and ent.name == "سامر الخطيب"
    assert "analyst" in ent.roles


def test_spelling_variants_group() -> None:
    doc = run("التقى عبد الله ديوب نظيره. وقال عبدالله ديوب إن اللقاء مثمر.",
              [("عبد الله ديوب", "PER"), ("عبدالله ديوب", "PER")])
    assert doc.mentions[0].entity == doc.mentions[1].entity


def test_metonymy_actor_links_country_place_links_city() -> None:
    doc = run("وأعلنت موسكو رفضها للقرار، فيما عاد الوفد إلى موسكو مساء أمس.")
    assert entity_of(doc, "موسكو", 0) == "Russia"
    assert entity_of(doc, "موسكو", 1) == "Moscow"
    doc = run("واشنطن تسعى إلى اتفاق جديد، وقال مسؤول في واشنطن إن المحادثات مستمرة.")
    assert entity_of(doc, "واشنطن", 0) == "United States"
    assert entity_of(doc, "واشنطن", 1) == "Washington, D.C."


def test_seat_of_power_stands_for_its_government() -> None:
    doc = run("وأكد الكرملين أن الرئيس سيحضر القمة، ورحب البيت الأبيض بالخطوة.")
    assert entity_of(doc, "الكرملين") == "Russia"
    assert entity_of(doc, "البيت الأبيض") == "United States"


def test_title_role_and_nationality_modifier() -> None:
    doc = run("وأجرى وزير الخارجية المالي، عبدالله ديوب، محادثات في باماكو.")
    diop = [e for e in doc.entities if e.name_en == "Abdoulaye Diop"]
    assert diop and "foreign minister" in diop[0].roles
    mods = {m.text: doc.entity(m.entity) for m in doc.modifiers}
    mali = mods.get("المالي")
    assert mali is not None and mali.name_en == "Mali" and mali.kb_id == "Q912"


def test_financial_homograph_is_not_malian() -> None:
    doc = run("أعلنت وزارة المالية عن عجز في الموازنة وارتفاع الدعم المالي للأسر.")
    assert not any(m.text in ("المالية", "المالي") for m in doc.modifiers)


def test_modifier_only_country_gets_an_entity() -> None:
    doc = run("قالت الشرطة الأفغانية إن الهجوم أوقع قتلى.", [])
    assert [(m.text, doc.entity(m.entity).name_en if doc.entity(m.entity) else None)
            for m in doc.modifiers] == [("الأفغانية", "Afghanistan")]


def test_matcher_splits_clitics_and_heads() -> None:
    doc = run("وقال مسؤول لـ\"رويترز\" إن جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة "
              "هاجمت مواقع للجيش في مالي والنيجر.")
    texts = {m.text: doc.entity(m.entity) for m in doc.mentions}
    assert "نصرة الإسلام والمسلمين" in texts
    assert "القاعدة" in texts and texts["القاعدة"].kb_id == "Q34490"  # type: ignore[union-attr]
    assert texts["مالي"].name_en == "Mali"  # type: ignore[union-attr]
    assert texts["النيجر"].name_en == "Niger"  # type: ignore[union-attr]
    assert texts["رويترز"].name_en == "Reuters"  # type: ignore[union-attr]


def test_saudi_adjective_is_not_a_country_mention() -> None:
    doc = run("وأعلنت الحكومة السعودية أن السعودية ستستضيف المؤتمر.")
    assert [m.text for m in doc.mentions] == ["السعودية"]
    assert doc.mentions[0].start == doc.text.index("السعودية ستستضيف")
    assert [m.text for m in doc.modifiers] == ["السعودية"]


def test_no_mentions_no_crash() -> None:
    doc = RESOLVE(Document(text="نص بلا أسماء."))
    assert doc.entities == [] and doc.mentions == []


def test_every_mention_gets_an_entity_and_ids_resolve() -> None:
    doc = run("قال الرئيس الأمريكي باراك أوباما إن أوباما سيزور الرياض والقاهرة.")
    assert doc.mentions and all(m.entity for m in doc.mentions)
    doc.validate()
    obama = [e for e in doc.entities if e.name_en == "Barack Obama"]
    assert obama and obama[0].kb_id == "Q76" and "president" in obama[0].roles


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("واشنطنموسكالمريةي ،.\"«»ـًٌُّ")) | st.characters(blacklist_categories=("Cs",)),
               max_size=200))
def test_any_text_does_not_crash(text: str) -> None:
    pipe = load_pipeline()
    doc = pipe.analyze(text)
    assert not doc.failures, doc.failures
    for span in doc.spans():
        assert text[span.start : span.end] == span.text


def with_mentions(text: str, mentions: list[tuple[str, str]]) -> Document:
    """Text layer, given (tagger-like) mentions, then the KB matcher and the resolver."""
    doc = TEXT(Document(text=text))
    pos = 0
    for n, (name, label) in enumerate(mentions, 1):
        start = text.index(name, pos)
        doc.mentions.append(Mention(start, start + len(name), name, f"m{n}", label,
                                    component="ner"))
        pos = start + len(name)
    return RESOLVE(MATCH(doc))


def test_kb_name_replaces_a_partial_tagger_mention() -> None:
    doc = with_mentions("هاجمت جماعة نصرة الإسلام والمسلمين مواقع الجيش.", [("الإسلام", "MISC")])
    assert [(m.text, m.label) for m in doc.mentions] == [("نصرة الإسلام والمسلمين", "ORG")]


def test_kb_fixes_label_of_same_span() -> None:
    doc = with_mentions("وقال في حديث لـ\"إرم نيوز\" إن الوضع صعب.", [("إرم نيوز", "MISC")])
    assert [(m.text, m.label) for m in doc.mentions] == [("إرم نيوز", "ORG")]


def test_generic_institution_with_adjective_is_a_modifier_not_a_mention() -> None:
    doc = with_mentions("وتقدم الجيش المالي نحو الشمال.", [("الجيش المالي", "ORG")])
    assert doc.mentions == []
    # Mali is not named elsewhere, so the ambiguous المالي is left alone.
    doc = with_mentions("وتقدم الجيش المالي نحو مدينة غاو في مالي.", [("الجيش المالي", "ORG")])
    assert [m.text for m in doc.modifiers] == ["المالي"]


def test_spans_follow_the_spec() -> None:
    doc = with_mentions("وقتل شرطيان في مدينة العريش بحسب الملا عمر.",
                        [("مدينة العريش", "LOC"), ("الملا عمر", "PER")])
    assert [m.text for m in doc.mentions] == ["العريش", "عمر"]
    doc = with_mentions("وقال بفضل الله إن 20 دولار تكفي.", [("الله", "MISC"), ("دولار", "MISC")])
    assert doc.mentions == []


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("واشنطن موسكو الأمريكية عبد الله، .\"")), max_size=120),
       st.lists(st.tuples(st.integers(0, 120), st.integers(0, 30),
                          st.sampled_from(["PER", "ORG", "LOC", "MISC"])), max_size=8))
def test_any_mentions_do_not_crash(text: str, spans: list[tuple[int, int, str]]) -> None:
    doc = TEXT(Document(text=text))
    for n, (start, length, label) in enumerate(spans):
        s = min(start, len(text))
        e = min(s + length, len(text))
        doc.mentions.append(Mention(s, e, text[s:e], f"x{n}", label))
    RESOLVE(MATCH(doc))
    doc.validate()
    assert all(m.entity is None or doc.entity(m.entity) for m in doc.mentions)
