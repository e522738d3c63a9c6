"""Bylines and credit lines: their names are the article's authors, never people in the story."""

from __future__ import annotations

from reader.analysis import Analysis
from reader.export import to_markdown
from reader.nlp.entities.credits import find_credits
from reader.nlp.pipeline import analyze
from reader.sources import article_from_text


def credits_of(text: str):
    article = article_from_text(text, source="test.txt")
    return find_credits(article.text, article.blocks)


def people_of(analysis: Analysis) -> list[str]:
    return [e.name for e in analysis.entities if e.label == "PERSON"]


STORY = ("Council backs new bridge\n\n"
         "The city council voted on Tuesday to build a bridge over the river, Mayor Ellen Brandt said.\n\n"
         "Work starts next spring, according to engineer Tomas Rudd.")


def test_wire_credit_line_gives_each_name():
    c = credits_of(STORY + "\n\nReporting by Priya Natarajan and Oscar Lindqvist in Oslo; Editing by Ruth Abara")
    assert c.names == ["Priya Natarajan", "Oscar Lindqvist", "Ruth Abara"]
    assert c.byline == []


def test_contributed_to_this_report():
    c = credits_of(STORY + "\n\nAssociated Press writer Dmitri Halloran contributed to this report.")
    assert c.names == ["Dmitri Halloran"]


def test_by_line_at_the_top_is_the_byline():
    c = credits_of("Council backs new bridge\n\nBy Helen Markham and Joe Ferris\n\n" + STORY.split("\n\n", 1)[1])
    assert c.byline == ["Helen Markham", "Joe Ferris"]


def test_follow_on_twitter_and_signature_block():
    c = credits_of(STORY + "\n\nNadia Okafor, BBC diplomatic correspondent\n\nFollow Sam Whitlow on Twitter @samw")
    assert c.names == ["Nadia Okafor", "Sam Whitlow"]


def test_a_name_written_by_in_the_story_is_no_credit():
    c = credits_of(STORY + "\n\nThe plan, written by Mayor Ellen Brandt, was published on Monday.\n\nIt was praised.")
    assert c.names == []


def test_credited_names_stay_out_of_people_and_show_in_the_export(nlp):
    text = ("Council backs new bridge\n\nBy Helen Markham\n\n" + STORY.split("\n\n", 1)[1]
            + "\n\nReporting by Priya Natarajan; Editing by Ruth Abara")
    a = analyze(article_from_text(text, source="test.txt"), nlp.nlp, nlp.info)
    assert a.byline == "Helen Markham"
    assert a.credits == ["Helen Markham", "Priya Natarajan", "Ruth Abara"]
    assert not {"Helen Markham", "Priya Natarajan", "Ruth Abara"} & set(people_of(a))
    assert "Ellen Brandt" in people_of(a)
    md = to_markdown(a)
    assert "By: Helen Markham" in md and "Credits: Priya Natarajan, Ruth Abara" in md
    assert Analysis.from_json(a.to_json()).credits == a.credits
