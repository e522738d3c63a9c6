"""The overview's figures (reader.overview), on analyses written by hand: no model needed."""

from __future__ import annotations

from datetime import date

from reader.analysis import Analysis, Entity, ModelInfo, Quote, Span, TimelineEntry
from reader.overview import date_of, marks, presence, strip, voices


def _analysis(quotes=(), timeline=(), entities=(), text="x" * 1000) -> Analysis:
    return Analysis(source="t.txt", title="T", byline=None, published=None, model=ModelInfo("m", "1"),
                    text=text, entities=list(entities), quotes=list(quotes), timeline=list(timeline))


def _q(i: int, words: int, speaker=None, name=None, start=0) -> Quote:
    return Quote(f"q{i}", " ".join(["w"] * words), start, start + 2 * words, "full", speaker, name)


ANN = Entity("e1", "Ann Lee", "PERSON", role="mayor", mentions=[Span(0, 3), Span(500, 503)])
ACME = Entity("e2", "Acme", "ORG", mentions=[Span(100, 104)])
BOB = Entity("e3", "Bob Day", "PERSON", mentions=[Span(900, 903)])


def test_voices_rank_by_quotes_then_words_and_unnamed_rows_come_last():
    a = _analysis([_q(1, 3, "e3", "Bob Day"), _q(2, 5, "e1", "Ann Lee"), _q(3, 2, "e1", "Ann Lee"),
                   _q(4, 9, None, "an official"), _q(5, 4), _q(6, 20, "e2", "Acme")], entities=[ANN, ACME, BOB])
    rows = voices(a)
    assert [v.name for v in rows] == ["Ann Lee", "Acme", "Bob Day", "an official", "no speaker found"]
    assert [v.kind for v in rows] == ["person", "organisation", "person", "unnamed", "unattributed"]
    assert rows[0].quotes == 2 and rows[0].words == 7 and rows[0].role == "mayor"
    assert abs(sum(v.share for v in rows) - 1.0) < 1e-9


def test_no_quotes_no_voices():
    assert voices(_analysis()) == []


def test_date_of_reads_iso_values_and_refuses_others():
    assert date_of("2022-02-24") == date(2022, 2, 24)
    assert date_of("2022-02") == date(2022, 2, 1) and date_of("2019") == date(2019, 1, 1)
    assert date_of("2024-W44") is None and date_of(None) is None and date_of("2022-02-30") is None


def _t(i: int, value: str | None, gran: str | None = "day") -> TimelineEntry:
    return TimelineEntry(f"t{i}", f"expr {i}", 0, 1, value, gran, f"event {i}")


def test_a_strip_of_days_months_or_years_by_span():
    days = strip(_analysis(timeline=[_t(1, "2024-03-01"), _t(2, "2024-03-21")]))
    assert days.unit == "day" and [p.position for p in days.placed] == [0.0, 1.0]
    months = strip(_analysis(timeline=[_t(1, "2024-01-10"), _t(2, "2024-09-01")]))
    assert months.unit == "month" and months.ticks[0].label == "Jan 2024"
    years = strip(_analysis(timeline=[_t(2, "2022-02-24"), _t(1, "2019", "year"), _t(3, None, None)]))
    assert years.unit == "year" and [p.entry_id for p in years.placed] == ["t1", "t2"]
    assert years.undated == ["expr 3"] and years.ticks[0].label == "2019"
    assert 0 <= years.placed[0].position < years.placed[1].position <= 1


def test_presence_is_where_the_entity_is_mentioned_and_quoted():
    a = _analysis([_q(1, 2, "e1", "Ann Lee", start=250)], entities=[ANN])
    p = presence(a, "e1")
    assert p.mentions == [0.0, 0.5] and p.quotes == [0.25]
    assert presence(a, "nobody") is None


def test_marks_fall_in_cells_once_each():
    assert marks([0.0, 0.01, 0.5, 0.999, 1.0], 10) == [0, 5, 9]
    assert marks([0.3], 0) == []
