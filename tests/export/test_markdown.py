from reader.export import to_markdown


def test_markdown_groups_quotes_by_speaker(seed_analysis):
    md = to_markdown(seed_analysis)
    attributed = [q for q in seed_analysis.quotes if q.speaker]
    assert attributed, "the seed has attributed quotes"
    top = attributed[0]
    name = seed_analysis.entity(top.speaker).name
    section = md.split(f"### {name}", 1)[1].split("\n### ", 1)[0]
    assert " ".join(top.text.split()) in section


def test_markdown_lists_every_quote_once(seed_analysis):
    md = to_markdown(seed_analysis)
    for q in seed_analysis.quotes:
        assert md.count(f"“{' '.join(q.text.split())}”") == 1, q.text
