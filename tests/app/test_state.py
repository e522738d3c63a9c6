"""One open article's state: steps of its analysis, a failure, and the header drawn from it."""

from __future__ import annotations

from reader.analysis import Analysis, ModelInfo
from reader.app.state import ArticleState
from reader.app.widgets.header import state_text, title_text
from reader.article import Article, Block

ARTICLE = Article(source="a.txt", text="Title\n\nBody.", blocks=(Block("title", 0, 5), Block("paragraph", 7, 12)))


def analysis() -> Analysis:
    return Analysis(source="a.txt", title="Title", byline=None, published="2024-06-05", model=ModelInfo("m", "1"),
                    text=ARTICLE.text)


def test_steps_show_progress_then_the_counts() -> None:
    s = ArticleState(ARTICLE, None)
    assert str(state_text(s)) == "loading model…"
    s.advance(1, 4, None, final=False)
    assert str(state_text(s)) == "analysing 25%" and not s.finished
    s.advance(4, 4, analysis(), final=True)
    assert s.finished and s.analysis is not None
    assert str(state_text(s)).startswith("0 entities · 0 quotes · 0 dates · 2024-06-05")


def test_a_failure_finishes_the_article_and_says_so() -> None:
    s = ArticleState(ARTICLE, None)
    s.fail("out of memory")
    assert s.finished and s.failure == "out of memory"
    assert str(state_text(s)) == "analysis failed"


def test_the_title_counts_articles_only_when_there_are_several() -> None:
    s = ArticleState(ARTICLE, None)
    assert "[" not in str(title_text(s, 0, 1))
    assert str(title_text(s, 1, 3)).endswith("[2/3]")
