from reader.nlp.quotes.sieves import dash_signature


def test_a_dash_and_a_name_after_the_closing_mark_sign_the_quote(parsed):
    block, (site,) = parsed("“We never saw the water rise so fast.” ― Jane Doe, Springfield.")
    (ev,) = dash_signature.after_quote(block, site)
    assert "Doe" in ev.speaker.text and ev.sieve == "dash_signature"


def test_a_dash_before_a_common_word_signs_nothing(parsed):
    block, (site,) = parsed("“We never saw the water rise so fast.” ― and then it stopped.")
    assert dash_signature.after_quote(block, site) == []


def test_a_signature_line_the_closing_mark_swallowed(parsed):
    block, (site,) = parsed("“The river is higher than in any year on record. Jane Doe, Springfield Water Board.”")
    (ev,) = dash_signature.inside_quote(block, site)
    assert "Doe" in ev.speaker.text and ev.sieve == "signature_in_quote"


def test_a_last_sentence_with_a_verb_is_no_signature(parsed):
    block, (site,) = parsed("“The river is higher than in any year on record. Jane Doe, the engineer, checked it.”")
    assert dash_signature.inside_quote(block, site) == []
