"""Timeline entries from the real model: what counts as a date, its value, its tense and event."""

from __future__ import annotations

import json

import pytest

from reader.analysis import Analysis, TimelineEntry
from reader.nlp.time import dates, timeline
from reader.nlp.pipeline import prose_blocks
from reader.sources import article_from_text


def mentions_of(nlp, text: str) -> tuple[str, list[timeline.DateMention]]:
    article = article_from_text(text)
    blocks = prose_blocks(article)
    found: list[timeline.DateMention] = []
    for block, doc in zip(blocks, nlp.nlp.pipe(article.text[b.start : b.end] for b in blocks)):
        found.extend(timeline.collect(doc, block.start))
    return article.text, found


def entries_of(nlp, text: str, published: str | None = "2013-03-22") -> list[TimelineEntry]:
    full, found = mentions_of(nlp, text)
    return timeline.resolve(found, published, full)


def by_expr(entries: list[TimelineEntry]) -> dict[str, str | None]:
    return {e.expression: e.date for e in entries}


# --- the seed ------------------------------------------------------------------------------


def test_seed_dates_with_a_publication_date(nlp, seed_article) -> None:
    from reader.nlp.pipeline import analyze

    a = analyze(seed_article, nlp.nlp, nlp.info, published="2025-03-02")
    got = {e.expression: e for e in a.timeline}
    assert got["February 24, 2022"].date == "2022-02-24" and got["February 24, 2022"].granularity == "day"
    assert got["2019"].date == "2019" and got["2019"].granularity == "year"
    assert got["three years ago"].date == "2022" and got["three years ago"].granularity == "year"
    assert got["February 24, 2022"].event == "Russia initiated its full-scale invasion of Ukraine"
    assert "ceasefire agreement" in got["2019"].event
    assert "sanction Russia" in got["three years ago"].event
    for e in a.timeline:
        assert a.text[e.start : e.end] == e.expression
        assert e.sentence is not None and e.sentence.start <= e.start < e.end <= e.sentence.end
    # Calendar order, ids in that order.
    assert [e.expression for e in a.timeline] == ["2019", "three years ago", "February 24, 2022"]
    assert [e.id for e in a.timeline] == ["t1", "t2", "t3"]


def test_seed_without_a_date_lists_relative_dates_unresolved_last(seed_analysis, seed_gold) -> None:
    tl = seed_analysis.timeline
    assert seed_analysis.published is None
    assert tl[-1].expression == "three years ago" and tl[-1].date is None
    gold = {t["text"]: t["value"] for t in seed_gold["timeline"]}
    got = by_expr(tl)
    assert {k: got.get(k) for k in gold} == gold


def test_seed_through_the_command_line(capsys) -> None:
    from reader.cli import main

    assert main(["--export", "json", "--no-cache", "--date", "2025-03-02"]) == 0
    out = json.loads(capsys.readouterr().out)
    got = {t["expression"]: t["date"] for t in out["timeline"]}
    assert got["February 24, 2022"] == "2022-02-24" and got["2019"] == "2019" and got["three years ago"] == "2022"


# --- what is and is not a timeline entry -----------------------------------------------------


def test_ages_durations_sets_and_now_are_not_entries(nlp) -> None:
    text = ("The 22-year-old student, aged 22, spent three years in Paris and a month in Rome. "
            "She calls home every week and is now back. She moved in 2019.")
    assert by_expr(entries_of(nlp, text)) == {"2019": "2019"}


def test_what_the_tagger_misses_is_found(nlp) -> None:
    text = "Prices fell in early December and rose last summer, as in the 1990s. Sales held up on Thanksgiving Day."
    got = by_expr(entries_of(nlp, text))
    assert got.get("early December") == "2012-12" or got.get("in early December") == "2012-12"
    assert got["last summer"] == "2012-SU"
    assert got["the 1990s"] == "199"
    assert got["Thanksgiving Day"] == "2012-11-22"


def test_ranges_give_one_entry_per_date(nlp) -> None:
    got = by_expr(entries_of(nlp, "The pandemic of 2009-2010 killed many. The 1957-58 expedition crossed the ice."))
    assert got == {"2009": "2009", "2010": "2010", "1957": "1957", "58": "1958"}


# --- tense decides which weekday or month is meant --------------------------------------------


def test_tense_of_the_governing_verb(nlp) -> None:
    _, found = mentions_of(nlp, "The minister resigned on Tuesday. The summit will open on Tuesday. Talks resume in October.")
    assert [(m.text, m.tense) for m in found] == [("Tuesday", "past"), ("Tuesday", "future"), ("October", "present")]


def test_weekdays_and_months_resolve_by_tense(nlp) -> None:
    text = "The minister resigned on Tuesday. The summit will open on Tuesday. The deal was signed in October. The law will take effect in January."
    got = [(e.expression, e.date) for e in sorted(entries_of(nlp, text), key=lambda e: e.start)]
    assert got == [("Tuesday", "2013-03-19"), ("Tuesday", "2013-03-26"), ("October", "2012-10"), ("January", "2014-01")]


