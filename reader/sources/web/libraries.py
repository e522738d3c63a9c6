"""The extraction libraries, imported up front so a broken install is one line, not a traceback.

An install by an old pip can lack a library's own dependency (jusText's `lxml_html_clean`, asked
for only as the extra `lxml[html_clean]`), and the ImportError then surfaces deep inside an
extraction.
"""

from __future__ import annotations

import importlib

from reader.sources.errors import SourceError

_REQUIRED = ("lxml.html", "lxml_html_clean", "trafilatura", "justext")


def require_libraries(source: str) -> None:
    for name in _REQUIRED:
        try:
            importlib.import_module(name)
        except ImportError as e:
            reason = (str(e).splitlines() or [e.__class__.__name__])[0]
            raise SourceError(
                f"{source}: cannot read web pages, a library is missing or broken ({reason}); "
                "reinstall newsreader"
            ) from None
