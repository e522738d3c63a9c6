"""The header: counts in English (singulars), the bundled seed named rather than located."""

from __future__ import annotations

from reader.analysis import Analysis, Entity, ModelInfo, Quote, Span, TimelineEntry
from reader.app.state import ArticleState
from reader.app.widgets.header import state_text, title_text
from reader.article import Article, Block
from reader.resources import DEFAULT_SEED, default_seed

TEXT = "Title\n\n“Yes,” said Ann Lee on Monday."


def _article(source: str = "a.txt", title: str | None = "Title") -> Article:
    return Article(source=source, text=TEXT, blocks=(Block("title", 0, 5), Block("paragraph", 7, len(TEXT))),
                   title=title)


def test_one_of_each_is_singular() -> None:
    a = Analysis(source="a.txt", title="Title", byline=None, published=None, model=ModelInfo("m", "1"), text=TEXT,
                 entities=[Entity("e1", "Ann Lee", "PERSON", mentions=[Span(21, 28)])],
                 quotes=[Quote("q1", "Yes,", 8, 12, "full", speaker="e1")],
                 timeline=[TimelineEntry("t1", "Monday", 32, 38, None, None, "said")])
    s = ArticleState(_article(), None)
    s.advance(1, 1, a, final=True)
    assert str(state_text(s)) == "1 entity · 1 quote · 1 date"


def test_untitled_seed_is_shown_by_name() -> None:
    title = str(title_text(ArticleState(_article(str(default_seed()), title=None), None), 0, 1))
    assert title == f"newsreader │ {DEFAULT_SEED} (bundled seed)"
    assert str(title_text(ArticleState(_article("notes/b.txt", title=None), None), 0, 1)).endswith("│ notes/b.txt")
