"""Sidebar trees: big groups start collapsed and fill when opened; items keep their keys."""

from __future__ import annotations

from app_helpers import SIZE, analysed

from reader.analysis import Analysis, Entity, ModelInfo, Quote, Span
from reader.app.app import NewsreaderApp
from reader.app.widgets.sidebar.tree import EXPAND_LIMIT
from reader.article import Article, Block


def _many_quotes(n: int) -> tuple[Article, Analysis]:
    paragraphs = [f"“Line number {i} is here,” said Ann Lee." for i in range(n)]
    text = "\n\n".join(paragraphs)
    blocks, quotes, mentions, pos = [], [], [], 0
    for i, p in enumerate(paragraphs):
        blocks.append(Block("paragraph", pos, pos + len(p)))
        quotes.append(
            Quote(f"q{i + 1}", p[1 : p.index("”")], pos + 1, pos + p.index("”"), "full", "e1", "Ann Lee", "said")
        )
        mentions.append(Span(pos + p.index("Ann"), pos + p.index("Ann") + 7))
        pos += len(p) + 2
    article = Article(source="many.txt", text=text, blocks=tuple(blocks))
    analysis = Analysis(
        source="many.txt",
        title=None,
        byline=None,
        published=None,
        model=ModelInfo("m", "1"),
        text=text,
        entities=[Entity("e1", "Ann Lee", "PERSON", mentions=mentions)],
        quotes=quotes,
    )
    return article, analysis


class _Service:
    def __init__(self, analysis: Analysis) -> None:
        self.analysis, self.warning = analysis, None

    def stream(self, article, published=None):
        from reader.nlp.progress import Progress

        yield Progress(1, 1, self.analysis, final=True)


async def test_a_large_speaker_group_fills_when_opened() -> None:
    article, analysis = _many_quotes(EXPAND_LIMIT + 50)
    app = NewsreaderApp([article], service_factory=lambda: _Service(analysis))
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        tree = app.reader.sidebar.tree("quotes")
        speaker = tree.root.children[0]
        assert speaker.data.key == "speaker:e1" and not speaker.is_expanded
        assert len(speaker.children) == 0  # not built yet
        await pilot.press("2", "space")  # space opens the speaker (enter jumps to its first quote)
        assert speaker.is_expanded and len(speaker.children) == len(analysis.quotes)
        await pilot.press("down", "down", "enter")
        assert app.reader.view.selected == (analysis.quotes[1].start, analysis.quotes[1].end)


async def test_select_key_reaches_into_a_collapsed_group() -> None:
    article, analysis = _many_quotes(EXPAND_LIMIT + 10)
    app = NewsreaderApp([article], service_factory=lambda: _Service(analysis))
    async with app.run_test(size=SIZE):
        await analysed(app)
        tree = app.reader.sidebar.tree("quotes")
        last = analysis.quotes[-1]
        assert tree.select_key(last.id)
        assert tree.cursor_key() == last.id
