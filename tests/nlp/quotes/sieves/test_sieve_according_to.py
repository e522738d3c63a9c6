from reader.nlp.quotes.sieves import according_to


def clues(block, site):
    return [ev for i in range(site.lo, site.hi) if not block.quoted[i] and according_to.claims(block.doc[i])
            for ev in according_to.find(block, site, block.doc[i])]


def test_according_to_names_the_source(parsed):
    block, (site,) = parsed("The bridge will cost “far more than planned,” according to the city engineer, Jane Doe.")
    (ev,) = clues(block, site)
    assert ev.cue == "according to" and "engineer" in ev.speaker.text and ev.sieve == "according_to"


def test_a_quote_with_no_according_to(parsed):
    block, (site,) = parsed("The bridge will cost “far more than planned,” the city engineer, Jane Doe, said.")
    assert clues(block, site) == []
