from reader.nlp.quotes.sieves import colon_intro


def test_the_subject_before_a_colon_introduces_the_quote(parsed):
    block, (site,) = parsed("Mayor Jane Doe put it plainly: “We will not close the library.”")
    (ev,) = colon_intro.find(block, site)
    assert "Doe" in ev.speaker.text and ev.sieve == "colon_intro" and ev.cue == "put"


def test_a_quote_after_a_comma_has_no_colon_introduction(parsed):
    block, (site,) = parsed("Mayor Jane Doe put it plainly, “We will not close the library.”")
    assert colon_intro.find(block, site) == []


def test_a_verbless_label_before_the_colon(parsed):
    block, (site,) = parsed("Jane Doe, librarian: “We will not close the library.”")
    (ev,) = colon_intro.find(block, site)
    assert "Doe" in ev.speaker.text and ev.cue is None
