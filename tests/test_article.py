"""The loaded article (reader.article): blocks are offsets into one text."""

from __future__ import annotations

import dataclasses

import pytest

from reader.article import Article, Block


def _article() -> Article:
    text = "A title\n\nFirst paragraph here.\n\nA heading\n\nSecond one."
    blocks = (Block("title", 0, 7), Block("paragraph", 9, 30), Block("heading", 32, 41), Block("paragraph", 43, 54))
    return Article(source="x.txt", text=text, blocks=blocks, title="A title")


def test_block_text_is_a_slice_of_the_text():
    a = _article()
    assert [a.block_text(b) for b in a.blocks] == ["A title", "First paragraph here.", "A heading", "Second one."]


def test_only_paragraphs_are_prose():
    a = _article()
    assert [a.block_text(b) for b in a.paragraphs] == ["First paragraph here.", "Second one."]


def test_word_count_counts_whitespace_separated_words():
    assert _article().word_count == 9


def test_an_article_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        _article().text = "changed"  # type: ignore[misc]
