"""Fixtures for driving the real app headless.

`frozen_seed` is the seed and its analysis as the real model gave them (tests/app/refreeze.py
writes it): the snapshot and the key tests use it so that they test the UI, not the NLP of
the day. `live_service` runs the real pipeline with the session's model (tests/conftest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from app_helpers import FrozenService, load_frozen

from reader.analysis import Analysis
from reader.article import Article


@pytest.fixture(scope="session")
def frozen_seed() -> tuple[Article, Analysis]:
    return load_frozen()


@pytest.fixture
def frozen_app(frozen_seed):
    """A NewsreaderApp on the frozen seed (call it; keyword arguments pass through)."""
    from reader.app.app import NewsreaderApp

    article, analysis = frozen_seed

    def make(**kwargs) -> NewsreaderApp:
        return NewsreaderApp([article], service_factory=lambda: FrozenService(analysis), **kwargs)

    return make


@pytest.fixture(scope="session")
def live_service(nlp) -> Callable[[], object]:
    """A factory of the real AnalysisService with the session's model and no cache."""
    from reader.service import AnalysisService

    return lambda: AnalysisService(use_cache=False, loaded=nlp)
