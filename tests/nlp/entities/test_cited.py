"""Reporters of other outlets cited as sources are not people in the story."""

from __future__ import annotations

from reader.nlp.entities.cited import is_cited_reporter
from reader.nlp.pipeline import analyze
from reader.sources import article_from_text

STORY = ("Flu cases rise in the north\n\n"
         "Two cases of the flu were confirmed on Monday, as Mara Lindgren reports for NPR. Health officials "
         "traced the patients' contacts, according to Tobias Reyes of the Daily Herald.\n\n"
         "\"The risk is low,\" said Dr. Ines Okafor, who leads the regional health office. NPR's Lindgren "
         "adds that a third case is being tested.")


def test_a_reporter_cited_for_a_report_is_not_a_person_in_the_story(nlp):
    a = analyze(article_from_text(STORY, "x.txt"), nlp.nlp, nlp.info)
    assert [e.name for e in a.entities if e.label == "PERSON"] == ["Ines Okafor"]
    assert {"Mara Lindgren", "Tobias Reyes"} <= set(a.credits)


def test_the_outlet_and_the_citing_phrase_are_both_needed():
    assert is_cited_reporter("Tobias Reyes", STORY)  # "according to … of the Daily Herald"
    assert is_cited_reporter("Lindgren", STORY)  # "NPR's Lindgren", NPR named as her outlet
    quoted = "Tobias Reyes of the Daily Herald said he would sue the council."
    assert not is_cited_reporter("Tobias Reyes", quoted)  # speaking, not cited for a report
