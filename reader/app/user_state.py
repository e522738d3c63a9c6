"""What the app remembers between runs: the last theme and where the reader was in each file.

One small JSON file in the platform's state directory (platformdirs: $XDG_STATE_HOME/newsreader
on Linux). A place is kept with a fingerprint of the text: an edited file opens at the top
rather than at an offset that now points somewhere else. Reading or writing it never stops the
app: a missing, unreadable or corrupt file is an empty memory, a failed write is skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from reader.article import Article

MAX_PLACES = 500  # the oldest places are forgotten first
NOT_A_FILE = ("-", "<text>")  # stdin and in-memory text have no identity to come back to


def default_path() -> Path:
    from platformdirs import user_state_path

    return user_state_path("newsreader") / "state.json"


def _identity(article: Article) -> str | None:
    source = article.source
    if source in NOT_A_FILE:
        return None
    if "://" in source:
        return source
    return os.path.abspath(source)


def _fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass
class UserState:
    path: Path
    theme: str | None = None
    places: dict[str, dict[str, object]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None = None) -> UserState:
        path = path or default_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path)
        if not isinstance(raw, dict):
            return cls(path)
        theme = raw.get("theme") if isinstance(raw.get("theme"), str) else None
        places = raw.get("places") if isinstance(raw.get("places"), dict) else {}
        return cls(path, theme, {k: v for k, v in places.items() if isinstance(v, dict)})

    def place(self, article: Article) -> int | None:
        """The character offset the reader last had at the top of this article, if it is unchanged."""
        key = _identity(article)
        saved = self.places.get(key) if key else None
        if not saved or saved.get("text") != _fingerprint(article.text):
            return None
        offset = saved.get("offset")
        return offset if isinstance(offset, int) and 0 <= offset < len(article.text) else None

    def remember(self, article: Article, offset: int) -> None:
        key = _identity(article)
        if key is None:
            return
        self.places.pop(key, None)  # re-inserted last: the most recently read
        self.places[key] = {"offset": max(0, offset), "text": _fingerprint(article.text)}
        while len(self.places) > MAX_PLACES:
            self.places.pop(next(iter(self.places)))

    def save(self) -> bool:
        """Written atomically (a temporary file renamed over the old one); False if it failed."""
        data = json.dumps({"theme": self.theme, "places": self.places}, ensure_ascii=False)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".state-", suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    f.write(data)
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            return False
        return True
