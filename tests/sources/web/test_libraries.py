"""A broken install (an old pip skipped lxml_html_clean) is one line, not a traceback."""

import sys

import pytest

from reader.sources.errors import SourceError
from reader.sources.web import page_to_article


def test_a_missing_library_is_one_line_naming_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "lxml_html_clean", None)  # import now raises ImportError
    with pytest.raises(SourceError) as e:
        page_to_article("<html><body><p>Some text.</p></body></html>", "page.html")
    message = str(e.value)
    assert "\n" not in message and "lxml_html_clean" in message and message.startswith("page.html:")
