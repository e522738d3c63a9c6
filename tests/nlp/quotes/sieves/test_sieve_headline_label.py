from reader.nlp.quotes.sieves import headline_label


def test_a_headline_case_line_labelled_with_a_name(parsed):
    block, (site,) = parsed("Doe: As Mayor, “We Will Rebuild The Pier” But Still Asks Towns For Help")
    (ev,) = headline_label.find(block, site)
    assert ev.speaker.text == "Doe" and ev.sieve == "headline_label"


def test_an_ordinary_sentence_with_a_colon_is_no_headline_label(parsed):
    block, (site,) = parsed("Doe had one thing to say: as mayor, she said, “we will rebuild the pier” this year.")
    assert headline_label.find(block, site) == []
