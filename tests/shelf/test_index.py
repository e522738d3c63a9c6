"""The cross-article index (reader.shelf.index): one entry per person across a shelf."""

from __future__ import annotations

from reader.analysis import Analysis, Entity, ModelInfo, Quote, Span, TimelineEntry
from reader.shelf.index import build_index, fold


def _analysis(entities, quotes=(), timeline=()) -> Analysis:
    return Analysis(source="a.txt", title=None, byline=None, published=None, model=ModelInfo("m", "1"),
                    text="x" * 500, entities=list(entities), quotes=list(quotes), timeline=list(timeline))


def _person(i, name, *aliases, role=None, mentions=1):
    return Entity(f"e{i}", name, "PERSON", role=role, aliases=list(aliases), mentions=[Span(0, 1)] * mentions)


def test_fold_sets_case_accents_and_transliteration_aside():
    assert fold("Gerhard Schröder") == fold("Gerhard Schroeder") == fold("GERHARD SCHRODER")
    assert fold("Vincent van Gogh") == fold("Vincent Van Gogh")
    assert fold("Straße") == fold("Strasse")
    assert fold("Ann Lee") != fold("Ann Leigh")


def test_one_person_quoted_in_two_articles_is_one_speaker():
    one = _analysis([_person(1, "Gerhard Schröder", "Schröder", role="former chancellor")],
                    [Quote("q1", "We will talk", 0, 12, "full", "e1", "Gerhard Schröder")])
    two = _analysis([_person(4, "Gerhard Schroeder"), _person(5, "Ann Lee")],
                    [Quote("q1", "Nothing to add", 20, 34, "full", "e4", "Gerhard Schroeder"),
                     Quote("q2", "Later", 40, 45, "full", "e4", "Gerhard Schroeder"),
                     Quote("q3", "Yes", 50, 53, "full", "e5", "Ann Lee")])
    index = build_index([one, two])
    top = index.speakers[0]
    assert len(index.speakers) == 2 and len(top.quotes) == 3 and top.articles == [0, 1]
    assert [(q.article, q.quote_id) for q in top.quotes] == [(0, "q1"), (1, "q1"), (1, "q2")]
    assert top.roles == ["former chancellor"] and {"Gerhard Schröder", "Gerhard Schroeder"} <= top.names


def test_a_surname_alone_joins_the_one_full_name_but_two_namesakes_stay_apart():
    full = _analysis([_person(1, "Maria Lopez"), _person(2, "Tom Berg"), _person(3, "Kim Berg")])
    short = _analysis([_person(1, "Lopez"), _person(2, "Berg")])
    people = {e.name: e for e in build_index([full, short]).people}
    assert people["Maria Lopez"].articles == [0, 1]
    assert people["Tom Berg"].articles == [0] and people["Kim Berg"].articles == [0]
    assert "Berg" in people  # ambiguous: its own entry


def test_organisations_merge_by_name_and_people_never_with_them():
    a = _analysis([Entity("e1", "Acme Corp", "ORG", mentions=[Span(0, 1)]), _person(2, "Acme")])
    b = _analysis([Entity("e1", "ACME CORP", "ORG", mentions=[Span(0, 1)] * 2)])
    index = build_index([a, b])
    assert [(o.name, o.articles, o.mentions) for o in index.organisations] == [("Acme Corp", [0, 1], 3)]
    assert [p.name for p in index.people] == ["Acme"]


def test_the_merged_timeline_is_ordered_by_date_and_keeps_its_articles():
    a = _analysis([], timeline=[TimelineEntry("t1", "in May", 5, 11, "2024-05", "month", "the vote")])
    b = _analysis([], timeline=[TimelineEntry("t1", "on 2 March", 0, 10, "2024-03-02", "day", "the flood"),
                                TimelineEntry("t2", "someday", 20, 27, None, None, "nothing")])
    index = build_index([a, b])
    assert [(d.article, d.date) for d in index.timeline] == [(1, "2024-03-02"), (0, "2024-05")]


def test_a_quote_whose_speaker_is_not_among_the_entities_is_skipped():
    a = _analysis([_person(1, "Ann Lee")], [Quote("q1", "Hm", 0, 2, "full", "e9", "Ghost")])
    assert build_index([a]).speakers == []


def test_a_surname_alone_joins_the_full_name_the_shelf_gives_far_more_often():
    big = [_analysis([_person(1, "Walter Brandt"), _person(2, "Greta Brandt")])]
    big += [_analysis([_person(1, "Walter Brandt")]) for _ in range(8)]
    short = _analysis([_person(1, "Brandt")])
    people = {e.name: e for e in build_index([*big, short]).people}
    assert people["Walter Brandt"].articles[-1] == 9 and "Brandt" not in people
    assert people["Greta Brandt"].articles == [0]


def test_two_namesakes_named_about_as_often_leave_the_surname_alone():
    shelf = [_analysis([_person(1, "Walter Brandt")]), _analysis([_person(1, "Walter Brandt")]),
             _analysis([_person(1, "Greta Brandt")]), _analysis([_person(1, "Brandt")])]
    assert "Brandt" in {e.name for e in build_index(shelf).people}


def test_an_entry_is_named_as_most_articles_name_it():
    shelf = [_analysis([_person(1, "Pia Marten", "P. Ulla Marten")]), _analysis([_person(1, "Pia Marten")]),
             _analysis([_person(1, "P. Ulla Marten")]), _analysis([_person(1, "Marten")])]
    assert [e.name for e in build_index(shelf).people] == ["Pia Marten"]


def test_titles_before_a_surname_are_set_aside_and_an_honorifics_gender_is_kept():
    shelf = [_analysis([_person(1, "Walter Brandt")]) for _ in range(5)]
    shelf += [_analysis([_person(1, "Mr. Brandt")]), _analysis([_person(1, "Sen. Brandt")]),
              _analysis([_person(1, "Mrs. Brandt")])]
    people = {e.name: e for e in build_index(shelf).people}
    assert people["Walter Brandt"].articles == [0, 1, 2, 3, 4, 5, 6]
    assert people["Mrs. Brandt"].articles == [7]  # not Walter's: the honorific says a woman


def test_a_quoted_one_word_name_the_model_called_an_organisation_joins_its_person():
    shelf = [_analysis([_person(1, "Walter Brandt")]) for _ in range(3)]
    shelf.insert(0, _analysis([Entity("e1", "Brandt", "ORG", mentions=[Span(0, 1)])],
                              [Quote("q1", "We will see", 0, 11, "full", "e1", "Brandt")]))
    shelf.append(_analysis([Entity("e1", "Brandt", "ORG", mentions=[Span(0, 1)])]))  # not quoted: left alone
    index = build_index(shelf)
    walter = index.speakers[0]
    assert walter.name == "Walter Brandt" and walter.label == "PERSON" and walter.articles == [0, 1, 2, 3]
    assert [o.name for o in index.organisations] == ["Brandt"]


def test_the_role_most_articles_give_comes_first():
    shelf = [_analysis([_person(1, "Pia Marten", role="mayor")])]
    shelf += [_analysis([_person(1, "Pia Marten", role="party leader")]) for _ in range(2)]
    (pia,) = build_index(shelf).people
    assert pia.roles == ["party leader", "mayor"]
