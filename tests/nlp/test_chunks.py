"""Paragraphs over the parser's limit: cut into pieces with offsets kept, and analysed."""

from __future__ import annotations

from reader.article import Block
from reader.nlp.chunks import FULL_CUT_CHARS, MAX_CHARS, batch_size_for, light_pieces, parser_pieces
from reader.nlp.pipeline import analyze
from reader.nlp.quotes import find_quotes
from reader.sources import article_from_text


def test_short_blocks_are_left_alone():
    text = "Title\n\nA short paragraph."
    blocks = [Block("title", 0, 5), Block("paragraph", 7, len(text))]
    assert parser_pieces(text, blocks) == blocks


def test_a_long_block_is_cut_at_sentence_ends_into_consecutive_pieces():
    sentence = "The mayor said the bridge would open soon. "
    text = "Head\n\n" + sentence * 100
    block = Block("paragraph", 6, len(text))
    pieces = parser_pieces(text, [block], max_chars=500)
    assert len(pieces) > 1 and all(p.kind == "paragraph" for p in pieces)
    assert pieces[0].start == block.start and pieces[-1].end == block.end
    assert all(a.end == b.start for a, b in zip(pieces, pieces[1:]))  # nothing lost, nothing twice
    assert all(p.end - p.start <= 500 for p in pieces)
    assert all(text[p.start : p.end].startswith("The mayor") for p in pieces)  # cut after a full stop


def test_a_cut_never_falls_inside_a_quotation():
    text = "Intro. " * 30 + "“One. Two. Three. Four. Five. Six. Seven. Eight. Nine. Ten,” she said. " * 8
    block = Block("paragraph", 0, len(text))
    quotes = find_quotes(text, [block])
    assert quotes
    pieces = parser_pieces(text, [block], quotes, max_chars=300)
    for p in pieces[:-1]:
        assert not any(q.start < p.end < q.end for q in quotes)


def test_text_without_spaces_is_cut_anyway():
    text = "x" * 2500
    pieces = parser_pieces(text, [Block("paragraph", 0, 2500)], max_chars=1000)
    assert [(p.start, p.end) for p in pieces] == [(0, 1000), (1000, 2000), (2000, 2500)]


def test_fewer_long_pieces_go_in_one_batch():
    assert batch_size_for([Block("paragraph", 0, 800)], 32) == 32
    assert batch_size_for([Block("paragraph", 0, MAX_CHARS)], 32) < 32
    assert batch_size_for([Block("paragraph", 0, 10**7)], 32) == 1
    assert batch_size_for([], 32) == 32


def test_a_paragraph_of_a_million_characters_is_analysed(nlp):
    """spaCy refuses a text over 1,000,000 characters (E088): the pieces go through instead, the
    first FULL_CUT_CHARS in full, the rest lightly (marks, dates, names found earlier). Long words
    keep the token count (and the test) small; the length is what matters here."""
    word = "x" * 499 + " "
    head = "“We will win,” said Jane Doe on March 3, 2021. "
    tail = " “We will win again,” said Jane Doe on May 4, 2022."
    body = head + (word * 2001)[: 1_000_001 - len(head) - len(tail)].rstrip() + tail
    assert len(body) >= 1_000_000
    article = article_from_text("Long story\n\n" + body)
    (paragraph,) = article.paragraphs
    assert paragraph.end - paragraph.start > 1_000_000
    result = analyze(article, nlp.nlp, nlp.info)
    assert [q.text for q in result.quotes] == ["We will win,", "We will win again,"]
    assert [q.speaker_name for q in result.quotes] == ["Jane Doe", "Jane Doe"]
    (jane,) = [e for e in result.entities if e.name == "Jane Doe"]
    assert len(jane.mentions) == 2  # the second found by the light pass, by the name already known
    assert {t.date for t in result.timeline} >= {"2021-03-03", "2022-05-04"}
    for t in result.timeline:
        assert result.text[t.start : t.end] == t.expression
    (reduced,) = result.reduced
    assert reduced.end == paragraph.end
    assert FULL_CUT_CHARS <= reduced.start - paragraph.start <= FULL_CUT_CHARS + MAX_CHARS
    assert len(result.text) - reduced.start > 800_000


def test_only_pieces_of_cut_blocks_count_against_the_budget():
    blocks = [Block("paragraph", 0, 100), Block("paragraph", 101, 3101), Block("paragraph", 3102, 3200)]
    text = ("word " * 700)[:3200]
    pieces = parser_pieces(text, blocks, max_chars=1000)
    light = light_pieces(blocks, pieces, budget=1500)
    assert pieces[0] == blocks[0] and pieces[-1] == blocks[-1]
    assert light[0] is False and light[-1] is False  # whole paragraphs: always the full analysis
    cut = light[1:-1]
    assert cut == sorted(cut) and cut[0] is False and cut[-1] is True  # full first, then light
    spent = sum(p.end - p.start for p, lit in zip(pieces[1:-1], cut) if not lit)
    assert 1500 <= spent < 1500 + 1000
    assert light_pieces(blocks, pieces, budget=10**9) == [False] * len(pieces)
