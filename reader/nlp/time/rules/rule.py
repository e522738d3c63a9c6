"""What a rule is: a name, a pattern, a small function and the examples it must get right."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Union

from reader.nlp.time.anchor import Open, Reading
from reader.nlp.time.timex import Timex, date_timex

EXAMPLE_ANCHOR = "2013-03-22"  # a Friday in ISO week 12: what the examples are published on


class Stop:
    """A rule's answer that the expression is no date: no later rule is tried."""

    def __repr__(self) -> str:
        return "STOP"


STOP = Stop()
Built = Union[Timex, Open, Stop, None]


@dataclass(frozen=True)
class Context:
    """What a rule knows besides its match: the clause's tense, the text's last date (`ref`) and
    the grammar itself, for rules that read a part of the expression ("the week of March 6")."""

    tense: str | None
    ref: str | None
    read: Callable[[str], Reading | None] = field(compare=False)


@dataclass(frozen=True)
class Example:
    """An expression and the value the rule gives it, published on EXAMPLE_ANCHOR unless said."""

    text: str
    value: str | None
    tense: str | None = None
    ref: str | None = None
    published: str | None = EXAMPLE_ANCHOR


@dataclass(frozen=True)
class Rule:
    name: str
    patterns: tuple[re.Pattern[str], ...]
    build: Callable[[re.Match[str], Context], Built]
    examples: tuple[Example, ...]
    keep_the: bool = False  # matched against the expression with its leading "the"
    anaphoric: bool = False  # counts from the text's last date: tried on the whole expression only

    def apply(self, text: str, ctx: Context) -> Built:
        """The rule's reading of `text`; None when it does not apply (the next rule is tried)."""
        for pattern in self.patterns:
            m = pattern.fullmatch(text)
            if m:
                return self.build(m, ctx)
        return None


def rule(name: str, *patterns: str, examples: list[Example], keep_the: bool = False,
         anaphoric: bool = False) -> Callable[[Callable[[re.Match[str], Context], Built]], Rule]:
    """Decorator: the function becomes the rule's builder. The first pattern that matches the
    whole expression is the rule's; a builder returning None lets the next rule try."""
    def make(build: Callable[[re.Match[str], Context], Built]) -> Rule:
        return Rule(name, tuple(re.compile(p) for p in patterns), build, tuple(examples), keep_the, anaphoric)
    return make


def words(*ws: str) -> str:
    """A pattern for any of these words or phrases."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + ")"


def day_open(kind: str, args: tuple[object, ...], part: str | None = None) -> Open:
    """A day left open; with a part of the day ("TNI") it is a TIME."""
    if part:
        return Open(kind, args, "day", "TIME", suffix=f"T{part}")
    return Open(kind, args, "day")


__all__ = ["Context", "EXAMPLE_ANCHOR", "Example", "Open", "Rule", "STOP", "date_timex", "day_open", "rule", "words"]
