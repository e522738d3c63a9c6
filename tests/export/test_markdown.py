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


def _dated(*values):
    from reader.analysis import Analysis, ModelInfo, TimelineEntry

    text = "The plan was agreed. " * len(values)
    timeline = [TimelineEntry(id=f"t{i}", expression=f"expr{i}", start=i, end=i + 1, date=v,
                              granularity=None, event=f"event {i}") for i, v in enumerate(values)]
    return Analysis(source="a.txt", title="T", byline=None, published=None, model=ModelInfo("m", "1"),
                    text=text, timeline=timeline)


def test_timeline_dates_are_words_not_codes():
    md = to_markdown(_dated("2024-W44", "2025-SP", "2024-12", None))
    timeline = md.split("## Timeline", 1)[1]
    assert "**week of 28 Oct 2024** — expr0: event 0" in timeline
    assert "**spring 2025**" in timeline and "**December 2024**" in timeline
    assert "**undated** — expr3" in timeline
    assert "W44" not in timeline and "SP" not in timeline


def test_the_bundled_seed_is_named_not_located(seed_analysis):
    from reader.resources import DEFAULT_SEED

    facts = to_markdown(seed_analysis).splitlines()[2]
    assert facts.startswith(f"Source: {DEFAULT_SEED} (bundled seed)")
    assert "/" not in facts.split(" · ")[0]


def test_another_file_keeps_its_path():
    assert "Source: a.txt" in to_markdown(_dated())
