"""A hash of the code an analysis comes from, so the cache knows when that code changed.

A hand-bumped version number is forgotten (95 commits to `reader/nlp` went by without one):
the cache key holds instead a hash of every file of the analysing code (`reader/nlp`, the
analysis dataclasses) and the versions of the libraries whose data shape the result. Reading
and hashing ~300 KB takes a few milliseconds, once per process; no library is imported.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
# What the analysis is made of, relative to the package root.
ANALYSIS_CODE = ("nlp", "analysis.py", "article.py")
# Libraries whose own data change the result: the parser, date parsing, first-name genders, countries.
ANALYSIS_LIBRARIES = ("spacy", "dateparser", "gender-guesser", "pycountry")


@cache
def analysis_fingerprint(root: Path = PACKAGE_ROOT) -> str:
    """A hex digest of the analysing code under `root` and the libraries' versions."""
    h = hashlib.sha256()
    for path in _code_files(root):
        h.update(path.relative_to(root).as_posix().encode("utf-8", "surrogateescape") + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"<unreadable>")
        h.update(b"\0")
    for name in ANALYSIS_LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{name}={version}\0".encode())
    return h.hexdigest()


def _code_files(root: Path) -> list[Path]:
    files: list[Path] = []
    for name in ANALYSIS_CODE:
        p = root / name
        if p.is_dir():
            files.extend(f for f in p.rglob("*") if f.is_file() and "__pycache__" not in f.parts
                         and f.suffix not in (".pyc", ".pyo"))
        elif p.is_file():
            files.append(p)
    return sorted(files)
