"""The lexicon: every word list loads, holds each entry once, is in the case its readers compare
in, is read by some module (no orphaned file), and ships in the wheel."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import pytest

from reader.nlp import lexicon
from reader.nlp.lexicon import lists

ROOT = Path(__file__).resolve().parents[3]
NAMES = lexicon.names()
# Lists whose readers compare the text as written, not lowercased (each says why in its file).
CASED: set[str] = set()


def raw_entries(name: str) -> list[str]:
    text = files("reader.nlp.lexicon").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return [e for e in (line.split("#", 1)[0].strip() for line in text.splitlines()) if e]


def is_table(name: str) -> bool:
    return any("\t" in e for e in raw_entries(name))


def test_there_are_lists():
    assert len(NAMES) >= 20 and "months" in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_every_list_loads_and_is_not_empty(name):
    got = lexicon.table(name) if is_table(name) else lexicon.words(name)
    assert len(got) >= 2
    assert all(k and k == k.strip() for k in got)


@pytest.mark.parametrize("name", NAMES)
def test_every_list_says_what_it_is_for(name):
    text = files("reader.nlp.lexicon").joinpath(f"{name}.txt").read_text(encoding="utf-8")
    comments = [line for line in text.splitlines() if line.startswith("#")]
    assert len(comments) >= 2, f"{name}.txt: say what the list is for and where it came from"


@pytest.mark.parametrize("name", NAMES)
def test_no_entry_is_written_twice(name):
    entries = raw_entries(name)
    keys = [e.split("\t", 1)[0].strip() for e in entries]
    assert sorted({k for k in keys if keys.count(k) > 1}) == []


@pytest.mark.parametrize("name", NAMES)
def test_a_table_has_one_value_per_line_and_a_list_none(name):
    entries = raw_entries(name)
    tabs = {e.count("\t") for e in entries}
    assert tabs in ({0}, {1}), f"{name}.txt mixes words and word<TAB>value lines"


@pytest.mark.parametrize("name", sorted(set(NAMES) - CASED))
def test_lists_read_against_lowercased_text_are_lowercase(name):
    keys = [e.split("\t", 1)[0] for e in raw_entries(name)]
    assert [k for k in keys if k != k.lower()] == []


def test_every_list_is_read_by_some_module():
    """A file nobody reads is a list that drifted away from the code: delete it or use it."""
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "reader").rglob("*.py"))
    used = set(re.findall(r"\b(?:lexicon|lists)\.(?:words|table|verb_forms)\(\s*\"(\w+)\"", source))
    assert sorted(set(NAMES) - used) == []
    assert sorted(used - set(NAMES)) == []  # and no module asks for a list that is not there


def test_lists_are_read_once_and_cannot_be_changed():
    assert lexicon.words("months") is lexicon.words("months")
    assert isinstance(lexicon.words("time_nouns"), frozenset)
    months = lexicon.table("months")
    assert months["sept"] == "9" and list(months)[0] == "january"  # file order kept
    with pytest.raises(TypeError):
        months["smarch"] = "13"  # type: ignore[index]


def test_a_missing_list_is_an_error_not_an_empty_set():
    with pytest.raises(FileNotFoundError):
        lexicon.words("no_such_list")


def test_a_table_line_without_a_value_is_an_error(tmp_path, monkeypatch):
    broken = tmp_path / "lexicon"
    broken.mkdir()
    (broken / "broken.txt").write_text("# a table with a line missing its value\njanuary\t1\nfebruary\n")
    monkeypatch.setattr(lists, "files", lambda package: broken)
    with pytest.raises(ValueError, match="february"):
        lexicon.table.__wrapped__("broken")


def test_the_wheel_ships_every_list():
    from hatchling.builders.wheel import WheelBuilder

    shipped = {f.distribution_path for f in WheelBuilder(str(ROOT)).recurse_included_files()}
    assert {f"reader/nlp/lexicon/{name}.txt" for name in NAMES} <= shipped


# ---------------------------------------------------------------- time: the date vocabulary


def test_months_and_weekdays_map_into_the_calendar():
    months = {k: int(v) for k, v in lexicon.table("months").items()}
    weekdays = {k: int(v) for k, v in lexicon.table("weekdays").items()}
    assert set(months.values()) == set(range(1, 13)) and months["sept"] == 9
    assert set(weekdays.values()) == set(range(7)) and weekdays["monday"] == 0  # date.weekday()


def test_fixed_holidays_are_real_days():
    import datetime

    for name, value in lexicon.table("fixed_holidays").items():
        month, day = (int(n) for n in value.split("-"))
        assert datetime.date(2024, month, day), name


def test_time_codes_are_timex_codes():
    assert set(lexicon.table("seasons").values()) == {"SP", "SU", "FA", "WI"}
    assert set(lexicon.table("parts_of_day").values()) <= {"MO", "AF", "EV", "NI"}
    assert set(lexicon.table("relative_day_parts").values()) <= set(lexicon.table("parts_of_day").values())


# ---------------------------------------------------------------- quotes: the cues of speech


def test_verb_forms_are_made_from_base_verbs():
    forms = lexicon.verb_forms("speech_verbs")
    assert {"said", "says", "saying", "told", "admitted", "replied", "insisted"} <= forms
    assert "admited" not in forms and "sayed" not in forms
    assert lexicon.verb_forms("phase_verbs") == {"continue", "continues", "continued", "continuing",
                                                 "begin", "begins", "began", "begun", "beginning"}


def test_every_irregular_verb_belongs_to_a_verb_list():
    verbs = set().union(*(lexicon.words(n) for n in ("speech_verbs", "belief_verbs", "evaluative_verbs",
                                                     "phase_verbs", "subject_control_verbs")))
    assert sorted(set(lexicon.table("irregular_verbs")) - verbs) == []


def test_the_verb_lists_nest_as_the_attribution_reads_them():
    speech, belief = lexicon.words("speech_verbs"), lexicon.words("belief_verbs")
    assert lexicon.words("evaluative_verbs") <= speech  # SAY_FORMS = speech forms minus these
    assert not speech & belief  # a belief verb is weaker evidence, never a speech verb too


def test_gendered_words_say_one_gender():
    assert not lexicon.words("male_words") & lexicon.words("female_words")
    assert lexicon.words("spokespeople") <= lexicon.words("person_nouns")


# ---------------------------------------------------------------- entities: titles and names


def test_honorifics_say_a_gender_or_none():
    assert set(lexicon.table("honorifics").values()) == {"m", "f", "none"}


def test_a_title_before_a_name_is_a_title():
    assert lexicon.words("person_titles") <= lexicon.words("role_titles")
    assert set(lexicon.table("title_abbreviations").values()) <= lexicon.words("role_titles")


def test_country_names_map_to_iso_codes():
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in lexicon.table("country_common_names").values())
