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
