"""Analysis on demand: the cache first, then the model, then the model-less fallback.

Shared by the command line and the app so both behave alike. spaCy is imported only when a
text has to be analysed.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.analysis import Analysis
from reader.article import Article
from reader.nlp.model import LoadedModel, ModelNotFound, find_model, INSTALL_HINT


class AnalysisService:
    ModelError = ModelNotFound

    def __init__(self, model: str | None = None, use_cache: bool = True) -> None:
        self.model_name = model
        self.use_cache = use_cache
        self.warning: str | None = None
        self._loaded: LoadedModel | None = None

    def model(self) -> LoadedModel | None:
        """The loaded model, or None (with `warning` set) when none is installed."""
        if self._loaded is None:
            if self.model_name is None and find_model() is None:
                self.warning = INSTALL_HINT
                return None
            from reader.nlp.model import load_model

            self._loaded = load_model(self.model_name)
        return self._loaded

    def stream(self, article: Article, published: str | None = None) -> Iterator[object]:
        """Progress steps (reader.nlp.pipeline.Progress); the last one is final."""
        from reader.nlp.pipeline import Progress, analyze_stream, analyze_without_model

        loaded = self.model()
        if loaded is None:
            a = analyze_without_model(article, published)
            yield Progress(1, 1, a, final=True)
            return
        yield from analyze_stream(article, loaded.nlp, loaded.info, published)

    def analyze(self, article: Article, published: str | None = None) -> Analysis:
        result = None
        for progress in self.stream(article, published):
            result = progress.analysis  # type: ignore[attr-defined]
        assert result is not None
        return result
