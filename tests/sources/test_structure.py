from reader.sources import article_from_text
from reader.sources.structure import shape


def kinds(s):
    return [(b.kind, s.text[b.start:b.end]) for b in s.blocks]


def test_seed_shape(seed_article):
    a = seed_article
    assert a.title == "Zelensky urges US to strengthen support for Ukraine amid tense discussions"
    assert a.byline == "editor"
    headings = [a.block_text(b) for b in a.blocks if b.kind == "heading"]
    assert headings == ["US-Ukraine dialogues continue amid rising tensions", "Continued support from European allies"]
    # Site chrome is not article text.
    assert "Home Globe" not in a.text and "Related Posts" not in a.text
    assert len(a.paragraphs) == 11


def test_blocks_index_the_text():
    s = shape("Title here\n\nby Jane Doe\n\nFirst para\nwrapped line.\n\nSecond para.")
    assert kinds(s) == [("title", "Title here"), ("byline", "by Jane Doe"),
                        ("paragraph", "First para wrapped line."), ("paragraph", "Second para.")]
    assert s.byline == "Jane Doe"


def test_one_paragraph_per_line_when_no_blank_lines():
    s = shape("A headline\nThe first sentence is here.\nThe second paragraph is here.")
    assert [k for k, _ in kinds(s)] == ["title", "paragraph", "paragraph"]


def test_markdown_headings_front_matter_and_links():
    md = "---\ntitle: Front Title\nauthor: Ann Lee\ndate: 2025-03-02\n---\n# Big Title\n\n## A section\n\nSee [the report](http://x.org) and **this**.\n\nMore text here."
    s = shape(md, markdown=True)
    assert s.title == "Front Title" and s.byline == "Ann Lee" and s.published == "2025-03-02"
    assert ("heading", "A section") in kinds(s)
    assert ("paragraph", "See the report and this.") in kinds(s)


def test_dateline_gives_published_date():
    s = shape("Storm hits coast\n\nPublished March 2, 2025\n\nThe storm arrived on Sunday. It was strong.")
    assert s.published == "2025-03-02"
    assert ("dateline", "Published March 2, 2025") in kinds(s)


def test_navigation_lines_are_dropped():
    s = shape("Headline words\n\nBody text is here. It is long enough.\n\nShare this article\n\nRelated Posts")
    assert [t for _, t in kinds(s)] == ["Headline words", "Body text is here. It is long enough."]


def test_single_sentence_first_block_is_not_taken_as_title_when_it_is_prose():
    s = shape("The flu season is winding down, and it has killed 105 children so far.\n\nThe season started early.")
    assert s.blocks[0].kind == "paragraph" and s.title is None


def test_hostile_text_is_sanitized_on_load():
    a = article_from_text("Title\n\nHe said \x1b[2J\x1b[31m“hello”\x1b[0m [bold]x[/bold] \u202eevil.")
    assert "\x1b" not in a.text and "\u202e" not in a.text
    assert "[bold]x[/bold]" in a.text
