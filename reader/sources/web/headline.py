"""The article's headline, never the site's name or a section's."""

from __future__ import annotations


def clean_headline(tree, title: str | None, outlet: str | None) -> str | None:
    return title
