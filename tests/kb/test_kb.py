"""The shipped knowledge base: loading, lookups, nationality adjectives, reproducible build."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from marsad.kb import load_kb, name_key
from marsad.kb.build import KB_FILE, TRANSLIT_FILE, build_kb
from marsad.kb.demonyms import derive_nisba, nisba_stem
from marsad.kb.keys import clitic_variants
from marsad.kb.sources import curated_rows
from marsad.kb.store import _load, default_dir, read_entries


def test_kb_loads_fast() -> None:
    _load.cache_clear()
    started = time.perf_counter()
    kb = load_kb()
    assert time.perf_counter() - started < 1.0
    assert len(kb) > 2000


@pytest.mark.parametrize(("name", "name_en", "qid"), [
    ("الولايات المتحدة الأمريكية", "United States", "Q30"),
    ("روسيا", "Russia", "Q159"),
    ("مالي", "Mali", "Q912"),
    ("باماكو", "Bamako", "Q3703"),
    ("واشنطن", "Washington, D.C.", "Q61"),
    ("القاعدة", "al-Qaeda", "Q34490"),
    ("تنظيم القاعدة", "al-Qaeda", "Q34490"),
    ("داعش", "Islamic State", "Q2429253"),
    ("الأمم المتحدة", "United Nations", "Q1065"),
    ("أوباما", "Barack Obama", "Q76"),
])
def test_lookup_links_known_names(name: str, name_en: str, qid: str) -> None:
    hit = load_kb().lookup(name)[0]
    assert (hit.name_en, hit.qid) == (name_en, qid)


def test_lookup_tolerates_spelling_variants() -> None:
    kb = load_kb()
    assert kb.lookup("عبد الله ديوب")[0].name_en == kb.lookup("عبدالله ديوب")[0].name_en
    assert kb.lookup("إسرائيل")[0].id == kb.lookup("اسرائيل")[0].id
    assert kb.lookup("الحوثي")[0].name_en == "Houthis"


def test_capital_and_seat_know_their_country() -> None:
    kb = load_kb()
    for name, country in (("واشنطن", "United States"), ("موسكو", "Russia"),
                          ("الكرملين", "Russia"), ("البيت الأبيض", "United States"),
                          ("الإليزيه", "France")):
        entry = kb.lookup(name)[0]
        assert entry.kind in ("capital", "seat")
        c = kb.country_of(entry)
        assert c is not None and c.name_en == country


@pytest.mark.parametrize(("country", "nisba"), [
    ("روسيا", "روسي"), ("فرنسا", "فرنسي"), ("مصر", "مصري"), ("العراق", "عراقي"),
    ("السعوديه", "سعودي"), ("مالي", "مالي"), ("باكستان", "باكستاني"), ("سوريا", "سوري"),
])
def test_nisba_rule(country: str, nisba: str) -> None:
    assert derive_nisba(country) == nisba


@pytest.mark.parametrize(("word", "country"), [
    ("الامريكي", "United States"), ("الاميركيه", "United States"), ("امريكي", "United States"),
    ("الروسيه", "Russia"), ("والفرنسيين", "France"), ("الافغانيه", "Afghanistan"),
    ("الايرانيون", "Iran"), ("المالي", "Mali"),
])
def test_nationality_adjectives_map_to_countries(word: str, country: str) -> None:
    kb = load_kb()
    hits = [kb.entries[kb.demonym[s]].name_en for s in nisba_stem(word) if s in kb.demonym]
    assert hits and hits[0] == country


def test_mali_adjective_is_marked_ambiguous() -> None:
    # المالي is also "financial": the KB check marks it for the context rule.
    assert "مالي" in load_kb().ambiguous_demonyms


def test_clitic_variants_and_keys() -> None:
    assert clitic_variants("وبالقاعده") == ("وبالقاعده", "بالقاعده", "القاعده")
    assert "القاعده" in clitic_variants("للقاعده")
    assert name_key("عبد الله") == name_key("عبدالله")


def test_romaniser_is_display_only_and_readable() -> None:
    kb = load_kb()
    assert kb.romanize("محمد") == "Mohamed"
    assert kb.romanize("عبدالحكيم").startswith("Abdul")
    assert kb.romanize("xyz") == "Xyz"


def test_curated_qids_are_unique_and_well_formed() -> None:
    rows = curated_rows()
    qids = [r.qid for r in rows if r.qid]
    assert len(qids) == len(set(qids))
    assert all(q.startswith("Q") and q[1:].isdigit() for q in qids)


def test_kb_build_is_reproducible(shared: Path, tmp_path: Path) -> None:
    report = build_kb(shared / "data", tmp_path)
    assert report.entries > 2000
    assert report.by_source["countries"] + report.by_source["countries+curated"] >= 245
    for name in (KB_FILE, TRANSLIT_FILE):
        assert (tmp_path / name).read_bytes() == (default_dir() / name).read_bytes(), (
            f"{name} differs from the shipped one: run `marsad kb build`")
    assert len(read_entries(tmp_path / KB_FILE)) == report.entries


def test_kb_lookup_command(capsys: pytest.CaptureFixture[str]) -> None:
    from marsad.cli.main import main

    assert main(["kb", "lookup", "واشنطن", "الأمريكية"]) == 0
    out = capsys.readouterr().out
    assert "Q61" in out and "nationality adjective of United States" in out


def test_latin_names_link() -> None:
    kb = load_kb()
    assert kb.lookup("JNIM")[0].name_en == "Jama'at Nusrat al-Islam wal-Muslimin"
    assert kb.lookup("NATO")[0].qid == "Q7184"


def test_components_take_a_kb_folder(shared: Path, tmp_path: Path) -> None:
    from marsad.components.entities import make_entities, make_kb_mentions
    from marsad.errors import ConfigError

    build_kb(shared / "data", tmp_path)
    assert len(make_entities("entities", {"kb": str(tmp_path)}).kb) == len(load_kb())
    with pytest.raises(ConfigError):
        make_kb_mentions("kb_mentions", {"kb": 3})
    with pytest.raises(ConfigError):
        make_entities("entities", {"colour": "red"})


def test_missing_kb_folder_is_a_model_error(tmp_path: Path) -> None:
    from marsad.errors import ModelError

    with pytest.raises(ModelError):
        load_kb(tmp_path)
