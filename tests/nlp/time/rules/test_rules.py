"""Every rule of the date grammar on its own examples: the rule itself reads each one, and the
anchor step gives the value the example states."""

from __future__ import annotations

import pytest

from reader.nlp.time import dates
from reader.nlp.time.rules import RULES

CASES = [(rule, ex) for rule in RULES for ex in rule.examples]


@pytest.mark.parametrize("rule, example", CASES, ids=[f"{r.name}: {e.text} ({e.tense or '-'})" for r, e in CASES])
def test_each_rule_reads_its_own_examples(rule, example) -> None:
    parsed = dates.read(example.text, example.tense, example.ref)
    assert parsed.rule == rule.name, f"{example.text!r} was read by {parsed.rule!r}"
    t = dates.normalize(example.text, example.published, example.tense, example.ref)
    if example.value is None:
        assert t is None or t.value is None
    else:
        assert t is not None and t.value == example.value


def test_every_rule_has_examples_and_a_unique_name() -> None:
    assert all(rule.examples for rule in RULES)
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


def test_a_rule_declining_lets_the_next_one_read() -> None:
    # "February 32" is no month-and-day; nothing later reads it either.
    assert dates.read("February 32").rule is None
    # "the 35th" is no day of a month: that rule says so, and no later rule tries.
    assert dates.read("the 35th") == dates.Parsed((), "day of this month")
    # "next Monday" is no anaphora (that needs "the next Monday"): the weekday rule reads it.
    assert dates.read("next Monday").rule == "weekday"
    assert dates.read("the next Monday", ref="2013-03-06").rule == "the following weekday"
