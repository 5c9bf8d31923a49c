"""Dates resolved from the publication date, merged mentions, and quote attribution."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.events import code_events, default_lexicon
from marsad.events.dates import find_dates, publication_date, resolve
from marsad.text import fold
from tests.events.helpers import add_quote, doc_with

# 2015-07-27 was a Monday.
PUB = "2015-07-27 16:58:52"


@pytest.mark.parametrize(
    ("text", "date_text", "value"),
    [
        ("اعتقلت الشرطة خمسة أشخاص أمس في القاهرة.", "أمس", "2015-07-26"),
        ("اعتقلت الشرطة خمسة أشخاص أول أمس.", "أول أمس", "2015-07-25"),
        ("اعتقلت الشرطة خمسة أشخاص اليوم.", "اليوم", "2015-07-27"),
        ("اعتقلت الشرطة خمسة أشخاص يوم الخميس الماضي.", "يوم الخميس", "2015-07-23"),
        ("وقد لجأت الحكومة منذ العام 2021 إلى اعتقال المعارضين.", "منذ العام 2021", "2021"),
        ("اعتقلت الشرطة خمسة أشخاص في 12 يوليو 2015.", "12 يوليو 2015", "2015-07-12"),
        ("اعتقلت الشرطة خمسة أشخاص في 3 آب.", "3 آب", "2015-08-03"),
        ("وأجرت الحكومة محادثات أخيراً مع المعارضة.", "أخيراً", None),
    ],
)
def test_event_dates(text: str, date_text: str, value: str | None) -> None:
    doc = doc_with(text, published=PUB)
    evs = code_events(doc, default_lexicon())
    assert evs and evs[0].date is not None, evs
    assert evs[0].date.text == date_text
    assert evs[0].date.value == value
    span = evs[0].date.span
    assert span is not None and text[span.start : span.end] == date_text


def test_future_weekday_goes_forward() -> None:
    doc = doc_with("وسيزور الوزير موسكو يوم الخميس.", published=PUB)
    ev = code_events(doc, default_lexicon())[0]
    assert ev.modality == "future"
    assert ev.date is not None and ev.date.value == "2015-07-30"


def test_no_publication_date_leaves_relative_dates_unresolved() -> None:
    doc = doc_with("اعتقلت الشرطة خمسة أشخاص أمس.", published=None)
    ev = code_events(doc, default_lexicon())[0]
    assert ev.date is not None and ev.date.text == "أمس" and ev.date.value is None


def test_date_helpers() -> None:
    assert publication_date({"published": "2015-07-27"}) == dt.date(2015, 7, 27)
    assert publication_date({"date": "2015-07-27 10:00"}) == dt.date(2015, 7, 27)
    assert publication_date({"published": "غدا"}) is None
    assert find_dates(fold("لا تاريخ هنا")) == []
    assert resolve("dmy", ("31", fold("فبراير"), "2015"), "", None, False) is None


def test_repeated_mentions_merge_into_one_event() -> None:
    text = ("أثارت المحادثات التي أجرتها الولايات المتحدة مع الحكومة المالية تساؤلات. "
            "وأجرى مساعد وزير الخارجية محادثات مع وزير الخارجية المالي. "
            "وتأتي هذه المحادثات في وقت صعب.")
    doc = doc_with(text, [("الولايات المتحدة", "LOC", "e_us", "United States"),
                          ("الحكومة المالية", "ORG", "e_ml", "Mali")])
    consult = [e for e in code_events(doc, default_lexicon()) if e.type == "CONSULT"]
    assert len(consult) == 1
    ev = consult[0]
    assert ev.trigger.text == "المحادثات" and ev.actor == "e_us" and ev.recipient == "e_ml"
    assert [t.text for t in ev.other_triggers] == ["محادثات", "المحادثات"]


def test_different_actors_do_not_merge() -> None:
    text = "اعتقلت الشرطة التركية عشرة أشخاص في أنقرة. واعتقلت الشرطة الإيرانية ستة في طهران."
    doc = doc_with(text, [("التركية", "LOC", "e_tr", "Turkey"), ("أنقرة", "LOC", "e_ank", "Ankara"),
                          ("الإيرانية", "LOC", "e_ir", "Iran"), ("طهران", "LOC", "e_teh", "Tehran")])
    arrests = [e for e in code_events(doc, default_lexicon()) if e.type == "COERCE"]
    assert len(arrests) == 2
    assert {e.location for e in arrests} == {"e_ank", "e_teh"}


def test_merge_can_be_switched_off() -> None:
    text = "وقعت اشتباكات في المدينة أمس. وتجددت الاشتباكات صباح اليوم."
    doc = doc_with(text)
    assert len(code_events(doc, default_lexicon(), merge=True)) == 1
    assert len(code_events(doc, default_lexicon(), merge=False)) == 2


def test_event_inside_quote_is_attributed_and_narrator_mention_is_main() -> None:
    text = ("ورجّح المحلل محمد إدريس أن تشن الجماعة هجوما على العاصمة خلال أيام. "
            "وقال إن الهجوم سيغير موازين القوى.")
    doc = doc_with(text, [("محمد إدريس", "PER", "e_idris", "Mohamed Idris")])
    add_quote(doc, "أن تشن الجماعة هجوما على العاصمة خلال أيام", "ورجّح", "محمد إدريس")
    add_quote(doc, "إن الهجوم سيغير موازين القوى", "وقال", "محمد إدريس", qid="q2")
    evs = [e for e in code_events(doc, default_lexicon()) if e.type == "ASSAULT"]
    assert len(evs) == 1
    ev = evs[0]
    assert ev.modality == "hypothetical"
    assert ev.quote == "q1" and ev.said_by == "محمد إدريس"


def test_narrator_event_has_no_source() -> None:
    doc = doc_with("اعتقلت الشرطة خمسة أشخاص أمس.")
    ev = code_events(doc, default_lexicon())[0]
    assert ev.quote is None and ev.said_by is None


def test_threat_content_and_references_are_not_events() -> None:
    evs = code_events(doc_with("وهدد الحزب بقطع العلاقات مع الحكومة."), default_lexicon())
    assert [e.type for e in evs] == ["THREATEN"]
    evs = code_events(doc_with("بعد تهديده أكثر من مرة بتقديم استقالته أمس."), default_lexicon())
    assert [e.type for e in evs] == ["THREATEN"]
    assert code_events(doc_with("فهل يجوز تبرير الاغتيال السياسي؟"), default_lexicon()) == []


@pytest.mark.parametrize(
    ("text", "ptype"),
    [
        ("وشهدت البلاد احتجاجات حاشدة.", "PROTEST"),      # light verb
        ("احتجاجات حاشدة ضد القانون الجديد.", "PROTEST"),   # particular-event adjective
        ("لكن المشاورات مستمرة بين الحكومة والمعارضة.", "CONSULT"),  # named parties
        ("وأيضاً، تم اعتقال اثنين من العناصر الخطرة.", "COERCE"),  # passive تم
        ("ومصادرة 13 سيارة محملة بالذخيرة.", "COERCE"),  # a count of what was seized
    ],
)
def test_anchored_nominal_events(text: str, ptype: str) -> None:
    doc = doc_with(text, [("الحكومة", "ORG", "e_gov", "Government"),
                          ("المعارضة", "ORG", "e_opp", "Opposition")]
                   if "الحكومة" in text else [])
    assert [e.type for e in code_events(doc, default_lexicon())] == [ptype]


def test_unanchored_nominal_reference_is_dropped() -> None:
    assert code_events(doc_with("الاحتجاجات ظاهرة قديمة في تاريخ المدن."), default_lexicon()) == []
    assert code_events(doc_with("والاعتقال التعسفي مرفوض في كل الأحوال."), default_lexicon()) == []


def test_framed_reference_to_a_past_event_is_not_reported() -> None:
    text = "وفي أول زيارة لمسؤول فرنسي منذ اغتيال رفيق الحريري، بحثت اللجنة ملفات أخرى."
    doc = doc_with(text, [("رفيق الحريري", "PER", "e_rh", "Rafic Hariri")])
    assert [e.type for e in code_events(doc, default_lexicon()) if e.type == "ASSAULT"] == []
    text2 = "وأدان المجلس اغتيال رفيق الحريري أمس في بيروت."
    doc2 = doc_with(text2, [("رفيق الحريري", "PER", "e_rh", "Rafic Hariri")])
    assert [e.type for e in code_events(doc2, default_lexicon()) if e.type == "ASSAULT"] == ["ASSAULT"]
