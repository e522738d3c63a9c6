"""Citations for `y`: quote, speaker and role, title and date on one line."""

from __future__ import annotations

from reader.analysis import Analysis, Entity, ModelInfo, Quote, Span, TimelineEntry
from reader.citation import entity_citation, entry_citation, quote_citation

TEXT = ("Council votes on the bridge\n\n“We will build it,” said Mayor Ann Lee.\n\n"
        "“Not   with our money,”\nsomeone shouted. The vote is on Monday.")


def _analysis(published: str | None = "2024-06-05", title: str | None = "Council votes on the bridge") -> Analysis:
    q1 = TEXT.index("We will")
    q2 = TEXT.index("Not")
    lee = TEXT.index("Ann Lee")
    monday = TEXT.index("Monday")
    sentence = TEXT.index("The vote")
    return Analysis(
        source="/home/u/bridge.txt", title=title, byline=None, published=published, model=ModelInfo("m", "1"),
        text=TEXT,
        entities=[Entity("e1", "Ann Lee", "PERSON", role="mayor", mentions=[Span(lee, lee + 7)])],
        quotes=[Quote("q1", "We will build it,", q1, q1 + 17, "full", speaker="e1"),
                Quote("q2", "Not   with our money,", q2, q2 + 21, "full")],
        timeline=[TimelineEntry("t1", "Monday", monday, monday + 6, "2024-06-10", "day", "vote",
                                sentence=Span(sentence, len(TEXT)))],
    )


def test_a_quote_is_cited_with_speaker_role_title_and_date():
    a = _analysis()
    assert quote_citation(a, a.quotes[0]) == \
        "“We will build it” — Ann Lee, mayor (Council votes on the bridge, 5 Jun 2024)"


def test_an_unattributed_quote_has_no_speaker_and_one_line():
    a = _analysis()
    assert quote_citation(a, a.quotes[1]) == "“Not with our money” (Council votes on the bridge, 5 Jun 2024)"


def test_without_title_or_date_the_file_is_the_reference():
    a = _analysis(published=None, title=None)
    assert quote_citation(a, a.quotes[0]) == "“We will build it” — Ann Lee, mayor (/home/u/bridge.txt)"


def test_a_date_set_in_the_app_wins_over_the_articles():
    a = _analysis()
    assert quote_citation(a, a.quotes[0], published="2024-07-01").endswith("(Council votes on the bridge, 1 Jul 2024)")


def test_an_entity_is_its_name_and_a_date_its_sentence():
    a = _analysis()
    assert entity_citation(a.entities[0]) == "Ann Lee"
    assert entry_citation(a, a.timeline[0]) == "The vote is on Monday."
