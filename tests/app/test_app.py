"""The app end to end with the real model: open the seed, wait for spaCy, jump to a quote."""

from __future__ import annotations

import subprocess
import sys

from app_helpers import SIZE, GatedService, analysed, ready, screen_text, tab_items, wait_until

from reader.app.app import NewsreaderApp


async def test_enter_on_a_quote_scrolls_to_it_and_highlights_it(seed_article, live_service) -> None:
    app = NewsreaderApp([seed_article], service_factory=live_service)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        analysis = app.analysis
        assert analysis is not None and analysis.quotes and analysis.entities
        assert "quotes" in str(app.query_one("#header-state").render())
        await pilot.press("2")
        tree = app.reader.sidebar.tree("quotes")
        assert app.focused is tree
        # The quote furthest down the article, so that the pane has to scroll.
        quote = max(analysis.quotes, key=lambda q: q.start)
        for _ in range(len(analysis.quotes) * 2 + 10):
            if tree.cursor_key() == quote.id:
                break
            await pilot.press("down")
        assert tree.cursor_key() == quote.id
        view = app.reader.view
        assert view.scroll_offset.y == 0
        await pilot.press("enter")
        await wait_until(lambda: view.selected == (quote.start, quote.end), timeout=5)
        line = view.line_of_offset(quote.start)
        top = view.scroll_offset.y
        assert top > 0, "the article did not scroll"
        assert top <= line < top + view.size.height
        # The line on screen carries the selection style on the quote's first words.
        selected = view.get_component_rich_style("article--selected", partial=True)
        strip = view.render_line(line - top)
        lit = "".join(s.text for s in strip if s.style is not None and s.style.bgcolor == selected.bgcolor)
        assert lit.strip() and lit.strip() in quote.text
        status = str(app.query_one("#status").render())
        assert (quote.speaker_name or "Unattributed") in status or "Unattributed" in status


async def test_text_is_on_screen_before_the_analysis(seed_article, live_service) -> None:
    gated = GatedService(live_service())
    app = NewsreaderApp([seed_article], service_factory=lambda: gated)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(lambda: app.is_running and ready(app) and app.reader.view.layout_info is not None)
        assert seed_article.title in screen_text(app)
        assert app.analysing and app.analysis is None
        assert "loading model" in str(app.query_one("#header-state").render())
        await pilot.press("2", "j", "k")  # keys are answered while the analysis waits
        assert app.focused is app.reader.sidebar.tree("quotes")
        gated.gate.set()
        await analysed(app)
        assert app.analysis is not None and app.analysis.quotes


def test_the_app_module_does_not_import_spacy() -> None:
    code = (
        "import sys, reader.app.app; "
        "bad = [m for m in ('spacy', 'reader.nlp.pipeline') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


class NoModelService:
    """What AnalysisService does when no model is installed: punctuation-only quotes and a warning."""

    def __init__(self) -> None:
        from reader.nlp.model import INSTALL_HINT

        self.warning = INSTALL_HINT

    def stream(self, article, published=None):
        from reader.nlp.pipeline import analyze_without_model
        from reader.nlp.progress import Progress

        yield Progress(1, 1, analyze_without_model(article, published), final=True)


async def test_without_a_model_the_warning_shows_and_the_article_stays_readable(seed_article) -> None:
    app = NewsreaderApp([seed_article], service_factory=NoModelService)
    async with app.run_test(size=SIZE) as pilot:
        await analysed(app)
        assert "install" in str(app.query_one("#status").render())
        # The toast shows the hint literally: "newsreader[model]" is not swallowed as markup.
        assert any("[model]" in n.message and not n.markup for n in app._notifications)
        assert "no model" in str(app.query_one("#header-state").render())
        assert seed_article.title in screen_text(app)
        await pilot.press("right_square_bracket")
        assert app.reader.view.selected is not None  # quotes found from punctuation still work


class TightBudgetService:
    """The real analysis, with no full-analysis budget for over-long paragraphs (as a huge text
    past its first 50,000 characters gets)."""

    warning = None

    def __init__(self, loaded) -> None:
        self.loaded = loaded

    def stream(self, article, published=None):
        from reader.nlp.pipeline import analyze_stream

        yield from analyze_stream(article, self.loaded.nlp, self.loaded.info, published, full_cut_chars=0)


async def test_a_reduced_analysis_is_said_in_the_app(nlp) -> None:
    from reader.sources import article_from_text

    sentence = "The mayor said the bridge would open on March 3, 2021, and the council agreed. "
    article = article_from_text("One block\n\n" + sentence * 150, source="<block>")
    app = NewsreaderApp([article], service_factory=lambda: TightBudgetService(nlp))
    async with app.run_test(size=SIZE):
        await analysed(app)
        assert app.analysis is not None and app.analysis.reduced
        assert any(n.title == "Reduced analysis" and "reduced analysis" in n.message for n in app._notifications)
        assert app.analysis.timeline  # dates by their form, read past the budget too


CACHED_OPEN = """
import asyncio, sys
from reader.resources import default_seed
from reader.sources import load
from reader.app.app import NewsreaderApp

async def main():
    app = NewsreaderApp([load(str(default_seed()))])
    async with app.run_test(size=(100, 30)):
        while not (app.is_running and hasattr(getattr(app, 'reader', None), 'view') and not app.analysing):
            await asyncio.sleep(0.01)
        a = app.analysis
        print(len(a.quotes), len(a.entities), "spacy" in sys.modules)

asyncio.run(main())
"""


def test_a_cached_article_opens_with_its_analysis_and_without_spacy(nlp, seed_article) -> None:
    from reader.service import AnalysisService

    expected = AnalysisService(use_cache=True, loaded=nlp).analyze(seed_article)  # fills the (tmp) cache
    result = subprocess.run([sys.executable, "-c", CACHED_OPEN], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    quotes, entities, spacy_imported = result.stdout.split()
    assert (int(quotes), int(entities)) == (len(expected.quotes), len(expected.entities))
    assert spacy_imported == "False"


async def test_a_small_cached_entry_is_shown_in_the_first_frame(frozen_seed, tmp_path) -> None:
    """The cache is read on the UI thread before the first frame: no worker, no waiting."""
    from reader.cache import AnalysisCache, cache_key
    from reader.nlp.model import model_info
    from reader.service import AnalysisService

    article, analysis = frozen_seed
    info = model_info()
    assert info is not None
    cache = AnalysisCache(tmp_path / "cache")
    cache.put(cache_key(article, article.published, info), analysis)
    app = NewsreaderApp([article], service_factory=lambda: AnalysisService(cache=cache))
    async with app.run_test(size=SIZE):
        assert not app.analysing and app.analysis is not None
        assert len(app.analysis.quotes) == len(analysis.quotes)
        assert not [w for w in app.workers if w.group == "analysis"]
        assert "quotes" in str(app.query_one("#header-state").render())
        assert any(item.kind == "quote" for item in tab_items(app, "quotes"))
