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