def test_plans_look_forward(nlp) -> None:
    got = by_expr(entries_of(nlp, "The union has scheduled a strike for Monday."))
    assert got == {"Monday": "2013-03-25"}


def test_dates_counted_from_the_story(nlp) -> None:
    text = "He became a general on May 22, 1995, and the following year he moved to Paris. Two days later he left."
    got = [(e.expression, e.date) for e in sorted(entries_of(nlp, text), key=lambda e: e.start)]
    # "Two days later" than a year cannot be placed: listed, unresolved.
    assert got == [("May 22, 1995", "1995-05-22"), ("the following year", "1996"), ("Two days later", None)]
    text = "The storm hit on March 3, 2012. Two days later the river flooded."
    got = [(e.expression, e.date) for e in sorted(entries_of(nlp, text), key=lambda e: e.start)]
    assert got == [("March 3, 2012", "2012-03-03"), ("Two days later", "2012-03-05")]


# --- events ----------------------------------------------------------------------------------


def test_event_is_the_dated_clause(nlp) -> None:
    text = "Officials said that the bridge, which was built in 1932, collapsed on Friday after heavy rain."
    events = {e.expression: e.event for e in entries_of(nlp, text)}
    assert events["Friday"].startswith("the bridge") and "collapsed" in events["Friday"]
    assert "1932" not in events["1932"] and "built" in events["1932"]
    assert "Friday" not in events["Friday"]


def test_event_of_a_relative_clause_names_its_antecedent(nlp) -> None:
    events = {e.expression: e.event for e in entries_of(nlp, "Smith, who joined the company in 2004, retired.")}
    assert events["2004"] == "Smith joined the company"


# --- the contract ----------------------------------------------------------------------------


def test_reresolve_gives_what_resolve_gives(nlp) -> None:
    text = ("The minister resigned on Tuesday, three years ago to the day after the vote of March 8. "
            "The summit will open next week. It began in early December.")
    full, found = mentions_of(nlp, text)
    without = timeline.resolve(found, None, full)
    assert any(e.date is None for e in without)
    with_date = timeline.resolve(found, "2025-03-02", full)
    again = dates.reresolve(without, full, "2025-03-02")
    assert [(e.id, e.expression, e.date, e.granularity) for e in again] == \
        [(e.id, e.expression, e.date, e.granularity) for e in with_date]


def test_analysis_from_dict_keeps_tense_and_tolerates_unknown_or_missing_fields(seed_analysis) -> None:
    d = seed_analysis.to_dict()
    assert all("tense" in t for t in d["timeline"])
    back = Analysis.from_dict(json.loads(json.dumps(d)))
    assert [t.tense for t in back.timeline] == [t.tense for t in seed_analysis.timeline]
    for t in d["timeline"]:
        t.pop("tense")
        t["future_field"] = 1
    old = Analysis.from_dict(d)
    assert [t.expression for t in old.timeline] == [t.expression for t in seed_analysis.timeline]
    assert all(t.tense is None for t in old.timeline)


@pytest.mark.parametrize("text", ["No dates here at all.", "It costs $5 and 42 people came in 3 cars."])
def test_no_dates_no_entries(nlp, text: str) -> None:
    assert entries_of(nlp, text) == []


def test_day_ranges_and_recurring_days(nlp) -> None:
    text = "The festival runs March 3-5. Every Sunday, the family meets."
    got = [(e.expression, e.date) for e in sorted(entries_of(nlp, text, "2025-03-01"), key=lambda e: e.start)]
    assert got == [("March 3", "2025-03-03"), ("5", "2025-03-05")]


def test_tagger_fragment_gives_way_to_the_whole_expression(nlp) -> None:
    got = by_expr(entries_of(nlp, "Supporters urged him to compete in this year's election."))
    assert got == {"this year": "2013"}


def test_event_of_a_participle_names_what_it_modifies(nlp) -> None:
    events = {e.expression: e.event for e in entries_of(nlp, "The company, founded in 1998, cut jobs.")}
    assert events["1998"] == "The company founded"


def test_event_never_a_lone_word(nlp) -> None:
    for e in entries_of(nlp, "It was yesterday. Growth in Q1 2012 slowed. Sales rose in the second half of last year."):
        assert len(e.event.split()) >= 2, e
    events = {e.expression: e.event for e in entries_of(nlp, "Growth in Q1 2012 slowed.")}
    assert events["Q1 2012"] == "Growth slowed"


def test_a_date_inside_a_noun_phrase_ignores_the_clause_tense(nlp) -> None:
    _, found = mentions_of(nlp, "The bank is trying to sell itself under a June agreement with shareholders.")
    assert [(m.text, m.tense) for m in found] == [("June", None)]


