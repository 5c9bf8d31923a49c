"""Entity resolution on real Arabic sentences: grouping, metonymy, modifiers, roles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.components.entities import EntityResolver, KBMentionMatcher
from marsad.components.text import TextSegmenter
from marsad.document import Document, Mention
from marsad.pipeline import Pipeline, load_pipeline

TEXT = TextSegmenter()
_PIPE: list[Pipeline] = []


def _pipeline() -> Pipeline:
    """The default pipeline, built once (the NER model takes a moment to load)."""
    if not _PIPE:
        _PIPE.append(load_pipeline())
    return _PIPE[0]

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
    doc = _pipeline().analyze(text)
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


def test_longer_nasab_links_the_kb_person() -> None:
    doc = run("استقبل الأمير محمد بن نايف بن عبدالعزيز الوفد.",
              [("محمد بن نايف بن عبدالعزيز", "PER")])
    assert doc.entities[0].name_en == "Mohammed bin Nayef"


def test_one_letter_spelling_variant_is_the_same_person() -> None:
    doc = run("وقال جيمس ماتيسون إن الخطة جاهزة، وأضاف جيمس ماتسون أن التنفيذ قريب.",
              [("جيمس ماتيسون", "PER"), ("جيمس ماتسون", "PER")])
    assert doc.mentions[0].entity == doc.mentions[1].entity
    doc = run("التقى أحمد حسن بمحمد حسن.", [("أحمد حسن", "PER"), ("محمد حسن", "PER")])
    assert doc.mentions[0].entity != doc.mentions[1].entity


def test_nisba_surname_of_a_person_is_not_the_country() -> None:
    doc = run("قتل القيادي السوداني في غارة، وقال مسؤول إن السوداني كان مطلوبا.",
              [("السوداني", "PER")])
    assert doc.entities[0].name_en != "Sudan" and doc.entities[0].label == "PER"


def test_institution_by_its_last_word_and_ibn_spelling() -> None:
    doc = run("وأعلنت وزارة الخارجية أن الخارجية ستستدعي السفير.",
              [("وزارة الخارجية", "ORG"), ("الخارجية", "ORG")])
    assert doc.mentions[0].entity == doc.mentions[1].entity
    doc = run("وصل محمد ابن سلمان، واستقبل محمد بن سلمان الوفد.",
              [("محمد ابن سلمان", "PER"), ("محمد بن سلمان", "PER")])
    assert doc.mentions[0].entity == doc.mentions[1].entity


def test_rank_is_outside_and_site_is_no_qaeda() -> None:
    doc = with_mentions("وقال العميد ركن أحمد عسيري إن العمل جار لتأمين موقع القاعدة.",
                        [("ركن أحمد عسيري", "PER")])
    assert [m.text for m in doc.mentions] == ["أحمد عسيري"]


def test_tagger_spans_cut_at_titles_and_facilities_are_places() -> None:
    doc = with_mentions("وقال مندوب الجامعة العربية السفير أحمد بن حلي إن القمة تأجلت.",
                        [("الجامعة العربية السفير أحمد", "ORG")])
    assert ("الجامعة العربية", "ORG") in [(m.text, m.label) for m in doc.mentions]
    doc = with_mentions("وسيطرت القوات على معسكر عبود قرب المدينة.", [("معسكر عبود", "PER")])
    assert [(m.text, m.label) for m in doc.mentions] == [("معسكر عبود", "LOC")]


def test_person_span_cut_at_a_trailing_title_and_prince_role() -> None:
    doc = with_mentions("قال حسن خالد شلحة إن الأمر صعب، وأضاف حسن شلحة كاتب المقال أن الحل قريب.",
                        [("حسن خالد شلحة", "PER"), ("حسن شلحة كاتب", "PER")])
    assert [m.text for m in doc.mentions] == ["حسن خالد شلحة", "حسن شلحة"]
    assert doc.mentions[0].entity == doc.mentions[1].entity
    doc = run("واستقبل الأمير محمد بن سلمان الوفد.", [("محمد بن سلمان", "PER")])
    assert doc.entities[0].roles == ("prince",)


def test_group_names_as_adjectives_are_modifiers_as_nouns_mentions() -> None:
    # The spec's own example: المتمردين الحوثيين is a modifier, قصف الحوثيين a mention.
    doc = run("وتقدم المتمردين الحوثيين نحو المدينة بعد قصف الحوثيين مواقع الجيش.")
    assert [m.text for m in doc.mentions] == ["الحوثيين"]
    assert doc.mentions[0].start == doc.text.index("الحوثيين مواقع")
    mods = [(m.text, doc.entity(m.entity).name_en) for m in doc.modifiers]  # type: ignore[union-attr]
    assert mods == [("الحوثيين", "Houthis")]
    doc = run("وتبنت الحركة الانفصالية الكردية الهجوم.")
    assert [(m.text, doc.entity(m.entity).name_en)  # type: ignore[union-attr]
            for m in doc.modifiers] == [("الكردية", "Kurds")]


def test_nationality_noun_kept_by_the_tagger_stays_a_mention() -> None:
    doc = with_mentions("وقال الأمريكيون إن الاتفاق قريب، وتقدم الجيش الأمريكي.",
                        [("الأمريكيون", "MISC"), ("الأمريكي", "MISC")])
    assert [m.text for m in doc.mentions] == ["الأمريكيون"]
    assert doc.entity(doc.mentions[0].entity).name_en == "United States"  # type: ignore[union-attr]
    assert [m.text for m in doc.modifiers] == ["الأمريكي"]


def test_nisba_alone_after_the_full_name_is_the_person_not_a_country() -> None:
    # "السوداني" alone, once the article has named أبو خليل السوداني, is his short name.
    doc = run("أدت الغارة إلى مقتل أبو خليل السوداني. وتابع البيان أن السوداني أحد ثلاثة"
              " متطرفين قتلوا.", [("أبو خليل السوداني", "PER")])
    assert doc.modifiers == []
    # With no such person, the adjective still names Sudan.
    doc = run("وقالت الحكومة السودانية إن الرئيس السوداني سيزور القاهرة.", [("القاهرة", "LOC")])
    names = {e.id: e.name_en for e in doc.entities}
    assert [names[m.entity] for m in doc.modifiers if m.entity] == ["Sudan", "Sudan"]
