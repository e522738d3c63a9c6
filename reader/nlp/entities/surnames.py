"""Surnames the tagger left untagged ("… said Vance."), found in the text and given to their person."""

from __future__ import annotations

import re
from collections import defaultdict

from reader.analysis import Span
from reader.nlp.entities import roles

CAPITALIZED = re.compile(r"(?<![\w’'-])[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*")
LAST_WORD = re.compile(r"([\w.-]+)$")


def untagged_surnames(surnames: list[tuple[str, str]], covered: list[tuple[int, int]], text: str) -> dict[str, list[Span]]:
    """Surnames spaCy did not tag ("… said Vance."): exact-case occurrences outside any other
    entity, not glued to another capitalized word, added to that person. A surname two people
    share is left alone: which one is meant needs more than the text around it."""
    owners: dict[str, str] = {}
    shared: set[str] = set()
    for key, surname in surnames:
        if surname in owners and owners[surname] != key:
            shared.add(surname)
        owners.setdefault(surname, key)
    for surname in shared:
        del owners[surname]
    if not owners:
        return {}
    mask = bytearray(len(text))
    for s, e in covered:
        mask[s:e] = b"\x01" * (e - s)
    found: dict[str, list[Span]] = defaultdict(list)
    if len(owners) <= 12:  # a few names: str.find per name is fastest
        for surname, owner in owners.items():
            s = text.find(surname)
            while s >= 0:
                e = s + len(surname)
                if _extra_ok(text, mask, s, e):
                    found[owner].append(Span(s, e))
                s = text.find(surname, e)
        return found
    for mo in CAPITALIZED.finditer(text):  # many (a long text): one pass over the capitalized words
        word = mo.group()
        if word[-2:] in ("'s", "’s"):
            word = word[:-2]
        owner = owners.get(word)
        if owner is not None:
            s = mo.start()
            if _extra_ok(text, mask, s, s + len(word)):
                found[owner].append(Span(s, s + len(word)))
    return found


def _extra_ok(text: str, mask: bytearray, s: int, e: int) -> bool:
    """Is this occurrence of a surname a mention of its person?"""
    if s and (text[s - 1].isalnum() or text[s - 1] in "’'-") or e < len(text) and (text[e].isalnum() or text[e] == "-"):
        return False  # part of a longer word
    if any(mask[s:e]):
        return False  # inside an entity already
    after = text[e : e + 2]
    if len(after) == 2 and after[0] == " " and after[1].isupper():
        return False  # "Trump Tower", "Clinton Foundation": another name
    before = text[max(0, s - 30) : s].rstrip(" ")
    prev_word = LAST_WORD.search(before)
    if prev_word and prev_word.group(1)[:1].isupper() and not roles.is_title(prev_word.group(1)) \
            and before[-1:] not in ".!?\"“”\n:":
        return False  # "Ivanka Trump" is someone else when spaCy did not say so
    return True
