import pytest

from reader.sources import MAX_BYTES, SourceError, load


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        load(str(tmp_path / "nope.txt"))


def test_empty_and_whitespace_only(tmp_path):
    for content in (b"", b"  \n\n\t "):
        p = tmp_path / "empty.txt"
        p.write_bytes(content)
        with pytest.raises(SourceError, match="empty"):
            load(str(p))


def test_directory(tmp_path):
    with pytest.raises(SourceError, match="directory"):
        load(str(tmp_path))


def test_binary(tmp_path):
    p = tmp_path / "x.bin"
    p.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4)
    with pytest.raises(SourceError, match="binary"):
        load(str(p))


def test_too_large(tmp_path):
    p = tmp_path / "big.txt"
    with p.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(SourceError, match="too large"):
        load(str(p))


def test_markdown_file(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("# Title\n\nBody with *words* and a [link](http://e.com).", encoding="utf-8")
    a = load(str(p))
    assert a.title == "Title" and "link" in a.text and "http" not in a.text


def test_latin1_file(tmp_path):
    p = tmp_path / "l.txt"
    p.write_bytes("Headline\n\nLe ministre a déclaré que tout allait très bien à Genève.".encode("latin-1"))
    assert "déclaré" in load(str(p)).text


def test_a_web_page_may_be_larger_than_a_text(tmp_path):
    """Markup is mostly not text: a 10 MB page (a chart's inline data before the story) is read;
    a text file of the same size is refused, naming both limits."""
    from reader.sources import MAX_HTML_BYTES

    story = "".join(f"<p>Paragraph {i}: the river rose and the council met at dawn.</p>" for i in range(5))
    page = tmp_path / "big.html"
    page.write_text(f'<html><head><title>Flood</title></head><body><div data-blob="{"x" * 10_000_000}">chart</div>'
                    f"<article><h1>River rises</h1>{story}</article></body></html>")
    assert MAX_BYTES < page.stat().st_size < MAX_HTML_BYTES
    assert "Paragraph 4: the river rose" in load(str(page)).text
    text = tmp_path / "big.txt"
    text.write_bytes(b"word " * 2_000_000)
    with pytest.raises(SourceError, match=r"big.txt: too large \(10.0 MB; the limit is 2 MB of text, 20 MB for a web page\)"):
        load(str(text))


def test_the_page_text_limit_is_the_text_limit():
    from reader.sources.web.parse import MAX_TEXT_CHARS

    assert MAX_TEXT_CHARS == MAX_BYTES
