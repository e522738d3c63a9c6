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
