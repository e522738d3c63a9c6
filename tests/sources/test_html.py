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


BLOG = """<!doctype html><html><head><title>Winter checklist - Hearth &amp; Home Blog</title>
<meta property="og:site_name" content="Hearth &amp; Home Blog"><meta name="author" content="Mara Quinn">
</head><body><header><a href="/">Home</a> <a href="/tips">Tips</a></header><main><article>
<h1>Winter checklist</h1><p class="byline">By Mara Quinn</p>
<p>When the first <em>real</em> frost comes, the house needs a <strong>few</strong> small jobs done before the cold settles in for months.</p>
<h2>Before the frost</h2>
<ol><li>1. Take any blankets out of storage and air them for a day.</li><li>2. Bleed the radiators so they heat evenly.</li></ol>
<p>Check the <a href="/gutters">gutters</a> for leaves_and_twigs, and clear the drains with a *stiff* brush if the page says so.</p>
<p>Finally, test the smoke alarms: a new battery costs little and the peace of mind is worth far more than that.</p>
</article></main><footer><a href="/about">About</a> Copyright 2025</footer></body></html>"""


def test_a_blog_page_reads_without_markdown_markup(tmp_path):
    p = tmp_path / "blog.html"
    p.write_text(BLOG, encoding="utf-8")
    a = load(str(p))
    assert a.title == "Winter checklist"
    assert a.byline == "Mara Quinn" and a.outlet == "Hearth & Home Blog"
    assert ("heading", "Before the frost") in [(b.kind, a.block_text(b)) for b in a.blocks]
    assert "When the first real frost comes, the house needs a few small jobs" in a.text
    assert "1. Take any blankets" in a.text and "\\." not in a.text
    assert "**" not in a.text and "_real_" not in a.text and "](" not in a.text
    # Text the page itself shows is kept as it is.
    assert "with a *stiff* brush" in a.text
    assert a.text.count("Winter checklist") == 1


def test_the_outlet_reaches_the_analysis_and_its_json_validates(tmp_path, nlp):
    import json
    from pathlib import Path

    import jsonschema

    from reader.analysis import Analysis
    from reader.nlp.pipeline import analyze

    p = tmp_path / "blog.html"
    p.write_text(BLOG, encoding="utf-8")
    analysis = analyze(load(str(p)), nlp.nlp, nlp.info)
    exported = json.loads(analysis.to_json())
    assert exported["outlet"] == "Hearth & Home Blog" and exported["schema"] == "newsreader.analysis/1"
    schema = json.loads((Path(__file__).resolve().parents[2] / "reader/export/schema.json").read_text())
    jsonschema.validate(exported, schema)
    assert Analysis.from_dict(exported).outlet == "Hearth & Home Blog"
