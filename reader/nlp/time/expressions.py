"""An expression made ready for the rules: lower case, spelled-out years as digits, leading
prepositions gone; and the modifiers ("early", "the end of", "about") taken off when the rules
find nothing in the whole."""

from __future__ import annotations

import re

from reader.nlp.time.words import MONTHS, NUMBERS

_PREP = re.compile(r"^(?:on|in|at|since|by|until|till|from|during|before|after|as of|through|throughout|of|for|to|"
                   r"within|around|about|circa|c\.)\s+")
# "22-year-old", "aged 45", "his 60s": a person's age, not a date.
AGE = re.compile(r"\b\d+[- ](?:years?|months?|weeks?)[- ]old\b|\b(?:aged?|ages)\s+\d|\bage of\b|\byears? of age\b"
                 r"|^(?:his|her|their|my|your|our)\b")

_MODS = (
    (r"(?:the )?(?:very )?(?:beginning|start|dawn|outset) of (?:the )?", "START"),
    (r"(?:the )?(?:end|close) of (?:the )?", "END"),
    (r"(?:the )?middle of (?:the )?", "MID"),
    (r"(?:the )?(?:first|second|last|latter|final) (?:half|part) of (?:the )?", None),
    (r"early[- ]", "START"),
    (r"earlier ", None),
    (r"mid[- ]?", "MID"),
    (r"(?:late|later)[- ]", "END"),
    (r"(?:about|around|approximately|roughly|nearly|almost|some|circa|more than|less than|over|"
     r"at least|at most|no more than|no later than|only|just|as early as|as late as|sometime|some time) ", "APPROX"),
)
_MODS_COMPILED = tuple((re.compile("^" + p), m) for p, m in _MODS)

_SMALL = {w: n for w, n in NUMBERS.items() if " " not in w and w not in ("a", "an", "hundred", "dozen") and n < 100}
_SPELLED_YEAR = re.compile(r"\b(?P<c>nineteen|eighteen|twenty) (?P<y>hundred|oh[- ]\w+|\w+(?:[- ]\w+)?)\b"
                           r"|\btwo thousand(?: and)?(?: (?P<z>\w+(?:[- ]\w+)?))?\b")
_ARTICLE = re.compile(r"^(?:an?|its) (?=\d|(?:" + "|".join(MONTHS) + r")\b)")


def _spelled(m: re.Match[str]) -> str:
    """"nineteen ninety-six" -> "1996" (broadcast transcripts spell years out)."""
    if m.group("c"):
        c = _SMALL[m.group("c")] * 100
        y = m.group("y")
        if y == "hundred":
            return str(c)
        y = re.sub(r"^oh[- ]", "", y)
        parts = re.split(r"[- ]", y)
        if all(p in _SMALL for p in parts) and len(parts) <= 2:
            return str(c + sum(_SMALL[p] for p in parts))
        return m.group(0)
    z = m.group("z")
    if z is None:
        return "2000"
    parts = re.split(r"[- ]", z)
    if all(p in _SMALL for p in parts):
        return str(2000 + sum(_SMALL[p] for p in parts))
    return m.group(0)


def clean(expr: str) -> str:
    s = _SPELLED_YEAR.sub(_spelled, expr.lower())
    s = s.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    s = re.sub(r"\s+", " ", s).strip(" ,.;:!?()[]\"“”")
    s = re.sub(r"'s?$", "", s).strip()
    s = _ARTICLE.sub("", s)
    while True:
        t = _PREP.sub("", s)
        if t == s:
            break
        s = t
    return s


def strip_mods(s: str) -> tuple[str, str | None]:
    """"the end of 2012" -> ("2012", "END"): the modifier TIMEX3 keeps in `mod`."""
    mod = None
    changed = True
    while changed:
        changed = False
        for pat, m in _MODS_COMPILED:
            t = pat.sub("", s)
            if t != s and t:
                # "late" alone, "the end" alone, "mid-1990s": keep what remains only when it is something.
                s, mod, changed = t, mod or m, True
                break
    return s, mod
