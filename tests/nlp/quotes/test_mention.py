"""The words a clue points at (reader.nlp.quotes.mention)."""

from reader.nlp.quotes.mention import mention_of


def test_a_titled_name_keeps_its_core_and_a_description_stays_one(nlp):
    doc = nlp.nlp("French President Emmanuel Macron spoke while the mayor listened.")
    name = mention_of(next(t for t in doc if t.text == "Macron"), 0)
    assert name.kind == "name" and name.core == "Emmanuel Macron"
    mayor = mention_of(next(t for t in doc if t.text == "mayor"), 0)
    assert mayor.kind == "description" and mayor.text == "the mayor"


def test_a_date_as_subject_is_no_one(nlp):
    doc = nlp.nlp("Tuesday brought more rain.")
    assert mention_of(doc[0], 0) is None


def test_a_plural_noun_opening_its_sentence_is_a_crowd_not_a_name(nlp):
    doc = nlp.nlp("Nurses chanted slogans outside the hospital.")
    crowd = mention_of(doc[0], 0)
    assert crowd.kind == "description" and crowd.text == "Nurses"
    doc = nlp.nlp("Jane Doe chanted slogans outside the hospital.")
    assert mention_of(doc[1], 0).kind == "name"


def test_a_surname_the_tagger_takes_for_a_plural_stays_a_name(nlp):
    doc = nlp.nlp("Sims say he was riding the fence.")
    if doc[0].tag_ == "NNS":  # (the point of the test; with another tag the name is a name anyway)
        assert mention_of(doc[0], 0).kind == "name"
    assert mention_of(doc[0], 0).kind == "name"
