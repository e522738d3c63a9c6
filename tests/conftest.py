"""Shared fixtures: the real spaCy model (loaded once), the bundled seed, isolated user dirs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Our own hand-checked annotation of the bundled seed (14 quotes and speakers, the 11 people, roles,
# timeline), kept with the tests so the product's headline test runs in every clone.
SEED_GOLD = ROOT / "tests" / "data" / "seed-gold.json"


@pytest.fixture(scope="session", autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> None:
    """No test reads or writes the user's real cache, config or remembered state."""
    base = tmp_path_factory.mktemp("xdg")
    for var in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[var] = str(base / var.lower())


@pytest.fixture(scope="session")
def nlp():
    """The real model (LoadedModel: .nlp, .info), loaded once for the whole run."""
    from reader.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_article():
    from reader.resources import default_seed
    from reader.sources import load

    return load(str(default_seed()))


@pytest.fixture(scope="session")
def seed_analysis(nlp, seed_article):
    from reader.nlp.pipeline import analyze

    return analyze(seed_article, nlp.nlp, nlp.info)


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))
