"""What a row, a click or `]` stands for (reader.app.focus), on the seed's frozen analysis."""

from __future__ import annotations

from reader.app.focus import Focus, focus_of, hit_at, speaker_focus, step_quote
from reader.app.widgets.article.navigation import Navigator, ReadingPosition
from reader.app.widgets.sidebar.tree import Item


def _quotes_of(analysis, speaker):
    return [(q.start, q.end) for q in analysis.quotes if q.speaker == speaker]


def test_an_entity_lights_and_cycles_its_mentions(frozen_seed):
    _, a = frozen_seed
    trump = a.entity("e5")
    spans = tuple(sorted((m.start, m.end) for m in trump.mentions))
    focus = focus_of(Item("entity", "e5", spans), None, a)
    assert focus == Focus(list(spans), list(spans))


def test_a_quote_cycles_its_speakers_quotes_and_names_them(frozen_seed):
    _, a = frozen_seed
    zelensky = tuple(_quotes_of(a, "e1"))
    first = Item("quote", a.quotes[0].id, (zelensky[0],))
    focus = focus_of(first, Item("speaker", "speaker:e1", zelensky), a)
    assert focus.marks == [] and focus.spans == list(zelensky) and set(focus.targets) == set(zelensky)
    target, status = focus.targets[zelensky[0]]
    assert target == zelensky[0] and "Zelensky" in status().plain
    alone = focus_of(first, None, a)  # a quote with no speaker group above it: itself only
    assert alone.spans == [zelensky[0]]


def test_a_date_cycles_every_date_and_a_header_nothing(frozen_seed):
    _, a = frozen_seed
    focus = focus_of(Item("entry", a.timeline[0].id, ((a.timeline[0].start, a.timeline[0].end),)), None, a)
    assert focus.spans == sorted((t.start, t.end) for t in a.timeline) and len(focus.spans) == len(a.timeline)
    assert focus_of(Item("header", "year:2025"), None, a) is None


def test_a_click_on_a_quote_cycles_the_speaker_and_on_a_name_lights_the_entity(frozen_seed):
    _, a = frozen_seed
    q = next(q for q in a.quotes if q.speaker == "e5")
    hit = hit_at(a, q.start + 1)
    assert hit.selected == (q.start, q.end) and hit.focus.spans == _quotes_of(a, "e5") and hit.focus.marks == []
    assert "Trump" in hit.status.plain
    m = next(m for m in a.entity("e5").mentions if not any(x.start <= m.start < x.end for x in a.quotes))
    hit = hit_at(a, m.start)
    assert hit.selected == (m.start, m.end) and (m.start, m.end) in hit.focus.marks
    assert hit.focus.marks == hit.focus.spans == sorted((x.start, x.end) for x in a.entity("e5").mentions)
    assert hit_at(a, len(a.text) + 5) is None and hit_at(None, 0) is None


def test_next_quote_goes_from_the_reading_position_then_cycles_that_speaker(frozen_seed):
    _, a = frozen_seed
    ordered = sorted(a.quotes, key=lambda q: q.start)
    nav = Navigator()
    q = step_quote(a, nav, ReadingPosition(None, ordered[0].start + 1), 1)
    assert q is ordered[1]
    assert nav.spans == speaker_focus(a, q).spans == sorted(_quotes_of(a, q.speaker))
    back = step_quote(a, Navigator(), ReadingPosition(None, 0), -1)  # wraps to the last quote
    assert back is ordered[-1]


def test_next_quote_with_no_quotes_leaves_the_navigator_alone(frozen_seed):
    from dataclasses import replace

    _, a = frozen_seed
    nav = Navigator([(1, 5)])
    assert step_quote(replace(a, quotes=[]), nav, ReadingPosition(None, 0), 1) is None
    assert nav.spans == [(1, 5)]
