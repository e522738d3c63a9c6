"""Finished analyses on disk, so reopening an article needs neither spaCy nor the model.

One JSON file per analysis under the user cache directory (platformdirs, so XDG_CACHE_HOME is
respected). The key covers everything the result depends on: the text and its block layout,
the effective publication date, the model's name and version, and a hash of the analysing
code (`reader.fingerprint`), so an update or an edit of `reader/nlp` is a miss. A corrupt,
foreign, stale or ill-typed entry (`reader.analysis_check`) is ignored and removed; writes go
to a temporary file renamed into place, so a reader never sees half an entry, and temporary
files a killed writer left behind are pruned.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from reader import __version__
from reader.analysis import Analysis, ModelInfo
from reader.analysis_check import check_analysis
from reader.article import Article
from reader.fingerprint import analysis_fingerprint

FORMAT = 1  # of the cache file itself (the envelope around the analysis)
# On each write the least recently used entries go beyond either limit (a book's entry is ~1.5 MB).
MAX_ENTRIES = 4096
MAX_BYTES = 256 * 1024 * 1024
# A temporary file older than this was left by a killed writer (a live write takes well under a second).
STALE_TMP_S = 600


def cache_dir() -> Path:
    """Looked up on every call: tests and users may point XDG_CACHE_HOME elsewhere at run time."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("newsreader", appauthor=False)) / "analysis"


def cache_key(article: Article, published: str | None, model: ModelInfo) -> str:
    """A hex digest of everything the analysis of `article` depends on."""
    h = hashlib.sha256()
    header = [FORMAT, analysis_fingerprint(), __version__, model.name, model.version, published,
              [(b.kind, b.start, b.end) for b in article.blocks]]
    h.update(json.dumps(header).encode("utf-8"))
    h.update(b"\0")
    h.update(article.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


class AnalysisCache:
    def __init__(self, directory: Path | None = None) -> None:
        self._directory = directory

    @property
    def directory(self) -> Path:
        return self._directory if self._directory is not None else cache_dir()

    def path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def get(self, key: str, article: Article | None = None, max_bytes: int | None = None) -> Analysis | None:
        """The stored analysis, or None when there is none or it cannot be trusted. With
        `article`, the entry must hold that exact text, and its source, title and byline are
        taken from the article (the same text may be opened from another path). With
        `max_bytes`, a larger entry is left alone and None returned (the caller reads it later,
        off the UI thread)."""
        path = self.path(key)
        try:
            if max_bytes is not None and path.stat().st_size > max_bytes:
                return None
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            envelope = json.loads(raw)
            if envelope.get("format") != FORMAT or envelope.get("key") != key:
                raise ValueError("stale or foreign cache entry")
            check_analysis(envelope["analysis"])
            analysis = Analysis.from_dict(envelope["analysis"])
            if article is not None and analysis.text != article.text:
                raise ValueError("cache entry for another text")
        except (ValueError, TypeError, KeyError, AttributeError):
            self._discard(path)
            return None
        if article is not None:
            analysis.source, analysis.title = article.source, article.title
            analysis.byline = article.byline or analysis.byline  # (else the one its credit lines gave)
            analysis.outlet = article.outlet
        try:
            os.utime(path)  # recently used: pruned last
        except OSError:
            pass
        return analysis

    def put(self, key: str, analysis: Analysis) -> bool:
        """Store atomically; a cache that cannot be written is not an error (returns False)."""
        directory = self.directory
        data = json.dumps({"format": FORMAT, "key": key, "analysis": analysis.to_dict()},
                          ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        tmp = None
        try:
            directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, self.path(key))
            tmp = None
        except OSError:
            return False
        finally:
            if tmp is not None:
                self._discard(Path(tmp))
        self._prune(directory)
        return True

    def _prune(self, directory: Path) -> None:
        try:
            entries = [(p.stat(), p) for p in directory.glob("*.json") if not p.name.startswith(".")]
        except OSError:
            return
        self._prune_leftovers(directory)
        entries.sort(key=lambda e: e[0].st_mtime, reverse=True)  # most recent first
        kept_bytes = 0
        for n, (st, p) in enumerate(entries):
            kept_bytes += st.st_size
            if n >= MAX_ENTRIES or (n > 0 and kept_bytes > MAX_BYTES):
                self._discard(p)

    def _prune_leftovers(self, directory: Path) -> None:
        """Temporary files a killed writer left behind (a live writer's are recent: kept)."""
        now = time.time()
        try:
            for p in directory.glob(".tmp-*"):
                try:
                    if now - p.stat().st_mtime > STALE_TMP_S:
                        self._discard(p)
                except OSError:
                    continue
        except OSError:
            pass

    @staticmethod
    def _discard(path: Path) -> None:
        try:
            path.unlink()
        except OSError:
            pass
