"""Cleanup before labelling: names guessed from Title Case lines, and stray sentence-initial words."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from reader.nlp.entities import places
from reader.nlp.entities.mentions import Mention, is_proper
from reader.nlp.entities.names import core_words, is_first_name, is_given_name, name_words, plain_key



def _named_in_body(m: Mention, body_keys: set[str]) -> bool:
    """A headline's "Mauricio Pochettino" (a known first name, then a surname) whose surname the
    body uses, however the tagger labelled it there: the full name is the person's."""
    w = core_words(name_words(m.text))
    return m.label == "PERSON" and len(w) == 2 and w[-1] in body_keys and is_first_name(w[0])


def confirm_headlines(mentions: list[Mention], text: str) -> list[Mention]:
    """Title Case lines fool NER ("Obama Says", "Rip Donald Trump"): a mention there counts only
    when the body names it too, trimmed to the body's name where it is part of a longer guess."""
    if not any(m.headline or m.heading for m in mentions):
        return mentions
    body = [m for m in mentions if not (m.headline or m.heading)]
    if not body:
        return mentions  # nothing to check against: a one-block text
    keys = {plain_key(m.text) for m in body}
    person_parts: set[str] = set()
    for m in body:
        if m.label == "PERSON":
            w = core_words(name_words(m.text))
            if w:
                person_parts.update((" ".join(w), w[-1], w[0]))
    out: list[Mention] = []
    for m in mentions:
        if not (m.headline or m.heading) or plain_key(m.text) in keys or _named_in_body(m, keys):
            out.append(m)
            continue
        words = m.text.split()
        found = None
        for n in range(len(words) - 1, 0, -1):
            for i in range(len(words) - n + 1):
                sub = " ".join(words[i : i + n])
                if plain_key(sub) in person_parts:
                    found = sub
                    break
            if found:
                break
        if found:
            pos = text.find(found, m.start, m.end)
            if pos >= 0:
                out.append(replace(m, start=pos, end=pos + len(found), text=found, label="PERSON",
                                   role=None, appos=None, title_form=None))
        elif not m.headline:
            out.append(m)  # a heading's own name ("Chris Smith" signing a letter)
    return out


def trim_initial_words(mentions: list[Mention]) -> list[Mention]:
    """ "Home Globe Zelensky", "Derelict Obama": a capitalized word at the start of a sentence
    that NER took for a first name. It is dropped when it is no known first name, appears in no
    other name, and the rest is the surname of someone well established (four mentions or more)."""
    used: Counter[str] = Counter()
    for m in mentions:
        if m.label == "PERSON":
            used.update(core_words(name_words(m.text)))
    out = []
    for m in mentions:
        w = core_words(name_words(m.text))
        if m.initial and len(w) == 2 and used[w[0]] == 1 and used[w[1]] >= 4 and not is_first_name(w[0]):
            rest = m.text.split(None, 1)[-1]
            out.append(replace(m, start=m.end - len(rest), text=rest, title_form=None, role=None, titled=False))
        else:
            out.append(m)
    return out


def _trimmed(text: str) -> tuple[int, int]:
    """How many characters to cut from the start and the end of a name the tagger ran into its
    neighbours: a country before a first name ("envoy to Norway Anna Berg"), "et al." after
    an author, a score after a player ("van de Zandschulp 6-2")."""
    words = text.split()
    head = 0
    if len(words) >= 3 and places.country_code(words[0]) and not is_given_name(words[0]) \
            and is_given_name(words[1]) and words[1][:1].isupper():
        head = text.index(words[1])
    tail = len(text)
    while len(words) > 1 and (any(c.isdigit() for c in words[-1]) or words[-1].rstrip(".") in ("al", "et")):
        words.pop()
        tail = text.rindex(words[-1]) + len(words[-1])
    return head, len(text) - tail


def trim_run_ins(mentions: list[Mention]) -> list[Mention]:
    """Names with what the tagger ran into them cut off (see `_trimmed`); a model number cut off
    ("Oktari X4") is kept as evidence that the name is a product's."""
    out = []
    for m in mentions:
        head, tail = _trimmed(m.text) if m.label in ("PERSON", "ORG") else (0, 0)
        if head or tail:
            text = m.text[head : len(m.text) - tail]
            cut = m.text[len(m.text) - tail :].split()
            code = any(c.isdigit() for c in "".join(cut)) and any(w.isalnum() and not w.isdigit() for w in cut)
            m = replace(m, start=m.start + head, end=m.end - tail, text=text, proper=is_proper(text),
                        numbered=m.numbered or code)  # "Oktari X4": the model number was run in
        out.append(m)
    return out
