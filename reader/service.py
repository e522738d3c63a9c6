"""Analysis on demand: the cache first, then the model, then the model-less fallback.

Shared by the command line and the app so both behave alike. Neither the cache lookup nor the
model lookup imports spaCy (the model's name and version come from its package metadata), so a
cache hit never pays for it; spaCy is imported only when a text really has to be analysed.
"""

from __future__ import annotations

from collections.abc import Iterator

from reader.analysis import Analysis, ModelInfo
from reader.article import Article
from reader.cache import AnalysisCache, cache_key
from reader.nlp.model import INSTALL_HINT, LoadedModel, ModelNotFound, find_model, model_info
from reader.nlp.progress import Progress


class AnalysisService:
    ModelError = ModelNotFound

    def __init__(self, model: str | None = None, use_cache: bool = True, cache: AnalysisCache | None = None,
                 loaded: LoadedModel | None = None) -> None:
        """`cache` picks another cache directory; `loaded` reuses a model already in memory."""
        self.model_name = model
        self.use_cache = use_cache
        self.cache = (cache or AnalysisCache()) if use_cache else None
        self.warning: str | None = None
        self._loaded: LoadedModel | None = loaded
        self._info: tuple[ModelInfo | None] | None = None  # model_info(), looked up once

    def _model_info(self) -> ModelInfo | None:
        """The model's name and version, once per service: the lookup searches the import path
        (milliseconds), and a shelf asks for a thousand cache keys."""
        if self._loaded is not None:
            return self._loaded.info
        if self._info is None:
            self._info = (model_info(self.model_name),)
        return self._info[0]

    def model(self) -> LoadedModel | None:
        """The loaded model, or None (with `warning` set) when none is installed."""
        if self._loaded is None:
            if self.model_name is None and find_model() is None:
                self.warning = INSTALL_HINT
                return None
            from reader.nlp.model import load_model

            self._loaded = load_model(self.model_name)
        return self._loaded

    def _key(self, article: Article, published: str | None) -> str | None:
        info = self._model_info()
        if self.cache is None or info is None:
            return None
        return cache_key(article, published or article.published, info)

    def cached(self, article: Article, published: str | None = None, max_bytes: int | None = None) -> Analysis | None:
        """The finished analysis from the cache, or None; spaCy-free, so the UI calls it on its
        own thread for a small entry (`max_bytes`: larger ones count as a miss here) and paints
        the annotations in its first frame."""
        key = self._key(article, published)
        return self.cache.get(key, article, max_bytes) if key and self.cache else None

    def stream(self, article: Article, published: str | None = None) -> Iterator[Progress]:
        """Progress steps; the last one is `final` and carries the complete Analysis."""
        key = self._key(article, published)
        if key and self.cache:
            hit = self.cache.get(key, article)
            if hit is not None:
                total = sum(b.end - b.start for b in article.blocks) or 1
                yield Progress(total, total, hit, final=True)
                return
        from reader.nlp.pipeline import analyze_stream, analyze_without_model

        loaded = self.model()
        if loaded is None:
            yield Progress(1, 1, analyze_without_model(article, published), final=True)
            return
        for progress in analyze_stream(article, loaded.nlp, loaded.info, published):
            if progress.final and key and self.cache and progress.analysis is not None:
                try:
                    yield progress  # the reader sees the result before the write
                finally:
                    self.cache.put(key, progress.analysis)  # also when the consumer stops here
                return
            yield progress

    def analyze(self, article: Article, published: str | None = None) -> Analysis:
        result = None
        for progress in self.stream(article, published):
            result = progress.analysis
        assert result is not None
        return result
