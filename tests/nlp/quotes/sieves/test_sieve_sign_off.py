from reader.nlp.quotes.clues import Evidence
from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.sieves import sign_off
from reader.nlp.quotes.speakers import Mention


def test_a_dash_paragraph_with_a_name_is_a_sign_off(block_of):
    (ev,) = sign_off.find(block_of("― Jane Doe, Springfield."))
    assert ev.quote is None and "Jane Doe" in ev.speaker.text and ev.sieve == "sign_off"


def test_a_dash_bullet_with_a_finite_verb_is_a_list_item(block_of):
    assert sign_off.find(block_of("- Senator Jane Doe voted against the bill.")) == []


def test_that_was_how_names_who_said_the_quote_before(block_of):
    (ev,) = sign_off.find(block_of("That was how Jane Doe described the plan."))
    assert "Jane Doe" in ev.speaker.text and ev.cue == "described"


def test_a_sign_off_goes_to_the_paragraph_that_ends_with_a_quote():
    text = "“We will rebuild.”\n― Jane Doe, Springfield."
    ev = Evidence(None, "signoff", None, Mention(21, 29, "Jane Doe", "doe", "name"), 0, 0, 21, "sign_off")
    spans = [QuoteSpan(1, 17, opens_line=True)]
    assert sign_off.signed(text, (0, 18), spans, {19: ev}) is ev
    assert sign_off.signed("“We will rebuild,” she said.\n― Jane Doe.", (0, 28), spans, {29: ev}) is None
