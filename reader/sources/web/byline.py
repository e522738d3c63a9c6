"""The byline's people, never a publisher, an agency alone or a login form's "Username"."""

from __future__ import annotations


def clean_author(tree, author: str | None, outlet: str | None) -> str | None:
    return author
