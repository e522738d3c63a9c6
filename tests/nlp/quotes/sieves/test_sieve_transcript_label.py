from reader.nlp.quotes.sieves import transcript_label


def test_a_capitalised_name_and_colon_opening_the_quote_names_the_speaker(parsed):
    block, (site,) = parsed("“MAYOR DOE: We will rebuild the pier by June.”")
    (ev,) = transcript_label.find(block, site)
    assert ev.speaker.text == "MAYOR DOE" and ev.sieve == "transcript_label"


def test_a_quote_opening_with_an_ordinary_sentence_has_no_label(parsed):
    block, (site,) = parsed("“We will rebuild the pier by June,” the mayor said.")
    assert transcript_label.find(block, site) == []
