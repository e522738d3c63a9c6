"""Per-paragraph wrapping as offsets: lines tile the block, fit the width, map back and forth."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from reader.app.widgets.article.layout import Layout, display_text, wrap_offsets

TEXT = "The quick brown fox jumps over the lazy dog while the cat watches from the windowsill."


@pytest.mark.parametrize("width", [10, 17, 30, 200])
def test_lines_tile_the_block_and_fit(width: int) -> None:
    lines = wrap_offsets(TEXT, 0, len(TEXT), width)
    assert lines[0][0] == 0 and lines[-1][1] == len(TEXT)
    assert all(a[1] == b[0] for a, b in zip(lines, lines[1:]))
    assert all(cell_len(TEXT[s:e].rstrip()) <= width for s, e in lines)


def test_breaks_between_words() -> None:
    lines = wrap_offsets(TEXT, 0, len(TEXT), 20)
    assert [TEXT[s:e].rstrip() for s, e in lines][:2] == ["The quick brown fox", "jumps over the lazy"]


def test_long_word_is_folded() -> None:
    word = "x" * 25
    lines = wrap_offsets(word, 0, 25, 10)
    assert [e - s for s, e in lines] == [10, 10, 5]


def test_wide_characters_count_two_cells() -> None:
    text = "日本語のテキストです 日本語のテキストです"
    lines = wrap_offsets(text, 0, len(text), 12)
    assert len(lines) > 1
    assert all(cell_len(text[s:e].rstrip()) <= 12 for s, e in lines)


def test_offsets_are_into_the_whole_text() -> None:
    text = "Title\n\n" + TEXT
    lines = wrap_offsets(text, 7, len(text), 20)
    assert lines[0][0] == 7 and text[lines[0][0] : lines[0][1]].startswith("The quick")


def test_layout_maps_lines_and_offsets() -> None:
    text = "Short title\n\n" + TEXT
    layout = Layout.build([(0, 11), (13, len(text))], text, 20)
    assert layout.locate(0) == (0, 0)
    assert layout.locate(1) == (0, -1)  # the blank line between blocks
    assert layout.locate(2) == (1, 0)
    fox = text.index("fox")
    lazy = text.index("lazy")
    assert layout.line_of_offset(fox) == 2
    assert layout.line_of_offset(lazy) == 3
    assert layout.offset_of_line(3) == text.index("jumps")
    assert list(layout.blocks_overlapping(5, 20)) == [0, 1]
    assert layout.height == 2 + len(wrap_offsets(text, 13, len(text), 20))


def test_display_text_keeps_length_and_drops_controls() -> None:
    raw = "a\tb\x1b[31mc\nd\x7f"
    shown = display_text(raw)
    assert len(shown) == len(raw)
    assert "\x1b" not in shown and "\t" not in shown and "\x7f" not in shown


def test_a_cell_maps_to_its_character_and_wide_ones_take_two() -> None:
    text = "ab日本 cd"
    layout = Layout.build([(0, len(text))], text, 40)
    assert [layout.offset_at_cell(text, 0, x) for x in range(6)] == [0, 1, 2, 2, 3, 3]
    assert layout.offset_at_cell(text, 0, 30) is None  # past the line's end
    assert layout.offset_at_cell(text, 5, 0) is None  # below the text


def test_a_span_is_shown_a_third_down_or_from_its_start() -> None:
    text = " ".join(f"w{i:03d}" for i in range(400))  # 400 words of 4 letters
    layout = Layout.build([(0, len(text))], text, 20)  # 4 words a line: 100 lines
    word = text.index("w200")
    assert layout.span_lines(word, word + 4) == (50, 50)
    assert layout.top_showing(word, word + 4, 30) == 40  # a third of 30 lines above it
    assert layout.top_showing(0, 4, 30) == 0  # never above the top
    assert layout.top_showing(word, len(text), 30) == 50  # taller than the pane: its start on top


def test_an_empty_span_overlaps_the_block_of_its_character() -> None:
    from reader.app.widgets.article.layout import blocks_overlapping

    starts, ends = [0, 12, 42], [10, 40, 80]
    assert list(blocks_overlapping(starts, ends, 15, 15)) == [1]
    assert list(blocks_overlapping(starts, ends, 5, 45)) == [0, 1, 2]
    assert list(blocks_overlapping(starts, ends, 10, 12)) == []
