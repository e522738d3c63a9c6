from reader.nlp.quotes.sieves import headline_verb


def clues(block, site):
    return [ev for i in range(site.lo, site.hi) if not block.quoted[i] and headline_verb.claims(block, block.doc[i])
            for ev in headline_verb.find(block, site, block.doc[i])]


def test_a_headline_case_verb_takes_the_capitalised_words_before_it(parsed):
    block, (site,) = parsed("Mayor Jane Doe Promised “A New Pier By June” At The Town Meeting On Tuesday")
    (ev,) = clues(block, site)
    assert ev.cue == "Promised" and "Jane Doe" in ev.speaker.text and ev.sieve == "headline_verb"


def test_a_verb_in_an_ordinary_sentence_is_not_a_headline_verb(parsed):
    block, (site,) = parsed("Mayor Jane Doe promised “a new pier by June” at the town meeting on Tuesday.")
    assert clues(block, site) == []
