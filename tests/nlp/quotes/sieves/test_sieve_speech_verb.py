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
    speech_verb.defer_to_reporting(block, site, found, said)
    by_cue = {ev.cue: ev for ev in found}
    assert by_cue["described"].sieve == "reported_verb" and by_cue["said"].sieve == "speech_verb"


def test_a_verb_in_an_adverbial_clause_is_nearer_the_quote_than_the_main_verb(parsed):
    from reader.nlp.quotes.evidence import _in_sentences

    block, (site,) = parsed("While some nurses chanted, “Safe staffing now,” in the lobby, Director Jane Doe spoke "
                            "to the board about the budget.")
    by_cue = {ev.cue: ev for ev in _in_sentences(block, site)}
    assert by_cue["chanted"].sieve == "speech_verb" and by_cue["chanted"].rank == 0
    assert by_cue["spoke"].sieve == "verb_beside" and by_cue["spoke"].rank == 1


def test_a_main_verb_of_saying_keeps_the_quote_its_clause_holds(parsed):
    from reader.nlp.quotes.evidence import _in_sentences

    block, (site,) = parsed("Director Jane Doe spoke to the board and said, “Safe staffing now.”")
    by_cue = {ev.cue: ev for ev in _in_sentences(block, site)}
    assert by_cue["said"].sieve == "speech_verb" and "Doe" in by_cue["said"].speaker.text


def test_a_verb_after_the_clause_it_reports_comes_before_its_subject(parsed):
    block, (site,) = parsed("Doe was known for telling others “the budget was his to spend” despite being the "
                            "U.S. delegate in Geneva, said another witness, former adviser Jane Roe.")
    (ev,) = [e for e in clues(block, site) if e.cue == "said"]
    assert ev.speaker.text == "another witness" and "Jane Roe" in ev.speaker.appos[0][2]


def test_told_after_the_clause_keeps_its_object_as_the_hearer(parsed):
    block, (site,) = parsed("Doe was known for telling others “the budget was his to spend” despite being the "
                            "U.S. delegate in Geneva, told another witness, former adviser Jane Roe.")
    told = [e for e in clues(block, site) if e.cue == "told"]
    assert told and all(e.speaker is None or e.speaker.text != "another witness" for e in told)
    assert [e.speaker.text for e in told if e.speaker is not None] == ["Doe"]  # the teller is Doe
