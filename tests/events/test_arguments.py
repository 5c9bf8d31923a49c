"""Actor, recipient and location from hand-placed mentions in real Arabic sentences."""

from __future__ import annotations

from marsad.document import Event
from marsad.events import code_events, default_lexicon
from tests.events.helpers import doc_with

US = ("الولايات المتحدة", "LOC", "e_us", "United States")


def events(text: str, ents: list[tuple[str, str, str, str]]) -> list[Event]:
    return code_events(doc_with(text, ents), default_lexicon())


def one(evs: list[Event], ptype: str) -> Event:
    found = [e for e in evs if e.type == ptype]
    assert found, evs
    return found[0]


def test_vso_subject_and_object() -> None:
    ev = one(events("وهاجمت القوات التركية مواقع حزب العمال الكردستاني في شمال العراق.",
                    [("القوات التركية", "ORG", "e_tr", "Turkey"),
                     ("حزب العمال الكردستاني", "ORG", "e_pkk", "PKK"),
                     ("العراق", "LOC", "e_iq", "Iraq")]), "ASSAULT")
    assert ev.actor == "e_tr"


def test_svo_subject_before_verb() -> None:
    ev = one(events("الشرطة المصرية اعتقلت ثلاثة من المسلحين في رفح.",
                    [("الشرطة المصرية", "ORG", "e_eg", "Egypt"), ("رفح", "LOC", "e_rafah", "Rafah")]),
             "COERCE")
    assert ev.actor == "e_eg"
    assert ev.location == "e_rafah"


def test_partner_with_ma_for_consult() -> None:
    ev = one(events("وأجرى وزير الخارجية الأمريكي جون كيري محادثات مع نظيره الروسي سيرغي لافروف.",
                    [("جون كيري", "PER", "e_kerry", "John Kerry"),
                     ("سيرغي لافروف", "PER", "e_lavrov", "Sergey Lavrov")]), "CONSULT")
    assert ev.recipient == "e_lavrov"
    assert ev.actor == "e_kerry"


def test_target_with_ala_and_didd() -> None:
    ev = one(events("شنت الطائرات الإسرائيلية غارات على حركة حماس في غزة.",
                    [("الإسرائيلية", "LOC", "e_il", "Israel"), ("حركة حماس", "ORG", "e_hamas", "Hamas"),
                     ("غزة", "LOC", "e_gaza", "Gaza")]), "ASSAULT")
    assert ev.recipient == "e_hamas"
    assert ev.location == "e_gaza"
    ev2 = one(events("نظم الطلاب تظاهرة ضد الحكومة في الخرطوم أمس.",
                     [("الحكومة", "ORG", "e_gov", "Sudan"), ("الخرطوم", "LOC", "e_khr", "Khartoum")]),
              "PROTEST")
    assert ev2.recipient == "e_gov"
    assert ev2.location == "e_khr"


def test_town_target_is_location() -> None:
    ev = one(events("ويتواصل الحصار الذي تفرضه جماعة أنصار الدين على العاصمة نيامي.",
                    [("جماعة أنصار الدين", "ORG", "e_ad", "Ansar Dine"), ("نيامي", "LOC", "e_ny", "Niamey")]),
             "COERCE")
    assert ev.actor == "e_ad"
    assert ev.location == "e_ny"
    assert ev.recipient is None


def test_relative_clause_gives_actor_of_noun() -> None:
    ev = one(events("أثارت المحادثات التي أجرتها الولايات المتحدة مع الحكومة العراقية ردود فعل.",
                    [US, ("الحكومة العراقية", "ORG", "e_iq", "Iraq")]), "CONSULT")
    assert ev.actor == "e_us"
    assert ev.recipient == "e_iq"


def test_passive_agent_after_ala_yad() -> None:
    ev = one(events("قتل جنديان على يد مسلحي تنظيم الدولة في سيناء.",
                    [("تنظيم الدولة", "ORG", "e_is", "Islamic State"), ("سيناء", "LOC", "e_sinai", "Sinai")]),
             "ASSAULT")
    assert ev.actor == "e_is"
    assert ev.location == "e_sinai"


