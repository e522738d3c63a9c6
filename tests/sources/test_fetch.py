"""Fetching from a local server on 127.0.0.1: one deadline, clean error lines, text/plain as text."""

from __future__ import annotations

import pytest
from local_server import answer, drip, serve

from reader.sources import load
from reader.sources.errors import SourceError
from reader.sources.fetch import fetch

ARTICLE = "Plain news\n\n“We are ready,” said Ann Lee, the mayor, on March 3, 2021."


def test_one_byte_a_second_meets_the_deadline():
    with serve({"/slow": drip(0.5)}) as base:
        with pytest.raises(SourceError, match=r"no complete answer within 2 s"):
            fetch(base + "/slow", 1_000_000, deadline_s=2)


def test_slow_headers_meet_the_deadline_too():
    with serve({"/slow": drip(0.5, headers_too=True)}) as base:
        with pytest.raises(SourceError, match=r"no complete answer within 1\.5 s"):
            fetch(base + "/slow", 1_000_000, deadline_s=1.5)


@pytest.mark.parametrize("reason", ["Not \x1b]0;PWNED\x07Found", "Not \x9d0;PWNED\x9cFound \x9b2J"])
def test_a_hostile_status_line_never_reaches_the_message(reason):
    with serve({"/x": answer(404, b"gone", reason=reason)}) as base:
        with pytest.raises(SourceError) as e:
            fetch(base + "/x", 1000)
    message = str(e.value)
    assert message.startswith(base + "/x: ")
    assert not any(c in message for c in "\x1b\x07\x9b\x9c\x9d")


def test_a_hostile_url_is_sanitized_in_the_message():
    with serve({}) as base:
        with pytest.raises(SourceError) as e:
            load(base + "/\x1b]0;PWNED\x07missing")
    assert "\x1b" not in str(e.value) and "\x07" not in str(e.value)
    assert "404" in str(e.value) or "cannot fetch" in str(e.value)


def test_a_body_over_the_limit():
    with serve({"/big": answer(200, b"a" * 50_000, "text/plain")}) as base:
        with pytest.raises(SourceError, match="too large"):
            fetch(base + "/big", 10_000)


def test_text_plain_is_read_as_text_not_html():
    with serve({"/a.txt": answer(200, ARTICLE.encode(), "text/plain; charset=utf-8")}) as base:
        article = load(base + "/a.txt")
    assert article.title == "Plain news"
    assert "said Ann Lee" in article.text


def test_the_servers_charset_is_used():
    body = ARTICLE.replace("mayor", "maire à Genève").encode("cp1252")
    with serve({"/a.txt": answer(200, body, "text/plain; charset=windows-1252")}) as base:
        article = load(base + "/a.txt")
    assert "maire à Genève" in article.text and "“We are ready,”" in article.text


def test_text_markdown_is_read_as_markdown():
    body = b"# A heading\n\nBody with a [link](http://example.com)."
    with serve({"/a.md": answer(200, body, "text/markdown")}) as base:
        article = load(base + "/a.md")
    assert article.title == "A heading" and "http" not in article.text


def test_an_html_page_carries_a_clean_source_name():
    page = (b"<!doctype html><html><head><title>A page</title></head><body><article><h1>A page</h1>"
            b"<p>The mayor said on Monday that the new bridge over the river would open in May, "
            b"after three years of work and a long fight over its cost.</p></article></body></html>")
    with serve({"/page": answer(200, page)}) as base:
        article = load(base + "/page?\x9b2J\x9d0;PWNED\x9c")
    assert article.source == base + "/page?"


@pytest.mark.parametrize("headers_too", [False, True], ids=["silent-body", "silent-headers"])
def test_the_fetch_thread_ends_with_the_deadline(headers_too):
    """A server that goes silent: the read blocked in the fetch thread (httpx waits 20 s) is cut
    at the deadline, so no thread is left holding the connection once fetch has answered."""
    import threading

    with serve({"/silent": drip(60, headers_too=headers_too)}) as base:
        with pytest.raises(SourceError, match=r"no complete answer within 1 s"):
            fetch(base + "/silent", 1_000_000, deadline_s=1)
        assert not [t for t in threading.enumerate() if t.name == "newsreader-fetch" and t.is_alive()]
