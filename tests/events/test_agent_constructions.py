"""Who carried an event out, when the text names the agent inside the event noun's own
phrase: a nationality adjective (غارة أمريكية) or an unmarked relative clause (عملية
نفذتها X). Real Arabic sentences through the whole default pipeline, with the learned
sentence gate off: these short sentences test arguments, not whether one sentence alone
reads as a news report (the gate's job, tested in test_gate.py)."""

from __future__ import annotations

import tomllib

from marsad.document import Document, Event
from marsad.pipeline import Pipeline, build_pipeline, default_config_text

_PIPE: list[Pipeline] = []


def analyse(text: str) -> Document:
    if not _PIPE:
        config = tomllib.loads(default_config_text())
        config["components"]["events"]["gate"] = False
        _PIPE.append(build_pipeline(config))
    return _PIPE[0].analyze(text)


def named(doc: Document, entity: str | None) -> str | None:
    return next((e.name_en for e in doc.entities if e.id == entity), None)


def the(doc: Document, ptype: str) -> Event:
    found = [e for e in doc.events if e.type == ptype]
    assert len(found) == 1, doc.events
    return found[0]


def test_adjective_on_the_attack_noun_is_the_attacker_not_the_place() -> None:
    doc = analyse("دانت قوات الدفاع الشعبي القصف التركي على مواقعها في العراق.")
    ev = next(e for e in doc.events if e.type == "ASSAULT")
    assert named(doc, ev.actor) == "Turkey"
    assert named(doc, ev.location) == "Iraq"


def test_adjective_after_a_verb_subject_still_names_the_state() -> None:
    ev_doc = analyse("شن الجيش المصري هجوما على مواقع المسلحين في سيناء.")
    ev = the(ev_doc, "ASSAULT")
    assert named(ev_doc, ev.actor) == "Egypt"


def test_unmarked_relative_clause_gives_the_actor() -> None:
    doc = analyse("قتل ستة اشخاص اليوم في عملية انتحارية نفذتها حركة طالبان واستهدفت الشرطة"
                  " الافغانية في جنوب كابول.")
    ev = the(doc, "ASSAULT")
    assert named(doc, ev.actor) == "Taliban"
    # One event: the verb's misread subject (الشرطة الافغانية) does not split it, and the
    # actor is never its own recipient.
    assert ev.recipient != ev.actor
    assert len(ev.other_triggers) >= 1


def test_relative_verb_must_point_back_to_the_noun() -> None:
    # نفذ without an object pronoun is a new clause, not the attack's relative clause.
    doc = analyse("وقع هجوم في كابول أمس، ونفذ الجيش الأمريكي عمليات بحث في المنطقة.")
    ev = next((e for e in doc.events if e.type == "ASSAULT"), None)
    assert ev is None or named(doc, ev.actor) != "United States"
