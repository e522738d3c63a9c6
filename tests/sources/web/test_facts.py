"""Headline, author and outlet from small pages written in the style of several outlets."""

import json

import lxml.html

from reader.sources.web.facts import page_facts


def _tree(head: str, body: str):
    return lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def _ld(obj) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_wire_story_on_a_newspaper_site_keeps_the_people_and_drops_the_agency_and_job_titles():
    head = (
        '<title>Council votes to close the old bridge - Harbor Gazette</title>'
        '<meta property="og:site_name" content="Harbor Gazette">'
        '<meta name="author" content="ANNA KOWALSKI; Ap Transport Writer; Associated Press">'
    )
    facts = page_facts(_tree(head, "<h1>Council votes to close the old bridge</h1><p>Text.</p>"))
    assert facts.headline == "Council votes to close the old bridge"
    assert facts.author == "Anna Kowalski"
    assert facts.outlet == "Harbor Gazette"


def test_magazine_json_ld_names_the_person_not_the_publisher():
    head = _ld({
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": "Why the night sky is getting brighter",
        "author": [{"@type": "Organization", "name": "Northlight Media"}, {"@type": "Person", "name": "Ravi Menon"}],
        "publisher": {"@type": "Organization", "name": "Northlight Media"},
    }) + '<meta property="og:title" content="Why the night sky is getting brighter | Skyward">' \
         '<meta property="og:site_name" content="Skyward">'
    facts = page_facts(_tree(head, "<h1>Why the night sky is getting brighter</h1>"))
    assert facts.headline == "Why the night sky is getting brighter"
    assert facts.author == "Ravi Menon"
    assert facts.outlet == "Skyward"


def test_an_agency_alone_is_no_author_and_trailing_date_words_go():
    head = '<meta property="og:site_name" content="Daily Ledger"><meta name="author" content="Reuters">'
    assert page_facts(_tree(head, "<h1>Markets slip on rate fears</h1>")).author is None
    head = '<meta property="og:site_name" content="Orbit News"><meta name="author" content="Jeff Moss Monday; November">'
    assert page_facts(_tree(head, "<h1>Rocket test delayed again</h1>")).author == "Jeff Moss"


def test_login_form_and_staff_credits_are_not_bylines():
    head = '<meta property="og:site_name" content="Valley Times"><meta name="author" content="Username">'
    assert page_facts(_tree(head, "<h1>Flood warning lifted</h1>")).author is None
    head = '<meta property="og:site_name" content="Valley Times"><meta name="author" content="Valley Times Staff">'
    assert page_facts(_tree(head, "<h1>Flood warning lifted</h1>")).author is None


def test_site_name_around_the_title_is_dropped_and_the_h1_preferred():
    head = '<title>Opinion | The quiet end of the paper map | The Courier</title>' \
           '<meta property="og:site_name" content="The Courier">'
    facts = page_facts(_tree(head, "<header><h1>The quiet end of the paper map</h1></header>"))
    assert facts.headline == "The quiet end of the paper map"


def test_a_title_that_is_only_the_site_name_gives_way_to_the_h1():
    head = '<title>Garden Notes</title><meta property="og:site_name" content="Garden Notes">'
    facts = page_facts(_tree(head, "<h1>Planting garlic before the first frost</h1>"))
    assert facts.headline == "Planting garlic before the first frost"


def test_handle_like_site_names_take_the_spelled_out_form():
    head = '<meta property="og:site_name" content="TheRiverPost">' + _ld(
        {"@type": "Article", "headline": "Ferry fares rise", "publisher": {"@type": "Organization", "name": "The River Post"}}
    )
    assert page_facts(_tree(head, "<h1>Ferry fares rise</h1>")).outlet == "The River Post"


def test_escaped_entities_in_json_ld_are_decoded():
    head = _ld({"@type": "BlogPosting", "headline": "&#8216;Slow&#8217; travel&nbsp;returns"})
    assert page_facts(_tree(head, "<p>x</p>")).headline == "\u2018Slow\u2019 travel returns"
