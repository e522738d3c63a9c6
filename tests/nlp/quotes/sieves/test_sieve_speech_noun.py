from reader.nlp.quotes.sieves import speech_noun


def clues(block, site):
    return [ev for i in range(site.lo, site.hi) if not block.quoted[i] and speech_noun.claims(block.doc[i])
            for ev in speech_noun.find(block, site, block.doc[i])]


def test_a_speech_noun_with_its_owner_whose_content_the_quote_gives(parsed):
    block, (site,) = parsed("Doe's promise that the pier would reopen “by the first of June” was repeated often.")
    (ev,) = clues(block, site)
    assert ev.cue == "promise" and "Doe" in ev.speaker.text and ev.sieve == "speech_noun"


def test_a_speech_noun_with_no_owner_names_no_one(parsed):
    block, (site,) = parsed("The promise that the pier would reopen “by the first of June” was repeated often.")
    assert clues(block, site) == []


def test_a_participle_read_as_a_noun_has_its_subject_as_a_compound(parsed):
    block, (site,) = parsed("Two states also criticised the plan, with Foreign Minister Ayman Sabri warning of "
                            "“grave consequences”.")
    (ev,) = clues(block, site)
    assert ev.cue == "warning" and "Sabri" in ev.speaker.text and ev.rank == 0
