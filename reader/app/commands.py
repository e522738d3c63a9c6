"""`ctrl+p`: jump to any speaker, entity, date or article by name.

Names come from the article, so hits are built as plain `Content`, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

if TYPE_CHECKING:
    from textual.fuzzy import Matcher

Target = tuple[str, str, Callable[[], None]]  # (text shown and matched, help, action)


def _highlight(matcher: "Matcher", text: str) -> Content:
    content = Content(text)
    try:
        _, offsets = matcher.fuzzy_search.match(matcher.query, text)
        for offset in offsets:
            if not text[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    except Exception:  # a Textual internals change must not break the palette
        pass
    return content


class ReaderCommands(Provider):
    """Everything in the sidebar, by name."""

    def _targets(self) -> list[Target]:
        targets = getattr(self.app, "palette_targets", None)
        return targets() if callable(targets) else []

    async def discover(self) -> Hits:
        for text, help_text, action in self._targets():
            yield DiscoveryHit(Content(text), action, text=text, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, action in self._targets():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlight(matcher, text), action, text=text, help=escape(help_text))
