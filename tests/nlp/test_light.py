"""The light pass: sentences by punctuation and the names already known, no model components."""

from __future__ import annotations

from reader.nlp.entities import Mention
from reader.nlp.light import LightPass


def test_known_names_are_marked_and_sentences_split(nlp):
    light = LightPass(nlp.nlp)
    light.learn([Mention(0, 8, "Jane Doe", "PERSON"), Mention(0, 5, "Paris", "GPE"),
                 Mention(0, 4, "the", "ORG", proper=False)])
    doc = light("Jane Doe went to Paris. The mayor met Jane Doe there. Doe left.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Jane Doe", "PERSON"), ("Paris", "GPE"), ("Jane Doe", "PERSON")]
    assert [s.text for s in doc.sents] == ["Jane Doe went to Paris.", "The mayor met Jane Doe there.", "Doe left."]
    assert not doc.has_annotation("DEP") and not doc.has_annotation("TAG")


def test_overlapping_names_keep_the_longest(nlp):
    light = LightPass(nlp.nlp)
    light.learn([Mention(0, 3, "Doe", "PERSON"), Mention(0, 8, "Jane Doe", "PERSON"), Mention(0, 8, "Jane Doe", "PERSON")])
    assert [e.text for e in light("Then Jane Doe spoke.").ents] == ["Jane Doe"]
    assert len(light.known) == 2


def test_nothing_known_nothing_marked(nlp):
    assert LightPass(nlp.nlp)("Jane Doe went to Paris.").ents == ()
