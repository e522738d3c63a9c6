"""The article's headline: JSON-LD `headline`, else og:title / <title> (trafilatura's pick),
without the site's name around it ("… | ZDNet", "LinkNaija | …"), and never the site's name
alone. A page's own <h1> inside that title is the cleaner form of it ("Opinion | X" → "X")."""

from __future__ import annotations

import re

# Separators sites put between a headline and their name or section.
_SEPARATOR = re.compile(r"\s+(?:\||-|–|—|::|·|//|»)\s+")
_MIN_H1_WORDS = 3


def key(text: str | None) -> str:
    """Words only, lower case: how two names or titles are compared."""
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def names_the_site(part: str, site_names: list[str]) -> bool:
    k = key(part)
    if not k:
        return True
    for name in site_names:
        n = key(name)
        if not n:
            continue
        # The name itself, a piece of it ("Tec" of "TechCrunch" cut short), or the name with a
        # word or two around it ("MoreBikes Reviews"), never a headline that merely mentions it.
        if k == n or (len(k) >= 3 and k in n) or (f" {n} " in f" {k} " and len(k.split()) <= len(n.split()) + 2):
            return True
        squashed = k.replace(" ", "")
        if n and squashed and squashed == n.replace(" ", "").removesuffix("com"):
            return True
    return False


def _strip_site(title: str, site_names: list[str]) -> str:
    parts = _SEPARATOR.split(title)
    while len(parts) > 1 and names_the_site(parts[-1], site_names):
        parts.pop()
    while len(parts) > 1 and names_the_site(parts[0], site_names):
        parts.pop(0)
    kept = _SEPARATOR.split(title)
    # Rejoin with the page's own separators by cutting the original title.
    if parts == kept:
        return title
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else title


def _h1s(tree) -> list[str]:
    found = []
    for h1 in tree.iter("h1"):
        text = " ".join(h1.text_content().split())
        if text:
            found.append(text)
        if len(found) >= 5:
            break
    return found


def clean_headline(tree, candidates: list[str | None], site_names: list[str]) -> str | None:
    """The headline as the page shows it: the <h1> that one of the candidates (og:title, JSON-LD)
    names, else the first candidate that is not the site's own name, without the site around it."""
    h1s = _h1s(tree)
    site_names = [n for n in site_names if n]
    titles = []
    for title in candidates:
        title = " ".join((title or "").split())
        if title and not names_the_site(title, site_names):
            titles.append(_strip_site(title, site_names))
    for title in titles:
        for h1 in h1s:
            if key(h1) == key(title):
                return h1
    for title in titles:
        for h1 in h1s:
            hk = key(h1)
            if len(hk.split()) >= _MIN_H1_WORDS and hk in key(title) and len(hk) >= 0.5 * len(key(title)):
                return h1  # "Opinion | X" or "X: the full story" around the page's own "X"
    if titles:
        return titles[0]
    return next((h for h in h1s if not names_the_site(h, site_names)), None)