def test_visit_to_country_is_recipient_and_location() -> None:
    ev = one(events("وصل الرئيس الفرنسي إلى بغداد في زيارة إلى العراق أمس.",
                    [("الفرنسي", "LOC", "e_fr", "France"), ("العراق", "LOC", "e_iq", "Iraq")]), "CONSULT")
    assert ev.recipient == "e_iq"
    assert ev.location == "e_iq"


def test_mentions_without_entities_give_no_arguments() -> None:
    doc = doc_with("اعتقلت الشرطة المصرية ثلاثة مسلحين.", [])
    ev = one(code_events(doc, default_lexicon()), "COERCE")
    assert (ev.actor, ev.recipient, ev.location) == (None, None, None)


def test_official_with_nationality_acts_for_the_state() -> None:
    from marsad.document import Entity, Modifier

    text = "وأجرى وزير الخارجية الأمريكي جون كيري محادثات مع نظيره الروسي سيرغي لافروف."
    doc = doc_with(text, [("جون كيري", "PER", "e_kerry", "John Kerry"),
                          ("سيرغي لافروف", "PER", "e_lavrov", "Sergey Lavrov")])
    doc.entities += [Entity("e_us", "LOC", "الولايات المتحدة", "United States"),
                     Entity("e_ru", "LOC", "روسيا", "Russia")]
    for word, eid in (("الأمريكي", "e_us"), ("الروسي", "e_ru")):
        k = text.index(word)
        doc.modifiers.append(Modifier(k, k + len(word), word, entity=eid))
    doc.validate()
    ev = one(code_events(doc, default_lexicon()), "CONSULT")
    # Both officials act for their states (as the reference gold codes Landau -> Diop).
    assert ev.actor == "e_us"
    assert ev.recipient == "e_ru"


def test_bayna_gives_both_sides() -> None:
    ev = one(events("اندلعت اشتباكات بين الجيش السوداني وقوات الدعم السريع في الخرطوم.",
                    [("الجيش السوداني", "ORG", "e_saf", "Sudanese Armed Forces"),
                     ("قوات الدعم السريع", "ORG", "e_rsf", "Rapid Support Forces"),
                     ("الخرطوم", "LOC", "e_khr", "Khartoum")]), "ASSAULT")
    assert (ev.actor, ev.recipient, ev.location) == ("e_saf", "e_rsf", "e_khr")


def test_killed_is_read_as_passive() -> None:
    ev = one(events("قتل الصحفي جمال خاشقجي في إسطنبول.",
                    [("جمال خاشقجي", "PER", "e_jk", "Jamal Khashoggi"),
                     ("إسطنبول", "LOC", "e_ist", "Istanbul")]), "ASSAULT")
    assert ev.recipient == "e_jk" and ev.actor is None


def test_objective_genitive_is_the_target() -> None:
    ev = one(events("وأدانت المنظمة اعتقال حمدي الزيات في القاهرة أمس.",
                    [("حمدي الزيات", "PER", "e_hz", "Hamdi al-Zayat"),
                     ("القاهرة", "LOC", "e_cai", "Cairo")]), "COERCE")
    assert ev.recipient == "e_hz" and ev.actor is None


def test_subject_of_a_reporting_verb_is_not_the_actor() -> None:
    ev = one(events("وأعلن المتحدث باسم الحركة ذبيح الله مجاهد أن المحادثات ستستأنف غدا.",
                    [("ذبيح الله مجاهد", "PER", "e_zm", "Zabihullah Mujahid")]), "CONSULT")
    assert ev.actor is None


def test_town_target_becomes_location_and_its_country_the_recipient() -> None:
    from marsad.document import Entity

    text = "وهدد التنظيم بشن هجمات على دمشق، في وقت تشهد فيه سوريا تصعيدا."
    doc = doc_with(text, [("التنظيم", "ORG", "e_is", "Islamic State"), ("دمشق", "LOC", "e_dam", "Damascus"),
                          ("سوريا", "LOC", "e_syr", "Syria")])
    doc.entities = [e if e.id not in ("e_dam", "e_syr") else
                    Entity(e.id, e.label, e.name, e.name_en, "Q3766" if e.id == "e_dam" else "Q858")
                    for e in doc.entities]
    ev = one(code_events(doc, default_lexicon()), "THREATEN")
    assert ev.actor == "e_is"
    assert (ev.recipient, ev.location) == ("e_syr", "e_dam")
