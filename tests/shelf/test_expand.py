"""The sources of a shelf (reader.shelf.expand): directories, feeds, list files."""

from __future__ import annotations

import pytest

from reader.shelf.expand import expand, feed_links, list_file_sources, looks_like_feed
from reader.sources.errors import SourceError

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour News</title><link>https://harbour.example/</link>
<item><title>Ferry strike ends</title><link>https://harbour.example/2024/ferry-strike</link></item>
<item><title>New pier opens</title><link>https://harbour.example/2024/new-pier</link></item>
<item><title>Duplicate</title><link>https://harbour.example/2024/new-pier</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Courier</title>
<entry><title>Council votes</title><link rel="alternate" href="https://courier.example/council"/>
<id>tag:courier.example,2024:1</id><updated>2024-05-01T10:00:00Z</updated></entry>
<entry><title>Flood warning</title><link href="https://courier.example/flood"/>
<id>tag:courier.example,2024:2</id><updated>2024-05-02T10:00:00Z</updated></entry>
</feed>"""


def test_a_directory_gives_its_article_files_by_name(tmp_path):
    for name in ("b.md", "a.txt", "c.html", ".hidden.txt", "notes.pdf"):
        (tmp_path / name).write_text("x")
    (tmp_path / "sub").mkdir()
    assert [p.rsplit("/", 1)[1] for p in expand([str(tmp_path)])] == ["a.txt", "b.md", "c.html"]


def test_an_empty_directory_is_one_clear_error(tmp_path):
    with pytest.raises(SourceError, match="no .txt, .md or .html"):
        expand([str(tmp_path)])


def test_an_rss_file_gives_its_links_once_each_in_order(tmp_path):
    feed = tmp_path / "harbour.rss"
    feed.write_text(RSS)
    assert expand([str(feed)]) == ["https://harbour.example/2024/ferry-strike", "https://harbour.example/2024/new-pier"]


def test_an_atom_file_gives_its_alternate_links(tmp_path):
    feed = tmp_path / "courier.xml"
    feed.write_text(ATOM)
    assert expand([str(feed)]) == ["https://courier.example/council", "https://courier.example/flood"]


def test_an_xml_file_that_is_no_feed_stays_a_source(tmp_path):
    other = tmp_path / "data.xml"
    other.write_text("<?xml version='1.0'?><records/>")
    assert expand([str(other)]) == [str(other)]


def test_a_feed_url_is_read_with_the_given_fetch_and_other_urls_are_not():
    seen = []

    def fetch(url, max_bytes):
        seen.append(url)
        return ATOM.encode()

    out = expand(["https://courier.example/feed", "https://courier.example/story.html"], fetch_url=fetch)
    assert seen == ["https://courier.example/feed"]
    assert out == ["https://courier.example/council", "https://courier.example/flood", "https://courier.example/story.html"]


def test_a_feed_without_links_is_an_error():
    assert looks_like_feed(b"<rss version='2.0'><channel></channel></rss>")
    with pytest.raises(SourceError, match="no entry links"):
        feed_links(b"<rss version='2.0'><channel></channel></rss>", "empty.rss")


def test_a_list_file_skips_blanks_and_comments(tmp_path):
    listing = tmp_path / "sources.txt"
    listing.write_text("# my shelf\nfirst.txt\n\n  second.md  # the follow-up\nhttps://x.example/a#frag\n")
    assert list_file_sources(str(listing)) == ["first.txt", "second.md", "https://x.example/a#frag"]
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n")
    with pytest.raises(SourceError):
        list_file_sources(str(empty))
