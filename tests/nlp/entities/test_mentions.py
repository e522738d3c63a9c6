"""Mentions: what collect records about each name, with the real model."""

from __future__ import annotations

from reader.nlp.entities.mentions import collect
from reader.nlp.pipeline import analyze
from reader.sources import article_from_text

OPENING = ("Like the museum's director Harriet Quill, the gallery owner Tomasz Wielicki has spoken "
           "out about the cost of insuring paintings that rarely leave their vaults.")


def test_the_first_block_is_a_title_only_when_said_so(nlp):
    doc = nlp.nlp(OPENING)
    guessed = [m for m in collect(doc, 0) if m.label == "PERSON"]
    told = [m for m in collect(doc, 0, title=False) if m.label == "PERSON"]
    assert guessed and all(m.headline for m in guessed)  # offset 0 alone: read as a title
    assert told and not any(m.headline for m in told)


def test_a_person_named_once_in_an_opening_paragraph_is_kept(nlp):
    """A text with no title starts with prose: a name there is no Title Case guess to confirm."""
    text = OPENING + "\n\nInsurers have raised their prices twice this year, said Dana Whitcombe, a broker."
    article = article_from_text(text, "x.txt")
    assert article.blocks[0].kind == "paragraph"
    people = [e.name for e in analyze(article, nlp.nlp, nlp.info).entities if e.label == "PERSON"]
    assert "Tomasz Wielicki" in people


def _names(nlp, sentence: str) -> dict[str, object]:
    return {m.text: m for m in collect(nlp.nlp(sentence), 0, title=False)}


def test_an_article_and_modifiers_before_a_name_pick_out_a_thing(nlp):
    """ "the older Velmar Stone" is how a model is picked out; in "a former Velmar Stone aide" the
    words describe the aide, and a named speaker is not modified at all."""
    assert _names(nlp, "Buyers who want the older Velmar Stone can still find one.")["Velmar Stone"].modified
    assert not _names(nlp, "Kevin Osei, a former Velmar Stone aide, left.")["Velmar Stone"].modified
    assert not _names(nlp, "The plant will close, said Koravo Brenvik.")["Koravo Brenvik"].modified


def test_a_model_number_after_a_name_is_recorded_but_not_a_score(nlp):
    assert _names(nlp, "Dana Kim plugged it into her Velmar Quist X7 yesterday.")["Velmar Quist"].numbered
    scores = _names(nlp, "Marlow 15 points. Quigley 2 points. Tanner 6 points.")
    assert scores and not any(m.numbered for m in scores.values())


def test_the_subject_of_a_verb_of_saying_says(nlp):
    assert _names(nlp, "The plant will close, said Koravo Brenvik.")["Koravo Brenvik"].says
    assert _names(nlp, "Koravo Brenvik said the plant would close.")["Koravo Brenvik"].says
    assert not _names(nlp, "Buyers who want the older Velmar Stone can still find one.")["Velmar Stone"].says


def test_a_name_read_as_a_date_is_a_person(nlp):
    """ "Weeks" is a word of time: the tagger dates "Gregory Weeks"; "two Weeks" stays a date."""
    found = _names(nlp, "American Peter Lund and Australian Gregory Weeks, both professors at the college, "
                        "were freed.")
    assert "Gregory Weeks" in found and found["Gregory Weeks"].label == "PERSON"
    assert not _names(nlp, "The talks lasted two Weeks, said Dana Kim.").get("two Weeks")


def test_a_first_name_the_tagger_left_out_of_a_surname_it_mislabelled_is_put_back(nlp):
    """The tagger calls "Tamakian" a nationality and leaves "Odile" out: the name is whole, and a person."""
    body = "Readers can comment on the site, but we don't allow spamming,'' Odile Tamakian, a Vellum " \
           "spokeswoman, said in an email."
    assert "Odile Tamakian" in _names(nlp, body)
    a = analyze(article_from_text(f"Local news\n\n{body}", "x.txt"), nlp.nlp, nlp.info)
    assert "Odile Tamakian" in [e.name for e in a.entities if e.label == "PERSON"]


def test_a_later_item_of_a_list_of_media_is_on_it_too(nlp):
    found = _names(nlp, "Be sure to visit the Brenvik Inn on Facebook, Twitter, and Instagram, said Dana Kim.")
    assert found["Twitter"].dep == "pobj:on"
