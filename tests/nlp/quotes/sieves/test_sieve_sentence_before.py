from reader.nlp.quotes.sieves import sentence_before


def test_the_sentence_before_ends_on_a_reporting_verb(parsed):
    block, (site,) = parsed("The fire was out by noon, Chief John Roe said. “Nobody was hurt.”")
    (ev,) = sentence_before.find(block, site)
    assert "Roe" in ev.speaker.text and ev.cue == "said" and ev.sieve == "sentence_before"


def test_a_sentence_before_with_no_reporting_verb(parsed):
    block, (site,) = parsed("The fire was out by noon on the east side. “Nobody was hurt.”")
    assert sentence_before.find(block, site) == []
