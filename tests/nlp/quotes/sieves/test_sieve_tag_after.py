from reader.nlp.quotes.sieves import tag_after


def test_a_pronoun_and_any_verb_after_a_question_tag_the_quote(parsed):
    block, (site,) = parsed("“Will the pier reopen?” she pressed.")
    (ev,) = tag_after.find(block, site)
    assert ev.speaker.text == "she" and ev.cue == "pressed" and ev.sieve == "tag_after"


def test_a_quote_ending_its_sentence_has_no_tag_after(parsed):
    block, (site,) = parsed("“The pier will reopen.” She left the hall.")
    assert tag_after.find(block, site) == []
