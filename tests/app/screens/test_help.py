"""The help's sections (reader.app.screens.help), made from the bindings so they cannot go stale."""

from __future__ import annotations

from textual.binding import Binding

from reader.app.keys import APP_KEYS
from reader.app.screens.help import described, reader_sections


def test_each_key_is_listed_once_and_the_first_binding_wins() -> None:
    first = [Binding("q", "quit", "Quit"), Binding("x", "a", "Ex")]
    assert [b.description for b in described(first, [Binding("q", "other", "Other")])] == ["Quit", "Ex"]
    assert described([("not", "a binding")]) == []


def test_the_reader_help_covers_the_screen_the_article_the_lists_and_find() -> None:
    sections = dict(reader_sections(APP_KEYS))
    assert list(sections) == ["Anywhere", "Article", "Sidebar lists", "Find bar"]
    anywhere = {b.key: b for b in sections["Anywhere"]}
    assert "n" in anywhere and "slash" in anywhere and "ctrl+p" in anywhere  # the screen's and the app's
    assert anywhere["q"].action == "app.quit"  # the reader's own q, listed in reading order, wins
    assert any(b.key == "pagedown,space" for b in sections["Article"])
