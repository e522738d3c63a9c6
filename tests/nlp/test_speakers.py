"""Resolving speaker mentions to entities (reader.nlp.speakers), through the real pipeline."""

from __future__ import annotations

from reader.nlp.pipeline import analyze
from reader.nlp.speakers import _name_shaped
from reader.sources import article_from_text


def speakers(nlp, *paragraphs: str) -> list[str | None]:
    article = article_from_text("A test article\n\n" + "\n\n".join(paragraphs))
    return [q.speaker_name for q in analyze(article, nlp.nlp, nlp.info).quotes]


def test_she_looks_past_several_men_named_in_between(nlp):
    (who,) = speakers(nlp, "Anchor Stephanie Ruhle spoke to Michael Flynn on Wednesday. Earlier she cited reports "
                           "that Paul Manafort, Carter Page, Roger Stone and Donald Trump had ties to the Kremlin. "
                           "“It seems so unusual,” she said.")
    assert who == "Stephanie Ruhle"


def test_subject_of_a_clause_put_first_outranks_its_object(nlp):
    (who,) = speakers(nlp, "Michael Flynn met reporters after the speech by Vladimir Putin.",
                      "When Flynn was asked whether he respects Putin, he said, “Stop it with that kind of stuff.”")
    assert who == "Michael Flynn"


def test_a_run_together_clause_or_headline_is_not_a_name():
    assert _name_shaped("Hillary Clinton") and _name_shaped("Council on Foreign Relations")
    assert not _name_shaped("Trump told The Associated Press of the prospects")
    assert not _name_shaped("NBA Team Prior To Her Performance Due To Controversial Shirt")
