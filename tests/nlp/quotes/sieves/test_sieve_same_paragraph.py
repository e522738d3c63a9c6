"""Hand-made text and subjects, no model: when a quote carries on the speaker before it."""

from reader.nlp.quotes.clues import Evidence
from reader.nlp.quotes.marks import QuoteSpan
from reader.nlp.quotes.sieves import same_paragraph
from reader.nlp.quotes.speakers import Mention, Subject


def spans(text: str) -> list[QuoteSpan]:
    out, at = [], 0
    while (a := text.find("“", at)) >= 0:
        b = text.index("”", a)
        out.append(QuoteSpan(a + 1, b))
        at = b + 1
    return out


def test_the_second_quote_of_a_paragraph_carries_on_its_speaker():
    text = "“The pier is safe,” Doe said. “We checked every beam.”"
    first, second = spans(text)
    assert same_paragraph.carries(text, first, text.index("said"), second, "Jane Doe", [], [])


def test_another_person_named_in_between_stops_the_carry():
    text = "“The pier is safe,” Doe said. Later that day Roe disagreed. “We checked every beam.”"
    first, second = spans(text)
    roe = Subject(text.index("Roe"), text.index("Roe") + 3, "Roe")
    assert not same_paragraph.carries(text, first, text.index("said"), second, "Jane Doe", [roe], [roe.start])


def test_the_second_half_after_a_tag_overrides_a_verb_further_on():
    text = "“The pier is safe,” Doe said. “We checked every beam,” and then the report, a month later, claimed."
    first, second = spans(text)
    later = Evidence(second, "verb", "claimed", Mention(0, 1, "the report", "report", "description"), 1, 11,
                     text.index("claimed"), "verb_beside")
    assert same_paragraph.overrides_verb(text, first, second, later)
    tag = Evidence(second, "verb", "and", later.speaker, 1, 2, second.end + 3, "tag_after")
    assert not same_paragraph.overrides_verb(text, first, second, tag)



def test_an_unnamed_person_brought_in_between_stops_the_carry():
    from reader.nlp.quotes.clues import Unnamed

    text = "“We are scared,” one resident said. A woman beside her shook her head. “It is safe here.”"
    first, second = spans(text)
    woman = Unnamed(text.index("A woman"), text.index("A woman") + 7, "A woman", "f")
    said = text.index("said")
    assert same_paragraph.carries(text, first, said, second, "one resident", [], [])
    assert not same_paragraph.carries(text, first, said, second, "one resident", [], [], [woman], [woman.start])
