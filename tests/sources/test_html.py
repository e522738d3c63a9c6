from reader.sources import load

PAGE = """<!doctype html><html><head><title>Storm hits | Daily</title>
<meta name="author" content="Ann Lee"><meta property="article:published_time" content="2025-03-02T10:00:00Z">
</head><body><nav>Home News Sport</nav><article><h1>Storm hits coast</h1>
<p>The storm arrived on Sunday, officials said. It was the strongest in a decade according to the weather service.</p>
<h2>Damage</h2><p>\u201cWe have never seen this,\u201d said Mayor Jane Doe. Crews worked overnight to restore lines.</p>
<script>alert("x")</script></article><footer>Related Posts</footer></body></html>"""


def test_html_file_becomes_an_article(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    a = load(str(p))
    assert a.title == "Storm hits coast"
    assert a.byline == "Ann Lee"
    assert a.published == "2025-03-02"
    assert ("heading", "Damage") in [(b.kind, a.block_text(b)) for b in a.blocks]
    assert "“We have never seen this,” said Mayor Jane Doe." in a.text
    assert "alert" not in a.text and "Home News" not in a.text and "<" not in a.text
