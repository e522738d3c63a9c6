"""Finding quotations from punctuation alone (no model): reader.nlp.quotes.marks."""

from __future__ import annotations

from reader.article import Block
from reader.nlp.quotes.marks import find_quotes, kind_of, looks_like_title, primary_is_single, spans_by_block


def paras(*texts: str) -> tuple[str, list[Block]]:
    text, blocks, pos = "", [], 0
    for t in texts:
        blocks.append(Block("paragraph", pos, pos + len(t)))
        text += t + "\n\n"
        pos = len(text)
    return text, blocks


def found(*texts: str) -> list[str]:
    text, blocks = paras(*texts)
    return [text[s.start : s.end] for s in find_quotes(text, blocks)]


def test_curly_straight_and_guillemets():
    assert found("He said “we will win” today.") == ["we will win"]
    assert found('He said "we will win" today.') == ["we will win"]
    assert found("Il a dit «nous gagnerons» hier.") == ["nous gagnerons"]


def test_typewriter_double_apostrophes():
    assert found("''This isn't tax reform,'' said Douglas Holtz-Eakin.") == ["This isn't tax reform,"]


def test_offsets_exclude_the_marks():
    text, blocks = paras("Macron stated, “There is an aggressor.”")
    (s,) = find_quotes(text, blocks)
    assert text[s.start - 1] == "“" and text[s.end] == "”"


def test_nested_single_quotes_stay_inside_their_parent():
    q = found("He added, “But the US has always spoken about ‘peace through strength.’ And together we can.”")
    assert q == ["But the US has always spoken about ‘peace through strength.’ And together we can."]


def test_apostrophes_are_not_quotes():
    assert found("It’s the voters’ choice, and Trump’s rivals don't agree.") == []


def test_single_quotes_as_primary_marks():
    text = "The minister said ‘we will not back down’ and added ‘the talks are over’."
    assert primary_is_single(text)
    assert found(text) == ["we will not back down", "the talks are over"]


def test_split_quote_gives_two_spans():
    assert found("“A ceasefire is dangerous,” he said. “We need guarantees.”") == [
        "A ceasefire is dangerous,", "We need guarantees."]


def test_quote_over_several_paragraphs_is_one_span_per_paragraph():
    q = found("“We came here to win. We stayed.", "“And we will win again,” she said.")
    assert q == ["We came here to win. We stayed.", "And we will win again,"]


def test_unbalanced_mark_recovers_at_the_paragraph_end():
    q = found("He said “this never closes and", "Later she said “this one does” clearly.")
    assert q == ["this never closes and", "this one does"]


def test_curly_quotes_the_wrong_way_round():
    assert found("”Mr. Trump embodies the legacy,” she said.") == ["Mr. Trump embodies the legacy,"]


def test_second_opener_ends_an_unclosed_quote():
    assert found("“If Obama is not legitimate, how can you feel good. “I have been thinking,” she said.") == [
        "If Obama is not legitimate, how can you feel good.", "I have been thinking,"]


def test_odd_marks_never_raise():
    for text in ['"', "“”", '""""', "' ' '", "«", "”“", "a\"b\"c", "“ ” “"]:
        found(text)


def test_kind_partial_inside_the_writers_sentence_full_after_a_comma_or_colon():
    text, blocks = paras("Zelensky called for the US to “stand more firmly on our side” today.",
                         "Macron stated, “There is an aggressor.”", "He said: “We stand.”",
                         "“We stand,” he said.")
    kinds = [s.kind for s in find_quotes(text, blocks)]
    assert kinds == ["partial", "full", "full", "full"]


def test_titles_look_like_titles():
    assert looks_like_title("Fox News Sunday")
    assert looks_like_title("The Art of the Deal")
    assert not looks_like_title("we stand with Ukraine.")
    assert not looks_like_title("obsessed")


def test_spans_by_block():
    text, blocks = paras("He said “one”.", "No quote here.", "She said “two” and “three”.")
    groups = spans_by_block(find_quotes(text, blocks), blocks)
    assert [[text[s.start : s.end] for s in g] for g in groups] == [["one"], [], ["two", "three"]]


def test_embedded_quote_of_several_sentences_is_full():
    text, blocks = paras("He said the museum “tells the truth. It will inspire us” and left.")
    (s,) = find_quotes(text, blocks)
    assert s.embedded and kind_of(s, text[s.start : s.end]) == "full"
    text, blocks = paras("He said the museum “tells the truth” and left.")
    (s,) = find_quotes(text, blocks)
    assert kind_of(s, text[s.start : s.end]) == "partial"


def test_a_quote_in_the_other_family_of_marks_stays_inside_its_parent():
    # straight outer, curly inner, the outer left open (a transcript paragraph)
    assert found('"Well, she thinks this is an episode of “Shark Tank.” But this is serious business.') == [
        "Well, she thinks this is an episode of “Shark Tank.” But this is serious business."]
    # curly outer, straight inner
    assert found('“I read an essay titled "Why Cities Fail" last week, and it stayed with me,” she said.') == [
        'I read an essay titled "Why Cities Fail" last week, and it stayed with me,']


