"""The grammar of date expressions as an ordered table of named rules, one per family.

Order matters where forms overlap: the first rule whose pattern matches the whole expression
and whose function gives a reading wins (a function may decline, letting the next rule try, or
answer STOP: no date). Rules that count from the text's last date come first; then vague
references, calendar dates, periods, expressions counted from the moment of writing, lengths.
"""

from __future__ import annotations

from reader.nlp.time.rules import anaphora, calendar_dates, deictic, lengths, periods, refs
from reader.nlp.time.rules.rule import STOP, Context, Example, Rule

RULES: list[Rule] = [
    *anaphora.RULES,
    *refs.RULES,
    *calendar_dates.RULES,
    *periods.RULES,
    *deictic.RULES,
    *lengths.RULES,
]

__all__ = ["RULES", "STOP", "Context", "Example", "Rule"]
