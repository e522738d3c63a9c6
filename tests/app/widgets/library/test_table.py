"""The articles table's rows, order and filter (reader.app.widgets.library.table)."""

from __future__ import annotations

from reader.app.state import ArticleState
from reader.app.widgets.library.table import ordered, shelf_title, state_label
from reader.sources import article_from_text


def _states() -> list[ArticleState]:
    texts = [("Pier opens", "2024-05-02", "one two three"), ("Strike ends", None, "one two"),
             ("Union votes", "2024-05-20", "one two three four five")]
    return [ArticleState(article_from_text(f"{t}\n\n{body}", source=f"{i}.txt"), d)
            for i, (t, d, body) in enumerate(texts)]


def test_dates_sort_oldest_first_with_undated_last_and_words_largest_first():
    states = _states()
    assert ordered(states, 2, "") == [0, 2, 1]
    assert ordered(states, 3, "") == [2, 0, 1]


def test_the_filter_keeps_titles_that_hold_the_text_whatever_the_case():
    assert ordered(_states(), 2, "VOTES") == [2]


def test_the_state_column_follows_the_analysis():
    state = _states()[0]
    assert state_label(state) == "queued"
    state.advance(0, 10, None, final=False)
    assert state_label(state) == "0%"  # a worker took it
    state.advance(4, 10, None, final=False)
    assert state_label(state) == "40%"
    state.fail("no model")
    assert state_label(state) == "failed"


def test_an_untitled_article_is_named_by_its_file_or_its_url():
    titled = article_from_text("---\ntitle: Pier  opens\n---\n\nBody.", source="/tmp/shelf/a.md", markdown=True)
    assert shelf_title(titled) == "Pier opens"
    untitled = article_from_text("a short line of text without a title", source="/home/ann/stories/0005.txt")
    assert shelf_title(untitled) == "0005.txt"
    web = article_from_text("a short line of text without a title", source="https://example.org/news/5")
    assert shelf_title(web) == "https://example.org/news/5"