def test_a_past_plan_is_not_a_future_date(nlp) -> None:
    got = by_expr(entries_of(nlp, "On Friday, the government planned to pay the first claims.", "1998-09-30"))
    assert got == {"Friday": "1998-09-25"}


def test_a_possessive_before_a_date_is_not_an_age(nlp) -> None:
    got = by_expr(entries_of(nlp, "He has been isolated since his Aug. 2 invasion. She is in her 60s.", "1990-08-16"))
    assert got == {"Aug. 2": "1990-08-02"}


def test_two_word_holidays_need_no_preposition(nlp) -> None:
    got = by_expr(entries_of(nlp, "The boy was found Thanksgiving Day clinging to a tube.", "2000-01-07"))
    assert got == {"Thanksgiving Day": "1999-11-25"}


def test_events_keep_hyphenated_words_whole(nlp) -> None:
    events = {e.expression: e.event for e in entries_of(nlp, "By the end of 2009, a cap-and-trade bill had failed in the Senate.")}
    assert "cap-and-trade bill" in events["the end of 2009"]


def test_a_year_inside_a_longer_tagged_phrase(nlp) -> None:
    full, found = mentions_of(nlp, "Turnout fell in the 2012 election season, a drop of 4,2019 votes.")
    got = {e.expression: e.date for e in timeline.resolve(found, "2013-03-22", full)}
    assert got == {"2012": "2012"}


def test_postponed_until_looks_ahead(nlp) -> None:
    got = by_expr(entries_of(nlp, "The qualifier has been postponed until Saturday due to heavy snow."))
    assert got == {"Saturday": "2013-03-23"}


def test_an_agreement_to_act_looks_ahead(nlp) -> None:
    got = by_expr(entries_of(nlp, "The bank announced an agreement to acquire the holding company in January.", "1989-11-02"))
    assert got == {"January": "1990-01"}


def test_timexes_carry_durations_sets_and_now_that_the_timeline_leaves_out(nlp) -> None:
    text = "The plant opened on February 24, 2022. For three years it ran every Monday, and it is closed now."
    full, found = mentions_of(nlp, text)
    got = {(t.text, t.type, t.value) for t in timeline.timexes(found, "2025-03-02")}
    assert ("February 24, 2022", "DATE", "2022-02-24") in got
    assert ("three years", "DURATION", "P3Y") in got
    assert ("now", "DATE", "PRESENT_REF") in got
    assert [e.expression for e in timeline.resolve(found, "2025-03-02", full)] == ["February 24, 2022"]


# --- issue 11: the story's own time, direction from tense, what TempEval counts ---------------


def test_without_a_publication_date_a_bare_month_or_day_takes_the_storys_year(nlp) -> None:
    text = "The strike began on March 3, 1991. On June 3, the workers voted again. In October they returned. Yesterday was quiet."
    got = by_expr(entries_of(nlp, text, published=None))
    assert got["June 3"] == "1991-06-03" and got["October"] == "1991-10"
    assert got["Yesterday"] is None  # news-style relatives count only from a publication date


def test_with_a_publication_date_a_bare_month_counts_from_it(nlp) -> None:
    text = "The strike began on March 3, 1991. In October the plant reopened."
    assert by_expr(entries_of(nlp, text, published="2013-03-22"))["October"] == "2012-10"


def test_a_bare_month_looks_ahead_in_a_future_clause_and_back_in_a_past_one(nlp) -> None:
    got = entries_of(nlp, "The museum will open in March. The old wing opened in March.", published="2025-11-25")
    assert sorted((e.tense, e.date) for e in got) == [("future", "2026-03"), ("past", "2025-03")]


def test_a_bare_weekday_follows_the_tense_of_its_clause(nlp) -> None:
    got = entries_of(nlp, "The talks will resume Thursday. The first round ended Thursday.", published="2013-03-22")
    assert sorted((e.tense, e.date) for e in got) == [("future", "2013-03-28"), ("past", "2013-03-21")]


def test_seasons_quarters_fiscal_years_decades_and_centuries_are_placed(nlp) -> None:
    text = ("Sales rose in the fourth quarter and in fiscal 2012. Last summer was dry. "
            "In the 1990s and in the 19th century things differed.")
    assert by_expr(entries_of(nlp, text)) == {"the fourth quarter": "2012-Q4", "fiscal 2012": "2012", "Last summer": "2012-SU",
                                              "the 1990s": "199", "the 19th century": "18"}


def test_the_past_year_and_currently_are_timexes_but_no_timeline_points(nlp) -> None:
    full, found = mentions_of(nlp, "Over the past year prices fell; they are currently flat.")
    assert {(t.text, t.type, t.value) for t in timeline.timexes(found, "2013-03-22")} == {
        ("the past year", "DURATION", "P1Y"), ("currently", "DATE", "PRESENT_REF")}
    assert timeline.resolve(found, "2013-03-22", full) == []
