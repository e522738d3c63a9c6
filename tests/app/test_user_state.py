"""The app's memory between runs: theme and places survive, bad files and edited texts do not."""

from __future__ import annotations

import os

from reader.app.user_state import MAX_PLACES, UserState, default_path
from reader.article import Article, Block


def _article(source: str, text: str = "Title\n\nA long body of text.") -> Article:
    return Article(source=source, text=text, blocks=(Block("title", 0, 5), Block("paragraph", 7, len(text))))


def test_theme_and_place_survive_a_save(tmp_path):
    path = tmp_path / "state.json"
    s = UserState.load(path)
    s.theme = "gruvbox"
    s.remember(_article("a.txt"), 12)
    assert s.save()
    again = UserState.load(path)
    assert again.theme == "gruvbox" and again.place(_article("a.txt")) == 12


def test_the_same_file_from_another_directory_is_the_same_place(tmp_path, monkeypatch):
    s = UserState(tmp_path / "state.json")
    monkeypatch.chdir(tmp_path)
    s.remember(_article("a.txt"), 9)
    assert s.place(_article(str(tmp_path / "a.txt"))) == 9


def test_an_edited_file_opens_at_the_top(tmp_path):
    s = UserState(tmp_path / "state.json")
    s.remember(_article("a.txt"), 12)
    assert s.place(_article("a.txt", "Title\n\nAnother body.")) is None


def test_stdin_is_not_remembered(tmp_path):
    s = UserState(tmp_path / "state.json")
    s.remember(_article("-"), 12)
    assert s.places == {} and s.place(_article("-")) is None


def test_a_corrupt_file_is_an_empty_memory(tmp_path):
    for junk in ("{not json", "[1, 2]", '{"theme": 3, "places": {"a": 1}}'):
        path = tmp_path / "state.json"
        path.write_text(junk, encoding="utf-8")
        s = UserState.load(path)
        assert s.theme is None and s.places == {}


def test_an_unwritable_directory_is_skipped_quietly(tmp_path):
    (tmp_path / "file").write_text("x")
    assert UserState(tmp_path / "file" / "state.json").save() is False


def test_old_places_are_forgotten_first(tmp_path):
    s = UserState(tmp_path / "state.json")
    for i in range(MAX_PLACES + 3):
        s.remember(_article(f"{i}.txt"), 1)
    assert len(s.places) == MAX_PLACES
    assert s.place(_article("0.txt")) is None and s.place(_article(f"{MAX_PLACES + 2}.txt")) == 1


def test_the_state_directory_follows_xdg():
    assert str(default_path()).startswith(os.environ["XDG_STATE_HOME"])
