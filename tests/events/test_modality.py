"""Modality of events in real Arabic sentences: negation, hypothesis, future, quote stance."""

from __future__ import annotations

import pytest

from marsad.events import code_events, default_lexicon
from marsad.events.modality import cue_modality
from tests.events.helpers import add_quote, doc_with


def modalities(text: str) -> list[tuple[str, str, str]]:
    doc = doc_with(text)
    return [(e.trigger.text, e.type, e.modality) for e in code_events(doc, default_lexicon())]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # negation
        ("لم تعتقل الشرطة أحدا من المتظاهرين أمس.", "تعتقل", "negated"),
        ("لن تنسحب القوات من المدينة.", "تنسحب", "negated"),
        ("وقال إن الحكومة لا تفاوض الجماعات المسلحة.", "تفاوض", "negated"),
        ("ونفى المتحدث أن يكون الجيش قد قصف المستشفى.", "قصف", "negated"),
        ("واستبعد المصدر أن تنسحب القوات الروسية من البلاد.", "تنسحب", "negated"),
        # hypothetical
        ("قد تهاجم الجماعة مواقع الجيش في الشمال.", "تهاجم", "hypothetical"),
        ("ورجح المحلل أن تهاجم الجماعة العاصمة.", "تهاجم", "hypothetical"),
        ("ومن المتوقع أن تنسحب القوات من المدينة.", "تنسحب", "hypothetical"),
        ("إذا انسحبت القوات من المدينة فإن الوضع سيتغير.", "انسحبت", "hypothetical"),
        ("هل يتظاهر الطلاب أمام الوزارة؟", "يتظاهر", "hypothetical"),
        ("وأعلنت السلطات الاستنفار تحسبا لهجوم إرهابي في العاصمة.", "هجوم", "hypothetical"),
        ("ونشرت الشرطة قوات إضافية أمس لصد هجوم محتمل في المدينة.", "هجوم", "hypothetical"),
        ("ولم يقرر بعد ما إذا كان سينسحب من الحكومة.", "سينسحب", "hypothetical"),
        ("وتوقع المحلل أن الجيش سيهاجم المدينة.", "سيهاجم", "hypothetical"),
        # future
        ("سوف يزور الرئيس القاهرة الأسبوع المقبل.", "يزور", "future"),
        ("وسيزور الرئيس القاهرة.", "وسيزور", "future"),
        ("ويعتزم الوزير زيارة موسكو.", "زيارة", "future"),
        ("ومن المقرر أن تستأنف المحادثات بين الطرفين يوم الأحد.", "المحادثات", "future"),
        # asserted: قد + perfect is "has done"
        ("وقد قصفت الطائرات مواقع المسلحين أمس.", "قصفت", "asserted"),
        ("اعتقلت الشرطة خمسة أشخاص أمس.", "اعتقلت", "asserted"),
    ],
)
def test_modality_constructions(text: str, trigger: str, modality: str) -> None:
    found = modalities(text)
    hits = [m for t, _, m in found if trigger in t or t in trigger]
    assert hits, found
    assert hits[0] == modality, found


def test_quote_cue_stance_negates_event_inside_quote() -> None:
    text = "واستبعد مصدر حكومي رفيع أن تقطع البلاد العلاقات مع جارتها."
    doc = doc_with(text)
    add_quote(doc, "أن تقطع البلاد العلاقات مع جارتها", "واستبعد", "مصدر حكومي رفيع",
              kind="anonymous")
    evs = code_events(doc, default_lexicon())
    sanction = [e for e in evs if e.type == "SANCTION"]
    assert sanction and sanction[0].modality == "negated"
    assert sanction[0].said_by == "مصدر حكومي رفيع" and sanction[0].quote == "q1"


def test_cue_modality_words() -> None:
    assert cue_modality("نفى") == "negated"
    assert cue_modality("ورجّح") == "hypothetical"
    assert cue_modality("قال") is None
    assert cue_modality(None) is None
