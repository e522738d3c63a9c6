from reader.nlp.quotes.sieves import speech_verb


def clues(block, site):
    return [ev for i in range(site.lo, site.hi) if not block.quoted[i]
            for ev in speech_verb.find(block, site, block.doc[i])]


def test_a_reporting_verb_the_quote_hangs_on_gives_its_subject(parsed):
    block, (site,) = parsed("“The pier will reopen in June,” Mayor Jane Doe said on Tuesday.")
    (ev,) = clues(block, site)
    assert ev.sieve == "speech_verb" and ev.rank == 0 and ev.cue == "said" and "Jane Doe" in ev.speaker.text


def test_a_sentence_with_no_reporting_verb_gives_no_clue(parsed):
    block, (site,) = parsed("The pier will reopen in June with “new lights” on Tuesday.")
    assert clues(block, site) == []


def test_a_verb_that_casts_a_person_as_the_quoted_words(parsed):
    block, (site,) = parsed("Jane Doe has long admired John Roe as a “true leader” of the town.")
    (ev,) = [e for e in clues(block, site) if e.cue == "admired"]
    assert ev.sieve == "casting" and "Doe" in ev.speaker.text


def test_a_negated_verb_is_only_a_belief(parsed):
    block, (site,) = parsed("Jane Doe was criticised for not calling the flood a “disaster” last week.")
    (ev,) = [e for e in clues(block, site) if e.cue == "calling"]
    assert ev.rank == 3 and ev.sieve == "belief_verb"


def test_a_passive_verb_names_no_speaker(parsed):
    block, (site,) = parsed("The plan was described as “a bargain for the town” in the report.")
    (ev,) = [e for e in clues(block, site) if e.cue == "described"]
    assert ev.sieve == "passive" and ev.speaker is None


def test_a_verb_inside_a_reported_clause_gives_way_to_the_outer_one(parsed):
    block, (site,) = parsed("Jane Doe said John Roe once described the deal as “a bargain for the town”.")
    found = clues(block, site)
    token_at = {t.idx: t.i for t in block.doc}
    said = {token_at[ev.at]: k for k, ev in enumerate(found) if speech_verb.is_sure(ev)}
    speech_verb.defer_to_reporting(block, found, said)
    by_cue = {ev.cue: ev for ev in found}
    assert by_cue["described"].sieve == "reported_verb" and by_cue["said"].sieve == "speech_verb"
