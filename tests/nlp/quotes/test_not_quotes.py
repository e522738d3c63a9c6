"""Quoted words that are nobody's words (reader.nlp.quotes.not_quotes)."""

from reader.nlp.quotes.clues import Evidence
from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.not_quotes import named_term, named_work, names_own_speaker, not_words, scare
from reader.nlp.quotes.speakers import Mention


def span_of(text: str, words: str, embedded: bool = True) -> QuoteSpan:
    at = text.index(words)
    return QuoteSpan(at, at + len(words), embedded=embedded)


def test_a_handle_and_a_number_are_not_words_but_a_sentence_is():
    assert not_words("@janedoe") and not_words("42") and not not_words("We will rebuild.")


def test_a_camel_case_name_is_not_words_but_a_hashtag_and_a_word_are():
    assert not_words("pierwatchUK") and not_words("eTicket.")
    assert not not_words("#SavePier") and not not_words("Outrageous.") and not not_words("NASA")


def test_a_title_after_its_work_noun_and_words_after_a_verb():
    text = "She sang the song “A Change Is Gonna Come” and said “we will rebuild the pier” later."
    assert named_work(text, span_of(text, "A Change Is Gonna Come"), "A Change Is Gonna Come")
    assert not named_work(text, span_of(text, "we will rebuild the pier"), "we will rebuild the pier")


def test_a_title_before_its_work_noun_ending_the_sentence():
    text = "One fan put on a “Vote For The Pier” cap. Another waved."
    assert named_work(text, span_of(text, "Vote For The Pier"), "Vote For The Pier")


def test_a_short_embedded_term_is_a_scare_quote_a_long_one_is_not():
    text = "The so-called “pier plan” was, she said, “the best thing this town has done in years”."
    assert scare(text, span_of(text, "pier plan"), "pier plan")
    long = "the best thing this town has done in years"
    assert not scare(text, span_of(text, long), long)


def test_a_clue_whose_speaker_mention_holds_the_quote_names_it():
    text = "“We slept well,” the “Night Owls” singer said."
    title = span_of(text, "Night Owls")
    singer = Mention(text.index("the “Night"), text.index(" said"), "the “Night Owls” singer", "singer", "description")
    said = Evidence(title, "verb", "said", singer, 0, 2, text.index("said"), "speech_verb")
    assert names_own_speaker(said)
    words = span_of(text, "We slept well,", embedded=False)
    assert not names_own_speaker(Evidence(words, "verb", "said", singer, 0, 3, text.index("said"), "speech_verb"))


def test_a_short_term_named_by_a_passive_called_is_not_speech():
    text = "He had a condition called “sheep lung” for years."
    term = span_of(text, "sheep lung")
    assert named_term(term, "sheep lung", "passive", "called")
    assert not named_term(term, "sheep lung", "passive", "known")  # what a thing is known as may be a side's phrase
    assert not named_term(term, "sheep lung", "speech_verb", "called")  # "Doe called it “sheep lung”": Doe's words
