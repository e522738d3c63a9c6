"""Find the bundled `styles/` and `seeds/`, both from a source checkout and an installed wheel.

The wheel carries them as `reader/_data/...` (see pyproject's force-include); a checkout or an
editable install has them at the repository's top level.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

DEFAULT_SEED = "zelensky-urges-us-support.txt"


def data_dir(name: str) -> Path:
    packaged = Path(str(files("reader"))) / "_data" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / name


def stylesheet_paths() -> list[Path]:
    return sorted(data_dir("styles").glob("*.tcss"))


def default_seed() -> Path:
    return data_dir("seeds") / DEFAULT_SEED


def shown_source(source: str) -> str:
    """A source as a reader should see it: a bundled seed by its name, not an install path
    ("…/site-packages/reader/_data/seeds/x.txt" says nothing and leaks the user's layout)."""
    try:
        path = Path(source).resolve()
    except (OSError, ValueError):
        return source
    if path.parent == data_dir("seeds").resolve():
        return f"{path.name} (bundled seed)"
    return source
