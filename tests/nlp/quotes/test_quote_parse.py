"""What the parse says about a reporting verb (reader.nlp.quotes.parse)."""

from reader.nlp.quotes.parse import is_cue, is_passive, name_as_adverb, subject_of


def test_a_speech_verb_a_belief_verb_and_an_ordinary_verb(nlp):
    doc = nlp.nlp("Doe said she believes the town bought a boat.")
    said, believes, bought = (next(t for t in doc if t.text == w) for w in ("said", "believes", "bought"))
    assert (is_cue(said), is_cue(believes), is_cue(bought)) == (0, 3, None)


def test_the_subject_of_an_active_verb_but_not_of_a_passive_one(nlp):
    doc = nlp.nlp("Doe called the plan a bargain. The plan was called a bargain.")
    active, passive = (t for t in doc if t.text == "called")
    assert subject_of(active).text == "Doe" and not is_passive(active)
    assert is_passive(passive) and subject_of(passive) is None


def test_a_surname_read_as_an_adverb_is_the_lost_subject_of_its_verb(nlp):
    doc = nlp.nlp("Though the budget is tight this year, Early says there is room for two new parks.")
    says = next(t for t in doc if t.text == "says")
    assert subject_of(says).text == "Early"


def test_an_adverb_opening_the_sentence_is_no_subject(nlp):
    doc = nlp.nlp("Early this year, says the mayor, the parks will open.")
    says = next(t for t in doc if t.text == "says")
    assert name_as_adverb(says) is None and subject_of(says).text == "mayor"


def test_a_verb_after_a_prepositions_object_and_a_comma_is_coordinated_not_a_description(nlp):
    doc = nlp.nlp("On the phone, Tom Hale asked about the Harbor Trust, called Lee a “fraud” and hung up.")
    called = next(t for t in doc if t.text == "called")
    assert called.dep_ == "acl" and subject_of(called).text == "Hale"
