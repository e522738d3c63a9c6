"""The parser's view of a paragraph (reader.nlp.leadins): a dateline becomes its own sentence."""

from __future__ import annotations

import pytest

from reader.nlp.leadins import for_parser
from reader.nlp.pipeline import analyze
from reader.sources import article_from_text


@pytest.mark.parametrize("text", [
    "LONDON (AP) — Britain’s health secretary said the strike was unjustified.",
    "WASHINGTON -- President Obama spoke on Saturday.",
    "FAIRVIEW, W.Va. - The coal was piled high.",
    "NEW YORK (Reuters) – Stocks fell on Monday.",
])
def test_a_dateline_dash_reads_as_a_full_stop_and_keeps_the_length(text):
    parsed = for_parser(text)
    assert len(parsed) == len(text)
    assert parsed.count(".") == text.count(".") + 1 and not any(d in parsed[:25] for d in "—–-")


@pytest.mark.parametrize("text", [
    "The strike — the third this year — began on Monday.",
    "NATO allies met in Brussels - and agreed on nothing.",
    "I - for one - disagree.",
])
def test_ordinary_sentences_are_read_as_written(text):
    assert for_parser(text) == text


def test_a_dateline_does_not_become_the_speaker(nlp):
    article = article_from_text("A test article\n\nLONDON (AP) — Britain’s health secretary, Wes Streeting, said "
                                "Monday that the strike was “unjustified and dangerous.”")
    (q,) = analyze(article, nlp.nlp, nlp.info).quotes
    assert q.speaker_name == "Wes Streeting"
    assert article.text[q.start:q.end] == q.text
