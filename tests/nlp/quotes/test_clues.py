"""The views sieves read: which tokens are quoted, and the sentences around a quotation."""

from reader.article import Block as Paragraph
from reader.nlp.quotes.clues import Block, Site
from reader.nlp.quotes.marks import find_quotes


def test_the_marks_belong_to_the_quote_and_a_short_tag_sentence_to_its_site(nlp):
    text = "He waited. “Why now?” she asked."
    spans = find_quotes(text, [Paragraph("paragraph", 0, len(text))])
    block = Block.of(nlp.nlp(text), 0, spans)
    (qs, qe), = block.ranges
    assert [t.text for t in block.doc[qs:qe]] == ["Why", "now", "?"]
    assert [block.doc[i].text for i in range(len(block.doc)) if block.quoted[i]] == ["“", "Why", "now", "?", "”"]
    site = Site.of(block, spans[0], qs, qe)
    assert block.doc[site.hi - 2].text == "asked" and site.distance(site.hi - 2) == 3  # ” she asked
