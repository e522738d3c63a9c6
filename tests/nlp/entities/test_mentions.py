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
