"""Extracted bodies become plain blocks: headings by kind, no Markdown markup or escapes."""

import lxml.etree
import lxml.html

from reader.sources.web.blocks import from_html, from_trafilatura


def test_trafilatura_body_keeps_headings_and_drops_emphasis_markup():
    body = lxml.etree.fromstring(
        "<body><head rend='h2'>What to do</head><p>Stay <hi rend='#i'>indoors</hi> and <ref target='x'>check</ref> "
        "the radio.</p><list><item>1. Take any blankets</item><item>2. Fill the bath</item></list>"
        "<p>First line<lb/>second line</p></body>"
    )
    assert from_trafilatura(body) == [
        ("heading", "What to do"),
        ("paragraph", "Stay indoors and check the radio."),
        ("paragraph", "1. Take any blankets"),
        ("paragraph", "2. Fill the bath"),
        ("paragraph", "First line second line"),
    ]


def test_html_fragment_splits_on_double_breaks_and_skips_scripts():
    root = lxml.html.fragment_fromstring(
        "<div><h3>Aftermath</h3>Crews worked <em>all night</em>.<br><br>Power is back.<script>x()</script>"
        "<table><tr><td>Monday</td><td>3 cm</td></tr></table></div>"
    )
    assert from_html(root) == [
        ("heading", "Aftermath"),
        ("paragraph", "Crews worked all night."),
        ("paragraph", "Power is back."),
        ("paragraph", "Monday 3 cm"),
    ]


def test_literal_asterisks_the_page_shows_stay():
    root = lxml.html.fragment_fromstring("<div><p>Rated 5* by *some* readers</p></div>")
    assert from_html(root) == [("paragraph", "Rated 5* by *some* readers")]
