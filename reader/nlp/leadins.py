"""What the parser reads of a paragraph: its own text, with a dateline made a sentence.

Wire copy opens with a place dateline ("WASHINGTON (AP) — President Obama said …", "KYIV,
Ukraine - …"). Read as part of the first sentence, the dateline becomes its subject ("LONDON
… said"), and the real subject an apposition of it. The dash after the dateline is read as a
full stop instead: the text keeps its length, so every offset still points at the article as
shown. Longer capitalised run-in headings are left alone: there the parse is no worse.
"""

from __future__ import annotations

import re

_LEAD_IN = re.compile(
    r"^[A-Z][A-Z'’.&-]{2,}(?: [A-Z][A-Z'’.&-]*){0,2}"  # WASHINGTON, NEW YORK, SALT LAKE CITY
    r"(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?"  # , W.Va. / , Ukraine
    r"(?: \([^()\n]{1,30}\))? ?"  # (AP), (Reuters)
    r"(?P<dash>—|–|--|-) "
)


def for_parser(text: str) -> str:
    """`text` with a leading all-caps lead-in's dash turned into a full stop (same length)."""
    m = _LEAD_IN.match(text)
    if m is None:
        return text
    a, b = m.span("dash")
    return text[:a] + "." + " " * (b - a - 1) + text[b:]
