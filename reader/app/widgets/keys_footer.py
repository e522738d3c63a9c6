"""The key bar at the foot of every screen: Textual's Footer, recomposed only when the keys it
shows change.

Textual's Footer rebuilds itself (a dozen widgets mounted and styled) whenever the bindings
might have changed: every focus move and every screen switch. Most of those show the very same
keys — the library coming back from the reader, the focus moving between two lists — and the
rebuild was the largest part of those keys' time (40–100 ms of a screen switch). The keys shown
are compared first; the bar is rebuilt only when they differ.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer

ShownKeys = tuple[tuple[object, ...], ...]


class KeysFooter(Footer):
    """A Footer that skips rebuilding when the keys on show are the same as last time."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._shown: ShownKeys | None = None

    def shown_keys(self, screen: Screen) -> ShownKeys:
        """What the bar draws: each shown key (and the palette's) with its label, state and group."""
        palette = self.app.COMMAND_PALETTE_BINDING if self.show_command_palette else None
        return tuple(
            (node_key, binding.key, self.app.get_key_display(binding), binding.description, binding.action,
             enabled, tooltip, binding.group.description if binding.group else None)
            for node_key, (_, binding, enabled, tooltip) in screen.active_bindings.items()
            if binding.show or node_key == palette
        )

    def bindings_changed(self, screen: Screen) -> None:
        if (self._bindings_ready and self.is_attached and screen is self.screen
                and self._shown is not None and self.shown_keys(screen) == self._shown):
            return
        super().bindings_changed(screen)

    def compose(self):
        self._shown = self.shown_keys(self.screen) if self._bindings_ready else None
        yield from super().compose()