def test_a_quote_in_the_same_marks_nests_when_two_closers_follow():
    assert found("“As a nurse I’d rather work in what he calls “chaos” than anywhere else.” ― Ana Ruiz") == [
        "As a nurse I’d rather work in what he calls “chaos” than anywhere else."]


def test_a_bracketed_stage_direction_is_not_a_quote():
    assert found('"(LAUGHTER.)', '"[inaudible]"') == []


def test_marks_inside_a_markup_tag_are_not_quotes():
    assert found('<post author="Jane Roe" date="May 2, 2020">“We stand firm,” she wrote.</post>') == ["We stand firm,"]


def test_a_straight_single_quote_closing_after_an_s():
    text = "The minister said 'we will help the farmers', and left. She added 'the talks are over'."
    assert found(text) == ["we will help the farmers", "the talks are over"]
    assert found("The minister said 'we back the farmers' union' and 'the talks are over'.") == [
        "we back the farmers' union", "the talks are over"]


def test_elisions_are_not_quotes_in_a_text_quoting_with_single_marks():
    text = "The minister said ‘we loved rock ’n’ roll’ and recalled the ’90s boom. She added ‘the talks are over’."
    assert found(text) == ["we loved rock ’n’ roll", "the talks are over"]
    assert found("She said ‘twenty years is enough’ and ‘we go’.", "Back in ’08, when he ran the firm, profits rose.") == [
        "twenty years is enough", "we go"]


def test_doubled_curly_single_marks_of_wire_feeds_are_double_quotes():
    text = "The senator called the plan ‘‘a dead end’’ and said: ‘‘We start again.’’ His aide’s reply was short."
    assert found(text) == ["a dead end", "We start again."]
    assert found("He called it “a dead end.’’ Then he left.") == ["a dead end."]


def test_a_possessive_apostrophe_after_an_s_inside_a_single_quoted_quote():
    text = "‘The ministers’ excuses don’t wash,’ said Ann Cole. ‘Nobody believes them.’"
    assert found(text) == ["The ministers’ excuses don’t wash,", "Nobody believes them."]
    # a partial quote ending in an s closes there when no closer follows
    assert found("Ms Cole called the plans ‘a set of half-measures’ and ‘a waste of time’.",
                 "She said the union had 'no plans' to stop. 'Why would we?' she asked.") == [
        "a set of half-measures", "a waste of time", "no plans", "Why would we?"]


def test_single_guillemets_count_in_any_text():
    assert found("‹We have orders we cannot fill›, he said. “Really,” she said.") == [
        "We have orders we cannot fill", "Really,"]


def test_a_nickname_between_first_name_and_surname_is_not_a_quote():
    assert found("Boxer Leroy “The Hammer” Watts said the fight was “over” for him.") == ["over"]
    assert found("Coach Ed ''Big Ed'' Ruiz retired. He told Ms. Cole “Thank you” and left.") == ["Thank you"]


def test_a_straight_apostrophe_before_a_two_digit_year_is_an_elision():
    assert found("He was 'cautiously optimistic' about the '22 election. 'We'll win,' he said.") == [
        "cautiously optimistic", "We'll win,"]


def test_a_paragraph_of_thousands_of_unpaired_openers_is_read_to_the_end():
    # (no timed assertion: a quadratic scan would make this test crawl, visibly, not fail by chance)
    text, blocks = paras("“a " * 20000 + "«b» ‘c " * 2000)
    assert len(find_quotes(text, blocks)) >= 20000


def test_a_short_text_with_one_single_quoted_quote():
    assert found("Police were called on Friday.", "Insp Mark Hill said: 'We can't rule anything out.'") == [
        "We can't rule anything out."]
    assert found("Insp Mark Hill said the death was ‘unexplained’.", "Officers were called at 8pm.") == ["unexplained"]
    # apostrophes alone never make a quote
    assert found("The players' union met in the '90s.", "Rock 'n' roll, the fans' choice, was back.") == []


def test_a_partial_quote_in_single_marks_ends_at_its_first_apostrophe_like_closer():
    assert found("The band's 'greatest hits' tour and the fans' joy.", "'It was loud,' she said.") == [
        "greatest hits", "It was loud,"]


def test_speech_whose_opening_mark_was_lost_still_counts():
    assert found("We have done all we can,” Boyd said. “Now it is up to them.”") == [
        "We have done all we can,", "Now it is up to them.", ]
    # an inch mark, or a closer ending a line under a pull quote, opens nothing
    assert found("The 55” screens cost $500, the store said.") == []
    assert found("“We will hold that lead.\nJane Roe, campaign chair.”") == ["We will hold that lead."]


def test_single_marks_are_primary_when_doubles_only_name_works():
    q = found("The director said: ‘We shot it in nine days.’ Her film “Low Tide” opens on Friday.",
              "‘It was cold,’ she said. ‘Very cold.’ Critics compared it to “Night Train” and “Salt”.")
    assert q[:2] == ["We shot it in nine days.", "Low Tide"] and "It was cold," in q and "Very cold." in q
