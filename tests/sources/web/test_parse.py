"""Hostile HTML keeps its body or fails in one line (never an article with only a title)."""

import pytest

from reader.sources.errors import SourceError
from reader.sources.web import page_to_article
from reader.sources.web.parse import parse_html

STORY = "".join(
    f"<p>Paragraph {i}: the river rose overnight and the town council met at dawn to plan the clean-up.</p>"
    for i in range(6)
)


def _page(head: str = "<title>Flood</title>", before: str = "") -> str:
    return f"<html><head>{head}</head><body>{before}<article><h1>River rises</h1>{STORY}</article></body></html>"


def test_a_ten_megabyte_attribute_before_the_article_keeps_the_body():
    html = _page(before=f'<div data-blob="{"x" * (10 * 2**20 + 7)}">chart</div>')
    article = page_to_article(html, "big.html")
    assert "Paragraph 5: the river rose overnight" in article.text


def test_a_hundred_thousand_nested_divs_keep_the_body():
    html = _page(before="<div>" * 100_000 + "</div>" * 100_000)
    article = page_to_article(html, "deep.html")
    assert "Paragraph 0: the river rose overnight" in article.text
    assert "Paragraph 5" in article.text


def test_an_escape_reference_in_the_title_keeps_the_body_and_never_the_escape():
    article = page_to_article(_page(head="<title>Flood &#27;]0;PWNED&#7; news</title>"), "esc.html")
    assert "Paragraph 3: the river rose overnight" in article.text
    assert "\x1b" not in article.text and "\x07" not in (article.title or "")


def test_ordinary_character_references_survive():
    tree = parse_html("<html><body><p>Caf&#233; &amp; bar &#8212; open</p></body></html>", "ok.html")
    assert tree.findtext(".//p") == "Café & bar — open"


def test_a_page_with_no_article_is_one_line():
    with pytest.raises(SourceError) as e:
        page_to_article("<html><head><title>Hi</title></head><body><script>app()</script></body></html>", "empty.html")
    assert "\n" not in str(e.value) and "empty.html" in str(e.value)


def test_too_many_tags_are_refused_before_the_parse_in_one_line():
    from reader.sources.web.parse import MAX_START_TAGS

    with pytest.raises(SourceError, match=r"soup.html: too much markup to read \(.* tags; the limit is"):
        parse_html(_page(before="<br>" * (MAX_START_TAGS + 1)), "soup.html")


def test_too_many_elements_after_the_parse_are_refused_in_one_line():
    from reader.sources.web.parse import MAX_ELEMENTS

    links = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(MAX_ELEMENTS // 2))
    with pytest.raises(SourceError, match=r"menu.html: too much markup to read \(.* elements; the limit is"):
        parse_html(_page(before=f"<ul>{links}</ul>"), "menu.html")


def test_a_page_of_more_text_than_the_analysis_takes_is_refused_early():
    from reader.sources.web.parse import MAX_TEXT_CHARS

    with pytest.raises(SourceError, match="too much text in this page"):
        parse_html(_page(before="<p>" + "word " * (MAX_TEXT_CHARS // 4 + 1) + "</p>"), "long.html")


def test_justext_gives_no_opinion_on_a_page_of_very_many_blocks():
    from reader.sources.web.candidates import JUSTEXT_MAX_PARAGRAPHS, justext_body

    prose = ("<p>The river rose overnight and the town council met at dawn because they wanted to plan "
             "for the clean-up of all the streets that were under water, and they said that it would take a week "
             "or more, as the water was still there in the morning and the rain had not stopped at all.</p>")
    assert justext_body(parse_html(f"<html><body>{prose * 4}</body></html>", "few.html")).blocks
    many = prose * 4 + "".join(f"<p>Short line {i}.</p>" for i in range(JUSTEXT_MAX_PARAGRAPHS + 1))
    assert justext_body(parse_html(f"<html><body>{many}</body></html>", "many.html")).blocks == ()
