"""Sentence subjects kept for the resolver (reader.nlp.quotes.subjects)."""

from reader.nlp.quotes.subjects import collect_subjects


def test_a_named_subject_its_gender_and_a_reported_clauses_subject(nlp):
    doc = nlp.nlp("Jane Doe said she was tired. Jane Doe said that John Roe was wrong.")
    subjects = collect_subjects(doc, 0, bytearray(len(doc)))
    assert subjects[0].name == "Jane Doe" and subjects[0].gender == "f" and not subjects[0].embedded
    assert any(s.pronoun and s.name == "she" for s in subjects)
    assert next(s for s in subjects if s.name == "John Roe").embedded


def test_quoted_words_give_no_subject(nlp):
    doc = nlp.nlp("“John Roe was wrong.”")
    assert collect_subjects(doc, 0, bytearray([1]) * len(doc)) == []


def test_a_surname_the_tagger_read_as_an_adverb_is_a_subject(nlp):
    doc = nlp.nlp("Trains ran late all week, but Early still says the new line works.")
    assert [s.name for s in collect_subjects(doc, 0, bytearray(len(doc))) if s.name == "Early"] == ["Early"]


def test_she_reported_by_the_subject_past_another_name(nlp):
    doc = nlp.nlp("Jane Doe asked for calm in a letter to Tom Roe, saying she was hopeful.")
    assert next(s for s in collect_subjects(doc, 0, bytearray(len(doc))) if s.name == "Jane Doe").gender == "f"


def test_a_pronoun_past_another_name_is_not_the_subjects(nlp):
    doc = nlp.nlp("Jane Doe wrote to Tom Roe, and he replied at once.")
    assert next(s for s in collect_subjects(doc, 0, bytearray(len(doc))) if s.name == "Jane Doe").gender is None


def test_a_definite_organisation_description_is_a_subject(nlp):
    doc = nlp.nlp("The company that runs the fair, Northgate Media Inc., denies it.")
    assert "The company" in [s.name for s in collect_subjects(doc, 0, bytearray(len(doc)))]


def test_a_capitalised_adverb_ending_the_block_is_read_without_error(nlp):
    """ "Click Here" on a web page: an adverb read as a lost surname with no word after it."""
    for text in ("Click Here", "The shop closes Early"):
        assert collect_subjects(nlp.nlp(text), 0, bytearray(len(text))) == []
